"""A reported act that a party denies is an event, modality negated (shared/eval/ANNOTATION.md,
SCHEMA.md); an act the text itself says did not happen, or only imagines, is kept apart in
`unrealised_events`. Our sentences."""

from __future__ import annotations

import pytest

from rasad import extract


@pytest.mark.parametrize("text,published,sub", [
    ("ونفى المتحدث باسم الجيش أن يكون الطيران قد قصف مطار معيتيقة صباح اليوم.", "2019-04-06", "Air/drone strike"),
    ("ونفت مديرية الأمن أنباء عن اعتقال صحافيين اثنين في مدينة السليمانية أمس.", "2020-12-08", "Arrests"),
    ("نفى المتحدث العسكري للحوثيين أن تكون قواتهم قد قصفت مخيمات النازحين في مأرب بالصواريخ أمس.", "2021-02-09",
     "Shelling/artillery/missile attack"),
    # «ما روجته»: the «ما» of what was spread, under a denial, negates nothing of its own
    ("ونفت وزارة الدفاع ما روجته حسابات داعش عن سيطرة التنظيم على ناحية العظيم أمس.", "2022-01-22",
     "Non-state actor overtakes territory"),
])
def test_a_denied_act_is_an_event_told_as_negated(text: str, published: str, sub: str) -> None:
    out = extract(text, published)
    assert [(e["sub_event_type"], e["modality"]) for e in out["events"]] == [(sub, "negated")]


@pytest.mark.parametrize("text,published", [
    # the text says none happened (a guard), or only fears one: «قد» before an imperfect
    ("ولم تسجل أي اشتباكات في المدينة خلال ساعات الليل.", "2019-04-06"),
    ("وحذر المسؤول من أن الجماعة قد تقصف المدينة في حال فشلت المفاوضات.", "2019-04-06"),
    ("وقال محللون إن القوات قد تشن هجوماً على البلدة خلال الأيام المقبلة.", "2019-04-06"),
])
def test_what_did_not_happen_stays_apart(text: str, published: str) -> None:
    assert extract(text, published)["events"] == []


@pytest.mark.parametrize("text,published,sub", [
    # (guards) after «كان … قد» a perfect that starts with ت is what happened
    ("وكان الآلاف قد تظاهروا في ميدان السبعين بصنعاء يوم الجمعة الماضي.", "2019-04-06", "Peaceful protest"),
    ("وكانت القوات قد تقدمت نحو البلدة وسيطرت عليها بعد معارك عنيفة أمس.", "2019-04-06", "Armed clash"),
])
def test_what_had_happened_is_told(text: str, published: str, sub: str) -> None:
    assert sub in {e["sub_event_type"] for e in extract(text, published)["events"]}
