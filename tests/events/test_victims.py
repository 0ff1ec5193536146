"""Unnamed victims are civilians of the country (rasad/events/victims.py). Our own sentences."""

from __future__ import annotations

import pytest

from rasad import extract

CASES = [
    ("2021-02-03", "أعدم عناصر من تنظيم داعش رجلين رمياً بالرصاص في بادية دير الزور أمس الثلاثاء.", "Attack", "gen.civilians:SY"),
    ("2020-06-01", "قصفت قوات النظام بلدة كنصفرة اليوم، ما أدى إلى مقتل امرأة وطفليها.", "Shelling/artillery/missile attack", "gen.civilians:SY"),
    ("2018-03-04", "اختطف مسلحون عائلة مؤلفة من خمسة أشخاص على طريق الحسكة أمس.", "Abduction/forced disappearance", "gen.civilians:SY"),
    ("2016-07-12", "سقطت قذيفة هاون على مبنى سكني في حي الميدان بدمشق اليوم، ما أسفر عن مقتل فتاة وإصابة ثلاثة آخرين.",
     "Shelling/artillery/missile attack", "gen.civilians:SY"),
    ("2019-09-30", "اغتال مسلحون مجهولون شاباً في مدينة الكوت مساء أمس الأحد.", "Attack", "gen.civilians:IQ"),
    # A strike that hurt no one names no civilian target; fighters are no civilians.
    ("2020-06-01", "قصفت قوات النظام مواقع الفصائل في بلدة كنصفرة اليوم.", "Shelling/artillery/missile attack", None),
    # Witnesses who speak are not victims.
    ("2019-02-11", "أفاد أطباء وأهالي بأن عبوة ناسفة انفجرت قرب سوق الخضار في بلدة الرحيبة صباح اليوم دون أن تسفر عن إصابات.",
     "Remote explosive/landmine/IED", None),
]


@pytest.mark.parametrize("published,text,sub_type,actor2", CASES)
def test_unnamed_victims_are_civilians(published: str, text: str, sub_type: str, actor2: str | None) -> None:
    events = [e for e in extract(text, published)["events"] if e["sub_event_type"] == sub_type]
    assert events, "no event of the expected sub-type"
    assert events[0]["actor2"] == actor2


@pytest.mark.parametrize("published,text,assoc", [
    ("2022-03-16", "اغتال مسلحون مجهولون، مساء أمس الثلاثاء، الناشط المدني حيدر عبد الكريم أمام منزله وسط مدينة العمارة.", "gen.activists:IQ"),
    ("2016-03-16", "أعدم تنظيم داعش خمسة من الأسرى في بادية حمص أمس.", "gen.prisoners:SY"),
])
def test_groups_of_civilians_are_associates(published: str, text: str, assoc: str) -> None:
    """ACLED: an attack on activists or prisoners is one on civilians, the group associated."""
    event = next(e for e in extract(text, published)["events"] if e["sub_event_type"] == "Attack")
    assert event["actor2"].startswith("gen.civilians:") and assoc in event["assoc_actors"]


ARRESTS = [
    # published, text, actor1, actor2
    ("2023-01-10", "واعتقلت قوات الاحتلال خلال اقتحام مخيم جنين فجر اليوم شاباً بعد مداهمة منزل عائلته.",
     "int.israel_military", "gen.civilians:PS"),
    ("2019-11-02", "اعتقلت قوات الأمن العراقية ثلاثة شبان في مدينة الناصرية أمس.", None, "gen.civilians:IQ"),
    # the force a patrol or a checkpoint belongs to takes them; it is not its own detainee
    ("2020-05-05", "اعتقلت دورية لقوات النظام خمسة مواطنين في بلدة الصنمين.", "sy.military", "gen.civilians:SY"),
    ("2020-05-05", "اعتقل شاب من بلدة طفس على حاجز لقوات النظام.", "sy.military", "gen.civilians:SY"),
    # «أشخاص», «متهمين»: people taken are civilians; the riot they are charged with is no event
    ("2023-05-05", "أوقفت دورية من الجيش اللبناني أربعة أشخاص في منطقة الأوزاعي جنوب بيروت.", "lb.military", "gen.civilians:LB"),
    ("2023-05-05", "ألقت الشرطة القبض على 19 متهماً بالمشاركة في أعمال الشغب بقرية في المنيا.", "eg.police", "gen.civilians:EG"),
    # members of a named group are that group, not civilians
    ("2022-08-09", "اعتقلت قوات الاحتلال ثلاثة عناصر من حركة حماس في بلدة بيت أمر.", "int.israel_military", "ps.hamas"),
]


