"""Matching form of Arabic news text, with a map back to the original offsets.

Every later stage matches on `NormText.text` (letters folded, marks removed, quotes
turned into spaces, digits made ASCII) and reports spans through `NormText.span()`,
so what reaches the output always points into the text exactly as it was given.
"""

from __future__ import annotations

import re
from bisect import bisect_left
from dataclasses import dataclass, field
from functools import lru_cache
from typing import Any

# Alef forms, alef maqsura and ta marbuta fold so spelling variants match each other.
_FOLD = {
    "أ": "ا", "إ": "ا", "آ": "ا", "ٱ": "ا", "ٲ": "ا", "ٳ": "ا",
    "ى": "ي", "ی": "ي", "ي": "ي", "ك": "ك", "ک": "ك",
    "ة": "ه", "ۀ": "ه",
    "ؤ": "و",
    # Dashes: «الحركة الشعبية لتحرير السودان – شمال» is the name spelled with «-».
    "–": "-", "—": "-", "‒": "-", "−": "-", "―": "-",
    # Presentation forms seen in copied PDFs.
    "ﻻ": "لا", "ﻷ": "لا", "ﻹ": "لا", "ﻵ": "لا",
}
_ARABIC_INDIC = {chr(0x0660 + i): str(i) for i in range(10)}
_EXTENDED_INDIC = {chr(0x06F0 + i): str(i) for i in range(10)}
_DIACRITICS = {chr(c) for c in range(0x064B, 0x0653)} | {"\u0670", "\u0640", "\u0654", "\u0655"}
# Tanween (fathatan, dammatan, kasratan): an adverb's or an indefinite noun's ending, never a name's.
TANWEEN = re.compile("[\u064b-\u064d]")
# Marks dropped from the matching form that still belong to the word before them.
DROPPED_MARKS: frozenset[str] = frozenset(_DIACRITICS)
_INVISIBLE = {"\u200e", "\u200f", "\u200b", "\u200c", "\u200d", "\ufeff", "\u061c", "\u202a",
              "\u202b", "\u202c", "\u202d", "\u202e", "\u2066", "\u2067", "\u2068", "\u2069"}
QUOTES = set("\"'“”‘’«»„‟‹›`´″″")
_SPACES = {" ", "\t", "\u00a0", "\u2009", "\u202f", "\u2002", "\u2003", "\u3000", "\r"}
# A word made only of these letters is a proclitic cut off by a quote, as in «لـ”سمارت”».
_PROCLITIC_LETTERS = set("وفبلكس")
_PROCLITIC_SCAN = _PROCLITIC_LETTERS | {"ا"}
_PROCLITIC_WORDS = {"ل", "ب", "و", "ف", "ك", "لل", "ال", "وال", "بال", "ول", "وب", "فل", "فب", "كال", "فال"}


def fold_char(ch: str) -> str:
    """The matching form of one character ('' when it is dropped)."""
    if ch in _DIACRITICS or ch in _INVISIBLE:
        return ""
    if ch in _FOLD:
        return _FOLD[ch]
    if ch in _ARABIC_INDIC:
        return _ARABIC_INDIC[ch]
    if ch in _EXTENDED_INDIC:
        return _EXTENDED_INDIC[ch]
    if ch == "٫":
        return "."
    if ch == "٬":
        return ","
    return ch.lower()


def is_word_char(ch: str) -> bool:
    """True for letters and digits of any script (the parts of a word)."""
    return ch.isalnum()


@dataclass(frozen=True)
class NormText:
    """A normalised copy of `original` and, for each of its characters, where it came from."""

    original: str
    text: str
    offsets: tuple[int, ...]  # offsets[i]: index in original of text[i]; one extra entry at the end
    # Scans of this text that several stages ask for (the date grammar's candidates…), kept
    # with the document so a second stage reuses the first one's work. Never copied.
    scans: dict[str, Any] = field(default_factory=dict, init=False, repr=False, compare=False)

    def span(self, start: int, end: int) -> tuple[int, int]:
        """Original (start, end) of the normalised slice text[start:end]."""
        if end <= start:
            pos = self.offsets[start]
            return pos, pos
        b = self.offsets[end - 1] + 1
        # Marks dropped from the matching form still belong to the word they sit on.
        while b < len(self.original) and self.original[b] in _DIACRITICS:
            b += 1
        return self.offsets[start], b

    def original_slice(self, start: int, end: int) -> str:
        a, b = self.span(start, end)
        return self.original[a:b]

    def norm_index(self, original_index: int) -> int:
        """First normalised index whose source is at or after `original_index`."""
        return bisect_left(self.offsets, original_index, 0, len(self.text))


