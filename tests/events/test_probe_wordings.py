"""Wordings a probe of one-event sentences found missed or misread. Our own sentences."""

from __future__ import annotations

import pytest

from rasad import extract


def _events(text: str, published: str) -> list[dict]:
    return extract(text, published)["events"]


@pytest.mark.parametrize("published,text,event_type,sub_type,fatalities", [
    # Destruction that kills is an attack on the people in it, a building blown up a bombing.
    ("2008-02-11", "أحرق مسلحون من الجنجويد قرية بكاملها في ولاية شمال دارفور وقتلوا اثني عشر مدنياً.",
     "Violence against civilians", "Attack", 12),
    ("2016-05-02", "أضرم مستوطنون النار في منزل بقرية بورين جنوب نابلس فجر اليوم، ما أدى إلى استشهاد طفل.",
     "Violence against civilians", "Attack", 1),
    ("2017-04-09", "قتل سبعة عشر شخصاً في تفجير داخل كنيسة مار جرجس بمدينة طنطا خلال قداس الأحد.",
     "Explosions/Remote violence", "Remote explosive/landmine/IED", 17),
    # Car bombs in the dual, and missile strikes.
    ("2009-10-25", "ضربت شاحنتان مفخختان مبنى محافظة بغداد ووزارة العدل قرب المنطقة الخضراء صباح اليوم.",
     "Explosions/Remote violence", "Remote explosive/landmine/IED", None),
    ("2023-02-21", "قتل ثلاثة أشخاص في ضربة صاروخية استهدفت مبنى سكنياً في حي كفرسوسة بدمشق فجر اليوم.",
     "Explosions/Remote violence", "Shelling/artillery/missile attack", 3),
])
def test_kind_of_act(published, text, event_type, sub_type, fatalities):
    events = _events(text, published)
    assert events and events[0]["event_type"] == event_type and events[0]["sub_event_type"] == sub_type, events
    assert events[0]["fatalities"] == fatalities


def test_destruction_without_dead_stays_destruction():
    events = _events("أضرم مستوطنون النار في منزل بقرية بورين جنوب نابلس فجر اليوم دون وقوع إصابات.", "2016-05-02")
    assert events and events[0]["sub_event_type"] == "Looting/property destruction"


@pytest.mark.parametrize("published,text,actor1,actor2", [
    # «بـ» + the act + a nationality: the nation's forces did it to the party named before.
    ("2020-01-03", "قتل قائد فيلق القدس بضربة جوية أمريكية استهدفت موكبه قرب مطار بغداد الدولي.",
     "int.us_military", "int.quds_force"),
    ("2023-02-07", "استشهد مواطن وأصيب ثلاثة آخرون بقصف سعودي على مديرية شدا الحدودية.",
     "int.saudi_military", "gen.civilians"),
])
def test_agent_named_by_the_weapon(published, text, actor1, actor2):
    events = _events(text, published)
    assert events and events[0]["actor1"] == actor1 and events[0]["actor2"].startswith(actor2), events


def test_weapon_span_leaves_the_preposition_out():
    rec = extract("قتل قائد فيلق القدس بضربة جوية أمريكية استهدفت موكبه قرب مطار بغداد الدولي.", "2020-01-03")
    us = next(a for a in rec["actors"] if a["id"] == "int.us_military")
    assert [m["text"] for m in us["mentions"]] == ["ضربة جوية أمريكية"]


@pytest.mark.parametrize("published,text,kinds", [
    # «موجة حر» is the weather of the day, no wave of acts that would make the report habitual.
    ("2015-07-31", "تظاهر آلاف العراقيين في ساحة التحرير احتجاجاً على انقطاع الكهرباء في ظل موجة حر خانقة.", {"Protests"}),
    # «موجة اغتيالات» is: no event of a day.
    ("2021-06-01", "وتشهد مدينة درعا منذ أشهر موجة اغتيالات تطال قادة سابقين في فصائل المعارضة.", set()),
    # A security building attacked is no base established.
    ("2015-07-31", "قتل شرطي في انفجار قنبلة استهدف مقرا أمنيا في مدينة البويرة.", {"Explosions/Remote violence"}),
])
def test_what_is_told(published, text, kinds):
    assert {e["event_type"] for e in _events(text, published)} == kinds


def test_a_whole_village_is_no_village_name():
    rec = extract("أحرق مسلحون قرية بكاملها في ولاية شمال دارفور.", "2008-02-11")
    assert not [p for p in rec["places"] if "بكاملها" in p["text"]]


def test_more_places_of_a_headline_strike_keep_its_author():
    """A headline merged into the body's first report: the next sentence's list carries it on."""
    text = ("مقتل مدني بقصف سعودي على مديرية منبه\nصعدة – 7 فبراير 2023\n"
            "قتل مدني وأصيب اثنان، اليوم الثلاثاء، جراء قصف مدفعي للجيش السعودي على منطقة الرقو بمديرية منبه الحدودية. "
            "وتعرضت مناطق في مديريتي شدا وقطابر اليوم أيضاً لقصف مماثل ألحق أضراراً بالمنازل.")
    shelled = {(e["location"] or {}).get("name_ar"): e["actor1"] for e in _events(text, "2023-02-07")}
    assert shelled.get("شدا") == "int.saudi_military" and shelled.get("قطابر") == "int.saudi_military", shelled


