"""Events worded in other ways than the common ones, from outlets across the region.
Our own sentences: each must give its event (type and sub-type), or none."""

from __future__ import annotations

import pytest

from rasad import extract

CASES = [
    # Two strikes told in the dual.
    ("2021-06-03", "شن طيران التحالف الدولي ضربتين جويتين على أوكار لتنظيم داعش في وادي الشاي جنوب كركوك.",
     "Explosions/Remote violence", "Air/drone strike"),
    ("2021-06-03", "نفذت طائرة مسيرة تركية ضربتين صاروخيتين على مواقع قرب بلدة سنوني في قضاء سنجار.",
     "Explosions/Remote violence", "Air/drone strike"),
    ("2022-05-04", "تعرض موكب قائد شرطة محافظة ديالى، مساء أمس، لإطلاق نار من قبل مسلحين مجهولين قرب بعقوبة.",
     "Violence against civilians", "Attack"),          # a convoy («موكب») is no march
    ("2020-09-02", "قُنص شاب برصاص قناص في حي الأشرفية بمدينة حلب اليوم الأربعاء.", "Violence against civilians", "Attack"),
    ("2021-11-05", "دهس مستوطن فتى فلسطينياً قرب بلدة سنجل شمال رام الله أمس الخميس.", "Violence against civilians", "Attack"),
    # A person stabbed, with no knife named; an appeal «في الحكم» is no stabbing.
    ("2019-03-16", "طعن شاب فلسطيني مستوطناً قرب مستوطنة أرئيل أمس.", "Violence against civilians", "Attack"),
    ("2019-03-16", "طعن المحامي في الحكم الصادر بحق موكله أمام محكمة الاستئناف أمس.", None, None),
    # A crowd doing something in protest protests; the arrest it protests is no event of its own.
    ("2011-03-16", "أغلق طلاب جامعة صنعاء بوابات الجامعة أمس احتجاجاً على اعتقال زملائهم.", "Protests", "Peaceful protest"),
    ("2011-03-16", "قدم سكان الحي شكوى إلى البلدية أمس احتجاجاً على تراكم النفايات.", None, None),
    ("2011-03-16", "تحولت مسيرة سلمية في مدينة الضالع أمس إلى أعمال عنف بعد تدخل قوات الأمن.", "Riots", "Violent demonstration"),
    # Traps: an economic agreement, prices that «strike».
    ("2011-03-16", "وقع البلدان اتفاقية للتعاون الاقتصادي في عمان أمس.", None, None),
    ("2011-03-16", "أضربت الأسعار عن الانخفاض رغم تراجع أسعار النفط عالمياً.", None, None),
    ("2019-05-05", "تبادلت قوات الجيش وعناصر مسلحة إطلاق النار، مساء أمس السبت، في منطقة العريش بشمال سيناء.",
     "Battles", "Armed clash"),
    ("2020-02-20", "تعرض مقر حزب الدعوة في الناصرية للحرق على يد محتجين غاضبين، مساء أمس الأربعاء.",
     "Riots", "Violent demonstration"),
    ("2024-09-25", "شنت جماعة الحوثي، أمس الثلاثاء، حملة اختطافات طالت 17 تربوياً في مديرية العدين بمحافظة إب.",
     "Violence against civilians", "Abduction/forced disappearance"),
    ("2019-10-24", "نظم طلاب جامعة نواكشوط، اليوم الخميس، اعتصاماً مفتوحاً أمام رئاسة الجامعة.", "Protests", "Peaceful protest"),
    ("2021-03-10", "نفذ عشرات المتقاعدين، صباح اليوم الأربعاء، وقفة احتجاجية أمام مقر البرلمان في تونس العاصمة.",
     "Protests", "Peaceful protest"),
    ("2024-05-14", "استهدفت مسيّرات تابعة لقوات الدعم السريع، فجر اليوم الثلاثاء، مقر الفرقة 22 مشاة في مدينة بابنوسة بأكثر من 20 مسيّرة انتحارية.",
     "Explosions/Remote violence", "Air/drone strike"),
    ("2022-04-10", "استهدف قناص تابع لقوات النظام مدنياً في بلدة الجانودية اليوم.", "Violence against civilians", "Attack"),
    ("2022-04-10", "تعرض ناشط للضرب المبرح على يد مجهولين في مدينة السويداء أمس.", "Violence against civilians", "Attack"),
    ("2022-04-10", "فضت قوات الأمن بالقوة اعتصاماً للطلاب أمام جامعة الخرطوم اليوم.", "Protests", "Protest with intervention"),
    ("2018-05-22", "قضت مفرزة للجيش الوطني الشعبي، يوم أمس الاثنين، على إرهابيين اثنين خلال عملية تمشيط بمنطقة تاكسنة.",
     "Battles", "Armed clash"),
    ("2014-01-05", "لقي ثلاثة أشخاص حتفهم، فجر أمس السبت، في تجدد المواجهات بين مجموعات من الشبان في ولاية غرداية.",
     "Riots", "Mob violence"),
    ("2015-05-19", "اندلعت مواجهات بين عشرات الشبان وقوات مكافحة الشغب في مدينة وهران أمس.", "Riots", "Violent demonstration"),
    ("2019-03-15", "وقرب قصر الحكومة بالجزائر العاصمة، تدخلت وحدات مكافحة الشغب بالغاز المسيل للدموع لتفريق مئات المحتجين.",
     "Protests", "Protest with intervention"),
    ("2017-06-11", "وعرفت بلدتا بني بوعياش وتارجيست أشكالاً احتجاجية مماثلة مساء أمس قرب مدينة الحسيمة.", "Protests", "Peaceful protest"),
    ("2020-06-17", "رشق شبان غاضبون الوحدات الأمنية بالحجارة في مدينة القصرين الليلة الماضية.", "Riots", "Violent demonstration"),
    ("2017-05-09", "أقدم شاب، مساء أمس الاثنين، على إضرام النار في جسده أمام مقر معتمدية الرديف احتجاجاً على إقصائه.",
     "Protests", "Peaceful protest"),
    ("2017-05-09", "اندلعت اشتباكات مسلحة، مساء أمس السبت، بين عشيرتين في قرية الشراونة بمحافظة ميسان.", "Battles", "Armed clash"),
    # Angry protesters stoning a party's office: a riot (a crowd named after the fact hides no attack).
    ("2023-05-02", "تعرض مقر حزب التجمع لهجوم بالحجارة من قبل محتجين غاضبين في مدينة السليمانية اليوم.", "Riots", "Mob violence"),
    # «ألقت القبض» after a march is an arrest, not a drone dropping bombs.
    ("2020-09-26", "وفي مدينة دراو، فرقت قوات الشرطة بالغاز المسيل للدموع مسيرة مماثلة وألقت القبض على عدد من المشاركين.",
     "Protests", "Protest with intervention"),
    # No event: a road accident, a convoy that passed, a military exercise, snipers deployed, a rocket salvo told as no riot.
    ("2022-04-10", "نشرت قوات النظام قناصة على أسطح الأبنية في حي الميدان.", None, None),
    ("2022-11-17", "نفذت وحدات الجيش تمريناً تكتيكياً بالذخيرة الحية تضمن قصفاً مدفعياً لأهداف افتراضية.", None, None),
    ("2021-11-05", "دهست سيارة مسرعة طفلاً في حادث سير على الطريق الدولي قرب حمص أمس.", None, None),
    ("2021-11-05", "مر موكب الرئيس في شوارع العاصمة وسط إجراءات أمنية مشددة.", None, None),
    # Wordings of the sentence suite's kinds (eval/sentences/): chains, rallies, marches, brawls, shootings, arrests.
    ("2016-04-02", "شكّل عشرات الناشطين سلسلة بشرية أمام مبنى البلدية في طرابلس أمس رفضاً لأزمة النفايات.", "Protests", "Peaceful protest"),
    ("2012-10-06", "نظمت أحزاب المعارضة مهرجاناً خطابياً في ساحة ابن عباس مساء أمس طالبت فيه برحيل الحكومة.", "Protests", "Peaceful protest"),
    ("2019-01-18", "فرّقت الشرطة بالغاز المسيل للدموع موكباً احتجاجياً في مدينة أم درمان أمس.", "Protests", "Protest with intervention"),
    ("2018-12-20", "سار مئات الطلاب في شوارع مدينة عطبرة أمس مرددين هتافات ضد الغلاء.", "Protests", "Peaceful protest"),
    ("2021-08-03", "حطّم متظاهرون غاضبون واجهات مبنى المحافظة في الناصرية مساء أمس.", "Riots", "Violent demonstration"),
    ("2020-07-12", "أسفرت مشاجرة بين عائلتين في قرية بمحافظة سوهاج أمس عن إصابة ستة أشخاص.", "Riots", "Mob violence"),
    ("2014-03-30", "أُردي شرطي قتيلاً برصاص مسلحين مجهولين قرب مدينة بنغازي صباح اليوم.", "Violence against civilians", "Attack"),
    ("2015-02-11", "فتح مسلحون النار على سيارة تقل مدنيين قرب مدينة بعقوبة فقتلوا ثلاثة منهم.", "Violence against civilians", "Attack"),
    ("2016-08-21", "اقتاد مسلحون ملثمون صحفياً من منزله في مدينة تعز إلى جهة مجهولة أمس.",
     "Violence against civilians", "Abduction/forced disappearance"),
    ("2017-09-14", "اقتادت قوة من الشرطة ناشطاً نقابياً من مكتبه في مدينة صفاقس صباح اليوم.", "Strategic developments", "Arrests"),
    ("2018-06-02", "أوقفت مصالح الأمن بمدينة وجدة أمس سبعة أشخاص يشتبه في تورطهم في تهريب المخدرات.", "Strategic developments", "Arrests"),
    ("2019-09-15", "أبطل خبراء المتفجرات مفعول قنبلة زرعت تحت جسر في مدينة العريش صباح اليوم.",
     "Strategic developments", "Disrupted weapons use"),
    ("2014-02-03", "ألقى الطيران المروحي برميلين متفجرين على بلدة داعل في ريف درعا ظهر اليوم.",
     "Explosions/Remote violence", "Air/drone strike"),
    # An attack nobody armed answers, on people named as civilians, is violence against them.
    ("2023-08-07", "هاجم مسلحون قرية الطينة في شمال دارفور أمس وقتلوا خمسة من سكانها.", "Violence against civilians", "Attack"),
    ("2023-08-07", "شن مسلحون هجوماً على سوق شعبي في مدينة الجنينة أمس ما أسفر عن مقتل سبعة مدنيين.",
     "Violence against civilians", "Attack"),
    ("2023-08-07", "هاجم مسلحون حاجزاً لقوات الجيش قرب مدينة العريش أمس وقتلوا ثلاثة جنود.", "Battles", "Armed clash"),
    # A crowd dispersed, with arrests at it: the protest met by the police.
    ("2016-05-12", "فضّت قوات الأمن اعتصاماً للعمال أمام مقر الولاية في قفصة واعتقلت عدداً منهم صباح اليوم.",
     "Protests", "Protest with intervention"),
    # Losses inflicted on a side are a fight.
    ("2012-07-08", "لاحقت وحدات من الجيش المجموعات المسلحة في بلدة تلبيسة بريف حمص اليوم، وأوقعت في صفوفها خسائر فادحة.",
     "Battles", "Armed clash"),
    ("2012-07-08", "أوقع مقاتلو الفصائل قتلى وجرحى في صفوف قوات النظام على جبهة الكبينة أمس.", "Battles", "Armed clash"),
    # No event: a match, a campaign, a storm, a festival, a cylinder, a minister stopping a subsidy.
    ("2022-03-05", "شنّ المهاجمون هجوماً خطيراً على مرمى الضيوف في الشوط الأول دون أن يسجلوا.", None, None),
    ("2022-03-05", "تخوض الأحزاب معركة انتخابية صعبة في الدوائر الريفية هذا الشهر.", None, None),
    ("2022-01-20", "قطعت الثلوج طريق عمان - الطفيلة لساعات أمس قبل أن تفتحه الجرافات.", None, None),
    ("2022-01-20", "تستضيف مدينة قسنطينة تظاهرة ثقافية عربية تستمر أسبوعاً.", None, None),
    ("2022-01-20", "أصيب أربعة أشخاص في انفجار اسطوانة غاز داخل مطعم في مدينة إربد أمس.", None, None),
    ("2022-01-20", "أوقفت الحكومة الدعم عن المحروقات ابتداء من الشهر المقبل.", None, None),
    # Protesters who storm or attack something riot, «احتجاجاً» or not; a stand in protest does not.
    ("2012-09-12", "هاجم محتجون غاضبون مبنى القنصلية الأمريكية في بنغازي احتجاجاً على فيلم مسيء.", "Riots", "Violent demonstration"),
    ("2012-09-12", "تظاهر المئات أمام السفارة احتجاجاً على الفيلم ثم اقتحموا المبنى.", "Riots", "Violent demonstration"),
    ("2012-09-12", "نظم المعلمون وقفة احتجاجية أمام وزارة التربية احتجاجاً على تأخر الرواتب.", "Protests", "Peaceful protest"),
    # Protesters choking on gas or hit by rubber bullets met force that is not lethal: intervention.
    ("2019-11-05", "وأصيب عشرات المتظاهرين بحالات اختناق جراء القنابل الدخانية التي أطلقتها القوات الأمنية على جسر الأحرار.",
     "Protests", "Protest with intervention"),
    ("2019-11-05", "أصيب عشرات المحتجين بالرصاص المطاطي خلال تفريق اعتصامهم أمام البرلمان.", "Protests", "Protest with intervention"),
    ("2019-11-05", "أطلقت قوات الأمن الرصاص الحي على المتظاهرين في ساحة التحرير.", "Protests", "Excessive force against protesters"),
    # A crowd streaming somewhere to demand something protests; refugees streaming to a border,
    # fans to a stadium, pilgrims leaving do not.
    ("2011-02-11", "تدفق آلاف اليمنيين إلى ساحة التغيير أمام جامعة صنعاء مطالبين برحيل الرئيس.", "Protests", "Peaceful protest"),
    ("2011-02-11", "توافد آلاف المواطنين إلى ميدان التحرير للمطالبة برحيل الحكومة.", "Protests", "Peaceful protest"),
    ("2013-06-30", "خرج ملايين المصريين إلى الميادين للمطالبة برحيل الرئيس.", "Protests", "Peaceful protest"),
    ("2011-02-11", "توافد آلاف المشجعين إلى الملعب لمتابعة المباراة النهائية.", None, None),
    ("2011-02-11", "خرج آلاف الحجاج من مكة بعد أداء المناسك.", None, None),
    # An objection in a parliament's debate is no protest; a protest that turned into clashes is a riot.
    ("2021-03-09", "شهدت جلسة مجلس النواب نقاشاً حاداً بين عدد من النواب، واحتج بعضهم على تأخر عرض تقرير اللجنة.", None, None),
    ("2020-12-08", "وقفة احتجاجية في صيدا تتحول إلى مواجهات مع قوى الأمن الداخلي", "Riots", "Violent demonstration"),
    # Calling for the shelling to stop is a protest, not shelling.
    ("2022-06-06", "نظم العشرات من أهالي القرى وقفة احتجاجية أمام مبنى قائممقامية العمادية للمطالبة بوقف القصف وتعويض المتضررين.",
     "Protests", "Peaceful protest"),
    # A withdrawal told beside a capture is that capture, not a transfer of its own.
    ("2015-05-20", "سيطر مسلحو تنظيم داعش، فجر اليوم الأربعاء، على ناحية الوفاء غرب الرمادي بعد انسحاب قوات الشرطة منها.",
     "Battles", "Non-state actor overtakes territory"),
    # control told with its extent
    ("2023-11-06", "أعلنت قوات الدعم السريع، أمس الأحد، سيطرتها الكاملة على مدينة الخوي بعد معارك مع الجيش.",
     "Battles", "Non-state actor overtakes territory"),
    # Ground handed over: a headquarters or a base taken over from another force; a president
    # taking over his office is none.
    ("2017-10-18", "وكانت القوات العراقية قد تسلمت مقر المحافظة وقاعدة جوية قريبة من قوات البيشمركة.",
     "Strategic developments", "Non-violent transfer of territory"),
    ("2017-10-18", "تسلم الرئيس الجديد مقر الحكومة رسمياً صباح اليوم.", None, None),
]


