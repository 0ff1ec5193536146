"""Disrupted weapons use: the force that intercepted, defused or downed first, the weapon's owner
second, however the sentence names the launcher (rasad/events/interceptions.py). Our own sentences."""

from __future__ import annotations

import pytest

from rasad import extract

CASES = [
    # The launcher is the agent of its own relative clause («أطلقها …»).
    ("حماة – 3 آذار 2022\nتصدت وحدات من الجيش العربي السوري لطائرات مسيرة أطلقها إرهابيو جبهة النصرة باتجاه "
     "بلدة السقيلبية وأسقطتها قبل وصولها.", "Military Forces of Syria", "Hay'at Tahrir al-Sham"),
    ("الخرطوم – 9 أيار 2024\nتصدت المضادات الأرضية للجيش السوداني لمسيرات أطلقتها قوات الدعم السريع على "
     "مدينة شندي وأسقطتها.", "Military Forces of Sudan", "RSF - Rapid Support Forces"),
]


def _name(record: dict, actor_id: str | None) -> str:
    return next((a["name_en"] or "" for a in record["actors"] if a["id"] == actor_id), "")


@pytest.mark.parametrize("text,disrupter,owner", CASES)
def test_the_disrupter_is_actor1(text: str, disrupter: str, owner: str) -> None:
    record = extract(text, None)
    events = [e for e in record["events"] if e["sub_event_type"] == "Disrupted weapons use"]
    assert events, record["events"]
    e = events[0]
    assert _name(record, e["actor1"]).startswith(disrupter)
    assert _name(record, e["actor2"]).startswith(owner)
