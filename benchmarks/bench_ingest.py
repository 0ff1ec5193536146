"""Ingest throughput and store size on a large synthetic corpus.

    python benchmarks/bench_ingest.py --n 100000                 # SQLite, pre-extracted records
    python benchmarks/bench_ingest.py --n 20000 --pg postgresql://rasad:rasad@127.0.0.1:5432/rasad_test
    python benchmarks/bench_ingest.py --n 2000 --extract 200     # also the full pipeline on 200 texts

The corpus repeats and varies the store tests' hand-written articles: each article gets its
own text (hence id), date, place, actors and figures, and about a third re-report an earlier
event from another outlet, so deduplication does real merging. `records` mode feeds ready
records (the store's own cost); `--extract N` also times `rasad.extract` + store on N texts
when the pipeline is available.
"""

from __future__ import annotations

import argparse
import os
import random
import sys
import tempfile
import time
import uuid
from collections.abc import Iterator
from datetime import date, timedelta
from pathlib import Path
from typing import Any

from rasad.store import ingest_records, open_store
from rasad.store.db import database_size
from rasad.store.inputs import Article
from rasad.store.ingest import ingest_items
from rasad.store.rows import article_id

CORPUS = Path(__file__).resolve().parent.parent / "tests" / "store" / "fixtures" / "corpus"
OUTLETS = ["وكالة الرصد المحلية", "عنب الرصد", "شبكة الرصد الإخبارية", "نشرة الرصد", "مرصد الأخبار"]
ACTORS = [("sy.regime", "Military Forces of Syria (2000-)", 1), ("sy.hts", "Hay'at Tahrir al-Sham", 2),
          ("sy.nfl", "National Front for Liberation", 2), ("ru.military", "Military Forces of Russia (2000-)", 8),
          ("sy.sdf", "Syrian Democratic Forces", 2), ("tr.military", "Military Forces of Turkey (2016-)", 8),
          ("is", "Islamic State (Syria)", 2), ("sy.civilians", "Civilians (Syria)", 7)]
ADMIN1 = [("Idlib", "SY-ID", 35.93, 36.63), ("Hama", "SY-HM", 35.13, 36.75), ("Aleppo", "SY-HL", 36.20, 37.15),
          ("Dar'a", "SY-DR", 32.62, 36.10), ("Deir ez-Zor", "SY-DY", 35.33, 40.14), ("Homs", "SY-HI", 34.73, 36.71)]
TYPES = [("Battles", "Armed clash"), ("Explosions/Remote violence", "Air/drone strike"),
         ("Explosions/Remote violence", "Shelling/artillery/missile attack"),
         ("Violence against civilians", "Attack"), ("Protests", "Peaceful protest"),
         ("Strategic developments", "Change to group/activity")]


def base_texts() -> list[str]:
    texts = [p.read_text(encoding="utf-8") for p in sorted(CORPUS.glob("*.txt"))]
    return texts or ["قصف مدفعي على ريف المدينة أدى إلى مقتل مدنيين."]


