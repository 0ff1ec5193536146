"""Sentences that look like conflict news and report no event ANNOTATION.md codes, beside
their look-alikes that do. Our own sentences.

Accidents («انفجار إطار شاحنة»), pests that «attack» crops, cars driving round in joy, drones
that only watch, spray or parade; and a mountain range named «سلسلة» is no series of acts.
"""

from __future__ import annotations

import pytest

from rasad import extract


@pytest.mark.parametrize("text", [
    "نواكشوط - الأخبار\nلقي سائق مصرعه إثر انفجار إطار حافلة للنقل العمومي وانقلابها على طريق روصو.",
    "الإسكندرية - الأهرام\nانفجار ماسورة مياه رئيسية يغرق شوارع حي محرم بك.",
    "بغداد - المدى\nانقطع التيار الكهربائي عن حي الأعظمية بعد انفجار محول كهرباء بسبب ارتفاع الأحمال.",
    "مقديشو - الصومال الجديد\nأعلنت الحكومة خطة لمواجهة هجوم أسراب الجراد على المزارع في إقليم باي.",
    "بنغازي - الوسط\nجابت مواكب السيارات شوارع المدينة حتى ساعة متأخرة احتفالاً بفوز فريق الأهلي بالدوري.",
    "الخرطوم - سودان تربيون\nخرج الآلاف إلى شوارع أم درمان ابتهاجاً بتتويج المنتخب بلقب البطولة العربية.",
    "مرجعيون - الوكالة الوطنية\nرصد الأهالي تحليق طائرة استطلاع إسرائيلية مسيّرة فوق بلدات القطاع الشرقي طوال النهار.",
    "باجة - موزاييك\nأطلقت وزارة الفلاحة مسيّرات لرشّ المبيدات في حقول الحبوب.",
])
def test_no_event(text: str) -> None:
    assert extract(text, "2021-06-10")["events"] == []


@pytest.mark.parametrize("text,expected", [
    # a mountain range named «سلسلة» is a place, the strike in it an event
    ("بغداد - المدى\nنفذ طيران التحالف الدولي غارة جوية على موقع لتنظيم داعش في سلسلة جبال حمرين، بحسب خلية الإعلام الأمني.",
     ("Explosions/Remote violence", "Air/drone strike")),
    # a drone that strikes is still a drone strike
    ("مرجعيون - الوكالة الوطنية\nاستهدفت طائرة مسيّرة إسرائيلية سيارة على طريق بلدة الخيام.",
     ("Explosions/Remote violence", "Air/drone strike")),
    # a march in the streets with no joy told is a protest
    ("الخرطوم - سودان تربيون\nجابت مواكب لجان المقاومة شوارع أم درمان للمطالبة بالحكم المدني.", ("Protests", "Peaceful protest")),
])
def test_look_alikes_that_are_events(text: str, expected: tuple) -> None:
    events = extract(text, "2021-06-10")["events"]
    assert events and (events[0]["event_type"], events[0]["sub_event_type"]) == expected


def test_a_series_of_killings_is_still_a_habit() -> None:
    text = "درعا - عنب بلدي\nتشهد المحافظة سلسلة اغتيالات تطال عناصر سابقين في فصائل المعارضة."
    assert extract(text, "2021-06-10")["events"] == []


@pytest.mark.parametrize("text", [
    # a verdict on men convicted of planning attacks tells no attack
    "بغداد - الصباح\nقضت المحكمة الجنائية المركزية بالسجن المؤبد على ستة مدانين بالتخطيط لتفجيرات بسيارات مفخخة في العاصمة.",
    "نجامينا - أ ف ب\nأصدرت محكمة جنائية أحكاماً بالسجن على عناصر أُدينوا بالتخطيط لهجمات انتحارية.",
    # a warning of what an attack would bring
    "صنعاء - سبأ\nحذر المتحدث العسكري التحالف من عواقب الهجوم على الميناء.",
    # what a military analyst makes of the war
    "باماكو - أ ف ب\nقال خبير عسكري إن الطائرات المسيّرة باتت تغيّر موازين المعارك في منطقة الساحل.",
    # a crop-spraying drone
    "الرباط - هسبريس\nجربت وزارة الفلاحة طائرة مسيّرة لرش المبيدات في حقول سهل الغرب.",
])
def test_verdicts_warnings_opinions_and_farm_drones_are_no_events(text: str) -> None:
    assert extract(text, "2021-06-10")["events"] == []


