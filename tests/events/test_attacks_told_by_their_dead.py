"""An attack that names no attacker is still an act when its outcome names dead without a count
(«وأسفر عن سقوط قتلى وجرحى»); «هجوم» is a noun, so the relative clause after it dates it;
pilgrims, visitors and passengers are civilians; «دان» that opens a sentence condemns, it is no
village. Our sentences."""

from __future__ import annotations

import pytest

from rasad import extract


@pytest.mark.parametrize("text,published,sub,date,place", [
    ("استهدف هجوم إرهابي حافلة تقل زواراً قرب مدينة سامراء مساء أمس، وأسفر عن سقوط قتلى وجرحى.", "2016-07-08",
     "Attack", "2016-07-07", "سامراء"),
    ("دان الأزهر الشريف الهجوم الإرهابي الذي استهدف حافلة تقل حجاجاً على طريق العريش أمس الخميس، وأدى إلى "
     "سقوط ضحايا.", "2017-05-27", "Attack", "2017-05-25", "العريش"),
])
def test_attack_told_by_uncounted_dead(text: str, published: str, sub: str, date: str, place: str) -> None:
    events = extract(text, published)["events"]
    assert [(e["sub_event_type"], e["date"], (e["location"] or {}).get("name_ar")) for e in events] == [(sub, date, place)]


@pytest.mark.parametrize("text,published", [
    # (guards) an attack with no harm and no attacker stays unsaid; a bare «الهجوم» looked back on
    ("وقع هجوم على حاجز في الرمادي أمس دون أن يسفر عن إصابات.", "2014-02-02"),
    ("وتسبب الهجوم بحالة من الهلع بين السكان.", "2014-02-02"),
])
def test_attack_with_nothing_told(text: str, published: str) -> None:
    assert not extract(text, published)["events"]
