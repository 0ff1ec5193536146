"""Parties, dates and tolls read from the context around a trigger. Our own sentences."""

from __future__ import annotations

import pytest

from rasad import extract


def _events(text: str, published: str) -> list[dict]:
    return extract(text, published)["events"]


@pytest.mark.parametrize("published,text,sub_type,actor1,assoc", [
    # The group a named side belongs to («الذراع المسلحة لـ», «التابعة لـ») is an associate, no side.
    ("2017-10-02", "قتل أربعة من عناصر حركة حسم، الذراع المسلحة لجماعة الإخوان، في تبادل لإطلاق النار مع قوات الأمن "
     "بمنطقة أكتوبر بمحافظة الجيزة.", "Armed clash", "eg.hasm", "eg.muslim_brotherhood"),
    # A name in brackets after a backer, two nouns between the backer word and the backer.
    ("2019-08-22", "استعادت قوات الجيش الوطني الصومالي، بدعم من قوات بعثة الاتحاد الإفريقي (أميصوم)، اليوم، "
     "السيطرة على بلدة جنالي بعد معارك مع مقاتلي حركة الشباب.", "Government regains territory", "so.military", "int.african_union"),
    # A backer is an associate of the side it backs, not the other side.
    ("2019-11-25", "هاجمت فصائل الجيش الوطني السوري المدعومة من أنقرة، مساء أمس الأحد، مواقع لقوات النظام قرب بلدة عين عيسى.",
     None, "sy.sna", "int.turkey_government"),
    # «مسيرة تابعة لجماعة الحوثي»: the owner of the drone struck.
    ("2022-01-12", "استهدفت طائرة مسيّرة تابعة لجماعة الحوثي، صباح اليوم الأربعاء، تجمعاً لقوات الحزام الأمني شمال مدينة الضالع.",
     "Air/drone strike", "ye.houthis", None),
    # RPG rounds fired in an attack make no shelling.
    ("2018-03-22", "هاجم مسلحون ينتمون إلى تنظيم ولاية سيناء، فجر اليوم الخميس، كميناً للجيش المصري جنوب العريش، مستخدمين الأسلحة الرشاشة وقذائف آر بي جي.",
     "Armed clash", "eg.sinai_province", None),
    # Support named with a fighters' noun or «بإسناد من» is an associate, not the side fought.
    ("2017-05-14", "استعاد الجيش الصومالي مدعوماً بمقاتلي العشائر، صباح اليوم الأحد، بلدة عيل طير من قبضة حركة الشباب.",
     "Government regains territory", "so.military", "gen.tribal_militia:SO"),
    # Two forces of one state named together are one side; «طيران التحالف» over Mosul is the US-led one.
    ("2017-05-14", "أعلن الإعلام الأمني أن قطعات الشرطة الاتحادية والجيش العراقي بإسناد من طيران التحالف حررت، "
     "أمس السبت، حي الزنجيلي في الموصل من عصابات داعش.", "Government regains territory", "iq.military", "int.coalition"),
    ("2019-02-03", "سيطرت قوات النظام بغطاء جوي من الطيران الروسي، مساء أمس السبت، على قرية الحويز بعد معارك مع الفصائل.",
     "Government regains territory", "sy.military", "int.russia_military"),
    ("2019-05-08", "نفذت قوات سوريا الديمقراطية بمساندة مروحيات التحالف الدولي، فجر اليوم، عملية إنزال جوي في بلدة "
     "الكسرة اعتقلت خلالها ثلاثة أشخاص.", "Arrests", "sy.sdf", "int.coalition"),
])
def test_parties(published: str, text: str, sub_type: str | None, actor1: str, assoc: str | None) -> None:
    events = _events(text, published)
    assert all(e["sub_event_type"] != "Shelling/artillery/missile attack" for e in events) or sub_type is None
    picked = [e for e in events if sub_type is None or e["sub_event_type"] == sub_type]
    assert picked and picked[0]["actor1"] == actor1
    if assoc:
        assert assoc in picked[0]["assoc_actors"] and picked[0]["actor2"] != assoc


