"""The review desk's HTTP API on a real store: listing, roles, revisions, exports, hostile input."""

from __future__ import annotations

import csv
import io
import json

import pytest

from .conftest import HOSTILE_TEXT, bearer


def _events(client, **params) -> dict:
    r = client.get("/api/events", params=params)
    assert r.status_code == 200, r.text
    return r.json()


def test_health_and_listing(client) -> None:
    assert client.get("/api/health").json()["status"] == "ok"
    data = _events(client, limit=1000)
    assert data["total"] == len(data["events"]) >= 3
    for e in data["events"]:
        assert e["id"] and e["article_id"] and e["review"] == {"status": "unreviewed"}
    assert set(client.get("/openapi.json").json()["paths"]) >= {
        "/api/health", "/api/events", "/api/events/{event_id}", "/api/events/{event_id}/review",
        "/api/events/{event_id}/history", "/api/articles/{article_id}", "/api/articles", "/api/export"}


@pytest.mark.parametrize("params, check", [
    ({"event_type": "Protests"}, lambda e: e["event_type"] == "Protests"),
    ({"country": "SY"}, lambda e: (e["location"] or {}).get("country", "SY") == "SY"),
    ({"status": "unreviewed"}, lambda e: e["review"]["status"] == "unreviewed"),
    ({"since": "2023-01-01"}, lambda e: e["day"] >= "2023-01-01"),
    ({"until": "2022-12-31"}, lambda e: e["day"] <= "2022-12-31"),
])
def test_filters(client, params, check) -> None:
    data = _events(client, **params)
    assert data["events"], params
    assert all(check(e) for e in data["events"])
    assert data["total"] < _events(client)["total"] or params.get("status") or params.get("country")


def test_paging(client) -> None:
    everything = [e["id"] for e in _events(client, limit=1000)["events"]]
    pages = [e["id"] for off in range(0, len(everything), 2) for e in _events(client, limit=2, offset=off)["events"]]
    assert pages == everything
    assert client.get("/api/events", params={"limit": 0}).status_code == 422
    assert client.get("/api/events", params={"since": "yesterday"}).status_code == 422


def test_writes_need_a_token_of_the_right_role(client, tokens) -> None:
    eid = _events(client)["events"][0]["id"]
    body = {"status": "accepted"}
    assert client.post(f"/api/events/{eid}/review", json=body).status_code == 401
    assert client.post(f"/api/events/{eid}/review", json=body, headers=bearer("not-a-token")).status_code == 401
    assert client.post(f"/api/events/{eid}/review", json=body, headers=bearer(tokens["viewer"])).status_code == 403
    r = client.post(f"/api/events/{eid}/review", json=body, headers=bearer(tokens["reviewer"]))
    assert r.status_code == 200 and r.json()["review"]["status"] == "accepted"
    assert client.post("/api/articles", json={"text": HOSTILE_TEXT}).status_code == 401


def test_correction_is_a_revision_and_reaches_the_exports(client, tokens) -> None:
    event = next(e for e in _events(client, limit=1000)["events"] if e["date"])
    eid, machine_date = event["id"], event["date"]
    r = client.post(f"/api/events/{eid}/review", headers=bearer(tokens["reviewer"]), json={
        "status": "corrected", "note": "the dateline is a day late", "changes": {"date": "2016-05-04", "fatalities": 7}})
    assert r.status_code == 200, r.text
    got = client.get(f"/api/events/{eid}").json()
    assert got["date"] == "2016-05-04" and got["fatalities"] == 7
    assert got["review"]["status"] == "corrected" and got["review"]["updated_by"] == "u-reviewer"
    assert got["review"]["machine"]["date"] == machine_date
    history = client.get(f"/api/events/{eid}/history").json()["revisions"]
    assert [(h["user_name"], h["status"], h["note"], h["changes"]) for h in history] == [
        ("u-reviewer", "corrected", "the dateline is a day late", {"date": "2016-05-04", "fatalities": 7})]
    rows = list(csv.DictReader(io.StringIO(client.get("/api/export", params={"format": "acled"}).text)))
    assert "2016-05-04" in {row["event_date"] for row in rows}
    only = list(csv.DictReader(io.StringIO(client.get("/api/export", params={"format": "acled", "reviewed_only": "true"}).text)))
    assert [(row["event_date"], row["fatalities"]) for row in only] == [("2016-05-04", "7")]
    jl = [json.loads(line) for line in client.get("/api/export", params={"format": "jsonl", "reviewed_only": "true"}).text.splitlines()]
    assert [j["review"]["status"] for j in jl] == ["corrected"]