@pytest.mark.parametrize("published,text,event_type,sub_type", CASES)
def test_wording(published: str, text: str, event_type: str | None, sub_type: str | None) -> None:
    got = {(e["event_type"], e["sub_event_type"]) for e in extract(text, published)["events"]}
    if event_type is None:
        assert not got
    else:
        assert (event_type, sub_type) in got


@pytest.mark.parametrize("text,expected", [
    # An anniversary marks only the event it remembers.
    ("شنت جماعة الحوثي، أمس الثلاثاء، حملة اختطافات طالت 17 تربوياً في مديرية العدين، على خلفية دعوتهم "
     "للاحتفال بذكرى ثورة 26 سبتمبر.", ["Abduction/forced disappearance"]),
    ("أحيا الأهالي اليوم الذكرى السنوية لمجزرة الحولة التي ارتكبتها قوات النظام.", []),
])
def test_anniversaries(text: str, expected: list[str]) -> None:
    assert [e["sub_event_type"] for e in extract(text, "2024-09-25")["events"]] == expected


def test_one_riot_per_sentence_and_listed_towns() -> None:
    riots = [e for e in extract("رشق شبان غاضبون الوحدات الأمنية بالحجارة في مدينة القصرين الليلة الماضية.", "2020-06-17")["events"]
             if e["event_type"] == "Riots"]
    assert len(riots) == 1 and riots[0]["actor2"] == "tn.police"
    towns = {(e["location"] or {}).get("text") for e in extract(
        "وعرفت بلدتا بني بوعياش وتارجيست أشكالاً احتجاجية مماثلة مساء أمس قرب مدينة الحسيمة.", "2017-06-11")["events"]}
    assert {"بني بوعياش", "تارجيست"} <= towns


