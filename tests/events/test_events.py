"""Events from real-style Arabic news sentences: type, sub-type, modality, date, deaths."""

import pytest

from rasad import extract

PUB = "2020-03-12"  # a Thursday


def _events(text: str, published: str | None = PUB) -> list[dict]:
    return extract(text, published)["events"]


@pytest.mark.parametrize(
    "text,etype,sub",
    [
        ("اندلعت اشتباكات عنيفة بين قوات النظام وفصائل المعارضة على أطراف بلدة كفرنبل.", "Battles", "Armed clash"),
        ("شنت طائرات حربية روسية غارات جوية على مدينة أريحا جنوب إدلب.", "Explosions/Remote violence", "Air/drone strike"),
        ("استهدفت طائرة مسيرة تركية سيارة في مدينة القامشلي.", "Explosions/Remote violence", "Air/drone strike"),
        ("قصفت قوات النظام بالمدفعية الثقيلة بلدة قلعة المضيق.", "Explosions/Remote violence", "Shelling/artillery/missile attack"),
        ("انفجرت عبوة ناسفة بسيارة قيادي سابق في مدينة درعا.", "Explosions/Remote violence", "Remote explosive/landmine/IED"),
        ("فجر انتحاري حزاما ناسفا عند حاجز للجيش في مدينة الرمادي.", "Explosions/Remote violence", "Suicide bomb"),
        ("أعدم تنظيم داعش خمسة شبان في ريف دير الزور الشرقي.", "Violence against civilians", "Attack"),
        ("اختطف مسلحون مجهولون طبيبا في مدينة إدلب.", "Violence against civilians", "Abduction/forced disappearance"),
        ("خرج المئات في مظاهرة وسط مدينة السويداء للمطالبة بتحسين الأوضاع المعيشية.", "Protests", "Peaceful protest"),
        ("قتل متظاهر برصاص القوات الأمنية خلال تظاهرة في ساحة التحرير ببغداد.", "Protests", "Excessive force against protesters"),
        ("شنت قوات الأمن حملة اعتقالات في مدينة الرقة طالت عشرات الشبان.", "Strategic developments", "Arrests"),
        ("توصلت الفصائل وقوات النظام إلى اتفاق لوقف إطلاق النار في درعا البلد.", "Strategic developments", "Agreement"),
        ("أعلنت حركة نور الدين الزنكي انضمامها إلى الجبهة الوطنية للتحرير.", "Strategic developments", "Change to group/activity"),
        ("سيطرت هيئة تحرير الشام على قرية الحاكورة في سهل الغاب بعد معارك مع قوات النظام.", "Battles", "Non-state actor overtakes territory"),
    ],
)
def test_event_type(text: str, etype: str, sub: str) -> None:
    kinds = {(e["event_type"], e["sub_event_type"]) for e in _events(text)}
    assert (etype, sub) in kinds


@pytest.mark.parametrize(
    "text,modality",
    [
        ("قصفت قوات النظام بلدة كفرنبل بالمدفعية.", "asserted"),
        ("قال ناشطون إن قوات النظام قصفت بلدة كفرنبل بالمدفعية.", "claimed"),
        ("قصفت قوات النظام بلدة كفرنبل بالمدفعية، وفق ما أفاد المرصد السوري لحقوق الإنسان.", "claimed"),
        ("من المقرر أن تنسحب الفصائل من بلدة كفرنبل يوم السبت المقبل.", "planned"),
        ("سيخرج مقاتلو الفصائل من حي الوعر يوم غد.", "planned"),
    ],
)
def test_modality(text: str, modality: str) -> None:
    assert [e["modality"] for e in _events(text)][:1] == [modality]


@pytest.mark.parametrize(
    "text",
    [
        "نفى الجيش قصف بلدة كفرنبل بالمدفعية.",
        "لم تتعرض بلدة كفرنبل لأي قصف مدفعي أمس.",
        "أجرى الطرفان مفاوضات لإخراج المقاتلين من الحي دون التوصل إلى اتفاق.",
    ],
)
def test_unrealised_events_are_kept_apart(text: str) -> None:
    record = extract(text, PUB)
    assert not any(e["event_type"] in ("Explosions/Remote violence", "Strategic developments") and e["modality"] == "asserted"
                   for e in record["events"])


@pytest.mark.parametrize(
    "text,fatalities",
    [
        ("قتل ثلاثة مدنيين وجرح خمسة آخرون جراء قصف مدفعي على بلدة كفرنبل.", 3),
        ("أسفرت الاشتباكات عن مقتل 11 عنصراً من الفصائل، فيما قتل نحو 400 من قوات النظام.", 411),
        ("قتل 45 عنصرا في اشتباكات عنيفة، بينهم 30 من قوات النظام.", 45),
        ("قتل وجرح عدد من المدنيين بقصف جوي على قرية رسم العالي.", None),
        ("مقتل امرأة وطفلين بغارة جوية على قرية رسم العالي.", 3),
        ("مقتل 15 شخصاً وإصابة 46 آخرين في قصف مدفعي على سوق شعبي.", 15),
    ],
)
def test_fatalities(text: str, fatalities: int | None) -> None:
    violent = [e for e in _events(text) if e["event_type"] != "Strategic developments"]
    assert violent and violent[0]["fatalities"] == fatalities


