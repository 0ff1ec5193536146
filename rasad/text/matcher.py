"""Fast phrase matching over normalised text that survives Arabic clitics.

A `PhraseMatcher` holds many phrases (actor aliases, place names, trigger words) in one
Aho-Corasick automaton and finds them in a `NormText` in a single pass. A hit counts only
at a word boundary, where the word may carry proclitics before it («وبحماة», «للنظام»)
and, when the matcher allows it, pronoun suffixes after it («مقاتليها»).
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any, Callable, Generic, Iterable, TypeVar

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
# The longest clitic run a hit may carry before it: a longer run of letters is no clitic,
# so the walk back to the word's start stops there.
MAX_PREFIX = max(map(len, PROCLITICS | GLUED_BEFORE))


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
        self._max_suffix = max(map(len, self._suffixes | GLUED_AFTER))  # a longer tail is no suffix
        self._allow_article = allow_article
        self._built = False
        self._scan: SharedScan | None = None  # the one-pass scan this matcher takes part in

    def add(self, phrase: str, payload: T, normalised: bool = False) -> None:
        """Register `phrase` (any spelling: it is normalised here, unless the caller says it
        already is, as the gazetteer's and actor dictionary's built keys are) for `payload`."""
        self.add_all(((phrase, payload),), normalised)

    def add_all(self, phrases: Iterable[tuple[str, T]], normalised: bool = False) -> None:
        """`add(phrase, payload, normalised)` for each pair, in one loop: the gazetteer's
        80,000 keys are added at every start-up."""
        book = self._payloads
        for phrase, payload in phrases:
            key = phrase.strip() if normalised else normalise_phrase(phrase)
            if not key:
                continue
            book.setdefault(key, []).append(payload)
            # «للنظام»: the preposition ل swallows the alef of the article; before a word that starts
            # with ل it swallows the article's lam too («اللجان» → «للجان», «اللاذقية» → «للاذقية»).
            if key.startswith("ال") and len(key) > 3:
                book.setdefault(("ل" if key[2] == "ل" else "لل") + key[2:], []).append(payload)
        self._built = False
        self._scan = None  # a shared scan holds the keys it was built with

    def __len__(self) -> int:
        return len(self._payloads)

    def _build(self) -> None:
        # The automaton holds each key itself; what the boundary checks ask of a key is worked
        # out at its first hit (`_facts`) and kept, not for all 80,000 gazetteer keys at start-up.
        self._automaton = ahocorasick.Automaton()
        add = self._automaton.add_word
        for key in self._payloads:
            add(key, key)
        if len(self._payloads):
            self._automaton.make_automaton()
        self._facts: dict[str, tuple[list[T], int, bool, bool, bool, bool]] = {}
        self._built = True

    def _key_facts(self, key: str) -> tuple[list[T], int, bool, bool, bool, bool]:
        """A key's payloads, length, whether it opens and closes with a letter, and whether
        it starts with the article or with «لل»."""
        facts = (self._payloads[key], len(key), key[0].isalnum(), key[-1].isalnum(),
                 key.startswith("ال"), key.startswith("لل"))
        self._facts[key] = facts
        return facts

    def find_all(self, norm: NormText) -> list[PhraseMatch[list[T]]]:
        """Every boundary-respecting hit, overlapping ones included."""
        if not self._payloads:
            return []
        if self._scan is not None:
            return self._scan.hits(self, norm)
        hits: list[PhraseMatch[list[T]]] = []
        self._collect(norm, lambda *hit: hits.append(PhraseMatch(*hit)))
        return hits

    def _collect(self, norm: NormText, emit: Callable[[int, int, int, int, str, str, str, list[T]], Any]) -> None:
        """`emit(norm_start, norm_end, start, end, text, prefix, suffix, payloads)` for each
        boundary-respecting hit, in the automaton's order."""
        if not self._built:
            self._build()
        text = norm.text
        n = len(text)
        original = norm.original
        offsets = norm.offsets
        n_original = len(original)
        marks = DROPPED_MARKS
        suffixes = self._suffixes
        max_suffix = self._max_suffix
        no_article = not self._allow_article
        facts = self._facts
        key_facts = self._key_facts
        for end_idx, key in self._automaton.iter(text):
            payloads, size, opens_word, closes_word, has_article, has_lam_lam = facts.get(key) or key_facts(key)
            start = end_idx - size + 1
            end = end_idx + 1
            prefix = ""
            if opens_word and start > 0 and text[start - 1].isalnum():
                w = start - 1
                while w > 0 and start - w <= MAX_PREFIX and text[w - 1].isalnum():
                    w -= 1
                if start - w > MAX_PREFIX:
                    continue  # inside a longer word: no clitic run is that long
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
                while e < n and e - end <= max_suffix and text[e].isalnum():
                    e += 1
                if e - end > max_suffix:
                    continue  # the word goes on past any suffix it may take
                suffix = text[end:e]
                if suffix not in suffixes and suffix not in GLUED_AFTER:
                    continue
            # NormText.span, inlined: this loop runs for every hit of every dictionary.
            a = offsets[start]
            b = offsets[end - 1] + 1
            while b < n_original and original[b] in marks:
                b += 1
            emit(start, end, a, b, original[a:b], prefix, suffix, payloads)

    def find(self, norm: NormText) -> list[PhraseMatch[list[T]]]:
        """Longest hits first, none overlapping another kept hit; in text order."""
        hits = sorted(self.find_all(norm), key=lambda h: (-(h.norm_end - h.norm_start), h.norm_start))
        taken = bytearray(len(norm.text) + 1)  # characters already covered by a kept hit
        kept: list[PhraseMatch[list[T]]] = []
        for h in hits:
            if taken.find(1, h.norm_start, h.norm_end) != -1:  # a character already taken
                continue
            taken[h.norm_start:h.norm_end] = b"\x01" * (h.norm_end - h.norm_start)
            kept.append(h)
        kept.sort(key=lambda h: h.norm_start)
        return kept