@pytest.mark.parametrize("published,text,actor1,actor2", ARRESTS)
def test_people_arrested_are_civilians(published: str, text: str, actor1: str | None, actor2: str) -> None:
    event = next(e for e in extract(text, published)["events"] if e["sub_event_type"] == "Arrests")
    assert event["actor2"] == actor2
    if actor1:
        assert event["actor1"] == actor1


def test_charge_is_no_riot() -> None:
    events = extract("ألقت الشرطة القبض على 19 متهماً بالمشاركة في أعمال الشغب بقرية في المنيا.", "2023-05-05")["events"]
    assert [e["sub_event_type"] for e in events] == ["Arrests"]


@pytest.mark.parametrize("text", [
    "هاجم مستعمرون، مساء اليوم الجمعة، بلدة حوارة جنوب نابلس، وأضرموا النار في أربع مركبات، تحت حماية قوات الاحتلال.",
    "هاجم مستوطنون قرية بورين جنوب نابلس واقتلعوا عشرات أشجار الزيتون.",
])
def test_settlers_raiding_a_village_attack_civilians(text: str) -> None:
    """A village raided by settlers, cars burnt or trees uprooted, the army guarding them: violence
    against civilians, not a battle with the guards."""
    event = extract(text, "2022-10-14")["events"][0]
    assert (event["sub_event_type"], event["actor1"], event["actor2"]) == ("Attack", "ps.settlers", "gen.civilians:PS")


@pytest.mark.parametrize("text,sub_type", [
    # where people live attacked, no armed party answering: violence against civilians
    ("هاجمت قوات الدعم السريع ومليشيات متحالفة معها، أمس الأربعاء، أحياء الجمارك والتضامن في مدينة الجنينة.", "Attack"),
    ("هاجم مسلحون مجهولون قرية أم قونجا جنوب نيالا وأطلقوا النار عشوائياً.", "Attack"),
    # a village where the attackers met fighters, or a checkpoint in a quarter, is a fight
    ("هاجم مسلحو داعش قرية البو نمر شرق الرمادي واشتبكوا مع مقاتلي العشائر.", "Armed clash"),
    ("هاجم مسلحون مجهولون حاجزاً للشرطة في حي الشرطة وسط المدينة.", "Armed clash"),
])
def test_attack_on_homes(text: str, sub_type: str) -> None:
    events = extract(text, "2023-06-08")["events"]
    assert events and {e["sub_event_type"] for e in events} == {sub_type}


@pytest.mark.parametrize("text,sub_type,actor2,fatalities", [
    # «هجوم مسلح» is an act of its own; on people no armed party defends, violence against them
    ("أسفر هجوم مسلح على مسجد في شمال سيناء عن مقتل 30 مدنياً.", "Attack", "gen.civilians:EG", 30),
    ("قتل جنديان في هجوم مسلح استهدف حاجزاً للجيش في العريش.", "Armed clash", "eg.military", 2),
    # «مدنياً» after 11-99 names civilians as «مدنيين» does
    ("قصفت قوات النظام بلدة كفرنبل ما أدى إلى مقتل 12 مدنياً.", "Shelling/artillery/missile attack", "gen.civilians:SY", 12),
])
def test_armed_attack_and_counted_civilians(text: str, sub_type: str, actor2: str, fatalities: int) -> None:
    event = next(e for e in extract(text, "2018-01-10")["events"] if e["sub_event_type"] == sub_type)
    assert (event["actor2"], event["fatalities"]) == (actor2, fatalities)


# An attack nobody armed answers, whose attackers the next sentence tells burning or looting
# homes, is violence against the people there (one event per village of the list).
@pytest.mark.parametrize("text,expected", [
    ("تعرضت قرى دليج وبندسي ومكجر بولاية وسط دارفور، مساء الخميس الماضي، لهجمات برية شنها مسلحون يتبعون لقوات الدعم السريع. "
     "وقال أحد الأعيان إن المهاجمين قتلوا 14 شخصاً من الأهالي في دليج، وأحرقوا أكثر من 200 منزل ونهبوا الماشية.",
     [("Attack", "دليج"), ("Attack", "بندسي"), ("Attack", "مكجر")]),
    ("تعرضت مواقع الجيش في بلدة بابنوسة لهجمات برية شنتها قوات الدعم السريع، مساء الخميس الماضي. "
     "وقال مصدر عسكري إن المهاجمين تكبدوا خسائر كبيرة.",
     [("Armed clash", "بابنوسة")]),
])
def test_attack_whose_raid_is_told_next(text: str, expected: list[tuple[str, str]]) -> None:
    events = extract(text, published="2023-08-07")["events"]
    assert [(e["sub_event_type"], (e.get("location") or {}).get("name_ar")) for e in events] == expected
