"""What the words around a place name say about it, read on the normalised text.

«مدينة/بلدة/قرية X» (a settlement), «محافظة X» (the governorate), «ريف X الشمالي» (an area of
X's governorate), «شمال/أطراف X» (near X), «(12 كم شمال مدينة X)» (a point off X), and the
prepositions that make a risky short name safe to read as a place.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

from rasad.places.geo import BEARINGS, combine_bearings
from rasad.text.normalise import normalise_phrase

# Place words (normalised) → the kind of place they announce.
TYPE_WORDS: dict[str, str] = {
    **{w: "town" for w in ("مدينه", "مدينتي", "بلده", "بلدتي", "بلدات", "قريه", "قريتي", "قري", "حي", "حيي",
                           "احياء", "مخيم", "مخيمات", "بلديه", "مدن", "ضاحيه", "مزرعه", "مزارع", "تجمع",
                           # «أهالي الكشكية», «سكان عدلون»: the people of a place name it
                           "اهالي", "سكان")},
    "محافظه": "admin1", "محافظتي": "admin1", "ولايه": "admin1",
    "ناحيه": "admin3", "نواحي": "admin3",
    "منطقه": "area", "مناطق": "area", "قضاء": "district", "مديريه": "district", "مديريات": "district",
    # «مقاطعة بيبور», «مقاطعة باسكنو»: a county of South Sudan, a moughataa of Mauritania, a
    # province of Burkina Faso (a boycott, «مقاطعة الانتخابات», names no place after it)
    "مقاطعه": "district", "مقاطعات": "district",
}
PREPOSITIONS = frozenset(normalise_phrase(w) for w in (
    "في", "من", "الى", "قرب", "نحو", "باتجاه", "داخل", "على", "عند", "حول", "محيط",
    "مدخل", "تجاه", "بين", "عبر", "مشارف", "تخوم", "ضواحي", "اطراف", "جوار", "حتى"))
NEAR_WORDS = frozenset({"اطراف", "محيط", "قرب", "ضواحي", "مشارف", "تخوم", "جوار", "مدخل", "بالقرب"})
_CL = r"(?:و|ف)?(?:ب|ل|ك)?"
_DIR = r"(?:ال)?(شمال|جنوب|شرق|غرب)(?:ي)?"
_DIR2 = r"(?:\s+(?:ال)?(شرق|غرب)(?:ي)?)?"
_TYPE = "|".join(sorted(TYPE_WORDS, key=len, reverse=True))
_TYPE_OPT = rf"(?:(?:ال)?({_TYPE})\s+)?"
_OFFSET_RE = re.compile(
    rf"(\d+(?:[.,]\d+)?)\s*(?:كم|كلم|km|كيلو\s?متر(?:ا|ات)?)\s+(?:(?:الى|الي)\s+)?(?:{_CL}{_DIR}){_DIR2}"
    rf"\s+(?:من\s+)?{_TYPE_OPT}$")
# «شمال حلب», «شمالي حلب», «في الشمال السوري» — not the adjective «ريف إدلب الجنوبي خلال …»,
# whose «الشمالي» ends a countryside's name and bears on nothing after it.
_DIRECTION_RE = re.compile(rf"(?:^|\s){_CL}(?!ال(?:شمال|جنوب|شرق|غرب)ي\s){_DIR}{_DIR2}\s+{_TYPE_OPT}$")
_NEAR_RE = re.compile(rf"(?:^|\s){_CL}(اطراف|محيط|قرب|ضواحي|مشارف|تخوم|جوار|مدخل|بالقرب\s+من)\s+{_TYPE_OPT}$")
_RIF_RE = re.compile(rf"(?:^|\s)(?:و|ف)?(?:ب|ل)?(?:ال)?(ريف|ريفي|ارياف)\s+$")
_TYPE_RE = re.compile(rf"(?:^|\s)(?:و|ف)?(ب|ل|ال|بال|لل)?({_TYPE})\s+$")
_PREP_RE = re.compile(r"(?:^|\s)(?:و|ف)?(\w+)\s+$")
_RIF_BEFORE_RE = re.compile(r"(?:^|\s)(?:و|ف|ب)?(?:ال)?ريف\s+(?:ال)?(شمالي|جنوبي|شرقي|غربي)"
                            r"(?:\s+(?:ال)?(شرقي|غربي))?\s+$")
_RIF_SUFFIX_RE = re.compile(r"\s+(?:ال)?(شمالي|جنوبي|شرقي|غربي)(?:\s+(?:ال)?(شرقي|غربي))?(?!\w)")


@dataclass
class Context:
    """The reading of the words around one name; `start`/`end` widen the mention's span."""

    start: int
    end: int
    kind: str | None = None  # type word's kind: town | admin1 | admin3 | district
    kind_definite: bool = False  # the type word carries «ال» («الولاية»): it announces no name
    rif: bool = False
    rif_dual: bool = False  # «ريفي حلب وإدلب»: the next name joined by «و» is countryside too
    rif_suffix: str | None = None  # «الشمالي الغربي» as written (normalised)
    bearing: float | None = None  # direction from the reference place
    distance_km: float | None = None
    near: bool = False
    cued: bool = False  # anything that marks the word as a place (for risky names)
    urban: int | None = None  # start of «شارع/حي/ساحة…» before the name: a site inside a city
    strong: bool = False  # a place word, «ريف» or a compass word (not just a preposition)


