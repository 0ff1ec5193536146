"""Incremental deduplication equals clustering everything at once.

`dedup.rebuild` replays only the part of a block from its earliest new report on, and finds
candidates through several narrow index lookups. Whatever the arrival order and batch size,
the stored events and links must be exactly what `cluster` makes of all stored reports in one
pass (the definition of the result). The corpus is dense on purpose: few places and days, area-
level and unplaced reports, week/month dates, so blocks chain and grow across batches.
"""

from __future__ import annotations

import random
from datetime import date, timedelta
from typing import Any

import pytest
from sqlalchemy import select

from rasad.store import ingest_records, open_store
from rasad.store.dedup import _report, _report_query, cluster, merge
from rasad.store.models import Event, EventSource

ADMIN1 = [("Idlib", 35.93, 36.63), ("Hama", 35.13, 36.75)]
ACTORS = ["sy.regime", "sy.hts", "ru.military", "sy.sdf"]


def _record(rng: random.Random, n: int) -> dict[str, Any]:
    published = date(2020, 3, 1) + timedelta(days=rng.randrange(30))
    events = []
    for k in range(rng.choice([1, 1, 2, 3])):
        admin1, lat, lon = rng.choice(ADMIN1)
        town = rng.randrange(6)
        day = published - timedelta(days=rng.choice([0, 0, 1, 2]))
        precision = rng.choices(["day", "week", "month", None], [70, 15, 10, 5])[0]
        loc = None if rng.random() < 0.1 else {
            "name_en": f"{admin1} {town}", "country": rng.choice(["SY"] * 9 + [None]), "admin1": admin1,
            "lat": lat + (town % 3) * 0.04, "lon": lon + (town // 3) * 0.07,
            "geo_precision": rng.choice([1, 1, 2, 3]), "gazetteer_id": f"t:{admin1}:{town}"}
        a1 = rng.choice(ACTORS + [None])
        events.append({
            "id": f"e{k}", "event_type": rng.choice(["Battles", "Explosions/Remote violence"]),
            "sub_event_type": "x", "date": None if precision is None else day.isoformat(),
            "date_precision": precision, "actor1": a1, "actor2": rng.choice([None, "sy.civilians"]),
            "assoc_actors": [], "location": loc, "fatalities": rng.choice([None, 0, 1, 3]),
            "modality": rng.choices(["asserted", "claimed", "negated"], [80, 15, 5])[0],
            "confidence": round(rng.random(), 2), "notes_en": f"n{n}.{k}"})
    return {"schema": "rasad/1",
            "article": {"id": f"{n:016x}", "outlet": "o", "published": published.isoformat(), "language": "ar"},
            "actors": [{"id": a, "name_en": a, "inter": 7 if a == "sy.civilians" else 1, "mentions": []}
                       for a in ACTORS + ["sy.civilians"]],
            "events": events, "relations": []}


def _stored(url: str) -> tuple[dict[str, dict[str, Any]], dict[str, tuple[str | None, str | None]], list]:
    engine = open_store(url)
    with engine.connect() as conn:
        events = {r.id: dict(r._mapping) for r in conn.execute(select(Event.__table__))}
        reports = [_report(r) for r in conn.execute(_report_query())]
        links = {r.key: (r.event_id, r.block_id) for r in reports}
    engine.dispose()
    return events, links, reports


@pytest.mark.parametrize("seed,batch", [(1, 7), (2, 40), (3, 1000)])
def test_incremental_rebuild_equals_one_pass(store_factory, seed: int, batch: int) -> None:  # type: ignore[no-untyped-def]
    rng = random.Random(seed)
    records = [_record(rng, n) for n in range(300)]
    rng.shuffle(records)
    url = store_factory(f"inc{seed}")
    ingest_records(records, url, batch_size=batch)
    events, links, reports = _stored(url)
    want_events: dict[str, dict[str, Any]] = {}
    want_links = {r.key: (None, None) for r in reports}
    for block, groups in cluster([r for r in reports if r.modality != "negated"]):
        for group in groups:
            row = merge(group)
            want_events[row["id"]] = row
            for r in group:
                want_links[r.key] = (row["id"], block)
    assert max(sum(1 for v in want_links.values() if v[1] == b) for b in {v[1] for v in want_links.values()}
               if b) > 20  # blocks did chain: the test exercises replays
    assert links == want_links
    assert set(events) == set(want_events)
    for eid, row in want_events.items():
        got = events[eid]
        assert {k: got[k] for k in row} == row


def test_one_event_told_by_many_outlets_is_looked_up_once(store_factory, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    """Reports of one event by ten outlets ask the store the same candidate query: it runs once
    per batch, and the store is what one pass would make of them (one event)."""
    from rasad.store import dedup

    calls = []
    real = dedup._run
    monkeypatch.setattr(dedup, "_run", lambda *a, **k: calls.append(1) or real(*a, **k))
    rng = random.Random(7)
    base = _record(rng, 0)
    base["events"] = base["events"][:1]
    base["events"][0].update(date="2020-03-05", date_precision="day", modality="asserted")
    records = []
    for n in range(10):
        rec = {**base, "article": {**base["article"], "id": f"{n + 1:016x}", "outlet": f"o{n}"}}
        records.append(rec)
    url = store_factory("once")
    ingest_records(records, url, batch_size=100)
    events, links, _ = _stored(url)
    assert len({eid for eid, _ in links.values() if eid}) == 1
    assert len(calls) <= 2  # was one query per report
