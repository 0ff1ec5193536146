"""An air force's strikes with a time between («سلاح الجو نفذ مساء أمس ضربات»), what it destroyed
(«القوات الجوية دمرت سيارتين»), and whose vehicle a mine hit («اصطدمت مركبة تابعة للجيش بعبوة»:
its owner is the target, not the author), as a post of the army a blast hit. Our own sentences."""

from __future__ import annotations

import pytest

from rasad import extract

CASES = [
    # (text, published, sub-type, actor1, actor2)
    ("باماكو – قال الجيش المالي إن سلاح الجو نفذ فجر اليوم ضربات على تجمعات للمسلحين قرب بلدة دوينتزا.",
     "2022-03-05", "Air/drone strike", "gen.air_force:ML", "gen.unidentified:ML"),
    ("العريش – قال المتحدث العسكري إن القوات الجوية دمرت أمس ثلاث سيارات محملة بالأسلحة جنوب الشيخ زويد.",
     "2016-07-17", "Air/drone strike", "gen.air_force:EG", None),
    ("تمبكتو – اصطدمت مركبة تابعة للجيش المالي بلغم أرضي قرب بلدة غوندام، ما أدى إلى إصابة ثلاثة جنود.",
     "2022-03-05", "Remote explosive/landmine/IED", None, "ml.military"),
    ("غاو – انفجرت عبوة ناسفة بدورية تابعة لبعثة مينوسما قرب مدينة غاو دون وقوع إصابات.",
     "2022-03-05", "Remote explosive/landmine/IED", None, "ml.minusma"),
    # (guards) a post of the army a blast hit
    ("بغداد – انفجرت عبوة ناسفة قرب موقع للجيش في قضاء الطارمية شمالي العاصمة.", "2016-07-17",
     "Remote explosive/landmine/IED", None, "iq.military"),
    ("بغداد – فجر انتحاري نفسه عند حاجز للجيش العراقي في قضاء الطارمية.", "2016-07-17", "Suicide bomb", None, "iq.military"),
    # (guard) the author told, and the patrol it hit
    ("بغداد – فجر تنظيم داعش عبوة ناسفة بدورية للشرطة في قضاء الطارمية.", "2016-07-17",
     "Remote explosive/landmine/IED", "int.is", "iq.police"),
]


@pytest.mark.parametrize(("text", "published", "sub_type", "actor1", "actor2"), CASES)
def test_strikes_and_vehicles(text: str, published: str, sub_type: str, actor1: str | None, actor2: str | None) -> None:
    events = [e for e in extract(text, published=published)["events"] if e["sub_event_type"] == sub_type]
    assert events
    assert (events[0]["actor1"], events[0]["actor2"]) == (actor1, actor2)