def test_same_time_keeps_the_day() -> None:
    events = _events("دارت اشتباكات عنيفة، مساء أمس الأحد، بين قوات النظام وفصائل المعارضة قرب بلدة كفرنبودة. "
                     "وفي الوقت ذاته، قصفت المدفعية التركية بلدة تل رفعت بعشرات القذائف.", "2019-11-25")
    shelling = [e for e in events if e["sub_event_type"] == "Shelling/artillery/missile attack"]
    assert shelling and shelling[0]["date"] == "2019-11-24" and shelling[0]["date_precision"] == "day"


@pytest.mark.parametrize("text,fatalities", [
    ("خرج مئات المحتجين، اليوم الأحد، في مظاهرة وسط مدينة الديوانية للمطالبة بتوفير فرص العمل. ولم تسجل أي إصابات في صفوف المحتجين.", 0),
    ("خرج مئات المحتجين، اليوم الأحد، في مظاهرة وسط مدينة الديوانية للمطالبة بتوفير فرص العمل.", None),
])
def test_no_casualties_told_after(text: str, fatalities: int | None) -> None:
    events = [e for e in _events(text, "2019-11-03") if e["event_type"] == "Protests"]
    assert events and events[0]["fatalities"] == fatalities


def test_protest_met_with_force_takes_the_harder_sub_type() -> None:
    """A march told first, then fired on in the next sentence, is one event: excessive force."""
    events = _events("خرج آلاف المتظاهرين، اليوم الخميس، في مواكب بمدن الخرطوم وأم درمان وبحري. "
                     "وقالت لجنة الأطباء إن متظاهراً قُتل برصاص القوات الأمنية في أم درمان.", "2022-03-24")
    omdurman = [e for e in events if (e["location"] or {}).get("text") == "أم درمان"]
    assert len(omdurman) == 1 and omdurman[0]["sub_event_type"] == "Excessive force against protesters"


def test_one_event_takes_one_item_of_a_list() -> None:
    """A headline about an area cannot swallow every town the body lists."""
    events = _events("الاحتلال يعتقل 14 مواطناً من بلدات جنوب جنين\n"
                     "اعتقلت قوات الاحتلال الإسرائيلي، فجر اليوم الاثنين، 14 مواطناً من بلدات قباطية وعرابة ويعبد جنوب جنين.",
                     "2022-07-11")
    places = sorted((e["location"] or {}).get("text") for e in events if e["sub_event_type"] == "Arrests")
    assert places == ["عرابة", "قباطية", "يعبد"]


def test_headline_told_in_body_with_another_type_stands_not() -> None:
    events = _events("الدعم السريع تهاجم بلدات شرق الجزيرة\n"
                     "شنت قوات الدعم السريع، أمس الجمعة، هجمات على بلدات تمبول ورفاعة بولاية الجزيرة، "
                     "حيث أطلق المسلحون النار عشوائياً على السكان.", "2024-10-26")
    assert all((e["location"] or {}).get("text") != "شرق الجزيرة" for e in events)


def test_protest_on_an_anniversary_is_an_event() -> None:
    events = _events("خرج المئات، اليوم الجمعة، في مظاهرات بمدن وبلدات سرمدا والدانا وأطمة في الذكرى الثالثة عشرة لانطلاق الثورة.",
                     "2024-03-15")
    assert sorted((e["location"] or {}).get("text") for e in events if e["event_type"] == "Protests") == ["أطمة", "الدانا", "سرمدا"]


def test_running_total_is_no_toll() -> None:
    events = _events("قُتل شاب برصاص مسلحين مجهولين، مساء أمس الاثنين، في بلدة طفس بريف درعا الغربي. "
                     "ووثق ناشطون مقتل 27 شخصاً في عمليات اغتيال متفرقة بمحافظة درعا منذ مطلع الشهر الجاري.", "2021-09-14")
    attack = next(e for e in events if (e["location"] or {}).get("text") == "طفس")
    assert attack["fatalities"] == 1


