from datetime import date

import pytest

from rasad.pipeline.header import parse_header
from rasad.text.normalise import normalise


@pytest.mark.parametrize(
    "text,dateline,outlet,author",
    [
        ("غارات على ريف إدلب\n18 فبراير، 2017\nسمارت-هبة دباس\nقصفت طائرات حربية…", date(2017, 2, 18), "سمارت", "هبة دباس"),
        ("صراع في إدلب\nالإثنين ١٦ أبريل ٢٠١٨ - ١١:٤٨\nفي محافظة إدلب…", date(2018, 4, 16), None, None),
        ("قتلى بانفجار في عدن\n\nالأربعاء 2016/02/17\nعدن- قتل تسعة أشخاص…", date(2016, 2, 17), None, None),
        ("قصف على قرية\n5 نيسان (أبريل - أفريل)، 2017\nسمارت-أمنة رياض\nقتل وجرح…", date(2017, 4, 5), "سمارت", "أمنة رياض"),
        ("قصف على قرية\n5 نيسان 2017\nسمارت-أمنة رياض\nقتل وجرح…", date(2017, 4, 5), "سمارت", "أمنة رياض"),
        ("اندماج فصائل\nرووداو - أربيل\nأعلنت خمسة فصائل…", None, "رووداو", None),
        ("قتل قيادي في المعارضة اليوم الجمعة 31 آذار/ مارس 2017، نتيجة انفجار عبوة ناسفة.", date(2017, 3, 31), None, None),
        ("مقتل متظاهر في العراق\nوكالة الناس – قتل متظاهر برصاص القوات الأمنية", None, "وكالة الناس", None),
        ("بيروت (رويترز) - قالت مصادر أمنية إن…", None, "رويترز", None),
        ("قصف على بلدة\nبلدي نيوز - حلب (خاص)\nسيطر الجيش…", None, "بلدي نيوز", None),
    ],
)
def test_header(text: str, dateline: date | None, outlet: str | None, author: str | None) -> None:
    header = parse_header(normalise(text))
    assert header.dateline == dateline
    assert header.outlet == outlet
    assert header.author == author


def test_related_headlines_are_furniture() -> None:
    text = (
        "قتلى بقصف على سهل الغاب\n"
        "ارتفاع الأسعار في مدينة حماة\n"
        "2 حزيران (يونيو - جوان)، 2018\n"
        "اعتقالات متبادلة بين الطرفين في الحسكة\n"
        "1 حزيران (يونيو - جوان)، 2018\n"
        "قتل أربعة مدنيين بقصف مدفعي على سيارتين في سهل الغاب."
    )
    header = parse_header(normalise(text))
    spans = [text[a:b] for a, b in header.furniture]
    assert "2 حزيران (يونيو - جوان)، 2018" in spans
    assert "اعتقالات متبادلة بين الطرفين في الحسكة" in spans
    assert all("قتل أربعة" not in s for s in spans)
    assert header.dateline is None
