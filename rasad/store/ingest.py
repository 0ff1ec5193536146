"""Ingest: articles in, extracted records stored, events deduplicated — batch by batch.

Each batch is one transaction: a killed run loses at most the batch in flight, and the next
run skips every stored article *before* extracting it (the article id is the text's hash), so
re-running resumes where the last run stopped and re-ingesting adds nothing.

Several writers may share one store (separate `rasad ingest` runs, or a run whose extraction
is spread over a Dask cluster): each batch's transaction first takes the store's write lock
(PostgreSQL: an advisory transaction lock; SQLite: BEGIN IMMEDIATE) and drops the articles
another writer stored since the early check, so no article is stored twice and dedup sees
every batch whole, as if the runs had been one after the other.

On PostgreSQL a lost connection (the server restarting, a network cut) does not end the run:
the batch in flight is rolled back by the server, so it is retried whole, with backoff, for up
to RETRY_SECONDS, and a line on stderr says so. A retry re-reads the stored ids under the
write lock, so a batch whose commit did land before the connection went is not stored twice.
"""

from __future__ import annotations

import sys
import time
from collections import Counter
from collections.abc import Callable, Iterable
from concurrent.futures import ProcessPoolExecutor
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, TypeVar

from rich.console import Console
from rich.progress import BarColumn, MofNCompleteColumn, Progress, TextColumn, TimeElapsedColumn
from sqlalchemy import Connection, Engine, func, insert, select, update
from sqlalchemy.exc import DBAPIError

from rasad.batch import batched
from rasad.store import dedup
from rasad.store.db import lock_store, open_store
from rasad.store.inputs import MAX_BYTES, Article, Extracted, Item, Skipped, iter_inputs, reason_kind
from rasad.store.models import Actor, EventSource, Mention, Place, Relation
from rasad.store.models import Article as ArticleRow
from rasad.store.models import Event as EventRow
from rasad.store.rows import RecordRows, article_id, record_rows

Extractor = Callable[..., dict[str, Any]]
Extracts = list[tuple[dict[str, Any] | None, str | None]]  # (record, None) or (None, reason) per article
ExtractMany = Callable[[list[Article]], Callable[[], Extracts]]  # starts a batch; call the result to wait
CHUNK = 500
MAX_LISTED_SKIPS = 1000
RETRY_SECONDS = 60.0  # how long to keep retrying a batch after the database connection is lost
RETRY_FIRST_DELAY = 0.5  # seconds; doubled after each failed attempt, up to RETRY_MAX_DELAY
RETRY_MAX_DELAY = 8.0
# PostgreSQL states of a lost connection: class 08 (connection exception), and the server
# shutting down or starting up (admin shutdown, crash shutdown, cannot connect now).
_LOST_STATES = ("57P01", "57P02", "57P03")
T = TypeVar("T")
Retry = Callable[[Callable[[int], Any]], Any]  # runs fn(attempt), again while the connection is lost


@dataclass
class IngestReport:
    """What a run did; `skipped` counts kinds of reason, `skips` lists the first inputs and
    their full reasons."""

    seen: int = 0
    stored: int = 0
    already: int = 0  # in the store before (or earlier in this run): nothing added
    skipped: Counter[str] = field(default_factory=Counter)
    skips: list[tuple[str, str]] = field(default_factory=list)
    reports: int = 0  # event reports (event_sources rows) added
    events: int = 0  # events in the store at the end
    batches: int = 0
    seconds: float = 0.0

    def skip(self, origin: str, reason: str) -> None:
        self.skipped[reason_kind(reason)] += 1
        if len(self.skips) < MAX_LISTED_SKIPS:
            self.skips.append((origin, reason))

    @property
    def per_second(self) -> float:
        return self.stored / self.seconds if self.seconds else 0.0

    def summary(self) -> str:
        lines = [f"articles seen {self.seen}: stored {self.stored}, already stored {self.already}, "
                 f"skipped {sum(self.skipped.values())}",
                 f"event reports added {self.reports}; events in store {self.events}",
                 f"{self.seconds:.1f} s, {self.per_second:.1f} articles/s"]
        lines += [f"  skipped ({reason}): {n}" for reason, n in sorted(self.skipped.items())]
        return "\n".join(lines)


def default_extractor() -> Extractor:
    """`rasad.extract`, imported late so the store works (on ready records) without it."""
    import rasad

    extract = getattr(rasad, "extract", None)
    if extract is None:
        raise RuntimeError("rasad.extract is not available: ingest extracted records (JSON Lines) instead")
    return extract


