"""Turn grammar candidates into resolved `TimeExpression`s, one handler a rule.

Each handler checks what the pattern alone cannot (a cue before a bare month, «سوق» before
a weekday, «التالي» after «اليوم») and resolves the parts against the dateline with
`rasad.timex.resolve`. A handler returning None rejects the candidate.
"""

from __future__ import annotations

import unicodedata
from dataclasses import dataclass
from functools import lru_cache
from datetime import date, timedelta
from typing import Callable

from rasad.text.normalise import QUOTES, NormText, normalise
from rasad.timex import resolve as R
from rasad.timex.context import has_cue, is_future, next_word, prev_word
from rasad.timex.grammar import Candidate, grammar
from rasad.timex.lexicon import TimeLexicon
from rasad.types import TimeExpression

# A vague «قبل أيام» sits this many days back, at week precision (the project's convention).
FEW_DAYS_BACK = 3
FEW_WEEKS_BACK = 14
# Years further ahead of the dateline than this are numbers, not dates.
MAX_YEARS_AHEAD = 10
_OPENING = frozenset("«“‘„‹")
_SYMMETRIC = frozenset("\"'`″")


@dataclass
class Resolved:
    """What a handler found: the date, its precision, and how it was reached."""

    date: date | None
    precision: str | None
    end_date: date | None = None
    relative: bool = False
    future: bool = False


@dataclass
class Ctx:
    """Everything a handler may look at besides the candidate's own parts."""

    text: str
    dateline: date | None
    lex: TimeLexicon

    def future(self, start: int) -> bool:
        return is_future(self.text, start, self.lex)

    def direction(self, start: int) -> int:
        return R.FUTURE if self.future(start) else R.PAST


Handler = Callable[[Candidate, Ctx], "Resolved | None"]


def _day(value: str, lex: TimeLexicon) -> int:
    if value in lex.ordinals:
        return lex.ordinals[value]
    return int(value.removeprefix("ال").strip())


def _safe_date(y: int, m: int, d: int) -> date | None:
    return date(y, m, d) if R.valid_day(y, m, d) else None


def _undated(relative: bool = True) -> Resolved:
    return Resolved(None, None, relative=relative)


def _year_offset(yrel: str, lex: TimeLexicon) -> int:
    """«العام الماضي» → -1, «هذا العام» → 0 (the modifier is the phrase's last word)."""
    last = yrel.rsplit(" ", 1)[-1]
    return lex.modifiers.get(last, 0)


def _numeric(c: Candidate, ctx: Ctx) -> Resolved | None:
    p = c.parts
    if "d" in p:
        d, m, y = int(p["d"]), int(p["m"]), int(p["y"])
    else:
        d, m, y = int(p["d2"]), int(p["m2"]), int(p["y2"])
    found = _safe_date(y, m, d)
    return Resolved(found, "day") if found else None


def _day_month(c: Candidate, ctx: Ctx) -> Resolved | None:
    p, lex, dl = c.parts, ctx.lex, ctx.dateline
    d, m = _day(p["d"], lex), lex.gregorian[p["m"]]
    if "y" in p:
        found = _safe_date(int(p["y"]), m, d)
        return Resolved(found, "day") if found else None
    if not R.valid_day(2000, m, d):  # 2000 is a leap year: only truly impossible days fail
        return None
    if dl is None:
        return _undated()
    if "yrel" in p:
        found = _safe_date(dl.year + _year_offset(p["yrel"], lex), m, d)
        return Resolved(found, "day" if found else None, relative=True)
    if "mod" in p:
        sign = lex.modifiers[p["mod"]]
        found = R.day_month_date(d, m, dl, sign, strict=sign != R.CURRENT)
        return Resolved(found, "day" if found else None, relative=True, future=sign == R.FUTURE)
    fut = ctx.future(c.start)
    found = R.day_month_date(d, m, dl, R.FUTURE if fut else R.PAST, strict=False)
    return Resolved(found, "day" if found else None, relative=True, future=fut)