def _bearing(first: str, second: str | None) -> float:
    return combine_bearings(BEARINGS[first], BEARINGS[second] if second else None)


def read_context(text: str, start: int, end: int, prefix: str) -> Context:
    """Read the place words before `text[start:end]` (its clitic `prefix` included) and after it."""
    ctx = Context(start=start, end=end)
    word_start = start - len(prefix)
    if "ب" in prefix:
        ctx.cued = True
    left = text[max(0, word_start - 48):word_start]
    base = word_start - len(left)
    if not left.endswith(" "):
        return _read_suffix(text, ctx)
    m = _OFFSET_RE.search(left) if _has_unit(left) else None
    if m:
        ctx.distance_km = float(m.group(1).replace(",", "."))
        ctx.bearing = _bearing(m.group(2), m.group(3))
        ctx.kind = TYPE_WORDS.get(m.group(4) or "")
        ctx.start, ctx.cued = base + m.start(), True
        return ctx
    m = _RIF_BEFORE_RE.search(left) if prefix.endswith("ل") else None
    if m:  # «الريف الشرقي لدير الزور»
        ctx.rif = ctx.cued = True
        ctx.bearing = _bearing(m.group(1), m.group(2))
        ctx.rif_suffix = m.group(0).strip()
        ctx.start = base + m.start() + (1 if m.group(0)[:1].isspace() else 0)
        return ctx
    m = _RIF_RE.search(left) if ("ريف" in left or "ارياف" in left) else None
    if m:
        ctx.rif, ctx.cued = True, True
        ctx.rif_dual = m.group(1) in ("ريفي", "ارياف")
        ctx.start = _word_start(text, base + m.start(1))
        return _read_suffix(text, ctx)
    compass = "شمال" in left or "جنوب" in left or "شرق" in left or "غرب" in left
    m = _DIRECTION_RE.search(left) if compass else None
    if m:
        ctx.bearing = _bearing(m.group(1), m.group(2))
        ctx.near, ctx.cued = True, True
        ctx.kind = TYPE_WORDS.get(m.group(3) or "")
        ctx.start = _word_start(text, base + m.start(1))
        return ctx
    m = _NEAR_RE.search(left)
    if m:
        ctx.near, ctx.cued = True, True
        ctx.kind = TYPE_WORDS.get(m.group(2) or "")
        ctx.start = _word_start(text, base + m.start(1))
        return ctx
    last = left.rsplit(None, 1)[-1] if left.strip() else ""
    m = _urban_re().search(left) if last in _urban_words() else None
    if m:  # «شارع بغداد», «حي الجزائر»: a site; the city that holds it is read by the resolver
        ctx.kind, ctx.cued, ctx.urban = "town", True, base + m.start(1)
        return ctx
    # «مقر المحافظة وقاعدة عسكرية»: a place word names the word after it, never one joined by «و».
    m = _TYPE_RE.search(left) if not prefix.startswith(("و", "ف")) else None
    # «البلدات المنكوبة», «القرية المجاورة»: a definite word after a definite place word is its
    # adjective, not a name.
    if m and not (m.group(1) and m.group(1).endswith(("ال", "لل")) and text.startswith("ال", start)):
        ctx.kind, ctx.cued = TYPE_WORDS[m.group(2)], True
        # «أمام مقر الولاية صباح اليوم»: a definite place word stands alone; the word after it
        # is no name it announces (a construct, «ولاية X», is indefinite).
        ctx.kind_definite = bool(m.group(1)) and m.group(1).endswith(("ال", "لل"))
        return ctx
    m = _PREP_RE.search(left)
    # «في» is a word, not the conjunction «ف» before «ي»: try the whole word first.
    if m and (m.group(0).split()[-1] in PREPOSITIONS or m.group(1) in PREPOSITIONS):
        ctx.cued = True
    return ctx


