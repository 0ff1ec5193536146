"""An event the text places nowhere happened where the report is from: the headline's place,
else the place a short dateline line opens with («عمّان - الغد», «نيامي (أ ف ب)»). Agreements,
changes to a group and «other» developments are left unplaced. Our own articles."""

from __future__ import annotations

import pytest

from rasad import extract


@pytest.mark.parametrize("text,published,place", [
    ("اعتصام لعمال المياومة\nعمّان - الغد\nاعتصم عمال المياومة أمام وزارة الزراعة صباح اليوم للمطالبة بتثبيتهم.",
     "2023-05-16", "عمّان"),
    ("حملة مداهمات\nنيامي (أ ف ب)\nاعتقلت قوات الأمن عشرة أشخاص يشتبه بانتمائهم إلى جماعة مسلحة.", "2023-05-16", "نيامي"),
    ("وقفة احتجاجية في الرباط\nهسبريس\nنظم عشرات الأطباء وقفة أمام وزارة الصحة احتجاجاً على ظروف العمل.",
     "2023-05-16", "الرباط"),
])
def test_an_unplaced_event_is_where_the_report_is_from(text: str, published: str, place: str) -> None:
    events = extract(text, published)["events"]
    assert events and events[0]["location"] is not None and events[0]["location"]["name_ar"] == place


def test_a_place_in_the_text_wins() -> None:
    text = "اعتصام لعمال المياومة\nعمّان - الغد\nاعتصم عمال المياومة أمام مبنى محافظة إربد صباح اليوم."
    assert extract(text, "2023-05-16")["events"][0]["location"]["name_ar"] == "إربد"


def test_an_agreement_is_not_placed_by_the_dateline() -> None:
    text = "اتفاق سلام\nنيامي (أ ف ب)\nوقّعت الحكومة والمتمردون السابقون اتفاق سلام بوساطة قطرية."
    events = [e for e in extract(text, "2023-05-16")["events"] if e["sub_event_type"] == "Agreement"]
    assert events and events[0]["location"] is None


@pytest.mark.parametrize("text,places", [
    ("نواكشوط - الأخبار\nشهدت مقاطعتا السبخة والميناء في العاصمة نواكشوط، ليلة أمس الأربعاء، أعمال شغب واسعة.",
     {"السبخة", "الميناء"}),
    ("الخرطوم - دارفور24\nتجددت الاشتباكات القبلية في محليتي قيسان والرصيرص بولاية النيل الأزرق أمس.", {"قيسان", "الرصيرص"}),
])
def test_districts_named_by_a_dual_head_are_a_list(text: str, places: set) -> None:
    events = extract(text, "2023-08-10")["events"]
    assert {(e["location"] or {}).get("name_ar") for e in events} == places


@pytest.mark.parametrize("text,place,toll", [
    ("إدلب - عنب بلدي\nقصف الطيران الحربي بلدات كفرنبل وحاس والبارة في جبل الزاوية، وقضت في حاس عائلة مؤلفة من أب "
     "وثلاثة أطفال.", "حاس", 4),
    ("إدلب - عنب بلدي\nقصف الطيران الحربي بلدات كفرنبل وحاس والبارة، وقتلت في البارة أسرة مكونة من أم وطفلين.", "البارة", 3),
])
def test_a_family_killed_in_one_town_of_a_list_is_that_towns_toll(text: str, place: str, toll: int) -> None:
    events = extract(text, "2019-05-10")["events"]
    tolls = {e["location"]["name_ar"]: e["fatalities"] for e in events}
    assert tolls[place] == toll and all(v is None for k, v in tolls.items() if k != place)
