"""Crowds met by force and the sides of a fight (issue 11, point 4: actors).

A crowd dispersed in wordings beyond «فرقت المتظاهرين» («متظاهري حرستا», kept from a
building, a road reopened by the army); a crowd told first and met by force later at the same
place is one protest; stones thrown by other protesters elsewhere in the sentence do not make
the dispersed march a riot; and a party named beside the agent («قوات النظام والميليشيات
الموالية لها») is on its side, not the other side. Our own sentences in outlets' styles.
"""

from __future__ import annotations

import pytest

from rasad import extract

PUBLISHED = "2019-10-24"


def _events(text: str) -> list[dict]:
    return extract(text, PUBLISHED)["events"]


def _name(record: dict, actor_id: str | None) -> str | None:
    return next((a["name_en"] for a in record["actors"] if a["id"] == actor_id), None)


# text → (sub-type, place, actor1, actor2) of the one intervention it tells
INTERVENTIONS = [
    # A crowd named in the construct form after the verb that disperses it.
    ("دمشق – 15 نيسان 2011\nفرقت قوات الأمن بالغاز المسيل للدموع متظاهري مدينة حرستا بعد صلاة الجمعة.",
     ("Protest with intervention", "حرستا", "Protesters (Syria)", "Police Forces of Syria (2000-2024)")),
    # Kept from a building: the crowd named by its sit-in, not only by its numbers.
    ("عمّان – 4 حزيران 2018\nمنعت قوات الدرك المعتصمين من الاقتراب من مبنى رئاسة الوزراء في عمّان مساء أمس.",
     ("Protest with intervention", "عمّان", "Protesters (Jordan)", "Police Forces of Jordan")),
    # A road the crowd closed, reopened by the army.
    ("بيروت – 24 تشرين الأول 2019\nتدخل الجيش اللبناني صباح اليوم لفتح أوتوستراد جل الديب، ما أدى إلى تدافع مع المعتصمين.",
     ("Protest with intervention", "جل الديب", "Protesters (Lebanon)", "Military Forces of Lebanon")),
    # The crowd told first, then dispersed and named by a clitic: one event.
    ("الرباط – 12 آذار 2019\nخرج عشرات العاطلين عن العمل في مسيرة غاضبة بمدينة وجدة مساء أمس. وتدخلت قوات الأمن "
     "لتفريقهم بالقوة.",
     ("Protest with intervention", "وجدة", "Protesters (Morocco)", "Police Forces of Morocco")),
    # A road closed by the crowd and reopened by the gendarmerie.
    ("عمّان – 7 آب 2018\nأغلق محتجون الطريق الصحراوي قرب مدينة معان قبل أن تتدخل قوات الدرك وتعيد فتحه.",
     ("Protest with intervention", "معان", "Protesters (Jordan)", "Police Forces of Jordan")),
]


@pytest.mark.parametrize("text,expected", INTERVENTIONS)
def test_crowd_met_in_other_wordings(text: str, expected: tuple[str, str, str, str]) -> None:
    record = extract(text, PUBLISHED)
    met = [e for e in record["events"] if e["event_type"] == "Protests"]
    assert len(met) == 1, met
    e = met[0]
    sub, place, actor1, actor2 = expected
    assert e["sub_event_type"] == sub
    assert place in ((e.get("location") or {}).get("name_ar") or "")
    assert (_name(record, e["actor1"]), _name(record, e["actor2"])) == (actor1, actor2)


def test_stones_thrown_by_others_leave_the_dispersed_march_a_protest() -> None:
    text = ("الرباط – 29 ماي 2017\nوفرقت قوات الأمن مسيرة ليلية في بلدة إمزورن بالقوة مساء أمس، فيما رشق محتجون "
            "عناصر القوات العمومية بالحجارة في حي سيدي عابد بمدينة الحسيمة.")
    kinds = sorted((e["event_type"], e["sub_event_type"]) for e in _events(text))
    assert ("Protests", "Protest with intervention") in kinds
    assert ("Riots", "Violent demonstration") in kinds


def test_crowd_told_first_then_met_at_its_place_is_one_protest() -> None:
    text = ("بيروت – 24 تشرين الأول 2019\nقطع محتجون صباح اليوم أوتوستراد جل الديب شمالي بيروت بالإطارات المشتعلة. "
            "وتدخل الجيش اللبناني لفتح أوتوستراد جل الديب، ما أدى إلى تدافع مع المعتصمين.")
    protests = [e for e in _events(text) if e["event_type"] == "Protests"]
    assert [e["sub_event_type"] for e in protests] == ["Protest with intervention"]


