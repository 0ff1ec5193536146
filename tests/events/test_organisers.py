"""Who brings a crowd out: a union, a professionals' association or a group that calls, announces
or holds a protest is its associated actor (ACLED's «Labor Group (…)», «SPA»), the crowd itself
stays «Protesters (…)»; union members arrested are civilians with their union associated. Our own
sentences in the style of Tunisian, Jordanian, Moroccan, Sudanese, Yemeni and Syrian outlets."""

from __future__ import annotations

import pytest

from rasad import extract

# text → (sub_event_type, actor1, actor2, associated actors, modality) of its one crowd event
CROWDS = [
    # a call verb opening its sentence, the caller told by a definite noun
    ("صنعاء - أعلنت جماعة أنصار الله إسقاط طائرة مسيّرة. ودعت الجماعة إلى مسيرات حاشدة في العاصمة صنعاء عصر الجمعة المقبلة.",
     ("Peaceful protest", "Protesters (Yemen)", None, ["Houthi Movement - Ansar Allah"], "planned")),
    ("تونس - وأعلن الاتحاد الجهوي للشغل بقفصة عن إضراب عام بالجهة يوم الخميس المقبل.",
     ("Peaceful protest", "Protesters (Tunisia)", None, ["Labor Group (Tunisia)"], "planned")),
    ("عمان - وتعتزم نقابة المعلمين تنفيذ إضراب شامل في المدارس الحكومية يوم الأحد المقبل.",
     ("Peaceful protest", "Protesters (Jordan)", None, ["Labor Group (Jordan)"], "planned")),
    ("الرباط - نظم الاتحاد المغربي للشغل وقفة احتجاجية أمام مقر البرلمان اليوم الثلاثاء.",
     ("Peaceful protest", "Protesters (Morocco)", None, ["Labor Group (Morocco)"], "asserted")),
    ("الخرطوم - أطلقت قوات الأمن الغاز المسيل للدموع على موكب دعا إليه تجمع المهنيين السودانيين في أم درمان.",
     ("Protest with intervention", "Protesters (Sudan)", "Police Forces of Sudan", ["Sudanese Professionals Association"], "asserted")),
    # a demand for an act in another party's clause («فيما») does not make the call hypothetical
    ("دمشق - وطالبت الخارجية السورية مجلس الأمن بالتحرك لوقف الاعتداءات، فيما دعا ناشطون إلى وقفة احتجاجية في ساحة مدينة نوى يوم الجمعة المقبل.",
     ("Peaceful protest", "Protesters (Syria)", None, [], "planned")),
]


@pytest.mark.parametrize("text,expected", CROWDS)
def test_the_crowd_and_who_brought_it_out(text: str, expected: tuple) -> None:
    record = extract(text, "2024-03-19")
    names = {a["id"]: a["name_en"] for a in record["actors"]}
    [event] = [e for e in record["events"] if e["event_type"] == "Protests"]
    assert (event["sub_event_type"], names.get(event["actor1"]), names.get(event.get("actor2")),
            [names[i] for i in event["assoc_actors"]], event["modality"]) == expected


@pytest.mark.parametrize("text,country", [
    ("عمان - اعتقلت قوات الأمن الأردنية اليوم الأحد نائب نقيب المعلمين وعدداً من أعضاء مجلس النقابة.", "Jordan"),
    ("تونس - أوقفت وحدات الحرس الوطني صباح اليوم ثلاثة نقابيين في مدينة قفصة.", "Tunisia"),
])
def test_union_members_arrested_are_civilians(text: str, country: str) -> None:
    record = extract(text, "2024-03-19")
    names = {a["id"]: a["name_en"] for a in record["actors"]}
    [event] = record["events"]
    assert event["sub_event_type"] == "Arrests"
    assert names[event["actor2"]] == f"Civilians ({country})"
    assert [names[i] for i in event["assoc_actors"]] == [f"Labor Group ({country})"]
