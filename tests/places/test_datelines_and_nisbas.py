"""Two ways an article says where it is without a preposition: the place that opens its
dateline («الجزائر - …»), and nationality adjectives («العاصمة الجزائرية») that make a
hamlet of another country a mere namesake. Sentences written for these tests."""

from __future__ import annotations

import pytest

from rasad.places import get_resolver
from rasad.text.normalise import normalise


@pytest.mark.parametrize(
    "text,name,country,admin1",
    [
        # names that need a cue elsewhere («الجزائر» is also "the islands", «المنصورة» a word)
        ("الجزائر - خرج آلاف المحتجين إلى الشوارع بعد صلاة الجمعة", "الجزائر", "DZ", "DZ-16"),
        ("المنصورة - تظاهر العشرات من طلاب الجامعة أمام مبنى المحافظة", "المنصورة", "EG", "EG-DK"),
        ("الباب، 3 أيار 2018 - قتل مدنيان بقصف مدفعي على الأحياء الشرقية", "الباب", "SY", "SY-HL"),
        ("الأبيض - أطلقت قوات الأمن الغاز المسيل للدموع على المحتجين", "الأبيض", "SD", "SD-KN"),
        ("عنوان الخبر\nالجزائر (واج) - أعلنت وزارة الدفاع توقيف ثلاثة عناصر دعم", "الجزائر", "DZ", "DZ-16"),
    ],
)
def test_dateline_place(text: str, name: str, country: str, admin1: str) -> None:
    found = get_resolver().find(normalise(text))
    assert [(p.text, p.country, p.admin1_code) for p in found][:1] == [(name, country, admin1)]


@pytest.mark.parametrize(
    "text",
    [
        "وقال المتحدث إن الباب - كما قال - ما زال مفتوحا أمام الحوار",  # mid-sentence: no dateline
        "وأكد أن الجزائر - وهي دولة جارة - ترفض أي تدخل",
    ],
)
def test_no_dateline_mid_line(text: str) -> None:
    assert get_resolver().find(normalise(text)) == []


@pytest.mark.parametrize(
    "text,countries",
    [
        ("خرج آلاف المتظاهرين في العاصمة الجزائرية وفرقتهم الشرطة قرب ساحة البريد المركزي", {"DZ"}),
        ("نظم عشرات المعطلين وقفة أمام البرلمان في العاصمة المغربية قرب ساحة البريد", {"MA"}),
    ],
)
def test_nisba_silences_a_hamlet_abroad(text: str, countries: set[str]) -> None:
    """«البريد» is a Yemeni hamlet's name; in an Algerian or Moroccan report it is a square (of
    the capital the text names: rasad/places/capitals.py)."""
    assert {p.country for p in get_resolver().find(normalise(text))} == countries