def test_list_goes_on_after_a_plural_settlement_word() -> None:
    events = _events("خرجت حشود جماهيرية، اليوم الجمعة، في مسيرات حاشدة بالعاصمة صنعاء ومحافظات صعدة وحجة وذمار تضامناً مع غزة.",
                     "2023-10-13")
    assert sorted((e["location"] or {}).get("text") for e in events if e["event_type"] == "Protests") == ["العاصمة صنعاء", "حجة", "ذمار", "صعدة"]


@pytest.mark.parametrize("text,precision", [
    # A dispatch about today: the next sentence's event is today's too.
    ("قصفت قوات النظام، اليوم الثلاثاء، بلدة كنصفرة بالمدفعية الثقيلة. "
     "واستهدفت غارات روسية قرية البارة في جبل الزاوية.", "day"),
    # Looking back («وكانت … قد») is no event of today: beside today's story, with no time of its
    # own, it is not coded at all (ANNOTATION.md).
    ("قصفت قوات النظام، اليوم الثلاثاء، بلدة كنصفرة بالمدفعية الثقيلة. "
     "وكانت غارات روسية قد استهدفت قرية البارة في جبل الزاوية.", None),
])
def test_dispatch_of_the_day(text: str, precision: str | None) -> None:
    events = [e for e in _events(text, "2023-02-07") if e["sub_event_type"] == "Air/drone strike"]
    if precision is None:
        assert events == []
    else:
        assert events and events[0]["date"] == "2023-02-07" and events[0]["date_precision"] == precision


@pytest.mark.parametrize("text,place,fatalities", [
    # Bullets and a unit's number are no head count.
    ("قُتل رجل في مدينة عتق، مساء أمس، برصاص مسلحين مجهولين بعد إصابته بخمس طلقات.", "عتق", 1),
    ("استهدفت مسيّرات تابعة لقوات الدعم السريع، فجر اليوم، أحياء سكنية في مدينة المجلد. وأسفر القصف على المجلد عن مقتل أم "
     "وأطفالها الثلاثة، فيما أعلنت الفرقة 22 إسقاط عدد من المسيّرات.", "المجلد", 4),
    # «إن متظاهراً قُتل»: the person named before the passive killing.
    ("خرج آلاف المتظاهرين في مدينة أم درمان اليوم، وقالت لجنة الأطباء إن متظاهراً قُتل برصاص القوات الأمنية في أم درمان.",
     "أم درمان", 1),
    # One person named by what they are («فلسطيني», «مزارع») after a death word.
    ("قتل مزارع بانفجار لغم من مخلفات الحرب أثناء عمله في أرضه قرب قرية الهول اليوم.", "قرب قرية الهول", 1),
    # An age is no head count.
    ("قتل قناص طفلاً في الثانية عشرة من عمره أثناء عودته من المدرسة في حي الجحملية بمدينة تعز أمس.", "الجحملية", 1),
    # A road between two towns is no list of places.
    ("لقي تسعة ركاب حتفهم إثر انفجار عبوة ناسفة على الطريق الرابط بين مدينتي دولو وبلد حاوو، صباح اليوم.", "دولو", 9),
    # The spokesman denies any death: the toll is 0.
    ("اندلعت مواجهات بين شبان ووحدات الأمن في مدينة القصرين ليلة أمس. ونفى الناطق باسم الداخلية تسجيل أي حالة وفاة.", "القصرين", 0),
])
def test_tolls_in_context(text: str, place: str, fatalities: int) -> None:
    events = [e for e in _events(text, "2024-05-14") if (e["location"] or {}).get("text") == place]
    assert len(events) >= 1 and events[0]["fatalities"] == fatalities


