"""Who meets a crowd: the police the sentence names only as «القوات الأمنية», and not the
regime the crowd marches against. Our own sentences in the style of Sudanese, Algerian and
Iraqi outlets → (sub_event_type, actor1, actor2) of the crowd's event."""

from __future__ import annotations

import pytest

from rasad import extract

CASES = [
    ("الخرطوم - 3 حزيران 2019: أطلقت القوات الأمنية الرصاص الحي على متظاهرين في حي بري شرقي الخرطوم اليوم الاثنين.",
     ("Excessive force against protesters", "Police Forces of Sudan", "Protesters (Sudan)")),
    ("بغداد - 1 تشرين الأول 2019: فرقت قوات أمنية بالهراوات اعتصاما لخريجين عاطلين عن العمل أمام مبنى وزارة النفط اليوم الثلاثاء.",
     ("Protest with intervention", "Protesters (Iraq)", "Police Forces of Iraq")),
    ("الجزائر - 8 آذار 2019: خرج آلاف المتظاهرين في وسط العاصمة الجزائرية اليوم الجمعة للمطالبة برحيل النظام، وفرقت قوات الشرطة المتظاهرين بالغاز المسيل للدموع.",
     ("Protest with intervention", "Protesters (Algeria)", "Police Forces of Algeria")),
    # forces deployed around a peaceful crowd do not meet it
    ("الخرطوم - 3 حزيران 2019: تظاهر الآلاف في حي بري شرقي الخرطوم اليوم الاثنين وطالبوا بتسليم السلطة للمدنيين، وانتشرت القوات الأمنية في محيط القيادة العامة.",
     ("Peaceful protest", "Protesters (Sudan)", None)),
]


@pytest.mark.parametrize("text,expected", CASES)
def test_crowd_forces(text: str, expected: tuple[str, str, str | None]) -> None:
    record = extract(text)
    names = {a["id"]: a["name_en"] for a in record["actors"]}
    crowd = [e for e in record["events"] if e["event_type"] == "Protests"]
    assert [(e["sub_event_type"], names.get(e.get("actor1")), names.get(e.get("actor2"))) for e in crowd] == [expected]


@pytest.mark.parametrize("text,caller", [
    ("صنعاء - ودعت جماعة الحوثي إلى مسيرات حاشدة في العاصمة صنعاء عصر الجمعة المقبلة.", "Houthi Movement - Ansar Allah"),
    ("تعز - دعا حزب الإصلاح أنصاره إلى الخروج في مسيرة حاشدة وسط المدينة يوم الجمعة المقبل.", "Islah Party"),
])
def test_the_group_that_calls_a_protest_is_associated(text: str, caller: str) -> None:
    """«دعت الجماعة إلى مسيرات»: the crowd is the protesters, the group that called it out an associated actor."""
    record = extract(text, "2024-03-23")
    names = {a["id"]: a["name_en"] for a in record["actors"]}
    [event] = record["events"]
    assert event["modality"] == "planned"
    assert names[event["actor1"]].startswith("Protesters")
    assert [names[i] for i in event["assoc_actors"]] == [caller]
