"""Speed (and, with --dev, agreement with the dev gold) of the places stage.

    /work/venv/bin/python benchmarks/bench_places.py [--dev]

Prints index load time, resolutions per second over tests/places/mentions.tsv, per-article
cost on ~1000-character texts built from the table, and with --dev the share of gold event
locations in ../shared/eval whose admin1 code the resolver finds in the article.
"""

from __future__ import annotations

import json
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from rasad.places import get_resolver  # noqa: E402
from rasad.text.normalise import normalise, normalise_phrase  # noqa: E402
from tests.places.conftest import load_table  # noqa: E402


def main() -> None:
    t0 = time.perf_counter()
    resolver = get_resolver()
    print(f"index load (or first build): {time.perf_counter() - t0:.3f}s; "
          f"{resolver.gaz.meta['counts']['entries']} entries, {resolver.gaz.meta['counts']['keys']} keys")
    rows = load_table()
    norms = [normalise(r["sentence"]) for r in rows]
    n_rep = 20
    t0 = time.perf_counter()
    found = 0
    for _ in range(n_rep):
        for nt in norms:
            found += len(resolver.find(nt))
    dt = time.perf_counter() - t0
    print(f"sentences: {n_rep * len(norms) / dt:,.0f} sentences/s, {found / dt:,.0f} resolutions/s")
    # ~1000-character articles made by joining table sentences.
    articles, cur = [], ""
    for r in rows:
        cur += r["sentence"] + ". "
        if len(cur) >= 1000:
            articles.append(normalise(cur))
            cur = ""
    t0 = time.perf_counter()
    for _ in range(n_rep):
        for nt in articles:
            resolver.find(nt)
    dt = (time.perf_counter() - t0) / (n_rep * len(articles))
    print(f"articles (~1000 chars, {len(articles)}): {dt * 1000:.3f} ms/article, {1 / dt:,.0f} articles/s")
    if "--dev" in sys.argv:
        dev(resolver)


def dev(resolver) -> None:
    """Gold locations of the dev set: is their admin1 (or country) among the places found?"""
    ev = ROOT.parent / "shared" / "eval"
    if not (ev / "dev.gold.jsonl").is_file():
        print("dev: ../shared/eval absent, skipped")
        return
    texts = {json.loads(line)["id"]: json.loads(line)["text"] for line in (ev / "dev_articles.jsonl").open(encoding="utf-8")}
    total = ok_admin = ok_name = 0
    t0 = time.perf_counter()
    n_places = 0
    for line in (ev / "dev.gold.jsonl").open(encoding="utf-8"):
        g = json.loads(line)
        found = resolver.find(normalise(texts[g["id"]]))
        n_places += len(found)
        codes = {m.admin1_code for m in found} | {m.country for m in found}
        names = {normalise_phrase(m.name_ar) for m in found} | {normalise_phrase(m.text) for m in found}
        for e in g.get("events", []):
            loc = e.get("location")
            if not loc:
                continue
            total += 1
            ok_admin += (loc.get("admin1_code") or loc.get("country")) in codes
            ok_name += normalise_phrase(loc.get("name") or "") in names
    dt = time.perf_counter() - t0
    print(f"dev: {total} gold locations; admin1 (or country) found in article {ok_admin / total:.1%}; "
          f"name found {ok_name / total:.1%}; {n_places} mentions in {len(texts)} articles ({dt:.2f}s)")


if __name__ == "__main__":
    main()
