"""A commentator's reading of the war is no report of an act (rasad/events/opinions.py).
Our own sentences: each text holds one reported act and one a commentator names."""

from __future__ import annotations

import pytest

from rasad import extract

HEAD = "هجوم جديد\nنيامي – 12 آذار 2023\nقتل خمسة جنود في هجوم شنه مسلحون على موقع للجيش قرب بلدة أيورو أمس السبت.\n"


@pytest.mark.parametrize("opinion", [
    "ويقول محللون إن الجماعات المسلحة كثفت عملياتها منذ انسحاب القوات الفرنسية من البلاد.",
    "ويرى مراقبون أن الانقسام داخل المجلس العسكري قد يضعف قدرته على مواجهة المسلحين.",
    "ويعتبر خبراء أمنيون أن استهداف القوافل العسكرية بالعبوات الناسفة بات السلاح الأخطر في المنطقة.",
    "ويرى الباحث في شؤون الساحل، محمد الأمين، أن انسحاب قوات حفظ السلام ترك فراغاً أمنياً.",
])
def test_commentators_name_no_act(opinion: str) -> None:
    events = extract(HEAD + opinion + "\n")["events"]
    assert [e["sub_event_type"] for e in events] == ["Armed clash"]


def test_past_fact_in_a_commentators_sentence_is_coded() -> None:
    """«…، إذ كان الجيش قد استعاد في مارس الماضي السيطرة على …» reports a dated act."""
    text = (HEAD + "ويرى محللون أن الهجوم يمثل تحولاً في استراتيجية المسلحين، إذ كان الجيش قد استعاد في"
            " كانون الثاني الماضي السيطرة على بلدة تيلابيري بعد معارك عنيفة.\n")
    types = {e["sub_event_type"] for e in extract(text)["events"]}
    assert "Government regains territory" in types
