"""rasad's time stage against dateparser on the same table (tests/timex/cases.tsv).

rasad reads the whole sentence and must find the expected expression (same text) and
resolve it; dateparser is handed the expected expression text alone, with the row's dateline
as RELATIVE_BASE, so it is spared the finding. A row counts as correct when the date agrees
at the row's precision (day and week: the day; month: year and month; year: the year) and,
for rasad, the precision agrees too. Rows without a dateline expect null for relative dates.

Run: /work/venv/bin/python benchmarks/bench_time.py [--repeat N]
"""

from __future__ import annotations

import argparse
import csv
import time
import warnings
from datetime import date, datetime
from pathlib import Path

from rasad.timex import find_time_expressions

CASES = Path(__file__).resolve().parent.parent / "tests" / "timex" / "cases.tsv"


def load_cases() -> list[dict[str, str]]:
    with open(CASES, encoding="utf-8") as fh:
        lines = [line for line in fh if line.strip() and not line.startswith("#")]
    return list(csv.DictReader(lines, delimiter="\t", quoting=csv.QUOTE_NONE))


def published(row: dict[str, str]) -> date | None:
    return date.fromisoformat(row["published"]) if row["published"] else None


def agrees(found: date | None, row: dict[str, str]) -> bool:
    """Does `found` name the row's date at the row's precision?"""
    if row["date"] == "null":
        return found is None
    if found is None:
        return False
    return found.isoformat().startswith(row["date"])


def run_rasad(rows: list[dict[str, str]], repeat: int) -> tuple[int, float, int]:
    correct = 0
    for row in rows:
        hits = [t for t in find_time_expressions(row["sentence"], published(row))
                if t.text == row["expected_text"]]
        if hits and agrees(hits[0].date, row) and (hits[0].precision or "null") == row["precision"]:
            correct += 1
    n_expr = 0
    start = time.perf_counter()
    for _ in range(repeat):
        for row in rows:
            n_expr += len(find_time_expressions(row["sentence"], published(row)))
    return correct, time.perf_counter() - start, n_expr


def run_dateparser(rows: list[dict[str, str]], repeat: int) -> tuple[int, float, int]:
    import dateparser

    def parse(row: dict[str, str]) -> date | None:
        settings: dict = {"PREFER_DATES_FROM": "past"}
        dl = published(row)
        if dl is not None:
            settings["RELATIVE_BASE"] = datetime(dl.year, dl.month, dl.day)
        found = dateparser.parse(row["expected_text"], languages=["ar"], settings=settings)
        return found.date() if found else None

    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        parse(rows[0])  # first call loads the language data; keep it out of the timing
        correct = sum(agrees(parse(row), row) for row in rows)
        start = time.perf_counter()
        for _ in range(repeat):
            for row in rows:
                parse(row)
    return correct, time.perf_counter() - start, len(rows) * repeat


def per_article_ms(rows: list[dict[str, str]], repeat: int, size: int = 1000) -> float:
    """Milliseconds per `size`-character article: the table's sentences joined into articles.

    A worst case: every sentence of the table carries a date, real articles far fewer."""
    articles, current = [], ""
    for row in rows:
        current += row["sentence"] + ". "
        if len(current) >= size:
            articles.append(current[:size])
            current = ""
    dl = date(2017, 2, 18)
    for a in articles:  # warm-up (grammar compiled, lexicon loaded)
        find_time_expressions(a, dl)
    best = float("inf")
    for _ in range(repeat):  # best pass: the least disturbed by other work on the machine
        start = time.perf_counter()
        for a in articles:
            find_time_expressions(a, dl)
        best = min(best, time.perf_counter() - start)
    return best * 1000 / len(articles)


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--repeat", type=int, default=3, help="timing passes over the table")
    args = ap.parse_args()
    rows = load_cases()
    print(f"{len(rows)} cases from {CASES.name}")
    print(f"{'system':<12}{'accuracy':>12}{'expr/s':>12}")
    for name, runner in (("rasad", run_rasad), ("dateparser", run_dateparser)):
        correct, seconds, n_expr = runner(rows, args.repeat)
        print(f"{name:<12}{correct / len(rows):>11.1%} {n_expr / seconds:>11,.0f}")
    print(f"rasad: {per_article_ms(rows, args.repeat * 10):.3f} ms per 1000-character article")


if __name__ == "__main__":
    main()