def test_crowds_at_other_places_stay_apart_from_the_one_met() -> None:
    text = ("القاهرة – 9 مايو 2014\nتظاهر المئات من أنصار جماعة الإخوان المسلمين عقب صلاة الجمعة اليوم في حي المطرية "
            "بالقاهرة. كما تظاهر المئات في مدينة الإسكندرية. وفرقت قوات الأمن مسيرة المطرية بالقوة.")
    protests = sorted(((e.get("location") or {}).get("name_ar"), e["sub_event_type"])
                      for e in _events(text) if e["event_type"] == "Protests")
    assert protests == [("الإسكندرية", "Peaceful protest"), ("المطرية", "Protest with intervention")]


# text → (actor1, actor2, associated actors) of its first event
SIDES = [
    # The militias «and» the army's side are its partners; the other side is named after «مع».
    ("إدلب – 2 آذار 2020\nسيطرت قوات النظام والميليشيات الموالية لها، فجر اليوم، على قرية سفوهن في جبل الزاوية، "
     "بعد معارك مع فصائل الجبهة الوطنية للتحرير استمرت منذ مساء أمس.",
     ("Military Forces of Syria (2000-2024)", "National Front for Liberation", ["Pro-Government Militia (Syria)"])),
    # «مع» right after the agent of a clash names the other side, not a partner.
    ("حماة – 2 آذار 2020\nاشتبكت قوات النظام مع فصائل المعارضة في بلدة كفرنبودة صباح اليوم.",
     ("Military Forces of Syria (2000-2024)", "Opposition Rebels (Syria)", [])),
]


@pytest.mark.parametrize("text,expected", SIDES)
def test_partner_of_the_agent_is_no_opponent(text: str, expected: tuple[str, str, list[str]]) -> None:
    record = extract(text, PUBLISHED)
    e = record["events"][0]
    actor1, actor2, assoc = expected
    assert _name(record, e["actor1"]) == actor1
    assert _name(record, e["actor2"]) == actor2
    assert [_name(record, a) for a in e.get("assoc_actors", [])] == assoc


# text → (sub-type, date, actor1) of an event it tells last
TOLD_AGAIN = [
    # «المهاجمون» are the attackers named before.
    ("الخرطوم – 26 أكتوبر 2024\nقالت لجان المقاومة إن قوات الدعم السريع شنت، أمس الجمعة، هجمات على بلدات تمبول "
     "والهلالية بولاية الجزيرة. وأضافت أن المهاجمين اختطفوا أربع فتيات من مدينة رفاعة.",
     ("Abduction/forced disappearance", "2024-10-25", "RSF - Rapid Support Forces")),
    # «في اليوم التالي»: the day after the day told before, not the dateline's.
    ("نيالا – 2 مارس 2014\nقال نازحون إن قوات الدعم السريع أحرقت، يوم الجمعة الماضي، قرية مرلا شرقي نيالا. "
     "كما أحرق المهاجمون في اليوم التالي قرية منواشي.",
     ("Looting/property destruction", "2014-03-01", "RSF - Rapid Support Forces")),
]


@pytest.mark.parametrize("text,expected", TOLD_AGAIN)
def test_attackers_and_day_told_again(text: str, expected: tuple[str, str, str]) -> None:
    record = extract(text, None)
    sub, day, actor1 = expected
    told = [(e["date"], _name(record, e["actor1"])) for e in record["events"] if e["sub_event_type"] == sub]
    assert (day, actor1) in told, told


@pytest.mark.parametrize("text", [
    "الرمادي – 9 نيسان 2020\nأوضح المصدر أن الخاطفين من عناصر داعش استولوا على أكثر من 200 رأس من الماشية قرب الرطبة.",
    "غاو – 2 تشرين الأول 2023\nوأضاف أحد الأعيان أن مسلحين مجهولين استولوا على قطيع من الإبل قرب بلدة أنسونغو.",
])
def test_livestock_seized_is_no_ground_taken(text: str) -> None:
    assert not [e for e in _events(text) if e["event_type"] == "Battles"]