def test_students_who_set_a_building_on_fire_riot() -> None:
    text = "القاهرة - المصري اليوم\nتظاهر طلاب داخل الحرم الجامعي بمدينة نصر وأشعلوا النيران في مبنى كلية التجارة."
    events = extract(text, "2013-12-28")["events"]
    assert events and (events[0]["event_type"], events[0]["sub_event_type"]) == ("Riots", "Violent demonstration")


@pytest.mark.parametrize("text", [
    "تونس - موزاييك\nاندلعت اشتباكات بالأيدي بين نواب في البرلمان خلال جلسة مناقشة الميزانية.",
    "الجزائر - الخبر\nشهد ملعب 5 جويلية مواجهة قوية بين المولودية واتحاد العاصمة انتهت بالتعادل.",
    "دمشق - سانا\nعرض التلفزيون فيلماً وثائقياً عن معركة تحرير حلب.",
    "بغداد - المدى\nحذرت وزارة الصحة من انفجار وبائي للكوليرا في المحافظات الجنوبية.",
    "بيروت - النهار\nشن النائب هجوماً عنيفاً على وزير الطاقة خلال الجلسة التشريعية.",
    "عمان - بترا\nأطلقت مديرية الأمن العام حملة توعية للحد من إطلاق العيارات النارية في المناسبات.",
    "أربيل - روداو\nقال مسؤولون أكراد إن التنظيم قد يعيد تنظيم صفوفه ويشن هجمات جديدة.",
    # getting ready for a battle is no battle («تستعد» puts it in the future)
    "دمشق - عنب بلدي\nتستعد فصائل المعارضة لمعركة طويلة في ريف إدلب الجنوبي بحسب قياديين.",
    # marches of a national day are a celebration
    "الجزائر - النهار\nاحتفل الجزائريون بعيد الاستقلال بمسيرات شعبية ومهرجانات في مختلف الولايات.",
])
def test_scuffles_matches_films_and_what_may_come_are_no_events(text: str) -> None:
    assert extract(text, "2023-05-16")["events"] == []


def test_gunmen_who_launch_an_attack_still_attack() -> None:
    events = extract("بغداد - المدى\nشن مسلحون هجوماً على نقطة تفتيش للجيش في الطارمية.", "2023-05-16")["events"]
    assert events and events[0]["event_type"] == "Battles"


@pytest.mark.parametrize("text,expected", [
    ("بغداد - المدى\nنصب عشرات الخريجين خيامهم أمام مبنى وزارة النفط مطالبين بتعيينهم.", ("Protests", "Peaceful protest")),
    ("بيروت - النهار\nافترش المحتجون الطريق المؤدي إلى السراي الحكومي لساعات.", ("Protests", "Peaceful protest")),
])
def test_tents_pitched_for_a_demand_and_a_crowd_sitting_on_a_road_protest(text: str, expected: tuple) -> None:
    events = extract(text, "2022-03-10")["events"]
    assert events and (events[0]["event_type"], events[0]["sub_event_type"]) == expected


def test_the_displaceds_tents_are_no_sit_in() -> None:
    events = extract("غزة - صفا\nنصب النازحون خيامهم في ساحة مدرسة الإيواء.", "2022-03-10")["events"]
    assert not [e for e in events if e["event_type"] == "Protests"]


