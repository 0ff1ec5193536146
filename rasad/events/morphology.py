"""Surface forms of Arabic trigger words generated from roots and templates.

Listing every inflection of «اعتصم» by hand («اعتصموا», «يعتصمون», «المعتصمين»,
«اعتصامهم» …) misses forms; instead `rasad/data/events/trigger_roots.yaml` names a
root, the verb forms (I–X) and slots (perfect, imperfect, masdar, agent) that carry the
event, and this module spells out every form once, in the matching form of the text
(no vowels, alef and ta marbuta folded). Proclitics (و ف ب ل ال س) stay with the matcher.

Root letters stand as the digits 1 2 3 4 inside templates («ا1ت23» is افتعل).
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import lru_cache
from typing import Iterable

from rasad.datafiles import DataFileError, data_path, load_yaml, require
from rasad.text.normalise import normalise_phrase

SLOTS = ("perfect", "imperfect", "masdar", "agent", "patient")
# Form VIII: after an emphatic the infixed ت becomes ط (اضطرب), after د ذ ز it becomes د (ازدحم).
_VIII_TA = {**{c: "ط" for c in "صضطظ"}, **{c: "د" for c in "دذز"}}


@dataclass(frozen=True)
class Form:
    """One generated surface form and what it is: its slot and whether it is plural nominative."""

    text: str
    slot: str
    crowd: bool = False  # a participle naming a group as subject («المعتصمون», «معتصمو»)


@dataclass(frozen=True)
class Affixes:
    """The inflectional endings, read from the data file."""

    pronouns: tuple[str, ...]
    perfect: tuple[str, ...]
    perfect_object: tuple[str, ...]
    imperfect_prefixes: tuple[str, ...]
    imperfect: tuple[str, ...]
    imperfect_object: tuple[str, ...]
    noun_m: tuple[str, ...]
    noun_f: tuple[str, ...]
    noun_object: tuple[str, ...]
    participle: tuple[str, ...]
    crowd_endings: tuple[str, ...]


def _fill(template: str, root: str) -> str:
    out = template
    for i, letter in enumerate(root, start=1):
        out = out.replace(str(i), letter)
    return out


def stems(root: str, verb_form: str, slot: str, templates: dict[str, dict[str, list[str]]]) -> list[str]:
    """The stems of `root` in `verb_form` for `slot` («عصم», VIII, masdar → [اعتصام])."""
    if verb_form not in templates:
        raise DataFileError(f"unknown verb form {verb_form!r}")
    out = []
    for template in templates[verb_form].get(slot, []):
        stem = _fill(template, root)
        if verb_form.startswith("VIII") and root[0] in _VIII_TA:
            # The infix is the ت right after the first root letter.
            k = template.find("1")
            if k != -1 and template[k + 1:k + 2] == "ت":
                stem = stem[:k + 1] + _VIII_TA[root[0]] + stem[k + 2:]
        out.append(stem)
    return out


def inflect_noun(stem: str, affixes: Affixes) -> set[str]:
    """A noun and its number, case and pronoun endings («مظاهره» → مظاهرات, مظاهرتين, مظاهرتهم …)."""
    forms: set[str] = set()
    if stem.endswith("ه"):  # ta marbuta: feminine
        base = stem[:-1]
        forms |= {base + e for e in affixes.noun_f}
        forms |= {base + o + p for o in affixes.noun_object for p in affixes.pronouns}
    elif stem.endswith("ات"):  # a plural given as such
        forms.add(stem)
        forms |= {stem + p for p in affixes.pronouns}
    else:
        forms |= {stem + e for e in affixes.noun_m}
        forms |= {stem + p for p in affixes.pronouns}
        forms |= {stem + "ات" + p for p in affixes.pronouns}
    return forms


def inflect(stem: str, slot: str, affixes: Affixes) -> list[Form]:
    """Every inflected form of one stem in its slot."""
    if slot == "perfect":
        texts = {stem + e for e in affixes.perfect}
        texts |= {stem + o + p for o in affixes.perfect_object for p in affixes.pronouns}
        return [Form(t, slot) for t in texts]
    if slot == "imperfect":
        texts = {pre + stem + e for pre in affixes.imperfect_prefixes for e in affixes.imperfect}
        texts |= {pre + stem + o + p for pre in affixes.imperfect_prefixes for o in affixes.imperfect_object
                  for p in affixes.pronouns}
        return [Form(t, slot) for t in texts]
    if slot == "masdar":
        return [Form(t, slot) for t in inflect_noun(stem, affixes)]
    # Participles: the plural nominative names a crowd acting («المعتصمون»), the rest a person.
    forms = [Form(stem + e, slot, crowd=e in affixes.crowd_endings) for e in affixes.participle]
    forms += [Form(stem + "ي" + p, slot) for p in affixes.pronouns if p]  # construct + pronoun: معتصميها
    return forms


def generate(root: str, verb_forms: dict[str, list[str]], nouns: Iterable[str],
             templates: dict[str, dict[str, list[str]]], affixes: Affixes) -> list[Form]:
    """All forms of a lexeme: the chosen slots of its verb forms plus its listed nouns."""
    seen: dict[str, Form] = {}
    root = normalise_phrase(root) if root else ""
    for verb_form, slots in verb_forms.items():
        for slot in slots:
            if slot not in SLOTS:
                raise DataFileError(f"root {root!r}: unknown slot {slot!r}")
            for stem in stems(root, verb_form, slot, templates):
                for form in inflect(stem, slot, affixes):
                    seen.setdefault(form.text, form)
    for noun in nouns:
        for text in inflect_noun(normalise_phrase(noun), affixes):
            seen.setdefault(text, Form(text, "masdar"))
    return list(seen.values())


@lru_cache(maxsize=1)
def morphology_tables() -> tuple[dict[str, dict[str, list[str]]], Affixes]:
    """The templates and affixes of `trigger_roots.yaml`, checked."""
    path = data_path("events", "trigger_roots.yaml")
    raw = load_yaml(path)
    require(raw, {"templates": dict, "affixes": dict}, str(path))
    templates: dict[str, dict[str, list[str]]] = {}
    for name, slots in raw["templates"].items():
        require({"slots": slots}, {"slots": dict}, f"{path}: template {name}")
        for slot, items in slots.items():
            if slot not in SLOTS or not isinstance(items, list):
                raise DataFileError(f"{path}: template {name}: bad slot {slot!r}")
        templates[str(name)] = {slot: [str(t) for t in items] for slot, items in slots.items()}
    fields = Affixes.__dataclass_fields__
    raw_aff = raw["affixes"]
    missing = [f for f in fields if f not in raw_aff]
    if missing:
        raise DataFileError(f"{path}: affixes lack {missing}")
    affixes = Affixes(**{f: tuple("" if a is None else normalise_phrase(str(a)) if str(a) else "" for a in raw_aff[f])
                         for f in fields})
    return templates, affixes
