"""The words of a document, scanned once, and patterns tried only where their first word is.

A pattern that opens with a look-behind and an optional clitic («(?<!\\w)(?:و|ب)?(?:ابو|ام)…»)
gives the regex engine nothing to skip ahead to, so it tries every character of the text.
When its first word must be a whole word of the text (a clitic, then a head word that ends
where the word ends), the words of the document tell where it can start: `matches_at` tries
the pattern only there and finds what `pattern.finditer` finds.
"""

from __future__ import annotations

import bisect
import re
from operator import itemgetter
from typing import Iterable, Iterator

from rasad.text.normalise import NormText

_WORD = re.compile(r"\w+")

Word = tuple[str, int, int]  # the word, its start and end in the normalised text


def words(norm: NormText) -> list[Word]:
    """Every run of word characters of `norm.text` (`\\w+`), in order; scanned once per document
    (the numbers stage reads all of them, later stages look up a few)."""
    return words_in(norm.text)


class _Scan:
    """One text's words, their starts, and (made when first asked) where each word stands and
    where each pattern's opening words stand."""

    __slots__ = ("text", "words", "starts", "_vocabulary", "_opens")

    def __init__(self, text: str) -> None:
        self.text = text
        self.words = [(m.group(0), m.start(), m.end()) for m in _WORD.finditer(text)]
        self.starts = [s for _, s, _ in self.words]
        self._vocabulary: set[str] | None = None
        self._opens: dict[frozenset[str], list[int]] = {}

    def opening(self, firsts: frozenset[str]) -> list[int]:
        """Starts of the words spelled in `firsts`, in order: most texts hold none of them,
        which one set intersection with the text's vocabulary tells."""
        found = self._opens.get(firsts)
        if found is None:
            if self._vocabulary is None:
                self._vocabulary = set(map(itemgetter(0), self.words))
            present = self._vocabulary & firsts
            found = self._opens[firsts] = [s for w, s, _ in self.words if w in present] if present else []
        return found


_RECENT: dict[int, _Scan] = {}  # id(text) → its scan
RECENT_TEXTS = 8  # documents in flight at once (one per thread, a few stages' texts each)


def _scan(text: str) -> _Scan:
    """The scan of `text`, kept for the few texts last asked about (by identity: stages that
    hold only the text, not its NormText, share it)."""
    found = _RECENT.get(id(text))
    if found is None or found.text is not text:
        found = _Scan(text)
        if len(_RECENT) >= RECENT_TEXTS:
            _RECENT.clear()
        _RECENT[id(text)] = found
    return found


def words_in(text: str) -> list[Word]:
    return _scan(text).words


def spelled_with(clitics: Iterable[str], heads: Iterable[str]) -> frozenset[str] | None:
    """Every whole word a pattern can open with: a clitic (or none) glued to a head's first
    word; None when a first word is not a whole word (`\\w+`), and the pattern must be tried
    everywhere."""
    firsts = {h.split()[0] for h in heads}
    if not all(_WORD.fullmatch(h) for h in firsts):
        return None
    return frozenset(c + h for c in {"", *clitics} for h in firsts)


def search_at(pattern: re.Pattern[str], text: str, firsts: frozenset[str] | None, pos: int, endpos: int
              ) -> re.Match[str] | None:
    """`pattern.search(text, pos, endpos)` for a pattern whose every match starts a word spelled
    in `firsts`. The word that `endpos` cuts is tried whatever it spells (cut, it may spell one)."""
    if firsts is None:
        return pattern.search(text, pos, endpos)
    scan = _scan(text)
    opens = scan.opening(firsts)
    for k in range(bisect.bisect_left(opens, pos), len(opens)):
        if opens[k] >= endpos:
            break
        if m := pattern.match(text, opens[k], endpos):
            return m
    # The last word that starts before `endpos`, if it runs past it (tried last: it starts last).
    k = bisect.bisect_left(scan.starts, endpos) - 1
    if k >= 0:
        _, start, end = scan.words[k]
        if end > endpos and start >= pos:
            return pattern.match(text, start, endpos)
    return None


def finditer_at(pattern: re.Pattern[str], text: str, firsts: frozenset[str] | None, pos: int, endpos: int
                ) -> Iterator[re.Match[str]]:
    """`pattern.finditer(text, pos, endpos)`, on the terms of `search_at`."""
    while (m := search_at(pattern, text, firsts, pos, endpos)) is not None:
        yield m
        pos = m.end()


def matches_at(pattern: re.Pattern[str], norm: NormText, firsts: frozenset[str] | None) -> Iterator[re.Match[str]]:
    """`pattern.finditer(norm.text)` for a pattern whose every match starts a word spelled in
    `firsts`: the same matches, trying the pattern only at those words."""
    text = norm.text
    if firsts is None:
        yield from pattern.finditer(text)
        return
    end = 0
    for start in _scan(text).opening(firsts):
        if start >= end and (m := pattern.match(text, start)):
            end = m.end()
            yield m


def _word_char(ch: str) -> bool:
    return ch.isalnum() or ch == "_"  # what `\w` matches in a str pattern


def spelled_at(text: str, form: str, clitics: tuple[str, ...] = (), lo: int = 0,
               hi: int | None = None) -> Iterator[tuple[int, int, str]]:
    """(start, end, clitic) of each whole-word `form` in `text[lo:hi]`, behind one of `clitics`
    or none, as `(?<!\\w)(?:clitic…)?form(?!\\w)` with `finditer(text, lo, hi)` finds them (the
    text past `hi` unseen, the text before `lo` seen), but without compiling a pattern for
    each place or name a document asks about. The start is the clitic's."""
    if not form:
        return
    hi = len(text) if hi is None else min(hi, len(text))
    longest_first = sorted(clitics, key=len, reverse=True)
    last = lo
    i = text.find(form, lo, hi)
    while i >= 0:
        j = i + len(form)
        if j == hi or not _word_char(text[j]):
            for c in (*longest_first, ""):
                s = i - len(c)
                if s < last or (c and not text.startswith(c, s)):
                    continue
                if s == 0 or not _word_char(text[s - 1]):
                    yield s, j, c
                    last = j
                    break
        i = text.find(form, max(i + 1, last), hi)
