"""«قال مسؤولون اليوم السبت إن … عندما هاجم مسلحون … مساء الجمعة»: the date right before the
complementiser dates the speaking; the act takes the date the sentence gives it, unless that
date belongs to an earlier act («بعد أن كانت … قد …») or is when something began («منذ …»).
Our own sentences → (sub-event type, date) of each event."""

from __future__ import annotations

import pytest

from rasad import extract


@pytest.mark.parametrize("text,published,expected", [
    # The act's own evening, not the day officials spoke.
    ("نيامي - قال مسؤولون اليوم السبت إن ثلاثة جنود قتلوا وأصيب اثنان آخران عندما هاجم مسلحون نقطة تفتيش "
     "في بلدة أيورو بمنطقة تيلابيري غرب البلاد مساء الجمعة.", "2024-03-09",
     [("Armed clash", "2024-03-08")]),
    ("عدن - أفاد مصدر عسكري، اليوم الأحد، بأن مسلحين قتلوا جنديين في كمين نصبوه لدورية في مديرية المحفد "
     "بمحافظة أبين فجر السبت الماضي.", "2023-10-22",
     [("Armed clash", "2023-10-21")]),
    # A date past «بعد أن كانت … قد» is the earlier act's: the retaking is dated as told.
    ("القاهرة - أعلن المتحدث العسكري، اليوم الخميس، أن القوات المسلحة استعادت السيطرة على قرية رابعة غرب "
     "مدينة بئر العبد، بعد أن كانت عناصر إرهابية قد تسللت إليها أواخر الشهر الماضي.", "2020-08-13",
     [("Government regains territory", "2020-08-13")]),
    # When the fight began («منذ فجر الخميس») is no date of the taking told on Friday.
    ("أعلنت قيادة العمليات المشتركة، أمس الجمعة، أن قوات جهاز مكافحة الإرهاب استعادت السيطرة على حي الزهراء "
     "شرقي الموصل، بعد معارك ضارية مع مسلحي تنظيم داعش استمرت منذ فجر الخميس.", "2016-11-05",
     [("Government regains territory", "2016-11-04")]),
])
def test_the_act_takes_its_own_date(text: str, published: str, expected: list[tuple[str, str]]) -> None:
    events = extract(text, published)["events"]
    assert [(e["sub_event_type"], e["date"]) for e in events] == expected


@pytest.mark.parametrize("text,published,expected", [
    # An act looked back on («وكانت … قد») with no time at all is not coded (ANNOTATION.md: events
    # the text places in time at least roughly); with a time, it is.
    ("غاو - فجر انتحاري نفسه أمس الجمعة عند حاجز للجيش المالي في مدينة غاو. وكانت القوات الفرنسية قد "
     "سيطرت على مدينة كيدال.", "2013-02-09", [("Suicide bomb", "2013-02-08")]),
    ("غاو - فجر انتحاري نفسه أمس الجمعة عند حاجز للجيش المالي في مدينة غاو. وكانت القوات الفرنسية قد "
     "سيطرت على مدينة كيدال الشهر الماضي.", "2013-02-09",
     [("Suicide bomb", "2013-02-08"), ("Non-state actor overtakes territory", "2013-01")]),
])
def test_an_act_looked_back_on_needs_a_time(text: str, published: str, expected: list[tuple[str, str]]) -> None:
    events = extract(text, published)["events"]
    assert [(e["sub_event_type"], e["date"]) for e in events] == expected


def test_until_dates_how_long_not_when() -> None:
    """«حتى 18 شباط المقبل»: how long an extended truce runs, not when it was extended."""
    text = "بيروت - أعلن البيت الأبيض مساء أمس تمديد العمل باتفاق وقف إطلاق النار بين لبنان وإسرائيل حتى 18 شباط المقبل."
    events = extract(text, "2025-01-27")["events"]
    assert [(e["sub_event_type"], e["date"]) for e in events] == [("Agreement", "2025-01-26")]


@pytest.mark.parametrize("text,published", [
    ("طرابلس - ألقى مجهولون قنبلة يدوية فجر اليوم على محل تجاري في منطقة البقار، اقتصرت أضرارها على الماديات.",
     "2008-07-27"),
    ("حيفا - أطلق حزب الله صواريخ على مدينة حيفا، وقالت الشرطة إن أحد الصواريخ أصاب مبنى دون أن يسفر عن قتلى.",
     "2006-07-22"),
])
def test_no_one_killed_is_a_toll_of_zero(text: str, published: str) -> None:
    assert [e["fatalities"] for e in extract(text, published)["events"]] == [0]


def test_each_act_of_a_list_keeps_the_date_told_after_it() -> None:
    text = "دهب - وتعد هذه التفجيرات الثالثة في سيناء بعد تفجيرات طابا في أكتوبر 2004 وتفجيرات شرم الشيخ في يوليو الماضي."
    events = extract(text, "2006-04-25")["events"]
    assert [((e["location"] or {}).get("name_ar"), e["date"]) for e in events] == [("طابا", "2004-10"), ("شرم الشيخ", "2005-07")]
