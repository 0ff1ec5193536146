"""Date arithmetic against the dateline: which year a yearless date falls in, which Friday.

Pure functions of numbers and dates, no text: the grammar says *what* was written
(anchor, offset, unit, direction), these say *when* that is.
"""

from __future__ import annotations

import calendar
from datetime import date, timedelta

from hijridate import Gregorian, Hijri

PAST, CURRENT, FUTURE = -1, 0, 1


def valid_day(year: int, month: int, day: int) -> bool:
    """True when day/month/year is a real calendar date."""
    return 1 <= month <= 12 and 1 <= day <= calendar.monthrange(year, month)[1]


def shift_month(year: int, month: int, by: int) -> tuple[int, int]:
    """(year, month) moved `by` months."""
    index = year * 12 + (month - 1) + by
    return index // 12, index % 12 + 1


def month_start(year: int, month: int) -> date:
    return date(year, month, 1)


def year_of_month(month: int, dateline: date, direction: int, strict: bool) -> int:
    """Year of a month named without one: the nearest such month before (or after) the dateline.

    `strict` excludes the dateline's own month («تشرين الأول الفائت» is never this month).
    """
    return _nearest_year(month, dateline.month, dateline.year, direction, strict)


def _nearest_year(month: int, here_month: int, here_year: int, direction: int, strict: bool) -> int:
    """The year of `month` nearest before (or after, or at) the month `here_month` of `here_year`,
    in whichever calendar both are counted."""
    if direction == CURRENT:
        return here_year
    if direction == FUTURE:
        later = month > here_month or (month == here_month and not strict)
        return here_year if later else here_year + 1
    earlier = month < here_month or (month == here_month and not strict)
    return here_year if earlier else here_year - 1


def day_month_date(day: int, month: int, dateline: date, direction: int, strict: bool) -> date | None:
    """A day and month without a year, put in the year that makes it nearest the dateline
    on the side `direction` says (on the dateline itself unless `strict`)."""
    years = (dateline.year, dateline.year - 1, dateline.year + 1, dateline.year - 2,
             dateline.year + 2, dateline.year - 3, dateline.year - 4)
    candidates = [date(y, month, day) for y in years if valid_day(y, month, day)]
    if direction == CURRENT:
        same = [c for c in candidates if c.year == dateline.year]
        return same[0] if same else None
    if direction == FUTURE:
        ok = [c for c in candidates if c > dateline or (c == dateline and not strict)]
        return min(ok) if ok else None
    ok = [c for c in candidates if c < dateline or (c == dateline and not strict)]
    return max(ok) if ok else None


def weekday_date(weekday: int, anchor: date, direction: int, strict: bool) -> date:
    """The `weekday` (Monday = 0) nearest `anchor` on the side `direction` says."""
    if direction == FUTURE:
        ahead = (weekday - anchor.weekday()) % 7
        if ahead == 0 and strict:
            ahead = 7
        return anchor + timedelta(days=ahead)
    back = (anchor.weekday() - weekday) % 7
    if back == 0 and strict:
        back = 7
    return anchor - timedelta(days=back)


def hijri_to_gregorian(year: int, month: int, day: int) -> date | None:
    """Gregorian date of a Hijri one (Umm al-Qura), None outside the supported range."""
    try:
        return Hijri(year, month, day).to_gregorian()
    except (ValueError, OverflowError):
        return None


def hijri_year_of(month: int, day: int, dateline: date, direction: int) -> int | None:
    """Hijri year of a yearless Hijri day/month, nearest the dateline on `direction`'s side."""
    try:
        here = Gregorian(dateline.year, dateline.month, dateline.day).to_hijri()
    except (ValueError, OverflowError):
        return None
    best: tuple[int, date] | None = None
    for hy in (here.year - 1, here.year, here.year + 1):
        g = hijri_to_gregorian(hy, month, day)
        if g is None:
            continue
        if direction == FUTURE and g >= dateline and (best is None or g < best[1]):
            best = (hy, g)
        if direction != FUTURE and g <= dateline and (best is None or g > best[1]):
            best = (hy, g)
    return best[0] if best else None


def hijri_year_of_month(month: int, dateline: date, direction: int, strict: bool) -> int | None:
    """Hijri year of a Hijri month named without one («رمضان الماضي», «محرم المقبل»): the
    nearest such month before (or after) the dateline's Hijri month; `strict` excludes it."""
    try:
        here = Gregorian(dateline.year, dateline.month, dateline.day).to_hijri()
    except (ValueError, OverflowError):
        return None
    return _nearest_year(month, here.month, here.year, direction, strict)


def offset_date(dateline: date, unit: str, amount: int) -> tuple[date, str]:
    """The dateline moved `amount` units (negative: back); returns the date and its precision."""
    if unit == "hour":  # «منذ 48 ساعة»: whole days back, the rest is still the same day
        return dateline + timedelta(days=int(amount / 24)), "day"
    if unit == "day":
        return dateline + timedelta(days=amount), "day"
    if unit == "week":
        return dateline + timedelta(weeks=amount), "week"
    if unit == "month":
        y, m = shift_month(dateline.year, dateline.month, amount)
        return month_start(y, m), "month"
    return date(dateline.year + amount, 1, 1), "year"
