"""Actors as the 2011–2016 reports name them: defectors, «قوات موالية للواء المتقاعد خليفة
حفتر», a government warplane; bare «الجيش» in Iraqi news is the state's army even where
an insurgent «army» is named; a rank («اللواء المتقاعد») is no brigade. Our own sentences."""

from __future__ import annotations

import pytest

from rasad import extract


@pytest.mark.parametrize("text,published,actor1,actor2", [
    ("الرستن - اندلعت اشتباكات عنيفة فجر اليوم بين جنود منشقين والقوات النظامية في مدينة الرستن.",
     "2012-01-30", "sy.fsa", "sy.military"),
    ("بنغازي - هاجمت قوات موالية للواء المتقاعد خليفة حفتر مقار كتيبة راف الله السحاتي في بنغازي.",
     "2014-05-17", "ly.lna", "new:ktybh_raf_allh_alshaty"),
    ("بن جواد - قصفت طائرة حربية حكومية مواقع الثوار عند المدخل الشرقي لبلدة بن جواد.",
     "2011-03-07", "gen.military:LY", "gen.rebels:LY"),
    ("كركوك - أعلن جيش رجال الطريقة النقشبندية أنه لا صلة له بالهجوم. وهاجم مسلحون من العشائر نقاطا للجيش "
     "في ناحية الرشاد أمس.", "2013-04-25", "gen.tribal_militia:IQ", "iq.military"),
])
def test_sides_named_in_the_eras_words(text: str, published: str, actor1: str, actor2: str | None) -> None:
    events = extract(text, published)["events"]
    assert (events[-1]["actor1"], events[-1]["actor2"]) == (actor1, actor2)


def test_a_rank_is_no_brigade() -> None:
    ids = {a["id"] for a in extract("بنغازي - أعلن مؤيدون للواء المتقاعد خليفة حفتر دعمهم لعملية الكرامة.",
                                    "2014-05-20")["actors"]}
    assert not any(i.startswith("new:") for i in ids)


def test_a_border_crossing_is_no_village() -> None:
    places = extract("غارات للتحالف وانتحاري يفجر عربة مفخخة قرب المعبر", "2014-11-29")["places"]
    assert "المعبر" not in [p["name_ar"] for p in places]


@pytest.mark.parametrize("text,published,actor1,actor2", [
    # Aircraft named by their model are the article's state's; with a nationality, that state's.
    ("العريش - شنت مقاتلات «إف-16» صباح اليوم الخميس غارات على تجمعات المسلحين جنوب الشيخ زويد.",
     "2015-07-02", "eg.military", "gen.unidentified:EG"),  # the gunmen aimed at: an unidentified armed group
    ("غزة - قصفت طائرات إف 16 الإسرائيلية منزلا في حي الشجاعية.", "2014-07-20", "int.israel_military", None),
    # A coalition's members named in a relative clause are no party of what it did.
    ("إدلب - أعلن جيش الفتح، الذي يضم جبهة النصرة وحركة أحرار الشام، أمس السبت سيطرته الكاملة على مدينة "
     "جسر الشغور.", "2015-04-26", "sy.jaish_al_fatah", None),
])
def test_aircraft_models_and_coalitions(text: str, published: str, actor1: str, actor2: str | None) -> None:
    e = extract(text, published)["events"][0]
    assert (e["actor1"], e["actor2"]) == (actor1, actor2)


@pytest.mark.parametrize("text,published,actor1,actor2", [
    # Sudan's Popular Congress is no Yemeni GPC; «أجهزة الأمن» are the police.
    ("الخرطوم - واعتقلت أجهزة الأمن اليوم الأحد عددا من قيادات حزب المؤتمر الشعبي المعارض في الخرطوم.",
     "2008-05-11", "sd.police", "sd.pcp"),
    # «جماعة إرهابية» unnamed is an unidentified armed group.
    ("تيزي وزو - قتل ستة عسكريين مساء السبت في كمين نصبته جماعة إرهابية لقافلة عسكرية قرب بلدة أزفون.",
     "2008-06-09", "gen.unidentified:DZ", "dz.military"),
])
def test_parties_and_groups_of_the_2000s(text: str, published: str, actor1: str, actor2: str | None) -> None:
    e = extract(text, published)["events"][0]
    assert (e["actor1"], e["actor2"]) == (actor1, actor2)


def test_the_interior_ministry_arrests_with_its_forces() -> None:
    e = extract("المحلة الكبرى - وأعلنت وزارة الداخلية أن قواتها ألقت القبض أمس على 150 شخصا من «مثيري الشغب» "
                "في المحلة الكبرى.", "2008-04-08")["events"][0]
    assert (e["sub_event_type"], e["actor1"], e["actor2"]) == ("Arrests", "eg.police", "gen.rioters:EG")