def test_rejected_events_leave_the_exports(client, tokens) -> None:
    before = client.get("/api/export", params={"format": "geojson"}).json()
    eid = _events(client)["events"][0]["id"]
    assert client.post(f"/api/events/{eid}/review", json={"status": "rejected", "note": "not an event"},
                       headers=bearer(tokens["reviewer"])).status_code == 200
    rows = client.get("/api/export", params={"format": "jsonl"}).text.splitlines()
    assert eid not in {json.loads(r)["id"] for r in rows}
    assert _events(client, status="rejected")["total"] == 1
    after = client.get("/api/export", params={"format": "geojson"}).json()
    assert len(after["features"]) <= len(before["features"])


@pytest.mark.parametrize("changes, why", [
    ({"date": "04/05/2016"}, "date"),
    ({"colour": "red"}, "cannot be corrected"),
    ({"event_type": "Wars"}, "event_type"),
    ({"fatalities": -1}, "fatalities"),
    ({"fatalities": "many"}, "fatalities"),
    ({"modality": "rumoured"}, "modality"),
    ({"place": {"name": "مكانلايوجد"}}, "gazetteer"),
    ({"place": {"lat": 95, "lon": 10, "name_en": "x"}}, "out of range"),
])
def test_bad_corrections_are_refused(client, tokens, changes, why) -> None:
    eid = _events(client)["events"][0]["id"]
    r = client.post(f"/api/events/{eid}/review", json={"status": "corrected", "changes": changes},
                    headers=bearer(tokens["reviewer"]))
    assert r.status_code == 422 and why in r.text
    assert client.get(f"/api/events/{eid}/history").json()["revisions"] == []


def test_unknown_ids(client, tokens) -> None:
    assert client.get("/api/events/nope").status_code == 404
    assert client.get("/api/articles/nope").status_code == 404
    assert client.post("/api/events/nope/review", json={"status": "accepted"},
                       headers=bearer(tokens["reviewer"])).status_code == 404


def test_place_correction_by_name_split_and_merge(client, tokens) -> None:
    events = _events(client, limit=1000)["events"]
    a, b = events[0]["id"], events[1]["id"]
    h = bearer(tokens["reviewer"])
    r = client.post(f"/api/events/{a}/review", headers=h, json={"status": "corrected", "changes": {"place": {"name": "دوما"}}})
    assert r.status_code == 200 and r.json()["location"]["admin1_code"] == "SY-RD"
    r = client.post(f"/api/events/{a}/split", headers=h, json={"places": [{"name": "دوما"}, {"name": "حرستا"}], "note": "two towns"})
    assert r.status_code == 200, r.text
    parts = r.json()["events"]
    assert [p["location"]["name_ar"] for p in parts] == ["دوما", "حرستا"]
    assert parts[1]["id"] != a and parts[1]["review"]["split_from"] == a
    assert parts[1]["event_type"] == parts[0]["event_type"] and parts[1]["article_id"] == parts[0]["article_id"]
    assert _events(client, limit=1000)["total"] == len(events) + 1
    r = client.post(f"/api/events/{b}/merge", headers=h, json={"into": a, "note": "same strike"})
    assert r.status_code == 200
    assert r.json()["merged"]["review"]["status"] == "rejected" and r.json()["merged"]["review"]["merged_into"] == a
    assert client.post(f"/api/events/{b}/review", headers=h, json={"status": "accepted"}).status_code == 422
    assert client.post(f"/api/events/{a}/merge", headers=h, json={"into": a}).status_code == 422


def test_post_article_extracts_and_stores(client, tokens) -> None:
    text = ("حلب - 3 أيار 2021\nقتل خمسة مدنيين اليوم الاثنين بقصف مدفعي استهدف مدينة الأتارب في ريف "
            "حلب الغربي، بحسب الدفاع المدني.\n")
    r = client.post("/api/articles", json={"text": text, "outlet": "test"}, headers=bearer(tokens["reviewer"]))
    assert r.status_code == 201, r.text
    body = r.json()
    assert body["stored"] and body["article"]["text"] == text and body["events"]
    assert any(s["kind"] == "trigger" for s in body["spans"])
    again = client.post("/api/articles", json={"text": text}, headers=bearer(tokens["reviewer"]))
    assert again.status_code == 200 and not again.json()["stored"]
    assert client.post("/api/articles", json={"text": ""}, headers=bearer(tokens["reviewer"])).status_code == 422
    english = client.post("/api/articles", json={"text": "Nothing but English words here. " * 5},
                          headers=bearer(tokens["reviewer"]))
    assert english.status_code in (201, 422)


