"""A blast heard («دوى انفجار») that the sentence says did harm is a blast; heard alone it is a
sound. «مديرية أمن …» is a security directorate and «أهالي قرية غاضبون» angry villagers, no
villages. Our sentences."""

from __future__ import annotations

import pytest

from rasad import extract


@pytest.mark.parametrize("text,published,place", [
    ("دوى انفجار عنيف قرب مديرية أمن الشرقية بالزقازيق فجر اليوم، أسفر عن انهيار واجهة المبنى وإصابة عدد من المجندين.",
     "2014-01-12", "الزقازيق"),
    ("ودوى انفجار ضخم في حي الشعلة غربي بغداد مساء أمس، وأدى إلى تدمير ثلاثة منازل.", "2016-09-03", "الشعلة"),
])
def test_blast_heard_with_harm(text: str, published: str, place: str) -> None:
    events = [e for e in extract(text, published)["events"] if e["sub_event_type"] == "Remote explosive/landmine/IED"]
    assert events and events[0]["location"]["name_ar"] == place


@pytest.mark.parametrize("text,published", [
    # (guards) a sound and nothing more
    ("سمع دوي انفجار قوي في مدينة الرقة مساء اليوم، ولم تعرف أسبابه.", "2016-05-02"),
    ("دوى انفجار في سماء مدينة الموصل صباح اليوم دون معرفة مصدره.", "2015-02-11"),
])
def test_blast_only_heard(text: str, published: str) -> None:
    assert not extract(text, published)["events"]


@pytest.mark.parametrize("text,published,admin1", [
    ("أقدم أهالي قرية غاضبون في ولاية الجزيرة على ضرب لص حتى الموت.", "2019-02-10", "SD-GZ"),
])
def test_angry_people_are_no_village(text: str, published: str, admin1: str) -> None:
    events = extract(text, published)["events"]
    assert events and events[0]["location"]["name_ar"] != "غاضبون" and events[0]["location"]["admin1_code"] == admin1
