"""«قتل مدني في هجوم على سوق»: a bare «هجوم» that names no attacker is still an act when the
text gives its place and its dead (ANNOTATION.md: an unnamed attacker leaves only the victim).
Our own sentences → (sub-event type, place, fatalities)."""

from __future__ import annotations

import pytest

from rasad import extract


@pytest.mark.parametrize("text,published,expected", [
    ("بغداد - قتل مدني في هجوم على سوق شعبي في قضاء الطارمية مساء أمس.", "2021-06-14",
     [("Attack", "الطارمية", 1)]),
    ("صنعاء - لقي ثلاثة أطفال حتفهم في هجوم على مدرسة في مديرية ذي ناعم بمحافظة البيضاء.", "2019-11-02",
     [("Attack", "ذي ناعم", 3)]),
    ("نيامي - قتل جندي في هجوم على نقطة تفتيش في بلدة أيورو فجر اليوم.", "2022-02-08",
     [("Armed clash", "أيورو", 1)]),
])
def test_a_bare_attack_with_its_dead_and_place(text: str, published: str, expected: list[tuple[str, str, int]]) -> None:
    events = extract(text, published)["events"]
    assert [(e["sub_event_type"], (e["location"] or {}).get("name_ar"), e["fatalities"]) for e in events] == expected


@pytest.mark.parametrize("text,published", [
    # No dead and no attacker: a bare «هجوم» alone still tells nothing.
    ("بغداد - تحدث المسؤول عن هجوم على سوق شعبي في قضاء الطارمية.", "2021-06-14"),
])
def test_a_bare_attack_without_dead_or_attacker(text: str, published: str) -> None:
    assert extract(text, published)["events"] == []
