"""Date arithmetic and context checks of the time stage, one table each."""

from __future__ import annotations

from datetime import date

import pytest

from rasad.text.normalise import normalise, normalise_phrase
from rasad.timex import resolve as R
from rasad.timex.context import is_future
from rasad.timex.grammar import grammar
from rasad.timex.lexicon import LexiconError, _index, _parts, _positions, load_lexicon

SAT = date(2017, 2, 18)


@pytest.mark.parametrize(
    "weekday,anchor,direction,strict,expected",
    [
        (4, SAT, R.PAST, False, date(2017, 2, 17)),
        (5, SAT, R.PAST, False, date(2017, 2, 18)),
        (5, SAT, R.PAST, True, date(2017, 2, 11)),
        (5, SAT, R.FUTURE, True, date(2017, 2, 25)),
        (6, SAT, R.FUTURE, False, date(2017, 2, 19)),
        (0, date(2016, 1, 2), R.PAST, False, date(2015, 12, 28)),
    ],
)
def test_weekday_date(weekday: int, anchor: date, direction: int, strict: bool, expected: date) -> None:
    assert R.weekday_date(weekday, anchor, direction, strict) == expected


@pytest.mark.parametrize(
    "day,month,direction,strict,expected",
    [
        (23, 1, R.PAST, False, date(2017, 1, 23)),
        (18, 2, R.PAST, False, date(2017, 2, 18)),
        (18, 2, R.PAST, True, date(2016, 2, 18)),
        (25, 12, R.PAST, False, date(2016, 12, 25)),
        (5, 1, R.FUTURE, False, date(2018, 1, 5)),
        (29, 2, R.PAST, False, date(2016, 2, 29)),
        (10, 2, R.CURRENT, False, date(2017, 2, 10)),
    ],
)
def test_day_month_date(day: int, month: int, direction: int, strict: bool, expected: date) -> None:
    assert R.day_month_date(day, month, SAT, direction, strict) == expected


@pytest.mark.parametrize(
    "month,direction,strict,expected",
    [(10, R.PAST, True, 2016), (2, R.PAST, True, 2016), (2, R.PAST, False, 2017),
     (1, R.PAST, True, 2017), (3, R.FUTURE, True, 2017), (1, R.FUTURE, True, 2018)],
)
def test_year_of_month(month: int, direction: int, strict: bool, expected: int) -> None:
    assert R.year_of_month(month, SAT, direction, strict) == expected


@pytest.mark.parametrize(
    "sentence,expression,future",
    [
        ("وسيزور الوزير دمشق يوم الخميس", "يوم الخميس", True),
        ("ومن المقرر أن تعقد الجلسة في جنيف يوم الخميس", "يوم الخميس", True),
        ("وسوف تبدأ المرحلة الثانية من الاتفاق يوم الخميس", "يوم الخميس", True),
        ("وتعتزم الحكومة إجراء الانتخابات في 5 آذار", "5 آذار", True),
        ("سيطرت الفصائل على البلدة يوم الخميس", "يوم الخميس", False),
        ("انفجرت سيارة مفخخة في السوق يوم الخميس", "يوم الخميس", False),
        ("ونقلت وسائل إعلام رسمية أن الهجوم وقع يوم الخميس", "يوم الخميس", False),
        ("وسيعقد الاجتماع لاحقا. وكان القصف قد بدأ يوم الخميس", "يوم الخميس", False),
        ("واستعادت قوات سوريا الديمقراطية السيطرة على القرية يوم الخميس", "يوم الخميس", False),
    ],
)
def test_future_context(sentence: str, expression: str, future: bool) -> None:
    norm = normalise(sentence)
    start = norm.norm_index(sentence.index(expression))
    assert is_future(norm.text, start, load_lexicon()) is future


def test_hijri_conversion() -> None:
    assert R.hijri_to_gregorian(1438, 9, 15) == date(2017, 6, 10)
    assert R.hijri_year_of(9, 28, date(2021, 5, 20), R.PAST) == 1442


def test_grammar_is_built_once() -> None:
    assert grammar() is grammar()


@pytest.mark.parametrize(
    "table",
    [{13: ["x"]}, {1: "not a list"}, {1: ["أمس"], 2: ["أمس"]}, ["a list"]],
)
def test_schema_errors(table: object) -> None:
    with pytest.raises(LexiconError):
        _index(table, "test", 1, 12)


@pytest.mark.parametrize(
    "month,dateline,direction,strict,expected",
    [
        (9, date(2018, 6, 20), R.PAST, True, 1439),      # 6 Shawwal 1439: «رمضان الماضي» is 1439
        (10, date(2018, 6, 20), R.PAST, True, 1438),     # «شوال الماضي» is not this Shawwal
        (10, date(2018, 6, 20), R.CURRENT, True, 1439),
        (1, date(2019, 8, 20), R.FUTURE, True, 1441),    # 19 Dhu al-Hijjah 1440: «محرم المقبل»
        (12, date(2019, 8, 20), R.FUTURE, True, 1441),
        (12, date(2019, 8, 20), R.FUTURE, False, 1440),
    ],
)
def test_hijri_year_of_month(month: int, dateline: date, direction: int, strict: bool, expected: int) -> None:
    assert R.hijri_year_of_month(month, dateline, direction, strict) == expected


def test_parts_have_positions() -> None:
    lex = load_lexicon()
    for word in ("منتصف", "أواخر", "متم", "العشر الأواخر", "الأسبوع الأول", "النصف الثاني"):
        assert normalise_phrase(word) in lex.part_positions
    assert lex.part_positions[normalise_phrase("العشر الأواخر")] == "late"
    assert lex.part_positions[normalise_phrase("مطلع")] == "early"
    first, last = lex.position_days["middle"]
    assert lex.position_days["early"][1] < first <= last < lex.position_days["late"][0]


@pytest.mark.parametrize(
    "table",
    [{"early": ["مطلع"], "late": ["مطلع"]}, {"soon": ["مطلع"]}, {"early": "مطلع"}, {}, ["مطلع"]],
)
def test_parts_schema_errors(table: object) -> None:
    with pytest.raises(LexiconError):
        _parts(table, "words", {})


@pytest.mark.parametrize(
    "table",
    [{"early": {"first_day": 1, "last_day": 10}},
     {"early": {"first_day": 1, "last_day": 10}, "middle": {"first_day": 20, "last_day": 11},
      "late": {"first_day": 21, "last_day": 30}},
     {"early": {"first_day": 0, "last_day": 10}, "middle": {"first_day": 11, "last_day": 20},
      "late": {"first_day": 21, "last_day": 31}},
     {"early": [1, 10], "middle": [11, 20], "late": [21, 30]}],
)
def test_positions_schema_errors(table: object) -> None:
    with pytest.raises(LexiconError):
        _positions(table)
