"""Forces told by the names local outlets give them: Yemen's «القوة الصاروخية», Iraq's
«القطعات الأمنية», Galmudug's forces in their spellings, and gunmen told as the tribes' men.
Our sentences."""

from __future__ import annotations

import pytest

from rasad import extract


@pytest.mark.parametrize("text,published,actor1,actor2", [
    ("أطلقت القوة الصاروخية صاروخاً باليستياً من نوع بدر على تجمعات الجيش السعودي في جيزان.", "2018-03-11",
     "ye.houthi_military", "int.saudi_military"),
    ("استعادت القطعات الأمنية السيطرة على قرية البوحياة شمال قضاء هيت بعد معارك مع تنظيم داعش.", "2016-04-02",
     "iq.military", "int.is"),
    ("تجددت الاشتباكات بين قوات ولاية بونتلاند وقوات إدارة جلمدغ في مدينة جالكعيو.", "2016-11-22",
     "so.puntland_forces", "so.galmudug_forces"),
    ("اندلعت اشتباكات بين قوات الجيش ومسلحين من أبناء العشائر في منطقة الملاحمة بالأنبار.", "2014-01-03",
     "iq.military", "gen.tribal_militia:IQ"),
    # «وحدات الأمن العام» in Syria after 2024 are the General Security, not «وحدات الأمن» and a stray «العام»
    ("اعتقلت وحدات الأمن العام ثلاثة مطلوبين في قرية الدالية بريف جبلة صباح اليوم.", "2025-03-02",
     "sy.general_security", None),
])
def test_local_names(text: str, published: str, actor1: str, actor2: str | None) -> None:
    events = extract(text, published)["events"]
    assert events and (events[0]["actor1"], events[0]["actor2"]) == (actor1, actor2)
