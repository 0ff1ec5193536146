"""Sentence and clause boundaries on normalised text.

News sentences end at a full stop, a question or exclamation mark or a line break; a
clause inside them ends at a comma or semicolon. Offsets are into `NormText.text`.
"""

from __future__ import annotations

import re
from functools import lru_cache
from typing import Iterator

from rasad.text.normalise import NormText

_SENTENCE_END = re.compile(r"(?:(?<!\d)[.!?؟]+(?!\d)|\n+)")
# Where a sentence end can start: a pattern that opens on a character class lets the engine
# skip ahead to the next one, which `_SENTENCE_END` (opening on a look-behind) cannot.
_END_MARK = re.compile(r"[.!?؟\n]")
_CLAUSE_END = re.compile(r"[،,؛;:]|\s[-–—]\s")


def split_sentences(norm: NormText) -> list[tuple[int, int]]:
    """(start, end) of each non-empty sentence of `norm.text`."""
    text = norm.text
    spans: list[tuple[int, int]] = []
    start = 0
    for m in _sentence_ends(text):
        end = m.end() if text[m.start()] != "\n" else m.start()
        _add(text, start, end, spans)
        start = m.end()
    _add(text, start, len(text), spans)
    return spans


def _sentence_ends(text: str) -> Iterator[re.Match[str]]:
    """`_SENTENCE_END.finditer(text)`, tried only at the marks its matches start with."""
    end = 0
    for mark in _END_MARK.finditer(text):
        if mark.start() >= end and (m := _SENTENCE_END.match(text, mark.start())):
            end = m.end()
            yield m


def _add(text: str, start: int, end: int, spans: list[tuple[int, int]]) -> None:
    while start < end and text[start] in " \n":
        start += 1
    while end > start and text[end - 1] in " \n":
        end -= 1
    if end > start:
        spans.append((start, end))


def clause_bounds(text: str, sent: tuple[int, int], at: int) -> tuple[int, int]:
    """(start, end) of the clause of sentence `sent` that holds position `at`."""
    s, e = sent
    start = s
    for m_start, m_end in _clause_ends(text, s, e):
        if m_end <= at:
            start = m_end
        elif m_start >= at:
            return start, m_start
    return start, e


@lru_cache(maxsize=256)
def _clause_ends(text: str, start: int, end: int) -> tuple[tuple[int, int], ...]:
    """Spans of the clause ends in text[start:end]: a sentence is asked for the clause of each
    of its triggers and dates, and scanned once."""
    return tuple(m.span() for m in _CLAUSE_END.finditer(text, start, end))
