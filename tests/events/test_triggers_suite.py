"""Recall of assaults and protests on our own sentence suite, through `rasad.extract`.

`assault_protest_sentences.tsv` holds sentences we wrote in the style of Arabic newspapers
of a dozen countries (2007–2011), each coded ASSAULT (any Battles, Explosions/Remote
violence or Violence against civilians event), PROTEST (Protests or Riots) or NONE (sport,
diplomacy, court rulings, drones bought or unveiled, debates: no event at all). The floors
below hold the measured figures with a small margin; print them with

    python tests/events/test_triggers_suite.py
"""

from __future__ import annotations

import csv
import sys
from functools import lru_cache
from pathlib import Path

import pytest

from rasad import extract

SUITE = Path(__file__).with_name("assault_protest_sentences.tsv")
CATEGORY = {"Battles": "ASSAULT", "Explosions/Remote violence": "ASSAULT", "Violence against civilians": "ASSAULT",
            "Protests": "PROTEST", "Riots": "PROTEST"}
# Floors: overall recall, protest recall, either category typed only as the other, NONE without events.
FLOOR_RECALL = 0.90
FLOOR_PROTEST = 0.85
CEILING_CROSS = 0.05
FLOOR_NONE_CLEAN = 0.90


def _rows() -> list[dict[str, str]]:
    with open(SUITE, encoding="utf-8", newline="") as fh:
        return list(csv.DictReader(fh, delimiter="\t", quoting=csv.QUOTE_NONE))


@lru_cache(maxsize=1)
def results() -> list[tuple[dict[str, str], set[str], int]]:
    """Each row with the categories of the events rasad gives and how many events."""
    out = []
    for row in _rows():
        events = extract(row["text"], published=row["published"])["events"]
        out.append((row, {CATEGORY.get(e["event_type"], "OTHER") for e in events}, len(events)))
    return out


def figures() -> dict[str, float]:
    res = results()
    by = {c: [(cats, n) for row, cats, n in res if row["category"] == c] for c in ("ASSAULT", "PROTEST", "NONE")}
    coded = by["ASSAULT"] + by["PROTEST"]
    hit = sum(1 for row, cats, _ in res if row["category"] != "NONE" and row["category"] in cats)
    other = {"ASSAULT": "PROTEST", "PROTEST": "ASSAULT"}
    return {
        "recall": hit / len(coded),
        "recall_assault": sum("ASSAULT" in c for c, _ in by["ASSAULT"]) / len(by["ASSAULT"]),
        "recall_protest": sum("PROTEST" in c for c, _ in by["PROTEST"]) / len(by["PROTEST"]),
        # typed only as the other category (the event found, its type wrong)
        **{f"{k.lower()}_as_{v.lower()}": sum(v in c and k not in c for c, _ in by[k]) / len(by[k]) for k, v in other.items()},
        # given the other category at all, beside its own or not
        **{f"{k.lower()}_with_{v.lower()}": sum(v in c for c, _ in by[k]) / len(by[k]) for k, v in other.items()},
        "none_clean": sum(n == 0 for _, n in by["NONE"]) / len(by["NONE"]),
        "n_assault": len(by["ASSAULT"]), "n_protest": len(by["PROTEST"]), "n_none": len(by["NONE"]),
    }


def test_suite_shape() -> None:
    rows = _rows()
    assert len(rows) >= 200
    assert {r["category"] for r in rows} == {"ASSAULT", "PROTEST", "NONE"}
    assert len({r["country"] for r in rows}) >= 6
    assert len({r["id"] for r in rows}) == len(rows)
    assert all(r["text"] and r["published"] for r in rows)


def test_recall_floors() -> None:
    f = figures()
    assert f["recall"] >= FLOOR_RECALL, f
    assert f["recall_protest"] >= FLOOR_PROTEST, f


def test_categories_kept_apart() -> None:
    f = figures()
    assert f["assault_as_protest"] <= CEILING_CROSS, f
    assert f["protest_as_assault"] <= CEILING_CROSS, f


def test_negatives_stay_quiet() -> None:
    assert figures()["none_clean"] >= FLOOR_NONE_CLEAN, figures()


if __name__ == "__main__":
    for key, value in figures().items():
        print(f"{key:22} {value:.3f}" if isinstance(value, float) else f"{key:22} {value}")
    if "-v" in sys.argv:
        for row, cats, n in results():
            want = row["category"]
            bad = (want == "NONE" and n) or (want != "NONE" and want not in cats)
            if bad:
                print(f"MISS {row['id']:8} want {want:8} got {sorted(cats) or '-'}  {row['text'][:110]}")