def test_ongoing_for_the_nth_day_is_today() -> None:
    events = _events("يتواصل لليوم الخامس على التوالي اعتصام عشرات العاطلين عن العمل في مدينة الرديف من ولاية قفصة.", "2017-05-09")
    assert events and events[0]["date"] == "2017-05-09" and events[0]["date_precision"] == "day"


def test_day_told_by_a_sentence_without_event() -> None:
    events = _events("لقي رجل ونجلاه مصرعهم في تجدد خصومة ثأرية بقرية حجازة جنوب محافظة قنا، صباح اليوم الاثنين. "
                     "وألقت قوة أمنية القبض على خمسة متهمين في القرية.", "2021-07-19")
    arrests = [e for e in events if e["sub_event_type"] == "Arrests"]
    assert arrests and arrests[0]["date_precision"] == "day"


def test_headline_sub_type_yields_to_the_body() -> None:
    """A headline sums up several crowds; each town's protest is what its body sentence tells."""
    events = _events("مواكب في عطبرة وبربر ومقتل متظاهرين اثنين في القضارف\n"
                     "خرجت مواكب جماهيرية، اليوم الأحد، في مدينتي عطبرة وبربر. وفي مدينة القضارف، أطلقت قوات الأمن "
                     "الذخيرة الحية على موكب سلمي، ما أدى إلى مقتل متظاهرين اثنين.", "2019-01-13")
    by_place = {(e["location"] or {}).get("text"): e["sub_event_type"] for e in events if e["event_type"] == "Protests"}
    assert by_place.get("عطبرة") == "Peaceful protest" and by_place.get("القضارف") == "Excessive force against protesters"


def test_government_that_speaks_is_no_side() -> None:
    events = _events("شنت المقاتلات التركية، فجر اليوم، غارات على ناحية سيدكان شمال محافظة أربيل، قالت أنقرة إنها "
                     "استهدفت مواقع لمسلحي حزب العمال الكردستاني.", "2019-10-09")
    strike = next(e for e in events if e["sub_event_type"] == "Air/drone strike")
    assert strike["actor1"] == "int.turkey_military" and strike["actor2"] == "iq.pkk"


def test_arrests_at_a_protest_are_its_intervention() -> None:
    events = _events("خرج مئات المحتجين، اليوم الأحد، في مظاهرة وسط مدينة الديوانية للمطالبة بفرص العمل، "
                     "وأوقفت قوات الأمن عشرة منهم.", "2019-11-03")
    assert [e["sub_event_type"] for e in events] == ["Protest with intervention"]


def test_place_pronoun_takes_the_place_told_before() -> None:
    """«… قد بسطت سيطرتها عليها منتصف الشهر الماضي»: «عليها» is the town of the sentence before."""
    events = _events("دخلت قوات الجيش الوطني بلدة تمنهنت اليوم. وكانت القوة الثالثة قد بسطت سيطرتها عليها منتصف الشهر الماضي.",
                     "2017-04-06")
    earlier = [e for e in events if e["actor1"] == "ly.third_force"]
    assert earlier and earlier[0]["location"]["text"] == "تمنهنت" and earlier[0]["date"] == "2017-03"


@pytest.mark.parametrize("text,fatalities", [
    ("اغتال مسلحون مجهولون، مساء أمس، الناشط المدني حيدر عبد الكريم أمام منزله وسط مدينة العمارة.", 1),
    ("اغتيل إمام وخطيب أحد مساجد مدينة عتق مساء أمس برصاص مسلحين مجهولين.", 1),
    ("نجا مختار البلدة من محاولة اغتيال نفذها مسلحون مجهولون في مدينة طفس أمس.", None),
])
def test_an_assassination_kills_one(text: str, fatalities: int | None) -> None:
    attacks = [e for e in _events(text, "2022-03-16") if e["sub_event_type"] == "Attack"]
    assert attacks and attacks[0]["fatalities"] == fatalities


