"""Crowds and weapons told apart (our own sentences): a march that denounces is no drone, a
weapon in a depot is no strike, warning shots are an intervention and not excessive force, a
force that met the crowd of another clause did not meet this one, a crowd out «لليوم الرابع»
is out today, and whoever announces bringing down a foreign drone brought it down."""

from __future__ import annotations

import pytest

from rasad import extract


def _events(text: str, published: str) -> list[tuple[str, str | None, str | None, str | None, str | None]]:
    record = extract(text, published)
    names = {a["id"]: a["name_en"] for a in record["actors"]}
    return sorted(((e["sub_event_type"], (e["location"] or {}).get("name_ar"), e["date"], names.get(e["actor1"]),
                    names.get(e["actor2"])) for e in record["events"]), key=str)


CASES = [
    # A march that denounces the shelling (no drone); weapons in a depot (no second strike).
    ("2023-05-04", "السليمانية - خرج العشرات من أهالي قلعة دزة في مسيرة منددة بالقصف عصر اليوم.",
     [("Peaceful protest", "قلعة دزة", "2023-05-04", "Protesters (Iraq)", None)]),
    ("2024-03-23", "الحديدة - شنت طائرات أمريكية وبريطانية مساء أمس غارات على ميناء الصليف، وقالت واشنطن إن الغارات "
                   "استهدفت مواقع لتخزين الصواريخ والمسيّرات.",
     [("Air/drone strike", "ميناء الصليف", "2024-03-22", "Military Forces of the United States", None)]),
    # Whoever announces bringing down a foreign drone brought it down; the drone's owner is the other side.
    ("2024-05-20", "صنعاء - أعلنت القوات المسلحة التابعة لأنصار الله، اليوم، إسقاط طائرة أمريكية مسيّرة في أجواء محافظة البيضاء.",
     [("Disrupted weapons use", "البيضاء", "2024-05-20", "Houthi Movement - Ansar Allah", "Military Forces of the United States")]),
    # A drone that kills is a drone; a gathering a drone struck is its target, not a protest.
    ("2025-07-29", "الفاشر - مسيّرة تقتل تسعة مدنيين في سوق أبو شوك اليوم",
     [("Air/drone strike", "مخيم أبو شوك", "2025-07-29", None, "Civilians (Sudan)")]),
    ("2025-05-20", "خان يونس - وكانت طائرة مسيّرة إسرائيلية قد استهدفت يوم الأحد الماضي تجمعاً للمواطنين في بلدة عبسان الكبيرة.",
     [("Air/drone strike", "عبسان الكبيرة", "2025-05-18", "Military Forces of Israel", "Civilians (Palestine)")]),
    # What air defences meet is drones, not marches; drones «انتحارية» brought down are no suicide bombing.
    ("2025-05-06", "بورتسودان - استهدفت طائرات مسيّرة تابعة لقوات الدعم السريع فجر اليوم مستودعات الوقود في مدينة بورتسودان، "
                   "فيما تصدت المضادات الأرضية لعدد من المسيّرات.",
     [("Air/drone strike", "بورتسودان", "2025-05-06", "RSF - Rapid Support Forces", "Military Forces of Sudan")]),
    ("2025-05-06", "كسلا - أسقطت الدفاعات الجوية مساء أمس ثماني مسيّرات انتحارية أطلقتها الميليشيا باتجاه مطار كسلا.",
     [("Disrupted weapons use", "كسلا", "2025-05-05", "Military Forces of Sudan", None)]),
    # A strike whose agent is told before it is that agent's, whoever the strike before it hit.
    ("2025-05-06", "بورتسودان - استهدفت طائرات مسيّرة تابعة لقوات الدعم السريع اليوم مقراً للجيش في بورتسودان. وفي نيالا، "
                   "قال ناشطون إن الطيران الحربي للجيش قصف مطار المدينة ومواقع للدعم السريع في حي الجير.",
     [("Air/drone strike", "الجير", "2025-05-06", "Military Forces of Sudan", "RSF - Rapid Support Forces"),
      ("Air/drone strike", "بورتسودان", "2025-05-06", "RSF - Rapid Support Forces", "Military Forces of Sudan")]),
    # Where a crowd stood, not the place it stood with or asked to open.
    ("2024-02-25", "عمان - نظم العشرات وقفة أمام مجمع النقابات المهنية في عمان أمس تضامناً مع غزة، رددوا خلالها هتافات تطالب بفتح معبر رفح.",
     [("Peaceful protest", "عمان", "2024-02-24", "Protesters (Jordan)", None)]),
    # Warning shots in the air disperse a crowd: an intervention.
    ("2022-07-02", "تعز - تجمع مئات المحتجين أمام مبنى المحافظة اليوم للمطالبة بصرف الرواتب، وأطلقت قوات الأمن الرصاص في الهواء لتفريقهم.",
     [("Protest with intervention", "تعز", "2022-07-02", "Protesters (Yemen)", "Police Forces of Yemen")]),
]


