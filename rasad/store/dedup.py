"""Cross-article deduplication: reports of one real-world event become one event.

Why it is order-independent: two reports *match* by a symmetric test (`compatible`); the
connected components of that match graph ("blocks") do not depend on the order reports came
in, and inside a block the split into events is a pure function of the block's reports sorted
canonically. On ingest, only blocks touched by new reports are rebuilt (`rebuild`), and each
event's id is derived from its earliest source, so any ingest order ends in the same rows.

Matching (ACLED's "same event" test, kept conservative): same event type; dates whose spans
overlap (day/week/undated) or the same month/year for coarse dates; compatible places (same
place, within 10 km, or same admin1 with one report only area-level); overlapping actors when
both name any. Two events from one article are never merged: the extractor already kept them
apart. An event's reports must all match each other (complete linkage), so a vague report
cannot chain two distinct events together. Fatalities: the lowest figure any source gives (ACLED's conservative rule).
"""

from __future__ import annotations

import hashlib
import math
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, fields
from datetime import date, datetime, time, timedelta, timezone
from functools import lru_cache
from typing import Any

from sqlalchemy import Connection, and_, bindparam, delete, insert, or_, select, update

from rasad.places.geo import haversine_km
from rasad.store.models import Article, Event, EventSource
from rasad.store.rows import REAL_MODALITIES

NEAR_KM = 10.0
MAX_SPAN_DAYS = 2 * 6 + 1  # widest span a day/week/undated report can have (see rows.date_span)
FINE = {None, "day", "week"}
PRECISION_RANK = {"day": 0, "week": 1, "month": 2, "year": 3, None: 4}
CHUNK = 500


@dataclass(frozen=True)
class Report:
    """One event as one article reports it: the fields dedup reads, from `event_sources`."""

    article_id: str
    idx: int
    published: date | None
    ingested_at: int
    event_type: str
    sub_event_type: str | None
    date: date | None
    date_precision: str | None
    date_lo: date | None
    date_hi: date | None
    actor1: str | None
    actor2: str | None
    assoc_actors: tuple[str, ...]
    actor_keys: frozenset[str]
    place_id: str | None
    country: str | None
    admin1: str | None
    lat: float | None
    lon: float | None
    geo_precision: int | None
    fatalities: int | None
    confidence: float | None
    notes_en: str | None
    modality: str | None
    block_id: str | None
    event_id: str | None

    @property
    def key(self) -> str:
        return f"{self.article_id}:{self.idx}"

    @property
    def order(self) -> tuple[date, str, int]:
        """Canonical order: earliest publication first, then article id, then position."""
        return (self.published or date.max, self.article_id, self.idx)

    @property
    def matchable(self) -> bool:
        return self.date_lo is not None


def compatible(a: Report, b: Report) -> bool:
    """Could `a` and `b` be two reports of one real-world event? (symmetric)"""
    if a.event_type != b.event_type or a.article_id == b.article_id:
        return False
    if not (a.matchable and b.matchable and _dates_match(a, b)):
        return False
    if a.country and b.country and a.country != b.country:
        return False
    if a.actor_keys and b.actor_keys and not (a.actor_keys & b.actor_keys):
        return False
    if a.place_id is None or b.place_id is None:
        # An unplaced report needs more: both place-less, or the same actors on the same day.
        if a.place_id is None and b.place_id is None:
            return bool(a.actor_keys & b.actor_keys)
        return bool(a.actor_keys) and a.actor_keys == b.actor_keys and \
            a.date_precision == b.date_precision == "day" and a.date == b.date
    return _places_match(a, b)


def _dates_match(a: Report, b: Report) -> bool:
    if a.date_precision in FINE and b.date_precision in FINE:
        return a.date_lo <= b.date_hi and b.date_lo <= a.date_hi  # type: ignore[operator]
    return a.date_precision == b.date_precision and a.date_lo == b.date_lo


def _places_match(a: Report, b: Report) -> bool:
    if a.place_id == b.place_id:
        return True
    if None not in (a.lat, a.lon, b.lat, b.lon):
        if haversine_km(a.lat, a.lon, b.lat, b.lon) <= NEAR_KM:  # type: ignore[arg-type]
            return True
    area = max(a.geo_precision or 1, b.geo_precision or 1) >= 2
    return area and a.admin1 is not None and a.admin1 == b.admin1


def closeness(a: Report, b: Report) -> tuple[int, int, int]:
    """How alike two matching reports are, to send a vague report (an area, no actors) to the
    event it fits best rather than to the first one it could fit."""
    place = 3 if a.place_id is not None and a.place_id == b.place_id else \
        2 if None not in (a.lat, a.lon, b.lat, b.lon) and \
        haversine_km(a.lat, a.lon, b.lat, b.lon) <= NEAR_KM else 1  # type: ignore[arg-type]
    return (len(a.actor_keys & b.actor_keys), place, int(a.date == b.date))


