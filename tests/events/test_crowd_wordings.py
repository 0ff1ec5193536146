"""Crowds in wordings beyond the lexicon's phrases: what they chant, who calls them out,
fire opened on them, and when their fight is a riot rather than a battle.

Each row: our own sentence in the style of an Arabic outlet → the (event_type,
sub_event_type, modality, date) of its events (realised and unrealised), in text order.
"""

from __future__ import annotations

import pytest

from rasad import extract

PUBLISHED = "2019-01-19"  # a Saturday

CASES = [
    # A crowd named with what it chants or carries is a protest, dated or not.
    ("غصت شوارع العاصمة أمس بمئات الآلاف من المتظاهرين الذين رددوا شعارات ضد الحكومة.",
     [("Protests", "Peaceful protest", "asserted", "2019-01-18")]),
    # A call to march on a bare weekday is planned for the coming one …
    ("دعا تجمع المهنيين السودانيين إلى موكب جديد يتجه إلى القصر الجمهوري بعد ظهر الخميس.",
     [("Protests", "Peaceful protest", "planned", "2019-01-24")]),
    ("دعا ائتلاف المعارضة أنصاره إلى التجمع في ساحة الإرادة مساء الجمعة المقبلة.",
     [("Protests", "Peaceful protest", "planned", "2019-01-25")]),
    # … but a call to rally round an idea, with no day, is no event.
    ("دعا الرئيس إلى التجمع حول الوحدة الوطنية.", []),
    # A crowd that carries on is out today; a group that «carries on» attacking tells a habit.
    ("تواصل اعتصام عشرات العاطلين عن العمل أمام مقر الولاية في مدينة القصرين للمطالبة بالتشغيل.",
     [("Protests", "Peaceful protest", "asserted", "2019-01-19")]),
    ("يواصل التنظيم تنفيذ تفجيرات في مدينة الرقة.", []),
    # Fire opened on a crowd.
    ("لقي متظاهر حتفه بعدما فتحت قوات الأمن النار على المعتصمين عند دوار اللؤلؤة فجر اليوم.",
     [("Protests", "Excessive force against protesters", "asserted", "2019-01-19")]),
    # Stones and petrol bombs thrown by the crowd make it a riot …
    ("رشق محتجون قوات الأمن بالحجارة والزجاجات الحارقة أمام مقر الولاية في القصرين مساء أمس.",
     [("Riots", "Violent demonstration", "asserted", "2019-01-18")]),
    # … and so does setting fire to a building after the crowd gathered.
    ("تجمهر عشرات الشبان مساء أمس أمام مقر المجلس البلدي في مدينة سبها، قبل أن يقتحم عدد منهم المبنى ويضرموا النار في أجزاء منه.",
     [("Riots", "Violent demonstration", "asserted", "2019-01-18")]),
    # «مسيّرة» is a drone, not a march, when it strikes, kills or is shot down.
    ("استشهد شابان أمس بمسيّرة في بلدة حولا.", [("Explosions/Remote violence", "Air/drone strike", "asserted", "2019-01-18")]),
    ("مسيّرات الدعم السريع تستهدف مدينة بابنوسة صباح اليوم.",
     [("Explosions/Remote violence", "Air/drone strike", "asserted", "2019-01-19")]),
    ("أعلن التحالف أنه يعترض مسيرات أطلقت نحو خميس مشيط صباح اليوم.",
     [("Strategic developments", "Disrupted weapons use", "claimed", "2019-01-19")]),
    ("خرج أهالي ذهيبة أمس في مسيرة سلمية احتجاجا على البطالة.", [("Protests", "Peaceful protest", "asserted", "2019-01-18")]),
    # A march put down.
    ("قمعت قوات الاحتلال أمس المشاركين في المسيرة الأسبوعية المناهضة للاستيطان في بلدة كفر قدوم.",
     [("Protests", "Protest with intervention", "asserted", "2019-01-18")]),
    # A procession organised by residents; a march whose marchers are dispersed.
    ("نظم أهالي حي الديم بالخرطوم موكبا ليليا أمس، رددوا خلاله أهازيج الثورة.",
     [("Protests", "Peaceful protest", "asserted", "2019-01-18")]),
    ("نظم أهالي الحي أمس موكبا جنائزيا لتشييع الفقيد.", []),
    ("انطلقت المسيرة الأسبوعية في قرية بلعين أمس، قبل أن يطلق جنود الاحتلال قنابل الغاز لتفريق المشاركين فيها.",
     [("Protests", "Protest with intervention", "asserted", "2019-01-18")]),
    # Masked youths fighting the police with iron bars and petrol bombs riot.
    ("اندلعت مواجهات بين شبان ملثمين وقوات حفظ النظام في قرية الديه ليلة أمس، استخدمت فيها الأسياخ الحديدية والزجاجات الحارقة.",
     [("Riots", "Violent demonstration", "asserted", "2019-01-18")]),
    # Youths against the police or an occupying army riot; against armed men it is a battle.
    ("واندلعت مواجهات بين عشرات الشبان وقوات الاحتلال في بلدة قباطية أمس.",
     [("Riots", "Violent demonstration", "asserted", "2019-01-18")]),
    ("اندلعت اشتباكات أمس بين الجيش وشبان مسلحين في حي باب التبانة بطرابلس.",
     [("Battles", "Armed clash", "asserted", "2019-01-18")]),
    # The gas canister named first, then who fired it at the crowd; the dead named before «لقي حتفه».
    ("قالت لجنة الأطباء إن متظاهرا لقي حتفه أمس إثر إصابته بعبوة غاز مسيل للدموع في الرأس أطلقتها قوات الأمن على المحتجين وسط الخرطوم.",
     [("Protests", "Excessive force against protesters", "claimed", "2019-01-18")]),
    # Victims of past protests and a truce broken are no events.
    ("وأقيم في كربلاء أمس مجلس تأبيني لضحايا الاحتجاجات.", []),
    ("اتهمت القوات المشتركة ميليشيا الحوثي أمس بخرق الهدنة الأممية في الحديدة.", []),
    # Villagers who attack homes and burn them are a mob; protesters who burn offices riot.
    ("هاجم العشرات من أهالي قرية تابعة لمركز العامرية منازل مواطنين أقباط وأضرموا النار في بعضها ليل أمس.",
     [("Riots", "Mob violence", "asserted", "2019-01-18")]),
    ("دخل محتجون غاضبون عنوة إلى مبنى محافظة السويداء أمس وأحرقوا مكاتب فيه.",
     [("Riots", "Violent demonstration", "asserted", "2019-01-18")]),
    # Masked men who set fire to a transformer destroy property.
    ("أضرم ملثمون النار في محول كهربائي وحاويات قمامة على شارع البديع ليل أمس.",
     [("Strategic developments", "Looting/property destruction", "asserted", "2019-01-18")]),
    # Figures of speech, walk-outs, strikes called off, charges in court: no events.
    ("شن نواب المعارضة أمس هجوما حادا على الحكومة خلال مناقشة الموازنة.", []),
    ("اعتصم وزير النفط بالصمت أمس حيال اتهامات النواب.", []),
    ("أعلن وفد المعارضة أمس انسحابه من جلسات الحوار في جنيف.", []),
    ("أعلن الاتحاد العام التونسي للشغل أمس إلغاء الإضراب العام.", []),
    ("قضت المحكمة أمس بسجن ناشطة سنة بتهمة المشاركة في تجمهر غير مرخص.", []),
    ("حذر الوزير أمس من أن «الانفجار السكاني» يلتهم ثمار التنمية.", []),
    ("أصدرت محكمة الجنايات أمس أحكاماً غيابية بالإعدام في حق ستة عناصر من تنظيم القاعدة.", []),
    # A trigger word set in quotation marks by itself is a figure of speech; a quoted report is a report.
    ("اتهم رئيس التكتل الحكومة أمس بـ«اغتيال» المؤسسات الدستورية.", []),
    ("وصف النائب أداء الحكومة أمس بأنه «قصف عشوائي» لمكتسبات المواطنين.", []),
    ("قال المرصد إن «طائرات حربية قصفت بلدة كفرنبل أمس».",
     [("Explosions/Remote violence", "Air/drone strike", "claimed", "2019-01-18")]),
    # A crowd storming a police station riots; a crowd beating a man to death is a mob;
    # a «مليونية» announced for a coming day is a planned protest.
    ("اقتحم المئات من أهالي إحدى القرى مركز الشرطة أمس وأضرموا النار في سيارتين، إثر وفاة شاب أثناء احتجازه.",
     [("Riots", "Violent demonstration", "asserted", "2019-01-18")]),
    ("انهال عشرات من أهالي حي في مدينة الناصرية أمس بالضرب على رجل اتهم بقتل طفل حتى فارق الحياة.",
     [("Riots", "Mob violence", "asserted", "2019-01-18")]),
    ("أعلنت مكونات الحراك الجنوبي أمس عزمها تنظيم مليونية في ساحة العروض بخور مكسر يوم السبت المقبل.",
     [("Protests", "Peaceful protest", "planned", "2019-01-26")]),
    # A pattern's verb keeps its conjunction («وتبادلت القوة إطلاق النار»).
    ("داهمت قوة من الدرك أمس مطلوبين في مدينة معان، وتبادلت القوة إطلاق النار معهم لأكثر من ساعة.",
     [("Strategic developments", "Arrests", "asserted", "2019-01-18"), ("Battles", "Armed clash", "asserted", "2019-01-18")]),
    # «بعد يومين من اختطافه»: the abduction came two days before the day the body was found.
    ("عثر الأهالي أمس على جثة شاب مقتولاً بطلق ناري في بلدة الحوايج، بعد يومين من اختطافه على يد مجهولين.",
     [("Violence against civilians", "Attack", "asserted", "2019-01-18"),
      ("Violence against civilians", "Abduction/forced disappearance", "asserted", "2019-01-16")]),
    # The streets a few words after the crowd; a salvo of strikes is one act, not a habit.
    ("نزل مئات الآلاف من الجزائريين إلى شوارع العاصمة أمس رفضا لترشح الرئيس لعهدة خامسة.",
     [("Protests", "Peaceful protest", "asserted", "2019-01-18")]),
    ("شن طيران التحالف العربي سلسلة غارات على مواقع الحوثيين في مديرية نهم، بحسب مصادر عسكرية.",
     [("Explosions/Remote violence", "Air/drone strike", "claimed", "2019-01-19")]),
    # Tents of a sit-in removed by force; a rally dispersed; a protest turned into clashes; a
    # crowd set on attacking a camp; an activist arrested with words between verb and person.
    ("عمدت عناصر مكافحة الشغب فجر أمس إلى إزالة خيم المعتصمين في ساحة الشهداء بالقوة.",
     [("Protests", "Protest with intervention", "asserted", "2019-01-18")]),
    ("فرقت قوات الأمن أمس بالقوة مهرجانا جماهيريا نظمه الحراك الجنوبي في مدينة الضالع.",
     [("Protests", "Protest with intervention", "asserted", "2019-01-18")]),
    ("تحولت احتجاجات المعطلين في مدينة تازة أمس إلى مواجهات مع قوات الأمن.",
     [("Riots", "Violent demonstration", "asserted", "2019-01-18")]),
    ("عمد عشرات الشبان أمس إلى الاعتداء على مخيم للنازحين في بلدة ببنين وإحراق عدد من الخيم.",
     [("Riots", "Mob violence", "asserted", "2019-01-18")]),
    ("أوقف جهاز أمن الدولة أمس مغردا معارضا بتهمة المساس بالذات الأميرية.",
     [("Strategic developments", "Arrests", "asserted", "2019-01-18")]),
    ("تقدم لبنان أمس بشكوى إلى مجلس الأمن ضد إسرائيل بسبب خروقاتها المتكررة.", []),
    # Gunmen as the subject of a killing; a person who suffered an attack; workers who stopped
    # work; an explosion whose planting «منذ سنوات» (another clause) tells no habit.
    ("قتل مسلحون ملثمون شيخ قبيلة في قرية جنوب مدينة رفح أمس بعد اقتحام منزله.",
     [("Violence against civilians", "Attack", "asserted", "2019-01-18")]),
    ("تعرض ناشط بارز في حراك جرادة لاعتداء بالسلاح الأبيض من طرف مجهولين ليلة أمس.",
     [("Violence against civilians", "Attack", "asserted", "2019-01-18")]),
    ("توقف مئات العمال عن العمل في ميناء صحار أمس مطالبين بتحسين الأجور.",
     [("Protests", "Peaceful protest", "asserted", "2019-01-18")]),
    ("أدى انفجار لغم أرضي أمس في بلدية الميلية بولاية جيجل إلى مقتل راع، يعتقد أن عناصر إرهابية زرعته منذ سنوات.",
     [("Explosions/Remote violence", "Remote explosive/landmine/IED", "asserted", "2019-01-18")]),
    # Fire «عليهم» after the sit-in's people were named: force against the protest.
    ("سقط عشرات الجرحى في صفوف المعتصمين بساحة الحرية في تعز أمس، بعدما أطلق مسلحون وعناصر من الأمن المركزي الرصاص الحي عليهم.",
     [("Protests", "Excessive force against protesters", "asserted", "2019-01-18")]),
    # An event of 1975 told on its anniversary is history, before ACLED's coverage.
    ("تصادف اليوم الذكرى الحادية والأربعون لاندلاع الحرب الأهلية، حين أطلق مسلحون النار على بوسطة في عين الرمانة في 13 نيسان 1975.", []),
    # … a brawl with sticks and knives that no armed group fights is mob violence …
    ("اندلعت مواجهات بين شبان من عائلتين في قرية بالمنيا أمس استخدمت فيها العصي والأسلحة البيضاء.",
     [("Riots", "Mob violence", "asserted", "2019-01-18")]),
    # … and a clash with an armed group stays a battle.
    ("اندلعت اشتباكات عنيفة أمس بين الجيش اللبناني ومسلحين من جبهة النصرة في جرود عرسال.",
     [("Battles", "Armed clash", "asserted", "2019-01-18")]),
]


