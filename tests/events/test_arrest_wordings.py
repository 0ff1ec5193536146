"""Arrests and crowds met by the police, in wordings beyond the lexicon's phrases.

Each row: our own sentence in the style of an Arabic outlet → the (event_type, sub_event_type,
actor1) of its events, in text order (actor1 as an id prefix, or None).
"""

from __future__ import annotations

import pytest

from rasad import extract

ARREST = ("Strategic developments", "Arrests")
INTERVENTION = ("Protests", "Protest with intervention")

CASES = [
    # The subject between the verb and its noun; the subject is the one who arrests.
    ("ألقى رجال الأمن القبض على ثلاثة أشخاص في مدينة الحلة مساء أمس.", [(*ARREST, "iq.police")]),
    ("وألقت الشرطة القبض فجر اليوم على 14 من المتهمين في مدينة المنيا.", [(*ARREST, "eg.police")]),
    # The Maghreb's «إيقاف» and «ضبط» when persons follow …
    # (the Interior Ministry that announces them is the country's police)
    ("أعلنت وزارة الداخلية إيقاف 44 شخصاً في مدينة القصرين بتهمة السرقة.", [(*ARREST, "tn.police")]),
    ("وتمكنت قوات الجيش من ضبط 4 عناصر يشتبه في انتمائهم لتنظيم متطرف.", [(*ARREST, "gen.military")]),
    # The Maghreb's «المصالح الأمنية» are the country's police.
    ("وأعلنت المصالح الأمنية في مدينة جرادة أنها أوقفت تسعة أشخاص بتهمة التخريب.", [(*ARREST, "ma.police")]),
    # The speaker's own men («كوادرها», «أنها اعتقلت») are the ones who arrest.
    ("وقالت مديرية الأمن العام إن كوادرها أوقفت أمس 44 شخصاً في مدينة معان.", [(*ARREST, "jo.police")]),
    ("وأعلنت هيئة تحرير الشام أنها اعتقلت خلية تابعة لتنظيم داعش في مدينة إدلب أمس.", [(*ARREST, "sy.hts")]),
    # … not when they stop talks or seize weapons.
    ("أوقفت الحكومة المفاوضات مع النقابات أمس بسبب الخلاف على الأجور.", []),
    ("ضبطت قوات الأمن أسلحة وذخائر في مدينة الرمادي.", [("Strategic developments", "Disrupted weapons use", "iq.police")]),
    # A crowd kept from marching is a protest met by the police; arrests there are part of it.
    ("منعت قوات الدرك، اليوم الأربعاء، مئات المعلمين من الوصول إلى محيط رئاسة الوزراء في عمان، واعتقلت عدداً منهم.",
     [(*INTERVENTION, "gen.protesters")]),
    ("تدخلت قوات الأمن لتفريق وقفة احتجاجية أمام مقر الولاية في القصرين، وتوقيف ثلاثة محتجين.",
     [(*INTERVENTION, "gen.protesters")]),
    # «شبان غاضبون» who block a road are the protest's crowd, not a second event (a riot).
    ("قطع شبان غاضبون الطريق الدولية في مدينة طرابلس احتجاجا على انقطاع الكهرباء.",
     [("Protests", "Peaceful protest", "gen.protesters")]),
]


def _events(text: str) -> list[tuple[str, str, str | None]]:
    events = sorted(extract(text, published="2019-07-18")["events"], key=lambda e: e["trigger"]["start"])
    return [(e["event_type"], e["sub_event_type"], e["actor1"]) for e in events]


@pytest.mark.parametrize(("text", "expected"), CASES, ids=[f"case{i}" for i in range(len(CASES))])
def test_arrest_and_crowd_wordings(text: str, expected: list[tuple[str, str, str | None]]) -> None:
    got = _events(text)
    assert [(t, s) for t, s, _ in got] == [(t, s) for t, s, _ in expected]
    for (_, _, actor), (_, _, want) in zip(got, expected):
        assert (actor is None) if want is None else (actor is not None and actor.startswith(want)), (actor, want)


@pytest.mark.parametrize(("text", "expected"), [
    # Every form of the verb and its noun with a pronoun («اعتقلته», «اعتقالهم»).
    ("اعتقلته قوات الأمن العراقية أمس في مدينة الحلة.", [ARREST]),
    ("أعلنت الشرطة المصرية اعتقالهم فجر اليوم في مدينة المنيا.", [ARREST]),
    ("احتجزته قوات الأمن أمس في مدينة الحلة.", [ARREST]),
    # «تحتجزهم» tells who is held, not an arrest.
    ("قال الجيش إن الجماعات المسلحة تحتجزهم في مدينة درنة منذ أشهر.", []),
])
def test_arrest_forms(text: str, expected: list[tuple[str, str]]) -> None:
    assert [(t, s) for t, s, _ in _events(text)] == expected


def test_an_arrest_denied_does_not_make_a_protest_met_by_police() -> None:
    text = "خرج مئات المحتجين أمس في مدينة البصرة، وقال ناشطون إن الأجهزة الأمنية لم تعتقل أحداً."
    assert [(t, s) for t, s, _ in _events(text)] == [("Protests", "Peaceful protest")]


def test_arrest_over_a_call_to_protest_stays_an_arrest() -> None:
    text = "اعتقلت أجهزة أمن الدولة فجر أمس عددا من الناشطين في منطقة الجهراء على خلفية دعوتهم إلى اعتصام تضامني."
    assert [(t, s) for t, s, _ in _events(text)] == [ARREST]
