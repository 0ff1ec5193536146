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


# Drones downed are no drone strike; a barrage of artillery «ضربات مدفعية» is shelling.
KINDS = [
    ("وحدات الجيش تسقط مسيرات للإرهابيين فوق ريف حماة الشمالي", {("Strategic developments", "Disrupted weapons use")}),
    ("أسقطت قوات الجيش السوداني مسيرتين أطلقتهما قوات الدعم السريع على مدينة الأبيض",
     {("Strategic developments", "Disrupted weapons use")}),
    ("دمرت وحدات الجيش بضربات مدفعية مركزة مقرات للإرهابيين في محيط بلدة كفرنبل",
     {("Explosions/Remote violence", "Shelling/artillery/missile attack")}),
]


@pytest.mark.parametrize("text,kinds", KINDS)
def test_downed_drones_and_artillery_strikes(text: str, kinds: set[tuple[str, str]]) -> None:
    assert {(e["event_type"], e["sub_event_type"]) for e in extract(text, "2023-10-15")["events"]} == kinds
