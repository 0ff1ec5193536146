"""Held-out villages and districts (heldout.tsv): admin1 right and within 25 km of the open-data point.

The table was written once and is never tuned on; the gate sits just under the rate measured
when it was added, so a change that loses villages fails here."""

from __future__ import annotations

from pathlib import Path

from rasad.places.scoring import load_table, score_table

ROWS = load_table(Path(__file__).with_name("heldout.tsv"))
GATE = 0.94  # 95.7 % with the Who's On First villages (89.7 % before them, 83.6 % when the table was added)


def test_heldout_table_shape():
    assert len(ROWS) >= 100
    assert len({r["country"] for r in ROWS}) >= 6
    assert all(r["target"] in r["sentence"] for r in ROWS)


def test_heldout_accuracy(resolver):
    s = score_table(resolver, ROWS)
    per = ", ".join(f"{cc} {s.right_by_country[cc]}/{n}" for cc, n in sorted(s.by_country.items()))
    print(f"\nheld-out places: {s.rate:.1%} of {s.rows} ({per})")
    assert s.rate >= GATE, "\n".join(s.fails)



ROWS2 = load_table(Path(__file__).with_name("heldout2.tsv"))
GATE2 = 0.89  # 92.0 % now, 91.3 % when added (90.7 % on its first run)


def test_second_heldout_table(resolver):
    """A second author's table (tests/places/heldout2.tsv), scored the same way."""
    assert len(ROWS2) >= 100 and all(r["target"] in r["sentence"] for r in ROWS2)
    s = score_table(resolver, ROWS2)
    print(f"\nsecond held-out places: {s.rate:.1%} of {s.rows}")
    assert s.rate >= GATE2, "\n".join(s.fails)
