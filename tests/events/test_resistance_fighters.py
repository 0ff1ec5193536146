"""Fighters a report names only as resistance fighters («مقاومون») are an unidentified armed
group of the country; named right after as a group's («مقاومين من كتيبة طولكرم») they are that
group. Our own sentences in the style of Palestinian outlets → the sides of the clash."""

from __future__ import annotations

import pytest

from rasad import extract

CASES = [
    ("جنين - اندلعت اشتباكات مسلحة فجر اليوم بين مقاومين وقوات الاحتلال خلال اقتحامها مخيم جنين.",
     {"Unidentified Armed Group (Palestine)", "Military Forces of Israel"}),
    ("نابلس - اشتبك مقاومون مع قوة إسرائيلية خاصة اقتحمت البلدة القديمة في نابلس فجر اليوم.",
     {"Unidentified Armed Group (Palestine)", "Military Forces of Israel"}),
    ("طولكرم - اندلعت اشتباكات مسلحة فجر اليوم بين مقاومين من كتيبة طولكرم وقوات الاحتلال في مخيم نور شمس.",
     {"Tulkarm Brigade", "Military Forces of Israel"}),
]


@pytest.mark.parametrize("text,sides", CASES)
def test_resistance_fighters(text: str, sides: set[str]) -> None:
    record = extract(text, "2024-10-03")
    names = {a["id"]: a["name_en"] for a in record["actors"]}
    [event] = record["events"]
    assert event["sub_event_type"] == "Armed clash"
    assert {names.get(event["actor1"]), names.get(event["actor2"])} == sides
