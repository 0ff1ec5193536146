"""Who belongs to which clause, what a crowd chants, and an event named again by its noun.
Our own sentences.

- «انفجرت عبوة …، فيما فككت قوة من الشرطة عبوة ثانية»: the force of the clause «فيما» opens
  acts there; it is neither the bomber nor the target of the blast;
- «ورفعوا لافتات كتب عليها "بنغازي لن تركع"»: a place the slogan names is not where the crowd is;
- «تجددت المواجهات بين الشبان وقوات مكافحة الشغب … وأسفرت المواجهات عن إصابة …»: one event.
"""

from __future__ import annotations

import pytest

from rasad import extract


@pytest.mark.parametrize("text", [
    "بعقوبة (الصباح) - انفجرت عبوة ناسفة قرب سوق الخضار وسط بعقوبة ظهر اليوم، فيما فككت قوة من الشرطة عبوة ثانية في الحي نفسه.",
    "الحلة - انفجرت سيارة مفخخة قرب مرآب النقل في الحلة، بينما اعتقلت قوات الأمن ثلاثة مشتبه بهم في حي الجمعية.",
    "كركوك - انفجرت عبوة لاصقة بسيارة مدنية في حي الواسطي، في حين انتشرت قوات الجيش في الشوارع المحيطة.",
])
def test_a_force_in_a_contrast_clause_is_no_party_of_the_blast(text: str) -> None:
    blasts = [e for e in extract(text, "2008-04-02")["events"] if e["sub_event_type"] == "Remote explosive/landmine/IED"]
    assert blasts and blasts[0]["actor1"] is None and blasts[0]["actor2"] is None


@pytest.mark.parametrize("text,place,slogan", [
    ("احتجاج في طرابلس\nطرابلس - وكالات\nوفي سوق الجمعة، تجمع عشرات الأهالي أمام مبنى البلدية ورفعوا لافتات كتب عليها "
     "\"بنغازي لن تركع\".", "سوق الجمعة", "بنغازي"),
    ("وقفة في الرباط\nالرباط - هسبريس\nنظم عشرات الطلبة وقفة أمام البرلمان رفعوا خلالها لافتات تقول \"القدس عاصمة فلسطين\".",
     "البرلمان", "القدس"),
])
def test_a_place_the_slogan_names_is_not_where_the_crowd_stands(text: str, place: str, slogan: str) -> None:
    crowds = [e for e in extract(text, "2012-03-05")["events"] if e["event_type"] == "Protests"]
    assert crowds
    assert all((e["location"] or {}).get("name_ar") != slogan for e in crowds)


def test_a_place_before_the_slogan_words_is_still_the_crowds() -> None:
    crowds = extract("البصرة - تظاهر المئات ورفعوا لافتات أمام مبنى محافظة البصرة.", "2019-07-10")["events"]
    assert crowds and crowds[0]["location"]["name_ar"] == "البصرة"


@pytest.mark.parametrize("text,expected", [
    ("الجزائر - الخبر\nتجددت المواجهات أمس بين عشرات الشبان وقوات مكافحة الشغب في حي باب الوادي بالعاصمة. "
     "وأسفرت المواجهات عن إصابة عشرة من أعوان الأمن وعدد من الشبان.", 1),
    ("تونس - موزاييك\nاندلعت مواجهات ليلة أمس بين شبان ووحدات الأمن في حي التضامن. "
     "وأسفرت المواجهات عن إيقاف عشرين شاباً.", 1),
])
def test_an_event_named_again_by_its_noun_is_one_event(text: str, expected: int) -> None:
    events = [e for e in extract(text, "2011-01-12")["events"] if e["event_type"] in ("Riots", "Battles", "Protests")]
    assert len(events) == expected


@pytest.mark.parametrize("text", [
    "حمص - سانا\nاستشهد اثنان من حفظة النظام برصاص مسلحين في حي القصور.",
    "دمشق - سانا\nأصيب ثلاثة من عناصر حفظ النظام بانفجار عبوة ناسفة في حي القدم.",
])
def test_keepers_of_order_are_the_police(text: str) -> None:
    record = extract(text, "2012-07-08")
    police = {a["id"] for a in record["actors"] if a["id"] == "sy.police"}
    assert police
