"""The article header: title, dateline, outlet and author.

News pages print these in many ways: a title line, a date line («18 فبراير، 2017»,
«الخميس ٩ أيار ٢٠١٩ - ١٠:٣٠», «2019/05/09»), a byline «سمارت-اسم الكاتب», «بلدي نيوز -
حلب (خاص)», an agency tag «(رويترز)» or «المصدر: …». The header stage finds them in the
first lines so that later stages can resolve relative dates against the dateline.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from datetime import date
from functools import lru_cache
from typing import Callable

from rasad.datafiles import data_path, load_yaml, require
from rasad.text.literals import GatedPattern
from rasad.text.matcher import PhraseMatcher
from rasad.text.normalise import NormText, normalise
from rasad.types import TimeExpression

HEADER_LINES = 10
_DASH = r"\s*[-–—|/]\s*"


@dataclass
class Header:
    title: str | None = None
    title_span: tuple[int, int] | None = None
    dateline: date | None = None
    dateline_text: str | None = None
    dateline_span: tuple[int, int] | None = None
    outlet: str | None = None
    outlet_country: str | None = None
    author: str | None = None
    body_start: int = 0
    furniture: list[tuple[int, int]] = field(default_factory=list)  # related-headline lines
    outlet_spans: list[tuple[int, int]] = field(default_factory=list)  # outlets named anywhere (normalised)


@dataclass(frozen=True)
class Outlet:
    name: str
    country: str | None
    word: bool = False  # the bare name is also a common word («المسيرة»: the march)


# A media noun or an opening quote right before an outlet's name («قناة المسيرة», «لـ"الوطن"»).
_MEDIA_BEFORE = re.compile(r"(?:(?:قناه|قنوات|صحيفه|جريده|موقع|وكاله|تلفزيون|شبكه|اذاعه|مراسل|لمراسل)\s+|[\"«“]\s*)$")


@lru_cache(maxsize=1)
def outlet_matcher() -> PhraseMatcher[Outlet]:
    path = data_path("header", "outlets.yaml")
    matcher: PhraseMatcher[Outlet] = PhraseMatcher(suffixes=("",))
    for i, raw in enumerate(load_yaml(path)["outlets"]):
        require(raw, {"name": str}, f"{path}: outlet {i}")
        outlet = Outlet(raw["name"], raw.get("country"), bool(raw.get("word", False)))
        for name in [raw["name"], *raw.get("aliases", [])]:
            matcher.add(str(name), outlet)
    return matcher


def _lines(text: str, limit: int) -> list[tuple[int, int]]:
    """(start, end) of the first `limit` non-empty lines, stripped."""
    out: list[tuple[int, int]] = []
    pos = 0
    for raw in text.split("\n"):
        start, end = pos, pos + len(raw)
        pos = end + 1
        s = raw.strip()
        if not s:
            continue
        lead = len(raw) - len(raw.lstrip())
        out.append((start + lead, start + lead + len(s)))
        if len(out) >= limit:
            break
    return out


_LETTERS = re.compile(r"[^\W\d_]")


def _is_date_line(text: str, expr_len: int) -> bool:
    """A line that is mostly a date (weekday, time of day and punctuation aside)."""
    rest = len(_LETTERS.findall(text))
    return len(text) <= 70 and expr_len >= 0.45 * max(rest, 1)


def _labelled_numeric(line: str, expr: str) -> bool:
    """«تاريخ النشر: 12-03-2019», «آخر تحديث 2019/03/12»: a date of figures after a label of a
    few words (a figure date has no letters for `_is_date_line` to weigh)."""
    return len(line) <= 70 and not _LETTERS.search(expr) and len(line.replace(expr, " ").split()) <= 3


def absolute_dates(norm: NormText) -> list[TimeExpression]:
    """Every date written out in full (day, month, year) in the text, found in one pass."""
    from rasad.timex import find_time_expressions

    return [e for e in find_time_expressions(norm, None)
            if e.date is not None and e.precision == "day" and not e.relative]


def find_dateline(norm: NormText, lines: list[tuple[int, int]],
                  dates: list[TimeExpression]) -> tuple[date, str, tuple[int, int]] | None:
    """The publication date printed in the header, or in the lead beside «اليوم»."""
    text = norm.original
    for a, b in lines[:HEADER_LINES]:
        line = text[a:b]
        for expr in dates:
            if a <= expr.start and expr.end <= b and (_is_date_line(line, len(_LETTERS.findall(expr.text)) + 4)
                                                       or _labelled_numeric(line, expr.text)):
                return expr.date, expr.text, (expr.start, expr.end)
    # «الرباط – 20 تموز 2017 – تظاهر …»: a wire-style dateline opening the first body line, a
    # place or an outlet (a few words) before it and a dash or colon after it.
    for a, b in lines[:2]:
        for expr in dates:
            if a <= expr.start < a + INLINE_DATELINE_REACH and _INLINE_HEAD.fullmatch(text, a, expr.start) \
                    and _INLINE_TAIL.match(text, expr.end):
                return expr.date, expr.text, (expr.start, expr.end)
    # «اليوم الخميس 9 أيار/ مايو 2019»: the lead names today's date in full.
    lead = text[: min(len(text), 700)]
    for m in re.finditer(r"اليوم", lead):
        for expr in dates:
            if m.end() <= expr.start < m.end() + 15:
                return expr.date, expr.text, (expr.start, expr.end)
    return None


# An inline dateline: at most three words (a place, an outlet in brackets) before the date,
# ending in a dash, a comma or nothing; a dash, a colon or an outlet in brackets after it.
INLINE_DATELINE_REACH = 60
_INLINE_HEAD = re.compile(r"(?:[^\W\d_]+[\s()]*){0,3}" + r"(?:[-–—,،:]\s*)?")
_INLINE_TAIL = re.compile(r"\s*(?:\([^()\n]{2,25}\)\s*)?[-–—:]")

_BYLINE = re.compile(r"^(?P<left>[^\n\d]{2,30}?)" + _DASH + r"(?P<right>[^\n\d]{2,40})$")
_AGENCY_TAG = re.compile(r"\((?P<name>[^()\n]{2,25})\)")
_SOURCE = GatedPattern(re.compile(r"(?:^|\n)\s*(?:المصدر|مصدر الخبر)\s*[:：]\s*(?P<name>[^\n]{2,40})"))


_YEAR = re.compile(r"(?<!\d)(?:19|20)\d\d(?!\d)")
FURNITURE_MAX_WORDS = 18
LABEL_CHARS = 32  # the longest label fits in these first characters of a line
BYLINE_WORDS = 8  # a header line this short that holds an outlet's name is its byline («صنعاء - المسيرة»)
RELATED_LINES = 5  # headline lines taken after a label on a line of its own («مواضيع ذات صلة»)


@lru_cache(maxsize=1)
def related_labels() -> tuple[str, ...]:
    """Normalised labels of links to other stories, longest first (data/header/page_labels.yaml)."""
    path = data_path("header", "page_labels.yaml")
    raw = load_yaml(path)
    require(raw, {"related_labels": list}, str(path))
    return tuple(sorted({normalise(str(x)).text for x in raw["related_labels"]}, key=len, reverse=True))


def find_furniture(norm: NormText, dateline_span: tuple[int, int] | None,
                   dates: list[TimeExpression]) -> list[tuple[int, int]]:
    """Lists of related headlines, each stamped with its own date, around the story.

    A short line that carries a full date and is not the dateline, and the short headline
    line just before it, belong to the page, not to the article.
    """
    text = norm.original
    lines = _lines(text, 10_000)
    spans: list[tuple[int, int]] = []
    labels = related_labels()
    after_label = 0  # short lines still to take after a label that stood on its own line
    for i, (a, b) in enumerate(lines):
        if dateline_span and a <= dateline_span[0] < b:
            continue
        line = text[a:b]
        na, nb = norm.norm_index(a), norm.norm_index(b)  # the line as already normalised: no second pass
        opening = norm.text[na:min(nb, na + LABEL_CHARS)].lstrip()  # a label opens the line: its first words do
        label = next((x for x in labels if opening.startswith(x)), None)
        if label is not None:
            spans.append((a, b))
            after_label = RELATED_LINES if len(norm.text[na:nb].strip().rstrip(" :：-–")) <= len(label) else 0
            continue
        if after_label and len(line.split()) <= FURNITURE_MAX_WORDS and not line.rstrip().endswith("."):
            spans.append((a, b))
            after_label -= 1
            continue
        after_label = 0
        if len(line.split()) > FURNITURE_MAX_WORDS or not _YEAR.search(line):
            continue
        if len(lines) == 1 or line.rstrip().endswith((".", "؟", "!")):
            continue  # the story itself: a headline is one line among others and ends in no full stop
        if not any(a <= e.start < b for e in dates):
            continue
        spans.append((a, b))
        if i > 1:
            pa, pb = lines[i - 1]
            prev = text[pa:pb]
            if len(prev.split()) <= FURNITURE_MAX_WORDS and not prev.rstrip().endswith("."):
                spans.append((pa, pb))
    return sorted(spans)


def _is_place(name: str) -> bool:
    """Is this byline word a place («رووداو - أربيل»), not an author?"""
    from rasad.places import get_resolver

    hits = get_resolver().find(normalise(name))
    return bool(hits) and sum(len(h.text) for h in hits) >= 0.6 * len(name.strip())


def parse_header(norm: NormText, places_lookup: Callable[[str], bool] | None = None) -> Header:
    """Find title, dateline, outlet and author in the first lines of `norm.original`."""
    places_lookup = places_lookup or _is_place
    text = norm.original
    header = Header()
    lines = _lines(text, HEADER_LINES)
    if lines:
        a, b = lines[0]
        first = text[a:b]
        if len(lines) > 1 and len(first) <= 220 and not first.rstrip().endswith((".", "。")):
            header.title, header.title_span = first, (a, b)
            header.body_start = b
    dates = absolute_dates(norm)
    found = find_dateline(norm, lines, dates)
    if found:
        header.dateline, header.dateline_text, header.dateline_span = found
    furniture = find_furniture(norm, header.dateline_span, dates)
    header_end = lines[min(len(lines), HEADER_LINES) - 1][1] if lines else 0
    if found and any(a <= header_end for a, _ in furniture):
        # Several dated headlines before the story: these dates belong to other articles.
        header.dateline = header.dateline_text = header.dateline_span = None
        furniture = find_furniture(norm, None, dates)
    header.furniture = furniture
    outlet_hits = outlet_matcher().find(norm)
    # «قناة المسيرة», «لـ"المسيرة"» name the channel; «شارك المئات في المسيرة» names the march.
    header.outlet_spans = [(h.norm_start, h.norm_end) for h in outlet_hits
                           if not (h.payload[0].word and " " not in h.text.strip())
                           or _MEDIA_BEFORE.search(norm.text, max(0, h.norm_start - 14), h.norm_start)
                           or any(a <= h.start < b and len(text[a:b].split()) <= BYLINE_WORDS for a, b in lines)]
    outlets = [(h.start, h.end, h.payload[0]) for h in outlet_hits if h.start < 1200]

    def outlet_within(a: int, b: int) -> Outlet | None:
        return next((o for s, e, o in outlets if a <= s and e <= b), None)

    for a, b in lines[:HEADER_LINES]:
        line = text[a:b]
        m = _BYLINE.match(line)
        if m and len(line.split()) <= 7 and len(m.group("right").split()) <= 3:
            right = m.group("right").strip()
            outlet = outlet_within(a + m.start("left"), a + m.end("left"))
            if outlet is not None:
                header.outlet, header.outlet_country = outlet.name, outlet.country
                right = re.sub(r"\((?:خاص|حصري)\)", "", right).strip()
                if right and not places_lookup(right):
                    header.author = right
                header.body_start = max(header.body_start, b)
                break
        head = line.split(" - ")[0].split(" – ")[0]
        if head != line and len(head.split()) <= 3:
            outlet = outlet_within(a, a + len(head))
            if outlet is not None:
                header.outlet, header.outlet_country = outlet.name, outlet.country
                break
    if header.outlet is None:
        for m in _AGENCY_TAG.finditer(text, 0, min(len(text), 600)):
            outlet = outlet_within(m.start("name"), m.end("name"))
            if outlet is not None:
                header.outlet, header.outlet_country = outlet.name, outlet.country
                break
    if header.outlet is None:
        m = _SOURCE.search(text)
        if m:
            outlet = outlet_within(m.start("name"), m.end("name")) if m.start() < 1200 else None
            header.outlet = outlet.name if outlet else m.group("name").strip()
            header.outlet_country = outlet.country if outlet else None
    return header
