"""Errors rasad raises for inputs it cannot read, with a reason a user can act on."""

from __future__ import annotations

MAX_CHARS = 2_000_000  # a news article is a few thousand characters; far beyond is not one
MIN_ARABIC_SHARE = 0.2


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
    letters = [c for c in stripped[:20000] if c.isalpha()]
    arabic = sum(1 for c in letters if "\u0600" <= c <= "\u06ff" or "\u0750" <= c <= "\u077f" or "\ufb50" <= c <= "\ufeff")
    if not letters or arabic / len(letters) < MIN_ARABIC_SHARE:
        raise InputError("not Arabic text")
    return text