def test_self_immolation_keeps_its_night() -> None:
    events = _events("أقدم شاب، مساء أمس الاثنين، على إضرام النار في جسده أمام مقر معتمدية الرديف احتجاجاً على إقصائه.",
                     "2017-05-09")
    assert [(e["sub_event_type"], e["date"]) for e in events] == [("Peaceful protest", "2017-05-08")]


def test_protests_named_but_not_told_are_no_event() -> None:
    events = _events("قال وزير الداخلية إن الحكومة ستدرس مطالب العاطلين على خلفية الاحتجاجات التي تشهدها البلاد.", "2021-03-09")
    assert not [e for e in events if e["event_type"] == "Protests"]


def test_infiltration_told_back_is_its_own_event() -> None:
    events = _events("استعادت قوات الجيش السيطرة على قرى قاطية والجناين جنوب مدينة بئر العبد. وكانت عناصر من تنظيم "
                     "ولاية سيناء قد تسللت إليها أواخر الشهر الماضي.", "2020-08-12")
    earlier = [e for e in events if e["actor1"] == "eg.sinai_province"]
    assert {e["location"]["text"] for e in earlier} == {"قاطية", "الجناين"} and {e["date"] for e in earlier} == {"2020-07"}


@pytest.mark.parametrize("published,text,claimant,claimed", [
    # The group before «مسؤوليته» claims the attack told two sentences earlier; the gunmen who
    # carried it out were its own men, no other side.
    ("2016-07-11", "قتل جنديان، فجر اليوم الاثنين، في هجوم شنه مسلحون على حاجز للجيش قرب مدينة الشيخ زويد. "
                   "وقالت مصادر طبية إن ثلاثة جنود آخرين أصيبوا بجروح. "
                   "وأعلن تنظيم ولاية سيناء مسؤوليته عن الهجوم في بيان.",
     "eg.sinai_province", True),
    # A claim after «وفي حادث منفصل» is about the incident it follows, not the one before it.
    ("2019-04-02", "أصيب ثلاثة من عناصر الشرطة، اليوم الثلاثاء، بانفجار عبوة ناسفة استهدفت دوريتهم في مدينة الرمادي. "
                   "وفي حادث منفصل، خطف مسلحون مدنياً في قضاء هيت. "
                   "وتبنى تنظيم داعش عملية الخطف.",
     "int.is", False),
])
def test_claim_of_responsibility_further_on(published: str, text: str, claimant: str, claimed: bool) -> None:
    first = _events(text, published)[0]
    assert (first["actor1"] == claimant) is claimed
    assert not (first["actor2"] or "").startswith("gen.unidentified")


@pytest.mark.parametrize("published,text,accused", [
    # The group a speaker accuses of an unclaimed attack by unnamed gunmen is its alleged author.
    ("2023-04-17", "اغتال مسلحون مجهولون مسؤولاً محلياً في مدينة درنة أمس. واتهمت عائلته تنظيم داعش بالوقوف وراء "
                   "عملية الاغتيال.", "Islamic State"),
    ("2020-04-17", "أطلق مسلحون مجهولون النار على سيارة قاض في مدينة الموصل مساء أمس، ما أدى إلى إصابته. واتهمت "
                   "مصادر أمنية خلايا تنظيم داعش بتنفيذ العملية.", "Islamic State"),
])
def test_the_accused_is_the_alleged_author(published: str, text: str, accused: str) -> None:
    record = extract(text, published)
    assert len(record["events"]) == 1, record["events"]
    first = record["events"][0]
    name = next((a["name_en"] or "" for a in record["actors"] if a["id"] == first["actor1"]), "")
    assert accused in name, (name, first)


@pytest.mark.parametrize("text,actor,short", [
    # A headline's short form names the actor the body names in full …
    ("غارات للتحالف على مواقع في تلعفر\n"
     "قال مصدر محلي إن طيران التحالف الدولي شن ليل أمس غارات على مواقع في قضاء تلعفر غرب الموصل.",
     "int.coalition", "للتحالف"),
    # … and is dropped when the body names no actor listing it.
    ("غارات للتحالف على مواقع في تلعفر\n"
     "قال مصدر محلي إن طائرات حربية شنت ليل أمس غارات على مواقع في قضاء تلعفر غرب الموصل.",
     None, "للتحالف"),
])
def test_headline_short_form_named_below(text: str, actor: str | None, short: str) -> None:
    linked = {m["text"]: a["id"] for a in extract(text, "2016-03-09")["actors"] for m in a["mentions"]}
    assert linked.get(short) == actor


