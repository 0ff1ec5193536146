"""Wordings of the 2011–2016 reports (rasad/data/events/triggers.yaml, trigger_roots.yaml):
ground fallen into a taker's hands, cleared («طهرت») or retaken by its masdar, bombers who
blew themselves up, and celebratory fire that harms no one. Our own sentences → events."""

from __future__ import annotations

import pytest

from rasad import extract


def _events(text: str, published: str) -> list[tuple[str, str | None, str | None]]:
    return [(e["sub_event_type"], e["actor1"], (e["location"] or {}).get("name_ar"))
            for e in extract(text, published)["events"]]


@pytest.mark.parametrize("text,published,expected", [
    # Ground fallen into a taker's hands.
    ("الموصل - سقطت ناحية زمار شمال غربي الموصل في يد تنظيم داعش فجر اليوم بعد انسحاب قوات البيشمركة.",
     "2014-08-03", [("Non-state actor overtakes territory", "int.is", "زمار")]),
    # (Gaddafi's brigades were the state's forces in 2011: they regained it.)
    ("بنغازي - سقطت بلدة البريقة بأيدي كتائب القذافي مساء أمس.",
     "2011-03-14", [("Government regains territory", "ly.gaddafi_forces", "البريقة")]),
    # State media's «طهرت … من الإرهابيين».
    ("دمشق (سانا) - طهرت وحدات من قواتنا المسلحة بلدة حيش بريف إدلب من الإرهابيين.",
     "2016-08-20", [("Government regains territory", "sy.military", "حيش")]),
    # The masdar of a retaking with the villages it took.
    ("كركوك - أعلنت قيادة البيشمركة استعادة قريتي فاضلية وبعويزة جنوب كركوك بعد طرد مسلحي داعش.",
     "2014-09-10", [("Government regains territory", "iq.peshmerga", "فاضلية"),
                    ("Government regains territory", "iq.peshmerga", "بعويزة")]),
])
def test_ground_taken_in_the_eras_words(text: str, published: str, expected: list) -> None:
    assert _events(text, published) == expected


@pytest.mark.parametrize("text,published,expected", [
    # A shell that fell into a child's hand took no ground.
    ("بغداد - سقطت قذيفة هاون على منزل في حي الجهاد وقتلت طفلا.", "2014-08-03",
     [("Shelling/artillery/missile attack", None, "حي الجهاد")]),
])
def test_a_fall_that_takes_no_ground(text: str, published: str, expected: list) -> None:
    assert _events(text, published) == expected


@pytest.mark.parametrize("text,published,sub", [
    ("كركوك - فجر انتحاريون أنفسهم داخل محطة كهرباء في ناحية الدبس، ما أدى إلى مقتل اثني عشر عاملا.",
     "2015-01-31", "Suicide bomb"),
    ("بغداد - فجر انتحاريان نفسيهما وسط سوق شعبي في مدينة الصدر مساء أمس.", "2015-05-14", "Suicide bomb"),
    # A pipeline blown up by gunmen stays a remote explosion.
    ("بيجي - فجر مسلحون خط أنابيب النفط في قضاء بيجي فجر اليوم.", "2014-06-20", "Remote explosive/landmine/IED"),
])
def test_bombers_who_blew_themselves_up(text: str, published: str, sub: str) -> None:
    assert [e["sub_event_type"] for e in extract(text, published)["events"]] == [sub]


@pytest.mark.parametrize("text,published", [
    ("طرابلس - عمت الاحتفالات مدن طرابلس وبنغازي ومصراتة طوال ليل أمس، وأطلق المحتفلون الأعيرة النارية في الهواء.",
     "2011-10-21"),
])
def test_celebratory_fire_is_no_attack(text: str, published: str) -> None:
    assert extract(text, published)["events"] == []


@pytest.mark.parametrize("text,published,expected", [
    # Fire at a crowd counted in hundreds is force against the protest.
    ("المنامة - أطلقت قوات الأمن النار على مئات المتظاهرين في دوار اللؤلؤة مساء اليوم.", "2011-02-18",
     [("Excessive force against protesters", "دوار اللؤلؤة", "asserted")]),
    # Yemen's «أحزاب اللقاء المشترك» (no football «لقاء») call marches.
    ("صنعاء - دعت أحزاب اللقاء المشترك المعارضة إلى مسيرات حاشدة يوم الخميس المقبل في صنعاء.", "2011-02-01",
     [("Peaceful protest", "صنعاء", "planned")]),
    # A «مليونية» called to is set in quotes as outlets set coined names, not as a figure of speech.
    ("القاهرة - دعا ناشطون على «فيسبوك» إلى «مليونية» في ميدان التحرير يوم الثلاثاء المقبل.", "2011-01-29",
     [("Peaceful protest", "ميدان التحرير", "planned")]),
])
def test_crowds_of_the_uprisings(text: str, published: str, expected: list) -> None:
    events = extract(text, published)["events"]
    assert [(e["sub_event_type"], (e["location"] or {}).get("name_ar"), e["modality"]) for e in events] == expected


