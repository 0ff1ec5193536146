"""OCHA's Syrian communities in the bundled gazetteer: villages found where the text marks them
as places, never where their names are plain words, and never over the country the article is in."""

from __future__ import annotations

import pytest

from rasad.text.normalise import normalise

FOUND = [
    # sentence, name, admin1, precision
    ("ألقى الطيران المروحي براميل متفجرة على قرية سوحا في ريف حماة الشرقي", "سوحا", "SY-HM", 1),
    ("دارت اشتباكات على أطراف قرى أم الكيف والدردارة وتل طويل شمال غربي بلدة تل تمر", "تل طويل", "SY-HA", 1),
    ("قصفت المدفعية التركية بلدة جب الشامي شرق حمص", "جب الشامي", "SY-HI", 1),
    ("عثر الأهالي على جثة شاب في قرية الصالحية بريف الحسكة", "الصالحية", "SY-HA", 1),
    # the hamlet of that name lies in Idlib: «بريف اللاذقية» keeps the village in Latakia
    ("اشتباكات في الصالحية بريف اللاذقية", "الصالحية", "SY-LA", 2),
    # the people of a village name it as a place
    ("تظاهر أهالي سوحا احتجاجاً على انقطاع مياه الشرب منذ أسبوع", "سوحا", "SY-HM", 1),
]


@pytest.mark.parametrize("sentence,name,admin1,precision", FOUND)
def test_village_found(resolver, sentence: str, name: str, admin1: str, precision: int) -> None:
    m = next(m for m in resolver.find(normalise(sentence)) if name in m.text)
    assert (m.admin1_code, m.geo_precision) == (admin1, precision)
    # A village of the lists (OCHA's or Who's On First's, whichever holds it nearer) at precision 1.
    assert (m.gazetteer_id or "").startswith(("ocha:", "wof:")) == (precision == 1)


PLAIN_WORDS = [
    ("قتل شاب في العشرين من عمره برصاص مجهولين في ساحة البلدة", "عمره"),
    ("أصيب ثلاثة مدنيين بجروح متفاوتة جراء انفجار عبوة ناسفة", "جروح"),
    ("هتف المتظاهرون مطالبين بإسقاط الحكومة ورحيل المحافظ", "اسقاط"),
    ("فر المهاجمون نحو بساتين المنطقة من دون تسجيل خسائر", "بساتين"),
    ("سلمت قوات البيشمركة مقر محافظة كركوك وقاعدة كي وان العسكرية", "قاعده"),
    ("تسلمت القوات مقر المحافظة وقاعدة عسكرية قريبة", "قاعده"),  # «و» joins, a place word names
]


def test_a_place_word_keeps_the_names_first_letter(resolver) -> None:
    """«بلدة ببنين»: after a place word the «ب» is the name's own (Bebnine, Akkar), not «ب» + «بنين»."""
    found = [m for m in resolver.find(normalise("اعتدى شبان على مخيم للنازحين في بلدة ببنين أمس")) if "بنين" in m.text]
    assert all(m.text == "ببنين" for m in found)


@pytest.mark.parametrize("sentence,word", PLAIN_WORDS)
def test_plain_word_is_no_village(resolver, sentence: str, word: str) -> None:
    assert not [m for m in resolver.find(normalise(sentence)) if word in normalise(m.text).text]


def test_hamlet_namesake_does_not_take_a_town_abroad(resolver) -> None:
    """«جرادة» is a Syrian hamlet and a Moroccan town of 40,000: with nothing else saying
    where, the town; with Morocco named, surely the town."""
    for sentence in ("مواجهات في مدينة جرادة بعد تفريق اعتصام قرب آبار الفحم",
                     "تظاهر مئات الشبان في مدينة جرادة شرق المغرب"):
        m = next(m for m in resolver.find(normalise(sentence)) if "جرادة" in m.text)
        assert m.admin1_code == "MA-02"


def test_a_district_is_no_syrian_hamlet(resolver) -> None:
    """Syria has no «قضاء»: «قضاء الحويجة» is Kirkuk's, not the Hama hamlet of that name."""
    m = next(m for m in resolver.find(normalise("اشتباكات عنيفة في قضاء الحويجة جنوب غرب كركوك")) if "الحويجة" in m.text)
    assert m.admin1_code == "IQ-KI"


@pytest.mark.parametrize("sentence,name,admin1", [
    ("اندلعت اشتباكات عنيفة في أبين بين قوات الانتقالي والقوات الحكومية", "أبين", "YE-AB"),
    ("خرجت تظاهرات في القادسية احتجاجاً على انقطاع الكهرباء", "القادسية", "IQ-QA"),
])
def test_a_hamlet_does_not_outrank_a_province(resolver, sentence: str, name: str, admin1: str) -> None:
    """A Syrian hamlet that shares its name with another country's province is meant only where
    the article says so."""
    m = next(m for m in resolver.find(normalise(sentence)) if name in m.text)
    assert m.admin1_code == admin1


@pytest.mark.parametrize("sentence,name,admin1", [
    ("اعتصم الأهالي أمام مبنى البلدية في بلدة ببنين في عكار", "ببنين", "LB-AK"),
    ("قطع محتجون الطريق الدولية عند مفرق المنية في شمال لبنان", "المنية", "LB-AS"),
    ("اعتصم الأهالي عند مدخل بلدة المرج في البقاع الغربي", "المرج", "LB-BI"),
])
def test_lebanese_village(resolver, sentence: str, name: str, admin1: str) -> None:
    m = next(m for m in resolver.find(normalise(sentence)) if name in m.text)
    assert m.admin1_code == admin1 and (m.gazetteer_id or "").startswith("ochalb:")


def test_village_named_by_a_common_word(resolver) -> None:
    """«خلال» (during) names a Lebanese village only in OCHA's list: stop-listed, never a key;
    «صباح» (morning) names one too, and a Yemeni district: a place only after a place word."""
    assert "خلال" not in resolver.gaz.keys
    assert "صباح" in resolver.gaz.strong_keys
    assert not resolver.find(normalise("تجددت الاشتباكات صباح اليوم في المنطقة"))
