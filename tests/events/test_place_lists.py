"""One event per place: a list of places after (or before) one trigger gives one event each,
with the shared type, parties and date (rasad/events/place_lists.py). Our own sentences."""

from __future__ import annotations

import pytest

from rasad import extract

CASES = [
    # (published, text, sub-event type, places expected, one per event)
    ("2017-03-02", "قصفت قوات النظام بقذائف المدفعية أمس كلاً من بلدات اللطامنة وكفرزيتا ومورك في ريف حماة الشمالي.",
     "Shelling/artillery/missile attack", ["اللطامنة", "كفرزيتا", "مورك"]),
    ("2012-04-20", "شهدت مدن حمص وحماة ودرعا ودير الزور اليوم الجمعة مظاهرات حاشدة طالبت برحيل النظام.",
     "Peaceful protest", ["حمص", "حماة", "درعا", "دير الزور"]),
    ("2019-11-02", "تظاهر آلاف العراقيين أمس في محافظات بغداد والبصرة وذي قار والنجف مطالبين بإسقاط الحكومة.",
     "Peaceful protest", ["بغداد", "البصرة", "ذي قار", "النجف"]),
    ("2015-07-08", "نفذت طائرات التحالف العربي غارات جوية على مديريات حيدان وساقين ومجز في محافظة صعدة، أمس الثلاثاء.",
     "Air/drone strike", ["حيدان", "ساقين", "مجز"]),
    ("2020-02-10", "استهدف الطيران الروسي اليوم الاثنين بلدات (معرة النعمان، سراقب، كفرنبل) بعشرات الغارات.",
     "Air/drone strike", ["معرة النعمان", "سراقب", "كفرنبل"]),
    ("2021-03-15", "خرج المئات في وقفات احتجاجية في كل من السويداء وشهبا وصلخد اليوم الاثنين احتجاجاً على تردي الأوضاع المعيشية.",
     "Peaceful protest", ["السويداء", "شهبا", "صلخد"]),
    ("2019-04-08", "اندلعت اشتباكات عنيفة أمس بين قوات الوفاق وقوات حفتر في محاور عين زارة ووادي الربيع والسواني جنوب طرابلس.",
     "Armed clash", ["عين زارة", "وادي الربيع", "السواني"]),
    ("2023-06-01", "شنت قوات الدعم السريع هجمات على قرى أم دوم وود الحليو والعيلفون شرق الخرطوم أمس الأربعاء.",
     None, ["أم دوم", "ود الحليو", "العيلفون"]),
    # The list goes on in the next sentence: same parties and date.
    ("2018-05-20", "قصفت المدفعية التركية قرى أبو كهف والشيخ عيسى وتل زيوان في ريف عفرين أمس. كما طال القصف بلدتي نبل والزهراء.",
     "Shelling/artillery/missile attack", ["أبو كهف", "الشيخ عيسى", "تل زيوان", "نبل والزهراء"]),
    # A compass word is part of a village's name when the gazetteer knows it so («المليحة الغربية»,
    # an OCHA community) and ends a name it knows without it («الكرك الشرقي»); the list goes on
    # after it, and the bombing named again by «القصف» is the same air strike at two more towns.
    ("2014-02-18", "ألقت مروحيات النظام البراميل المتفجرة اليوم على بلدات الحراك والمليحة الغربية وناحتة في ريف درعا "
     "الشرقي. كما طال القصف بلدتي بصر الحرير والكرك الشرقي.",
     "Air/drone strike", ["الحراك", "المليحة الغربية", "ناحتة", "بصر الحرير", "الكرك"]),
    # «بريف حماة وإدلب» says where the two towns lie; it is no third place.
    ("2017-08-20", "قتل 5 مدنيين بقصف مدفعي لقوات النظام على بلدتي كفرنبودة والهبيط في ريف حماة وإدلب اليوم الأحد.",
     "Shelling/artillery/missile attack", ["كفرنبودة", "الهبيط"]),
    # Villages the gazetteer lacks, one with a kunya-like name that is no person.
    ("2022-08-15", "شن الطيران المسير غارات على قرى تل تمر وأبو راسين وزركان بريف الحسكة الشمالي الغربي أمس الأحد.",
     "Air/drone strike", ["تل تمر", "أبو راسين", "زركان"]),
    ("2023-05-20", "اندلعت مواجهات عنيفة اليوم السبت بين الجيش السوداني وقوات الدعم السريع في أحياء الصحافة والكلاكلة وجبرة جنوبي الخرطوم.",
     "Armed clash", ["الصحافة", "الكلاكلة", "جبرة"]),
    ("2014-02-11", "فجّر مسلحون عبوات ناسفة في مدينتي العريش والشيخ زويد بشمال سيناء، أمس الاثنين.",
     "Remote explosive/landmine/IED", ["العريش", "الشيخ زويد"]),
    ("2021-05-12", "قصف جيش الاحتلال الإسرائيلي منازل في بيت حانون وبيت لاهيا وجباليا شمال قطاع غزة الليلة الماضية.",
     None, ["بيت حانون", "بيت لاهيا", "جباليا"]),
    # A place told by its bearing after a comma says where the town before lies; no item.
    ("2020-05-01", "لقي سبعة أشخاص حتفهم وجرح 15 آخرون بانفجار دراجة نارية مفخخة وسط مدينة جرابلس، شمال شرقي حلب، ظهر اليوم.",
     "Remote explosive/landmine/IED", ["جرابلس"]),
    ("2019-09-14", "استهدفت غارة جوية سيارة في بلدة معرة حرمة، جنوبي إدلب، ظهر اليوم دون أنباء عن إصابات.",
     "Air/drone strike", ["معرة حرمة"]),
    # A bearing right after the items says where they lie; the list goes on with «وفي» and the
    # toll told of one item stays on it.
    ("2024-03-12", "شن الطيران الإسرائيلي فجر اليوم غارات على منازل في حيي التفاح والدرج شرق مدينة غزة وفي مخيم البريج وسط القطاع.",
     "Air/drone strike", ["التفاح", "الدرج", "مخيم البريج"]),
    # A verb after a comma is no village of the list («في حي المعلا، أدى إلى …»), nor is
    # the first word of «وادي» read as «و» + «أدى».
    ("2021-03-01", "قالت مصادر أمنية إن تفجير سيارة مفخخة في حي المعلا، أدى إلى مقتل ضابط وعدد من مرافقيه.",
     "Remote explosive/landmine/IED", ["المعلا"]),
    # Each item told with its own bearing from a town: the list goes on after the bearing.
    ("2022-12-06", "واعتقلت قوات الاحتلال فجر اليوم 12 مواطناً من بلدات بيت أمر شمال الخليل وسلواد شرق رام الله وعزون شرق قلقيلية.",
     "Arrests", ["بيت أمر", "سلواد", "عزون"]),
    ("2019-05-22", "قصفت المدفعية بلدة كفرزيتا شمال حماة وقرية اللطامنة في الريف ذاته.",
     "Shelling/artillery/missile attack", ["كفرزيتا", "اللطامنة"]),
    # One place: one event.
    ("2016-01-05", "قصفت قوات النظام بالمدفعية أمس مدينة داريا في ريف دمشق الغربي.",
     "Shelling/artillery/missile attack", ["داريا"]),
]


