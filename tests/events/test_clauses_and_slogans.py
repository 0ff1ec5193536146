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


@pytest.mark.parametrize("text,published,dates", [
    # «حتى ظهر اليوم» says how long the count ran: the blast stays on the evening before
    ("تفجير في فندق بعمان\nعمان – الرأي\nاستهدف تفجير انتحاري مساء أمس الأربعاء فندقاً في وسط العاصمة عمان. "
     "وقال وزير الداخلية إن الحصيلة بلغت حتى ظهر اليوم ثلاثين قتيلاً، حيث فجر الانتحاري نفسه وسط قاعة الاستقبال.",
     "2005-11-10", {"2005-11-09"}),
])
def test_a_date_after_until_dates_no_act(text: str, published: str, dates: set) -> None:
    events = extract(text, published)["events"]
    assert events and {e["date"] for e in events} == dates


@pytest.mark.parametrize("text,sides", [
    ("الدمازين - دارفور24\nارتفعت حصيلة الاشتباكات القبلية التي اندلعت منذ الخميس بين مجموعتي الهوسا والفونج "
     "في محلية قيسان إلى 31 قتيلاً.", ("الهوسا", "الفونج")),
    ("الجنينة - دارفور24\nتجددت المواجهات بين مكوني المساليت والعرب في أحياء الجنينة أمس الأحد.", ("المساليت", "العرب")),
])
def test_two_peoples_named_by_a_dual_head_are_the_two_sides(text: str, sides: tuple) -> None:
    record = extract(text, "2022-07-17")
    names = {a["id"]: a["mentions"][0]["text"] for a in record["actors"]}
    clash = next(e for e in record["events"] if e["event_type"] == "Battles")
    assert (names.get(clash["actor1"]), names.get(clash["actor2"])) == sides


@pytest.mark.parametrize("text,places", [
    ("بيروت - المدن\nقطع محتجون طريق المطار مساء أمس الأحد بالإطارات المشتعلة. وفي صيدا، احتشد المئات في ساحة إيليا.",
     2),
    ("عمان - الغد\nاعتصم عشرات المعلمين أمام مبنى وزارة التربية أمس الثلاثاء. وفي إربد، تجمع العشرات أمام مبنى المحافظة.",
     2),
])
def test_a_crowd_in_a_sentence_that_opens_with_another_place_is_another_crowd(text: str, places: int) -> None:
    crowds = [e for e in extract(text, "2019-11-25")["events"] if e["event_type"] == "Protests"]
    assert len(crowds) == places


@pytest.mark.parametrize("text", [
    "عدن - عدن الغد\nقال مصدر أمني إن التنظيم صعّد خلال الأسابيع الأخيرة من استخدام المسيرات والعبوات الناسفة ضد قوات الحزام الأمني في أبين.",
    "الفاشر - دارفور24\nقال شهود إن المدينة تتعرض منذ أشهر للقذائف والمسيرات دون توقف.",
])
def test_drones_named_beside_other_weapons_are_no_march(text: str) -> None:
    assert not [e for e in extract(text, "2023-05-02")["events"] if e["event_type"] == "Protests"]


@pytest.mark.parametrize("text,expected", [
    # the «و» glued to «قتلوا» is no word between the gunmen and the killing
    ("مايدوغوري - أ ف ب\nاقتحم مسلحون قرية نغوشي وقتلوا 11 شخصاً.", ("Violence against civilians", "Attack")),
    ("بغداد - الصباح\nاقتحم مسلحون منزل عائلة وقتلوا أربعة من أفرادها.", ("Violence against civilians", "Attack")),
    # forces that meet a march fire no missile at a drone
    ("رام الله - وفا\nتصدّت قوات الأمن لمسيرة انطلقت في بلدة بيتونيا مساء أمس بالغاز المسيل للدموع.",
     ("Protests", "Protest with intervention")),
    ("صنعاء - سبأ\nتصدت الدفاعات الجوية لمسيرة معادية في أجواء مأرب.", ("Strategic developments", "Disrupted weapons use")),
])
def test_words_around_a_trigger_counted_without_its_proclitic(text: str, expected: tuple) -> None:
    events = extract(text, "2020-01-26")["events"]
    assert events and (events[0]["event_type"], events[0]["sub_event_type"]) == expected


def test_camps_called_terrorist_name_no_place() -> None:
    events = extract("مايدوغوري - أ ف ب\nشنت طائرات حربية غارات على معسكرات إرهابية في غابة سامبيسا.", "2020-01-26")["events"]
    assert events and events[0]["location"]["name_ar"] != "إرهابية"


