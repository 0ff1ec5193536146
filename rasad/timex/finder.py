"""Turn grammar candidates into resolved `TimeExpression`s, one handler a rule.

Each handler checks what the pattern alone cannot (a cue before a bare month, «سوق» before
a weekday, «التالي» after «اليوم») and resolves the parts against the dateline with
`rasad.timex.resolve`. A handler returning None rejects the candidate.
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass
from functools import lru_cache
from datetime import date, timedelta
from typing import Callable, Iterator

from rasad.text.normalise import QUOTES, NormText, normalise, normalise_phrase
from rasad.timex import resolve as R
from rasad.timex.context import has_cue, is_future, next_word, prev_word, is_future_verb, strip_conj, words_before
from rasad.timex.grammar import Candidate, grammar
from rasad.timex.lexicon import TimeLexicon
from rasad.types import TimeExpression

# A written year below this is a Hijri one («1440هـ»): Gregorian news has none so early.
HIJRI_YEARS_BELOW = 1600

# A vague «قبل أيام» sits this many days back, at week precision (the project's convention).
FEW_DAYS_BACK = 3
FEW_WEEKS_BACK = 14
# Years further ahead of the dateline than this are numbers, not dates.
MAX_YEARS_AHEAD = 10
_OPENING = frozenset("«“‘„‹")
_NUMBER_AROUND = re.compile(r"[-/.:]\d")
_NUMBER_BEFORE = re.compile(r"\d[-/.:]\Z")
_AFTER_DASHED_NUMBER = re.compile(r"\d ?[-–—] ?\Z")
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
    norm: NormText | None = None

    def future(self, start: int, end: int | None = None) -> bool:
        """A future marker before the expression, or (given `end`) a future verb right after
        it: «أن غرة شوال ستكون موعداً», «في آذار سيبدأ»."""
        if is_future(self.text, start, self.lex):
            return True
        return end is not None and is_future_verb(next_word(self.text, end), self.lex)

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
    p, text = c.parts, ctx.text
    if _NUMBER_AROUND.match(text, c.end) or (c.start and text[c.start - 1] in "+0123456789") \
            or _NUMBER_BEFORE.search(text, max(0, c.start - 3), c.start):
        return None  # part of a longer run of numbers: a phone number, a reference, a code
    if "d" in p:
        d, m, y = int(p["d"]), int(p["m"]), int(p["y"])
    else:
        d, m, y = int(p["d2"]), int(p["m2"]), int(p["y2"])
    if y < HIJRI_YEARS_BELOW:  # «15/6/1440هـ»: a Hijri date, no Gregorian year of the news
        found = R.hijri_to_gregorian(y, m, d)
    else:
        found = _safe_date(y, m, d)
    return Resolved(found, "day") if found else None


def _names_a_place(c: Candidate, ctx: Ctx, start: int | None = None) -> bool:
    """A day and month right after a place's head word («مدينة», «جسر», «شارع», «ميدان») name it."""
    before = prev_word(ctx.text, c.start if start is None else start)
    heads = ctx.lex.name_heads
    head = next((w for w in (before, strip_conj(before), before[1:], before[2:]) if w in heads), "")
    return bool(head) and head not in ctx.lex.worship_heads and head != "ايام"


def _month_of_a_name(c: Candidate, ctx: Ctx) -> bool:
    """«مدينة السادس من أكتوبر»: the month of a day that, with its head word, names a place."""
    if prev_word(ctx.text, c.start) != "من":
        return False
    day_end = c.start - len("من") - 1
    day = prev_word(ctx.text, day_end)
    return bool(day) and _names_a_place(c, ctx, day_end - len(day) - 1)


