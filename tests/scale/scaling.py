"""Helpers of the scale-out tests: corpora recombined from the repository's own test
sentences, a Dask scheduler with two workers on 127.0.0.1, the `rasad` command in a process
of its own, and a store's rows to compare."""

from __future__ import annotations

import json
import os
import subprocess
import sys
import time
import uuid
from pathlib import Path

import pytest
import yaml

REPO = Path(__file__).resolve().parents[2]
BIN = Path(sys.executable).parent
TIMEOUT = 600  # generous: the machine may be busy; no test asserts on time
PG_URL = os.environ.get("RASAD_TEST_PG_URL")
BACKENDS = ["sqlite", pytest.param("postgresql", marks=pytest.mark.skipif(
    not PG_URL, reason="RASAD_TEST_PG_URL not set (run .ci/postgres.sh)"))]
def create_pg_schema() -> tuple[str, str]:
    """A new empty schema on the test server: (its name, a store URL that works in it)."""
    import psycopg

    schema = f"t_{uuid.uuid4().hex[:12]}"
    with psycopg.connect(PG_URL, autocommit=True) as conn:
        conn.execute(f"CREATE SCHEMA {schema}")
    sep = "&" if "?" in (PG_URL or "") else "?"
    return schema, f"{PG_URL}{sep}options=-csearch_path%3D{schema}"


def drop_pg_schemas(schemas: list[str]) -> None:
    if not schemas:
        return
    import psycopg

    with psycopg.connect(PG_URL, autocommit=True) as conn:
        for schema in schemas:
            conn.execute(f"DROP SCHEMA IF EXISTS {schema} CASCADE")


CORRUPT = '{"id": "broken", "text": "قصف مدفعي على'  # a line cut short: not JSON


def sentences() -> list[tuple[str, str | None]]:
    """(text, published) of the hand-written test sentences and articles in the repository."""
    cases = yaml.safe_load((REPO / "tests" / "events" / "event_cases.yaml").read_text(encoding="utf-8"))
    out = [(c["text"], c.get("published")) for c in cases if c.get("text")]
    out.append(((REPO / "examples" / "sample_article.txt").read_text(encoding="utf-8"), None))
    for p in sorted((REPO / "tests" / "store" / "fixtures" / "corpus").glob("*.txt")):
        out.append((p.read_text(encoding="utf-8"), None))
    return out


def write_corpus(path: Path, ids: range, *, corrupt_after: int | None = None, parts: int = 2) -> Path:
    """JSON Lines of articles numbered `ids`: article i joins `parts` sentences chosen by i, so
    each id always has the same text (corpora with overlapping ids overlap)."""
    pool = sentences()
    n = len(pool)
    with path.open("w", encoding="utf-8") as out:
        for i in ids:
            picks = [pool[(i * (7 + 6 * k) + 3 * k) % n] for k in range(parts)]
            text = "\n".join(t.strip() for t, _ in picks)
            rec = {"id": f"t{i}", "text": text}
            if picks[0][1]:
                rec["published"] = picks[0][1]
            out.write(json.dumps(rec, ensure_ascii=False) + "\n")
            if corrupt_after is not None and i == corrupt_after:
                out.write(CORRUPT + "\n")
    return path


def rasad(*args: str, env: dict[str, str] | None = None) -> subprocess.CompletedProcess:
    """`rasad ARGS` in a process of its own; fails the test on a non-zero exit."""
    proc = subprocess.run([str(BIN / "rasad"), *args], capture_output=True, text=True, timeout=TIMEOUT,
                          env={**os.environ, **(env or {})})
    assert proc.returncode == 0, f"rasad {' '.join(args)} exited {proc.returncode}:\n{proc.stderr[-4000:]}"
    return proc


class TcpCluster:
    """`dask scheduler` and two single-threaded `dask worker`s (each under its nanny)."""

    def __init__(self, tmp: Path) -> None:
        self.tmp = tmp
        self.procs: list[subprocess.Popen] = []

    def start(self) -> "TcpCluster":
        from distributed import Client

        sched = self.tmp / "scheduler.json"
        self.log = open(self.tmp / "cluster.log", "w")
        self.procs.append(subprocess.Popen([str(BIN / "dask"), "scheduler", "--host", "127.0.0.1", "--port", "0",
                                            "--no-dashboard", "--scheduler-file", str(sched)],
                                           stdout=self.log, stderr=subprocess.STDOUT))
        deadline = time.monotonic() + 120
        while not (sched.exists() and sched.stat().st_size):
            assert time.monotonic() < deadline, "dask scheduler did not start"
            assert self.procs[0].poll() is None, "dask scheduler exited"
            time.sleep(0.1)
        self.address = json.loads(sched.read_text())["address"]
        for _ in range(2):
            self.procs.append(subprocess.Popen([str(BIN / "dask"), "worker", self.address, "--nthreads", "1",
                                                "--nworkers", "1", "--no-dashboard", "--host", "127.0.0.1"],
                                               stdout=self.log, stderr=subprocess.STDOUT))
        self.client = Client(self.address, timeout="120s")
        self.client.wait_for_workers(2, timeout=180)
        return self

    def stop(self) -> None:
        client = getattr(self, "client", None)
        if client is not None:
            client.close()
        for p in reversed(self.procs):
            p.terminate()
        for p in self.procs:
            try:
                p.wait(timeout=30)
            except subprocess.TimeoutExpired:
                p.kill()
                p.wait()
        self.log.close()


def store_rows(url: str) -> dict[str, list[tuple]]:
    """Every row of articles (ids), events and event_sources, sorted; run-time stamps left out."""
    from sqlalchemy import text

    from rasad.store.db import open_store

    engine = open_store(url)
    out: dict[str, list[tuple]] = {}
    try:
        with engine.connect() as conn:
            out["articles"] = sorted(tuple(r) for r in conn.execute(text("SELECT id, source_id FROM articles")))
            for table in ("events", "event_sources"):
                rows = conn.execute(text(f"SELECT * FROM {table}")).mappings().all()
                out[table] = sorted(tuple((k, repr(v)) for k, v in sorted(r.items())
                                          if k not in ("timestamp", "ingested_at")) for r in rows)
    finally:
        engine.dispose()
    return out
