"""An act named with a nationality is that nation's forces at work, whether the adjective
follows a bare noun («قصف مدفعي سعودي») and whether «بـ» or a cause word («جراء», «إثر») leads
to it; the people it hit are the other side. Our own sentences → (sub_event_type, actor1, actor2)."""

from __future__ import annotations

import pytest

from rasad import extract

CASES = [
    ("استشهد مواطن وأصيب اثنان آخران جراء قصف مدفعي سعودي على مديرية شدا الحدودية بمحافظة صعدة.",
     ("Shelling/artillery/missile attack", "Military Forces of Saudi Arabia", "Civilians (Yemen)")),
    ("قتل طفلان إثر غارة جوية روسية على بلدة كنصفرة في جبل الزاوية.",
     ("Air/drone strike", "Military Forces of Russia", "Civilians (Syria)")),
    ("أصيب ثلاثة مدنيين بقصف صاروخي إسرائيلي على بلدة عيتا الشعب جنوبي لبنان.",
     ("Shelling/artillery/missile attack", "Military Forces of Israel", "Civilians (Lebanon)")),
]


@pytest.mark.parametrize("text,expected", CASES)
def test_means_with_a_nation(text: str, expected: tuple[str, str, str]) -> None:
    record = extract(text, published="2022-06-30")
    names = {a["id"]: a["name_en"] for a in record["actors"]}
    got = [(e["sub_event_type"], names.get(e.get("actor1")), names.get(e.get("actor2"))) for e in record["events"]]
    assert got == [expected]


def test_strikes_of_a_named_air_force_after_their_adjective() -> None:
    """«وسط غارات مكثفة لطيران التحالف على تعزيزات الميليشيات»: the party after the act and its
    adjective, glued to «لـ», is its agent, not the side named in the clause before."""
    text = ("مأرب - تجددت المعارك أمس بين قوات الجيش الوطني وميليشيات الحوثي في جبهة الكسارة، "
            "وسط غارات مكثفة لطيران التحالف على تعزيزات الميليشيات في الكسارة.")
    record = extract(text, published="2021-03-08")
    names = {a["id"]: a["name_en"] for a in record["actors"]}
    strikes = [names.get(e["actor1"]) for e in record["events"] if e["sub_event_type"] == "Air/drone strike"]
    assert strikes == ["Saudi-led coalition"]
