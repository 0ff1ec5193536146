"""The capital told without its name: «وفي العاصمة، فرقت الشرطة المتظاهرين», «شهدت العاصمة
العراقية مظاهرات».

Reports name the capital by the word alone once the country is plain. It is the capital of the
country a nationality adjective right after it names («العاصمة السورية»), else of the article's
country; a name right after it («العاصمة صنعاء», «العاصمة الأردنية عمّان») is read as that name,
and a qualified capital («العاصمة المؤقتة», «العاصمة الاقتصادية») is another city. Capitals:
rasad/data/places/countries.yaml (capital); qualifiers: readings.yaml (capital_qualifiers).
"""

from __future__ import annotations

import re
from typing import Callable, Iterable

# «العاصمة», «بالعاصمة», «وفي العاصمة» (the preposition is a word of its own), «للعاصمة».
_CAPITAL = re.compile(r"(?<!\w)(?:و|ف)?(?:ب|ك)?(?P<w>ال|لل)عاصمه(?!\w)")
_WORD_AFTER = re.compile(r"\s+(\w+)")


def bare_capitals(text: str, told: Iterable[tuple[int, int]], nisba_of: Callable[[str], str | None],
                  country: str | None, qualifiers: frozenset[str]) -> list[tuple[int, int, str]]:
    """(start, end, country) in normalised `text` of each «العاصمة» that names a country's
    capital; `told` are the spans of the places already read (a capital named there is theirs)."""
    spans = list(told)
    starts = {a for a, _ in spans}
    out: list[tuple[int, int, str]] = []
    for m in _CAPITAL.finditer(text):
        start, end = m.start("w"), m.end()
        if any(a < end and start < b for a, b in spans):
            continue  # «الجزائر العاصمة»: part of a name already read
        cc = country
        after = _WORD_AFTER.match(text, end)
        if after is not None:
            if after.group(1) in qualifiers:
                continue  # «العاصمة المؤقتة عدن», «العاصمة الاقتصادية»: another city
            own = nisba_of(after.group(1))
            if own is not None:
                cc, end = own, after.end()
                after = _WORD_AFTER.match(text, end)
        if after is not None and after.start(1) in starts:
            continue  # «العاصمة صنعاء»: the name says which city
        if cc is not None:
            out.append((start, end, cc))
    return out