def _events(text: str) -> list[tuple[str, str, str, str | None]]:
    record = extract(text, published=PUBLISHED)
    events = sorted(record["events"] + record["unrealised_events"], key=lambda e: e["trigger"]["start"])
    return [(e["event_type"], e["sub_event_type"], e["modality"], e["date"]) for e in events]


@pytest.mark.parametrize(("text", "expected"), CASES, ids=[f"case{i}" for i in range(len(CASES))])
def test_crowd_wordings(text: str, expected: list[tuple[str, str, str, str | None]]) -> None:
    assert _events(text) == expected


@pytest.mark.parametrize("text,published,expected", [
    # A road blocked by a crowd told earlier in the sentence; Jordan's «لواء» is a district, not a brigade.
    ("عمان - كما أحرق شبان في مدينة الكرك العجلات المطاطية وأغلقوا عددا من الطرق الرئيسية، بينما نفذ "
     "أبناء لواء ذيبان وقفة احتجاجية سلمية أمام مبنى المتصرفية.", "2018-06-03",
     [("Peaceful protest", "مدينة الكرك"), ("Peaceful protest", "ذيبان")]),
    # The army closing roads is no protest.
    ("عمان - قال مصدر إن الجيش أغلق الطرق المؤدية إلى الحدود الشمالية بعد ظهر اليوم.", "2018-06-03", []),
])
def test_roads_blocked_and_districts(text: str, published: str, expected: list) -> None:
    events = extract(text, published)["events"]
    assert [(e["sub_event_type"], (e["location"] or {}).get("name_ar")) for e in events] == expected