def test_suicide_drones_are_no_suicide_bombing() -> None:
    events = extract("استهدفت مسيّرات تابعة لقوات الدعم السريع، فجر اليوم الثلاثاء، مقر الفرقة 22 مشاة في مدينة بابنوسة "
                     "بأكثر من 20 مسيّرة انتحارية.", "2024-05-14")["events"]
    assert [e["sub_event_type"] for e in events] == ["Air/drone strike"] and events[0]["fatalities"] is None


def test_raid_amid_clashes_keeps_its_day() -> None:
    """«وسط اشتباكات» tells what went on during the raid, not a background situation."""
    event = extract("اقتحمت قوات الاحتلال، فجر اليوم الثلاثاء، مخيم جنين وسط اشتباكات مسلحة مع مقاومين.", "2023-06-20")["events"][0]
    assert event["date"] == "2023-06-20" and event["date_precision"] == "day"


def test_a_student_killed_is_no_demand() -> None:
    """«طالب» is a student as often as «he demanded»: it does not make an event hypothetical."""
    events = extract("قُتل طالب وأصيب ثلاثة آخرون حين أطلقت قوات الأمن الرصاص على متظاهرين في مدينة عطبرة أمس.",
                     "2018-12-21")["events"]
    assert [(e["event_type"], e["modality"]) for e in events] == [("Protests", "asserted")]


