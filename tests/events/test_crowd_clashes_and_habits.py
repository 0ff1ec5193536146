"""Clashes in which a protester was killed or hurt and nobody armed is named are the crowd's
riot; what a clause says happened «not for the first time» is a habit, not an event; the
instance told after it is one. Our own sentences."""

from __future__ import annotations

import pytest

from rasad import extract


@pytest.mark.parametrize("text,published,expected", [
    ("تونس - وليست هذه المرة الأولى التي تشهد فيها البلاد احتجاجات ليلية في شهر جانفي، إذ قتل محتج في مدينة "
     "القصرين خلال مواجهات ليلية مع الأمن في جانفي 2018.", "2021-01-18",
     [("Riots", "Violent demonstration", "2018-01", 1)]),
    ("الخرطوم - أصيب ثلاثة متظاهرين في مواجهات مع الأمن قرب القصر الجمهوري مساء أمس.", "2022-03-08",
     [("Riots", "Violent demonstration", "2022-03-07", None)]),
    # armed men in the clash: a battle still
    ("عرسال - قتل جندي في مواجهات بين الجيش ومسلحين في جرود بلدة عرسال فجر اليوم.", "2014-08-02",
     [("Battles", "Armed clash", "2014-08-02", 1)]),
])
def test_crowd_clashes_and_habits(text: str, published: str, expected: list) -> None:
    events = extract(text, published)["events"]
    assert [(e["event_type"], e["sub_event_type"], e["date"], e["fatalities"]) for e in events] == expected


@pytest.mark.parametrize("text", [
    "البصرة - أُحرقت إطارات وأُغلقت طرق في عدة مناطق من المدينة على يد محتجين غاضبين.",
    "عطبرة - أحرق محتجون غاضبون مقر الحزب الحاكم وسط المدينة.",
])
def test_what_a_crowd_burns_is_its_riot(text: str) -> None:
    events = extract(text, "2019-03-08")["events"]
    assert [(e["event_type"], e["sub_event_type"]) for e in events] == [("Riots", "Violent demonstration")]


@pytest.mark.parametrize("text,expected", [
    # families who fight with sticks and knives brawl
    ("المنيا - تحولت مشادة بين أسرتين في قرية تابعة لمركز أبو قرقاص إلى اشتباكات بالعصي والأسلحة البيضاء، "
     "أصيب خلالها ستة أشخاص.", ("Riots", "Mob violence")),
    # … with fire arms told, they clash
    ("أسيوط - قتل ثلاثة أشخاص في اشتباكات بالأسلحة النارية والعصي بين عائلتين في قرية تابعة لمركز ديروط.",
     ("Battles", "Armed clash")),
])
def test_a_family_brawl_with_sticks_is_no_battle(text: str, expected: tuple) -> None:
    events = extract(text, "2013-04-05")["events"]
    assert (events[0]["event_type"], events[0]["sub_event_type"]) == expected


@pytest.mark.parametrize("text,expected", [
    # armed men who fire on the state's forces fight them
    ("بغداد - فتح مسلحون النار على نقطة تفتيش للشرطة في حي العامرية غربي المدينة فقتلوا شرطيين.",
     ("Battles", "Armed clash")),
    # an execution or an assassination is one-sided, whoever the victim
    ("الموصل - أعدم مسلحو التنظيم ثلاثة من عناصر الشرطة في ساحة عامة بمدينة الموصل.",
     ("Violence against civilians", "Attack")),
])
def test_fire_on_the_states_forces_is_a_fight(text: str, expected: tuple) -> None:
    events = extract(text, "2015-03-10")["events"]
    assert (events[0]["event_type"], events[0]["sub_event_type"]) == expected


def test_gunmen_who_kill_the_soldiers_of_a_post_fight_them() -> None:
    events = extract("بغداد - قتل جنديان وأصيب ثالث بجروح حين فتح مسلحون النار على نقطة تفتيش في حي العامرية مساء أمس.",
                     "2008-03-10")["events"]
    assert (events[0]["event_type"], events[0]["sub_event_type"]) == ("Battles", "Armed clash")
