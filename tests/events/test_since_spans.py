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


@pytest.mark.parametrize("text,published,types", [
    # The war's tally told with the span since it broke out is no event of its own.
    ("طرابلس - قتل ثلاثة مدنيين، أمس الأحد، في سقوط قذائف على حي سكني جنوب طرابلس. وقالت منظمة الصحة العالمية "
     "إن المعارك أسفرت منذ اندلاعها عن مقتل أكثر من مئتي شخص.", "2019-04-15",
     ["Shelling/artillery/missile attack"]),
    ("الخرطوم - قالت نقابة الأطباء إن الاشتباكات خلفت منذ بدايتها أكثر من أربعمئة قتيل في العاصمة.",
     "2023-04-25", []),
])
def test_since_outbreak_is_a_tally(text: str, published: str, types: list[str]) -> None:
    assert [e["sub_event_type"] for e in extract(text, published)["events"]] == types