def test_a_related_report_is_no_continuation():
    text = ("مقتل شاب برصاص مجهولين في طفس\nدرعا – 14 أيلول 2021\n"
            "قُتل شاب برصاص مسلحين مجهولين، مساء أمس، في بلدة طفس بريف درعا الغربي، بحسب ناشطين. "
            "وفي سياق متصل، عُثر صباح اليوم على جثة رجل مقتولاً بطلق ناري قرب مدينة نوى.")
    found = [e for e in _events(text, "2021-09-14") if (e["location"] or {}).get("name_ar") == "نوى"]
    assert found and found[0]["actor1"] is None and found[0]["modality"] == "asserted", found


@pytest.mark.parametrize("published,text,sub_type,actor1", [
    # State media's «أعاد الأمن والاستقرار إلى …» is ground retaken.
    ("2019-08-21", "أعادت وحدات من الجيش العربي السوري الأمن والاستقرار إلى بلدتي اللطامنة وكفرزيتا بريف حماة الشمالي.",
     "Government regains territory", "sy.military"),
    # Sanaa media: «الجيش واللجان الشعبية» foil «محاولة زحف» of «المرتزقة».
    ("2020-03-02", "أفشلت قوات الجيش واللجان الشعبية محاولة زحف لمرتزقة العدوان على مواقعها في جبهة نهم.",
     "Armed clash", "ye.houthi_military"),
    # Drones met by air defence are disrupted weapons, not marches.
    ("2024-05-08", "قال مصدر عسكري إن الدفاعات الأرضية للجيش تصدت لمسيرتين وأسقطتهما فوق مدينة كوستي.",
     "Disrupted weapons use", "sd.military"),
    # Lebanese media's «مسيرة معادية» is Israel's.
    ("2024-02-10", "استهدفت مسيرة معادية دراجة نارية في بلدة عيترون الجنوبية ما أدى إلى استشهاد شاب.",
     "Air/drone strike", "int.israel_military"),
])
def test_outlet_idioms(published, text, sub_type, actor1):
    events = _events(text, published)
    assert events and events[0]["sub_event_type"] == sub_type and actor1 in (events[0]["actor1"], events[0]["actor2"]), events


@pytest.mark.parametrize("published,text", [
    # A crowd that blocks a road and fights the police in one sentence is one riot (ACLED).
    ("2013-02-15", "أغلق شبان الشارع الرئيسي في قرية الدراز ليل أمس بالإطارات المشتعلة واشتبكوا مع قوات الأمن."),
    ("2019-11-20", "قطع محتجون غاضبون جسر السنك وسط بغداد واشتبكوا مع قوات مكافحة الشغب التي أطلقت الغاز المسيل للدموع."),
])
def test_crowd_that_fights_is_one_riot(published, text):
    events = _events(text, published)
    assert [e["sub_event_type"] for e in events] == ["Violent demonstration"], events


@pytest.mark.parametrize("published,text,joins", [
    # People who join a strike are no group joining another.
    ("2018-09-20", "أضرب عمال شركة الغزل في المحلة الكبرى عن العمل أمس، وانضم إليهم عمال الوردية الليلية مساء أمس.", False),
    ("2018-09-20", "أعلنت كتيبة شهداء القريتين انضمامها إلى هيئة تحرير الشام أمس.", True),
])
def test_who_joins(published, text, joins):
    subs = [e["sub_event_type"] for e in _events(text, published)]
    assert ("Change to group/activity" in subs) == joins, subs


def test_led_to_an_unknown_place_is_no_unknown_party():
    events = _events("قال مصدر محلي إن مسلحين من تنظيم داعش هاجموا ليلة أمس منازل في قرية قرب المقدادية، "
                     "وقتلوا مزارعاً واقتادوا نجله إلى جهة مجهولة.", "2021-06-10")
    kinds = sorted(e["sub_event_type"] for e in events)
    assert kinds == ["Abduction/forced disappearance", "Attack"], events


@pytest.mark.parametrize("published,text,fatalities", [
    # Heads of cattle are no dead; «راعيين» are two.
    ("2023-01-10", "هاجم مسلحون مجهولون رعاة أغنام قرب ناحية قره تبه، ما أسفر عن مقتل راعيين وسرقة نحو 200 رأس من الماشية.", 2),
    ("2021-04-03", "قتل مسلحون من الدعم السريع ثلاثة مزارعين ونهبوا 90 رأساً من الأبقار في قرية قرب نيالا.", 3),
    # «قتيلين أحدهما مدني»: the civilian is one of the two.
    ("2020-11-18", "تجددت الاشتباكات في مخيم عين الحلوة بين عناصر من حركة فتح ومسلحين من جند الشام، ما أدى إلى سقوط قتيلين أحدهما مدني.", 2),
    ("2019-03-02", "قتل خمسة أشخاص معظمهم نساء في قصف مدفعي على بلدة كفرنبل.", 5),
])
def test_toll(published, text, fatalities):
    events = _events(text, published)
    assert events and events[0]["fatalities"] == fatalities, events


def test_a_truce_is_agreed_where_the_fighting_was():
    text = ("اشتباكات في مخيم عين الحلوة\nصيدا – 18 تشرين الثاني 2020\n"
            "تجددت الاشتباكات اليوم في مخيم عين الحلوة بين عناصر من حركة فتح ومسلحين من جماعة جند الشام. "
            "وكانت الفصائل قد توصلت أمس إلى اتفاق لوقف إطلاق النار بعد جولة أولى من القتال.")
    truce = [e for e in _events(text, "2020-11-18") if e["sub_event_type"] == "Agreement"]
    assert truce and (truce[0]["location"] or {}).get("name_ar") == "مخيم عين الحلوة", truce