def test_request_size_is_limited(client, tokens) -> None:
    r = client.post("/api/articles", content=b"{" + b" " * (5 * 1024 * 1024) + b"}",
                    headers={**bearer(tokens["reviewer"]), "Content-Type": "application/json"})
    assert r.status_code == 413


def test_browser_session_needs_its_csrf_token(client, tokens) -> None:
    eid = _events(client)["events"][0]["id"]
    assert client.post("/api/session", json={"token": "wrong"}).status_code == 401
    login = client.post("/api/session", json={"token": tokens["reviewer"]})
    assert login.status_code == 200
    cookie = login.headers["set-cookie"].lower()
    assert "httponly" in cookie and "samesite=strict" in cookie
    csrf = login.json()["csrf"]
    assert client.post(f"/api/events/{eid}/review", json={"status": "accepted"}).status_code == 403
    assert client.post(f"/api/events/{eid}/review", json={"status": "accepted"},
                       headers={"X-CSRF-Token": "forged"}).status_code == 403
    r = client.post(f"/api/events/{eid}/review", json={"status": "accepted"}, headers={"X-CSRF-Token": csrf})
    assert r.status_code == 200
    client.delete("/api/session")
    client.cookies.clear()
    assert client.get("/api/session").json()["name"] is None


def test_new_token_ends_old_sessions(client, store_url, tokens) -> None:
    from rasad.store import open_store, review

    csrf = client.post("/api/session", json={"token": tokens["reviewer"]}).json()["csrf"]
    assert client.get("/api/session").json()["name"] == "u-reviewer"
    review.add_user(open_store(store_url), "u-reviewer", "reviewer")
    assert client.get("/api/session").json()["name"] is None
    eid = _events(client)["events"][0]["id"]
    assert client.post(f"/api/events/{eid}/review", json={"status": "accepted"},
                       headers={"X-CSRF-Token": csrf}).status_code == 401


def test_require_login_closes_reads(store_url, tokens) -> None:
    from fastapi.testclient import TestClient

    from rasad.web import create_app

    with TestClient(create_app(store_url, require_login=True)) as c:
        assert c.get("/api/events").status_code == 401
        assert c.get("/api/events", headers=bearer(tokens["viewer"])).status_code == 200
        assert c.get("/", follow_redirects=False).status_code == 303


def test_rasad_serve_and_users_commands(store_url: str, tmp_path) -> None:
    """The commands as a user types them: a token from `rasad users add`, then `rasad serve`."""
    import shutil
    import socket
    import subprocess
    import sys
    import time
    from pathlib import Path

    import httpx

    exe = shutil.which("rasad") or str(Path(sys.executable).with_name("rasad"))
    made = subprocess.run([exe, "users", "add", "omar", "--role", "reviewer", "--db", store_url],
                          capture_output=True, text=True, timeout=120)
    assert made.returncode == 0, made.stderr
    token = made.stdout.strip().splitlines()[-1]
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        port = s.getsockname()[1]
    proc = subprocess.Popen([exe, "serve", "--db", store_url, "--port", str(port)],
                            stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
    try:
        base = f"http://127.0.0.1:{port}"
        for _ in range(300):
            try:
                if httpx.get(base + "/api/health", timeout=5).status_code == 200:
                    break
            except httpx.HTTPError:
                time.sleep(0.1)
        events = httpx.get(base + "/api/events", timeout=30).json()["events"]
        eid = events[0]["id"]
        assert httpx.post(f"{base}/api/events/{eid}/review", json={"status": "accepted"}, timeout=30).status_code == 401
        ok = httpx.post(f"{base}/api/events/{eid}/review", json={"status": "accepted", "note": "seen"},
                        headers=bearer(token), timeout=30)
        assert ok.status_code == 200 and ok.json()["review"]["updated_by"] == "omar"
    finally:
        proc.terminate()
        proc.wait(10)


@pytest.mark.parametrize("query, expected", [("هيئة تحرير الشام", "sy.hts"), ("تحرير الشام", "sy.hts")])
def test_actor_suggestions(client, query, expected) -> None:
    got = client.get("/api/actors/search", params={"q": query}).json()["actors"]
    assert got and got[0]["id"] == expected


def test_place_suggestions(client) -> None:
    got = client.get("/api/places/search", params={"q": "دوما"}).json()["places"]
    assert got and got[0]["admin1_code"] == "SY-RD" and got[0]["lat"] is not None
    assert client.get("/api/places/search", params={"q": ""}).status_code == 422
