"""Screenshots of the review desk's three pages for the README (docs/screenshots/*.png).

    python docs/make_screenshots.py

Fills a temporary store with the fictional README sample and the fictional challenge articles
(eval/challenge/), corrects one event as a reviewer would, serves it, and photographs the event
list, the sample's article page and the actor graph in headless Chromium (Debian's package).
"""

from __future__ import annotations

import os
import shutil
import sys
import tempfile
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(REPO / "benchmarks"))

from bench_review import FLAGS, _serve  # noqa: E402


def main() -> int:
    from playwright.sync_api import sync_playwright

    from rasad.store import ingest, open_store, review
    from rasad.store.export import load_events
    from rasad.store.rows import article_id

    tmp = Path(tempfile.mkdtemp(prefix="rasad-shots-"))
    db = str(tmp / "desk.db")
    sample = REPO / "examples" / "sample_article.txt"
    ingest([str(sample), *map(str, sorted((REPO / "eval" / "challenge").glob("*articles*.jsonl")))], db, progress=False)
    engine = open_store(db)
    token = review.add_user(engine, "hala", "reviewer")
    sample_id = article_id(sample.read_text(encoding="utf-8"))
    sample_events = [v for v in load_events(engine) if any(s["article_id"] == sample_id for s in v.sources)]
    review.review(engine, sample_events[0].event["id"], "accepted", None, "checked against the source", "hala")
    proc = _serve(db, 8766)
    out = REPO / "docs" / "screenshots"
    out.mkdir(parents=True, exist_ok=True)
    try:
        with sync_playwright() as p:
            browser = p.chromium.launch(executable_path=os.environ.get("RASAD_TEST_BROWSER") or shutil.which("chromium"),
                                        args=FLAGS)
            page = browser.new_page(viewport={"width": 1440, "height": 1000})
            base = "http://127.0.0.1:8766"
            page.goto(base + "/login")
            page.fill("input[name=token]", token)
            page.click("form#login button[type=submit]")
            page.wait_for_url(base + "/")
            page.wait_for_selector("#map[data-points]", state="attached")
            page.wait_for_timeout(500)
            page.screenshot(path=str(out / "events.png"))
            page.goto(f"{base}/articles/{sample_id}")
            page.wait_for_selector("div.text")
            page.screenshot(path=str(out / "article.png"))
            page.goto(base + "/actors?lang=ar")
            page.wait_for_timeout(1500)
            page.screenshot(path=str(out / "actors.png"))
            browser.close()
    finally:
        proc.terminate()
        proc.wait(10)
        shutil.rmtree(tmp, ignore_errors=True)
    print("\n".join(str(p.relative_to(REPO)) for p in sorted(out.glob("*.png"))))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