@pytest.mark.parametrize("text,speaker", [
    ("مايدوغوري - أ ف ب\nوقال أحد عناصر قوة المهام المدنية المشتركة التي تساند الجيش إن المسلحين اقتحموا قرية نغوشي "
     "وأطلقوا النار عشوائياً، فقتلوا 11 شخصاً.", "ng.cjtf"),
    ("بعقوبة - الصباح\nوقال قيادي في الحشد الشعبي إن المسلحين هاجموا قرية الحميرة وأطلقوا النار على المزارعين.", "iq.pmf"),
])
def test_a_speaker_telling_of_gunmen_is_not_their_side(text: str, speaker: str) -> None:
    events = extract(text, "2020-01-26")["events"]
    assert events and all(e["actor1"] != speaker for e in events)


@pytest.mark.parametrize("text,agent", [
    ("الدمازين - دارفور24\nقتل ثلاثة أشخاص في هجوم مسلح على سوق بلدة الكرمك الحدودية نسبته السلطات إلى مجهولين.",
     "gen.unidentified:SD"),
    ("نيالا - دارفور24\nأصيب خمسة مدنيين في هجوم على سوق المواشي في نيالا عزته الشرطة إلى عصابة مسلحة.", None),
])
def test_the_party_an_act_is_ascribed_to_is_its_agent_not_the_ascriber(text: str, agent: str | None) -> None:
    event = extract(text, "2022-07-17")["events"][0]
    assert event["actor1"] not in ("gen.government:SD", "gen.police:SD", "sd.government", "sd.police")
    if agent:
        assert event["actor1"] == agent


def test_a_feud_brought_to_an_end_is_no_fight() -> None:
    text = "سوهاج - المصري اليوم\nنجحت لجنة المصالحات في إنهاء خصومة ثأرية بين عائلتين بقرية الحمدية."
    assert not [e for e in extract(text, "2023-03-05")["events"] if e["event_type"] == "Battles"]


@pytest.mark.parametrize("text,force", [
    ("المنامة - الوسط\nأطلق جنود متمركزون قرب الدوار النار على مئات المتظاهرين.", "gen.military:BH"),
    ("صنعاء - الصحوة\nقتل متظاهر برصاص جنود في شارع الزبيري.", "ye.military"),
])
def test_soldiers_who_fire_on_a_crowd_are_the_countrys_army(text: str, force: str) -> None:
    event = extract(text, "2011-02-18")["events"][0]
    assert event["sub_event_type"] == "Excessive force against protesters"
    assert event["actor1"] == force and event["actor2"].startswith("gen.protesters")


@pytest.mark.parametrize("text", [
    "عدن - الأيام\nشن مسلحو تنظيم القاعدة في جزيرة العرب، فجر أمس الأربعاء، هجوماً واسعاً على مواقع تابعة لقوات الحزام الأمني في وادي عومران.",
    "مقديشو - الصومال الجديد\nشنت عناصر من حركة الشباب، مساء أمس الأربعاء، هجمات متزامنة على مواقع للجيش في منطقة نائية.",
])
def test_an_attack_launched_with_its_time_between(text: str) -> None:
    events = extract(text, "2023-08-10")["events"]
    assert events and events[0]["event_type"] == "Battles" and events[0]["date"] == "2023-08-09"


@pytest.mark.parametrize("text,victim", [
    ("بغداد - المدى\nلقي شرطي مصرعه بنيران مسلحين مجهولين في حي الجهاد.", "iq.police"),
    ("العريش - أ ش أ\nاستشهد مجند برصاص قناص في مدينة العريش.", "eg.military"),
    ("بغداد - المدى\nلقي شاب مصرعه بنيران مسلحين مجهولين في حي الجهاد.", "gen.civilians:IQ"),
])
def test_a_policeman_or_soldier_killed_is_no_civilian(text: str, victim: str) -> None:
    assert extract(text, "2022-03-10")["events"][0]["actor2"] == victim


@pytest.mark.parametrize("text,expected", [
    ("القاهرة - المصري اليوم\nاعتدت قوات الأمن على المتظاهرين أمام نقابة الصحفيين بالهراوات.",
     ("Protests", "Protest with intervention")),
    ("الجزائر - الخبر\nتعرض المحتجون للضرب على أيدي عناصر الشرطة أمام مقر الولاية.", ("Protests", "Protest with intervention")),
    # a party's followers who set on a crowd are a mob, not a force intervening
    ("بيروت - النهار\nاعتدى مناصرون لحزب الله على المعتصمين في ساحة الشهداء.", ("Riots", "Mob violence")),
])
def test_a_state_force_that_beats_a_crowd_intervenes(text: str, expected: tuple) -> None:
    events = extract(text, "2021-05-10")["events"]
    assert events and (events[0]["event_type"], events[0]["sub_event_type"]) == expected
