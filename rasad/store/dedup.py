"""Cross-article deduplication: reports of one real-world event become one event.

Why it is order-independent: two reports *match* by a symmetric test (`compatible`); the
connected components of that match graph ("blocks") do not depend on the order reports came
in, and inside a block the split into events is a pure function of the block's reports sorted
canonically. On ingest, only the blocks new reports touch are revisited, and of those only
the part from the earliest new report on is replayed (`rebuild`: what comes before it in
canonical order cannot change); each event's id is derived from its earliest source, so any
ingest order ends in the same rows (`tests/store/test_dedup_incremental.py` checks the store
against `cluster` run on everything at once).

Matching (ACLED's "same event" test, kept conservative): same event type; dates whose spans
overlap (day/week/undated) or the same month for month-level dates (a report dated only to a
year matches nothing, see `Report.matchable`); compatible places (same
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

from sqlalchemy import Connection, Date, bindparam, delete, insert, or_, select, union_all, update

from rasad.places.geo import haversine_km
from rasad.store.models import Article, Event, EventSource
from rasad.store.rows import REAL_MODALITIES, grid_cell

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
        """Undated reports and reports dated only to a year («عام 2014») match nothing: a year
        in one place is no evidence of one event (ACLED codes no event coarser than a month),
        and such retrospective mentions recur in article after article of an archive, so
        merging them would grow one block per place and year without end."""
        return self.date_lo is not None and self.date_precision != "year"


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
_ASSOC, _KEYS = REPORT_FIELDS.index("assoc_actors"), REPORT_FIELDS.index("actor_keys")


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


# Candidate lookups. Each branch below is one index range scan, (event_type, <place key>, date_lo):
# the cost of a lookup follows the reports near the new one, not the size of the store. The
# branches together return every stored report `compatible` with the new one (each condition is
# implied by `compatible` or by the earlier single query's bounding box), so they only save rows.
BRANCHES = ("place", "admin1", "admin1_area", "near", "unplaced", "unplaced_day", "placed_day")


@lru_cache(maxsize=None)
def _candidate_query(fine: bool, by_country: bool, branches: tuple[str, ...], n_cells: int = 0):  # type: ignore[no-untyped-def]
    """Built once per shape (and compiled once per dialect, see `_run`)."""
    es = EventSource.__table__.c
    # (no `date_lo IS NOT NULL`: the range implies it, and SQLite would then pick (event_type, date_lo))
    common = [es.event_type == bindparam("etype")]
    if fine:
        common += [es.date_lo >= bindparam("lo_min"), es.date_lo <= bindparam("hi"), es.date_hi >= bindparam("lo")]
    else:
        common += [es.date_lo == bindparam("lo"), es.date_precision == bindparam("precision")]
    if by_country:
        common.append(or_(es.country == bindparam("country"), es.country.is_(None)))
    same_day = [es.date_lo == bindparam("day"), es.date_precision == bindparam("day_precision")]
    conditions = {
        "place": [es.place_id == bindparam("place")],
        "admin1": [es.admin1 == bindparam("admin1")],  # the new report is area-level
        "admin1_area": [es.admin1 == bindparam("admin1"), es.geo_precision >= 2],
        "near": [es.cell.in_([bindparam(f"cell{i}") for i in range(n_cells)]),
                 es.lat.between(bindparam("lat_lo"), bindparam("lat_hi")),
                 es.lon.between(bindparam("lon_lo"), bindparam("lon_hi"))],
        "unplaced": [es.place_id.is_(None)],
        "unplaced_day": [es.place_id.is_(None), *same_day],
        "placed_day": [es.place_id.is_not(None), *same_day],
    }
    parts = [_report_query().where(*common, *conditions[b]) for b in branches]
    return parts[0] if len(parts) == 1 else union_all(*parts)


def _cells(lat_lo: float, lat_hi: float, lon_lo: float, lon_hi: float) -> list[int]:
    """The grid cells covering a box (`grid_cell` is monotone in each coordinate)."""
    lo, hi = grid_cell(lat_lo, lon_lo), grid_cell(lat_hi, lon_hi)
    if lo is None or hi is None:
        return []
    lat0, lon0 = divmod(lo, 4000)
    lat1, lon1 = divmod(hi, 4000)
    return [a * 4000 + b for a in range(lat0, lat1 + 1) for b in range(lon0, lon1 + 1)]


def _candidates(conn: Connection, r: Report, known: dict[str, Report] | None = None,
                read: dict[tuple[Any, ...], list[Report]] | None = None) -> list[Report]:
    """Stored reports that could match `r`: a superset of `compatible`, cut by index. Rows
    already in `known` (read earlier in the same transaction) are not converted again; a query
    already run in it (`read`: reports of one event by many outlets ask the same one) is not
    run again."""
    fine = r.date_precision in FINE
    params: dict[str, Any] = {
        "etype": r.event_type, "lo": r.date_lo, "hi": r.date_hi,
        "lo_min": r.date_lo - timedelta(days=MAX_SPAN_DAYS),  # type: ignore[operator]
        "precision": r.date_precision, "country": r.country, "place": r.place_id,
        "admin1": r.admin1, "day": r.date, "day_precision": "day"}
    # an unplaced report and a placed one match only with the same actors on the same day
    by_day = bool(r.actor_keys) and r.date_precision == "day"
    if r.place_id is None:
        branches = ["unplaced"] + (["placed_day"] if by_day else [])
    else:
        branches = ["place"] + (["unplaced_day"] if by_day else [])
        if r.admin1 is not None:
            branches.append("admin1" if (r.geo_precision or 1) >= 2 else "admin1_area")
        if r.lat is not None and r.lon is not None and grid_cell(r.lat, r.lon) is not None:
            dlat = NEAR_KM / 110.0 * 1.05
            dlon = NEAR_KM / (111.32 * max(math.cos(math.radians(r.lat)), 0.05)) * 1.05
            box = (r.lat - dlat, r.lat + dlat, r.lon - dlon, r.lon + dlon)
            cells = _cells(*box)
            n_cells = 4 if len(cells) <= 4 else 16 if len(cells) <= 16 else len(cells)
            cells += cells[-1:] * (n_cells - len(cells))  # a few fixed shapes, compiled once each
            params.update({f"cell{i}": c for i, c in enumerate(cells)})
            params.update(lat_lo=box[0], lat_hi=box[1], lon_lo=box[2], lon_hi=box[3])
            branches.append("near")
    shape = (fine, bool(r.country), tuple(branches), n_cells if "near" in branches else 0)
    known = {} if known is None else known
    asked = (shape, tuple(sorted(params.items())))
    if read is not None and asked in read:
        return read[asked]
    seen: dict[str, Report] = {}
    rows, procs = _run(conn, shape, params)
    for row in rows:
        key = f"{row[0]}:{row[1]}"
        if key in seen:
            continue
        rep = known.get(key)
        if rep is None:
            if procs:
                row = list(row)
                for i, proc in procs:
                    row[i] = proc(row[i])
            rep = _report_tuple(row)
        seen[key] = rep
    found = list(seen.values())
    if read is not None:
        read[asked] = found
    return found


_DATE_PARAMS = ("lo", "hi", "lo_min", "day")
_compiled: dict[tuple[Any, ...], tuple[str, tuple[str, ...] | None, list[Any] | None, Any, dict[str, Any]]] = {}


def _run(conn: Connection, shape: tuple[Any, ...], params: dict[str, Any]) -> tuple[list[Any], list[Any]]:
    """Execute a candidate query on the driver's cursor: SQL compiled by SQLAlchemy once per
    dialect and shape, values converted by the same type processors SQLAlchemy would apply.
    (Per-call statement set-up in SQLAlchemy cost more than the indexed lookup itself.)"""
    dialect = conn.dialect
    key = (dialect.name, dialect.driver, dialect.paramstyle, shape)
    entry = _compiled.get(key)
    if entry is None:
        stmt = _candidate_query(*shape)
        compiled = stmt.compile(dialect=dialect)
        positional = tuple(compiled.positiontup) if compiled.positional else None  # type: ignore[arg-type]
        procs = None  # result converters need the driver's column types: set on first run
        literals = {name: b.value for name, b in compiled.binds.items() if not b.required}
        entry = _compiled[key] = (compiled.string, positional, procs,
                                  Date().dialect_impl(dialect).bind_processor(dialect), literals)
    sql, positional, procs, bind_date, literals = entry
    params = {**literals, **params}
    if bind_date is not None:
        params = {k: (bind_date(v) if k in _DATE_PARAMS else v) for k, v in params.items()}
    cursor = conn.connection.dbapi_connection.cursor()  # type: ignore[union-attr]
    try:
        cursor.execute(sql, tuple(params[n] for n in positional) if positional is not None else params)
        rows = cursor.fetchall()
        if procs is None:
            columns = _candidate_query(*shape).selected_columns
            procs = [(i, p) for i, p in enumerate(
                c.type.dialect_impl(dialect).result_processor(dialect, d[1])
                for c, d in zip(columns, cursor.description)) if p is not None]
            _compiled[key] = (sql, positional, procs, bind_date, literals)
    finally:
        cursor.close()
    return rows, procs  # raw driver values; `procs` are (column, converter) to apply


def _report_tuple(row: Any) -> Report:
    """A Report from a row in `_report_query`'s column order (REPORT_FIELDS)."""
    values = list(row)
    values[_ASSOC] = tuple(values[_ASSOC] or ())
    values[_KEYS] = frozenset(values[_KEYS] or ())
    return Report(*values)


