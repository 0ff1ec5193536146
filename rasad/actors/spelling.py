"""Spelling knowledge of the actor linker, read from `rasad/data/actors/linking.tsv`.

The shared normaliser folds alef forms, ya/alef maqsura and ta marbuta; names in the news
vary in more ways than that: the hamza seat on ya («هيئة»/«هئية»), an extra long vowel
(«ديمقراطية»/«ديموقراطية»), a common typo («ميلشيا»). Those rules live in a data file so an
analyst can add one; this module reads and checks it and turns every dictionary name into
the set of spellings the linker registers. The same file holds the linker's other small
word lists: words that tie gunmen to a named group, the country branches of international
groups, and next words that make a name a common word.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from functools import lru_cache
from pathlib import Path

from rasad.datafiles import DataFileError, data_path
from rasad.text.normalise import normalise_phrase

LINKING_FILE = data_path("actors", "linking.tsv")
_MAX_VARIANTS = 32  # spellings registered per name at most (rules seldom meet in one name)


@dataclass(frozen=True)
class Spelling:
    """The rules of `linking.tsv`: character folds, spelling groups, words that tie gunmen to a
    group, and the country branches an international group is coded as."""

    folds: dict[str, str]
    groups: tuple[tuple[str, ...], ...]
    tied: frozenset[str]
    table: dict[int, str]
    bare_endings: tuple[str, ...] = ()
    branches: dict[tuple[str, str], str] = field(default_factory=dict)  # (int id, country) → branch id
    tie_gap: frozenset[str] = frozenset()  # words allowed between the tying word and the group's name
    # a name, or a name with its clitics, → the next words that make it a common word
    not_before: dict[str, frozenset[str]] = field(default_factory=dict)
    not_after: dict[str, frozenset[str]] = field(default_factory=dict)  # NAME → words before it that unmake it
    describe: frozenset[str] = frozenset()  # words opening a description of gunmen a tie may follow

    def fold(self, text: str) -> str:
        """`text` with the extra 1:1 folds applied (same length, so offsets still hold)."""
        return text.translate(self.table) if self.table else text

    def key(self, name: str) -> str:
        """The matching form of a dictionary name: normalised, then folded."""
        return self.fold(normalise_phrase(name))

    def variants(self, name: str) -> list[str]:
        """Every spelling of `name` the rules allow, its own matching form first."""
        first = self.key(name)
        out = [first]
        seen = {first}
        # «الحوثيين» → «حوثيين»: a one-word gentilic plural names members without the article too.
        if " " not in first and first.startswith("ال") and first.endswith(self.bare_endings or ("\0",)):
            bare = first[2:]
            if len(bare) >= 5:
                seen.add(bare)
                out.append(bare)
        i = 0
        while i < len(out) and len(out) < _MAX_VARIANTS:
            current = out[i]
            i += 1
            for group in self.groups:
                for form in group:
                    if form not in current:
                        continue
                    for other in group:
                        if other == form:
                            continue
                        new = current.replace(form, other)
                        if new not in seen:
                            seen.add(new)
                            out.append(new)
        return out[:_MAX_VARIANTS]


def parse_linking(lines: list[str], where: str) -> Spelling:
    """Parse the rows of a linking file, raising `DataFileError` on a malformed row."""
    folds: dict[str, str] = {}
    groups: list[tuple[str, ...]] = []
    tied: set[str] = set()
    bare: list[str] = []
    branches: dict[tuple[str, str], str] = {}
    tie_gap: set[str] = set()
    not_before: dict[str, set[str]] = {}
    not_after: dict[str, set[str]] = {}
    describe: set[str] = set()
    for n, raw in enumerate(lines, 1):
        line = raw.rstrip("\n")
        if not line.strip() or line.lstrip().startswith("#"):
            continue
        kind, *forms = [f.strip() for f in line.split("\t")]
        forms = [f for f in forms if f]
        at = f"{where}:{n}"
        if kind == "fold":
            if len(forms) != 2 or len(forms[0]) != 1 or len(forms[1]) != 1:
                raise DataFileError(f"{at}: fold takes two single characters")
            folds[forms[0]] = forms[1]
        elif kind == "spell":
            keys = tuple(dict.fromkeys(normalise_phrase(f) for f in forms))
            if len(keys) < 2 or any(not k for k in keys):
                raise DataFileError(f"{at}: spell takes two or more different forms")
            groups.append(keys)
        elif kind == "bare":
            if not forms or any(" " in f for f in forms):
                raise DataFileError(f"{at}: bare takes one or more word endings")
            bare.extend(normalise_phrase(f) for f in forms)
        elif kind == "branch":
            if len(forms) != 3 or len(forms[1]) != 2 or not forms[1].isupper():
                raise DataFileError(f"{at}: branch takes GROUP_ID COUNTRY BRANCH_ID")
            branches[(forms[0], forms[1])] = forms[2]
        elif kind == "tiegap":
            if not forms or any(" " in f for f in forms):
                raise DataFileError(f"{at}: tiegap takes one or more words")
            tie_gap.update(normalise_phrase(f) for f in forms)
        elif kind == "notbefore":
            if len(forms) < 2 or any(" " in f for f in forms[1:]):
                raise DataFileError(f"{at}: notbefore takes a name and one or more next words")
            not_before.setdefault(normalise_phrase(forms[0]), set()).update(normalise_phrase(f) for f in forms[1:])
        elif kind == "notafter":
            if len(forms) < 2 or any(" " in f for f in forms[1:]):
                raise DataFileError(f"{at}: notafter takes a name and one or more words before it")
            not_after.setdefault(normalise_phrase(forms[0]), set()).update(normalise_phrase(f) for f in forms[1:])
        elif kind == "tied":
            if len(forms) != 1 or " " in forms[0]:
                raise DataFileError(f"{at}: tied takes one word")
            tied.add(normalise_phrase(forms[0]))
        elif kind == "describe":
            if not forms or any(" " in f for f in forms):
                raise DataFileError(f"{at}: describe takes one or more words")
            describe.update(normalise_phrase(f) for f in forms)
        else:
            raise DataFileError(f"{at}: unknown kind {kind!r} (fold, spell, bare, branch, tied, tiegap, describe, notbefore or notafter)")
    table = {ord(k): v for k, v in folds.items()}
    # Group forms live in folded space, like the names they rewrite.
    groups = [tuple(dict.fromkeys(f.translate(table) for f in g)) for g in groups]
    return Spelling(folds, tuple(groups), frozenset(t.translate(table) for t in tied), table,
                    tuple(b.translate(table) for b in bare), branches,
                    frozenset(w.translate(table) for w in tie_gap),
                    {k.translate(table): frozenset(w.translate(table) for w in v) for k, v in not_before.items()},
                    {k.translate(table): frozenset(w.translate(table) for w in v) for k, v in not_after.items()},
                    frozenset(w.translate(table) for w in describe))


def load_linking(path: Path | None = None) -> Spelling:
    path = path or LINKING_FILE
    return parse_linking(path.read_text(encoding="utf-8").splitlines(), path.name)


@lru_cache(maxsize=1)
def get_spelling() -> Spelling:
    """The bundled rules, read once per process."""
    return load_linking()