_DATELINE_AFTER = re.compile(r"[ \t]*(?:\([^()\n]{2,25}\)[ \t]*)?[-–—:،,]")


def opens_dateline(text: str, start: int, end: int) -> bool:
    """«الجزائر - …», «عدن، 3 أيار …», «بيروت (رويترز) - …»: the name that opens a line and
    is followed by a dash, a comma or a colon is the dateline's place, a place by position."""
    line_start = text.rfind("\n", 0, start) + 1
    return not text[line_start:start].strip() and _DATELINE_AFTER.match(text, end) is not None


def _has_unit(left: str) -> bool:
    return "كم" in left or "كلم" in left or "km" in left or "كيلو" in left


@lru_cache(maxsize=1)
def _urban_words() -> frozenset[str]:
    """Every written form of an urban word as the last word before a name («وبشارع»)."""
    from rasad.places.readings import readings

    return frozenset(c + w for w in readings().urban for c in ("", "و", "ف", "ب", "ل", "وب", "ول", "فب", "فل"))


@lru_cache(maxsize=1)
def _urban_re() -> re.Pattern[str]:
    from rasad.places.readings import readings

    words = "|".join(sorted(readings().urban, key=len, reverse=True))
    return re.compile(rf"(?:^|\s)(?:و|ف)?(?:ب|ل)?({words})\s+$")


def is_strong(ctx: Context) -> bool:
    """True when more than a preposition marks the name: for the riskiest names («إب» = «آب»)."""
    return (ctx.kind is not None and not ctx.kind_definite) or ctx.rif or ctx.near or ctx.bearing is not None


def _word_start(text: str, pos: int) -> int:
    """Back over the article glued to a compass word («الشمال»), not over other clitics."""
    return pos - 2 if text[max(0, pos - 2):pos] == "ال" else pos


def read_rif_suffix(text: str, ctx: Context) -> Context:
    """Compass words after a countryside name («ريف دمشق الغربي»), for names that hold «ريف»."""
    return _read_suffix(text, ctx, force=True)


def _read_suffix(text: str, ctx: Context, force: bool = False) -> Context:
    """«ريف X الشمالي الغربي»: the compass words after the name."""
    if not ctx.rif and not force:
        return ctx
    m = _RIF_SUFFIX_RE.match(text, ctx.end)
    if m:
        ctx.bearing = _bearing(m.group(1), m.group(2))
        ctx.rif_suffix = text[ctx.end:m.end()].strip()
        ctx.end = m.end()
    return ctx
