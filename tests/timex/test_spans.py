"""Spans point into the text as given: quotes, tatweel, diacritics and Indic digits kept."""

from __future__ import annotations

from datetime import date

import pytest

from rasad.text.normalise import normalise
from rasad.timex import find_time_expressions

DATELINE = date(2017, 2, 18)


@pytest.mark.parametrize(
    "text,expected_text,iso",
    [
        ("قُتِلَ مدنيان أمسِ الجمعةَ في إدلب", "أمسِ الجمعةَ", "2017-02-17"),
        ("سيطرت الفصائل على التلة في 12 شبـــاط 2017", "12 شبـــاط 2017", "2017-02-12"),
        ("وقعت المجزرة في ١٢ شباط ٢٠١٧ بحسب ناشطين", "١٢ شباط ٢٠١٧", "2017-02-12"),
        ("ومن المقرر أن تبدأ الجولة غداً في أستانا", "غداً", "2017-02-19"),
        ("أعلنت الهيئة في «تشرين الأول» الفائت اندماجها", "تشرين الأول» الفائت", "2016-10"),
        ("وقال \"المرصد\" إن الاشتباكات تجددت يوم الخميس \"الماضي\"", 'يوم الخميس "الماضي"', "2017-02-16"),
        ("قصفت الطائرات البلدة صباحَ اليومِ", "صباحَ اليومِ", "2017-02-18"),
        ("وقعت المعارك في 15 رمضان 1438 هـ قرب المدينة", "15 رمضان 1438 هـ", "2017-06-10"),
        ("وسقطت القذائف على الحي\u200f أمس\u200f", "أمس", "2017-02-17"),
        ("وجرت الاشتباكات\nيوم الأحد في ريف حماة", "يوم الأحد", "2017-02-12"),
        ("قُتل الجنود بأواخرِ شهرِ آذارَ الماضي", "أواخرِ شهرِ آذارَ الماضي", "2016-03"),
        ("وتواصل القصف حتى نهايـــة الشهر الماضي", "نهايـــة الشهر الماضي", "2017-01"),
        ("وقعت الهجمات خلال «العشر الأواخر» من رمضان 1437", "العشر الأواخر» من رمضان 1437", "2016-06"),
    ],
)
def test_span_is_original_text(text: str, expected_text: str, iso: str) -> None:
    found = find_time_expressions(text, DATELINE)
    assert [t.text for t in found] == [expected_text]
    t = found[0]
    assert text[t.start:t.end] == expected_text
    assert t.iso() == iso


def test_accepts_normtext_and_str_alike() -> None:
    text = "وقتل ثلاثة عناصر «أمس» في قصف على ريف حلب، وتجدد القصف يوم الأحد"
    a = find_time_expressions(text, DATELINE)
    b = find_time_expressions(normalise(text), DATELINE)
    assert a == b and [t.text for t in a] == ["أمس", "يوم الأحد"]


def test_results_sorted_and_disjoint() -> None:
    text = ("قصفت الطائرات مدينة إدلب أمس الجمعة، بعد أن سيطرت الفصائل عليها في 28 آذار 2015، "
            "وكانت المعارك قد بدأت قبل أسبوع ثم تجددت الشهر الماضي")
    found = find_time_expressions(text, DATELINE)
    assert [t.text for t in found] == ["أمس الجمعة", "28 آذار 2015", "قبل أسبوع", "الشهر الماضي"]
    assert all(a.end <= b.start for a, b in zip(found, found[1:]))


def test_relative_flags() -> None:
    text = "ستعقد الجولة المقبلة يوم الأحد بعد أن فشلت جولة 12 شباط 2017"
    sunday, absolute = find_time_expressions(text, DATELINE)
    assert sunday.relative and sunday.future and sunday.iso() == "2017-02-19"
    assert not absolute.relative and not absolute.future
