"""A speaker who accuses a party of an act («اتهم المتحدث باسم الحركة الطيران الحكومي بقصف …»)
names its author right before «بـ»: the accused is no part of who speaks, and the speaker is
no author. Our sentences."""

from __future__ import annotations

import pytest

from rasad import extract


@pytest.mark.parametrize("text,published,sub,actor1", [
    ("وفي جنوب كردفان، اتهم المتحدث باسم الحركة الشعبية عمار آمون الطيران الحكومي بقصف بلدة كادقلي يوم الجمعة "
     "بطائرات أنتونوف، ما أدى إلى مقتل طفلين.", "2015-03-01", "Air/drone strike", "sd.military"),
    ("واتهم قائد ميداني في الجبهة الشامية قوات سوريا الديمقراطية بقصف مدينة مارع بالمدفعية أمس.",
     "2019-05-04", "Shelling/artillery/missile attack", "sy.sdf"),
    # (guard) the accused named by itself after the verb
    ("واتهمت الحركة الجيش بقصف بلدة الدلنج أمس.", "2015-03-01", "Shelling/artillery/missile attack", "sd.military"),
])
def test_the_accused_is_the_author(text: str, published: str, sub: str, actor1: str) -> None:
    events = [e for e in extract(text, published)["events"] if e["sub_event_type"] == sub]
    assert events and events[0]["actor1"] == actor1


def test_every_party_after_the_verb_names_the_speaker() -> None:
    """«اتهم قائد ميداني في الجيش بقصف …»: no party after the verb is free of the speaker's name;
    the sentence is read, not crashed on."""
    assert isinstance(extract("واتهم قائد ميداني في الجيش بقصف القرية أمس.", "2019-05-04")["events"], list)