def _day_month(c: Candidate, ctx: Ctx) -> Resolved | None:
    p, lex, dl = c.parts, ctx.lex, ctx.dateline
    if _AFTER_DASHED_NUMBER.search(ctx.text, max(0, c.start - 3), c.start):
        return None  # «فاز 1-2 مارس …»: the second half of a score the range rule refused
    d, m = _day(p["d"], lex), lex.gregorian[p["m"]]
    if "y" in p:
        found = _safe_date(int(p["y"]), m, d)
        return Resolved(found, "day") if found else None
    if not ({"yrel", "mod"} & p.keys()) and _names_a_place(c, ctx):
        return None  # «مدينة السادس من أكتوبر», «جسر 6 أكتوبر», «شارع 26 يوليو»
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
    fut = ctx.future(c.start, c.end)
    found = R.day_month_date(d, m, dl, R.FUTURE if fut else R.PAST, strict=False)
    return Resolved(found, "day" if found else None, relative=True, future=fut)


def _range_direction(c: Candidate, ctx: Ctx) -> tuple[int, bool]:
    """Which way a yearless range lies, and whether its own modifier excludes the dateline."""
    if "mod" in c.parts:  # a dual modifier («الماضيين», «الأخيرين») looks back
        sign = ctx.lex.modifiers.get(c.parts["mod"], R.PAST)
        return sign, sign != R.CURRENT
    return ctx.direction(c.start), False


def _range_dm(c: Candidate, ctx: Ctx) -> Resolved | None:
    p, lex, dl = c.parts, ctx.lex, ctx.dateline
    if "dash" in p and any(w in lex.score_words or strip_conj(w) in lex.score_words
                            for w in words_before(ctx.text, c.start, 3)):
        return None  # «فاز الفريق 2-1 …»: a score
    d1, d2, m2 = _day(p["d1"], lex), _day(p["d2"], lex), lex.gregorian[p["m"]]
    m1 = lex.gregorian[p["m1"]] if "m1" in p else m2
    later = (m1, d1) > (m2, d2)  # the range crosses a new year («من 28 كانون الأول إلى 3 كانون الثاني»)
    relative = fut = False
    if "y" in p:
        end = _safe_date(int(p["y"]), m2, d2)
        if end is None:
            return None
        start = _safe_date(int(p["y1"]) if "y1" in p else end.year - later, m1, d1)
    elif "y1" in p:
        start = _safe_date(int(p["y1"]), m1, d1)
        if start is None:
            return None
        end = _safe_date(start.year + later, m2, d2)
    elif dl is None:
        return _undated()
    else:
        direction, strict = _range_direction(c, ctx)
        fut = direction == R.FUTURE
        end = R.day_month_date(d2, m2, dl, direction, strict=strict)
        relative = True
        if end is None:
            return None
        start = _safe_date(end.year - later, m1, d1)
    if start is None or end is None or start >= end:
        return None
    return Resolved(start, "day", end_date=end, relative=relative, future=fut)


def _month_of_dateline(p: dict, lex, dl) -> tuple[int, int, int]:
    """(year, month, sign) of «الشهر الجاري/الماضي/المقبل» counted from the dateline."""
    sign = lex.modifiers[p["mod"]] if "mod" in p else 0
    y, m = R.shift_month(dl.year, dl.month, sign)
    return y, m, sign


def _range_dom(c: Candidate, ctx: Ctx) -> Resolved | None:
    """«بين 10 و12 من الشهر الجاري»: two days of the current (or named) month."""
    p, lex, dl = c.parts, ctx.lex, ctx.dateline
    if dl is None:
        return _undated()
    y, m, sign = _month_of_dateline(p, lex, dl)
    start, end = _safe_date(y, m, _day(p["d1"], lex)), _safe_date(y, m, _day(p["d2"], lex))
    if start is None or end is None or start >= end:
        return None
    return Resolved(start, "day", end_date=end, relative=True, future=sign > 0)


