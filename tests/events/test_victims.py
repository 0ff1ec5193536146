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
    # members of a named group are that group, not civilians
    ("2022-08-09", "اعتقلت قوات الاحتلال ثلاثة عناصر من حركة حماس في بلدة بيت أمر.", "int.israel_military", "ps.hamas"),
]


@pytest.mark.parametrize("published,text,actor1,actor2", ARRESTS)
def test_people_arrested_are_civilians(published: str, text: str, actor1: str | None, actor2: str) -> None:
    event = next(e for e in extract(text, published)["events"] if e["sub_event_type"] == "Arrests")
    assert event["actor2"] == actor2
    if actor1:
        assert event["actor1"] == actor1
