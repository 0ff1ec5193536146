"""Sentences that look like conflict news and report no event ANNOTATION.md codes, beside
their look-alikes that do. Our own sentences.

Accidents («انفجار إطار شاحنة»), pests that «attack» crops, cars driving round in joy, drones
that only watch, spray or parade; and a mountain range named «سلسلة» is no series of acts.
"""

from __future__ import annotations

import pytest

from rasad import extract


@pytest.mark.parametrize("text", [
    "نواكشوط - الأخبار\nلقي سائق مصرعه إثر انفجار إطار حافلة للنقل العمومي وانقلابها على طريق روصو.",
    "الإسكندرية - الأهرام\nانفجار ماسورة مياه رئيسية يغرق شوارع حي محرم بك.",
    "بغداد - المدى\nانقطع التيار الكهربائي عن حي الأعظمية بعد انفجار محول كهرباء بسبب ارتفاع الأحمال.",
    "مقديشو - الصومال الجديد\nأعلنت الحكومة خطة لمواجهة هجوم أسراب الجراد على المزارع في إقليم باي.",
    "بنغازي - الوسط\nجابت مواكب السيارات شوارع المدينة حتى ساعة متأخرة احتفالاً بفوز فريق الأهلي بالدوري.",
    "الخرطوم - سودان تربيون\nخرج الآلاف إلى شوارع أم درمان ابتهاجاً بتتويج المنتخب بلقب البطولة العربية.",
    "مرجعيون - الوكالة الوطنية\nرصد الأهالي تحليق طائرة استطلاع إسرائيلية مسيّرة فوق بلدات القطاع الشرقي طوال النهار.",
    "باجة - موزاييك\nأطلقت وزارة الفلاحة مسيّرات لرشّ المبيدات في حقول الحبوب.",
])
def test_no_event(text: str) -> None:
    assert extract(text, "2021-06-10")["events"] == []


@pytest.mark.parametrize("text,expected", [
    # a mountain range named «سلسلة» is a place, the strike in it an event
    ("بغداد - المدى\nنفذ طيران التحالف الدولي غارة جوية على موقع لتنظيم داعش في سلسلة جبال حمرين، بحسب خلية الإعلام الأمني.",
     ("Explosions/Remote violence", "Air/drone strike")),
    # a drone that strikes is still a drone strike
    ("مرجعيون - الوكالة الوطنية\nاستهدفت طائرة مسيّرة إسرائيلية سيارة على طريق بلدة الخيام.",
     ("Explosions/Remote violence", "Air/drone strike")),
    # a march in the streets with no joy told is a protest
    ("الخرطوم - سودان تربيون\nجابت مواكب لجان المقاومة شوارع أم درمان للمطالبة بالحكم المدني.", ("Protests", "Peaceful protest")),
])
def test_look_alikes_that_are_events(text: str, expected: tuple) -> None:
    events = extract(text, "2021-06-10")["events"]
    assert events and (events[0]["event_type"], events[0]["sub_event_type"]) == expected


def test_a_series_of_killings_is_still_a_habit() -> None:
    text = "درعا - عنب بلدي\nتشهد المحافظة سلسلة اغتيالات تطال عناصر سابقين في فصائل المعارضة."
    assert extract(text, "2021-06-10")["events"] == []


@pytest.mark.parametrize("text", [
    # a verdict on men convicted of planning attacks tells no attack
    "بغداد - الصباح\nقضت المحكمة الجنائية المركزية بالسجن المؤبد على ستة مدانين بالتخطيط لتفجيرات بسيارات مفخخة في العاصمة.",
    "نجامينا - أ ف ب\nأصدرت محكمة جنائية أحكاماً بالسجن على عناصر أُدينوا بالتخطيط لهجمات انتحارية.",
    # a warning of what an attack would bring
    "صنعاء - سبأ\nحذر المتحدث العسكري التحالف من عواقب الهجوم على الميناء.",
    # what a military analyst makes of the war
    "باماكو - أ ف ب\nقال خبير عسكري إن الطائرات المسيّرة باتت تغيّر موازين المعارك في منطقة الساحل.",
    # a crop-spraying drone
    "الرباط - هسبريس\nجربت وزارة الفلاحة طائرة مسيّرة لرش المبيدات في حقول سهل الغرب.",
])
def test_verdicts_warnings_opinions_and_farm_drones_are_no_events(text: str) -> None:
    assert extract(text, "2021-06-10")["events"] == []


def test_students_who_set_a_building_on_fire_riot() -> None:
    text = "القاهرة - المصري اليوم\nتظاهر طلاب داخل الحرم الجامعي بمدينة نصر وأشعلوا النيران في مبنى كلية التجارة."
    events = extract(text, "2013-12-28")["events"]
    assert events and (events[0]["event_type"], events[0]["sub_event_type"]) == ("Riots", "Violent demonstration")