def test_force_on_a_crowd_at_the_governorate_building_is_one_event() -> None:
    """The crowd dispersed before the governorate's building is the one fired on in its capital."""
    text = ("مقتل متظاهر في الناصرية خلال احتجاجات على انقطاع الكهرباء\nالناصرية – 21 حزيران 2010\nقتل متظاهر وأصيب ثلاثة آخرون عندما أطلقت قوات الشرطة النار لتفريق مئات "
            "المحتجين الذين تجمعوا أمس الأحد أمام مبنى مجلس محافظة ذي قار للمطالبة بتحسين الكهرباء، بحسب شهود عيان.")
    events = extract(text, "2010-06-21")["events"]
    assert [(e["sub_event_type"], e["fatalities"]) for e in events] == [("Excessive force against protesters", 1)]


def test_fire_on_a_rally_and_yemens_central_security() -> None:
    """Fire on the participants of a movement's rally («مهرجان») is force against a protest; Yemen's
    Central Security is Yemen's police, Egypt's is Egypt's."""
    text = ("الضالع - قتل شاب وأصيب سبعة آخرون أمس الاثنين عندما فتحت قوات الأمن المركزي النار على آلاف المشاركين "
            "في مهرجان نظمته هيئات الحراك الجنوبي في مدينة الضالع.")
    e = extract(text, "2009-04-28")["events"][0]
    assert (e["sub_event_type"], e["actor1"], e["fatalities"]) == ("Excessive force against protesters", "ye.police", 1)
    egypt = extract("القاهرة - فرقت قوات الأمن المركزي مظاهرة لطلاب جامعة القاهرة أمس.", "2009-04-28")["events"][0]
    assert egypt["actor2"] == "eg.csf"