def ingest(paths: Iterable[str | Path], db_url: str | Path | None = None, *, batch_size: int = 200,
           extractor: Extractor | None = None, workers: int = 1, progress: bool = True,
           max_bytes: int = MAX_BYTES, store_text: bool = True,
           on_batch: Callable[[int], None] | None = None, dask: str | None = None) -> IngestReport:
    """Ingest files/folders (`.txt`, `.jsonl`, `.html`, feeds, `-`) into the store at `db_url`.

    `dask` (`local:N` or `tcp://host:port`, see `rasad.distributed`) extracts each batch on a
    Dask cluster instead of here or in `workers` processes; the store is written from here."""
    paths = [str(p) for p in paths]
    engine = open_store(db_url)
    total = _total_bytes(paths)

    def run(extract_many: ExtractMany | None) -> IngestReport:
        return ingest_items(engine, iter_inputs(paths, max_bytes=max_bytes), batch_size=batch_size,
                            extractor=extractor, workers=workers, progress=progress, total=total,
                            store_text=store_text, on_batch=on_batch, extract_many=extract_many)
    if dask is None:
        return run(None)
    from rasad.distributed import connect, ingest_extractor

    with connect(dask) as client:
        return run(ingest_extractor(client, extractor))


def ingest_records(records: Iterable[dict[str, Any]], db_url: str | Path | None = None, *,
                   batch_size: int = 200, progress: bool = False,
                   texts: Iterable[str | None] | None = None) -> IngestReport:
    """Ingest ready SCHEMA.md records (no extraction): the store's cost alone."""
    text_iter = iter(texts) if texts is not None else None
    items = (Extracted(r, f"record:{i}", 0, next(text_iter) if text_iter else None)
             for i, r in enumerate(records))
    return ingest_items(open_store(db_url), items, batch_size=batch_size, progress=progress)


def ingest_items(engine: Engine, items: Iterable[Item], *, batch_size: int = 200,
                 extractor: Extractor | None = None, workers: int = 1, progress: bool = True,
                 total: int | None = None, store_text: bool = True,
                 on_batch: Callable[[int], None] | None = None,
                 extract_many: ExtractMany | None = None) -> IngestReport:
    """The loop: batches of items → skip known ids → extract → store in one transaction.

    `extract_many` replaces the extraction here or in the `workers` pool: it starts a batch's
    articles elsewhere (e.g. `rasad.distributed.ingest_extractor`, on a Dask cluster) and
    returns a function that waits for their (record, reason) pairs, in order. The next batch
    is then started before this one is stored, so the cluster extracts while the store writes;
    an article of both batches is extracted twice and stored once (the check in the write
    transaction sees it)."""
    report = IngestReport()
    start = time.perf_counter()
    seen_ids: set[str] = set()
    pool = ProcessPoolExecutor(workers) if workers > 1 and extract_many is None else None
    extract: list[Extractor | None] = [extractor]
    bar = _progress(progress)
    task = bar.add_task("ingest", total=total or None, stats="")

    def retry(what: str, fn: Callable[[int], T]) -> T:
        return _retrying(engine, what, fn, bar.console if progress else None)

    def finish(number: int, batch: list[Item], fresh: list[tuple[str, Article | Extracted]],
               results: Callable[[], Extracts]) -> None:
        _store_batch(engine, fresh, results(), report, seen_ids, store_text,
                     lambda fn: retry(f"batch {number}", fn))
        report.batches += 1
        bar.update(task, advance=sum(i.size for i in batch),
                   stats=f"stored {report.stored} · known {report.already} · "
                         f"skipped {sum(report.skipped.values())}")
        if on_batch:
            on_batch(report.batches)

    started: tuple[int, list[Item], list[tuple[str, Article | Extracted]], Callable[[], Extracts]] | None = None
    try:
        with bar:
            for number, batch in enumerate(batched(items, max(1, batch_size)), 1):
                fresh = _fresh_items(engine, batch, report, seen_ids,
                                     lambda fn, number=number: retry(f"batch {number}", fn))
                todo = [item for _, item in fresh if isinstance(item, Article)]
                if extract_many is None:
                    done = _extract_all(todo, extract, pool)
                    finish(number, batch, fresh, lambda: done)
                    continue
                results = extract_many(todo) if todo else (lambda: [])
                if started:
                    finish(*started)
                started = (number, batch, fresh, results)
            if started:
                finish(*started)
    finally:
        if pool:
            pool.shutdown(cancel_futures=True)
    report.events = retry("event count", lambda _attempt: _count_events(engine))
    report.seconds = time.perf_counter() - start
    return report


def _count_events(engine: Engine) -> int:
    with engine.connect() as conn:
        return int(conn.execute(select(func.count()).select_from(EventRow.__table__)).scalar_one())