def _chunks(items: list[Any]) -> Iterable[list[Any]]:
    for i in range(0, len(items), CHUNK):
        yield items[i:i + CHUNK]


def rebuild(conn: Connection, new: list[Report]) -> int:
    """Fold newly inserted reports into events; returns the number of events rewritten.
    Runs inside the caller's transaction, after the reports' rows are inserted.

    The stored events are always what `cluster` would make of all stored reports at once. A
    report's place in the greedy pass depends only on the reports before it (in canonical
    order) in its block, so when new reports join a block, the events of its reports before the
    earliest new one stand; only the block's *suffix* from there on is replayed, against the
    events its reports could join (those holding a report they match). Blocks that new reports
    join are renamed in one statement, never read whole: the cost of a batch follows what it
    touches, not how far the match graph has grown.
    """
    if not new:
        return 0
    es = EventSource.__table__.c
    reports: dict[str, Report] = {}  # every report known in this call, by key
    fresh: dict[str, Report] = {}  # reports to place from scratch: the new ones
    for r in new:
        if _is_event(r):
            fresh.setdefault(r.key, r)
    reports.update(fresh)
    nbrs: dict[str, list[str]] = {}
    read: dict[tuple[Any, ...], list[Report]] = {}  # the stored rows do not change while neighbours are read

    def neighbours(r: Report) -> list[str]:
        if r.key not in nbrs:
            found = []
            if r.matchable:
                for c in _candidates(conn, r, reports, read):
                    if c.key != r.key and compatible(r, c):
                        found.append(reports.setdefault(c.key, c).key)
            nbrs[r.key] = found
        return nbrs[r.key]

    # 1. components of the new match graph: new reports, and the stored blocks they match
    parent: dict[tuple[str, str], tuple[str, str]] = {}

    def find(x: tuple[str, str]) -> tuple[str, str]:
        parent.setdefault(x, x)
        while parent[x] != x:
            parent[x] = parent[parent[x]]
            x = parent[x]
        return x

    def union(x: tuple[str, str], y: tuple[str, str]) -> None:
        rx, ry = find(x), find(y)
        if rx != ry:
            parent[max(rx, ry)] = min(rx, ry)

    work = sorted(fresh.values(), key=lambda r: r.order)
    for r in work:  # grows: a stored report without a block (never expected) is placed anew
        find(("r", r.key))
        for k in neighbours(r):
            c = reports[k]
            if k in fresh:
                union(("r", r.key), ("r", k))
            elif c.block_id is None:
                fresh[k] = c
                work.append(c)
                union(("r", r.key), ("r", k))
            else:
                union(("r", r.key), ("b", c.block_id))
    comps: dict[tuple[str, str], tuple[list[Report], list[str]]] = {}
    for node in list(parent):
        root = find(node)
        members, blocks = comps.setdefault(root, ([], []))
        if node[0] == "r":
            members.append(reports[node[1]])
        else:
            blocks.append(node[1])

    # 2. each component's name (its first report) and start (its earliest new report)
    first_of_block = _block_firsts(conn, sorted({b for _, bs in comps.values() for b in bs}))
    suffix: dict[str, Report] = {}
    comp_of: dict[str, tuple[Any, ...]] = {}  # report key -> (block name, start order)
    renames: list[dict[str, str]] = []
    for members, blocks in comps.values():
        start = min(r.order for r in members)
        name = min([(r.order, r.key) for r in members] + [(first_of_block[b], b) for b in blocks])[1]
        renames.extend({"old": b, "new": name} for b in sorted(blocks) if b != name)
        for r in members:
            suffix[r.key] = r
            comp_of[r.key] = (name, start)
        for part in _chunks(sorted(blocks)):
            # the stored reports of these blocks from `start` on are placed again
            q = _report_query().where(es.block_id.in_(part))
            q = q.where(or_(es.published >= start[0], es.published.is_(None))) if start[0] != date.max \
                else q.where(es.published.is_(None))
            for row in conn.execute(q):
                rep = reports.setdefault(*_keyed(_report(row)))
                if rep.order >= start and rep.key not in fresh:
                    suffix[rep.key] = rep
                    comp_of[rep.key] = (name, start)

    # 3. the stored events the suffix could join or leaves, as they stand before `start`
    old_suffix_events = {r.event_id for r in suffix.values() if r.event_id and r.key not in fresh}
    wanted = set(old_suffix_events)
    for r in list(suffix.values()):
        for k in neighbours(r):
            c = reports[k]
            if k not in suffix and c.event_id:
                wanted.add(c.event_id)
    loaded: dict[str, list[Report]] = {}
    for part in _chunks(sorted(wanted)):
        for row in conn.execute(_report_query().where(es.event_id.in_(part))):
            rep = reports.setdefault(*_keyed(_report(row)))
            if rep.key not in suffix:
                loaded.setdefault(rep.event_id, []).append(rep)  # type: ignore[arg-type]
    groups: list[list[Report]] = []
    group_of: dict[str, int] = {}
    prefix_ids: dict[int, str] = {}
    for eid in sorted(loaded):
        members = sorted(loaded[eid], key=lambda r: r.order)
        prefix_ids[len(groups)] = eid
        for m in members:
            group_of[m.key] = len(groups)
        groups.append(members)

    # 4. the greedy pass of `cluster`, over the suffix only: the same choices it would make
    touched = {g for g, eid in prefix_ids.items() if eid in old_suffix_events}
    for r in sorted(suffix.values(), key=lambda r: r.order):
        best: tuple[Any, ...] | None = None
        for g in {group_of[k] for k in nbrs.get(r.key, ()) if k in group_of}:
            members = groups[g]
            if all(compatible(r, m) for m in members):
                # `cluster` keeps the closest group, then the one made first (earliest first report)
                score = (max(closeness(r, m) for m in members), _Desc(members[0].order), g)
                if best is None or score[:2] > best[:2]:
                    best = score
        if best is None:
            g = len(groups)
            groups.append([r])
        else:
            g = best[2]
            groups[g].append(r)
        group_of[r.key] = g
        touched.add(g)

    # 5. write: events of touched groups, renamed blocks, and the suffix's links
    old_events = sorted(old_suffix_events | {prefix_ids[g] for g in touched if g in prefix_ids})
    for part in _chunks(old_events):
        conn.execute(delete(Event.__table__).where(Event.__table__.c.id.in_(part)))
    rows, links = [], []
    for g in sorted(touched):
        if not groups[g]:
            continue
        row = merge(groups[g])
        rows.append(row)
        for r in groups[g]:
            if r.key in suffix:
                name = comp_of[r.key][0]
                if (r.event_id, r.block_id) != (row["id"], name) or r.key in fresh:
                    links.append({"a": r.article_id, "i": r.idx, "e": row["id"], "b": name})
    if rows:
        conn.execute(insert(Event.__table__), rows)
    if renames:
        conn.execute(update(EventSource.__table__).where(es.block_id == bindparam("old"))
                     .values(block_id=bindparam("new")), renames)
    if links:
        conn.execute(
            update(EventSource.__table__)
            .where(es.article_id == bindparam("a"), es.idx == bindparam("i"))
            .values(event_id=bindparam("e"), block_id=bindparam("b")),
            links,
        )
    return len(rows)