# The victims of violence against civilians are Civilians (country), whatever they are called.
VICTIMS = [
    ("عتق – 25 مارس 2024\nاغتيل إمام وخطيب أحد مساجد مدينة عتق، مساء أمس، برصاص مسلحين مجهولين كانوا يستقلون دراجة نارية.",
     "Civilians (Yemen)"),
    ("الفاشر – 25 سبتمبر 2024\nاختطف مسلحون مجهولون أربع فتيات من قرية شقرة غربي الفاشر صباح اليوم.", "Civilians (Sudan)"),
    ("دير الزور – 3 آب 2015\nأعدم تنظيم الدولة الإسلامية أمس ثلاثة من تجار المواشي في مدينة الميادين بتهمة التعامل مع النظام.",
     "Civilians (Syria)"),
]


@pytest.mark.parametrize("text,victims", VICTIMS)
def test_victims_by_title_or_trade_are_civilians(text: str, victims: str) -> None:
    record = extract(text, None)
    attacks = [e for e in record["events"] if e["event_type"] == "Violence against civilians"]
    assert attacks and _name(record, attacks[0]["actor2"]) == victims


# Parties named by category or nationality, not by their dictionary names.
NAMED_OTHERWISE = [
    # «عناصر تكفيرية» in an Egyptian security source: an unidentified armed group of Egypt.
    ("العريش – 15 أغسطس 2013\nاستشهد ثلاثة مجندين مساء أمس إثر هجوم شنته عناصر تكفيرية مسلحة على كمين للشرطة "
     "بمنطقة الريسة شرق مدينة العريش.", "Unidentified Armed Group (Egypt)"),
    # A special force named by its nationality is that country's army.
    ("غزة – 28 تموز 2014\nخاض مقاتلو كتائب القسام أمس اشتباكات ضارية مع قوة إسرائيلية خاصة تسللت شرق مخيم البريج.",
     "Military Forces of Israel"),
    # «إرهابيين اثنين ينتميان إلى كتيبة …»: the category stands for the group it belongs to.
    ("القصرين – 23 أوت 2019\nقضت الوحدات الأمنية أمس على إرهابيين اثنين ينتميان إلى كتيبة «جند الخلافة» في كمين "
     "بجبل المغيلة بولاية سيدي بوزيد.", "Jund al-Khilafa (Tunisia)"),
]


@pytest.mark.parametrize("text,party", NAMED_OTHERWISE)
def test_parties_named_by_category_or_nationality(text: str, party: str) -> None:
    record = extract(text, None)
    e = record["events"][0]
    assert party in {_name(record, e["actor1"]), _name(record, e["actor2"])}


def test_backers_between_the_two_sides_are_the_first_sides_partners() -> None:
    text = ("مأرب – 8 مارس 2021\nوفي جبهة صرواح غربي المحافظة، تواصلت المعارك العنيفة أمس بين قوات الجيش الوطني "
            "مسنودة برجال القبائل ومسلحي الجماعة الحوثية.")
    record = extract(text, None)
    e = record["events"][0]
    assert (_name(record, e["actor1"]), _name(record, e["actor2"])) == (
        "Military Forces of Yemen (Hadi/Presidential Leadership Council)", "Houthi Movement - Ansar Allah")
    assert [_name(record, a) for a in e["assoc_actors"]] == ["Tribal Militia (Yemen)"]


def test_fighting_named_again_was_fought_by_the_sides_told_before() -> None:
    text = ("عدن – 30 يناير 2018\nتجددت المعارك أمس بين قوات المجلس الانتقالي الجنوبي وألوية الحماية الرئاسية "
            "في مديرية دار سعد. وكانت المواجهات قد اندلعت الأحد الماضي في مديرية كريتر. وقالت اللجنة الدولية "
            "للصليب الأحمر إن عشرة أشخاص قتلوا خلال القتال في كريتر.")
    record = extract(text, None)
    sides = {((e.get("location") or {}).get("name_ar"), _name(record, e["actor1"]), _name(record, e["actor2"]))
             for e in record["events"] if e["event_type"] == "Battles"}
    assert ("كريتر", "STC - Southern Transitional Council", "Presidential Protection Brigades (Yemen)") in sides
    assert not any("Red Cross" in (a or "") for _, a, _ in sides)


