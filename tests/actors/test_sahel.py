"""State forces and armed groups of the Sahel and the Lake Chad basin (rasad/data/actors/sahel.yaml,
branches in linking.tsv). Our own sentences in the style of Mauritanian, pan-Arab and agency prose."""

from __future__ import annotations

import pytest

from rasad.actors.linker import link_json


@pytest.mark.parametrize("published,country,text,actor_id", [
    ("2023-09-14", "ML", "قالت القوات المسلحة المالية إن وحداتها صدت هجوماً على معسكرها في بير", "ml.military"),
    ("2022-03-02", "ML", "اتهم سكان الجيش المالي بإعدام رعاة في منطقة موبتي", "ml.military"),
    ("2023-09-14", "ML", "تبنت جماعة نصرة الإسلام والمسلمين الهجوم على قافلة للجيش قرب غاو", "int.jnim"),
    ("2019-11-02", "ML", "أعلن تنظيم الدولة في الصحراء الكبرى مسؤوليته عن الهجوم على معسكر إنديليمان", "int.is_sahel"),
    # An international group in a Sahel country is its branch there.
    ("2022-06-20", "ML", "قتل مسلحون يعتقد أنهم من داعش عشرات المدنيين في منطقة ميناكا", "int.is_sahel"),
    ("2018-06-30", "ML", "فجر انتحاري من تنظيم القاعدة سيارة مفخخة قرب مقر القوة المشتركة في سيفاري", "int.jnim"),
    ("2021-01-10", "NE", "قتل مسلحون من تنظيم الدولة أكثر من مئة قروي في قريتين قرب والام", "int.is_sahel"),
    ("2020-05-10", "TD", "شن مقاتلو تنظيم الدولة هجوماً على موقع للجيش في جزيرة ببحيرة تشاد", "int.iswap"),
    ("2015-02-14", "NG", "هاجم مسلحو بوكو حرام بلدة باغا على ضفاف بحيرة تشاد", "int.boko_haram"),
    ("2019-01-03", "NG", "قال تنظيم ولاية غرب أفريقيا إنه سيطر على قاعدة عسكرية في بلدة باغا", "int.iswap"),
    ("2022-08-15", "BF", "قتل 15 من متطوعي الدفاع عن الوطن في كمين قرب جيبو", "bf.vdp"),
    ("2022-08-15", "BF", "شن الجيش البوركيني غارات على مواقع المسلحين قرب دوري", "bf.military"),
    ("2023-08-15", "NE", "قال الجيش النيجري إنه قتل عشرات المسلحين قرب الحدود مع مالي", "ne.military"),
    ("2021-04-20", "TD", "أعلن الجيش التشادي مقتل 300 متمرد من جبهة التناوب والوفاق في تشاد في إقليم كانم", "ly.fact"),
    ("2024-02-01", "ML", "قصفت مسيرات الجيش المالي مواقع للإطار الاستراتيجي الدائم قرب تينزاواتين", "ml.csp"),
    ("2012-04-06", "ML", "أعلنت الحركة الوطنية لتحرير أزواد استقلال شمال مالي", "ml.mnla"),
    ("2019-03-24", "ML", "اتهمت منظمات حقوقية ميليشيا دان نا أمباساغو بالهجوم على قرية أوغوساغو", "ml.dan_na_ambassagou"),
])
def test_sahel_actors(published: str, country: str, text: str, actor_id: str) -> None:
    ids = [m["actor_id"] for m in link_json(text, published, country)]
    assert actor_id in ids


@pytest.mark.parametrize("country,actor_id", [("ML", "ml.wagner"), ("LY", "ly.wagner")])
def test_one_name_two_countries(country: str, actor_id: str) -> None:
    """«فاغنر» is the Wagner Group of the article's country: Mali's in Malian news, Libya's in Libyan."""
    ids = [m["actor_id"] for m in link_json("اتهم شهود عيان عناصر من مجموعة فاغنر بقتل مدنيين", "2022-04-01", country)]
    assert actor_id in ids


def test_financial_is_no_malian() -> None:
    """«مالي» is also "financial": a ministry's financial report names no Malian actor."""
    ids = [m["actor_id"] for m in link_json("أصدرت الوزارة تقريرها المالي السنوي وقالت إن العجز المالي تراجع", "2022-04-01", "EG")]
    assert not any(i.startswith("ml.") for i in ids)
