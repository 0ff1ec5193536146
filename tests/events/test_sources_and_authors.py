"""Who tells of a bombing after it («…، بحسب الشرطة») did not set it off; a military spokesman who
tells of unnamed aircraft's raids («… بحسب المتحدث العسكري») speaks of his own side's. Our sentences."""

from __future__ import annotations

import pytest

from rasad import extract


@pytest.mark.parametrize("text,published,sub,actor1", [
    ("وفي مقديشو، فجر انتحاري نفسه صباح اليوم قرب مطعم يرتاده مسؤولون حكوميون في حي حمروين، ما أدى إلى مقتله "
     "وإصابة ثلاثة من الحراس، بحسب الشرطة.", "2025-02-10", "Suicide bomb", None),
    ("انفجرت عبوة ناسفة بسيارة مدنية على الطريق بين بلدوين وجوهر صباح اليوم، ما أسفر عن مقتل سائقها، وفق "
     "قوات الجيش الصومالي.", "2024-06-03", "Remote explosive/landmine/IED", None),
    ("شنت طائرات أباتشي اليوم غارات على تجمعات للعناصر الإرهابية جنوب مدينة الشيخ زويد بشمال سيناء، أسفرت عن مقتل خمسة تكفيريين، "
     "بحسب المتحدث العسكري للقوات المسلحة.", "2015-10-04", "Air/drone strike", "eg.military"),
])
def test_source_after_the_act(text: str, published: str, sub: str, actor1: str | None) -> None:
    events = [e for e in extract(text, published)["events"] if e["sub_event_type"] == sub]
    assert events and events[0]["actor1"] == actor1
