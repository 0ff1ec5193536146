"""A trigger word inside the quoted title of a poem, a novel, a film names the work, not an act;
a word quoted after a verb of the act is still the act. Our sentences."""

from __future__ import annotations

import pytest

from rasad import extract


@pytest.mark.parametrize("text,published", [
    ("ألقى الشاعر قصيدته «مطر القصف» في أمسية أدبية احتضنها المركز الثقافي في مدينة حمص.", "2019-03-02"),
    ("صدرت للكاتب العراقي رواية بعنوان «ليل الغارات على الموصل» عن دار نشر في بغداد.", "2020-11-15"),
    ("يعرض مسرح المدينة في بيروت مسرحية «اشتباك» للمخرج الشاب طوال الأسبوع.", "2018-05-05"),
])
def test_title_is_no_event(text: str, published: str) -> None:
    assert not extract(text, published)["events"]


@pytest.mark.parametrize("text,published,sub", [
    # (guards) quotes that are not a work's title
    ("قصفت الطائرات «الأحياء السكنية» في مدينة حلب أمس.", "2016-08-11", "Air/drone strike"),
    ("دعا ناشطون إلى «مليونية» في ساحة التحرير ببغداد غداً.", "2019-10-24", "Peaceful protest"),
])
def test_quoted_acts_stay(text: str, published: str, sub: str) -> None:
    r = extract(text, published)
    assert sub in {e["sub_event_type"] for e in r["events"] + r.get("unrealised_events", [])}
