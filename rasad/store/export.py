"""Exports of the deduplicated events: ACLED CSV, JSON Lines, GeoJSON, GraphML, Parquet.

All formats start from the same list of event views built by `load_events`, sorted by date
and id, so two stores holding the same articles give byte-identical exports whatever the
order or number of runs that filled them.
"""

from __future__ import annotations

import csv
import io
import json
import sys
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from datetime import date, datetime, timezone
from pathlib import Path
from typing import IO, Any

from sqlalchemy import Engine, select

from rasad.store import acled
from rasad.store.db import open_store
from rasad.store.models import Actor, Article, Event, EventSource, Place
from rasad.store.rows import parse_date

FORMATS = ("acled-csv", "jsonl", "geojson", "graphml", "parquet")


@dataclass
class Filters:
    """Which events to export; every field is optional and they combine with AND."""

    since: date | None = None
    until: date | None = None
    country: str | None = None  # SY, SYR, Syria
    admin1: str | None = None  # English name, Arabic name or ISO 3166-2 code
    actor: str | None = None  # actor id, or part of its English/Arabic name
    event_type: str | None = None
    sub_event_type: str | None = None
    modality: str | None = None  # the reviewed modality, else the first source's
    review_status: str | None = None  # unreviewed | accepted | rejected | corrected
    reviewed_only: bool = False  # only events a person accepted or corrected

    def __post_init__(self) -> None:
        self.since = parse_date(self.since) if self.since else None
        self.until = parse_date(self.until) if self.until else None


@dataclass
class EventView:
    """One event with everything an export shows: its row, actors, place and sources."""

    event: dict[str, Any]
    day: date | None  # the event date, or its first source's publication when undated
    from_publication: bool
    actor1: dict[str, Any] | None
    actor2: dict[str, Any] | None
    assoc: list[dict[str, Any]]
    place: dict[str, Any] | None
    sources: list[dict[str, Any]]
    review: dict[str, Any] | None = None  # rasad.store.review.overlay's state

    @property
    def modality(self) -> str | None:
        """The reviewed modality, else what the first source says."""
        reviewed = (self.review or {}).get("modality")
        return reviewed or (self.sources[0]["modality"] if self.sources else None)

    @property
    def exportable(self) -> bool:
        """Exports carry an event unless a person rejected it (or merged it into another)."""
        return (self.review or {}).get("status") != "rejected"


def _actor(actors: dict[str, dict[str, Any]], aid: str | None) -> dict[str, Any] | None:
    if not aid:
        return None
    return actors.get(aid) or {"id": aid, "name_ar": None, "name_en": None, "inter": None}


def actor_name(a: dict[str, Any] | None) -> str:
    if not a:
        return ""
    return a.get("name_en") or a.get("name_ar") or a["id"]


def load_events(engine: Engine, filters: Filters | None = None, *, reviews: bool = True) -> list[EventView]:
    """The events passing `filters`, with their actors, place and sources, in export order;
    with `reviews`, as people reviewed them (rasad.store.review.overlay)."""
    from rasad.store import review

    f = filters or Filters()
    reviewed = reviews and review.has_reviews(engine)
    ev = Event.__table__.c
    q = select(Event.__table__)
    if not reviewed:  # corrections may change type and country: filter after the overlay
        if f.event_type:
            q = q.where(ev.event_type == f.event_type)
        if f.country:
            q = q.where(ev.country == _alpha2(f.country))
    with engine.connect() as conn:
        events = [dict(r._mapping) for r in conn.execute(q)]
        actors = {r.id: dict(r._mapping) for r in conn.execute(select(Actor.__table__))}
        places = {r.id: dict(r._mapping) for r in conn.execute(select(Place.__table__))}
        es, art = EventSource.__table__.c, Article.__table__.c
        sq = select(es.event_id, es.article_id, es.idx, es.fatalities, es.fatalities_detail,
                    es.sub_event_type, es.date_text, es.modality, es.attribution, es.trigger,
                    es.evidence, es.confidence, art.outlet, art.url, art.title, art.published,
                    art.source_id).join(Article.__table__, art.id == es.article_id) \
            .where(es.event_id.is_not(None)).order_by(art.published, es.article_id, es.idx)
        sources: dict[str, list[dict[str, Any]]] = {}
        for r in conn.execute(sq):
            sources.setdefault(r.event_id, []).append(dict(r._mapping))
    views: list[EventView] = []
    for e in events:
        srcs = sources.get(e["id"], [])
        published = [s["published"] for s in srcs if s["published"]]
        day = e["date"] or (min(published) if published else None)
        view = EventView(e, day, e["date"] is None and day is not None, _actor(actors, e["actor1"]),
                         _actor(actors, e["actor2"]),
                         [a for a in (_actor(actors, x) for x in e["assoc_actors"] or []) if a],
                         places.get(e["place_id"]) if e["place_id"] else None, srcs)
        views.append(view)
    if reviews:
        views = review.overlay(engine, views)
    views = [v for v in views if passes(v, f)]
    views.sort(key=export_order)
    return views


