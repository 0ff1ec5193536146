"""State forces and groups of the Maghreb and Jordan (rasad/data/actors/maghreb.yaml)."""

from __future__ import annotations

import pytest

from rasad.actors.linker import link_json


@pytest.mark.parametrize("country,text,actor_id", [
    ("DZ", "قضت مفرزة للجيش الوطني الشعبي، أمس، على إرهابيين اثنين بولاية جيجل", "dz.military"),
    ("DZ", "أوقفت مصالح الدرك الوطني ثلاثة أشخاص بولاية تيزي وزو", "dz.police"),
    ("TN", "تبادلت وحدات الحرس الوطني إطلاق النار مع عناصر مسلحة بجبل الشعانبي", "tn.police"),
    ("TN", "أعلنت كتيبة عقبة بن نافع مسؤوليتها عن الهجوم", "tn.okba_ibn_nafaa"),
    ("MA", "فرقت القوات المساعدة وقفة للأساتذة أمام البرلمان", "ma.police"),
    ("MA", "أعلنت جبهة البوليساريو استهداف مواقع قرب المحبس", "ma.polisario"),
    ("MR", "أوقف الدرك الموريتاني مهربين قرب الحدود", "mr.police"),
    ("JO", "فرقت قوات الدرك الأردنية المعتصمين قرب الدوار الرابع", "jo.police"),
    # «الجيش الوطني» is each country's own: the LNA in Libya, the army in Tunisia and Yemen.
    ("LY", "قصفت طائرات الجيش الوطني مواقع القوة الثالثة في تمنهنت", "ly.lna"),
    ("TN", "تبادلت وحدات الجيش الوطني إطلاق النار مع مسلحين بجبل سمامة", "tn.military"),
    ("YE", "تقدم الجيش الوطني في جبهة صرواح", "ye.military"),
])
def test_maghreb_and_jordan(country: str, text: str, actor_id: str) -> None:
    ids = [m["actor_id"] for m in link_json(text, "2019-05-01", country)]
    assert actor_id in ids


def test_possessive_team_is_no_unit() -> None:
    """«فرقه» («his teams») is no «فرقة» (a division) named by the verb after it."""
    ids = [m["actor_id"] for m in link_json("قال مدير الدفاع المدني إن فرقه انتشلت 19 جثة من تحت الأنقاض", "2018-01-06", "SY")]
    assert not any(i.startswith("new:") for i in ids)