class _Desc:
    """Reverses an order inside a sort key: the earlier first report wins a tie."""

    __slots__ = ("v",)

    def __init__(self, v: Any) -> None:
        self.v = v

    def __lt__(self, other: _Desc) -> bool:
        return bool(self.v > other.v)

    def __gt__(self, other: _Desc) -> bool:
        return bool(self.v < other.v)

    def __eq__(self, other: object) -> bool:
        return isinstance(other, _Desc) and self.v == other.v


def _keyed(r: Report) -> tuple[str, Report]:
    return r.key, r


def _block_firsts(conn: Connection, blocks: list[str]) -> dict[str, tuple[date, str, int]]:
    """The canonical order of each block's first report (a block is named by that report)."""
    es = EventSource.__table__.c
    wanted = {b: tuple(b.rsplit(":", 1)) for b in blocks}
    out: dict[str, tuple[date, str, int]] = {}
    articles = sorted({a for a, _ in wanted.values()})
    published: dict[tuple[str, str], date | None] = {}
    for part in _chunks(articles):
        for row in conn.execute(select(es.article_id, es.idx, es.published).where(es.article_id.in_(part))):
            published[(row.article_id, str(row.idx))] = row.published
    for b, (aid, idx) in wanted.items():
        out[b] = (published.get((aid, idx)) or date.max, aid, int(idx))
    return out


def _is_event(r: Report) -> bool:
    """Negated, planned and hypothetical reports are kept as sources of nothing."""
    return r.modality in REAL_MODALITIES
