"""`rasad ingest` into PostgreSQL survives the server restarting mid-run: it says so on stderr,
retries the batch in flight and resumes, and the store ends as a clean ingest of the same input
would (nothing lost, nothing stored twice).

Needs RASAD_TEST_PG_URL (see .ci/postgres.sh) on a local Debian cluster this process may restart
(`pg_ctlcluster VERSION main restart`, as root)."""

from __future__ import annotations

import os
import re
import shutil
import subprocess
import time
from collections.abc import Iterator
from pathlib import Path

import pytest

from scaling import BIN, PG_URL, create_pg_schema, drop_pg_schemas, rasad, store_rows, write_corpus

pytestmark = pytest.mark.skipif(not PG_URL, reason="RASAD_TEST_PG_URL not set (run .ci/postgres.sh)")

BATCH = 5
WAIT = 90  # seconds for any one step; the run itself takes a few


def _pg_version() -> str | None:
    root = Path("/usr/lib/postgresql")
    versions = sorted((p.name for p in root.iterdir()), key=lambda v: [int(x) for x in re.findall(r"\d+", v)]) \
        if root.is_dir() else []
    return versions[-1] if versions else None


def _restart_postgres() -> None:
    version = _pg_version()
    subprocess.run(["pg_ctlcluster", str(version), "main", "restart"], check=True, timeout=WAIT,
                   capture_output=True)


@pytest.fixture
def schemas() -> Iterator[object]:
    """Call it for the URL of another empty PostgreSQL schema (dropped afterwards)."""
    made: list[str] = []

    def make() -> str:
        schema, url = create_pg_schema()
        made.append(schema)
        return url
    yield make
    _wait_for_server()
    drop_pg_schemas(made)


def _wait_for_server() -> None:
    import psycopg

    deadline = time.monotonic() + WAIT
    while True:
        try:
            with psycopg.connect(PG_URL, connect_timeout=5) as conn:
                conn.execute("SELECT 1")
            return
        except psycopg.OperationalError:
            if time.monotonic() > deadline:
                raise
            time.sleep(0.2)


def _wait(what: str, check, proc: subprocess.Popen) -> None:  # type: ignore[no-untyped-def]
    deadline = time.monotonic() + WAIT
    while not check():
        assert proc.poll() is None, f"rasad ingest ended before {what}:\n{proc.communicate()[1][-4000:]}"
        assert time.monotonic() < deadline, f"timed out waiting for {what}"
        time.sleep(0.02)


@pytest.mark.skipif(os.geteuid() != 0 or shutil.which("pg_ctlcluster") is None or _pg_version() is None,
                    reason="restarting PostgreSQL needs root and Debian's pg_ctlcluster")
def test_ingest_survives_a_postgres_restart(schemas, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    import psycopg

    from rasad.store.db import WRITE_LOCK, open_store

    articles = write_corpus(tmp_path / "articles.jsonl", range(400), parts=3)
    records = tmp_path / "records.jsonl"
    rasad("extract", str(articles), "--no-progress", "-o", str(records))
    reference, store = schemas(), schemas()
    clean = rasad("ingest", str(records), "--db", reference, "-q", "--batch-size", str(BATCH))
    expected = store_rows(reference)
    assert len(expected["articles"]) > 100 and expected["events"] and expected["event_sources"]
    open_store(store).dispose()  # the schema made before the run: the restart hits batches, not migrations
    schema = store.rsplit("%3D", 1)[1]

    def stored() -> int:
        with psycopg.connect(PG_URL, autocommit=True) as conn:
            return int(conn.execute(f"SELECT count(*) FROM {schema}.articles").fetchone()[0])

    def waiting_for_lock() -> bool:
        with psycopg.connect(PG_URL, autocommit=True) as conn:
            return bool(conn.execute("SELECT count(*) FROM pg_locks WHERE locktype = 'advisory' "
                                     "AND NOT granted").fetchone()[0])

    proc = subprocess.Popen([str(BIN / "rasad"), "ingest", str(records), "--db", store, "-q",
                             "--batch-size", str(BATCH)], stderr=subprocess.PIPE, text=True)
    try:
        _wait("a few batches were stored", lambda: stored() >= 4 * BATCH, proc)
        # Hold the store's write lock so that a batch is surely in flight (its transaction open,
        # waiting for the lock) when the server goes; the restart ends our session and the lock.
        holder = psycopg.connect(PG_URL, autocommit=True)
        try:
            holder.execute("SELECT pg_advisory_lock(%s)", (WRITE_LOCK,))
            _wait("the ingest to wait for the write lock", waiting_for_lock, proc)
            before = stored()
            _restart_postgres()
        finally:
            try:
                holder.close()
            except psycopg.Error:
                pass
        _, err = proc.communicate(timeout=WAIT)
    finally:
        if proc.poll() is None:
            proc.kill()
            proc.wait()
    assert proc.returncode == 0, err[-4000:]
    assert 0 < before < len(expected["articles"])
    assert re.search(r"^database connection lost, retrying batch \d+ \(attempt 1\)$", err, re.M), err
    assert "Traceback" not in err
    rows = store_rows(store)
    assert {k: len(v) for k, v in rows.items()} == {k: len(v) for k, v in expected.items()}
    assert rows == expected  # same article ids, events and event reports: nothing lost, nothing twice
    summary = re.compile(r"articles seen \d+: stored \d+, already stored \d+, skipped \d+\n"
                         r"event reports added \d+; events in store \d+")
    assert summary.search(err).group(0) == summary.search(clean.stderr).group(0)  # type: ignore[union-attr]
