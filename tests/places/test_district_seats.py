"""Seats of Iraqi districts and sub-districts, and of Yemeni districts Yemen-info lists without a
point (sites_iq_admin.tsv, sites_ye_districts.tsv), and a place name that is also a stop word.

Coordinates are public facts (the seat town's position); the table checks governorate and
distance, as the held-out measure does. Our own sentences."""

from __future__ import annotations

import pytest

from .conftest import assert_resolves_near
from rasad.text.normalise import normalise

# (sentence, name, admin1, (lat, lon) of the seat town)
SEATS = [
    ("فجر انتحاري نفسه عند حاجز للشرطة في قضاء هيت غربي الأنبار", "هيت", "IQ-AN", (33.64, 42.83)),
    ("اعتقلت القوات الأمنية ثلاثة مطلوبين في قضاء الخالص شمال بعقوبة", "الخالص", "IQ-DI", (33.81, 44.53)),
    ("قتل شرطي بانفجار عبوة ناسفة في ناحية هبهب غرب بعقوبة", "هبهب", "IQ-DI", (33.80, 44.57)),
    ("هاجم مسلحو داعش نقطة للجيش قرب ناحية آمرلي شرق صلاح الدين", "آمرلي", "IQ-SD", (34.72, 44.59)),
    ("قصفت المدفعية التركية محيط ناحية سيد صادق في السليمانية", "سيد صادق", "IQ-SU", (35.35, 45.87)),
    ("شنت طائرات التحالف غارات على مواقع للحوثيين في مديرية أرحب شمال صنعاء", "أرحب", "YE-SN", (15.70, 44.25)),
    # «ناحية X» in Iraq is the nahiya's seat town (no Iraqi sub-districts in the gazetteer), not a
    # Syrian sub-district of the same name.
    ("أحبطت قوات حرس الحدود محاولة تسلل قرب ناحية ربيعة شمال غرب نينوى", "ربيعة", "IQ-NI", (36.80, 42.10)),
    ("تواصلت المعارك بين الجيش والحوثيين في جبهة فرضة نهم شرق العاصمة", "نهم", "YE-SN", (15.50, 44.60)),
]


@pytest.mark.parametrize("text,name,admin1,point", SEATS)
def test_seat_resolves(resolver, text, name, admin1, point):
    assert_resolves_near(resolver, text, name, admin1, point, km=15)


def test_stop_word_stays_a_word_without_a_cue(resolver):
    """«هيت لك»: spaCy's stop word, a place only after a place word or a preposition."""
    assert resolver.find(normalise("قالت هيت لك")) == []