@pytest.mark.parametrize("text", [
    "بنغازي - الوسط\nافتتحت بلدية بنغازي متحفاً يضم أسلحة ومركبات من معارك تحرير المدينة وصوراً لمقاتلين سقطوا في المواجهات.",
    "بيروت - النهار\nرفعت عائلات ضحايا انفجار المرفأ دعوى قضائية جديدة ضد شركة الشحن مطالبة بتعويضات.",
    "عمّان - بترا\nانطلقت أعمال المؤتمر الطبي العربي لعلاج إصابات الحروب والانفجارات بمشاركة مئات الأطباء.",
    "الرباط - هسبريس\nاختتمت دورة تدريبية لعناصر الأمن حول كيفية التعامل مع المظاهرات والتجمعات السلمية.",
    "طرابلس - بوابة الوسط\nانقطعت الكهرباء عن أحياء واسعة إثر انفجار محطة تحويل فرعية بسبب الضغط على الشبكة.",
    "حماة - سانا\nأصيب 12 شخصاً بحالات اختناق إثر تسرب غاز الكلور من خزان في محطة لتنقية مياه الشرب.",
    "بغداد - المدى\nهاجم النائب عن تحالف الفتح وزير الكهرباء خلال جلسة البرلمان متهماً إياه بالفشل.",
    "الخرطوم - سونا\nأوقفت الشرطة شخصين اتهمهما الأهالي بخطف طفل، وأحالتهما إلى النيابة.",
])
def test_museums_lawsuits_conferences_leaks_and_accusations_are_no_events(text: str) -> None:
    events = [e for e in extract(text, "2021-06-10")["events"] if e["event_type"] != "Strategic developments"]
    assert events == []


def test_a_round_of_violence_between_two_quarters_is_a_clash() -> None:
    text = "طرابلس - الوكالة الوطنية\nتجددت جولة العنف بين باب التبانة وجبل محسن ليل أمس، واستخدم المسلحون القذائف الصاروخية ورصاص القنص."
    events = extract(text, "2013-05-20")["events"]
    assert events and all(e["event_type"] == "Battles" for e in events)


@pytest.mark.parametrize("text", [
    "الجنوب - الأخبار\nأعلن حزب الله أن مقاتليه اشتبكوا مع قوة إسرائيلية حاولت التقدم باتجاه بلدة عيتا الشعب.",
    "درعا - نبأ\nاشتبك مقاتلو الفصائل مع عناصر من قوات النظام حاولوا التقدم نحو بلدة اليادودة فجر اليوم.",
])
def test_an_advance_only_attempted_is_a_fight_not_ground_taken(text: str) -> None:
    events = extract(text, "2024-10-15")["events"]
    assert events and {e["sub_event_type"] for e in events} == {"Armed clash"}


@pytest.mark.parametrize("text", [
    "عمّان - الغد\nأصدر المدعي العام مذكرة قبض بحق صاحب الشركة بتهمة الاحتيال.",
    "تونس - موزاييك\nأمرت المحكمة الابتدائية بالقبض على ثلاثة متهمين في قضية الفساد.",
    "معان - بترا\nوأسفرت المداهمة عن ضبط مطلوبين بقضايا سلب مسلح وإطلاق نار وترويج مخدرات.",
])
def test_warrants_orders_and_charges_are_no_acts_of_their_own(text: str) -> None:
    events = extract(text, "2021-06-10")["events"]
    assert not [e for e in events if e["sub_event_type"] in ("Arrests", "Attack", "Armed clash")
                and e["trigger"]["text"] not in ("المداهمة", "مداهمة")]


def test_an_arrest_made_is_still_one() -> None:
    events = extract("الخليل - وفا\nقامت قوة أمنية بالقبض على ثلاثة مطلوبين في حي الطور.", "2021-06-10")["events"]
    assert [e for e in events if e["sub_event_type"] == "Arrests"]