def connection_lost(engine: Engine, exc: BaseException) -> bool:
    """Whether `exc` means the PostgreSQL connection went (server restarting or unreachable),
    not that the statement was wrong: only then is retrying the transaction worth it. SQLite
    errors are never retried here (a locked SQLite file already waits in `lock_store`)."""
    if engine.dialect.name != "postgresql":
        return False
    if isinstance(exc, DBAPIError) and exc.connection_invalidated:
        return True
    orig = exc.orig if isinstance(exc, DBAPIError) else exc
    try:
        import psycopg
    except ImportError:  # pragma: no cover - the PostgreSQL dialect needs it
        return False
    if not isinstance(orig, psycopg.OperationalError):
        return False
    state = getattr(orig, "sqlstate", None)
    # no state: raised by the client (connection refused, closed, cut mid-query)
    return state is None or state.startswith("08") or state in _LOST_STATES


def _retrying(engine: Engine, what: str, fn: Callable[[int], T], console: Console | None) -> T:
    """`fn(attempt)` (0 first), run again while the database connection is lost, with backoff
    for up to RETRY_SECONDS; each retry is announced on stderr. Other errors are raised."""
    delay, attempt, deadline = RETRY_FIRST_DELAY, 0, None
    while True:
        try:
            return fn(attempt)
        except Exception as exc:
            if not connection_lost(engine, exc):
                raise
            now = time.monotonic()
            deadline = deadline if deadline is not None else now + RETRY_SECONDS
            if now >= deadline:
                raise
            attempt += 1
            line = f"database connection lost, retrying {what} (attempt {attempt})"
            if console is not None:  # above the progress bar, not through it
                console.print(line, markup=False, highlight=False, soft_wrap=True)
            else:
                print(line, file=sys.stderr, flush=True)
            engine.dispose()  # the pool's connections are to the server that went
            time.sleep(min(delay, deadline - now))
            delay = min(delay * 2, RETRY_MAX_DELAY)


def _progress(enabled: bool) -> Progress:
    return Progress(TextColumn("[bold]{task.description}"), BarColumn(), MofNCompleteColumn(),
                    TextColumn("{task.fields[stats]}"), TimeElapsedColumn(),
                    console=Console(stderr=True), disable=not enabled, transient=False)


def _total_bytes(paths: list[str]) -> int | None:
    total = 0
    for p in paths:
        path = Path(p)
        if p == "-":
            return None
        if path.is_dir():
            total += sum(f.stat().st_size for f in path.rglob("*") if f.is_file())
        elif path.is_file():
            total += path.stat().st_size
    return total


def _safe_extract(extract: Extractor, item: Article) -> tuple[dict[str, Any] | None, str | None]:
    m = item.meta
    try:
        record = extract(item.text, m.get("published"), source_id=m.get("source_id"),
                         url=m.get("url"), title=m.get("title"), outlet=m.get("outlet"))
    except Exception as exc:  # one article's failure must not end the batch
        return None, f"extraction failed ({exc.__class__.__name__})"
    if not isinstance(record, dict):
        return None, "extraction failed (no record)"
    return record, None


def _extract_all(todo: list[Article], extract: list[Extractor | None],
                 pool: ProcessPoolExecutor | None) -> Extracts:
    if not todo:
        return []
    if extract[0] is None:
        extract[0] = default_extractor()
    fn = extract[0]
    if pool is not None:
        return list(pool.map(_safe_extract, [fn] * len(todo), todo, chunksize=8))
    return [_safe_extract(fn, item) for item in todo]


def _known_ids(engine: Engine, ids: list[str]) -> set[str]:
    with engine.connect() as conn:
        return _stored_ids(conn, ids)


def _stored_ids(conn: Connection, ids: list[str]) -> set[str]:
    found: set[str] = set()
    table = ArticleRow.__table__
    for i in range(0, len(ids), CHUNK):
        part = ids[i:i + CHUNK]
        found.update(conn.execute(select(table.c.id).where(table.c.id.in_(part))).scalars())
    return found


def _once(fn: Callable[[int], T]) -> T:
    return fn(0)


def _fresh_items(engine: Engine, batch: list[Item], report: IngestReport, seen_ids: set[str],
                 retry: Retry = _once) -> list[tuple[str, Article | Extracted]]:
    """The batch's items not stored yet, with their article ids; skips and known ones counted.
    `retry` runs the store look-up (again, when the connection is lost)."""
    keyed: list[tuple[str, Article | Extracted]] = []
    for item in batch:
        if isinstance(item, Skipped):
            report.skip(item.origin, item.reason)
            continue
        report.seen += 1
        if isinstance(item, Extracted):
            aid = (item.record.get("article") or {}).get("id") or (article_id(item.text) if item.text else None)
            if not aid:
                report.skip(item.origin, "record without article id")
                continue
        else:
            aid = article_id(item.text)
        keyed.append((aid, item))
    ids = sorted({aid for aid, _ in keyed})
    known = retry(lambda _attempt: _known_ids(engine, ids)) | seen_ids
    fresh: list[tuple[str, Article | Extracted]] = []
    for aid, item in keyed:
        if aid in known:
            report.already += 1
        else:
            known.add(aid)
            fresh.append((aid, item))
    return fresh


