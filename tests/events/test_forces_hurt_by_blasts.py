"""Soldiers or policemen a blast hurts are the country's forces, the blast's target.

«أصيب عسكريان إثر انفجار لغم»: ACLED codes the mine's victims as the military of the country
(actor2), the one who laid it unknown. The words are `soldier_words` and `police_victim_words` of
rasad/data/events/context_words.yaml; the target is set once the event's mentions are merged, so
a blast told again with its dead («وأسفر التفجير عن مقتل ضابط وثلاثة مجندين») is still one event.
"""

from __future__ import annotations

import pytest

from rasad import extract

CASES = [
    # (text, published, event type, actor2)
    ("القصرين (وات) - أصيب عسكريان بجروح متفاوتة صباح اليوم إثر انفجار لغم أرضي أثناء عملية تمشيط بجبل الشعانبي.",
     "2015-03-04", "Explosions/Remote violence", "tn.military"),
    ("بغداد - قتل شرطي وأصيب اثنان آخران بانفجار عبوة ناسفة استهدفت دوريتهم في قضاء الطارمية شمالي العاصمة.",
     "2016-10-05", "Explosions/Remote violence", "iq.police"),
    ("مقديشو - قتل ثلاثة جنود صباح اليوم في انفجار لغم أرضي قرب بلدة أفجوي غرب العاصمة.",
     "2017-10-29", "Explosions/Remote violence", "so.military"),
    # Nobody hurt: no target named.
    ("بغداد - انفجرت عبوة ناسفة قرب سوق شعبي في قضاء الطارمية دون أن تسفر عن إصابات.",
     "2016-10-05", "Explosions/Remote violence", None),
]


@pytest.mark.parametrize(("text", "published", "event_type", "actor2"), CASES)
def test_forces_hurt_by_a_blast_are_its_target(text: str, published: str, event_type: str, actor2: str | None) -> None:
    events = [e for e in extract(text, published=published)["events"] if e["event_type"] == event_type]
    assert len(events) == 1
    assert events[0]["actor2"] == actor2
    assert actor2 is None or events[0]["actor1"] != actor2


def test_a_blast_told_again_with_its_dead_stays_one_event() -> None:
    """(guard) The conscripts of the second sentence are the police's, not a second target."""
    text = ("العريش - أعلن تنظيم «ولاية سيناء» مسؤوليته عن تفجير عبوة ناسفة استهدفت مدرعة للشرطة جنوب المدينة "
            "صباح اليوم. وأسفر التفجير عن مقتل ضابط وثلاثة مجندين.")
    events = [e for e in extract(text, published="2017-09-11")["events"] if e["event_type"] == "Explosions/Remote violence"]
    assert len(events) == 1
    assert events[0]["actor2"] == "eg.police"
