"""Both sides of a clan or tribal feud are actors of their own (identity militias, inter 4),
named by the text, and the clash between them carries them as actor1 and actor2."""

from __future__ import annotations

import pytest

import rasad

CASES = [
    # (sentence, published, the two sides as the record names them)
    ("قتل رجل وأصيب اثنان في نزاع مسلح بين عشيرتي بني كعب والحلاف في ناحية النشوة شمال البصرة.",
     "2021-05-03", ("عشيرة بني كعب", "عشيرة الحلاف")),
    ("اندلعت اشتباكات بالأسلحة المتوسطة بين عشيرة البو علوان وعشيرة البو عيثة في قضاء الرمادي.",
     "2019-08-11", ("عشيرة البو علوان", "عشيرة البو عيثة")),
    ("لقي شخصان مصرعهما في تبادل لإطلاق النار بين عائلتي آل حسان وآل عبد الله بإحدى قرى مركز ساقلتة بسوهاج.",
     "2018-02-20", ("عائلة آل حسان", "عائلة آل عبد الله")),
    ("تجدد إطلاق النار بين آل شمص وآل جعفر في حي الشراونة بمدينة بعلبك وأصيب ثلاثة أشخاص.",
     "2020-07-14", ("آل شمص", "آل جعفر")),
    # One named tribe fighting a named group: the tribe is the other side.
    ("اندلعت اشتباكات عنيفة بين المسلحين الحوثيين ورجال قبائل آل حميقان في مديرية الزاهر بالبيضاء.",
     "2019-03-01", ("قبائل آل حميقان", None)),
    ("تجددت المواجهات بين قبيلة القذاذفة وقوة من الكتيبة 116 في محيط قلعة سبها.",
     "2016-03-01", ("قبيلة القذاذفة", None)),
    # Gunmen «من قبيلة X» are the tribe's men, no unidentified group of their own.
    ("اندلعت اشتباكات بالأسلحة الخفيفة بين مسلحين من عشيرة البو محل ومسلحين من عشيرة الكرابلة قرب القائم.",
     "2021-10-05", ("عشيرة البو محل", "عشيرة الكرابلة")),
    ("عادت الاشتباكات ليل الجمعة بين مسلحين من قبيلة التبو وآخرين من قبيلة أولاد سليمان في حي الطيوري بسبها.",
     "2018-02-24", ("ميليشيات التبو", "قبيلة أولاد سليمان")),
    # Two clans told in the dual after their fighters' word: each is a side.
    ("قتل ستة أشخاص في اشتباكات بين مليشيات عشيرتي سعد وسليمان في قرية بعدوين بإقليم مدغ.",
     "2024-11-02", ("عشيرة سعد", "عشيرة سليمان")),
    ("أصيب ثلاثة في تبادل لإطلاق النار بين مسلحين من عشيرتي البو فهد والبو ذياب شرق الرمادي.",
     "2022-04-11", ("عشيرة البو فهد", "عشيرة البو ذياب")),
]


@pytest.mark.parametrize("text,published,sides", CASES)
def test_feud_sides_are_the_clash_actors(text, published, sides):
    rec = rasad.extract(text, published)
    by_id = {a["id"]: a for a in rec["actors"]}
    clashes = [e for e in rec["events"] if e["sub_event_type"] == "Armed clash"]
    assert clashes, rec["events"]
    ids = [i for i in (clashes[0]["actor1"], clashes[0]["actor2"]) if i]
    names = {by_id[i]["name_ar"] for i in ids}
    assert {s for s in sides if s} <= names
    assert any(by_id[i]["inter"] == 4 and i.startswith("new:") for i in ids)


@pytest.mark.parametrize("text,published", [
    # A family of victims is no militia; «بين» with no pair of kin groups names none.
    ("قتل ثلاثة من أفراد عائلة واحدة بقصف مدفعي استهدف منزلهم في بلدة كفرنبل.", "2019-06-01"),
    ("اندلعت اشتباكات بين قوات الأمن ومسلحين في حي الأمين بمدينة بغداد.", "2019-06-01"),
])
def test_no_feud_side_without_a_feud(text, published):
    rec = rasad.extract(text, published)
    assert not [a for a in rec["actors"] if a["inter"] == 4 and a["id"].startswith("new:")]



def test_gunmen_of_a_tribe_are_no_unidentified_group():
    rec = rasad.extract("قتل شخص في اشتباك بين مسلحين من عشيرة البو محل ومسلحين من عشيرة الكرابلة قرب القائم.", "2021-10-05")
    assert not [a for a in rec["actors"] if a["id"].startswith("gen.unidentified")]
