"""«الشهر الماضي» dates one act as well as it closes a tally: «قتل 12 جندياً في هجوم على موقع
للجيش قرب كايا الشهر الماضي» is one attack and its dead; «خلال الشهر الماضي» over a province is
a month's count, no event's toll. Our own sentences."""

from __future__ import annotations

import pytest

from rasad import extract

CASES = [
    # (text, sub-type, fatalities)
    ("واغادوغو – قتل 12 جندياً في هجوم على موقع للجيش قرب مدينة كايا الشهر الماضي.", "Armed clash", 12),
    ("بغداد – قتل ثلاثة مدنيين بانفجار عبوة ناسفة في سوق بلدة الطارمية الأسبوع الماضي.",
     "Remote explosive/landmine/IED", 3),
    # (guard) a month's count
    ("درعا – وثق ناشطون مقتل 43 شخصاً في عمليات اغتيال خلال الشهر الماضي في المحافظة.", None, None),
]


@pytest.mark.parametrize(("text", "sub_type", "fatalities"), CASES)
def test_tolls_of_last_month(text: str, sub_type: str | None, fatalities: int | None) -> None:
    events = extract(text, published="2023-03-15")["events"]
    if sub_type is None:
        assert all(e["fatalities"] in (None, 0) for e in events)
    else:
        assert [(e["sub_event_type"], e["fatalities"]) for e in events] == [(sub_type, fatalities)]