# published, text, sub-type, actor1, actor2
SIDES = [
    # the units a force fields stand between the verb and its name
    ("2017-03-10", "حررت قطعات جهاز مكافحة الإرهاب والجيش العراقي منطقتي البوذياب والبوعيثة من عصابات داعش.",
     "Government regains territory", "iq.ctc", "int.is"),
    ("2017-03-10", "حرر الجيش العراقي والحشد الشعبي منطقة البوعيثة من داعش.", "Government regains territory", "iq.military", "int.is"),
    # a post targeted with no weapon named is a fight; with a drone named, the drone's strike
    ("2019-05-05", "استهدف مقاتلو حركة الشباب قاعدة للجيش الصومالي قرب بلدوين.", "Armed clash", "so.shabaab", "so.military"),
    ("2019-05-05", "استهدفت طائرة مسيرة تركية موقعاً لقسد في ريف الحسكة.", "Air/drone strike", "int.turkey_military", "sy.sdf"),
    # the checkpoint or patrol hit is the target; who planted the bomb is the agent, or nobody
    ("2019-05-05", "استهدف مسلحون مجهولون حاجزاً للجيش بعبوة ناسفة في العريش.", "Remote explosive/landmine/IED",
     "gen.unidentified:EG", "eg.military"),
    ("2019-05-05", "انفجرت عبوة ناسفة بدورية لقوات النظام في درعا البلد.", "Remote explosive/landmine/IED", None, "sy.military"),
]


@pytest.mark.parametrize("published,text,sub_type,actor1,actor2", SIDES)
def test_agent_and_target(published: str, text: str, sub_type: str, actor1: str | None, actor2: str) -> None:
    event = next(e for e in _events(text, published) if e["sub_event_type"] == sub_type)
    assert (event["actor1"], event["actor2"]) == (actor1, actor2)


def test_freeing_hostages_takes_no_ground() -> None:
    assert not [e for e in _events("حررت القوات الأمنية 19 مختطفاً في عملية نوعية غرب بغداد.", "2019-05-05")
                if e["sub_event_type"] == "Government regains territory"]


def test_headline_over_two_strikes_keeps_both_places() -> None:
    """A headline summing up strikes across a region takes the place of the first strike the body
    tells; another strike told after it at another place («أغارت أيضاً على …») stays its own."""
    text = ("شهيدان في غارات على شمال ووسط قطاع غزة\nغزة – 9 كانون الأول 2017\n"
            "استشهد مواطنان، فجر اليوم السبت، في غارة شنتها طائرات الاحتلال على موقع شمال غرب بيت لاهيا. "
            "وأغارت طائرات الاحتلال أيضاً على موقع في مخيم النصيرات وسط القطاع.")
    places = sorted(e["location"]["text"] for e in _events(text, "2017-12-09") if e["sub_event_type"] == "Air/drone strike")
    assert places == sorted(["شمال غرب بيت لاهيا", "مخيم النصيرات"])


@pytest.mark.parametrize("text,actor2", [
    # the other camp, named alone in the next sentence, is the other side of the fight
    ("استشهد أربعة شبان صباح اليوم خلال اشتباكات مسلحة اندلعت إثر اقتحام قوات الاحتلال الإسرائيلي مخيم جنين. "
     "وقالت كتيبة جنين التابعة لسرايا القدس إن مقاتليها فجروا عبوات ناسفة بآليات الاحتلال.", "ps.jenin_brigade"),
    # a clan fight is no fight with the army that raids the quarter the next day
    ("اندلعت اشتباكات مسلحة مساء أمس بين عشيرتين في حي الشراونة بمدينة بعلبك. "
     "ونفذ الجيش اللبناني اليوم حملة دهم في الحي أوقف خلالها ستة مطلوبين.", None),
])
def test_other_side_next_door(text: str, actor2: str | None) -> None:
    clash = next(e for e in _events(text, "2022-09-28") if e["sub_event_type"] == "Armed clash")
    assert clash["actor2"] == actor2


