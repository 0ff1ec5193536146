"""Errors rasad raises for inputs it cannot read, with a reason a user can act on."""

from __future__ import annotations

import re

MAX_CHARS = 2_000_000  # a news article is a few thousand characters; far beyond is not one
MIN_ARABIC_SHARE = 0.2
_ONE_IN = 5  # MIN_ARABIC_SHARE as «one letter in five», for a test in whole numbers
assert 1 / _ONE_IN == MIN_ARABIC_SHARE
# Runs, not single letters: counting the letters of a few hundred words is far quicker than
# making a string of each of a few thousand letters.
_LETTERS = re.compile(r"[^\W\d_]+")
_ARABIC_LETTERS = re.compile(r"[\u0620-\u064a\u0671-\u06d3\u0750-\u077f\ufb50-\ufdff\ufe70-\ufefc]+")


class InputError(ValueError):
    """The input is not an Arabic news text rasad can read (empty, binary, too large…)."""


def check_text(text: object) -> str:
    """Return `text` if rasad can read it, else raise InputError saying why."""
    if not isinstance(text, str):
        raise InputError(f"expected text, got {type(text).__name__}")
    if "\x00" in text:
        raise InputError("binary content (NUL bytes)")
    stripped = text.strip()
    if not stripped:
        raise InputError("empty text")
    if len(text) > MAX_CHARS:
        raise InputError(f"too large: {len(text):,} characters (limit {MAX_CHARS:,})")
    sample = stripped[:20000]
    arabic = sum(map(len, _ARABIC_LETTERS.findall(sample)))
    # Spaces and line breaks are no letters: when the Arabic letters make a fifth of what is
    # left, they make a fifth of the letters, which need no count of their own.
    at_most = len(sample) - sample.count(" ") - sample.count("\n")
    if _ONE_IN * arabic >= at_most and _LETTERS.search(sample):
        return text
    letters = sum(map(len, _LETTERS.findall(sample)))
    if not letters or arabic / letters < MIN_ARABIC_SHARE:
        raise InputError("not Arabic text")
    return text