def _range_dm(c: Candidate, ctx: Ctx) -> Resolved | None:
    p, lex, dl = c.parts, ctx.lex, ctx.dateline
    d1, d2, m2 = int(p["d1"]), int(p["d2"]), lex.gregorian[p["m"]]
    m1 = lex.gregorian[p["m1"]] if "m1" in p else m2
    if "y" in p:
        y2 = int(p["y"])
        end = _safe_date(y2, m2, d2)
        relative = fut = False
    elif dl is None:
        return _undated()
    else:
        fut = ctx.future(c.start)
        end = R.day_month_date(d2, m2, dl, R.FUTURE if fut else R.PAST, strict=False)
        relative = True
    if end is None:
        return None
    start = _safe_date(end.year - (1 if m1 > m2 else 0), m1, d1)
    if start is None or start > end:
        return None
    return Resolved(start, "day", end_date=end, relative=relative, future=fut)


def _range_year(c: Candidate, ctx: Ctx) -> Resolved | None:
    y1, y2 = int(c.parts["y1"]), int(c.parts["y2"])
    if y2 < y1:
        return None
    return Resolved(date(y1, 1, 1), "year", end_date=date(y2, 1, 1))


def _hijri(c: Candidate, ctx: Ctx) -> Resolved | None:
    p, lex, dl = c.parts, ctx.lex, ctx.dateline
    if "d" not in p and "y" not in p and "mn" not in p:
        return None  # «رجب», «صفر» alone are names and numbers far more often than months
    hm = lex.hijri[p["hm"]]
    day = _day(p["d"], lex) if "d" in p else None
    fut = False
    if "y" in p:
        hy: int | None = int(p["y"])
        relative = False
    elif dl is None:
        return _undated()
    else:
        fut = ctx.future(c.start)
        hy = R.hijri_year_of(hm, day or 1, dl, R.FUTURE if fut else R.PAST)
        relative = True
    if hy is None:
        return _undated(relative)
    if day is not None:
        found = R.hijri_to_gregorian(hy, hm, day)
        return Resolved(found, "day", relative=relative, future=fut) if found else None
    # A Hijri month straddles two Gregorian ones: name the one holding its middle.
    middle = R.hijri_to_gregorian(hy, hm, 15)
    if middle is None:
        return None
    return Resolved(R.month_start(middle.year, middle.month), "month", relative=relative, future=fut)


def _day_of_month(c: Candidate, ctx: Ctx) -> Resolved | None:
    p, lex, dl = c.parts, ctx.lex, ctx.dateline
    if dl is None:
        return _undated()
    sign = lex.modifiers[p["mod"]] if "mod" in p else 0
    y, m = R.shift_month(dl.year, dl.month, sign)
    found = _safe_date(y, m, _day(p["d"], lex))
    return Resolved(found, "day", relative=True) if found else None


def _month(c: Candidate, ctx: Ctx) -> Resolved | None:
    p, lex, dl = c.parts, ctx.lex, ctx.dateline
    m = lex.gregorian[p["m"]]
    if "y" in p:
        return Resolved(R.month_start(int(p["y"]), m), "month")
    marked = "part" in p or "mn" in p or "alt" in p or "mod" in p or "yrel" in p
    if not marked and not has_cue(ctx.text, c.start, lex):
        return None  # «مارس الضغط», «سيارة نيسان», «حرب تموز»
    if dl is None:
        return _undated()
    if "yrel" in p:
        return Resolved(R.month_start(dl.year + _year_offset(p["yrel"], lex), m), "month", relative=True)
    if "mod" in p:
        sign = lex.modifiers[p["mod"]]
        year = R.year_of_month(m, dl, sign, strict=True)
        return Resolved(R.month_start(year, m), "month", relative=True, future=sign == R.FUTURE)
    fut = ctx.future(c.start)
    year = R.year_of_month(m, dl, R.FUTURE if fut else R.PAST, strict=False)
    return Resolved(R.month_start(year, m), "month", relative=True, future=fut)


@lru_cache(maxsize=1)
def _name_starts() -> frozenset[str]:
    """First words of month, Hijri month and weekday names («قبل شهر رمضان» is no offset)."""
    lex = grammar().lexicon
    names = list(lex.gregorian) + list(lex.hijri) + list(lex.weekdays)
    return frozenset(n.split(" ", 1)[0] for n in names)


