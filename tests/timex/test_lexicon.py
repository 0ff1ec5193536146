"""The time YAML: its shape, and its month names against CLDR when the copy is present."""

from __future__ import annotations

import csv
from pathlib import Path

import pytest

from rasad.text.normalise import normalise_phrase
from rasad.timex.lexicon import CONVENTIONS, load_lexicon

CLDR = Path("/work/shared/data/cldr-arabic-calendar-names")


def test_every_month_has_every_convention() -> None:
    lex = load_lexicon()
    assert set(lex.gregorian.values()) == set(range(1, 13))
    for conv in CONVENTIONS:
        assert sorted(lex.gregorian_by_convention[conv]) == list(range(1, 13))
    assert set(lex.hijri.values()) == set(range(1, 13))
    assert set(lex.weekdays.values()) == set(range(7))
    assert set(lex.ordinals.values()) == set(range(1, 32))


@pytest.mark.parametrize(
    "name,month",
    [("كانون الثاني", 1), ("شباط", 2), ("آذار", 3), ("إبريل", 4), ("أفريل", 4), ("ماي", 5),
     ("جوان", 6), ("يونية", 6), ("يولية", 7), ("جويلية", 7), ("يوليوز", 7), ("آغسطس", 8),
     ("أوت", 8), ("غشت", 8), ("شتنبر", 9), ("تشرين الأول", 10), ("نونبر", 11), ("دجنبر", 12),
     ("جانفي", 1), ("فيفري", 2)],
)
def test_known_spellings(name: str, month: int) -> None:
    assert load_lexicon().gregorian[normalise_phrase(name)] == month


@pytest.mark.parametrize("name,month", [("محرم", 1), ("ربيع الآخر", 4), ("جمادى الأولى", 5),
                                        ("رمضان", 9), ("ذي القعدة", 11), ("ذو الحجة", 12)])
def test_hijri_months(name: str, month: int) -> None:
    assert load_lexicon().hijri[normalise_phrase(name)] == month


def test_month_names_cover_cldr() -> None:
    path = CLDR / "gregorian_month_names.tsv"
    if not path.exists():
        pytest.skip("CLDR month names not available")
    lex = load_lexicon()
    with open(path, encoding="utf-8") as fh:
        for row in csv.DictReader(fh, delimiter="\t"):
            for column in ("wide_format", "wide_standalone", "abbreviated_format"):
                name = normalise_phrase(row[column])
                assert lex.gregorian.get(name) == int(row["month"]), (row["locale"], row[column])


def test_weekdays_cover_cldr() -> None:
    path = CLDR / "weekday_names.tsv"
    if not path.exists():
        pytest.skip("CLDR weekday names not available")
    lex = load_lexicon()
    with open(path, encoding="utf-8") as fh:
        for row in csv.DictReader(fh, delimiter="\t"):
            assert lex.weekdays[normalise_phrase(row["wide_format"])] == int(row["weekday_iso_0_is_monday"])
