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
