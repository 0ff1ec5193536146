"""The review flow in a real browser: Debian's Chromium driven by Playwright (nothing is
downloaded). Log in, open an article, correct a date, see it in the list and in the export.
Skipped when no Chromium is installed, unless RASAD_TEST_BROWSER names one (as CI does)."""

from __future__ import annotations

import csv
import io
import os
import shutil
import socket
import threading
import time
from collections.abc import Iterator

import pytest

CHROMIUM = os.environ.get("RASAD_TEST_BROWSER") or shutil.which("chromium") or shutil.which("chromium-browser")
FLAGS = ["--headless=new", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
         "--disable-background-networking", "--disable-component-update", "--disable-sync"]

pytestmark = pytest.mark.skipif(
    not CHROMIUM and not os.environ.get("RASAD_TEST_BROWSER"), reason="no chromium (apt install chromium)")


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


@pytest.fixture
def server(store_url: str) -> Iterator[str]:
    import uvicorn

    from rasad.web import create_app

    port = _free_port()
    srv = uvicorn.Server(uvicorn.Config(create_app(store_url), host="127.0.0.1", port=port, log_level="warning"))
    thread = threading.Thread(target=srv.run, daemon=True)
    thread.start()
    for _ in range(200):
        if srv.started:
            break
        time.sleep(0.05)
    yield f"http://127.0.0.1:{port}"
    srv.should_exit = True
    thread.join(10)


@pytest.fixture
def page(server: str) -> Iterator[object]:
    from playwright.sync_api import sync_playwright

    with sync_playwright() as p:
        browser = p.chromium.launch(executable_path=CHROMIUM, args=FLAGS)
        context = browser.new_context(viewport={"width": 1400, "height": 1000})
        pg = context.new_page()
        errors: list[str] = []
        pg.on("pageerror", lambda exc: errors.append(str(exc)))
        pg.errors = errors  # type: ignore[attr-defined]
        yield pg
        browser.close()


def test_review_flow_in_chromium(server: str, page, tokens, store_url: str) -> None:
    page.goto(server + "/")
    page.wait_for_selector("#map[data-points]", state="attached")
    assert int(page.get_attribute("#map", "data-points")) > 0
    assert page.locator(".leaflet-overlay-pane canvas").count() > 0  # markers drawn by Leaflet (canvas)
    assert page.locator("table.events tbody tr").count() > 0
    assert page.locator("#timeline rect.bar").count() > 0

    page.goto(server + "/login?next=/")
    page.fill("input[name=token]", tokens["reviewer"])
    page.click("form#login button[type=submit]")
    page.wait_for_url(server + "/")
    assert "u-reviewer" in page.inner_text("header")

    row = page.locator("table.events tbody tr").first
    event_id = row.get_attribute("data-event")
    row.locator("td a").first.click()
    page.wait_for_selector(f"section#event-{event_id} form.review-form")
    form = page.locator(f"section#event-{event_id} form.review-form")
    form.locator("input[name=date]").fill("2015-03-09")
    form.locator("input[name=note]").fill("الخبر يعود إلى يوم سابق")
    with page.expect_response(lambda r: r.url.endswith(f"/api/events/{event_id}/review")) as resp:
        form.locator("button[type=submit]").click()
    assert resp.value.status == 200
    page.wait_for_selector(f"section#event-{event_id}.st-corrected")
    assert "2015-03-09" in page.inner_text(f"section#event-{event_id} dd.f-date")

    page.goto(server + "/?status=corrected")
    rows = page.locator("table.events tbody tr")
    assert rows.count() == 1 and "2015-03-09" in rows.first.inner_text()

    exported = page.request.get(server + "/api/export?format=acled&reviewed_only=true").text()
    assert [r["event_date"] for r in csv.DictReader(io.StringIO(exported))] == ["2015-03-09"]
    history = page.request.get(server + f"/api/events/{event_id}/history").json()["revisions"]
    assert history[-1]["user_name"] == "u-reviewer" and history[-1]["changes"] == {"date": "2015-03-09"}
    assert page.errors == []  # type: ignore[attr-defined]


def test_hostile_article_runs_no_script(server: str, page) -> None:
    dialogs: list[str] = []
    page.on("dialog", lambda d: (dialogs.append(d.message), d.dismiss()))
    page.goto(server + "/")
    link = page.locator("table.events a", has_text="مظاهرات").first
    link.click()
    page.wait_for_selector("div.text")
    assert "<script>alert('x')</script>" in page.inner_text("div.text")
    assert "<script>" in page.inner_text("h1")
    page.goto(server + "/actors")
    page.wait_for_timeout(300)
    assert dialogs == []
