"""Score the time stage on a table of date expressions (the columns of tests/timex/cases.tsv:
sentence, published, expected_text, date, precision, end_date).

One function for the tests, `rasad eval-time` and anyone re-measuring a table written by
another author, so the figures reported are computed one way. A row is:
- *found* when an expression rasad reads overlaps the expected one in the sentence;
- *exact* when one has the expected text;
- *right* when the overlapping expression (the exact one first) resolves to the expected
  date, precision and, for ranges, last day. This is the headline figure: an expression read
  a word shorter or longer than the table's author wrote it still dates the event.
"""

from __future__ import annotations

import csv
from collections import Counter
from dataclasses import dataclass, field
from datetime import date
from pathlib import Path
from typing import Iterable

from rasad.timex.finder import find_time_expressions

COLUMNS = ("sentence", "published", "expected_text", "date", "precision", "end_date")


class TableError(ValueError):
    """A table rasad cannot score: a missing column, or an expected text not in its sentence."""


@dataclass
class TimeScore:
    rows: int = 0
    found: int = 0
    exact: int = 0
    right: int = 0
    by_precision: Counter[str] = field(default_factory=Counter)
    right_by_precision: Counter[str] = field(default_factory=Counter)
    fails: list[str] = field(default_factory=list)

    def rate(self, what: str = "right") -> float:
        return getattr(self, what) / self.rows if self.rows else 0.0

    def as_dict(self) -> dict[str, object]:
        return {"rows": self.rows, "found": self.found, "exact_span": self.exact, "right": self.right,
                "accuracy": round(self.rate(), 4), "found_rate": round(self.rate("found"), 4),
                "exact_span_rate": round(self.rate("exact"), 4),
                "accuracy_by_precision": {p: {"n": n, "right": self.right_by_precision[p],
                                              "accuracy": round(self.right_by_precision[p] / n, 4)}
                                          for p, n in sorted(self.by_precision.items())},
                "fails": self.fails}


def load_time_table(path: Path) -> list[dict[str, str]]:
    """Rows of a time table ('#' comment lines and blank lines skipped), checked."""
    with path.open(encoding="utf-8") as fh:
        lines = [ln for ln in fh if ln.strip() and not ln.startswith("#")]
    rows = list(csv.DictReader(lines, delimiter="\t", quoting=csv.QUOTE_NONE))
    if rows and (missing := [c for c in COLUMNS[:5] if c not in rows[0]]):
        raise TableError(f"{path}: no column {', '.join(missing)} (columns: {', '.join(COLUMNS)})")
    for i, row in enumerate(rows, 1):
        if (row.get("expected_text") or "") not in (row.get("sentence") or "") or not row.get("expected_text"):
            raise TableError(f"{path}: row {i}: expected_text {row.get('expected_text')!r} is not in its sentence")
    return rows


def _null(value: str | None) -> str | None:
    return None if value in (None, "", "null") else value


def check_time_row(row: dict[str, str]) -> tuple[bool, bool, bool, str | None]:
    """(found, exact, right, why not right) for one row."""
    sentence, expected = row["sentence"], row["expected_text"]
    published = date.fromisoformat(row["published"]) if _null(row.get("published")) else None
    lo = sentence.find(expected)
    hi = lo + len(expected)
    found = find_time_expressions(sentence, published)
    exact = [t for t in found if t.text == expected and t.start == lo]
    near = exact or [t for t in found if t.start < hi and lo < t.end]
    want = (_null(row.get("date")), _null(row.get("precision")), _null(row.get("end_date")))
    if not near:
        return False, False, False, f"{expected!r} not read (read: {[t.text for t in found]})"
    t = near[0]
    got = (t.iso(), t.precision, t.end_date.isoformat() if t.end_date else None)
    if want[2] is None:
        got = got[:2] + (None,)
    if got == want:
        return True, bool(exact), True, None
    return True, bool(exact), False, f"{expected!r} read {t.text!r} as {got}, not {want}"


def score_time_table(rows: Iterable[dict[str, str]]) -> TimeScore:
    s = TimeScore()
    for row in rows:
        found, exact, right, why = check_time_row(row)
        precision = _null(row.get("precision")) or "null"
        s.rows += 1
        s.found += found
        s.exact += exact
        s.right += right
        s.by_precision[precision] += 1
        s.right_by_precision[precision] += right
        if why is not None:
            s.fails.append(f"[{row.get('published') or 'no dateline'}] {why} — {row['sentence']}")
    return s
