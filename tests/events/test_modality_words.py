"""Words that look like a negation and negate nothing: the «ما» of a result («ما أدى إلى
مقتل»), «من دون طيار» (a drone). Our own sentences."""

from __future__ import annotations

import pytest

from rasad import extract


@pytest.mark.parametrize("text,published,expected", [
    ("أطلق مسلحون بلباس مدني النار على معتصمي ساحة التغيير في صنعاء، ما أدى إلى مقتل ثلاثة من المعتصمين.",
     "2011-05-08", ("Excessive force against protesters", "asserted")),
    ("أفاد سكان بأن طائرة أميركية من دون طيار قصفت سيارة تقل قياديين في حركة الشباب قرب مدينة جلب.",
     "2010-05-08", ("Air/drone strike", "claimed")),
    # a negation before the act still negates it
    ("بغداد - لم تسفر الانفجارات التي وقعت في حي الكرادة عن سقوط ضحايا، ولم يطلق أحد النار على المحتجين.",
     "2019-11-08", None),
])
def test_a_result_or_a_drone_is_no_negation(text: str, published: str, expected: tuple | None) -> None:
    events = extract(text, published)["events"]
    if expected is None:
        assert not any(e["sub_event_type"] == "Excessive force against protesters" for e in events)
    else:
        assert expected in {(e["sub_event_type"], e["modality"]) for e in events}


@pytest.mark.parametrize("text", [
    "الحلة - وأعلنت وزارة الداخلية أن عبوة ناسفة انفجرت في سوق شعبي وسط المدينة.",
    "دهب - وأكدت الشرطة المصرية في بيان أن الانفجارات نجمت عن عبوات ناسفة زرعت في حقائب.",
])
def test_the_state_that_announces_a_bombing_did_not_plant_it(text: str) -> None:
    events = extract(text, "2006-04-25")["events"]
    assert events and all(e["actor1"] is None for e in events)


@pytest.mark.parametrize("text", [
    "الحلة - استهدفت عبوة ناسفة دورية للشرطة في مدينة الحلة صباح اليوم.",
    "الحلة - انفجرت عبوة ناسفة بدورية للشرطة في مدينة الحلة صباح اليوم.",
])
def test_the_patrol_a_bomb_hit_is_its_target(text: str) -> None:
    ev = extract(text, "2016-04-25")["events"][0]
    assert (ev["actor1"], ev["actor2"]) == (None, "iq.police")


def test_who_finds_a_body_did_not_kill() -> None:
    ev = extract("الموصل - عثرت الشرطة على جثة شاب مقتول بعيارات نارية في حي الزنجيلي.", "2008-05-08")["events"][0]
    assert (ev["sub_event_type"], ev["actor1"]) == ("Attack", None)


def test_an_armed_group_nobody_names_sets_an_ambush() -> None:
    ev = extract("الجزائر - قتل أربعة عناصر من الحرس البلدي في كمين نصبته جماعة مسلحة بولاية البويرة.",
                 "2008-05-08")["events"][0]
    assert (ev["sub_event_type"], ev["actor1"]) == ("Armed clash", "gen.unidentified:DZ")
