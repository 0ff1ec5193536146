"""Forces named by the leader they are loyal to («القوات الموالية للرئيس علي عبدالله صالح») are
that leader's forces, within the years the data gives (rasad/data/actors/rules/loyalists.yaml);
two parties named together before a one-sided act are one side. Our own sentences."""

from __future__ import annotations

import pytest

from rasad import extract
from rasad.actors.loyalists import loyalist_forces
from rasad.text.normalise import normalise


@pytest.mark.parametrize("text,published,expected", [
    ("صنعاء - اندلعت اشتباكات في حي الحصبة بين القوات الموالية للرئيس علي عبدالله صالح ومسلحي قبيلة حاشد.",
     "2011-05-26", ("ye.military", "ye.hashid_tribe")),
    ("مصراتة - قصفت كتائب موالية للعقيد معمر القذافي أحياء مدينة مصراتة بصواريخ غراد.",
     "2011-04-14", ("ly.gaddafi_forces", None)),
    ("زليتن - قتل ثلاثة من الموالين للقذافي في اشتباكات مع الثوار قرب مدينة زليتن.",
     "2011-07-21", ("gen.rebels:LY", "ly.gaddafi_forces")),
    ("داريا - قصفت قوات موالية للرئيس السوري بشار الأسد مدينة داريا بريف دمشق بالمدفعية الثقيلة.",
     "2012-08-25", ("sy.military", None)),
])
def test_forces_loyal_to_a_leader(text: str, published: str, expected: tuple) -> None:
    events = extract(text, published)["events"]
    assert (events[0]["actor1"], events[0]["actor2"]) == expected


@pytest.mark.parametrize("text,published", [
    # after 2014 Saleh's loyalists fought beside the Houthis: they are no state army
    ("هاجمت القوات الموالية لصالح مواقع المقاومة في تعز.", "2016-05-26"),
    # with no date, no leader's years can be checked
    ("هاجمت القوات الموالية لصالح مواقع المقاومة في تعز.", None),
    # a supporter is no force
    ("تظاهر آلاف الموالين لصالحهم في الساحة.", "2011-05-26"),
])
def test_no_leader_outside_the_years(text: str, published: str | None) -> None:
    from datetime import date
    day = date.fromisoformat(published) if published else None
    assert loyalist_forces(normalise(text).text, day) == []


def test_two_parties_before_a_takeover_are_one_side() -> None:
    text = ("عدن - أعلنت المقاومة الشعبية الجنوبية والقوات الموالية للرئيس عبد ربه منصور هادي، أمس الجمعة، "
            "استكمال السيطرة على مديرية كريتر في مدينة عدن، بعد معارك مع مسلحي جماعة الحوثي.")
    ev = extract(text, "2015-07-18")["events"][0]
    sides = {ev["actor1"], ev["actor2"], *ev["assoc_actors"]}
    assert ev["actor2"] == "ye.houthis" and {"ye.military", "ye.southern_resistance"} <= sides


def test_snipers_nobody_names_are_an_unidentified_armed_group() -> None:
    """«برصاص قناصة تمركزوا على أسطح المباني»: snipers told by no side are an unidentified armed
    group; a sniper named with a side («قناص حوثي») stays that side's."""
    events = extract("صنعاء - قتل سبعة من المعتصمين برصاص قناصة تمركزوا على أسطح المباني في شارع الزبيري.",
                     "2011-09-19")["events"]
    assert events[0]["actor1"] == "gen.unidentified:YE"
    events = extract("تعز - قتلت طفلة برصاص قناص حوثي في حي ثعبات.", "2022-09-19")["events"]
    assert events[0]["actor1"] == "ye.houthis"
