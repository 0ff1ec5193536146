"""The words of a document, scanned once, and patterns tried only where their first word is.

A pattern that opens with a look-behind and an optional clitic («(?<!\\w)(?:و|ب)?(?:ابو|ام)…»)
gives the regex engine nothing to skip ahead to, so it tries every character of the text.
When its first word must be a whole word of the text (a clitic, then a head word that ends
where the word ends), the words of the document tell where it can start: `matches_at` tries
the pattern only there and finds what `pattern.finditer` finds.
"""

from __future__ import annotations

import re
from typing import Iterable, Iterator

from rasad.text.normalise import NormText

_WORD = re.compile(r"\w+")

Word = tuple[str, int, int]  # the word, its start and end in the normalised text


def words(norm: NormText) -> list[Word]:
    """Every run of word characters of `norm.text` (`\\w+`), in order; scanned once per document
    (the numbers stage reads all of them, later stages look up a few)."""
    found = norm.scans.get("words")
    if found is None:
        found = norm.scans["words"] = [(m.group(0), m.start(), m.end()) for m in _WORD.finditer(norm.text)]
    return found


def spelled_with(clitics: Iterable[str], heads: Iterable[str]) -> frozenset[str]:
    """Every whole word a pattern can open with: a clitic (or none) glued to a head's first word."""
    firsts = {h.split()[0] for h in heads}
    return frozenset(c + h for c in {"", *clitics} for h in firsts)


def matches_at(pattern: re.Pattern[str], norm: NormText, firsts: frozenset[str]) -> Iterator[re.Match[str]]:
    """`pattern.finditer(norm.text)` for a pattern whose every match starts a word spelled in
    `firsts`: the same matches, trying the pattern only at those words."""
    text = norm.text
    end = 0
    for w, start, _ in words(norm):
        if w in firsts and start >= end and (m := pattern.match(text, start)):
            end = m.end()
            yield m