def _edges(todo: list[Report]) -> Iterator[tuple[int, int]]:
    """Index pairs of matching reports, compared only where they can match: same event type,
    and for day/week reports a sweep over start dates (no all-pairs pass over a batch)."""
    buckets: dict[tuple[Any, ...], list[int]] = {}
    for i, r in enumerate(todo):
        if not r.matchable:
            continue
        fine = r.date_precision in FINE
        buckets.setdefault((r.event_type, fine, None if fine else (r.date_precision, r.date_lo)), []).append(i)
    for (_, fine, _), idx in buckets.items():
        idx.sort(key=lambda i: todo[i].date_lo)  # type: ignore[arg-type, return-value]
        for n, i in enumerate(idx):
            a = todo[i]
            for j in idx[n + 1:]:
                if fine and todo[j].date_lo > a.date_hi:  # type: ignore[operator]
                    break
                if compatible(a, todo[j]):
                    yield i, j


def cluster(reports: Iterable[Report]) -> list[tuple[str, list[list[Report]]]]:
    """Split reports into blocks (match-graph components, named by their first report) and
    each block into events whose reports all match each other (greedy over the canonical
    order, hence deterministic)."""
    todo = sorted(reports, key=lambda r: r.order)
    parent = list(range(len(todo)))

    def find(i: int) -> int:
        while parent[i] != i:
            parent[i] = parent[parent[i]]
            i = parent[i]
        return i

    for i, j in _edges(todo):
        ri, rj = find(i), find(j)
        if ri != rj:
            parent[max(ri, rj)] = min(ri, rj)
    blocks: dict[int, list[Report]] = {}
    for i, r in enumerate(todo):
        blocks.setdefault(find(i), []).append(r)
    out: list[tuple[str, list[list[Report]]]] = []
    for block in blocks.values():
        groups: list[list[Report]] = []
        for r in block:
            # complete linkage: a report joins an event only if it matches every report in it,
            # so one vague area-level report cannot chain two towns' strikes together
            scored = [(max(closeness(r, m) for m in g), -n) for n, g in enumerate(groups)
                      if all(compatible(r, m) for m in g)]
            if scored:
                groups[-max(scored)[1]].append(r)
            else:
                groups.append([r])
        out.append((block[0].key, groups))
    return out


def event_id(first: Report) -> str:
    """Stable id of an event: a hash of its earliest source."""
    return hashlib.sha256(first.key.encode("utf-8")).hexdigest()[:16]


def _midnight(day: date) -> int:
    return int(datetime.combine(day, time(), tzinfo=timezone.utc).timestamp())


def merge(group: list[Report]) -> dict[str, Any]:
    """The events row for one group of reports (already in canonical order)."""
    first = group[0]
    by_actors = min(group, key=lambda r: (-(r.actor1 is not None) - (r.actor2 is not None),
                                          -(r.confidence or 0.0), r.order))
    by_date = min(group, key=lambda r: (PRECISION_RANK.get(r.date_precision, 4), r.date or date.max, r.order))
    by_place = min(group, key=lambda r: (r.place_id is None, r.geo_precision or 9, r.order))
    main = {by_actors.actor1, by_actors.actor2}
    assoc = sorted({a for r in group for a in r.assoc_actors} - main - {None})
    figures = [r.fatalities for r in group if r.fatalities is not None]
    published = [r.published for r in group if r.published]
    return {
        "id": event_id(first), "event_type": first.event_type,
        "sub_event_type": by_actors.sub_event_type,
        "date": by_date.date, "date_precision": by_date.date_precision,
        "actor1": by_actors.actor1, "actor2": by_actors.actor2, "assoc_actors": assoc,
        "place_id": by_place.place_id, "country": by_place.country, "admin1": by_place.admin1,
        "geo_precision": by_place.geo_precision,
        "fatalities": min(figures) if figures else None,
        "notes_en": by_actors.notes_en,
        "n_sources": len({r.article_id for r in group}),
        # ACLED's timestamp is "last updated": the newest source's publication, stable on re-ingest.
        "timestamp": _midnight(max(published)) if published else min(r.ingested_at for r in group),
    }


# --- the database side -------------------------------------------------------------------

REPORT_FIELDS = [f.name for f in fields(Report)]


def _report_query():  # type: ignore[no-untyped-def]
    es, art = EventSource.__table__.c, Article.__table__.c
    cols = [art.ingested_at if name == "ingested_at" else es[name] for name in REPORT_FIELDS]
    return select(*cols).join(Article.__table__, art.id == es.article_id)