@pytest.mark.parametrize("text,published,expected", [
    # «لفك اعتصام»: a sit-in broken up by force; «فك الحصار» is no protest.
    ("سيدي إفني - تدخلت قوات التدخل السريع والدرك الملكي فجر أمس لفك اعتصام ميناء سيدي إفني الذي ينفذه منذ "
     "أسبوع عشرات الشبان العاطلين.", "2008-06-08", ["Protest with intervention"]),
    ("غزة - طالب المجلس بفك الحصار عن قطاع غزة.", "2008-06-08", []),
])
def test_a_sit_in_broken_up(text: str, published: str, expected: list[str]) -> None:
    assert [e["sub_event_type"] for e in extract(text, published)["events"]] == expected


@pytest.mark.parametrize("text,published,expected", [
    # Worshippers or mourners who clash with the police riot; they fight no battle.
    ("القاهرة - اندلعت اشتباكات بين المصلين وقوات الأمن أمام مسجد الاستقامة في الجيزة عقب صلاة الجمعة.",
     "2011-01-29", ["Violent demonstration"]),
    ("دمشق - اندلعت مواجهات بين المشيعين وقوات الأمن في حي الميدان خلال تشييع قتلى الأمس.",
     "2011-05-14", ["Violent demonstration"]),
])
def test_worshippers_and_mourners_who_clash(text: str, published: str, expected: list[str]) -> None:
    assert [e["sub_event_type"] for e in extract(text, published)["events"]] == expected
