"""Cue words inside a place's name, people described by the protests they joined, and the
people a tally counts. Our own sentences.

- «انطلقت من باب المعظم»: «معظم» («most of») inside a place's name marks no habit or tally,
  so the crowds told after it in the sentence stand;
- «اغتال مسلحون ناشطاً في احتجاجات البصرة»: the protests describe the victim; no crowd is out;
- «ليرتفع عدد الصحفيين الذين قتلوا … منذ مطلع العام إلى سبعة»: the killings a tally counts
  are no event of their own, and their period dates nothing;
- «تحركات سلمية» is a protest, «تحركات عسكرية» is not.
"""

from __future__ import annotations

import pytest

from rasad import extract


def _events(text: str, published: str) -> list[dict]:
    return extract(text, published)["events"]


@pytest.mark.parametrize("text,places", [
    ("خرج مئات الطلبة صباح اليوم في مسيرة انطلقت من باب المعظم نحو ساحة التحرير، كما خرجت تظاهرات مماثلة "
     "في مدن النجف وكربلاء والعمارة.", {"النجف", "كربلاء", "العمارة"}),
    ("تجمع العشرات أمس أمام باب المعظم ثم ساروا نحو الوزارة، فيما شهدت مدن البصرة والناصرية والسماوة "
     "تظاهرات طلابية.", {"البصرة", "الناصرية", "السماوة"}),
])
def test_a_cue_word_inside_a_place_name_hides_no_crowd(text: str, places: set[str]) -> None:
    found = {(e["location"] or {}).get("name_ar") for e in _events(text, "2020-02-11") if e["event_type"] == "Protests"}
    assert places <= found


@pytest.mark.parametrize("text", [
    "البصرة - اغتال مسلحون مجهولون مساء أمس ناشطاً في احتجاجات البصرة قرب منزله في حي الجزائر.",
    "العمارة - قتل مسلحون يستقلون سيارة رباعية الدفع فجر اليوم ناشطا بارزا في الاحتجاجات أمام منزله.",
    "كربلاء - نجا ناشط في التظاهرات من محاولة اغتيال بعبوة لاصقة وضعت أسفل سيارته مساء أمس.",
])
def test_protests_that_describe_a_victim_are_no_crowd(text: str) -> None:
    events = _events(text, "2020-03-03")
    assert events and not [e for e in events if e["event_type"] in ("Protests", "Riots")]


@pytest.mark.parametrize("text,day", [
    ("الموصل - اغتال مسلحون مجهولون صباح أمس الأحد صحفياً أمام مبنى قناة محلية في حي الزهور، ليرتفع عدد "
     "الصحفيين الذين قتلوا في المحافظة منذ مطلع العام إلى سبعة.", "2021-03-07"),
    ("الناصرية - قتل مسلحون مجهولون مساء أمس الأحد محامياً أمام مكتبه وسط المدينة، ليصل عدد الأشخاص الذين "
     "اغتيلوا في ذي قار منذ تشرين الأول الماضي إلى تسعة.", "2021-03-07"),
])
def test_the_killings_a_tally_counts_are_no_event_of_their_own(text: str, day: str) -> None:
    events = _events(text, "2021-03-08")
    assert len(events) == 1
    assert events[0]["date"] == day and events[0]["date_precision"] == "day"


@pytest.mark.parametrize("text,expected", [
    ("صفاقس - شهدت مدن صفاقس وقابس ومدنين اليوم تحركات سلمية للمطالبة بالتشغيل والتنمية.", 3),
    ("قفصة - نفذ العاطلون عن العمل أمس تحركا سلميا أمام مقر الولاية للمطالبة بالتشغيل.", 1),
    ("الكاف - رصد الجيش تحركات عسكرية مكثفة قرب الحدود خلال الأيام الماضية.", 0),
])
def test_peaceful_movements_are_protests(text: str, expected: int) -> None:
    crowds = [e for e in _events(text, "2018-01-10") if e["event_type"] == "Protests"]
    assert len(crowds) == expected


@pytest.mark.parametrize("text,places", [
    ("وفي ساحة النور في طرابلس، احتشد آلاف المتظاهرين رافعين الأعلام، فيما نظم طلاب وقفة احتجاجية أمام سرايا صيدا.",
     {"ساحة النور", "صيدا"}),
    ("وفي ساحة الشهداء ببيروت، تجمع المئات رافعين اللافتات، فيما اعتصم العشرات أمام سرايا النبطية.",
     {"ساحة الشهداء", "النبطية"}),
])
def test_the_serail_of_a_town_is_a_building_and_a_fronted_square_keeps_its_crowd(text: str, places: set[str]) -> None:
    crowds = [e for e in _events(text, "2019-10-22") if e["event_type"] == "Protests"]
    assert {(e["location"] or {}).get("name_ar") for e in crowds} == places


@pytest.mark.parametrize("text,killed_at,marched_at", [
    ("قُتل متظاهر وأصيب العشرات، أمس الخميس، برصاص قوات الأمن خلال تفريق محتجين في حي بري شرقي الخرطوم، "
     "فيما خرجت مواكب مماثلة في مدن كسلا وسنار وكوستي.", "بري", {"كسلا", "سنار", "كوستي"}),
    ("أصيب ثلاثة شبان، مساء الجمعة، برصاص الشرطة خلال تفريق مسيرة في حي الجريف شرق، بينما خرجت مواكب "
     "أخرى في مدن الدمازين وربك والقضارف.", None, {"الدمازين", "ربك", "القضارف"}),
])
def test_the_list_a_contrast_clause_names_is_its_own_acts(text: str, killed_at: str, marched_at: set[str]) -> None:
    events = _events(text, "2019-01-18")
    force = [e for e in events if e["sub_event_type"] in ("Excessive force against protesters", "Protest with intervention")]
    assert force and not {(e["location"] or {}).get("name_ar") for e in force} & marched_at
    if killed_at:
        assert killed_at in {(e["location"] or {}).get("name_ar") for e in force}
    marches = {(e["location"] or {}).get("name_ar") for e in events if e["sub_event_type"] == "Peaceful protest"}
    assert marched_at <= marches
