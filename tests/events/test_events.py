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
        ("ضربت مسيّرة تركية شاحنة صغيرة على طريق عامودا.", "Explosions/Remote violence", "Air/drone strike"),
        ("قصفت قوات النظام بالمدفعية الثقيلة بلدة قلعة المضيق.", "Explosions/Remote violence", "Shelling/artillery/missile attack"),
        ("انفجرت عبوة ناسفة بسيارة قيادي سابق في مدينة درعا.", "Explosions/Remote violence", "Remote explosive/landmine/IED"),
        ("فجر انتحاري حزاما ناسفا عند حاجز للجيش في مدينة الرمادي.", "Explosions/Remote violence", "Suicide bomb"),
        ("أعدم تنظيم داعش خمسة شبان في ريف دير الزور الشرقي.", "Violence against civilians", "Attack"),
        ("اختطف مسلحون مجهولون طبيبا في مدينة إدلب.", "Violence against civilians", "Abduction/forced disappearance"),
        ("خرج المئات في مظاهرة وسط مدينة السويداء للمطالبة بتحسين الأوضاع المعيشية.", "Protests", "Peaceful protest"),
        ("لقي محتج حتفه بعد أن أطلقت شرطة مكافحة الشغب الرصاص الحي على تظاهرة في مدينة الناصرية.", "Protests", "Excessive force against protesters"),
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
        ("قصفت قوات النظام بلدة كفرنبل بالمدفعية، بحسب ما ذكرت شبكة محلية.", "claimed"),
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
        ("خلّفت الاشتباكات مقتل 13 عنصراً من الفصائل، بينما قتل نحو 250 من قوات النظام.", 263),
        ("قتل 38 عنصرا في اشتباكات عنيفة، بينهم 21 من قوات النظام.", 38),
        ("قتل وجرح عدد من المدنيين بقصف جوي على قرية التمانعة.", None),
        ("مقتل امرأة وطفلين بغارة جوية على قرية التمانعة.", 3),
        ("مقتل 18 شخصاً وإصابة 32 آخرين في قصف مدفعي على سوق شعبي.", 18),
    ],
)
def test_fatalities(text: str, fatalities: int | None) -> None:
    violent = [e for e in _events(text) if e["event_type"] != "Strategic developments"]
    assert violent and violent[0]["fatalities"] == fatalities


@pytest.mark.parametrize(
    "text,published,date,precision",
    [
        ("اندلعت اشتباكات بين الطرفين، يوم الثلاثاء الماضي، في ريف حلب.", "2019-05-09", "2019-05-07", "day"),
        ("قصفت طائرات حربية بلدة كفرنبل أمس الأربعاء.", PUB, "2020-03-11", "day"),
        # no time of its own: the day's news, on the dateline's day
        ("قصفت طائرات حربية بلدة كفرنبل.", PUB, "2020-03-12", "day"),
        # looked back on with no time: some days before the dateline
        ("وكانت طائرات حربية قد قصفت بلدة كفرنبل.", PUB, "2020-03-12", "week"),
        ("قصفت طائرات حربية بلدة كفرنبل.", None, None, None),
        ("انضمت الحركة إلى الجبهة في أيلول الماضي.", "2019-02-10", "2018-09", "month"),
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
        ("انفجرت عبوة ناسفة قرب بلدة داعل التي تبعد عن مدينة درعا 15 كم، حيث قتل السائق.", 1),
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
        ("وكانت حركة أحرار الشام قد فصلت صقور الشام من صفوفها في 12 آذار الماضي.", "2018-06-10",
         ("expelled", "sy.suqour_al_sham", "sy.ahrar_al_sham", "2018-03-12")),
        ("أعلنت حركة نور الدين الزنكي، أمس الجمعة، انضمامها إلى الجبهة الوطنية للتحرير.", "2018-08-04",
         ("joined", "sy.zenki", "sy.nfl", "2018-08-03")),
        # a group that cuts its tie to another; two groups that join a third (the dual)
        ("أعلنت حركة أحرار الشام، أمس الخميس، فك ارتباطها بالجبهة الوطنية للتحرير.", "2019-03-08",
         ("split_from", "sy.ahrar_al_sham", "sy.nfl", "2019-03-07")),
        ("أعلنت حركة نور الدين الزنكي وفيلق الشام، أمس الجمعة، اندماجهما في الجبهة الوطنية للتحرير.", "2018-08-04",
         ("merged", "sy.zenki", "sy.faylaq_al_sham", "2018-08-03")),
    ],
)
def test_relations_are_dated(text: str, published: str, relation: tuple) -> None:
    rels = {(r["type"], r["source"], r["target"], r["date"]) for r in extract(text, published)["relations"]}
    assert relation in rels


def test_a_place_anaphor_takes_the_place_told_before() -> None:
    text = ("هاجم مسلحون حاجزا للجيش في مدينة الشيخ زويد فجر اليوم.\n"
            "وردت القوات بقصف مدفعي على القرى المحيطة بمنطقة الهجوم.")
    shelling = [e for e in _events(text) if e["sub_event_type"] == "Shelling/artillery/missile attack"]
    assert shelling and shelling[0]["location"]["admin1_code"] == "EG-SIN"


def test_a_report_carried_on_keeps_its_day() -> None:
    text = ("قال ناشطون، اليوم الخميس، إن الطائرات الحربية قصفت بلدة كفرنبل.\n"
            "وأضاف الناشطون أن قوات النظام قصفت بالمدفعية قرية حاس المجاورة.")
    shelling = [e for e in _events(text) if e["sub_event_type"] == "Shelling/artillery/missile attack"]
    assert shelling and (shelling[0]["date"], shelling[0]["date_precision"]) == ("2020-03-12", "day")


@pytest.mark.parametrize(
    "text,actor1,actor2",
    [
        ("قتل أربعة جنود من الجيش العراقي بهجوم شنه مسلحون من تنظيم داعش على نقطة عسكرية قرب كركوك.",
         "int.is", "iq.military"),
        # (the Interior Ministry that announces the arrest is the country's police)
        ("أعلنت وزارة الداخلية اعتقال خمسة عناصر من تنظيم داعش في مدينة الموصل.", "iq.police", "int.is"),
        ("اختطف مسلحون مجهولون طبيبا في مدينة سرمدا شمال إدلب مساء الأحد.", "gen.unidentified:SY", "gen.civilians:SY"),
    ],
)
def test_agents_and_targets(text: str, actor1: str | None, actor2: str | None) -> None:
    (e, *_) = [e for e in _events(text) if e["event_type"] != "Protests"]
    assert (e["actor1"], e["actor2"]) == (actor1, actor2)
