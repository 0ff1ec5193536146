"""A long campaign named as the background of an event («بعد أسابيع من القصف») is no event of
its own; a span of days names one earlier act and is left alone. Our own sentences in the
style of Syrian, Yemeni and Libyan outlets → sub-types of the events found."""

from __future__ import annotations

import pytest

from rasad import extract

CASES = [
    ("إدلب - وكانت قوات النظام قد سيطرت على كفرنبودة في الثامن من أيار الجاري بعد أسابيع من القصف المكثف.",
     ["Government regains territory"]),
    ("تعز - استعادت قوات الجيش الوطني اليوم قرية الصراهم عقب أشهر من المعارك مع الحوثيين.",
     ["Government regains territory"]),
    ("طرابلس - عاد آلاف النازحين إلى منازلهم في عين زارة اليوم رغم سنوات من الاشتباكات المتقطعة.",
     []),
    # a span of days before an act: the act stands
    ("حمص - أفرجت السلطات اليوم عن الناشط بعد أيام من اعتقاله في حي الوعر.",
     ["Arrests"]),
]


@pytest.mark.parametrize("text,expected", CASES)
def test_campaigns_told_as_background(text: str, expected: list[str]) -> None:
    record = extract(text, "2019-05-20")
    assert sorted(e["sub_event_type"] for e in record["events"]) == expected
