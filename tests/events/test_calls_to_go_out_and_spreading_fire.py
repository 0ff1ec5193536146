"""A call «إلى الخروج» plans a protest; a crowd's fire that reaches more buildings in a list of
towns riots in each; a fire that spreads in a market is none. Our sentences."""

from __future__ import annotations

import pytest

from rasad import extract


@pytest.mark.parametrize("text,published,admin1", [
    ("ودعا منظمو الحراك إلى الخروج مجدداً مساء الجمعة المقبلة إلى ساحة الشهداء في بيروت.", "2019-11-04", "LB-BA"),
    ("دعت تنسيقية المعطلين إلى النزول غداً إلى شوارع مدينة قفصة.", "2016-01-21", "TN-71"),
])
def test_call_to_go_out_is_planned(text: str, published: str, admin1: str) -> None:
    r = extract(text, published)
    found = [e for e in r["events"] + r.get("unrealised_events", []) if e["sub_event_type"] == "Peaceful protest"]
    assert found and found[0]["modality"] == "planned" and found[0]["location"]["admin1_code"] == admin1


def test_crowd_fire_reaching_listed_towns() -> None:
    text = "وأحرق محتجون غاضبون مقراً لحزب الدعوة في الكوت، كما طالت النيران مقار حزبية في الديوانية والحلة."
    events = extract(text, "2019-10-26")["events"]
    assert sorted(e["location"]["name_ar"] for e in events if e["sub_event_type"] == "Violent demonstration") \
        == ["الحلة", "الديوانية", "الكوت"]


def test_fire_spreading_in_a_market_is_no_riot() -> None:  # (guard)
    assert not extract("اندلع حريق في سوق الشورجة ببغداد وامتدت النيران إلى محال مجاورة.", "2019-10-14")["events"]