@pytest.mark.parametrize("published,text,expected", CASES)
def test_crowds_and_weapons(published: str, text: str, expected: list) -> None:
    assert _events(text, published) == sorted(expected, key=str)


def test_force_meets_the_crowd_of_its_own_clause() -> None:
    """«خرجت مسيرة في أ، فيما قطع محتجون الطريق في ب قبل أن تفرقهم قوات الأمن»: the force met
    the crowd at ب; told of one crowd with one place, it met that crowd."""
    two = ("عدن - خرج مئات المواطنين مساء أمس في مسيرة جابت شوارع مديرية خور مكسر، فيما قطع محتجون "
           "الطريق الرئيسي في مديرية البريقة قبل أن تفرقهم قوات الأمن بالقوة.")
    subs = {(e["location"] or {}).get("name_ar"): e["sub_event_type"] for e in extract(two, "2025-05-12")["events"]
            if e["event_type"] == "Protests"}
    assert subs == {"خور مكسر": "Peaceful protest", "البريقة": "Protest with intervention"}
    one = "بغداد - تظاهر المئات في ساحة التحرير اليوم، فيما فرقتهم قوات مكافحة الشغب بالغاز المسيل للدموع."
    assert [e["sub_event_type"] for e in extract(one, "2019-11-02")["events"]] == ["Protest with intervention"]


def test_a_strike_in_its_fourth_day_is_out_today() -> None:
    text = ("عدن - خرج المئات مساء أمس في مسيرة جابت شوارع مديرية الشيخ عثمان. "
            "في غضون ذلك، يواصل عمال مصفاة عدن إضرابهم عن العمل لليوم الرابع على التوالي للمطالبة برواتبهم.")
    dates = sorted(e["date"] for e in extract(text, "2025-05-12")["events"] if e["event_type"] == "Protests")
    assert dates == ["2025-05-11", "2025-05-12"]


def test_a_town_told_as_near_is_apart_from_a_town_far_off() -> None:
    text = ("الرمادي - أدى آلاف المعتصمين صلاة الجمعة اليوم في ساحة الاعتصام قرب مدينة الرمادي. "
            "وخرجت تظاهرات مماثلة في مدينة سامراء.")
    places = sorted((e["location"] or {}).get("name_ar") or "" for e in extract(text, "2013-01-18")["events"])
    assert places == ["الرمادي", "سامراء"]


@pytest.mark.parametrize("text,published,subs", [
    # «مسيرات مماثلة» that struck a base are drones like those told before, not marches.
    ("وكانت مسيرات مماثلة قد ضربت أمس الأحد قاعدة جوية قرب مطار مدينة كسلا دون وقوع إصابات.", "2025-05-05",
     ["Air/drone strike"]),
    # «خرجت مسيرات مماثلة في مدن أخرى»: marches still.
    ("وخرجت أمس مسيرات مماثلة في مدينتي عطبرة وكسلا تنديداً بغلاء الأسعار.", "2019-01-05",
     ["Peaceful protest", "Peaceful protest"]),
])
def test_like_drones_and_like_marches(text: str, published: str, subs: list[str]) -> None:
    assert [e["sub_event_type"] for e in extract(text, published)["events"]] == subs
