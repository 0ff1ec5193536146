"""A day and month after a place's head word name the place («مدينة السادس من أكتوبر», «جسر 6
أكتوبر», «مدينة العاشر من رمضان»); the same words after a preposition date an act. Our own
sentences → the time expressions found (rasad time)."""

from __future__ import annotations

from datetime import date

import pytest

from rasad.timex import find_time_expressions


@pytest.mark.parametrize("text,published,expected", [
    ("قتلت قوات الأمن تسعة في شقة بمدينة السادس من أكتوبر أمس", "2015-07-02", ["أمس"]),
    ("قتل شخصان في حادث سير على جسر 6 أكتوبر", "2015-07-02", []),
    ("وقع الانفجار قرب مصنع في مدينة العاشر من رمضان", "2015-07-02", []),
    ("تظاهر المئات في ميدان التحرير في السادس من أكتوبر الماضي", "2015-11-02", ["السادس من أكتوبر الماضي"]),
    ("اعتقل الناشط في العاشر من رمضان الماضي", "2015-11-02", ["العاشر من رمضان الماضي"]),
])
def test_dates_that_name_places(text: str, published: str, expected: list[str]) -> None:
    found = find_time_expressions(text, date.fromisoformat(published))
    assert [t.text for t in found] == expected


@pytest.mark.parametrize("text,expected", [
    # Yemen's Ibb, spelled with hamza below, folds to the month «آب»: it dates nothing
    ("هاجم مئات المواطنين مبنى المحافظة في إب وأحرقوا إطارات أمامه.", []),
    ("قتل ثلاثة مدنيين بقصف على إب أمس.", ["أمس"]),
    # the month, spelled with madda or plain, still dates
    ("عقد المؤتمر في آب الماضي.", ["آب الماضي"]),
    ("وقعت الحادثة في اب 2019.", ["اب 2019"]),
])
def test_ibb_is_no_august(text: str, expected: list[str]) -> None:
    from rasad import extract
    assert [t["text"] for t in extract(text, published="2021-05-10")["times"]] == expected


def test_a_father_is_no_august() -> None:
    from rasad import extract
    text = "إدلب - عنب بلدي\nقضت في حاس عائلة مؤلفة من أب وثلاثة أطفال."
    assert extract(text, published="2019-05-10")["times"] == []
