"""A city's quarters named in a list after «أحياء» or «حيي»: the gazetteer keeps them as
«حي X», and a town or a governorate of the same name elsewhere is not meant. Our own sentences.
"""

from __future__ import annotations

import pytest

from rasad import extract
from rasad.places import get_resolver
from rasad.text.normalise import normalise


@pytest.mark.parametrize("text,hint,expected", [
    ("سقطت قذائف صاروخية على أحياء الحمدانية وصلاح الدين والميدان غربي مدينة حلب", "SY",
     {"الحمدانية": "SY-HL", "صلاح الدين": "SY-HL"}),
    ("استهدفت الفصائل بقذائف الهاون حيي السليمانية والعزيزية في حلب", "SY",
     {"السليمانية": "SY-HL", "العزيزية": "SY-HL"}),
    ("قصفت مدفعية النظام أحياء الحمدانية وصلاح الدين في مدينة حلب", None,
     {"الحمدانية": "SY-HL", "صلاح الدين": "SY-HL"}),
    ("سقطت قذائف على حي الشيخ ياسين وحي الحويقة في مدينة دير الزور", "SY",
     {"حي الشيخ ياسين": "SY-DY", "حي الحويقة": "SY-DY"}),
])
def test_quarters_listed_after_their_word_are_the_citys(text: str, hint: str | None, expected: dict[str, str]) -> None:
    found = {p.text: p.admin1_code for p in get_resolver().find(normalise(text), hint)}
    for name, code in expected.items():
        assert found.get(name) == code, (name, found)


@pytest.mark.parametrize("text,hint,name,code", [
    ("اشتباكات عنيفة في قضاء الحمدانية شرق الموصل", "IQ", "قضاء الحمدانية", "IQ-NI"),
    ("تظاهر المئات في محافظة صلاح الدين للمطالبة بالخدمات", "IQ", "صلاح الدين", "IQ-SD"),
    ("قصفت الطائرات حي الميدان في دمشق", "SY", "حي الميدان", "SY-DI"),
])
def test_the_same_names_elsewhere_keep_their_reading(text: str, hint: str, name: str, code: str) -> None:
    found = {p.text: p.admin1_code for p in get_resolver().find(normalise(text), hint)}
    assert found.get(name) == code, found


def test_a_quarter_named_again_alone_is_the_same_quarter() -> None:
    text = ("حلب - استهدفت المجموعات المسلحة صباح اليوم بالقذائف أحياء الحمدانية وصلاح الدين، "
            "ما أدى إلى مقتل أربعة مدنيين في الحمدانية.")
    strikes = [e for e in extract(text, "2016-08-20")["events"] if e["event_type"] == "Explosions/Remote violence"]
    hamdaniya = [e for e in strikes if e["location"] and "الحمدانية" in e["location"]["name_ar"]]
    assert hamdaniya and all(e["location"]["admin1_code"] == "SY-HL" for e in hamdaniya)
    assert hamdaniya[0]["fatalities"] == 4


@pytest.mark.parametrize("text,name,gazetteer_id", [
    # «الميدان» is no key of its own (a common word): after «أحياء» it is the quarter «حي الميدان»
    # of the city the text names, Aleppo's here and Damascus's there.
    ("سقطت قذائف صاروخية على أحياء الميدان والسليمانية والموكامبو في مدينة حلب", "الميدان", "rasad:sy-al-midan-aleppo"),
    ("سقطت قذائف هاون على أحياء الميدان وباب سريجة في مدينة دمشق", "الميدان", "rasad:sy-al-midan-damascus"),
])
def test_a_quarter_known_only_as_hay_x(text: str, name: str, gazetteer_id: str) -> None:
    from rasad.places.unlisted import with_unlisted

    norm = normalise(text)
    found = {p.text: p.gazetteer_id for p in with_unlisted(norm, get_resolver().find(norm))}
    assert found.get(name) == gazetteer_id, found


def test_with_no_city_named_two_quarters_of_one_name_are_neither() -> None:
    """(guard) Aleppo and Damascus both have a «حي الميدان»: with no city named, null beats a guess."""
    from rasad.places.unlisted import with_unlisted

    norm = normalise("سقطت قذائف على أحياء الميدان والموكامبو")
    found = {p.text: p.gazetteer_id for p in with_unlisted(norm, get_resolver().find(norm, "SY"))}
    assert found.get("الميدان") is None