@pytest.mark.parametrize("text,fatalities", [
    # Who follows «بينهم/بينهما» is among the dead already counted by the dual.
    ("تعز – 17 يناير 2019\nسقط قتيلان بينهما امرأة في قصف على مدينة تعز أمس.", 2),
    ("الخرطوم – 17 يناير 2019\nأطلقت قوات الأمن الرصاص الحي على المتظاهرين في حي بري، ما أدى إلى سقوط قتيلين بينهم طبيب.", 2),
    # A list of the dead with no subset word still adds up.
    ("تعز – 17 يناير 2019\nقتل رجل وطفلان في قصف على مدينة تعز أمس.", 3),
])
def test_dead_among_the_dead_are_not_counted_twice(text: str, fatalities: int) -> None:
    assert _events(text)[0]["fatalities"] == fatalities


def test_attackers_told_again_are_not_the_party_of_their_own_sentence() -> None:
    text = ("الفاشر – 3 مارس 2014\nهاجمت قوات الدعم السريع يوم السبت الماضي قرية طويلة جنوب غربي الفاشر وأحرقت عشرات المنازل. "
            "وأكد ناطق باسم حركة تحرير السودان أن قواته اشتبكت مع المهاجمين قرب طويلة أمس الأحد.")
    record = extract(text, "2014-03-03")
    clash = [e for e in record["events"] if e["sub_event_type"] == "Armed clash"]
    assert len(clash) == 1 and {clash[0]["actor1"], clash[0]["actor2"]} == {"sd.slm", "sd.rsf"}


def test_gunmen_told_again_and_the_dead_of_the_clause_before() -> None:
    text = ("الفاشر – 3 مارس 2014\nهاجمت قوات الدعم السريع قرية طويلة جنوب غربي الفاشر أمس. "
            "وقال شهود إن ثلاثة رعاة قتلوا في طويلة، واختطف المسلحون فتاتين من القرية نفسها.")
    abduction = [e for e in extract(text, "2014-03-03")["events"] if e["sub_event_type"] == "Abduction/forced disappearance"]
    assert [(e["actor1"], e["actor2"]) for e in abduction] == [("sd.rsf", "gen.civilians:SD")]
    assert all(d["text"] != "فتاتين" for e in abduction for d in e["fatalities_detail"])  # abducted, not dead


def test_the_side_struck_named_again_as_target_is_no_author() -> None:
    text = ("الموصل – 12 آذار 2017\nشن طيران التحالف الدولي غارات على مواقع لتنظيم داعش في بلدة القيارة جنوب الموصل. "
            "وطالت الغارات أيضاً مقراً للتنظيم في ناحية حمام العليل.")
    strikes = [e for e in extract(text, "2017-03-12")["events"] if e["event_type"] == "Explosions/Remote violence"]
    assert strikes and all(e["actor1"] == "int.coalition" for e in strikes)


# A killing told as the outcome of the act before it («… ما أدى إلى مقتل ثلاثة متظاهرين») is
# that act's toll, not a second event that takes the dead with it.
@pytest.mark.parametrize("text,sub_type,fatalities", [
    ("أطلقت قوات الأمن الرصاص الحي على المتظاهرين في ساحة التحرير ببغداد، مساء أمس الأربعاء، ما أدى إلى "
     "مقتل ثلاثة متظاهرين.", "Excessive force against protesters", 3),
    ("أطلقت قوات الأمن الرصاص الحي لتفريق المحتجين قرب جسر الجمهورية ببغداد، مساء أمس الأربعاء، ما أسفر عن "
     "مقتل محتج.", "Excessive force against protesters", 1),
    ("سقطت قذيفة هاون قرب جسر السنك وسط بغداد مساء أمس الأربعاء، ما أدى إلى مقتل متظاهرين اثنين.",
     "Shelling/artillery/missile attack", 2),
])
def test_outcome_killing_is_the_acts_toll(text: str, sub_type: str, fatalities: int) -> None:
    picked = [e for e in _events(text) if e["sub_event_type"] == sub_type]
    assert picked and picked[0]["fatalities"] == fatalities