def _ago(c: Candidate, ctx: Ctx) -> Resolved | None:
    p, lex, dl = c.parts, ctx.lex, ctx.dateline
    sign = lex.offset_words[p["dir"]]
    after = next_word(ctx.text, c.end)
    if after in lex.event_anchors:
        return None  # «قبل يومين من الانتخابات»: counted from another event
    if "n" in p:
        unit = lex.units[p["unitn"]].unit
        count: int | None = int(p["n"]) if p["n"].isdigit() else lex.number_words[p["n"]]
    elif "few" in p:
        unit, count = lex.units[p["unitf"]].unit, None
    else:
        u = lex.units[p["unit"]]
        unit, count = u.unit, u.count
        if count == 1 and (after in _name_starts() or after[:1].isdigit()):
            return None  # «قبل يوم الجمعة», «منذ عام 2011»: another expression follows
    if count is None and unit in ("month", "year"):
        return None  # «منذ سنوات»: no date to speak of
    if dl is None:
        return _undated()
    if count is None:
        if unit == "hour":
            return Resolved(dl, "day", relative=True)
        back = FEW_WEEKS_BACK if unit == "week" else FEW_DAYS_BACK
        return Resolved(dl + timedelta(days=sign * back), "week", relative=True, future=sign > 0)
    found, precision = R.offset_date(dl, unit, sign * count)
    return Resolved(found, precision, relative=True, future=sign > 0)


def _year(c: Candidate, ctx: Ctx) -> Resolved | None:
    p, dl = c.parts, ctx.dateline
    y = int(p["y"])
    if "part" not in p and "yn" not in p and not has_cue(ctx.text, c.start, ctx.lex):
        return None  # a bare number is never a date
    if y < 1900 or (dl is not None and y > dl.year + MAX_YEARS_AHEAD):
        return None
    return Resolved(date(y, 1, 1), "year")


def _period(c: Candidate, ctx: Ctx) -> Resolved | None:
    p, lex, dl = c.parts, ctx.lex, ctx.dateline
    if "mod" not in p and "this" not in p and "part" not in p:
        return None  # «الشهر», «العام» alone
    unit = lex.periods[p["per"]]
    if unit == "year" and "this" not in p and "part" not in p:
        before = prev_word(ctx.text, c.start)
        if before in lex.general_heads:
            return None  # «الأمين العام السابق»: "general", not "year"
        if p.get("mod") in lex.adjective_modifiers and before.startswith("ال"):
            return None
    if dl is None:
        return _undated()
    sign = lex.modifiers[p["mod"]] if "mod" in p else 0
    found, precision = R.offset_date(dl, unit, sign)
    return Resolved(found, precision, relative=True, future=sign > 0)


def _recent(c: Candidate, ctx: Ctx) -> Resolved | None:
    dl = ctx.dateline
    if dl is None:
        return _undated()
    if ctx.lex.recent_days[c.parts["rd"]] == "hours":
        return Resolved(dl, "day", relative=True)
    return Resolved(dl - timedelta(days=FEW_DAYS_BACK), "week", relative=True)


def _relday(c: Candidate, ctx: Ctx) -> Resolved | None:
    p, lex, dl = c.parts, ctx.lex, ctx.dateline
    offset = lex.relative_days[p["rel"]]
    if offset == 0 and "wd" not in p and "pd" not in p:
        if next_word(ctx.text, c.end) in lex.today_blockers_after:
            return None  # «اليوم التالي», «اليوم الأول»
        if prev_word(ctx.text, c.start) in lex.today_blockers_before:
            return None  # «ذلك اليوم»
    if dl is None:
        return _undated()
    found = dl + timedelta(days=offset)
    if "wd" in p:
        # «أمس الجمعة»: when the weekday and the relative word disagree, the weekday wins.
        direction = R.FUTURE if offset > 0 else R.PAST
        found = R.weekday_date(lex.weekdays[p["wd"]], found, direction, strict=False)
    return Resolved(found, "day", relative=True, future=offset > 0)


