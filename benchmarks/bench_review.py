"""The review desk under a real load: a store of ~10,000 events, `rasad serve` in its own
process, API latency on loopback (p50/p95) and the event list's load time in Chromium.

    python benchmarks/bench_review.py                                   # 10,000 events, SQLite
    python benchmarks/bench_review.py --articles ../shared/eval/dev_articles.jsonl --events 10000
    python benchmarks/bench_review.py --db postgresql://rasad:rasad@127.0.0.1:5432/rasad_test

Real articles (any input `rasad extract` reads; by default the README sample) are extracted
once; their records are then copied with dates moved a fortnight apart per copy, so the store
holds distinct events that deduplication does not merge, each with its article text. Nothing
is copied into the repository.
"""

from __future__ import annotations

import argparse
import copy
import hashlib
import os
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from datetime import date, timedelta
from pathlib import Path
from typing import Any

REPO = Path(__file__).resolve().parents[1]
FLAGS = ["--headless=new", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
         "--disable-background-networking", "--disable-component-update", "--disable-sync"]


def _shift(value: str | None, days: int) -> str | None:
    if not value:
        return value
    try:
        return (date.fromisoformat(value[:10]) + timedelta(days=days)).isoformat()
    except ValueError:
        return value


def build_store(db: str, sources: list[str], n_events: int) -> int:
    """Extract `sources` once, then store shifted copies until the store holds `n_events` events."""
    import rasad
    from rasad.io.readers import ArticleInput, iter_articles
    from rasad.store import ingest_records, open_store
    from rasad.store.export import load_events

    base: list[tuple[dict[str, Any], str]] = []
    for item in iter_articles(sources):
        if isinstance(item, ArticleInput):
            rec = rasad.extract(item.text, item.published or "2020-01-01", title=item.title)
            if rec["events"]:
                base.append((rec, item.text))
    if not base:
        raise SystemExit("no events in the given articles")
    per_copy = sum(len(r["events"]) for r, _ in base)
    copies = max(1, -(-n_events // per_copy))
    records, texts = [], []
    for k in range(copies):
        for rec, text in base:
            r = copy.deepcopy(rec)
            new_text = f"{text}\n[{k}]"
            r["article"]["id"] = hashlib.sha256(new_text.encode("utf-8")).hexdigest()[:16]
            r["article"]["published"] = _shift(r["article"].get("published") or "2020-01-01", 14 * k)
            for e in r["events"]:
                e["date"] = _shift(e.get("date"), 14 * k)
            records.append(r)
            texts.append(new_text)
    t0 = time.perf_counter()
    ingest_records(records, db, batch_size=500, progress=True, texts=texts)
    n = len(load_events(open_store(db), reviews=False))
    print(f"store: {len(records)} articles, {n} events, built in {time.perf_counter() - t0:.1f} s")
    return n


def _serve(db: str, port: int) -> subprocess.Popen[bytes]:
    exe = shutil.which("rasad") or str(Path(sys.executable).with_name("rasad"))
    proc = subprocess.Popen([exe, "serve", "--db", db, "--port", str(port)],
                            stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    import httpx

    for _ in range(300):
        try:
            if httpx.get(f"http://127.0.0.1:{port}/api/health", timeout=30).status_code == 200:
                return proc
        except httpx.HTTPError:
            time.sleep(0.1)
    proc.kill()
    raise SystemExit("rasad serve did not start")


def _latency(url: str, n: int) -> tuple[float, float]:
    import httpx

    times = []
    with httpx.Client(timeout=60) as client:
        client.get(url).raise_for_status()  # warm (first read of the store)
        for _ in range(n):
            t0 = time.perf_counter()
            client.get(url).raise_for_status()
            times.append((time.perf_counter() - t0) * 1000)
    times.sort()
    return statistics.median(times), times[int(0.95 * (len(times) - 1))]


def _page_load(base: str, runs: int) -> float | None:
    chromium = os.environ.get("RASAD_TEST_BROWSER") or shutil.which("chromium")
    if not chromium:
        return None
    from playwright.sync_api import sync_playwright

    times = []
    with sync_playwright() as p:
        browser = p.chromium.launch(executable_path=chromium, args=FLAGS)
        for _ in range(runs):
            page = browser.new_page()
            t0 = time.perf_counter()
            page.goto(base + "/")
            page.wait_for_selector("#map[data-points]", state="attached", timeout=120000)
            times.append(time.perf_counter() - t0)
            page.close()
        browser.close()
    return statistics.median(times)


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--articles", nargs="*", default=[str(REPO / "examples" / "sample_article.txt")])
    ap.add_argument("--events", type=int, default=10000)
    ap.add_argument("--db", help="an existing store URL to fill (default: a temporary SQLite file)")
    ap.add_argument("--requests", type=int, default=200)
    ap.add_argument("--port", type=int, default=8765)
    args = ap.parse_args(argv)
    tmp = tempfile.mkdtemp(prefix="rasad-bench-review-")
    db = args.db or str(Path(tmp) / "review.db")
    n = build_store(db, args.articles, args.events)
    proc = _serve(db, args.port)
    base = f"http://127.0.0.1:{args.port}"
    try:
        import httpx

        first = httpx.get(base + "/api/events?limit=1", timeout=60).json()["events"][0]
        rows = [("GET /api/events?limit=50", "/api/events?limit=50"),
                ("GET /api/events?event_type=Battles&limit=50", "/api/events?event_type=Battles&limit=50"),
                ("GET /api/events/{id}", f"/api/events/{first['id']}"),
                ("GET /api/summary (map + timeline)", "/api/summary"),
                ("GET /api/articles/{id}", f"/api/articles/{first['article_id']}"),
                ("GET / (HTML)", "/"),
                ("GET /articles/{id} (HTML)", f"/articles/{first['article_id']}")]
        print(f"\nAPI latency on loopback, {n} events, {args.requests} requests each (ms)")
        print(f"{'request':48} {'p50':>8} {'p95':>8}")
        for label, path in rows:
            p50, p95 = _latency(base + path, args.requests)
            print(f"{label:48} {p50:8.1f} {p95:8.1f}")
        # a review changes the store: the next listing reads every event again (cache miss)
        from rasad.store import open_store, review

        token = review.add_user(open_store(db), "bench", "reviewer")
        misses = []
        for _ in range(5):
            t0 = time.perf_counter()
            httpx.post(f"{base}/api/events/{first['id']}/review", json={"status": "accepted"},
                       headers={"Authorization": f"Bearer {token}"}, timeout=60).raise_for_status()
            httpx.get(base + "/api/events?limit=50", timeout=60).raise_for_status()
            misses.append((time.perf_counter() - t0) * 1000)
        print(f"{'POST review + next GET /api/events (re-read)':48} {statistics.median(misses):8.1f} {max(misses):8.1f}")
        load = _page_load(base, 5)
        if load is not None:
            print(f"\nevent list page in headless Chromium (HTML, map of all {n} events, timeline): "
                  f"median {load:.2f} s over 5 loads")
    finally:
        proc.terminate()
        proc.wait(10)
        shutil.rmtree(tmp, ignore_errors=True)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