def _range_month(c: Candidate, ctx: Ctx) -> Resolved | None:
    """«من آذار إلى أيار 2016»: month precision, from the first month to the last."""
    p, lex, dl = c.parts, ctx.lex, ctx.dateline
    m1, m2 = lex.gregorian[p["m1"]], lex.gregorian[p["m"]]
    if m1 == m2 and "y1" not in p:
        return None
    later = m1 > m2
    relative = fut = False
    if "y" in p:
        y2 = int(p["y"])
        y1 = int(p["y1"]) if "y1" in p else y2 - later
    elif "y1" in p:
        y1 = int(p["y1"])
        y2 = y1 + later
    elif dl is None:
        return _undated()
    else:
        # Anchored on the first month: a range that began before the dateline may still run.
        direction, strict = _range_direction(c, ctx)
        y1 = R.year_of_month(m1, dl, direction, strict=strict)
        y2 = y1 + later
        relative, fut = True, direction == R.FUTURE
    start, end = R.month_start(y1, m1), R.month_start(y2, m2)
    if start >= end:
        return None
    return Resolved(start, "month", end_date=end, relative=relative, future=fut)


def _range_year(c: Candidate, ctx: Ctx) -> Resolved | None:
    y1, y2 = int(c.parts["y1"]), int(c.parts["y2"])
    if y2 < y1:
        return None
    return Resolved(date(y1, 1, 1), "year", end_date=date(y2, 1, 1))


def _nth_day(p: dict[str, str], lex: TimeLexicon) -> int:
    """«ثالث أيام …» → 3."""
    return lex.nth_days[p["nth"].split(" ", 1)[0]]


def _hijri_day(c: Candidate, ctx: Ctx) -> Resolved | None:
    """A named day of the Hijri year («عيد الأضحى», «يوم عرفة»), its eve («عشية») or the nth
    day of its feast («ثالث أيام عيد الفطر»): the last one by the dateline in a past report,
    the next one ahead of it in a future one, or the one of the year the text gives."""
    p, lex, dl = c.parts, ctx.lex, ctx.dateline
    hm, hd = lex.hijri_days[p["hd"]]
    shift = (_nth_day(p, lex) - 1 if "nth" in p else 0) - (1 if "eve" in p else 0)
    relative = "y" not in p
    if relative and dl is None:
        return _undated()
    fut = relative and (lex.modifiers[p["mod"]] == R.FUTURE if "mod" in p else ctx.future(c.start, c.end))
    hy: int | None = None if relative else int(p["y"])
    if relative:
        hy = R.hijri_year_of(hm, hd, dl - timedelta(days=shift) if not fut else dl, R.FUTURE if fut else R.PAST)
        if "mod" in p and lex.modifiers[p["mod"]] == R.PAST and hy is not None:
            on = R.hijri_to_gregorian(hy, hm, hd)
            if on is not None and on + timedelta(days=shift) >= dl:
                hy -= 1  # «عيد الأضحى الماضي» on the feast itself is last year's
    if hy is None:
        return _undated(relative)
    found = R.hijri_to_gregorian(hy, hm, hd)
    if found is None:
        return None
    return Resolved(found + timedelta(days=shift), "day", relative=relative, future=fut)


def _part_position(part: str | None, lex: TimeLexicon) -> str | None:
    """early/middle/late of a matched part («اواخر», «العشر الاواخر من»), None without one."""
    if part is None:
        return None
    if part in lex.part_positions:
        return lex.part_positions[part]
    return lex.part_positions.get(part.rsplit(" ", 1)[0])  # the phrase without its «من»


