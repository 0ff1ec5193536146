"""Matching form of Arabic news text, with a map back to the original offsets.

Every later stage matches on `NormText.text` (letters folded, marks removed, quotes
turned into spaces, digits made ASCII) and reports spans through `NormText.span()`,
so what reaches the output always points into the text exactly as it was given.
"""

from __future__ import annotations

from dataclasses import dataclass

# Alef forms, alef maqsura and ta marbuta fold so spelling variants match each other.
_FOLD = {
    "أ": "ا", "إ": "ا", "آ": "ا", "ٱ": "ا", "ٲ": "ا", "ٳ": "ا",
    "ى": "ي", "ی": "ي", "ي": "ي", "ك": "ك", "ک": "ك",
    "ة": "ه", "ۀ": "ه",
    "ؤ": "و",
    # Presentation forms seen in copied PDFs.
    "ﻻ": "لا", "ﻷ": "لا", "ﻹ": "لا", "ﻵ": "لا",
}
_ARABIC_INDIC = {chr(0x0660 + i): str(i) for i in range(10)}
_EXTENDED_INDIC = {chr(0x06F0 + i): str(i) for i in range(10)}
_DIACRITICS = {chr(c) for c in range(0x064B, 0x0653)} | {"\u0670", "\u0640", "\u0654", "\u0655"}
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
        import bisect

        return bisect.bisect_left(self.offsets, original_index, 0, len(self.text))


_SPECIAL = QUOTES | _SPACES | {"\n"}


def _fold_table() -> dict[str, str]:
    """Every character whose matching form differs from itself (or is special)."""
    table: dict[str, str] = {}
    for ch in _DIACRITICS | _INVISIBLE | set(_FOLD) | set(_ARABIC_INDIC) | set(_EXTENDED_INDIC) | {"٫", "٬"}:
        table[ch] = fold_char(ch)
    return table


_TABLE = _fold_table()


def normalise(original: str) -> NormText:
    """Fold `original` into its matching form, keeping an offset for every kept character."""
    out: list[str] = []
    offs: list[int] = []
    append_char = out.append
    append_off = offs.append
    table = _TABLE
    special = _SPECIAL
    n = len(original)
    for i, ch in enumerate(original):
        if ch in special:
            if ch in QUOTES:
                # «لـ”سمارت”» : a lone proclitic before the quote stays glued to the word.
                j = len(out)
                while j > 0 and out[j - 1] in _PROCLITIC_SCAN:
                    j -= 1
                word = "".join(out[j:])
                if word in _PROCLITIC_WORDS and (j == 0 or not is_word_char(out[j - 1])):
                    nxt = original[i + 1] if i + 1 < n else ""
                    if nxt and is_word_char(fold_char(nxt) or " "):
                        continue
                ch = " "
            elif ch != "\n":
                ch = " "
            if out and (out[-1] == " " or out[-1] == "\n"):
                if ch == "\n" and out[-1] == " ":
                    out[-1] = "\n"
                    offs[-1] = i
                continue
            append_char(ch)
            append_off(i)
            continue
        folded = table.get(ch)
        if folded is None:
            append_char(ch.lower() if "A" <= ch <= "Z" else ch)
            append_off(i)
        else:
            for f in folded:
                append_char(f)
                append_off(i)
    offs.append(n)
    return NormText(original=original, text="".join(out), offsets=tuple(offs))


def normalise_phrase(phrase: str) -> str:
    """Matching form of a lexicon entry: same folding as the text, trimmed."""
    return normalise(phrase).text.strip()