@pytest.mark.parametrize("text,published,events,unrealised", [
    # A fight told, then a takeover the same source denies: the denial names no better kind, and
    # the denied takeover is coded as such (modality negated, ANNOTATION.md).
    ("تعز - قال مصدر عسكري إن قوات الجيش الوطني صدت هجوماً للمليشيا الحوثية على مواقعها في جبهة الضباب، "
     "ونفى المصدر ما تداولته وسائل إعلام الحوثيين عن سيطرتهم على تبة الخزان.", "2017-10-08",
     ["Armed clash", "Non-state actor overtakes territory"], []),
    # Kurdish-majority towns: «الغالبية» describes them, it makes no general statement.
    ("الحسكة - خرج آلاف في مدينتي القامشلي وعامودا ذات الغالبية الكردية هاتفين بالحرية.", "2011-04-22",
     ["Peaceful protest", "Peaceful protest"], []),
])
def test_denials_and_descriptions(text: str, published: str, events: list[str], unrealised: list[str]) -> None:
    out = extract(text, published)
    assert [e["sub_event_type"] for e in out["events"]] == events
    assert [e["sub_event_type"] for e in out["unrealised_events"]] == unrealised


@pytest.mark.parametrize("text,published,expected", [
    # A force that killed militants fought them, the time told between the verb and the count.
    ("كركوك - قال مصدر أمني إن القوات الأمنية قتلت صباح اليوم السبت سبعة مسلحين جنوب كركوك.", "2015-01-31",
     [("Armed clash", "كركوك", 7)]),
])
def test_militants_killed_with_their_time(text: str, published: str, expected: list) -> None:
    events = extract(text, published)["events"]
    assert [(e["sub_event_type"], (e["location"] or {}).get("name_ar"), e["fatalities"]) for e in events] == expected


def test_a_claim_after_another_place_is_another_acts() -> None:
    """«وفي ولاية شمال دارفور، دارت اشتباكات … وزعمت الحركة أنها قتلت …»: a claim told after a
    sentence that fronts another place is about that place's fight, not the attack told before."""
    text = ("نيالا - قال سكان إن عشرة مدنيين قتلوا الخميس عندما هاجمت قوات الدعم السريع قرية أم قونجا جنوب "
            "شرقي مدينة نيالا. وفي ولاية شمال دارفور، دارت يوم الجمعة اشتباكات بين القوات المسلحة السودانية "
            "ومقاتلي حركة تحرير السودان - جناح مني أركو مناوي قرب مدينة مليط. وزعمت الحركة أنها قتلت أربعين جندياً.")
    first = extract(text, "2014-04-05")["events"][0]
    assert first["actor1"] == "sd.rsf"


@pytest.mark.parametrize("text,published,expected", [
    # «وأعدموا 25 منهم»: the plural verb of an execution counts its dead.
    ("العريش - أوقف مسلحون حافلة تقل مجندين قرب رفح، وأعدموا 25 منهم.", "2014-08-29", [("Attack", 25)]),
    # A Mogadishu district in two words is one place, and the one dead of its grenade is counted there.
    ("مقديشو - ألقى مجهولون قنبلة يدوية على مطعم مزدحم في حي حمر ويني مساء أمس، ما أدى إلى مقتل شخص "
     "وإصابة أربعة آخرين.", "2013-09-09", [("Grenade", 1)]),
])
def test_executions_and_districts(text: str, published: str, expected: list) -> None:
    assert [(e["sub_event_type"], e["fatalities"]) for e in extract(text, published)["events"]] == expected


@pytest.mark.parametrize("text,published,dead", [
    # One person named by the role the report gives them is one dead.
    ("موبتي - قتل مسلحون مجهولون زعيما تقليديا في قرية قرب بلدة دوينتزا مساء أمس.", "2019-03-09", 1),
    ("درعا - اغتال مسلحون مجهولون قاضيا في مدينة طفس مساء أمس.", "2020-11-14", 1),
])
def test_one_victim_by_role(text: str, published: str, dead: int) -> None:
    assert [e["fatalities"] for e in extract(text, published)["events"]] == [dead]


