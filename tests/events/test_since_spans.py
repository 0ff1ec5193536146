"""A span opened by «منذ» says when a state began («الشارع المغلق منذ 14 عاماً», «المعبر المغلق
منذ سبعة أشهر»), not when the act told beside it happened: the act takes the sentence's own date when
it has one. Our own sentences in the style of Palestinian, Syrian and Iraqi outlets."""

from __future__ import annotations

import pytest

from rasad import extract

CASES = [
    ("قلقيلية - أصيب ثلاثة مواطنين بالرصاص المطاطي، أمس الجمعة، خلال قمع قوات الاحتلال مسيرة كفر قدوم "
     "الأسبوعية المطالبة بفتح شارع القرية المغلق منذ أربعة عشر عاماً.", "2018-03-03", ["2018-03-02"]),
    ("غزة - استشهد شاب برصاص قوات الاحتلال، صباح اليوم، خلال مواجهات قرب معبر بيت حانون المغلق منذ سبعة أشهر.",
     "2018-03-09", ["2018-03-09"]),
]


@pytest.mark.parametrize("text,published,dates", CASES)
def test_since_spans_do_not_date_acts(text: str, published: str, dates: list[str]) -> None:
    assert [e["date"] for e in extract(text, published)["events"]] == dates