@pytest.mark.parametrize("text,actor1", [
    ("قتل ثلاثة مدنيين برصاص هيئة تحرير الشام في إدلب أمس.", "sy.hts"),
    ("قتل ثلاثة مدنيين برصاص عناصر تابعة لهيئة تحرير الشام في إدلب أمس.", "sy.hts"),
    ("أصيب طفل برصاص قناص من قوات النظام في درعا البلد أمس.", "sy.military"),
])
def test_agent_named_by_its_weapon(text: str, actor1: str) -> None:
    """«قُتل … برصاص X»: the victims stand between the act and X, who is still its agent."""
    events = extract(text, "2023-08-07")["events"]
    assert events and events[0]["actor1"] == actor1 and events[0]["actor2"] == "gen.civilians:SY"


@pytest.mark.parametrize("text,expected", [
    ("يواصل عمال المناجم اعتصامهم أمام مقر الشركة في مدينة الرديف لليوم العاشر.", [("Protests", "2016-03-10", "day")]),
    ("يواصل التنظيم تنفيذ تفجيرات في المنطقة منذ سنوات.", []),
])
def test_what_goes_on_for_the_nth_day_goes_on_today(text: str, expected: list) -> None:
    events = extract(text, "2016-03-10")["events"]
    assert [(e["event_type"], e["date"], e["date_precision"]) for e in events] == expected


