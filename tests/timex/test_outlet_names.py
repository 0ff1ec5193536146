"""An outlet's name is no date: «عدن الغد», «صحيفة الغد» say no «tomorrow». Our own sentences."""

from __future__ import annotations

import pytest

from rasad import extract


@pytest.mark.parametrize("text", [
    "عدن - عدن الغد\nوقال مصدر عسكري في القوات الجنوبية لـ«عدن الغد» إن أربعة من الجنود قتلوا في هجوم على موقع عسكري في مودية.",
    "المكلا - متابعات\nوأفاد مراسل صحيفة «عدن الغد» بأن مسلحين هاجموا نقطة أمنية في مديرية الشحر.",
])
def test_an_outlets_name_dates_nothing(text: str) -> None:
    record = extract(text, "2023-08-10")
    assert record["times"] == []
    assert [e["date"] for e in record["events"]] == ["2023-08-10"]


def test_tomorrow_is_still_tomorrow() -> None:
    record = extract("عدن - الأيام\nدعا المجلس الانتقالي أنصاره إلى فعالية جماهيرية في الغد بساحة العروض.", "2023-08-10")
    assert [t["date"] for t in record["times"]] == ["2023-08-11"]
