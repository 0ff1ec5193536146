"""A town's outskirts («أطراف مدينة X», «محيط بلدة X») are a place of their own: a strike on them
is not one of the strikes on the villages around, though an area («ريف إدلب») holds those
villages. Our own sentences."""

from __future__ import annotations

import pytest

from rasad import extract

CASES = [
    ("قصفت قوات النظام قريتي كنصفرة وبليون، كما طال القصف أطراف مدينة معرة النعمان.",
     ["كنصفرة", "بليون", "معرة النعمان"]),
    # (guards) «فيما» opens a clause of its own; an area told after the list holds its villages
    ("قصف الطيران الحربي بلدتي حاس وكفرنبل، فيما طال القصف محيط مدينة خان شيخون.", ["حاس", "كفرنبل", "خان شيخون"]),
    ("قصفت قوات النظام قريتي كنصفرة وبليون، كما طال القصف ريف إدلب الجنوبي.", ["كنصفرة", "بليون"]),
]


@pytest.mark.parametrize(("text", "places"), CASES)
def test_outskirts_are_a_place_of_their_own(text: str, places: list[str]) -> None:
    events = extract(text, published="2013-05-22")["events"]
    assert [e["location"]["name_ar"] for e in events] == places