def export_order(v: EventView) -> tuple[date, str]:
    """Exports list events by date (undated last), then id."""
    return (v.day or date.max, v.event["id"])


def _alpha2(country: str) -> str:
    return acled.to_alpha2(country) or country.upper()


def passes(v: EventView, f: Filters) -> bool:
    """Does the event pass every filter? (Applied after the reviews: a correction may move it.)"""
    e = v.event
    if f.event_type and e["event_type"] != f.event_type:
        return False
    if f.sub_event_type and e["sub_event_type"] != f.sub_event_type:
        return False
    if f.country and e["country"] != _alpha2(f.country):
        return False
    status = (v.review or {}).get("status", "unreviewed")
    if f.review_status and status != f.review_status:
        return False
    if f.reviewed_only and status not in ("accepted", "corrected"):
        return False
    if f.modality and v.modality != f.modality:
        return False
    if f.since and (v.day is None or v.day < f.since):
        return False
    if f.until and (v.day is None or v.day > f.until):
        return False
    if f.admin1:
        want = f.admin1.casefold()
        p = v.place or {}
        if want not in {str(p.get(k) or "").casefold() for k in ("admin1", "admin1_ar", "admin1_code")}:
            return False
    if f.actor:
        want = f.actor.casefold()
        people = [a for a in (v.actor1, v.actor2, *v.assoc) if a]
        if not any(want == a["id"].casefold() or want in (a.get("name_en") or "").casefold()
                   or want in (a.get("name_ar") or "").casefold() for a in people):
            return False
    return True


def acled_row(v: EventView) -> dict[str, Any]:
    """The ACLED CSV row of one event (ACLED's columns and meanings)."""
    e, p = v.event, v.place or {}
    iso3, country, numeric, region = acled.country_info(e["country"] or p.get("country"))
    inter1 = (v.actor1 or {}).get("inter")
    inter2 = (v.actor2 or {}).get("inter")
    outlets = sorted({s["outlet"] for s in v.sources if s["outlet"]})
    return {
        "event_id_cnty": f"{iso3 or 'XXX'}{acled.event_number(e['id'])}",
        "event_date": acled.iso_date(v.day), "year": v.day.year if v.day else None,
        "time_precision": acled.time_precision(e["date_precision"], v.from_publication) if v.day else None,
        "disorder_type": acled.disorder_type(e["event_type"], e["sub_event_type"]),
        "event_type": e["event_type"], "sub_event_type": e["sub_event_type"] or "",
        "actor1": actor_name(v.actor1), "assoc_actor_1": "; ".join(actor_name(a) for a in v.assoc),
        "inter1": inter1, "actor2": actor_name(v.actor2), "assoc_actor_2": "", "inter2": inter2,
        "interaction": acled.interaction(inter1, inter2),
        "civilian_targeting": "Civilian targeting" if inter2 == 7 else "",
        "iso": numeric, "region": region, "country": country,
        "admin1": p.get("admin1") or e["admin1"] or "", "admin2": "", "admin3": "",
        "location": p.get("name_en") or p.get("name_ar") or "",
        "latitude": p.get("lat"), "longitude": p.get("lon"), "geo_precision": e["geo_precision"],
        "source": "; ".join(outlets), "source_scale": "",
        "notes": e["notes_en"] or "", "fatalities": e["fatalities"] or 0, "tags": "",
        "timestamp": e["timestamp"],
    }


