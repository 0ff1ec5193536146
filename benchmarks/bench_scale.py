"""Scaling out (issue 15): one process vs `--workers 2` vs Dask, for `rasad extract` and `rasad ingest`.

    python benchmarks/bench_scale.py                          # extract and SQLite ingest, N = 6000
    python benchmarks/bench_scale.py --n 6000 --only extract
    python benchmarks/bench_scale.py --n 2000 --only ingest --pg postgresql://rasad:rasad@127.0.0.1:5432/rasad_test

Each run is the real command in a fresh process, timed end to end (start-up, cluster start,
pipeline loading included): articles/s, speed-up over one process, peak RSS of the main
process and of the heaviest worker (the process tree is sampled every 0.1 s), and a check
that the output is the single-process output (extract: the JSON Lines byte for byte; ingest:
the events and event_sources rows).

Modes: `single`; `--workers 2` (multiprocessing); `--dask local:2` (a LocalCluster the
command starts and stops); `--dask tcp://` (extract only: a scheduler and two single-threaded
workers started here on 127.0.0.1 beforehand, as a user's cluster would be, with Dask's default
configuration; timed twice: "cold", the workers' first run, which loads the pipeline in each,
and "warm", a second run on the same workers, as on a cluster that stays up).

Corpus: N articles recombined from the articles of a JSON Lines file (default
../shared/eval/dev_articles.jsonl), read at run time: article i is the paragraphs of source
article i mod n plus the last paragraph of another and a closing line with its number in the
archive («رقم المادة في الأرشيف: i»), so every text (hence article id) differs, published in
archive order over ten years (2012-2021: article i on day i·3653/N), so relative dates resolve
across years and deduplication meets an archive's spread rather than one day, in the order an
archive is crawled. (Ingest is order-independent in its result, not in its cost: a report older
than stored reports it matches replays their block, see rasad/store/dedup.py `rebuild`.)

An archive (10^6 articles and more) is run as the README advises: extract once, then ingest
the records. `--modes single --two-stage` times `rasad extract -o records.jsonl` and then
`rasad ingest records.jsonl` into SQLite (and PostgreSQL with --pg):

    python benchmarks/bench_scale.py --n 1000000 --only extract --modes single --two-stage \
        --pg postgresql://rasad:rasad@127.0.0.1:5432/rasad_test
"""

from __future__ import annotations

import argparse
import datetime as dt_
import hashlib
import json
import os
import shutil
import subprocess
import sys
import tempfile
import threading
import time
from dataclasses import dataclass, field
from pathlib import Path

import psutil
from bench_ingest import pg_schema_url  # a sibling script: benchmarks/ is on sys.path when run

REPO = Path(__file__).resolve().parents[1]
DEFAULT_ARTICLES = REPO.parent / "shared" / "eval" / "dev_articles.jsonl"
BIN = Path(sys.executable).parent
SKIP_CMD = ("resource_tracker", "semaphore_tracker")
MODES = ("single", "workers", "dask-local", "dask-tcp")
FIRST_DAY, SPAN_DAYS = dt_.date(2012, 1, 1), 3653