def test_the_owner_of_a_generic_force_is_the_side() -> None:
    """«منظومة الدفاع الجوي التابعة لقوات التحالف»: the air defence belongs to the coalition."""
    events = _events("قالت قيادة العمليات المشتركة إن منظومة الدفاع الجوي التابعة لقوات التحالف الدولي أسقطت فجر "
                     "اليوم طائرة مسيرة مفخخة قرب قاعدة حرير في أربيل.", "2022-03-01")
    assert events and events[0]["actor1"] == "int.coalition"


def test_a_state_force_never_strikes_its_own_government() -> None:
    """«… بقصف مسيرة تركية ومدفعية أنقرة تستهدف …»: the capital named for the army is no target."""
    text = ("مقتل ثلاثة بقصف مسيرة تركية في سنجار ومدفعية أنقرة تستهدف نواحي العمادية\nدهوك – 15 حزيران 2022\n"
            "قُتل ثلاثة من عناصر وحدات مقاومة سنجار بقصف نفذته طائرة مسيرة تركية قرب مجمع سنوني شمالي قضاء سنجار.")
    for e in _events(text, "2022-06-15"):
        assert not (e["actor1"] or "").startswith("int.turkey") or e["actor2"] != "int.turkey_government"


def test_where_reinforcements_came_from_is_no_place_of_the_fight() -> None:
    text = ("وقالت مصادر ميدانية إن ستة من عناصر الطرفين قتلوا في المواجهات، "
            "وإن قوات الانتقالي استقدمت تعزيزات من عدن ولحج.")
    places = {(e["location"] or {}).get("name_ar") for e in _events(text, "2019-08-24")}
    assert not places & {"عدن", "لحج"}


def test_readiness_to_fight_is_no_fight() -> None:
    text = "ورفع المشاركون الأعلام ولافتات التضامن، مرددين هتافات تؤكد الجهوزية لمواجهة العدو."
    assert all(e["event_type"] != "Battles" for e in _events(text, "2023-11-10"))


@pytest.mark.parametrize("text,actor1", [
    # «غارات أخرى»: more strikes by whoever struck before
    ("استشهاد عائلة في غارة على منزلها شرق خان يونس\nخان يونس – 27 تموز 2014\n"
     "استشهدت عائلة مؤلفة من ستة أفراد فجر اليوم في غارة شنتها طائرات الاحتلال الحربية على منزلها في بلدة "
     "بني سهيلا شرق خان يونس، وفق ما أفادت به مصادر طبية. "
     "كما استهدفت غارات أخرى أراضي زراعية في بلدتي عبسان الكبيرة وخزاعة دون وقوع إصابات.", "int.israel_military"),
])
def test_more_of_the_same(text: str, actor1: str | None) -> None:
    last = _events(text, "2014-07-27")[-1]
    assert last["actor1"] == actor1


