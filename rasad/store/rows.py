"""Turning one SCHEMA.md record into table rows (pure functions, no database).

Kept apart from `ingest.py` so the mapping can be tested on hand-written records and reused by
the benchmark, and so that every rule about reading a record (dates of three precisions, place
keys, which events count as real) lives in one place.
"""

from __future__ import annotations

import hashlib
import math
from dataclasses import dataclass, field
from datetime import date, timedelta
from typing import Any

# Observations whose modality says nothing happened never become events.
REAL_MODALITIES = {None, "asserted", "claimed"}
CIVILIANS = 7  # ACLED inter code
WEEK_SLACK = 6  # a week-precision date may mean any day within ±6 days
UNDATED_WINDOW = 7  # an undated event happened within the week before publication


def article_id(text: str) -> str:
    """The record's article id: sha256 of the raw text, first 16 hex digits."""
    return hashlib.sha256(text.encode("utf-8")).hexdigest()[:16]


def parse_date(value: Any) -> date | None:
    """`2017-02-13`, `2017-02` or `2017` (gold's forms by precision) → the first day meant."""
    if value is None or value == "":
        return None
    if isinstance(value, date):
        return value
    text = str(value).strip()[:10]
    try:
        parts = [int(p) for p in text.split("-")]
        if len(parts) == 1:
            return date(parts[0], 1, 1)
        if len(parts) == 2:
            return date(parts[0], parts[1], 1)
        return date(parts[0], parts[1], parts[2])
    except ValueError:
        return None


def date_span(day: date | None, precision: str | None, published: date | None) -> tuple[date | None, date | None]:
    """The days an event date may mean, used to decide whether two reports can match."""
    if day is None:
        if published is None:
            return None, None
        return published - timedelta(days=UNDATED_WINDOW), published
    if precision == "week":
        return day - timedelta(days=WEEK_SLACK), day + timedelta(days=WEEK_SLACK)
    if precision == "month":
        nxt = date(day.year + (day.month == 12), day.month % 12 + 1, 1)
        return day, nxt - timedelta(days=1)
    if precision == "year":
        return date(day.year, 1, 1), date(day.year, 12, 31)
    return day, day


def grid_cell(lat: float | None, lon: float | None) -> int | None:
    """The 0.1° square a point lies in, as one integer: dedup's index key for "within 10 km"
    (migration 0002 keeps a copy of this formula for backfilling; change both or neither)."""
    if lat is None or lon is None or not (math.isfinite(lat) and math.isfinite(lon)):
        return None  # haversine of a non-finite point is NaN: never "within 10 km"
    # clamped (monotone, so a point in a box stays in the clamped box's cells), keeps it an int32
    lat, lon = min(max(lat, -91.0), 91.0), min(max(lon, -181.0), 181.0)
    return (math.floor(lat * 10) + 910) * 4000 + math.floor(lon * 10) + 1810


def place_key(loc: dict[str, Any] | None) -> str | None:
    """The gazetteer id, else a stable hash of what the record says about the place."""
    if not loc:
        return None
    if loc.get("gazetteer_id"):
        return str(loc["gazetteer_id"])
    parts = [loc.get(k) for k in ("country", "admin1_code", "admin1", "name_ar", "name_en", "lat", "lon")]
    return "loc:" + hashlib.sha256(repr(parts).encode("utf-8")).hexdigest()[:16]


def _span(value: Any) -> dict | None:
    return dict(value) if isinstance(value, dict) else None


def _int(value: Any) -> int | None:
    try:
        return None if value is None else int(value)
    except (TypeError, ValueError):
        return None


def _float(value: Any) -> float | None:
    try:
        return None if value is None else float(value)
    except (TypeError, ValueError):
        return None


@dataclass
class RecordRows:
    """All rows one record adds, ready for `insert(...)` executemany."""

    article: dict[str, Any]
    actors: dict[str, dict[str, Any]] = field(default_factory=dict)
    places: dict[str, dict[str, Any]] = field(default_factory=dict)
    mentions: list[dict[str, Any]] = field(default_factory=list)
    relations: list[dict[str, Any]] = field(default_factory=list)
    sources: list[dict[str, Any]] = field(default_factory=list)


def record_rows(record: dict[str, Any], *, text: str | None, origin: str | None, now: int) -> RecordRows:
    """The rows of one record; `text` is the raw article (stored so spans can be read back)."""
    art = record.get("article") or {}
    aid = art.get("id") or (article_id(text) if text is not None else None)
    if not aid:
        raise ValueError("record has no article id and no text to derive one")
    published = parse_date(art.get("published"))
    rows = RecordRows(article={
        "id": aid, "source_id": _str(art.get("source_id")), "url": art.get("url"),
        "title": art.get("title"), "outlet": art.get("outlet"), "author": art.get("author"),
        "published": published, "language": art.get("language"), "origin": origin,
        "schema_version": record.get("schema"), "ingested_at": now, "text": text,
        "spans": article_spans(record),
    })
    inter: dict[str, int | None] = {}
    for actor in record.get("actors") or []:
        if not actor.get("id"):
            continue
        aid_ = str(actor["id"])
        inter[aid_] = _int(actor.get("inter"))
        rows.actors[aid_] = {"id": aid_, "name_ar": actor.get("name_ar"),
                             "name_en": actor.get("name_en"), "inter": inter[aid_]}
        for m in actor.get("mentions") or []:
            rows.mentions.append({"article_id": aid, "idx": len(rows.mentions), "actor_id": aid_,
                                  "text": m.get("text"), "start": _int(m.get("start")),
                                  "end": _int(m.get("end"))})
    for i, rel in enumerate(record.get("relations") or []):
        rows.relations.append({
            "article_id": aid, "idx": i, "type": rel.get("type") or "related",
            "source": rel.get("source"), "target": rel.get("target"),
            "date": parse_date(rel.get("date")), "date_precision": rel.get("date_precision"),
            "evidence": _span(rel.get("evidence")),
        })
    for i, ev in enumerate(record.get("events") or []):
        if not ev.get("event_type"):
            continue
        rows.sources.append(_source_row(aid, i, ev, published, inter, rows.places, art.get("country")))
    return rows