def make_corpus(source: Path, n: int, dest: Path) -> None:
    arts = [json.loads(line) for line in source.read_text(encoding="utf-8").splitlines() if line.strip()]
    if not arts:
        raise SystemExit(f"no articles in {source}")
    with dest.open("w", encoding="utf-8") as out:
        for i in range(n):
            a, b = arts[i % len(arts)], arts[(i // len(arts) * 7 + i * 3 + 1) % len(arts)]
            paras = [p for p in a["text"].split("\n") if p.strip()]
            extra = [p for p in b["text"].split("\n") if p.strip()][-1:]
            rec = {k: v for k, v in a.items() if k != "text"}
            rec["id"] = f"{a.get('id', 'a')}-{i}"
            rec["published"] = (FIRST_DAY + dt_.timedelta(days=i * SPAN_DAYS // n)).isoformat()
            rec["text"] = "\n".join(paras + extra + [f"رقم المادة في الأرشيف: {i}"])
            out.write(json.dumps(rec, ensure_ascii=False) + "\n")


@dataclass
class Sampler:
    """Peak RSS per process of the trees under `roots`, sampled in a thread."""

    roots: list[int]
    peaks: dict[int, int] = field(default_factory=dict)
    cmds: dict[int, str] = field(default_factory=dict)
    parents: dict[int, int] = field(default_factory=dict)
    _stop: threading.Event = field(default_factory=threading.Event)

    def __enter__(self) -> "Sampler":
        self._thread = threading.Thread(target=self._run, daemon=True)
        self._thread.start()
        return self

    def __exit__(self, *exc: object) -> None:
        self._stop.set()
        self._thread.join()

    def _run(self) -> None:
        while not self._stop.is_set():
            for root in self.roots:
                try:
                    top = psutil.Process(root)
                    procs = [top] + top.children(recursive=True)
                except psutil.Error:
                    continue
                for p in procs:
                    try:
                        rss = p.memory_info().rss
                        if p.pid not in self.cmds:
                            self.cmds[p.pid] = " ".join(p.cmdline())
                            self.parents[p.pid] = p.ppid()
                    except psutil.Error:
                        continue
                    self.peaks[p.pid] = max(self.peaks.get(p.pid, 0), rss)
            self._stop.wait(0.1)

    def workers(self, exclude: set[int]) -> list[int]:
        return [pid for pid in self.peaks if pid not in exclude
                and not any(s in self.cmds.get(pid, "") for s in SKIP_CMD)]


@dataclass
class Result:
    name: str
    seconds: float
    main_mb: float
    worker_mb: float | None
    workers: int
    same: bool | None
    note: str = ""


def run(cmd: list[str], name: str, extra_roots: list[int] | None = None,
        worker_filter=None) -> tuple[float, Sampler, subprocess.CompletedProcess]:  # type: ignore[no-untyped-def]
    t0 = time.perf_counter()
    proc = subprocess.Popen(cmd, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, text=True)
    with Sampler([proc.pid] + (extra_roots or [])) as sampler:
        _, err = proc.communicate()
    dt = time.perf_counter() - t0
    if proc.returncode != 0:
        raise SystemExit(f"{name} failed ({proc.returncode}):\n{err[-3000:]}")
    return dt, sampler, subprocess.CompletedProcess(cmd, proc.returncode, "", err)


def mb(n: int) -> float:
    return round(n / 2**20, 1)


def digest(path: Path) -> str:
    h = hashlib.sha256()
    with path.open("rb") as f:
        for block in iter(lambda: f.read(1 << 20), b""):
            h.update(block)
    return h.hexdigest()


class TcpCluster:
    """`dask scheduler` and two single-threaded `dask worker`s on 127.0.0.1."""

    def __init__(self, tmp: Path, workers: int = 2) -> None:
        self.tmp, self.n = tmp, workers
        self.procs: list[subprocess.Popen] = []

    def __enter__(self) -> "TcpCluster":
        from distributed import Client

        sched = self.tmp / "scheduler.json"
        log = open(self.tmp / "cluster.log", "w")
        self.procs.append(subprocess.Popen([str(BIN / "dask"), "scheduler", "--host", "127.0.0.1", "--port", "0",
                                            "--no-dashboard", "--scheduler-file", str(sched)],
                                           stdout=log, stderr=log))
        for _ in range(600):
            if sched.exists() and sched.stat().st_size:
                break
            time.sleep(0.1)
        self.address = json.loads(sched.read_text())["address"]
        for _ in range(self.n):
            self.procs.append(subprocess.Popen([str(BIN / "dask"), "worker", self.address, "--nthreads", "1",
                                                "--nworkers", "1", "--no-dashboard", "--host", "127.0.0.1"],
                                               stdout=log, stderr=log))
        with Client(self.address, timeout="60s") as client:
            client.wait_for_workers(self.n, timeout=120)
        return self

    def __exit__(self, *exc: object) -> None:
        for p in reversed(self.procs):
            p.terminate()
        for p in self.procs:
            try:
                p.wait(timeout=20)
            except subprocess.TimeoutExpired:
                p.kill()

    @property
    def scheduler_pid(self) -> int:
        return self.procs[0].pid

    @property
    def nanny_pids(self) -> list[int]:
        return [p.pid for p in self.procs[1:]]


def bench_extract(corpus: Path, n: int, tmp: Path, modes: tuple[str, ...] = MODES) -> list[Result]:
    rasad = str(BIN / "rasad")
    base = [rasad, "extract", str(corpus), "--no-progress"]
    results: list[Result] = []
    ref: str | None = None
    local = (("single", "single process", []), ("workers", "--workers 2", ["--workers", "2"]),
             ("dask-local", "--dask local:2", ["--dask", "local:2"]))
    for mode, name, extra in local:
        if mode not in modes:
            continue
        out = tmp / f"extract-{mode}.jsonl"
        dt, s, _ = run(base + extra + ["-o", str(out)], name)
        main = s.roots[0]
        workers = s.workers({main})
        d = digest(out)
        ref = ref or d
        results.append(Result(name, dt, mb(s.peaks.get(main, 0)), mb(max((s.peaks[w] for w in workers), default=0))
                              if workers else None, len(workers), d == ref))
        print(f"  {results[-1].name}: {dt:.1f} s", flush=True)
    if "dask-tcp" not in modes:
        return results
    with TcpCluster(tmp) as cluster:
        for state in ("cold", "warm"):  # a first run loads the pipeline on each worker; a second finds it
            out = tmp / f"extract-tcp-{state}.jsonl"
            dt, s, _ = run(base + ["--dask", cluster.address, "-o", str(out)], "--dask tcp://",
                           extra_roots=[cluster.scheduler_pid] + cluster.nanny_pids)
            main = s.roots[0]
            workers = [pid for pid in s.peaks if s.parents.get(pid) in cluster.nanny_pids
                       and not any(x in s.cmds.get(pid, "") for x in SKIP_CMD)]
            d = digest(out)
            ref = ref or d
            results.append(Result(f"--dask tcp:// ({state} workers)", dt, mb(s.peaks.get(main, 0)),
                                  mb(max((s.peaks[w] for w in workers), default=0)), len(workers),
                                  d == ref, f"scheduler {mb(s.peaks.get(cluster.scheduler_pid, 0))} MB"))
            print(f"  {results[-1].name}: {dt:.1f} s", flush=True)
    return results


def bench_records(records: Path, tmp: Path, pg: str | None) -> list[Result]:
    """The archive's second stage: `rasad ingest` of extracted records (no extraction)."""
    rasad = str(BIN / "rasad")
    results: list[Result] = []
    targets = [("SQLite", f"sqlite:///{tmp / 'records.db'}", lambda: None)]
    if pg:
        url, drop = pg_schema_url(pg)
        targets.append(("PostgreSQL", url, drop))
    for name, url, drop in targets:
        try:
            dt, s, _ = run([rasad, "ingest", str(records), "--db", url, "-q"], f"ingest records → {name}")
            rows = store_rows(url)
            size = sum(f.stat().st_size for f in tmp.glob("records.db*")) if name == "SQLite" else None
        finally:
            drop()  # type: ignore[operator]
        note = f"{rows[0]} articles, {rows[1]} events, {rows[2]} reports"
        if size:
            note += f"; {size / 2**20:,.0f} MB on disk"
        results.append(Result(f"records → {name}", dt, mb(s.peaks.get(s.roots[0], 0)), None, 0, None, note))
        print(f"  {results[-1].name}: {dt:.1f} s", flush=True)
    return results


def store_rows(url: str) -> tuple[int, int, int, str]:
    """Counts of articles, events, event_sources and a digest of the events and their sources."""
    from sqlalchemy import text

    from rasad.store.db import open_store

    engine = open_store(url)
    h = hashlib.sha256()
    with engine.connect() as conn:
        arts = conn.execute(text("SELECT count(*) FROM articles")).scalar_one()
        events = conn.execute(text("SELECT id, event_type, date, fatalities FROM events ORDER BY id")).all()
        sources = conn.execute(text("SELECT article_id, idx, event_id FROM event_sources "
                                    "ORDER BY article_id, idx")).all()
    for row in events + sources:
        h.update(repr(tuple(row)).encode())
    engine.dispose()
    return arts, len(events), len(sources), h.hexdigest()[:16]


def bench_ingest(corpus: Path, tmp: Path, backend: str, pg: str | None) -> list[Result]:
    rasad = str(BIN / "rasad")
    results: list[Result] = []
    ref = None
    for name, extra in (("single process", []), ("--workers 2", ["--workers", "2"]),
                        ("--dask local:2", ["--dask", "local:2"])):
        if backend == "sqlite":
            url, drop = f"sqlite:///{tmp / f'ingest-{len(results)}.db'}", (lambda: None)
        else:
            url, drop = pg_schema_url(pg or "")
        try:
            dt, s, _ = run([rasad, "ingest", str(corpus), "--db", url, "-q"] + extra, f"ingest {name}")
            rows = store_rows(url)
        finally:
            drop()  # type: ignore[operator]
        ref = ref or rows
        main = s.roots[0]
        workers = s.workers({main})
        results.append(Result(name, dt, mb(s.peaks.get(main, 0)), mb(max((s.peaks[w] for w in workers), default=0))
                              if workers else None, len(workers), rows == ref,
                              f"{rows[0]} articles, {rows[1]} events, {rows[2]} reports"))
        print(f"  {results[-1].name}: {dt:.1f} s", flush=True)
    return results


def table(title: str, n: int, results: list[Result]) -> None:
    base = results[0].seconds
    print(f"\n{title} — {n} articles")
    print(f"  {'mode':28} {'wall s':>7} {'art/s':>7} {'speed-up':>8} {'main MB':>8} {'worker MB':>10} "
          f"{'same output':>11}")
    for r in results:
        worker = f"{r.worker_mb} ×{r.workers}" if r.worker_mb is not None else "—"
        print(f"  {r.name:28} {r.seconds:7.1f} {n / r.seconds:7.1f} {base / r.seconds:7.2f}× {r.main_mb:8.1f} "
              f"{worker:>10} {str(r.same):>11}  {r.note}")


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--n", type=int, default=6000, help="articles (default 6000)")
    ap.add_argument("--articles", type=Path, default=DEFAULT_ARTICLES, help="JSON Lines of {id, text} to recombine")
    ap.add_argument("--only", choices=["extract", "ingest"], help="one of the two commands")
    ap.add_argument("--pg", default=os.environ.get("RASAD_BENCH_PG_URL"), help="PostgreSQL URL: ingest there too")
    ap.add_argument("--modes", default=",".join(MODES),
                    help=f"extract modes to run, comma-separated (default all: {','.join(MODES)})")
    ap.add_argument("--two-stage", action="store_true",
                    help="after extract, time `rasad ingest` of the extracted records (SQLite, and --pg)")
    args = ap.parse_args(argv)
    modes = tuple(m.strip() for m in args.modes.split(",") if m.strip())
    if unknown := [m for m in modes if m not in MODES]:
        raise SystemExit(f"unknown mode(s) {unknown}; choose from {list(MODES)}")
    if not args.articles.exists():
        raise SystemExit(f"{args.articles}: no such file (give --articles PATH)")
    if not (BIN / "rasad").exists() or not shutil.which("dask", path=str(BIN)):
        raise SystemExit(f"run from the virtual environment that has rasad and dask installed ({BIN})")
    print(f"{os.cpu_count()} cores; corpus: {args.n} articles recombined from {args.articles}")
    with tempfile.TemporaryDirectory(prefix="rasad-scale-") as name:
        tmp = Path(name)
        corpus = tmp / "corpus.jsonl"
        make_corpus(args.articles, args.n, corpus)
        if args.only in (None, "extract"):
            print("extract:", flush=True)
            results = bench_extract(corpus, args.n, tmp, modes)
            table("rasad extract", args.n, results)
            if args.two_stage:
                records = next(tmp.glob("extract-*.jsonl"))
                print("ingest of the extracted records:", flush=True)
                table("rasad ingest (records)", args.n, bench_records(records, tmp, args.pg))
        if args.only in (None, "ingest"):
            print("ingest, SQLite:", flush=True)
            table("rasad ingest → SQLite", args.n, bench_ingest(corpus, tmp, "sqlite", None))
            if args.pg:
                print("ingest, PostgreSQL:", flush=True)
                table("rasad ingest → PostgreSQL", args.n, bench_ingest(corpus, tmp, "postgresql", args.pg))
    return 0


if __name__ == "__main__":
    sys.exit(main())
