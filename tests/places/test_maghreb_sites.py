"""Places of the Maghreb's, Saudi Arabia's and South Sudan's conflict news that GeoNames lacks or
knows only by a Latin name (rasad/data/places/sites_tn.tsv, sites_dz.tsv, sites_ma.tsv,
sites_mr.tsv, sites_sa.tsv, sites_ss.tsv), in our own sentences; and a compass word before a
name that is both a country and its capital («جنوب شرقي الجزائر») names a part of the country."""

from __future__ import annotations

import pytest

from rasad.places.unlisted import with_unlisted
from rasad.text.normalise import normalise

CASES = [
    # (sentence, target, country, admin1)
    ("انفجر لغم أرضي بدورية عسكرية في جبل الشعانبي غربي البلاد", "جبل الشعانبي", "TN", "TN-42"),
    ("قصفت المدفعية مرتفعات جبلي السلوم والشعانبي بعد الهجوم", "السلوم", "TN", "TN-42"),
    ("هاجم مسلحون ثكنة الجيش ومراكز الأمن في مدينة بن قردان فجر اليوم", "بن قردان", "TN", "TN-82"),
    ("أغلقت السلطات معبر رأس جدير الحدودي مع ليبيا إثر مواجهات", "معبر رأس جدير", "TN", "TN-82"),
    ("احتجز مسلحون عشرات العمال الأجانب في منشأة قرب عين أميناس جنوب شرقي الجزائر", "عين أميناس", "DZ", "DZ-33"),
    ("خرج المئات في مسيرة بمدينة جرادة احتجاجاً على وفاة عاملين في بئر للفحم", "جرادة", "MA", "MA-02"),
    ("اعتقلت الشرطة عدداً من نشطاء الحراك في بلدة إمزورن قرب الحسيمة", "إمزورن", "MA", "MA-01"),
    ("سقط مقذوف أطلق من اليمن على محافظة صامطة في منطقة جازان", "صامطة", "SA", "SA-09"),
    ("فر آلاف اللاجئين عبر الحدود إلى مدينة الرنك في ولاية أعالي النيل", "الرنك", "SS", "SS-NU"),
    # «مقاطعة» before a name: a county or a moughataa, a place word like «مديرية»
    ("أحرق مسلحون قرية في مقاطعة بيبور وقتلوا تسعة مدنيين", "بيبور", "SS", "SS-JG"),
    ("وصل مئات اللاجئين الماليين إلى مقاطعة باسكنو شرقي البلاد", "باسكنو", "MR", "MR-01"),
    # Chad's Lac province is «البحيرة» as well, Egypt's Beheira in an Egyptian report.
    ("قتل جنديان تشاديان في انفجار لغم قرب بلدة ليوا بمنطقة البحيرة غرب البلاد", "منطقة البحيرة", "TD", "TD-LC"),
    ("قتل شخصان في حادث بمحافظة البحيرة شمال مصر", "البحيرة", "EG", "EG-BH"),
    # A compass word before a country's name that is also its capital's: the country.
    ("اندلعت اشتباكات بين مهربين وحرس الحدود في جنوب تونس", "تونس", "TN", ""),
    ("نزح آلاف السكان من المناطق الحدودية في شمال الكويت", "الكويت", "KW", ""),
    # (guard) A distance is measured from the city.
    ("قتل جنديان على بعد 20 كم جنوب تونس العاصمة", "تونس", "TN", "TN-11"),
]


@pytest.mark.parametrize(("sentence", "target", "country", "admin1"), CASES, ids=[c[1] for c in CASES])
def test_site(resolver, sentence: str, target: str, country: str, admin1: str) -> None:
    norm = normalise(sentence)
    found = with_unlisted(norm, resolver.find(norm))
    lo = sentence.index(target)
    hit = next((m for m in found if m.start < lo + len(target) and lo < m.end), None)
    assert hit is not None, [m.text for m in found]
    assert (hit.country, hit.admin1_code or "") == (country, admin1)
