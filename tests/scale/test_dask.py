"""`rasad extract --dask` and `rasad ingest --dask`, and several writers on one store, with real
processes: the output is the single-process output, a worker killed mid-chunk loses nothing,
concurrent ingests store nothing twice, and a corrupt JSON line is skipped and counted."""

from __future__ import annotations

import os
import re
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest

from scaling import BIN, REPO, TIMEOUT, rasad, store_rows, write_corpus

pytest.importorskip("distributed")

N = 40  # articles in the small corpus (plus one corrupt line)


@pytest.fixture(scope="module")
def corpus(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, bytes, str]:
    """A few dozen articles with a corrupt line among them, and the single-process extraction."""
    d = tmp_path_factory.mktemp("corpus")
    path = write_corpus(d / "articles.jsonl", range(N), corrupt_after=17)
    single = rasad("extract", str(path), "--no-progress", "-o", str(d / "single.jsonl"))
    return path, (d / "single.jsonl").read_bytes(), single.stderr


def test_extract_on_a_local_cluster_is_the_single_process_output(corpus: tuple[Path, bytes, str],
                                                                 tmp_path: Path) -> None:
    path, expected, single_err = corpus
    out = tmp_path / "dask.jsonl"
    proc = rasad("extract", str(path), "--dask", "local:2", "--no-progress", "-o", str(out))
    assert out.read_bytes() == expected
    assert len(expected.splitlines()) == N
    summary = f"{N} article(s) processed, 1 skipped"  # the corrupt line, counted, the rest written
    assert summary in single_err and summary in proc.stderr
    assert re.search(r"1 × bad JSON", proc.stderr)