@pytest.mark.parametrize("text", [
    "دمشق - سانا\nوقعت الحكومة مع الاتحاد الأوروبي اتفاقاً لتمويل إعادة إعمار المدارس المتضررة من القصف.",
    "بغداد - المدى\nانفجرت الأسعار في أسواق العاصمة مع اقتراب شهر رمضان.",
    "تونس - موزاييك\nخرجت مسيرة الكشافة في شوارع المدينة احتفالاً بعيد الاستقلال.",
    "الجزائر - الخبر\nجابت مواكب الأنصار شوارع العاصمة احتفالاً بتأهل المنتخب إلى نهائي البطولة.",
    "الموصل - واع\nنفذت فرق الهندسة تفجيراً محكوماً لذخائر غير منفجرة عثر عليها في أرض زراعية.",
])
def test_damage_told_funds_prices_festive_marches_and_controlled_blasts_are_no_events(text: str) -> None:
    events = [e for e in extract(text, "2022-05-10")["events"] if e["event_type"] != "Strategic developments"]
    assert events == []


def test_a_denied_clash_stays_denied_beside_a_controlled_blast() -> None:
    text = ("طرابلس - الوسط\nنفى المتحدث العسكري وقوع أي اشتباكات قرب المطار ليلة أمس، مؤكداً أن الأصوات "
            "ناجمة عن تفجير ذخائر قديمة.")
    out = extract(text, "2022-05-10")
    # A denied act is coded as such (ANNOTATION.md: modality negated), never as a blast.
    assert out["events"] and all(e["modality"] == "negated" for e in out["events"])
    assert "Explosions/Remote violence" not in {e["event_type"] for e in out["events"] + out["unrealised_events"]}


@pytest.mark.parametrize("text,expected", [
    ("زوارة - الوسط\nأحبطت قوات خفر السواحل محاولة تهريب 200 مهاجر عبر البحر.", 0),
    ("العقبة - بترا\nأحبطت الأجهزة الأمنية محاولة تهريب كمية كبيرة من المخدرات عبر المعبر.", 0),
    ("الرطبة - واع\nأحبطت قوات حرس الحدود محاولة تهريب كمية من الأسلحة والذخائر عبر الحدود.", 1),
])
def test_smuggling_foiled_is_disrupted_weapons_use_only_with_weapons(text: str, expected: int) -> None:
    events = extract(text, "2022-05-10")["events"]
    assert len([e for e in events if e["sub_event_type"] == "Disrupted weapons use"]) == expected


@pytest.mark.parametrize("text,expected", [
    ("بعلبك - الوكالة الوطنية\nتجددت المناوشات بين الجيش اللبناني ومسلحين في جرود بلدة عرسال فجر اليوم.", "Battles"),
    ("الجزائر - الخبر\nشهدت المسيرة في العاصمة مناوشات محدودة حين حاول شبان التوجه نحو قصر المرادية، فتدخلت قوات مكافحة الشغب.",
     "Protests"),
])
def test_skirmishes_are_a_clash_unless_a_crowd_has_them(text: str, expected: str) -> None:
    events = extract(text, "2019-03-08")["events"]
    assert events and {e["event_type"] for e in events} == {expected}


def test_words_exchanged_in_a_session_are_no_skirmish() -> None:
    assert extract("بغداد - المدى\nشهدت جلسة البرلمان مناوشات كلامية بين نواب الكتلتين.", "2019-03-08")["events"] == []


@pytest.mark.parametrize("text,expected", [
    ("نواكشوط - الأخبار\nاقتحمت مجموعة من الشبان مقر الحزب الحاكم في المدينة وعبثوا بمحتوياته.", "Riots"),
    ("قفصة - موزاييك\nاقتحم شبان غاضبون مبنى المعتمدية احتجاجاً على انقطاع المياه.", "Riots"),
    ("الخليل - وفا\nاقتحمت قوات الاحتلال مقر الجمعية واعتقلت عدداً من الشبان.", "Strategic developments"),
])
def test_young_men_storming_an_office_riot(text: str, expected: str) -> None:
    events = extract(text, "2021-05-10")["events"]
    assert events and events[0]["event_type"] == expected