# «الجنود» are the soldiers of the state or foreign force named before.
SOLDIERS = [
    ("نابلس – 3 آب 2022\nاقتحمت قوات الاحتلال الإسرائيلي مخيم بلاطة فجر اليوم. واندلعت مواجهات في المخيم رشق "
     "خلالها الشبان الجنود بالحجارة.", "Military Forces of Israel"),
    ("بغداد – 5 تشرين الأول 2019\nانتشرت قوات الجيش العراقي في شوارع مدينة الناصرية. ورشق محتجون غاضبون الجنود "
     "بالحجارة قرب جسر الزيتون.", "Military Forces of Iraq"),
]


@pytest.mark.parametrize("text,force", SOLDIERS)
def test_the_soldiers_stoned_are_the_force_named_before(text: str, force: str) -> None:
    record = extract(text, None)
    riots = [e for e in record["events"] if e["event_type"] == "Riots"]
    assert riots and (_name(record, riots[0]["actor2"]) or "").startswith(force), riots


@pytest.mark.parametrize("text,published,types", [
    # Leaders arrested the morning after the crowd are an arrest of their own, not how it was met.
    ("احتجاجات واعتقالات\nالرباط – 12 حزيران 2017\nتظاهر مئات الشبان مساء أمس الأحد في مدينة الحسيمة للمطالبة بالإفراج عن"
     " المعتقلين. وفجر اليوم الاثنين، اعتقلت قوات الأمن ثلاثة من أبرز قادة الحراك من منازلهم في الحسيمة.\n",
     None, {"Peaceful protest", "Arrests"}),
    # Arrests at the crowd, the same day: the crowd met by the police.
    ("احتجاجات\nالرباط – 12 حزيران 2017\nتظاهر مئات الشبان مساء أمس الأحد في مدينة الحسيمة، واعتقلت قوات الأمن"
     " ثلاثة من المشاركين في المسيرة.\n", None, {"Protest with intervention"}),
])
def test_arrests_of_another_day_stand_apart(text: str, published: str | None, types: set[str]) -> None:
    assert {e["sub_event_type"] for e in extract(text, published)["events"]} == types


def test_tear_gas_to_disperse_a_crowd_is_an_intervention() -> None:
    """«فاستخدمت قوات مكافحة الشغب الغاز المسيل للدموع لتفريقهم»: the crowd told before was met."""
    text = ("حاولت مجموعة من الشبان مساء اليوم التوجه نحو مقر الرئاسة في مدينة الجزائر، فاستخدمت قوات مكافحة "
            "الشغب الغاز المسيل للدموع وخراطيم المياه لتفريقهم.")
    assert [e["sub_event_type"] for e in extract(text, "2019-03-08")["events"]] == ["Protest with intervention"]


def test_stones_in_the_nights_fight_are_that_riot() -> None:
    """«مواجهات … ليلة الأحد إلى الإثنين … حيث رشق المحتجون الأعوان»: the stones thrown are the night's
    riot, on its day; youths who loot shops and are dispersed riot too (one event a town)."""
    text = ("مواجهات ليلية\nالإثنين 18 جانفي 2021\nشهدت مدينتا القصرين وسليانة، ليلة الأحد إلى الإثنين، مواجهات بين "
            "مجموعات من الشبان ووحدات الأمن، حيث رشق المحتجون الأعوان بالحجارة وأغلقوا الطرقات. وفي سليانة، أقدم عدد "
            "من المحتجين على خلع واجهات محلات تجارية ونهب محتوياتها قبل أن تفرقهم الوحدات الأمنية.")
    events = extract(text)["events"]
    assert sorted((e["sub_event_type"], e["date"], e["location"]["name_ar"]) for e in events) == [
        ("Violent demonstration", "2021-01-17", "القصرين"), ("Violent demonstration", "2021-01-17", "سليانة")]


def test_one_crowd_told_twice_in_a_claimed_sentence_is_one_event() -> None:
    """«قتل متظاهران عندما أطلقت قوات مكافحة الشغب قنابل الغاز على المحتجين …، بحسب ناشطين»: the crowd
    and the force that killed two of it are one event (the severest), whoever tells it."""
    text = ("بغداد – 2 تشرين الثاني 2019\nقتل متظاهران ليل الجمعة عندما أطلقت قوات مكافحة الشغب قنابل الغاز المسيل "
            "للدموع على رؤوس المحتجين المتجمعين عند مدخل جسر الجمهورية، بحسب ناشطين.")
    assert [e["sub_event_type"] for e in extract(text)["events"]] == ["Excessive force against protesters"]