def _weekday(c: Candidate, ctx: Ctx) -> Resolved | None:
    p, lex, dl = c.parts, ctx.lex, ctx.dateline
    if not ({"pd", "yom", "mod", "wd2"} & p.keys()):
        if prev_word(ctx.text, c.start) in lex.name_heads:
            return None  # «سوق الخميس», «أبو الخميس»
        if next_word(ctx.text, c.end) in lex.teens:
            return None  # «الأحد عشر»
    if dl is None:
        return _undated()
    wd = lex.weekdays[p["wd"]]
    if "mod" in p and lex.modifiers[p["mod"]] != R.CURRENT:
        sign = lex.modifiers[p["mod"]]
        direction, strict = sign, True
    else:
        direction, strict = ctx.direction(c.start), False
    if "wd2" in p:
        # «ليل الجمعة – السبت»: the night that starts on the first day.
        second = R.weekday_date(lex.weekdays[p["wd2"]], dl, direction, strict)
        gap = (lex.weekdays[p["wd2"]] - wd) % 7 or 7
        return Resolved(second - timedelta(days=gap), "day", end_date=second, relative=True,
                        future=direction == R.FUTURE)
    found = R.weekday_date(wd, dl, direction, strict)
    return Resolved(found, "day", relative=True, future=direction == R.FUTURE)


HANDLERS: dict[str, Handler] = {
    "numeric": _numeric,
    "day_month": _day_month,
    "range_dm": _range_dm,
    "range_year": _range_year,
    "hijri": _hijri,
    "day_of_month": _day_of_month,
    "month": _month,
    "ago": _ago,
    "year": _year,
    "period": _period,
    "recent": _recent,
    "relday": _relday,
    "weekday": _weekday,
}


def _original_span(norm: NormText, start: int, end: int) -> tuple[int, int]:
    """Original span of a match, widened over the marks normalisation dropped at its end
    («غداً», «هـ») and over the closing quote of a quote it opened («تشرين الأول» الفائت»
    stays as written, but «"الماضي"» keeps both quotes)."""
    a, b = norm.span(start, end)
    original = norm.original
    while b < len(original) and _is_mark(original[b]):
        b += 1
    if b < len(original) and original[b] in QUOTES and _open_quote(original[a:b]):
        b += 1
    return a, b


def _is_mark(ch: str) -> bool:
    """Diacritics and tatweel: part of the word before them."""
    return ch == "\u0640" or unicodedata.category(ch) == "Mn"


def _open_quote(span: str) -> bool:
    """True when the last quote mark inside `span` opens a quotation it does not close."""
    marks = [ch for ch in span if ch in QUOTES]
    if not marks:
        return False
    return marks[-1] in _OPENING or (marks[-1] in _SYMMETRIC and len(marks) % 2 == 1)


def find_time_expressions(text: str | NormText, published: date | None) -> list[TimeExpression]:
    """Every time expression in `text`, resolved against `published`, in text order.

    Spans point into the original text; relative expressions get a null date without a
    dateline, absolute ones resolve anyway.
    """
    norm = text if isinstance(text, NormText) else normalise(text)
    g = grammar()
    ctx = Ctx(norm.text, published, g.lexicon)
    out: list[TimeExpression] = []
    parser = g.parse(norm.text)
    try:
        cand = next(parser)
        while True:
            found = HANDLERS[cand.rule](cand, ctx)
            if found is None:
                cand = parser.send(cand.start + 1)
                continue
            a, b = _original_span(norm, cand.start, cand.end)
            out.append(TimeExpression(norm.original[a:b], a, b, found.date, found.precision,  # type: ignore[arg-type]
                                      found.end_date, found.relative, found.future))
            cand = parser.send(None)
    except StopIteration:
        pass
    return out


def time_expressions_json(text: str, published: date | None) -> list[dict]:
    """`find_time_expressions` as plain dicts (dates in ISO YYYY-MM-DD) for the CLI and JSON."""
    rows: list[dict] = []
    for t in find_time_expressions(text, published):
        row: dict = {"text": t.text, "start": t.start, "end": t.end,
                     "date": t.date.isoformat() if t.date else None, "precision": t.precision}
        if t.end_date is not None:
            row["end_date"] = t.end_date.isoformat()
        rows.append(row)
    return rows
