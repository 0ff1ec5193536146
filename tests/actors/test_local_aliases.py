"""A description that names an actor only in its own countries (`local_aliases_ar`):
«مقاتلو العشائر» are Iraq's Tribal Mobilization in an Iraqi article, a country's tribal
militia elsewhere (rasad/actors/linker.py, LOCAL)."""

from __future__ import annotations

import pytest

from rasad import extract


@pytest.mark.parametrize("text,published,present,absent", [
    ("الأنبار – 5 حزيران 2016\nتصدى مقاتلو العشائر لهجوم شنه تنظيم داعش على ناحية البغدادي غرب الأنبار.",
     "2016-06-05", "iq.tribal_mobilization", None),
    ("بلدوين – 5 سبتمبر 2022\nسيطرت قوات الجيش الصومالي على بلدة مهاس بعد معارك شارك فيها مقاتلو العشائر ضد حركة الشباب.",
     "2022-09-05", "gen.tribal_militia:SO", "iq.tribal_mobilization"),
    ("دير الزور – 30 آب 2023\nامتدت الاشتباكات بين مقاتلي العشائر وقوات سوريا الديمقراطية إلى بلدة ذيبان.",
     "2023-08-30", "gen.tribal_militia:SY", "iq.tribal_mobilization"),
])
def test_tribal_fighters_by_country(text: str, published: str, present: str, absent: str | None) -> None:
    ids = {a["id"] for a in extract(text, published)["actors"]}
    assert present in ids
    assert absent not in ids


# text → (event type, sub-type, actor1, actor2)
SIDES = [
    # Kurdish media's «المرتزقة» are the SNA; an advance attempted and repelled is a clash.
    ("الحسكة – 3 أيار 2020\nتصدت قوات سوريا الديمقراطية لمحاولة تقدم نفذها المرتزقة على قرية مشرافة.",
     ("Battles", "Armed clash", "sy.sdf", "sy.sna")),
    # «القوات الانقلابية» in Sudan after 2021 are the army.
    ("الخرطوم – 3 يناير 2022\nأطلقت القوات الانقلابية الغاز المسيل للدموع على آلاف المتظاهرين في الخرطوم.",
     ("Protests", "Protest with intervention", "gen.protesters:SD", "sd.military")),
    # A leader's title between «قوات» and his name; the subject five words long.
    ("بنغازي – 3 يونيو 2014\nشنت قوات المشير خليفة حفتر هجوما على مقار جماعة أنصار الشريعة في بنغازي.",
     ("Battles", "Armed clash", "ly.lna", "ly.ansar_sharia")),
    # Yemen's numbered military regions are its army.
    ("المكلا – 3 يناير 2023\nاشتبك مسلحو حلف قبائل حضرموت مع قوات المنطقة العسكرية الثانية في غيل بن يمين.",
     ("Battles", "Armed clash", "ye.hadramawt_tribal_alliance", "ye.military")),
]


@pytest.mark.parametrize("text,expected", SIDES)
def test_sides_named_by_local_words(text: str, expected: tuple) -> None:
    published = "20" + text.split(" 20", 1)[1][:2] + "-01-03"
    events = extract(text, published)["events"]
    assert [(e["event_type"], e["sub_event_type"], e["actor1"], e["actor2"]) for e in events] == [expected]


@pytest.mark.parametrize("text,published,actor_id", [
    ("حمص – 3 آذار 2012\nاشتبكت وحدات من قواتنا المسلحة الباسلة مع المجموعات الإرهابية المسلحة في تلبيسة.", "2012-03-03",
     "sy.military"),  # a state's own media speaking of its army
    ("العريش – 3 آذار 2018\nتمكنت عناصر إنفاذ القانون من القضاء على 16 تكفيرياً في تبادل لإطلاق النار بالعريش.", "2018-03-03",
     "eg.military"),
    ("العريش – 3 آذار 2018\nتمكنت عناصر إنفاذ القانون من القضاء على 16 تكفيرياً في تبادل لإطلاق النار بالعريش.", "2018-03-03",
     "gen.unidentified:EG"),
])
def test_words_of_the_state_press(text: str, published: str, actor_id: str) -> None:
    assert actor_id in {a["id"] for a in extract(text, published)["actors"]}


@pytest.mark.parametrize("published,actor_id", [("2013-06-25", "sy.police"), ("2025-06-25", "sy.police.2024")])
def test_syrian_security_forces_by_date(published: str, actor_id: str) -> None:
    text = "اعتقلت قوات الأمن السورية عشرة شبان في حي الميدان بدمشق."
    assert extract(text, published)["events"][0]["actor1"] == actor_id


def test_local_word_needs_its_country() -> None:
    """«قوات المرتزقة» where nothing says the country is no one's local word: no SNA."""
    text = "خرجت تظاهرات سلمية في عدد من البلدات مساء أمس، وقمعت قوات المرتزقة المتظاهرين بالغاز."
    assert "sy.sna" not in {a["id"] for a in extract(text, "2013-06-02")["actors"]}