def report_from(values: dict[str, Any]) -> Report:
    """A Report from an event_sources row (plus the article's `ingested_at`)."""
    m = {name: values.get(name) for name in REPORT_FIELDS}
    m["assoc_actors"] = tuple(m["assoc_actors"] or ())
    m["actor_keys"] = frozenset(m["actor_keys"] or ())
    return Report(**m)


def _report(row: Any) -> Report:
    return report_from(dict(row._mapping))


@lru_cache(maxsize=None)
def _candidate_query(fine: bool, by_country: bool, by_place: bool, area: bool):  # type: ignore[no-untyped-def]
    """Built once and cached (SQLAlchemy compiles it once too): one query per new report.
    Every condition is implied by `compatible`, so the query only saves fetching rows."""
    es = EventSource.__table__.c
    q = _report_query().where(es.event_type == bindparam("etype"), es.date_lo.is_not(None))
    if fine:
        q = q.where(es.date_lo >= bindparam("lo_min"), es.date_lo <= bindparam("hi"),
                    es.date_hi >= bindparam("lo"))
    else:
        q = q.where(es.date_lo == bindparam("lo"), es.date_precision == bindparam("precision"))
    if by_country:
        q = q.where(or_(es.country == bindparam("country"), es.country.is_(None)))
    if by_place:
        same_admin1 = es.admin1 == bindparam("admin1")
        q = q.where(or_(es.place_id.is_(None), es.place_id == bindparam("place"),
                        same_admin1 if area else and_(same_admin1, es.geo_precision >= 2),
                        and_(es.lat.between(bindparam("lat_lo"), bindparam("lat_hi")),
                             es.lon.between(bindparam("lon_lo"), bindparam("lon_hi")))))
    return q


def _candidates(conn: Connection, r: Report) -> list[Report]:
    """Stored reports that could match `r`: a superset of `compatible`, cut by index."""
    fine = r.date_precision in FINE
    params: dict[str, Any] = {
        "etype": r.event_type, "lo": r.date_lo, "hi": r.date_hi,
        "lo_min": r.date_lo - timedelta(days=MAX_SPAN_DAYS),  # type: ignore[operator]
        "precision": r.date_precision, "country": r.country, "place": r.place_id,
        "admin1": r.admin1, "lat_lo": None, "lat_hi": None, "lon_lo": None, "lon_hi": None}
    if r.lat is not None and r.lon is not None:
        dlat = NEAR_KM / 110.0 * 1.05
        dlon = NEAR_KM / (111.32 * max(math.cos(math.radians(r.lat)), 0.05)) * 1.05
        params.update(lat_lo=r.lat - dlat, lat_hi=r.lat + dlat, lon_lo=r.lon - dlon, lon_hi=r.lon + dlon)
    q = _candidate_query(fine, bool(r.country), r.place_id is not None, (r.geo_precision or 1) >= 2)
    return [_report(row) for row in conn.execute(q, params)]


def _chunks(items: list[Any]) -> Iterable[list[Any]]:
    for i in range(0, len(items), CHUNK):
        yield items[i:i + CHUNK]


def rebuild(conn: Connection, new: list[Report]) -> int:
    """Fold newly inserted reports into events; returns the number of events rewritten.
    Runs inside the caller's transaction, after the reports' rows are inserted."""
    if not new:
        return 0
    es = EventSource.__table__.c
    pool: dict[str, Report] = {r.key: r for r in new}
    blocks: set[str] = set()
    for r in new:
        if not r.matchable:
            continue
        for c in _candidates(conn, r):
            if compatible(r, c):
                pool.setdefault(c.key, c)
                if c.block_id:
                    blocks.add(c.block_id)
    for part in _chunks(sorted(blocks)):
        for row in conn.execute(_report_query().where(es.block_id.in_(part))):
            rep = _report(row)
            pool.setdefault(rep.key, rep)
    eligible = [r for r in pool.values() if _is_event(r)]
    old_events = sorted({r.event_id for r in pool.values() if r.event_id})
    for part in _chunks(old_events):
        conn.execute(delete(Event.__table__).where(Event.__table__.c.id.in_(part)))
    rows, links = [], []
    for block, groups in cluster(eligible):
        for group in groups:
            row = merge(group)
            rows.append(row)
            links.extend({"a": r.article_id, "i": r.idx, "e": row["id"], "b": block} for r in group)
    if rows:
        conn.execute(insert(Event.__table__), rows)
        conn.execute(
            update(EventSource.__table__)
            .where(es.article_id == bindparam("a"), es.idx == bindparam("i"))
            .values(event_id=bindparam("e"), block_id=bindparam("b")),
            links,
        )
    return len(rows)


def _is_event(r: Report) -> bool:
    """Negated, planned and hypothetical reports are kept as sources of nothing."""
    return r.modality in REAL_MODALITIES