@pytest.mark.parametrize("text,published", [
    # A count documented over a period is a tally, no event.
    ("الرقة - ووثق ناشطون اغتيال مسلحين مجهولين 120 شخصا في ريف دير الزور خلال العام الماضي.", "2021-05-03"),
    ("بغداد - ورصدت المفوضية مقتل 340 مدنيا في هجمات متفرقة خلال الأشهر الثلاثة الماضية.", "2014-04-02"),
])
def test_a_documented_tally_is_no_event(text: str, published: str) -> None:
    assert extract(text, published)["events"] == []


def test_headline_truck_bomb_and_body_suicide_driver_are_one_bombing() -> None:
    text = ("شاحنة مفخخة محملة بغاز الكلور تستهدف مركزا للشرطة في الرمادي\n"
            "الرمادي (أ ف ب) - فجر انتحاري شاحنة تحمل صهريجا من غاز الكلور عند مدخل مركز شرطة وسط الرمادي "
            "صباح اليوم، ما أدى إلى مقتل ستة أشخاص.")
    events = extract(text, "2007-03-17")["events"]
    # one bombing; its chlorine makes it a chemical attack (refinements.yaml: Chemical weapon's reach)
    assert [(e["sub_event_type"], e["fatalities"]) for e in events] == [("Chemical weapon", 6)]


def test_a_clause_after_a_place_is_no_place() -> None:
    text = "طرابلس - ألقى مجهولون قنبلة يدوية فجر اليوم على محل تجاري في منطقة البقار، اقتصرت أضرارها على الماديات."
    assert [(e["location"] or {}).get("name_ar") for e in extract(text, "2012-06-10")["events"]] == ["البقار"]


@pytest.mark.parametrize("text,published,expected", [
    # A crowd burning a community's property is mob violence at each place; «غداة» is no place;
    # «لدى خروجهم من كنيسة» (upon leaving a church) gives up no ground.
    ("قنا - أضرم مئات من الشبان النار أمس الخميس في عدد من المنازل والمحال التجارية المملوكة لأقباط في مدينة "
     "فرشوط وقرية بهجورة، غداة مقتل ستة أقباط برصاص مسلحين لدى خروجهم من كنيسة في نجع حمادي.", "2010-01-08",
     [("Mob violence", "فرشوط"), ("Mob violence", "بهجورة")]),
    # Gunmen who burn houses destroy property; «عشرات» there counts houses, not a crowd.
    ("طوزخورماتو - أفادت مصادر بأن مسلحين من الحشد الشعبي أحرقوا عشرات المنازل في قضاء طوزخورماتو أمس.", "2017-10-18",
     [("Looting/property destruction", "طوزخورماتو")]),
    # A call to strike foiled is no weapon disrupted; an attack foiled is.
    ("المحلة - وكانت الأحداث قد بدأت يوم الأحد بعد أن أحبطت أجهزة الأمن دعوة العمال إلى الإضراب في المحلة الكبرى.",
     "2008-04-08", [("Peaceful protest", "المحلة الكبرى")]),
])
def test_mobs_and_foiled_acts(text: str, published: str, expected: list) -> None:
    events = extract(text, published)["events"]
    assert [(e["sub_event_type"], (e["location"] or {}).get("name_ar")) for e in events] == expected


def test_an_attack_foiled() -> None:
    events = extract("عدن - أحبطت قوات الأمن محاولة تفجير سيارة مفخخة قرب مبنى المحافظة في عدن أمس.", "2010-01-08")["events"]
    assert events[0]["sub_event_type"] == "Disrupted weapons use"


@pytest.mark.parametrize("text,published,expected", [
    # The strikes a government protests against are told before; its note is no strike in Baghdad.
    ("بغداد - قصفت طائرات تركية مواقع لحزب العمال الكردستاني في قضاء العمادية أمس. في غضون ذلك، سلمت وزارة "
     "الخارجية العراقية السفير التركي في بغداد مذكرة احتجاج رسمية على الغارات.", "2008-10-10",
     [("Air/drone strike", "int.turkey_military", "العمادية")]),
    # Iraq's operations commands are its army; a state's forces that report a bombing did not plant it.
    ("الموصل - وأعلنت قيادة عمليات نينوى أنها اعتقلت أمس أحد عشر مطلوبا في عملية دهم بحي الرفاعي.", "2008-10-10",
     [("Arrests", "iq.military", "حي الرفاعي")]),
    ("بغداد - قالت قيادة عمليات بغداد إن عبوة ناسفة انفجرت في حي الكرادة، ما أسفر عن إصابة شخصين.", "2019-10-10",
     [("Remote explosive/landmine/IED", None, "الكرادة")]),
])
def test_notes_commands_and_reporters(text: str, published: str, expected: list) -> None:
    events = extract(text, published)["events"]
    assert [(e["sub_event_type"], e["actor1"], (e["location"] or {}).get("name_ar")) for e in events] == expected