def _store_batch(engine: Engine, fresh: list[tuple[str, Article | Extracted]], results: Extracts,
                 report: IngestReport, seen_ids: set[str], store_text: bool,
                 retry: Retry = _once) -> None:
    """Rows of the fresh items (`results`: the Articles' extractions, in order), in one
    transaction; `retry` runs it (again, whole, when the connection is lost)."""
    extracted = iter(results)
    now = int(time.time())
    rows: list[RecordRows] = []
    for aid, item in fresh:
        if isinstance(item, Article):
            record, reason = next(extracted)
            if record is None:
                report.skip(item.origin, reason or "extraction failed")
                continue
            record = _with_meta(record, aid, item.meta)
            text: str | None = item.text
        else:
            record, text = item.record, item.text
        try:
            rows.append(record_rows(record, text=text if store_text else None, origin=item.origin, now=now))
        except (ValueError, TypeError, KeyError, AttributeError) as exc:
            report.skip(item.origin, f"bad record ({exc.__class__.__name__})")
    if rows:
        ours = rows

        def write(attempt: int) -> tuple[list[RecordRows], set[str]]:
            with engine.begin() as conn:
                lock_store(conn)
                meanwhile = _stored_ids(conn, sorted(r.article["id"] for r in ours))  # by another writer
                if attempt and len(meanwhile) == len(ours):
                    # all there on a retry: our commit landed just before the connection went
                    return ours, set()
                todo = [r for r in ours if r.article["id"] not in meanwhile]
                if todo:
                    store_rows(conn, todo)
            return todo, meanwhile
        rows, meanwhile = retry(write)
        report.already += len(meanwhile)
        seen_ids.update(meanwhile)
    seen_ids.update(r.article["id"] for r in rows)
    report.stored += len(rows)
    report.reports += sum(len(r.sources) for r in rows)


def _with_meta(record: dict[str, Any], aid: str, meta: dict[str, Any]) -> dict[str, Any]:
    """The record with the id we skip by, and input metadata the extractor did not echo."""
    art = dict(record.get("article") or {})
    art["id"] = aid
    for key in ("source_id", "url", "title", "outlet", "published"):
        if art.get(key) is None and meta.get(key) is not None:
            art[key] = meta[key]
    return {**record, "article": art}


def store_rows(conn: Connection, rows: list[RecordRows]) -> None:
    """Insert one batch of records' rows and fold their events in; one transaction."""
    conn.execute(insert(ArticleRow.__table__), [r.article for r in rows])
    _merge_by_id(conn, Actor.__table__, [r.actors for r in rows])
    _merge_by_id(conn, Place.__table__, [r.places for r in rows])
    for table, attr in ((Mention.__table__, "mentions"), (Relation.__table__, "relations"),
                        (EventSource.__table__, "sources")):
        values = [v for r in rows for v in getattr(r, attr)]
        if values:
            conn.execute(insert(table), values)
    dedup.rebuild(conn, [dedup.report_from({**s, "ingested_at": r.article["ingested_at"]})
                         for r in rows for s in r.sources])


def _combine(a: dict[str, Any], b: dict[str, Any]) -> dict[str, Any]:
    """Field by field, the smaller non-null value: the same result whatever the order."""
    out = dict(a)
    for k, v in b.items():
        if v is not None and (out.get(k) is None or _lt(v, out[k])):
            out[k] = v
    return out


def _lt(a: Any, b: Any) -> bool:
    try:
        return bool(a < b)
    except TypeError:
        return repr(a) < repr(b)


def _merge_by_id(conn: Connection, table: Any, dicts: list[dict[str, dict[str, Any]]]) -> None:
    merged: dict[str, dict[str, Any]] = {}
    for d in dicts:
        for key, row in d.items():
            merged[key] = _combine(merged[key], row) if key in merged else row
    if not merged:
        return
    keys = sorted(merged)
    existing: dict[str, dict[str, Any]] = {}
    for i in range(0, len(keys), CHUNK):
        for row in conn.execute(select(table).where(table.c.id.in_(keys[i:i + CHUNK]))):
            existing[row.id] = dict(row._mapping)
    new = [merged[k] for k in keys if k not in existing]
    if new:
        conn.execute(insert(table), new)
    for k in keys:
        if k in existing:
            combined = _combine(existing[k], merged[k])
            if combined != existing[k]:
                conn.execute(update(table).where(table.c.id == k).values(
                    {c: v for c, v in combined.items() if c != "id"}))