@pytest.mark.parametrize("published,text,actor2", [
    ("2017-05-14", "استعاد الجيش الصومالي مدعوماً بمقاتلي العشائر، صباح اليوم الأحد، بلدة عيل طير من قبضة حركة الشباب.",
     "so.shabaab"),
    ("2017-05-14", "أعلن الإعلام الأمني أن قطعات الشرطة الاتحادية والجيش العراقي بإسناد من طيران التحالف حررت، "
     "أمس السبت، حي الزنجيلي في الموصل من عصابات داعش.", "int.is"),
    # The name a backer goes by («المعروفين بـ"معاويسلي"») is the backer again, not the side fought.
    ("2022-10-02", "استعادت القوات الحكومية مدعومة بمقاتلي العشائر المعروفين محلياً بـ\"معاويسلي\"، اليوم الأحد، "
     "بلدة عيل طير من قبضة حركة الشباب في إقليم هيران.", "so.shabaab"),
    ("2022-10-02", "سيطر الجيش الصومالي بمساندة ميليشيات العشائر المعروفة باسم معاويسلي، فجر اليوم، على قرية "
     "أدن يبال بعد معارك مع مسلحي حركة الشباب.", "so.shabaab"),
    # «بالتعاون مع» names a partner; the Somali government's «الخوارج» are al-Shabaab.
    ("2022-11-02", "استعاد الجيش الوطني الصومالي بالتعاون مع مقاتلي العشائر، اليوم الأربعاء، بلدة عيل طير "
     "بعد معارك مع مسلحي الخوارج.", "so.shabaab"),
    ("2017-06-20", "استعادت قطعات الجيش العراقي بمشاركة مقاتلي العشائر، أمس الاثنين، قرية الصينية غرب بيجي "
     "بعد معارك مع عناصر تنظيم داعش.", "int.is"),
])
def test_ground_taken_from(published: str, text: str, actor2: str) -> None:
    taken = [e for e in _events(text, published) if e["sub_event_type"] == "Government regains territory"]
    assert taken and taken[0]["actor2"] == actor2


def test_group_named_for_freeing_takes_no_ground() -> None:
    """«هيئة تحرير الشام … في بلدات»: the masdar of the group's name is no freeing of towns."""
    events = _events("تحرير الشام تعتقل ناشطين في ريف إدلب\nشنت هيئة تحرير الشام، اليوم الأربعاء، حملة اعتقالات "
                     "في بلدات سرمدا والدانا شمالي إدلب.", "2020-06-03")
    assert events and all(e["event_type"] != "Battles" for e in events)


@pytest.mark.parametrize("published,text,actor1,actor2", [
    # The headline names one side; the body names both: the headline's event gets the other side.
    ("2019-11-24", "مصرع 15 حوثياً في معارك مع قوات الحزام الأمني شمال لحج\nلحج – 24 نوفمبر 2019\n"
     "لقي 15 عنصراً من مليشيا الحوثي مصرعهم، أمس السبت، خلال معارك مع قوات الحزام الأمني في جبهة كرش.",
     "ye.houthis", "ye.security_belt"),
    ("2016-06-02", "مقتل عشرة من عناصر داعش في اشتباكات مع البيشمركة جنوب كركوك\nكركوك – 2 حزيران 2016\n"
     "قتل عشرة من عناصر تنظيم داعش، فجر اليوم الخميس، خلال اشتباكات مع قوات البيشمركة قرب ناحية الملتقى.",
     "int.is", "iq.peshmerga"),
])
def test_headline_side_completed_by_body(published: str, text: str, actor1: str, actor2: str) -> None:
    clashes = [e for e in _events(text, published) if e["sub_event_type"] == "Armed clash"]
    assert clashes and {clashes[0]["actor1"], clashes[0]["actor2"]} == {actor1, actor2}


def test_headline_town_holds_the_body_village() -> None:
    """The headline names the district; the body's sentence places its village in it: one strike."""
    text = ("مقتل ثلاثة من «اليبشه» بقصف مسيرة تركية في سنجار\nدهوك – 15 حزيران 2022\n"
            "قُتل ثلاثة من عناصر وحدات مقاومة سنجار، ظهر اليوم الأربعاء، بغارة لطائرة مسيرة تركية استهدفت "
            "سيارتهم قرب مجمع سنوني شمالي قضاء سنجار.")
    strikes = [e for e in _events(text, "2022-06-15") if e["sub_event_type"] == "Air/drone strike"]
    assert len(strikes) == 1 and strikes[0]["location"]["name_ar"] == "سنوني" and strikes[0]["fatalities"] == 3
