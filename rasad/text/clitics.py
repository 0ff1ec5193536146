"""Clitic segmentation of one Arabic word: proclitics, stem, enclitics.

«وبحماة» → (و+ب, حماه, ''), «للنظام» → (ل+ال, نظام, ''), «مقاتليها» → ('', مقاتلي, ها).
Matching uses the same clitic sets (`rasad.text.matcher`); this function serves tokens.
"""

from __future__ import annotations

from rasad.text.matcher import PRONOUN_SUFFIXES
from rasad.text.normalise import normalise_phrase

_PROCLITIC_CHAIN = ("و", "ف", "ب", "ك", "ل", "س")
MIN_STEM = 2


def segment(word: str) -> tuple[tuple[str, ...], str, str]:
    """Split a (normalised) word into its proclitics, stem and pronoun suffix."""
    w = normalise_phrase(word)
    prefixes: list[str] = []
    i = 0
    while i < len(w) - MIN_STEM and w[i] in _PROCLITIC_CHAIN and len(prefixes) < 2:
        # A conjunction comes first; a preposition only once.
        if prefixes and w[i] in ("و", "ف"):
            break
        prefixes.append(w[i])
        i += 1
        if prefixes[-1] in ("ب", "ك", "ل", "س"):
            break
    rest = w[i:]
    if prefixes and prefixes[-1] == "ل" and rest.startswith("ل") and len(rest) > MIN_STEM + 1:
        prefixes.append("ال")
        rest = rest[1:]
    elif rest.startswith("ال") and len(rest) > MIN_STEM + 2:
        prefixes.append("ال")
        rest = rest[2:]
    suffix = ""
    # After folding, ta marbuta looks like the pronoun ه: the original spelling decides.
    ends_with_ta_marbuta = word.rstrip().endswith("ة")
    for suf in sorted(PRONOUN_SUFFIXES, key=len, reverse=True):
        if ends_with_ta_marbuta:
            break
        if suf and rest.endswith(suf) and len(rest) - len(suf) >= MIN_STEM + 1:
            suffix = suf
            rest = rest[: -len(suf)]
            break
    return tuple(prefixes), rest, suffix