@pytest.mark.parametrize("published,text,sub_type,expected", CASES)
def test_one_event_per_place(published: str, text: str, sub_type: str | None, expected: list[str]) -> None:
    record = extract(text, published)
    events = [e for e in record["events"] if sub_type is None or e["sub_event_type"] == sub_type]
    got = sorted((e["location"] or {}).get("text") or "" for e in events)
    assert got == sorted(expected)
    # Every event of the list shares the first one's parties and date.
    assert len({(e["actor1"], e["date"], e["modality"]) for e in events}) == 1
    for e in events:
        loc = e["location"]
        assert text[loc["start"]:loc["end"]] == loc["text"]


def test_a_later_act_keeps_its_own_place() -> None:
    """«وفي جبهات أ وب وج، تواصلت المعارك …، وسط غارات للتحالف على … في منطقة ب»: the fighting
    covers the fronts listed before it; the strikes' place, told in their own clause after it,
    is theirs, and so is their author (no side of the fighting)."""
    text = ("وفي جبهات صرواح والكسارة والمشجح غربي المحافظة، تواصلت المعارك العنيفة بين قوات الجيش "
            "ومسلحي الجماعة، وسط غارات لمقاتلات التحالف على تعزيزات الحوثيين في منطقة الكسارة.")
    events = extract(text, "2021-03-08")["events"]
    clashes = [e for e in events if e["sub_event_type"] == "Armed clash"]
    assert sorted(e["location"]["text"] for e in clashes) == sorted(["صرواح", "الكسارة", "المشجح"])
    assert all(e["actor2"] != "ye.saudi_coalition" for e in clashes)
    assert [e["location"]["text"] for e in events if e["sub_event_type"] == "Air/drone strike"] == ["الكسارة"]


# «قرية X، قرب Y»: a village whose only reading lies far from the town it is told near lies
# near that town (geo-precision 2, the town's governorate), under its own name.
NEAR_CASES = [
    ("2020-01-01", "واستهدفت راجمات الصواريخ التابعة للجيش قرية الحويز، قرب بلدة كفرنبودة، وقتلت امرأتين.",
     "الحويز", "SY-HM", 2),
    ("2020-01-01", "واستهدفت راجمات الصواريخ التابعة للجيش قرية الحويز قرب بلدة كفرنبودة، وقتلت امرأتين.",
     "كفرنبودة", "SY-HM", 2),
]


@pytest.mark.parametrize("published,text,name,admin1,fatalities", NEAR_CASES)
def test_village_near_a_town(published: str, text: str, name: str, admin1: str, fatalities: int) -> None:
    [event] = extract(text, published)["events"]
    assert event["location"]["name_ar"] == name
    assert event["location"]["admin1_code"] == admin1
    assert event["location"]["geo_precision"] == 2
    assert event["fatalities"] == fatalities