class SharedScan:
    """Matchers with one boundary rule (suffixes, article) read in one automaton pass per
    text: a pass costs as much as the text is long, however few its hits, and the event
    stage reads cue words, triggers, non-events and sub-type cues from the same text.
    Each member's `find_all` returns what its own pass would (same hits, same order)."""

    def __init__(self, matchers: Iterable[PhraseMatcher[Any]]) -> None:
        self._members = list(matchers)
        rules = {(m._suffixes, m._allow_article) for m in self._members}
        if len(rules) != 1:
            raise ValueError("matchers of one scan must share their boundary rules")
        suffixes, allow_article = rules.pop()
        self._merged: PhraseMatcher[tuple[int, list[Any]]] = PhraseMatcher(suffixes, allow_article)
        for i, m in enumerate(self._members):
            for key, payloads in m._payloads.items():  # keys are normalised already
                self._merged._payloads.setdefault(key, []).append((i, payloads))
        self._index = {id(m): i for i, m in enumerate(self._members)}
        self._last: tuple[NormText, list[list[PhraseMatch[Any]]]] | None = None
        for m in self._members:
            m._scan = self

    def hits(self, member: PhraseMatcher[Any], norm: NormText) -> list[PhraseMatch[Any]]:
        """`member.find_all(norm)`, from the scan of `norm` (made at the first member's call)."""
        last = self._last
        if last is None or last[0] is not norm:
            per: list[list[PhraseMatch[Any]]] = [[] for _ in self._members]

            def emit(ns: int, ne: int, a: int, b: int, text: str, prefix: str, suffix: str,
                     payloads: list[tuple[int, list[Any]]]) -> None:
                for i, member_payloads in payloads:
                    per[i].append(PhraseMatch(ns, ne, a, b, text, prefix, suffix, member_payloads))

            if self._merged._payloads:
                self._merged._collect(norm, emit)
            last = self._last = (norm, per)
        return list(last[1][self._index[id(member)]])


def payload_union(matches: Iterable[PhraseMatch[list[Any]]]) -> list[Any]:
    """All payloads of `matches`, flattened, for callers that do not care which hit gave which."""
    return [p for m in matches for p in m.payload]
