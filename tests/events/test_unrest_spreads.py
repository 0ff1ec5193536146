"""Unrest that spreads to towns («امتدت الاضطرابات إلى مدن …») is a riot in each; weather or
health «اضطرابات» is none. Our sentences."""

from __future__ import annotations

import pytest

from rasad import extract


@pytest.mark.parametrize("text,published,places", [
    ("كما امتدت الاضطرابات إلى مدن سليانة والقصرين وسوسة أمس.", "2021-01-18", ["سليانة", "القصرين", "سوسة"]),
    ("وتجددت الاضطرابات الليلية في حي التضامن بالعاصمة تونس أمس.", "2021-01-18", ["حي التضامن"]),
])
def test_unrest_that_spreads_is_a_riot(text: str, published: str, places: list[str]) -> None:
    events = extract(text, published)["events"]
    assert [e["sub_event_type"] for e in events] == ["Violent demonstration"] * len(places)
    assert [e["location"]["name_ar"] for e in events] == places


@pytest.mark.parametrize("text", [
    # (guards) weather, health
    "وامتدت الاضطرابات الجوية إلى مناطق الشمال أمس.",
    "وعانى الطفل من اضطرابات نفسية بعد الحادث.",
])
def test_other_disturbances_are_none(text: str) -> None:
    assert extract(text, "2021-01-18")["events"] == []
