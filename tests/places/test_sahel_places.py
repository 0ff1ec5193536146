"""Towns and regions of the Sahel and the Lake Chad basin (rasad/data/places/sites_ml.tsv,
sites_bf.tsv, sites_ne.tsv, sites_td.tsv, sites_ng.tsv; regions in admin1.tsv). Coordinates are
public facts; the table checks region and distance. Our own sentences."""

from __future__ import annotations

import pytest

from rasad.text.normalise import normalise

from .conftest import assert_resolves_near

TOWNS = [
    ("قتل جنديان في انفجار لغم استهدف دورية قرب مدينة غاو شمالي مالي", "غاو", "ML-7", (16.27, -0.04)),
    ("أعلن الجيش المالي إحباط هجوم على معسكره في تمبكتو", "تمبكتو", "ML-6", (16.77, -3.01)),
    ("سيطر المتمردون على معسكر الجيش في بلدة تساليت بمنطقة كيدال", "تساليت", "ML-8", (20.20, 1.01)),
    ("هاجم مسلحون قرية قرب بلدة دوينتزا وسط البلاد", "دوينتزا", "ML-5", (15.01, -2.95)),
    ("تظاهر مئات في باماكو تأييداً للمجلس العسكري", "باماكو", "ML-BKO", (12.65, -8.00)),
    ("قتل 20 جندياً في هجوم على موقع للجيش قرب جيبو شمالي بوركينا فاسو", "جيبو", "BF-12", (14.10, -1.63)),
    ("حاصر المسلحون مدينة أربيندا منذ أشهر", "أربيندا", "BF-12", (14.23, -0.87)),
    ("قتل عشرات المدنيين في هجوم على بلدة بارسالوغو", "بارسالوغو", "BF-05", (13.42, -1.06)),
    ("شهدت العاصمة واغادوغو إطلاق نار كثيف قرب الثكنات", "واغادوغو", "BF-03", (12.36, -1.53)),
    ("قتل 17 جندياً نيجرياً في كمين قرب بلدة تيلابيري", "تيلابيري", "NE-6", (14.21, 1.45)),
    ("هاجم مسلحون من بوكو حرام بلدة بوسو في منطقة ديفا", "بوسو", "NE-2", (13.70, 13.31)),
    ("تظاهر الآلاف في نيامي ضد الوجود العسكري الفرنسي", "نيامي", "NE-8", (13.51, 2.11)),
    ("قتل جنود تشاديون في هجوم على موقع للجيش في جزيرة قرب بلدة بول", "بول", "TD-LC", (13.47, 14.71)),
    ("وصل آلاف اللاجئين السودانيين إلى مدينة أدري شرقي تشاد", "أدري", "TD-OD", (13.47, 22.20)),
    ("هاجم مقاتلو تنظيم الدولة قاعدة عسكرية في مونغونو بولاية بورنو", "مونغونو", "NG-BO", (12.67, 13.61)),
    ("انفجرت عبوة ناسفة في سوق بمدينة مايدوغوري", "مايدوغوري", "NG-BO", (11.85, 13.16)),
    # Cameroon's Far North, on Lake Chad
    ("قتل ثلاثة قرويين في هجوم لمسلحين من بوكو حرام على قرية قرب بلدة كولوفاتا", "كولوفاتا", "CM-EN", (11.00, 14.03)),
    # the spellings outlets use besides the first
    ("هاجم مسلحون موقعاً عسكرياً في نسومبو شمالي بوركينا فاسو", "نسومبو", "BF-12", (14.50, -1.68)),
    ("قتل خمسة قرويين في هجوم على قرية منصيلا شرقي البلاد", "منصيلا", "BF-12", (13.43, 0.67)),
]


@pytest.mark.parametrize("text,name,admin1,point", TOWNS)
def test_sahel_towns(resolver, text: str, name: str, admin1: str, point: tuple[float, float]) -> None:
    assert_resolves_near(resolver, text, name, admin1, point, 25)


@pytest.mark.parametrize("text,admin1", [
    ("هاجم مسلحون قرى في منطقة ميناكا قرب الحدود مع النيجر", "ML-9"),
    ("نفذ الجيش عملية عسكرية في إقليم البحيرة غربي تشاد", "TD-LC"),
    ("قتل عشرات في هجمات بولاية بورنو شمال شرقي نيجيريا", "NG-BO"),
    ("هاجم مسلحون قرية في أقصى شمال الكاميرون قرب الحدود مع نيجيريا", "CM-EN"),
])
def test_sahel_regions(resolver, text: str, admin1: str) -> None:
    assert admin1 in {m.admin1_code for m in resolver.find(normalise(text))}


@pytest.mark.parametrize("text,word", [
    ("لا أدري ما الذي حدث هناك، قال أحد السكان", "أدري"),
    ("يشارك الفريق في دوري أبطال أفريقيا هذا الموسم", "دوري"),
    ("حضر الاجتماع الرئيس بول كاغامي", "بول"),
])
def test_sahel_names_that_are_words(resolver, text: str, word: str) -> None:
    """A Sahel town whose name is also a word or a person's name is no place when told bare."""
    assert not any(word in m.text for m in resolver.find(normalise(text)))