def _hijri(c: Candidate, ctx: Ctx) -> Resolved | None:
    p, lex, dl = c.parts, ctx.lex, ctx.dateline
    if not ({"d", "y", "mn", "part", "mod", "nth"} & p.keys()):
        return None  # «رجب», «صفر» alone are names and numbers far more often than months
    if "d" in p and not ({"y", "mod"} & p.keys()) and _names_a_place(c, ctx):
        return None  # «مدينة العاشر من رمضان»
    hm = lex.hijri[p["hm"]]
    day = _day(p["d"], lex) if "d" in p else _nth_day(p, lex) if "nth" in p else None
    position = _part_position(p.get("part"), lex)
    first, last = lex.position_days[position] if position else (1, 29)
    fut = False
    if "y" in p:
        hy: int | None = int(p["y"])
        relative = False
    elif dl is None:
        return _undated()
    elif "mod" in p:
        sign = lex.modifiers[p["mod"]]
        hy = R.hijri_year_of_month(hm, dl, sign, strict=sign != R.CURRENT)
        relative, fut = True, sign == R.FUTURE
        if day is not None and sign != R.CURRENT:
            # «يوم 20 صفر المقبل» on 9 Safar: the coming 20th is this month's, still ahead.
            near = R.hijri_year_of_month(hm, dl, sign, strict=False)
            on = R.hijri_to_gregorian(near, hm, day) if near is not None else None
            if on is not None and (on > dl if sign == R.FUTURE else on < dl):
                hy = near
    else:
        fut = ctx.future(c.start, c.end)
        # The part must have begun by the dateline (or not yet be over, ahead of it).
        anchor = day or (min(last, 29) if fut else first)
        hy = R.hijri_year_of(hm, anchor, dl, R.FUTURE if fut else R.PAST)
        relative = True
    if hy is None:
        return _undated(relative)
    if day is not None:
        found = R.hijri_to_gregorian(hy, hm, day)
        return Resolved(found, "day", relative=relative, future=fut) if found else None
    # A Hijri month straddles two Gregorian ones: name the one holding its middle, or the
    # middle of the part the text names («أواخر رمضان»).
    middle = R.hijri_to_gregorian(hy, hm, min((first + last) // 2, 29) if position else 15)
    if middle is None:
        return None
    return Resolved(R.month_start(middle.year, middle.month), "month", relative=relative, future=fut)


def _day_of_month(c: Candidate, ctx: Ctx) -> Resolved | None:
    p, lex, dl = c.parts, ctx.lex, ctx.dateline
    if dl is None:
        return _undated()
    y, m, _sign = _month_of_dateline(p, lex, dl)
    found = _safe_date(y, m, _day(p["d"], lex))
    return Resolved(found, "day", relative=True) if found else None


_IBB = re.compile(r"(?<!\w)[وبف]?[إأٳ]ب(?!\w)")


def _spelled_ibb(c: Candidate, ctx: Ctx) -> bool:
    """«في إب»: Yemen's city Ibb, and «من أب وثلاثة أطفال» a father, both fold to the Levantine
    month «آب» once hamza and madda are normalised away; the original spelling tells them apart."""
    if ctx.norm is None:
        return False
    a, b = ctx.norm.span(c.start, c.end)
    return _IBB.search(ctx.norm.original, a, b) is not None


def _month(c: Candidate, ctx: Ctx) -> Resolved | None:
    p, lex, dl = c.parts, ctx.lex, ctx.dateline
    m = lex.gregorian[p["m"]]
    if "y" in p:
        return Resolved(R.month_start(int(p["y"]), m), "month")
    if m == 8 and _spelled_ibb(c, ctx):
        return None
    marked = "part" in p or "mn" in p or "alt" in p or "mod" in p or "yrel" in p
    if not marked and not has_cue(ctx.text, c.start, lex):
        return None  # «مارس الضغط», «سيارة نيسان», «حرب تموز»
    if not marked and _month_of_a_name(c, ctx):
        return None
    if dl is None:
        return _undated()
    if "yrel" in p:
        return Resolved(R.month_start(dl.year + _year_offset(p["yrel"], lex), m), "month", relative=True)
    if "mod" in p:
        sign = lex.modifiers[p["mod"]]
        year = R.year_of_month(m, dl, sign, strict=True)
        return Resolved(R.month_start(year, m), "month", relative=True, future=sign == R.FUTURE)
    fut = ctx.future(c.start, c.end)
    strict = False
    position = _part_position(p.get("part"), lex)
    if position and m == dl.month:
        # «أواخر آذار» on 12 March: in a past report the late days of this March have not
        # come, so it is last year's; ahead of the dateline, a part already over is next year's.
        first, last = lex.position_days[position]
        strict = dl.day > last if fut else dl.day < first
    year = R.year_of_month(m, dl, R.FUTURE if fut else R.PAST, strict=strict)
    return Resolved(R.month_start(year, m), "month", relative=True, future=fut)


@lru_cache(maxsize=1)
def _name_starts() -> frozenset[str]:
    """First words of month, Hijri month and weekday names («قبل شهر رمضان» is no offset)."""
    lex = grammar().lexicon
    names = list(lex.gregorian) + list(lex.hijri) + list(lex.weekdays)
    return frozenset(n.split(" ", 1)[0] for n in names)


_ALA = normalise_phrase("على")
_VERB_PREFIXES = ("ي", "ت", "ن", "ا")  # the imperfect's person prefixes, and the masdar's «ا»


def _ala_of_clause(c: Candidate, ctx: Ctx, after: str) -> bool:
    """«سيطرت القوات قبل يومين على البلدة»: the «على» after the offset is the verb's, and the
    offset counts from the dateline; «قبل ثلاثة أيام على يد مسلحين» likewise. Only «على» is
    read so; «من»/«عن» after an offset always anchor it to another event."""
    lex = ctx.lex
    if after != _ALA:
        return False
    following = next_word(ctx.text, c.end + 1 + len(after))
    if following in lex.ala_non_events:
        return True
    stems = lex.ala_governor_stems
    for word in words_before(ctx.text, c.start, 6):
        for w in {word, strip_conj(word)}:
            if w.startswith(stems) or (w.startswith(_VERB_PREFIXES) and w[1:].startswith(stems)) or (
                    w.startswith("ال") and w[2:].startswith(stems)):
                return True
    return False


def _ago(c: Candidate, ctx: Ctx) -> Resolved | None:
    p, lex, dl = c.parts, ctx.lex, ctx.dateline
    sign = lex.offset_words[p["dir"]]
    after = next_word(ctx.text, c.end)
    fraction = after in lex.unit_fractions  # «بعد نحو شهر ونصف على التفجير»
    if fraction:
        after = next_word(ctx.text, c.end + 1 + len(after))
    if after in lex.event_anchors and (sign > 0 or not _ala_of_clause(c, ctx, after)):
        # «قبل يومين من الانتخابات», «بعد أسبوع على الاتفاق»: counted from another event (an
        # offset forward with «على» after it always is: «سيطرت قبل يومين على» is the verb's «على»)
        return None
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
    if fraction and unit != "hour":
        return None  # «قبل عام ونصف»: half a unit more than the date the count gives
    if count is None and unit in ("month", "year"):
        return None  # «منذ سنوات»: no date to speak of
    if unit == "hour" and sign > 0:
        return None  # «وبعد ساعتين تدخلت قوات الأمن»: hours after the event told, not the dateline
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
    if "part" not in p and "yn" not in p:
        if not has_cue(ctx.text, c.start, ctx.lex):
            return None  # a bare number is never a date
        if next_word(ctx.text, c.end) in ctx.lex.count_nouns:
            return None  # «في 2000 شخص»: a count after a preposition
        if " ".join(words_before(ctx.text, c.start, 2)) in ctx.lex.count_leads:
            return None  # «أكثر من 2016 سلة»
    if y < 1900 or (dl is not None and y > dl.year + MAX_YEARS_AHEAD):
        return None
    return Resolved(date(y, 1, 1), "year")


def _season_start(first: int, dl: date, sign: int | None) -> int:
    """Month index (year*12 + month-1) of the season starting in month `first` that a
    modifier names: the last one over (PAST), the next one to begin (FUTURE), the one holding
    the dateline or else the one starting in its year (CURRENT)."""
    here = dl.year * 12 + dl.month - 1
    starts = [y * 12 + first - 1 for y in range(dl.year - 2, dl.year + 2)]
    if sign == R.PAST:
        return max(s for s in starts if s + 2 < here)
    if sign == R.FUTURE:
        return min(s for s in starts if s > here)
    # The season holding the dateline, else the nearer of the last one and the next one
    # («هذا الشتاء» in March is the winter just over, in November the one ahead).
    return min(starts, key=lambda s: 0 if s <= here <= s + 2 else min(abs(here - s), abs(here - s - 2)))


def _season(c: Candidate, ctx: Ctx) -> Resolved | None:
    """A season at year precision: the year its middle month falls in. A season names
    no month, as «منتصف العام» names none, so the honest precision is its year.

    Winter runs December–February and belongs to the year it ends in («شتاء 2015» is
    December 2014 – February 2015: year 2015).
    """
    p, lex, dl = c.parts, ctx.lex, ctx.dateline
    first = lex.seasons[p.get("s0") or p.get("s1") or p["s2"]]
    relative = "y" not in p

    def of_year(y: int) -> int:
        return (y - (first == 12)) * 12 + first - 1

    if "y" in p:
        start = of_year(int(p["y"]))
    elif dl is None:
        return _undated()
    elif "yrel" in p:
        start = of_year(dl.year + _year_offset(p["yrel"], lex))
    elif "mod" in p:
        start = _season_start(first, dl, lex.modifiers[p["mod"]])
    else:
        start = _season_start(first, dl, R.CURRENT)
    middle = start + 1
    return Resolved(date(middle // 12, 1, 1), "year", relative=relative,
                    future=p.get("mod") in lex.modifiers and lex.modifiers[p["mod"]] == R.FUTURE)


def _count(value: str, lex: TimeLexicon) -> int:
    return int(value) if value.isdigit() else lex.number_words[value]


def _last_n(c: Candidate, ctx: Ctx) -> Resolved | None:
    """The last N units up to the dateline, dated from where they begin.

    Hours: up to 24 are the dateline's day (a news day is the 24 hours before the report;
    the dateline is the day most of them fall in); more are whole days back at week
    precision. Days and weeks: the first day, week precision (as «قبل أيام»). Months and
    years: the first one, at its precision.
    """
    p, lex, dl = c.parts, ctx.lex, ctx.dateline
    if "dual" in p:
        unit, n = lex.units[p["dual"]].unit, 2
    elif "pl" in p:
        unit, n = lex.units[p["pl"]].unit, _count(p["n"], lex)
    elif "n2" in p:
        unit, n = lex.units[p["cu"]].unit, _count(p["n2"], lex)
    else:
        unit, n = "hour", _count(p["n3"], lex)
    if n == 0 or (unit != "hour" and n > 100):
        return None
    if dl is None:
        return _undated()
    sign = R.FUTURE if "w" in p and ctx.future(c.start) else R.PAST
    if unit == "hour":
        if n <= 24:
            return Resolved(dl, "day", relative=True, future=sign > 0)
        return Resolved(dl + timedelta(days=sign * (n // 24)), "week", relative=True, future=sign > 0)
    if unit in ("day", "week"):
        days = n if unit == "day" else 7 * n
        return Resolved(dl + timedelta(days=sign * days), "week", relative=True, future=sign > 0)
    found, precision = R.offset_date(dl, unit, sign * n)
    return Resolved(found, precision, relative=True, future=sign > 0)


def _period(c: Candidate, ctx: Ctx) -> Resolved | None:
    p, lex, dl = c.parts, ctx.lex, ctx.dateline
    if "mod" not in p and "this" not in p and "part" not in p and "blast" not in p:
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
    sign = -2 if "blast" in p else lex.modifiers[p["mod"]] if "mod" in p else 0  # «العام قبل الماضي»: two back
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
    if offset == 1 and _ghada_is_verb(c, ctx):
        return None
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


def _worship_time(text: str, start: int, before: str, lex: TimeLexicon) -> bool:
    """«عقب صلاة الجمعة»: a prayer after a time preposition is when something happened."""
    if before not in lex.worship_heads and strip_conj(before) not in lex.worship_heads:
        return False
    words = words_before(text, start, 2)
    return len(words) == 2 and (words[0] in lex.time_prepositions
                                or strip_conj(words[0]) in lex.time_prepositions)


def _ghada_is_verb(c: Candidate, ctx: Ctx) -> bool:
    """«غدا المشهد أكثر تعقيدا», «الذي غدا رمزا»: the verb "became", not tomorrow.

    Only the bare spelling is ambiguous (the tanween of «غداً» settles it). The verb reading
    needs a subject or particle before («الوضع غدا», «الذي غدا», or a clause start) and a
    predicate after (a definite noun, an accusative «هدفا», an elative «أكثر»); a future
    context, a weekday, a preposition or a punctuation mark after it keep the adverb.
    """
    lex, text = ctx.lex, ctx.text
    if c.parts.get("rel") not in lex.ghada_forms or "wd" in c.parts or "pd" in c.parts:
        return False
    if ctx.norm is not None:
        a, b = ctx.norm.span(c.start, c.end)
        if "\u064b" in ctx.norm.original[a:b + 1]:
            return False  # «غداً», «غدًا»
    after = next_word(text, c.end)
    if not after or after in lex.weekdays or after in lex.cues or after in lex.event_anchors:
        return False
    before = prev_word(text, c.start)
    if strip_conj(before) in lex.verb_before_ghada or before in lex.verb_before_ghada:
        return True
    if ctx.future(c.start) or is_future_verb(after, lex):
        return False  # «ستبدأ المفاوضات غدا», «وغدا سيجتمع المجلس»
    # Before it: nothing (a clause starts) or a definite noun, its subject («الوضع غدا»).
    if before and not (before.startswith("ال") and before not in lex.weekdays):
        return False
    predicate = (after.startswith("ال") and not after.startswith("الساع")) or \
        (len(after) > 2 and after.endswith("ا")) or (len(after) in (3, 4) and after[0] == "ا")
    return predicate


def _unglued(word: str) -> str:
    """«لسوق», «بسوق», «وبسوق» → «سوق»: a preposition glued to a name's head word leaves it a head."""
    for clitic in ("وب", "ول", "فب", "فل", "ب", "ل"):
        if word.startswith(clitic) and len(word) - len(clitic) >= 3:
            return word[len(clitic):]
    return word


def _weekday(c: Candidate, ctx: Ctx) -> Resolved | None:
    p, lex, dl = c.parts, ctx.lex, ctx.dateline
    if not ({"pd", "yom", "mod", "wd2", "blast"} & p.keys()):
        before = prev_word(ctx.text, c.start)
        unglued = _unglued(before)
        if before in lex.name_heads or strip_conj(before) in lex.name_heads \
                or unglued in lex.name_heads and unglued not in lex.worship_heads:
            if not _worship_time(ctx.text, c.start, before, lex):
                return None  # «سوق الخميس», «أبو الخميس», «أدى صلاة الجمعة»
        if before in lex.personal_names or strip_conj(before) in lex.personal_names:
            return None  # «أحمد الجمعة», «عبد الله الخميس»: a family name
        if next_word(ctx.text, c.end) in lex.teens:
            return None  # «الأحد عشر»
    if dl is None:
        return _undated()
    wd = lex.weekdays[p["wd"]]
    if "blast" in p:  # «الجمعة قبل الماضية»: the week before last Friday
        found = R.weekday_date(wd, dl, R.PAST, strict=True) - timedelta(days=7)
        return Resolved(found, "day", relative=True)
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
    "range_dom": _range_dom,
    "range_month": _range_month,
    "season": _season,
    "last_n": _last_n,
    "hijri": _hijri,
    "hijri_day": _hijri_day,
    "day_of_month": _day_of_month,
    "month": _month,
    "ago": _ago,
    "year": _year,
    "period": _period,
    "recent": _recent,
    "relday": _relday,
    "weekday": _weekday,
}


# Rules whose day a clock time may be attached to.
_CLOCK_RULES = frozenset({"relday", "weekday", "day_month", "numeric", "day_of_month", "hijri", "hijri_day"})


@lru_cache(maxsize=1)
def _clock_patterns() -> tuple[re.Pattern[str], re.Pattern[str]]:
    """(before, after): a clock time right before a day expression («الساعة الثالثة من فجر
    اليوم», «العاشرة من صباح أمس») and one right after it («يوم الخميس عند الساعة 10 صباحا»)."""
    from rasad.text.literals import alt

    lex = grammar().lexicon
    ordinal = alt(lex.clock_hours)
    hour = rf"(?:\d{{1,2}}(?:[:.]\d{{2}})?(?!\d)|{ordinal}(?!\w))"
    tail = rf"(?: {alt(lex.clock_fractions)}(?!\w))?(?: {alt(lex.clock_parts)}(?!\w))?"
    before = re.compile(rf"(?<!\w)(?:(?:تمام )?الساعه ?{hour}{tail}(?: من)?|{ordinal}{tail} من) \Z")
    after = re.compile(rf" (?:{alt(lex.clock_leads)} )?الساعه ?{hour}{tail}(?!\w)")
    return before, after


def _with_clock(text: str, rule: str, found: Resolved, start: int, end: int, floor: int) -> tuple[int, int]:
    """The span widened over a clock time attached to a day expression (the day stays)."""
    if rule not in _CLOCK_RULES or found.precision != "day":
        return start, end
    before, after = _clock_patterns()
    m = before.search(text, max(floor, start - 60), start)
    if m:
        start = m.start()
    m = after.match(text, end)
    if m:
        end = m.end()
    return start, end


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


_SAME_AS_BEFORE = re.compile(r"\s*(?:ذاته|نفسه|عينه|ذاتها|نفسها)(?!\w)")


def find_time_expressions(text: str | NormText, published: date | None) -> list[TimeExpression]:
    """Every time expression in `text`, resolved against `published`, in text order.

    Spans point into the original text; relative expressions get a null date without a
    dateline, absolute ones resolve anyway.
    """
    norm = text if isinstance(text, NormText) else normalise(text)
    g = grammar()
    ctx = Ctx(norm.text, published, g.lexicon, norm)
    out: list[TimeExpression] = []
    floor = 0  # where the last expression ended (normalised): a widened span stops there
    scan = candidates_of(norm)
    cand = scan.at(0)
    while cand is not None:
        found = HANDLERS[cand.rule](cand, ctx)
        if found is None:
            cand = scan.at(cand.start + 1)
            continue
        start, end = _with_clock(norm.text, cand.rule, found, cand.start, cand.end, floor)
        if found.relative and _SAME_AS_BEFORE.match(norm.text, end):
            # «مساء اليوم ذاته», «في اليوم نفسه»: the day told before, not the dateline's.
            floor = end
            cand = scan.at(max(end, cand.end))
            continue
        a, b = _original_span(norm, start, end)
        out.append(TimeExpression(norm.original[a:b], a, b, found.date, found.precision,  # type: ignore[arg-type]
                                  found.end_date, found.relative, found.future))
        floor = end
        cand = scan.at(max(end, cand.end))
    return out


class Candidates:
    """The grammar's candidates in one text, by the position a search resumes at.

    A candidate is a pure function of (text, position), so the header's pass (no dateline
    yet) and the time stage's pass (with it) share one set of regex searches: the second
    pass only searches where the dateline made a handler decide differently. A candidate
    ends where its match ends (the grammar consumes nothing after the rule's group), so
    resuming at `cand.end` is resuming after the match.
    """

    def __init__(self, text: str) -> None:
        self.text = text
        self._parser: Iterator[Candidate] | None = None
        self._memo: dict[int, Candidate | None] = {}

    def at(self, pos: int) -> Candidate | None:
        """The leftmost candidate at or after `pos`; None when there is none."""
        memo = self._memo
        if pos in memo:
            return memo[pos]
        try:
            if self._parser is None:
                self._parser = grammar().parse(self.text)
                cand = next(self._parser)
                memo[0] = cand
                if pos != 0:
                    cand = self._parser.send(pos)  # type: ignore[attr-defined]
            else:
                cand = self._parser.send(pos)  # type: ignore[attr-defined]
        except StopIteration:
            cand, self._parser = None, None  # a finished generator takes no more sends
        memo[pos] = cand
        return cand


def candidates_of(norm: NormText) -> Candidates:
    """The candidates of `norm.text`, kept with the document for the next pass."""
    scan = norm.scans.get("timex.candidates")
    if scan is None or scan.text is not norm.text:
        scan = norm.scans["timex.candidates"] = Candidates(norm.text)
    return scan


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
