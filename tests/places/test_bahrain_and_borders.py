"""Bahrain's towns and governorates as drawn in 2014 (rasad/data/places/sites_bh.tsv; the ISO
package's Arabic names for Bahrain are shuffled, so admin1.tsv names them), the border of a
country named as geography, and a Syrian town under a Turkish dateline. Our own sentences."""

from __future__ import annotations

import pytest

from rasad import extract
from rasad.text.normalise import normalise

from .conftest import assert_resolves_near

TOWNS = [
    ("المنامة - فرقت قوات الأمن مسيرة قرب الدوار صباح اليوم", "المنامة", "BH-13", (26.23, 50.59)),
    ("اعتصم آلاف المحتجين في دوار اللؤلؤة وسط العاصمة", "دوار اللؤلؤة", "BH-13", (26.23, 50.55)),
    ("خرجت مسيرة في مدينة المحرق تطالب بالإفراج عن المعتقلين", "المحرق", "BH-15", (26.26, 50.61)),
    ("أغلق محتجون الشارع الرئيسي في الرفاع", "الرفاع", "BH-14", (26.13, 50.56)),
    ("تظاهر العشرات في مدينة حمد مساء الجمعة", "مدينة حمد", "BH-17", (26.12, 50.51)),
    ("شيع الآلاف في قرية كرزكان شاباً قتل أمس", "كرزكان", "BH-17", (26.18, 50.48)),
]


@pytest.mark.parametrize("text,name,admin1,point", TOWNS)
def test_bahrain_towns(resolver, text: str, name: str, admin1: str, point: tuple[float, float]) -> None:
    assert_resolves_near(resolver, text, name, admin1, point, 10)


@pytest.mark.parametrize("text,word", [
    ("دعا المجلس إلى الحد من استخدام القوة", "الحد"),
    ("يطالب المحتجون بمستوى عالي من الحريات", "عالي"),
])
def test_bahraini_names_that_are_words(resolver, text: str, word: str) -> None:
    assert not any(m.text == word for m in resolver.find(normalise(text)))


@pytest.mark.parametrize("text,published,place,actors", [
    # The country a crossing borders is neither the act's place nor a party to it.
    ("كوباني - فجر انتحاري عربة مفخخة قرب المعبر الحدودي مع تركيا صباح اليوم.", "2014-11-29",
     "كوباني", (None, None)),
    # A Syrian town that names its district stands under a Turkish dateline.
    ("أنقرة - قصفت المدفعية التركية مواقع لوحدات حماية الشعب في عفرين، وقالت تركيا إنها ردت على قذائف.",
     "2016-02-14", "عفرين", ("int.turkey_military", "sy.ypg")),
])
def test_borders_and_datelines(text: str, published: str, place: str, actors: tuple) -> None:
    e = extract(text, published)["events"][0]
    assert ((e["location"] or {}).get("name_ar"), (e["actor1"], e["actor2"])) == (place, actors)


@pytest.mark.parametrize("text,published,place,admin1", [
    # The one quarter of that name keeps its governorate; the last sentence's city does not hold it.
    ("القاهرة - قتلت قوات الأمن تسعة مسلحين في شقة بمدينة السادس من أكتوبر. وتأتي هذه التطورات بعد "
     "يومين من تفجير سيارة مفخخة استهدف موكب النائب العام في حي مصر الجديدة.", "2015-07-02",
     "مصر الجديدة", "EG-C"),
])
def test_a_quarter_keeps_its_own_city(text: str, published: str, place: str, admin1: str) -> None:
    places = extract(text, published)["places"]
    assert (place, admin1) in [(p["name_ar"].removeprefix("حي "), p["admin1_code"]) for p in places]


def test_a_verb_is_no_saudi_town(resolver) -> None:
    assert not resolver.find(normalise("بينما أكدت الجماعة أنهم «صُفّوا» وهم عزل خلال اجتماع"))


@pytest.mark.parametrize("text,name", [
    ("سقطت قذائف هاون على أحياء هودن ووارطيغلي وحمر ججب في العاصمة مقديشو", "حمر ججب"),
    ("ألقى مجهولون قنبلة يدوية على مطعم في حي حمر ويني", "حمر ويني"),
    ("اشتبكت القوات الحكومية مع مسلحين في مديرية دينيلي", "دينيلي"),
])
def test_mogadishu_districts(resolver, text: str, name: str) -> None:
    assert_resolves_near(resolver, text, name, "SO-BN", (2.04, 45.32), 12)


@pytest.mark.parametrize("text,present", [
    ("اغتال مسلحون يستقلون سيارة حديثة مساء أمس عضوا في مجلس المحافظة", False),  # a modern car
    ("هاجم مسلحون نقطة تفتيش في قضاء حديثة غرب الأنبار", True),
])
def test_haditha_or_modern(resolver, text: str, present: bool) -> None:
    assert any(m.text == "حديثة" for m in resolver.find(normalise(text))) == present