def test_a_worker_killed_mid_chunk_changes_nothing(tcp_cluster, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    path = write_corpus(tmp_path / "big.jsonl", range(400), parts=3)
    rasad("extract", str(path), "--no-progress", "-o", str(tmp_path / "single.jsonl"))
    client = tcp_cluster.client
    client.wait_for_workers(2, timeout=180)
    out = tmp_path / "dask.jsonl"
    proc = subprocess.Popen([str(BIN / "rasad"), "extract", str(path), "--dask", tcp_cluster.address,
                             "--no-progress", "-o", str(out)], stderr=subprocess.PIPE, text=True,
                            env={**os.environ, "RASAD_DASK_CHUNK": "10"})
    killed = None
    deadline = time.monotonic() + TIMEOUT
    try:
        while killed is None and proc.poll() is None and time.monotonic() < deadline:
            busy = client.run(lambda dask_worker: (os.getpid(), [str(ts.key) for ts in dask_worker.state.executing]))
            for pid, keys in busy.values():
                if any(k.startswith("rasad-") for k in keys):
                    os.kill(pid, signal.SIGKILL)  # the worker process, in the middle of a chunk
                    killed = (pid, keys)
                    break
            else:
                time.sleep(0.02)
        _, err = proc.communicate(timeout=TIMEOUT)
    finally:
        if proc.poll() is None:
            proc.kill()
    assert killed, "the run ended before a worker was seen extracting"
    assert proc.returncode == 0, err[-4000:]
    assert out.read_bytes() == (tmp_path / "single.jsonl").read_bytes()
    assert "400 article(s) processed, 0 skipped" in err
    client.wait_for_workers(2, timeout=180)  # the nanny started a new worker


def test_ingest_on_dask_stores_the_single_process_rows(corpus: tuple[Path, bytes, str], tcp_cluster,  # type: ignore[no-untyped-def]
                                                       tmp_path: Path) -> None:
    path = corpus[0]
    one, many = f"sqlite:///{tmp_path / 'one.db'}", f"sqlite:///{tmp_path / 'dask.db'}"
    single = rasad("ingest", str(path), "--db", one, "-q")
    # small batches: several are in flight while others are stored, dedup runs batch by batch
    dask = rasad("ingest", str(path), "--db", many, "-q", "--batch-size", "7", "--dask", tcp_cluster.address)
    rows = store_rows(many)
    assert rows == store_rows(one)
    assert len(rows["articles"]) == N and rows["events"] and rows["event_sources"]
    for err in (single.stderr, dask.stderr):
        assert f"articles seen {N}: stored {N}, already stored 0, skipped 1" in err
        assert "skipped (bad JSON): 1" in err
    again = rasad("ingest", str(path), "--db", many, "-q", "--dask", tcp_cluster.address)
    assert f"stored 0, already stored {N}" in again.stderr and store_rows(many) == rows


def test_concurrent_ingests_of_overlapping_inputs_store_nothing_twice(new_store, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    a = write_corpus(tmp_path / "a.jsonl", range(0, 30))
    b = write_corpus(tmp_path / "b.jsonl", range(15, 45))
    both = write_corpus(tmp_path / "all.jsonl", range(0, 45))
    shared = new_store()
    # Two `rasad ingest` processes at once on a new store: they race to create it, then their
    # small batches interleave, 15 articles in both inputs.
    procs = [subprocess.Popen([str(BIN / "rasad"), "ingest", str(p), "--db", shared, "-q", "--batch-size", "4"],
                              stderr=subprocess.PIPE, text=True) for p in (a, b)]
    errs = []
    for p in procs:
        _, err = p.communicate(timeout=TIMEOUT)
        assert p.returncode == 0, err[-4000:]
        errs.append(err)
    counts = [re.search(r"stored (\d+), already stored (\d+)", e) for e in errs]
    assert all(counts), errs
    assert sum(int(m.group(1)) for m in counts) == 45  # each article stored by exactly one writer
    assert sum(int(m.group(2)) for m in counts) == 15
    reference = new_store()
    rasad("ingest", str(both), "--db", reference, "-q")
    rows = store_rows(shared)
    assert len(rows["articles"]) == 45
    assert rows == store_rows(reference)  # events deduplicated across both writers' batches


def test_dask_address_errors(tmp_path: Path) -> None:
    sample = str(REPO / "examples" / "sample_article.txt")
    for args, words in ((["--dask", "nowhere:1"], "local:N"), (["--dask", "local:0"], "local:N"),
                        (["--dask", "local:2", "--workers", "2"], "not both")):
        proc = subprocess.run([str(BIN / "rasad"), "extract", sample, *args], capture_output=True, text=True,
                              timeout=TIMEOUT)
        assert proc.returncode == 2 and words in proc.stderr, proc.stderr
    proc = subprocess.run([str(BIN / "rasad"), "ingest", sample, "--db", str(tmp_path / "s.db"), "--dask", "x"],
                          capture_output=True, text=True, timeout=TIMEOUT)
    assert proc.returncode == 2 and "local:N" in proc.stderr, proc.stderr


def test_extract_without_dask_never_imports_it() -> None:
    code = ("import sys; from typer.testing import CliRunner; from rasad.cli import app; "
            f"r = CliRunner().invoke(app, ['extract', {str(REPO / 'examples' / 'sample_article.txt')!r}]); "
            "assert r.exit_code == 0, r.output; "
            "print(sorted(m for m in sys.modules if m.split('.')[0] in ('dask', 'distributed')))")
    proc = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, timeout=TIMEOUT)
    assert proc.returncode == 0, proc.stderr
    assert proc.stdout.strip() == "[]"


def test_the_client_keeps_no_log_of_the_chunks_it_sent(tcp_cluster, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    """Dask logs each stream's last 1,000 messages, every one holding a chunk of articles: over
    an archive that is hundreds of MB in the client (and in a local scheduler) for nothing."""
    from rasad.distributed import connect, process
    from rasad.io.readers import iter_articles

    path = write_corpus(tmp_path / "articles.jsonl", range(60))
    with connect(tcp_cluster.address) as client:
        outcomes = list(process(iter_articles([path]), client, chunk_size=1, as_json=True))
        log = client.scheduler_comm.recent_message_log
        assert len(outcomes) == 60
        assert len(log) <= 20 < 60
