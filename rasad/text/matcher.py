"""Fast phrase matching over normalised text that survives Arabic clitics.

A `PhraseMatcher` holds many phrases (actor aliases, place names, trigger words) in one
Aho-Corasick automaton and finds them in a `NormText` in a single pass. A hit counts only
at a word boundary, where the word may carry proclitics before it («وبحماة», «للنظام»)
and, when the matcher allows it, pronoun suffixes after it («مقاتليها»).
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any, Generic, Iterable, TypeVar

import ahocorasick

from rasad.datafiles import data_path, load_yaml
from rasad.text.normalise import DROPPED_MARKS, NormText, normalise_phrase

T = TypeVar("T")

# Proclitic sequences that may stand before a name glued to it: conjunctions, prepositions,
# the future particle and the article, in the orders Arabic allows.
PROCLITICS: frozenset[str] = frozenset(
    {
        "", "و", "ف", "ب", "ل", "ك", "س",
        "وب", "ول", "وك", "فب", "فل", "فك", "وس", "فس",
        "ال", "وال", "فال", "بال", "كال", "وبال", "فبال", "وكال", "لل", "ولل", "فلل",
    }
)
# Attached pronouns and the commonest inflectional endings a name or noun may carry.
PRONOUN_SUFFIXES: frozenset[str] = frozenset(
    {"", "ه", "ها", "هم", "هما", "هن", "ك", "كم", "نا", "ي"}
)


def _glued_words() -> tuple[frozenset[str], frozenset[str]]:
    raw = load_yaml(data_path("text", "glued_words.yaml"))
    before = {normalise_phrase(w) for w in raw["before"]}
    before |= {c + w for w in before for c in ("و", "ف")}
    return frozenset(before), frozenset(normalise_phrase(w) for w in raw["after"])


GLUED_BEFORE, GLUED_AFTER = _glued_words()


# Not frozen (nothing changes one): hits are made by the dozen per article, and a frozen
# dataclass's __init__ costs four times a slotted one's. Hashable as before.
@dataclass(slots=True, unsafe_hash=True)
class PhraseMatch(Generic[T]):
    """One hit: normalised and original spans, the clitics around it, and its payload."""

    norm_start: int
    norm_end: int
    start: int
    end: int
    text: str
    prefix: str
    suffix: str
    payload: T


class PhraseMatcher(Generic[T]):
    """Many phrases, one automaton; `find()` returns the longest non-overlapping hits."""

    def __init__(self, suffixes: Iterable[str] = ("",), allow_article: bool = True) -> None:
        self._automaton = ahocorasick.Automaton()
        self._payloads: dict[str, list[T]] = {}
        self._suffixes = frozenset(suffixes)
        self._allow_article = allow_article
        self._built = False

    def add(self, phrase: str, payload: T) -> None:
        """Register `phrase` (any spelling: it is normalised here) for `payload`."""
        key = normalise_phrase(phrase)
        if not key:
            return
        self._payloads.setdefault(key, []).append(payload)
        # «للنظام»: the preposition ل swallows the alef of the article.
        if key.startswith("ال") and len(key) > 3:
            self._payloads.setdefault("لل" + key[2:], []).append(payload)
        self._built = False

    def __len__(self) -> int:
        return len(self._payloads)

    def _build(self) -> None:
        # Each key carries what the boundary checks ask of it, computed once here rather
        # than for every hit of every article.
        self._automaton = ahocorasick.Automaton()
        for key, payloads in self._payloads.items():
            self._automaton.add_word(key, (key, payloads, len(key), key[0].isalnum(), key[-1].isalnum(),
                                           key.startswith("ال"), key.startswith("لل")))
        if len(self._payloads):
            self._automaton.make_automaton()
        self._built = True

    def find_all(self, norm: NormText) -> list[PhraseMatch[list[T]]]:
        """Every boundary-respecting hit, overlapping ones included."""
        if not self._built:
            self._build()
        if not self._payloads:
            return []
        text = norm.text
        n = len(text)
        original = norm.original
        offsets = norm.offsets
        n_original = len(original)
        marks = DROPPED_MARKS
        suffixes = self._suffixes
        no_article = not self._allow_article
        hits: list[PhraseMatch[list[T]]] = []
        for end_idx, (key, payloads, size, opens_word, closes_word, has_article, has_lam_lam) in self._automaton.iter(text):
            start = end_idx - size + 1
            end = end_idx + 1
            prefix = ""
            if opens_word and start > 0 and text[start - 1].isalnum():
                w = start - 1
                while w > 0 and text[w - 1].isalnum():
                    w -= 1
                prefix = text[w:start]
                if prefix not in PROCLITICS and prefix not in GLUED_BEFORE:
                    continue
                if (has_article or no_article) and prefix.endswith("ال"):
                    continue
                if has_lam_lam and prefix not in ("و", "ف"):
                    continue
            suffix = ""
            if closes_word and end < n and text[end].isalnum():
                e = end + 1
                while e < n and text[e].isalnum():
                    e += 1
                suffix = text[end:e]
                if suffix not in suffixes and suffix not in GLUED_AFTER:
                    continue
            # NormText.span, inlined: this loop runs for every hit of every dictionary.
            a = offsets[start]
            b = offsets[end - 1] + 1
            while b < n_original and original[b] in marks:
                b += 1
            hits.append(PhraseMatch(start, end, a, b, original[a:b], prefix, suffix, payloads))
        return hits

    def find(self, norm: NormText) -> list[PhraseMatch[list[T]]]:
        """Longest hits first, none overlapping another kept hit; in text order."""
        hits = sorted(self.find_all(norm), key=lambda h: (-(h.norm_end - h.norm_start), h.norm_start))
        taken = bytearray(len(norm.text) + 1)  # characters already covered by a kept hit
        kept: list[PhraseMatch[list[T]]] = []
        for h in hits:
            if any(taken[h.norm_start:h.norm_end]):
                continue
            taken[h.norm_start:h.norm_end] = b"\x01" * (h.norm_end - h.norm_start)
            kept.append(h)
        kept.sort(key=lambda h: h.norm_start)
        return kept


def payload_union(matches: Iterable[PhraseMatch[list[Any]]]) -> list[Any]:
    """All payloads of `matches`, flattened, for callers that do not care which hit gave which."""
    return [p for m in matches for p in m.payload]