_SPECIAL = QUOTES | _SPACES | {"\n"}


def _fold_table() -> dict[str, str]:
    """Every character whose matching form differs from itself (or is special)."""
    table: dict[str, str] = {}
    for ch in _DIACRITICS | _INVISIBLE | set(_FOLD) | set(_ARABIC_INDIC) | set(_EXTENDED_INDIC) | {"٫", "٬"}:
        table[ch] = fold_char(ch)
    return table


_TABLE = _fold_table()


# Characters the fast path copies as they are, or folds one for one (same length, so the
# offsets of a run of them are a plain range): everything but the special characters and
# the ones normalisation drops or widens.
_ONE_FOR_ONE = {ch: f for ch, f in _TABLE.items() if len(f) == 1 and f != ch}
_ONE_FOR_ONE.update({chr(c): chr(c + 32) for c in range(ord("A"), ord("Z") + 1)})
# One `str.replace` a character is several times faster than `str.translate` with a dict;
# it gives the same result because no folded character is itself folded again.
assert not set(_ONE_FOR_ONE.values()) & set(_ONE_FOR_ONE)
_REPLACEMENTS = tuple(_ONE_FOR_ONE.items())


def _fold_one_for_one(text: str) -> str:
    """`text` with every one-for-one fold applied (same length, same offsets)."""
    for ch, f in _REPLACEMENTS:
        if ch in text:
            text = text.replace(ch, f)
    return text

_SLOW_CHARS = (_SPECIAL - {" "}) | {ch for ch, f in _TABLE.items() if len(f) != 1}
# A slow character and the spaces after it, or a run of spaces: only these need the
# character-by-character rules (quotes, collapsing spaces, dropped marks); a single space
# after an ordinary character is kept as it is.
_SLOW_RUN = re.compile("(?:[" + re.escape("".join(sorted(_SLOW_CHARS))) + "]|  )[" + re.escape("".join(sorted(_SLOW_CHARS | {" "}))) + "]*")


def normalise(original: str) -> NormText:
    """Fold `original` into its matching form, keeping an offset for every kept character.

    Runs of ordinary characters are folded with one `str.translate` and copied whole; only
    the few special ones go through `_slow_char`, which sees the output built so far.
    """
    out: list[str] = []
    offs: list[int] = []
    folded = _fold_one_for_one(original)
    pos = 0
    for m in _SLOW_RUN.finditer(original):
        a = m.start()
        if original[a] == " " and a > pos:
            a += 1  # the first of a run of spaces after an ordinary character is ordinary
        if a > pos:
            out.extend(folded[pos:a])
            offs.extend(range(pos, a))
        for i in range(a, m.end()):
            _slow_char(original, i, out, offs)
        pos = m.end()
    n = len(original)
    if pos < n:
        out.extend(folded[pos:])
        offs.extend(range(pos, n))
    offs.append(n)
    return NormText(original=original, text="".join(out), offsets=tuple(offs))


def _slow_char(original: str, i: int, out: list[str], offs: list[int]) -> None:
    """Append the matching form of `original[i]` to `out` (and its offsets to `offs`)."""
    ch = original[i]
    if ch in _SPECIAL:
        if ch in QUOTES:
            # «لـ”سمارت”» : a lone proclitic before the quote stays glued to the word.
            j = len(out)
            while j > 0 and out[j - 1] in _PROCLITIC_SCAN:
                j -= 1
            word = "".join(out[j:])
            if word in _PROCLITIC_WORDS and (j == 0 or not is_word_char(out[j - 1])):
                nxt = original[i + 1] if i + 1 < len(original) else ""
                if nxt and is_word_char(fold_char(nxt) or " "):
                    return
            ch = " "
        elif ch != "\n":
            ch = " "
        if out and (out[-1] == " " or out[-1] == "\n"):
            if ch == "\n" and out[-1] == " ":
                out[-1] = "\n"
                offs[-1] = i
            return
        out.append(ch)
        offs.append(i)
        return
    folded = _TABLE.get(ch)
    if folded is None:
        out.append(ch.lower() if "A" <= ch <= "Z" else ch)
        offs.append(i)
    else:
        for f in folded:
            out.append(f)
            offs.append(i)


@lru_cache(maxsize=8192)
def normalise_phrase(phrase: str) -> str:
    """Matching form of a lexicon entry: same folding as the text, trimmed.

    Cached: stages ask for the same few hundred words' forms article after article.
    """
    return normalise(phrase).text.strip()