def event_json(v: EventView) -> dict[str, Any]:
    """The JSON Lines view: the event, its actors and place, and every source behind it."""
    e = v.event
    loc = dict(v.place, geo_precision=e["geo_precision"]) if v.place else None
    return {
        "id": e["id"], "event_id_cnty": acled_row(v)["event_id_cnty"],
        "event_type": e["event_type"], "sub_event_type": e["sub_event_type"],
        "date": acled.iso_date(e["date"]) or None, "date_precision": e["date_precision"],
        "actor1": v.actor1, "actor2": v.actor2, "assoc_actors": v.assoc, "location": loc,
        "fatalities": e["fatalities"], "notes_en": e["notes_en"], "n_sources": e["n_sources"],
        "timestamp": e["timestamp"], "review": _review_json(v.review),
        "sources": [{k: (acled.iso_date(s[k]) or None if k == "published" else s[k])
                     for k in s if k not in ("event_id",)} for s in v.sources],
    }


def _review_json(state: dict[str, Any] | None) -> dict[str, Any]:
    """The review part of an event's JSON: status, and who, when and what when reviewed."""
    state = state or {"status": "unreviewed"}
    if state["status"] == "unreviewed":
        return {"status": "unreviewed"}
    out = {k: state.get(k) for k in ("status", "revisions", "updated_by", "merged_into", "split_from",
                                       "modality")}
    out["updated_at"] = datetime.fromtimestamp(state["updated_at"], timezone.utc).isoformat(timespec="seconds")
    out["machine"] = {k: (acled.iso_date(v) or None if k == "date" else v) for k, v in state.get("machine", {}).items()}
    return out


@contextmanager
def _sink(out: str | Path | IO[Any] | None, binary: bool) -> Iterator[IO[Any]]:
    if out is None or str(out) == "-":
        yield sys.stdout.buffer if binary else sys.stdout
    elif isinstance(out, (str, Path)):
        with open(out, "wb" if binary else "w", **({} if binary else {"encoding": "utf-8", "newline": ""})) as fh:
            yield fh
    else:
        yield out


def export(db_url: str | Path | None, fmt: str, out: str | Path | IO[Any] | None = None,
           filters: Filters | None = None, *, stats: dict[str, int] | None = None) -> int:
    """Write the store's events as `fmt` to `out` (path, open file, or stdout); returns the
    number of items written (events; edges for GraphML). `stats` receives the counts."""
    if fmt not in FORMATS:
        raise ValueError(f"unknown format {fmt!r}; choose one of {', '.join(FORMATS)}")
    engine = open_store(db_url)
    views = [v for v in load_events(engine, filters) if v.exportable]
    with _sink(out, fmt in ("graphml", "parquet")) as fh:
        counts = write_views(engine, views, fmt, fh, filters or Filters())
    if stats is not None:
        stats.update(counts)
    engine.dispose()
    return counts["written"]


def write_views(engine: Engine, views: list[EventView], fmt: str, fh: IO[Any],
                filters: Filters | None = None) -> dict[str, int]:
    """Write `views` as `fmt` to the open file `fh` (binary for graphml/parquet); the counts."""
    counts: dict[str, int] = {"events": len(views)}
    if fmt == "acled-csv":
        writer = csv.DictWriter(fh, fieldnames=acled.COLUMNS, lineterminator="\n")
        writer.writeheader()
        writer.writerows(acled_row(v) for v in views)
        counts["written"] = len(views)
    elif fmt == "jsonl":
        for v in views:
            fh.write(json.dumps(event_json(v), ensure_ascii=False, default=str) + "\n")
        counts["written"] = len(views)
    elif fmt == "geojson":
        from rasad.store.formats import geojson

        counts.update(geojson(views, fh))
    elif fmt == "graphml":
        from rasad.store.formats import graphml

        counts.update(graphml(engine, views, filters or Filters(), fh))
    elif fmt == "parquet":
        from rasad.store.formats import parquet

        counts.update(parquet(views, fh))
    else:
        raise ValueError(f"unknown format {fmt!r}; choose one of {', '.join(FORMATS)}")
    return counts


def export_text(db_url: str | Path | None, fmt: str, filters: Filters | None = None) -> str:
    """An export as a string (text formats), for tests and notebooks."""
    buf = io.StringIO()
    export(db_url, fmt, buf, filters)
    return buf.getvalue()
