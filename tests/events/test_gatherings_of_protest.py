"""Gatherings told by their kind are protests: «تجمعات حاشدة», «تجمعاً احتجاجياً» (the `a_rally`
context of the root جمع in rasad/data/events/trigger_roots.yaml). Fighters' positions and
celebrations are not. Our own sentences."""

from __future__ import annotations

import pytest

from rasad import extract

CASES = [
    ("بيروت - شهدت مدن صيدا والنبطية وصور مساء أمس تجمعات حاشدة أمام السرايا الحكومية.", 3),
    ("عمان - نفذ المعلمون صباح اليوم تجمعاً احتجاجياً أمام مبنى وزارة التربية.", 1),
    ("الخرطوم - نظمت لجان المقاومة تجمعات غاضبة في أحياء بري والصحافة.", 2),
    # (guards) fighters' gatherings, a celebration
    ("دمشق - استهدفت المدفعية تجمعات المسلحين في محيط المدينة.", 0),
    ("الرباط - شهدت ساحة البريد تجمعاً جماهيرياً احتفالاً بفوز المنتخب.", 0),
]


@pytest.mark.parametrize(("text", "protests"), CASES)
def test_gatherings(text: str, protests: int) -> None:
    events = extract(text, published="2019-10-22")["events"]
    assert sum(e["event_type"] == "Protests" for e in events) == protests


@pytest.mark.parametrize("text", [
    # the subject and a time stand between the verb and the road
    "الخمس - أغلق شبان غاضبون، مساء أمس الجمعة، الطريق الساحلي بالإطارات المشتعلة احتجاجاً على انقطاع الكهرباء.",
    "صيدا - قطع محتجون غاضبون، صباح اليوم الثلاثاء، أوتوستراد الجنوب عند مدخل المدينة.",
])
def test_a_road_closed_by_a_crowd_told_with_its_time(text: str) -> None:
    events = extract(text, published="2022-07-09")["events"]
    assert [e["sub_event_type"] for e in events] == ["Peaceful protest"]


@pytest.mark.parametrize(("text", "sub_types"), [
    # those who took part in a protest told as known: the arrest is the act
    ("درنة - أفادت مصادر محلية بأن الأجهزة الأمنية اعتقلت صباح اليوم عدداً من المشاركين في التظاهرة.", ["Arrests"]),
    ("الرباط - قضت محكمة الاستئناف بسجن ثلاثة ناشطين بتهمة المشاركة في الاحتجاجات.", []),
    # (guard) a crowd put down as it stood
    ("القدس - قمعت قوات الاحتلال المشاركين في الوقفة الاحتجاجية عند باب العامود.", ["Protest with intervention"]),
])
def test_those_who_took_part_in_a_protest(text: str, sub_types: list[str]) -> None:
    events = extract(text, published="2023-09-19")["events"]
    assert [e["sub_event_type"] for e in events] == sub_types
