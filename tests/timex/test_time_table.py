"""The time stage against a table of news-style sentences (tests/timex/cases.tsv).

Each row names one expression as written in the sentence and the date and precision it
must resolve to against the row's dateline; `benchmarks/bench_time.py` reads the same rows.
"""

from __future__ import annotations

import csv
from datetime import date
from pathlib import Path

import pytest

from rasad.timex import find_time_expressions, time_expressions_json

CASES = Path(__file__).with_name("cases.tsv")


def load_cases() -> list[dict[str, str]]:
    with open(CASES, encoding="utf-8") as fh:
        lines = [line for line in fh if line.strip() and not line.startswith("#")]
    return list(csv.DictReader(lines, delimiter="\t", quoting=csv.QUOTE_NONE))


ROWS = load_cases()


def _published(row: dict[str, str]) -> date | None:
    return date.fromisoformat(row["published"]) if row["published"] else None


def test_table_is_large_enough() -> None:
    assert len(ROWS) >= 300


@pytest.mark.parametrize("row", ROWS, ids=[f"{i}:{r['expected_text']}" for i, r in enumerate(ROWS)])
def test_case(row: dict[str, str]) -> None:
    sentence = row["sentence"]
    found = find_time_expressions(sentence, _published(row))
    hits = [t for t in found if t.text == row["expected_text"]]
    assert hits, f"{row['expected_text']!r} not found; got {[(t.text, t.iso()) for t in found]}"
    t = hits[0]
    assert sentence[t.start:t.end] == t.text
    want_date = None if row["date"] == "null" else row["date"]
    want_precision = None if row["precision"] == "null" else row["precision"]
    assert (t.iso(), t.precision) == (want_date, want_precision)
    if row.get("end_date"):
        assert t.end_date is not None and t.end_date.isoformat() == row["end_date"]


def test_json_shape() -> None:
    rows = time_expressions_json("دارت المعارك بين 3 و5 آذار 2016، ثم تجددت أمس", date(2017, 2, 18))
    assert rows == [
        {"text": "بين 3 و5 آذار 2016", "start": 13, "end": 31, "date": "2016-03-03",
         "precision": "day", "end_date": "2016-03-05"},
        {"text": "أمس", "start": 42, "end": 45, "date": "2017-02-17", "precision": "day"},
    ]


def test_month_precision_json_date_is_first_of_month() -> None:
    rows = time_expressions_json("في تشرين الأول الفائت", date(2017, 2, 18))
    assert rows[0]["date"] == "2016-10-01" and rows[0]["precision"] == "month"
