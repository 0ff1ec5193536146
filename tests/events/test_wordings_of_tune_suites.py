"""Wordings that hid events, and words that borrowed them. Our own sentences.

- A bomber described at length before «نفسه» («فجّر مهاجم يرتدي عباءة سوداء نفسه»),
  hostages held in the present tense («مجموعة مسلحة تحتجز … رهائن»), someone led away by
  gunmen («اقتادها مسلحون»), looting in the present («ينهبون»), Iraq's «دكّة عشائرية».
- A kitchen's «قنينة غاز», a transformer, fighter jets bought, a threat («يهددون بشن هجمات»),
  («تتوعد بشن هجمات»), a novelist's book, «أي هجوم» in an opinion, trade that «استعادت» its pace, a «برميل بارود».
"""

from __future__ import annotations

import pytest

from rasad import extract

EVENTS = [
    ("القطيف – فجّر مهاجم يرتدي عباءة سوداء نفسه عند بوابة حسينية في بلدة القديح.", "Suicide bomb"),
    ("إن أمناس – مجموعة مسلحة تحتجز عشرات العمال الأجانب رهائن داخل منشأة للغاز جنوبي البلاد.", "Abduction/forced disappearance"),
    ("بنغازي – اختفاء ناشط حقوقي بعد أن اقتاده مسلحون من منزله في حي الليثي مساء أمس.", "Abduction/forced disappearance"),
    ("عفرين – عناصر من الفصائل المسلحة ينهبون المحال التجارية والمنازل وسط المدينة.", "Looting/property destruction"),
    ("البصرة – دكّة عشائرية على منزل موظف في حي الجمهورية ليلة أمس على خلفية نزاع بين عشيرتين.", "Attack"),
    ("الرقة – طائرات التحالف تستهدف مبنى في حي الرميلة ومقتل خمسة مدنيين.", "Air/drone strike"),
    ("الأبيض – نهب مسلحون مجهولون مخازن منظمة إغاثة في المدينة واستولوا على عشرات الأطنان من المواد الغذائية.",
     "Looting/property destruction"),
    # (guard: read as an arrest before the pattern of soldiers who lead someone away)
    ("باماكو – اقتاد عسكريون رئيس البرلمان إلى معسكر للجيش مساء أمس.", "Arrests"),
]


@pytest.mark.parametrize(("text", "sub_type"), EVENTS)
def test_hidden_wordings(text: str, sub_type: str) -> None:
    assert sub_type in [e["sub_event_type"] for e in extract(text, published="2021-03-20")["events"]]


NO_EVENT = [
    "الرباط – انفجار قنينة غاز بمطبخ منزل في حي التقدم يخلف إصابة امرأة بحروق.",
    "بغداد – انفجار محولة كهربائية في حي الجهاد يتسبب بانقطاع التيار عن عدة شوارع.",
    "وقعت الحكومة صفقة لشراء مقاتلات حديثة بقيمة ثلاثة مليارات دولار.",
    "صنعاء – جماعة الحوثي تتوعد بشن هجمات على السفن الحربية قبالة سواحل الحديدة.",
    "صدرت رواية جديدة للكاتب العراقي علي بدر تستلهم أجواء التفجيرات في بغداد.",
    "رأى محلل عسكري أن أي هجوم بري على المدينة سيكلف الجيش خسائر كبيرة.",
    "تعز – استعادت الحركة التجارية في أسواق المدينة نشاطها بعد أن رفعت قوات الجيش الحواجز.",
    "وصف خبراء الوضع في الإقليم بأنه برميل بارود قابل للانفجار في أي لحظة.",
]


@pytest.mark.parametrize("text", NO_EVENT)
def test_borrowed_words(text: str) -> None:
    assert extract(text, published="2021-03-20")["events"] == []