def _event(rng: random.Random, day: date) -> dict[str, Any]:
    etype, sub = rng.choice(TYPES)
    admin1, code, lat, lon = rng.choice(ADMIN1)
    town = rng.randrange(40)
    a1 = rng.choice(ACTORS[:-1])
    a2 = ACTORS[-1] if etype == "Violence against civilians" else rng.choice(ACTORS)
    return {
        "event_type": etype, "sub_event_type": sub, "date": day.isoformat(), "date_precision":
        rng.choices(["day", "week", "month"], [90, 8, 2])[0], "actor1": a1[0],
        "actor2": a2[0] if a2 != a1 else None, "assoc_actors": [],
        "location": {"name_ar": f"بلدة {town}", "name_en": f"{admin1} town {town}", "country": "SY",
                     "admin1": admin1, "admin1_code": code, "lat": round(lat + (town % 8) * 0.05, 4),
                     "lon": round(lon + (town // 8) * 0.05, 4), "geo_precision": rng.choice([1, 1, 1, 2]),
                     "gazetteer_id": f"bench:{code}:{town}"},
        "fatalities": rng.choice([None, None, 0, 1, 2, 3, 5, 8, 12]), "fatalities_detail": [],
        "modality": rng.choices(["asserted", "claimed", "negated"], [85, 12, 3])[0],
        "trigger": {"text": "قصف", "start": 0, "end": 3}, "evidence": {"start": 0, "end": 40},
        "confidence": round(rng.uniform(0.5, 1.0), 2), "notes_en": f"{sub} in {admin1}.",
    }


def corpus(n: int, seed: int = 7) -> Iterator[tuple[str, dict[str, Any]]]:
    """(text, record) pairs: distinct texts, and about a third re-reporting an earlier event."""
    rng = random.Random(seed)
    texts = base_texts()
    start = date(2017, 1, 1)
    recent: list[dict[str, Any]] = []
    for i in range(n):
        text = f"{texts[i % len(texts)]}\n\n(رقم المادة {i})"
        published = start + timedelta(days=int(i * 1095 / max(n, 1)))
        if recent and rng.random() < 0.33:
            events = [dict(rng.choice(recent), fatalities=rng.choice([None, 1, 2, 4, 6]))]
        else:
            events = [_event(rng, published - timedelta(days=rng.choice([0, 0, 1])))
                      for _ in range(rng.choice([1, 1, 2, 3]))]
            recent = (recent + events)[-50:]
        actors = sorted({a for e in events for a in (e["actor1"], e["actor2"]) if a})
        record = {
            "schema": "rasad/1",
            "article": {"id": article_id(text), "source_id": None, "url": None, "title": None,
                        "outlet": OUTLETS[i % len(OUTLETS)], "author": None,
                        "published": published.isoformat(), "language": "ar"},
            "actors": [{"id": a, "name_ar": a, "name_en": dict((x[0], x[1]) for x in ACTORS)[a],
                        "inter": dict((x[0], x[2]) for x in ACTORS)[a],
                        "mentions": [{"text": "قوات", "start": 0, "end": 4}]} for a in actors],
            "events": [dict(e, id=f"e{k}") for k, e in enumerate(events)],
            "relations": [],
        }
        yield text, record


def bench_records(url: str, n: int, batch_size: int) -> None:
    pairs = list(corpus(n))
    t0 = time.perf_counter()
    report = ingest_records((r for _, r in pairs), url, batch_size=batch_size,
                            texts=(t for t, _ in pairs))
    dt = time.perf_counter() - t0
    size = database_size(open_store(url))
    print(f"  records: {report.stored} articles, {report.reports} event reports -> {report.events} events "
          f"in {dt:.1f} s = {report.stored / dt:,.0f} articles/s; store {size / 1e6:.1f} MB "
          f"({size / max(report.stored, 1) / 1024:.1f} KB/article)")
    t0 = time.perf_counter()
    again = ingest_records((r for _, r in pairs), url, batch_size=batch_size)
    print(f"  re-ingest (all known): {again.already} skipped in {time.perf_counter() - t0:.1f} s")


def bench_extract(url: str, n: int, batch_size: int) -> None:
    import rasad

    if getattr(rasad, "extract", None) is None:
        print("  extract: rasad.extract not available, skipped")
        return
    texts = [t for t, _ in corpus(n)]
    t0 = time.perf_counter()
    report = ingest_items(open_store(url), (Article(t, f"bench:{i}") for i, t in enumerate(texts)),
                          batch_size=batch_size, progress=False)
    dt = time.perf_counter() - t0
    print(f"  extract+store: {report.stored} articles in {dt:.1f} s = {report.stored / dt:,.1f} articles/s "
          f"(skipped {dict(report.skipped)})")


def pg_schema_url(base: str) -> tuple[str, Any]:
    """A new schema on the server at `base`: (a store URL inside it, a callable that drops it)."""
    import psycopg

    plain = base.replace("postgresql+psycopg://", "postgresql://")
    schema = f"bench_{uuid.uuid4().hex[:8]}"
    with psycopg.connect(plain, autocommit=True) as conn:
        conn.execute(f"CREATE SCHEMA {schema}")

    def drop() -> None:
        with psycopg.connect(plain, autocommit=True) as conn:
            conn.execute(f"DROP SCHEMA {schema} CASCADE")
    sep = "&" if "?" in base else "?"
    return f"{base}{sep}options=-csearch_path%3D{schema}", drop


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--n", type=int, default=100_000, help="articles of pre-extracted records")
    ap.add_argument("--batch-size", type=int, default=500)
    ap.add_argument("--extract", type=int, default=0, metavar="N", help="also time rasad.extract on N texts")
    ap.add_argument("--pg", default=os.environ.get("RASAD_BENCH_PG_URL"), help="PostgreSQL URL to bench too")
    ap.add_argument("--keep", type=Path, help="SQLite file to write (default: a temporary one)")
    args = ap.parse_args(argv)
    with tempfile.TemporaryDirectory() as tmp:
        db = args.keep or Path(tmp) / "bench.db"
        print(f"SQLite ({db}):")
        bench_records(f"sqlite:///{db}", args.n, args.batch_size)
        if args.extract:
            bench_extract(f"sqlite:///{Path(tmp) / 'bench_extract.db'}", args.extract, args.batch_size)
    if args.pg:
        url, drop = pg_schema_url(args.pg)
        try:
            print("PostgreSQL:")
            bench_records(url, args.n, args.batch_size)  # extraction cost is the same as above
        finally:
            drop()
    return 0


if __name__ == "__main__":
    sys.exit(main())