def test_strikes_named_as_the_aggression() -> None:
    """The Sanaa authorities' media call the 2024 US/UK strikes «العدوان الأمريكي البريطاني»."""
    events = extract("شن العدوان الأمريكي البريطاني، فجر اليوم، غارتين على مطار الحديدة.", "2024-03-18")["events"]
    assert [(e["sub_event_type"], e["actor1"]) for e in events] == [("Air/drone strike", "int.us_military")]


def test_the_act_named_again_at_new_places_keeps_its_parties() -> None:
    """«كما طال القصف ذاته حيي الجحملية وكلابة»: the same shelling, the same shooter (our own
    challenge article v012, a sentence away from the act it refers to)."""
    import json
    from pathlib import Path

    path = Path(__file__).resolve().parents[2] / "eval" / "challenge" / "tune3.articles.jsonl"
    article = next(a for a in map(json.loads, path.read_text(encoding="utf-8").splitlines()) if a["id"] == "v012")
    events = extract(article["text"], article["published"])["events"]
    shelled = [e for e in events if e["event_type"] == "Explosions/Remote violence"]
    assert len(shelled) >= 2 and {e["actor1"] for e in shelled} == {"ye.houthis"}


def test_withdrawal_beside_a_capture_is_that_capture() -> None:
    text = "سيطر مسلحو تنظيم داعش، فجر اليوم الأربعاء، على ناحية الوفاء غرب الرمادي بعد انسحاب قوات الشرطة منها."
    got = [(e["sub_event_type"], e["actor1"], e["actor2"]) for e in extract(text, "2015-05-20")["events"]]
    assert got == [("Non-state actor overtakes territory", "int.is", "iq.police")]


def test_a_roads_ends_are_not_where_it_was_closed() -> None:
    text = ("أغلق مزارعون ومواطنون الطريق القومي الرابط بين الخرطوم وعطبرة عند مدخل مدينة شندي بالحجارة، "
            "احتجاجاً على زيادة تعرفة الكهرباء.")
    assert [(e["location"] or {}).get("name_ar") for e in extract(text, "2022-01-27")["events"]] == ["شندي"]


def test_calling_for_shelling_to_stop_is_no_shelling() -> None:
    text = "نظم العشرات من أهالي القرى وقفة احتجاجية أمام مبنى قائممقامية العمادية للمطالبة بوقف القصف وتعويض المتضررين."
    assert {e["event_type"] for e in extract(text, "2022-06-06")["events"]} == {"Protests"}
