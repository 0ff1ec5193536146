"""The review desk's pages: hostile article markup is shown as text, never run."""

from __future__ import annotations

import re

from .conftest import HOSTILE_TITLE, bearer


def _hostile_id(client) -> str:
    events = client.get("/api/events", params={"limit": 1000}).json()["events"]
    return next(e["article_id"] for e in events if "مظاهرات" in (e["sources"][0]["title"] or ""))


def test_no_page_carries_hostile_markup(client) -> None:
    aid = _hostile_id(client)
    for path in ("/", f"/articles/{aid}", "/actors", "/login", "/?lang=ar", f"/articles/{aid}?lang=ar"):
        page = client.get(path)
        assert page.status_code == 200, path
        html = page.text
        assert "<script>alert" not in html and "<img src=x" not in html and "<b>outlet</b>" not in html, path
        # every script on the page is ours: a file under /static or the page's JSON data block
        for tag in re.findall(r"<script[^>]*>", html):
            assert 'src="/static/' in tag or 'type="application/json"' in tag, (path, tag)
        csp = page.headers["content-security-policy"]
        assert "script-src 'self'" in csp and "unsafe-inline" not in csp.split("script-src")[1].split(";")[0]
    article = client.get(f"/articles/{aid}").text
    assert "&lt;script&gt;alert(&#39;x&#39;)&lt;/script&gt;" in article
    assert "&lt;script&gt;alert(&#34;title&#34;)&lt;/script&gt;" in article or "&lt;script&gt;alert(&quot;title&quot;)" in article
    assert HOSTILE_TITLE not in article


def test_article_page_highlights_spans(client) -> None:
    aid = _hostile_id(client)
    html = client.get(f"/articles/{aid}").text
    for kind in ("trigger", "evidence", "place", "time", "fatalities", "actor"):
        assert f'class="s-{kind}' in html or f" s-{kind} " in html, kind
    assert 'dir="rtl"' in html


def test_arabic_interface(client) -> None:
    html = client.get("/?lang=ar").text
    assert '<html lang="ar" dir="rtl">' in html and "الأحداث" in html
    assert client.cookies.get("rasad_lang") == "ar"


def test_review_forms_only_for_reviewers(client, tokens) -> None:
    aid = _hostile_id(client)
    assert "review-form" not in client.get(f"/articles/{aid}").text
    client.post("/api/session", json={"token": tokens["reviewer"]})
    assert "review-form" in client.get(f"/articles/{aid}").text
    client.cookies.clear()
    client.post("/api/session", json={"token": tokens["viewer"]})
    assert "review-form" not in client.get(f"/articles/{aid}").text


def test_event_page_leads_to_its_article(client) -> None:
    e = client.get("/api/events").json()["events"][0]
    r = client.get(f"/events/{e['id']}", follow_redirects=False)
    assert r.status_code == 303 and r.headers["location"] == f"/articles/{e['article_id']}#event-{e['id']}"


def test_static_assets_are_bundled(client) -> None:
    for path in ("/static/vendor/leaflet/leaflet.js", "/static/vendor/cytoscape/cytoscape.min.js",
                 "/static/outlines.geojson", "/static/common.js", "/static/app.css"):
        assert client.get(path).status_code == 200, path
    assert bearer("x") == {"Authorization": "Bearer x"}