@pytest.mark.parametrize(
    "text,published,date,precision",
    [
        ("اندلعت اشتباكات بين الطرفين، يوم الاثنين الماضي، في ريف حماة.", "2017-02-18", "2017-02-13", "day"),
        ("قصفت طائرات حربية بلدة كفرنبل أمس الأربعاء.", PUB, "2020-03-11", "day"),
        ("قصفت طائرات حربية بلدة كفرنبل.", PUB, "2020-03-12", "week"),
        ("قصفت طائرات حربية بلدة كفرنبل.", None, None, None),
        ("انضمت الحركة إلى الجبهة في تشرين الأول الفائت.", "2017-02-18", "2016-10", "month"),
    ],
)
def test_event_date(text: str, published: str | None, date: str | None, precision: str | None) -> None:
    (e, *_) = _events(text, published)
    assert (e["date"], e["date_precision"]) == (date, precision)


def test_one_event_however_often_mentioned() -> None:
    text = (
        "قصفت قوات النظام بلدة كفرنبل بالمدفعية، اليوم الخميس.\n"
        "وأوضح الناشطون أن القصف المدفعي استهدف الأحياء السكنية في البلدة.\n"
        "وتتعرض البلدة للقصف المدفعي بشكل شبه يومي."
    )
    shelling = [e for e in _events(text) if e["sub_event_type"] == "Shelling/artillery/missile attack"]
    assert len(shelling) == 1


def test_list_of_villages_is_one_event_each() -> None:
    text = "سيطرت فصائل الجيش الحر على بلدات كفرنبل وخان شيخون ومعرة النعمان بعد معارك عنيفة مع قوات النظام."
    taken = [e for e in _events(text) if e["event_type"] == "Battles" and e["location"]]
    assert len({e["location"]["name_ar"] for e in taken}) == 3


def test_every_span_points_into_the_text() -> None:
    text = "قال ناشطون لـ”سمارت”، اليوم الخميس، إن قوات النظام قصفت بلدة “كفرنبل” جنوب إدلب، ما أسفر عن مقتل مدنيين اثنين."
    record = extract(text, PUB)
    for e in record["events"]:
        t = e["trigger"]
        assert text[t["start"]:t["end"]] == t["text"]
        assert 0 <= e["evidence"]["start"] < e["evidence"]["end"] <= len(text)
        if e["location"]:
            loc = e["location"]
            assert text[loc["start"]:loc["end"]] == loc["text"]
    for a in record["actors"]:
        for m in a["mentions"]:
            assert text[m["start"]:m["end"]] == m["text"]


@pytest.mark.parametrize(
    "text,fatalities",
    [
        ("اشتباكات بين الطرفين في تعز أسفرت عن مقتل ستة من الحوثيين وجنديين من الجيش.", 8),
        ("مقتل امرأة وطفلها جراء سقوط قذائف هاون على منزل في حي أبو سليم.", 2),
        ("انفجرت عبوة ناسفة بسيارة عسكرية قرب بلدة اليادودة، ما أدى لمقتل ضابط وعنصرين.", 3),
        ("قصفت قوات النظام بلدة كفرنبل، دون وقوع إصابات.", 0),
        ("اشتباكات عنيفة في سيناء أسفرت عن مقتل 10 جنود و15 مسلحا.", 25),
        ("انفجرت عبوة ناسفة قرب بلدة ابطع التي تبعد عن مدينة درعا 20 كم، حيث قتل القيادي.", 1),
    ],
)
def test_death_lists(text: str, fatalities: int | None) -> None:
    violent = [e for e in _events(text) if e["event_type"] != "Strategic developments"]
    assert violent and violent[0]["fatalities"] == fatalities


@pytest.mark.parametrize(
    "text,published,relation",
    [
        ("أعلنت حركة أحرار الشام وفيلق الشام، أمس الأحد، تشكيل غرفة عمليات مشتركة في ريف إدلب الجنوبي.", "2019-05-06",
         ("allied", "sy.ahrar_al_sham", "sy.faylaq_al_sham", "2019-05-05")),
        ("وكانت جبهة فتح الشام قد فصلت جند الأقصى من صفوفها في 23 كانون الثاني الفائت.", "2017-02-18",
         ("expelled", "sy.jund_al_aqsa", "sy.jfs", "2017-01-23")),
        ("أعلنت حركة نور الدين الزنكي، أمس الجمعة، انضمامها إلى الجبهة الوطنية للتحرير.", "2018-08-04",
         ("joined", "sy.zenki", "sy.nfl", "2018-08-03")),
    ],
)
def test_relations_are_dated(text: str, published: str, relation: tuple) -> None:
    rels = {(r["type"], r["source"], r["target"], r["date"]) for r in extract(text, published)["relations"]}
    assert relation in rels
