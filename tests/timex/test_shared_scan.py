"""The date grammar's candidates are scanned once per document and shared by the passes
that need them (the header without a dateline, the time stage with it): a pass that
reuses another's scan finds exactly what a pass on its own finds."""

from __future__ import annotations

from datetime import date

import pytest

from rasad.text.normalise import normalise
from rasad.timex import find_time_expressions
from rasad.timex.finder import candidates_of

TEXTS = [
    "دمشق 14 آذار 2020\nقصفت قوات النظام أمس الجمعة بلدة كفرنبل، وكانت قد استهدفتها يوم الثلاثاء الماضي.",
    "الخميس ٩ أيار ٢٠١٩ - ١٠:٣٠\nقال ناشطون إن الطيران الروسي شن فجر اليوم غارات على ريف إدلب الجنوبي.",
    "أعلنت الحركة في آب 2018 انضمامها إلى الجبهة، على أن يبدأ تبادل الأسرى يوم السبت المقبل.",
    "اندلعت اشتباكات منذ ثلاثة أيام في محيط المدينة، وتجددت صباح اليوم عند الساعة العاشرة.",
    "وقعت الهجمات في 12/03/2020 و15-3-2020، فيما سقط صاروخ قبل أسبوعين على السوق.",
    "في الخامس من شهر رمضان 1441 هـ شنت الطائرات غارات؛ وفي الشهر الماضي قتل 5 مدنيين.",
    "لا تاريخ في هذه الجملة إطلاقا",
    # a year far past the dateline is a number with one dateline and a date with another
    "وتمتد الخطة حتى عام 2035، وفق ما أعلنته الوزارة في عام 2011 بعد معارك 2-3 آذار.",
]
DATELINES = [None, date(2020, 3, 14), date(2019, 5, 9), date(2024, 12, 31)]


@pytest.mark.parametrize("text", TEXTS)
@pytest.mark.parametrize("first", DATELINES)
@pytest.mark.parametrize("second", DATELINES)
def test_second_pass_finds_what_a_pass_alone_finds(text: str, first: date | None, second: date | None) -> None:
    shared = normalise(text)
    find_time_expressions(shared, first)
    assert find_time_expressions(shared, second) == find_time_expressions(normalise(text), second)


def test_scan_is_kept_with_the_document() -> None:
    norm = normalise(TEXTS[0])
    found = find_time_expressions(norm, None)
    scan = candidates_of(norm)
    assert found and scan is candidates_of(norm)  # the same scan serves the next pass
    assert candidates_of(normalise(TEXTS[0])) is not scan  # another document: its own