SPAN_KINDS = ("evidence", "trigger", "actor", "place", "time", "attribution", "fatalities")


def article_spans(record: dict[str, Any]) -> list[dict[str, Any]]:
    """Every span of the record an analyst checks, as {kind, start, end, label, event}: the
    review page highlights them in the stored text (offsets into the raw article)."""
    out: list[dict[str, Any]] = []

    def add(kind: str, span: Any, label: Any, event: int | None = None) -> None:
        if isinstance(span, dict) and isinstance(span.get("start"), int) and isinstance(span.get("end"), int) \
                and 0 <= span["start"] < span["end"]:
            out.append({"kind": kind, "start": span["start"], "end": span["end"],
                        "label": None if label is None else str(label)[:200], "event": event})

    for actor in record.get("actors") or []:
        for m in actor.get("mentions") or []:
            add("actor", m, actor.get("name_en") or actor.get("name_ar") or actor.get("id"))
    for place in record.get("places") or []:
        add("place", place, " · ".join(str(place[k]) for k in ("name_en", "admin1_code") if place.get(k)))
    for t in record.get("times") or []:
        add("time", t, t.get("date"))
    for i, ev in enumerate(record.get("events") or []):
        add("evidence", ev.get("evidence"), ev.get("event_type"), i)
        add("trigger", ev.get("trigger"), f"{ev.get('event_type')} / {ev.get('sub_event_type')}", i)
        loc = ev.get("location") or {}
        add("place", loc, " · ".join(str(loc[k]) for k in ("name_en", "admin1_code") if loc.get(k)), i)
        add("attribution", ev.get("attribution"), (ev.get("attribution") or {}).get("kind"), i)
        for d in ev.get("fatalities_detail") or []:
            add("fatalities", d, d.get("count"), i)
    uniq = {(s["kind"], s["start"], s["end"], s["event"]): s for s in out}
    return sorted(uniq.values(), key=lambda s: (s["start"], -s["end"], SPAN_KINDS.index(s["kind"])))


def _str(value: Any) -> str | None:
    return None if value is None else str(value)


def _source_row(aid: str, i: int, ev: dict[str, Any], published: date | None,
                inter: dict[str, int | None], places: dict[str, dict[str, Any]],
                article_country: str | None = None) -> dict[str, Any]:
    """One event report; an event the text places nowhere still lies in its article's country."""
    loc = ev.get("location") or None
    pid = place_key(loc)
    if loc and pid:
        places[pid] = {"id": pid, "name_ar": loc.get("name_ar"), "name_en": loc.get("name_en"),
                       "country": loc.get("country"), "admin1": loc.get("admin1"),
                       "admin1_ar": loc.get("admin1_ar"), "admin1_code": loc.get("admin1_code"),
                       "lat": _float(loc.get("lat")), "lon": _float(loc.get("lon")),
                       "gazetteer_id": loc.get("gazetteer_id")}
    day = parse_date(ev.get("date"))
    precision = ev.get("date_precision") if day else None
    modality = ev.get("modality")
    real = modality in REAL_MODALITIES
    lo, hi = date_span(day, precision, published) if real else (None, None)
    assoc = [str(a) for a in ev.get("assoc_actors") or [] if a]
    return {
        "article_id": aid, "idx": i, "record_event_id": _str(ev.get("id")),
        "event_id": None, "block_id": None, "published": published,
        "event_type": ev["event_type"], "sub_event_type": ev.get("sub_event_type"),
        "date": day, "date_precision": precision, "date_text": ev.get("date_text"),
        "date_lo": lo, "date_hi": hi,
        "actor1": ev.get("actor1"), "actor2": ev.get("actor2"), "assoc_actors": assoc,
        "place_id": pid, "country": (loc or {}).get("country") or article_country, "admin1": (loc or {}).get("admin1"),
        "lat": _float((loc or {}).get("lat")), "lon": _float((loc or {}).get("lon")),
        "geo_precision": _int((loc or {}).get("geo_precision")),
        "actor_keys": actor_keys([ev.get("actor1"), ev.get("actor2"), *assoc], inter),
        "fatalities": _int(ev.get("fatalities")),
        "fatalities_detail": list(ev.get("fatalities_detail") or []),
        "modality": modality, "attribution": _span(ev.get("attribution")),
        "trigger": _span(ev.get("trigger")), "evidence": _span(ev.get("evidence")),
        "confidence": _float(ev.get("confidence")), "notes_en": ev.get("notes_en"),
        "cell": grid_cell(_float((loc or {}).get("lat")), _float((loc or {}).get("lon"))),
    }


def actor_keys(ids: list[Any], inter: dict[str, int | None]) -> list[str]:
    """The actors that identify an event: civilians say little about which event it is
    (every strike has victims), so they count only when nobody else is named."""
    named = sorted({str(a) for a in ids if a})
    armed = [a for a in named if inter.get(a) != CIVILIANS]
    return armed or named
