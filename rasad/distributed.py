"""Extraction on a Dask cluster, for corpora that outgrow one machine.

    with connect("local:4") as client:                 # or "tcp://scheduler:8786"
        for outcome in process(iter_articles(paths), client):
            ...                                        # rasad.batch's Success / Failure, in input order

`ADDRESS` is `local:N` (a LocalCluster of N single-threaded worker processes on this machine)
or a running scheduler's `tcp://host:port` (its workers need rasad installed, the same
version). Inputs are streamed: they are cut into chunks of `chunk_size` articles (100, or
$RASAD_DASK_CHUNK) and at most four chunks per worker thread are in flight, so neither the
client nor the cluster ever holds the corpus. (`local:N` starts its workers with the spawn
method: a script that calls `connect` needs the `if __name__ == "__main__":` guard.) Each
worker process loads the pipeline once (`rasad.pipeline.default_pipeline` is a module-level
cache) and keeps it for every chunk it is given.

Results come back in input order whatever order the chunks finish in, so the output is the
single-process output. A worker that dies mid-chunk (killed, out of memory) loses nothing: the
scheduler gives its chunk to another worker (and a chunk whose code raised is retried twice);
a chunk is yielded once, when its future is gathered, so nothing is written twice. A chunk
that kills every worker it meets is split, and only the article at fault becomes a failure.

Dask is imported only here, and only when a function of this module is called.
"""

from __future__ import annotations

import json
import os
import uuid
from collections import deque
from collections.abc import Callable, Iterable, Iterator
from contextlib import contextmanager
from typing import Any, TypeVar

from rasad.batch import Failure, Success, batched  # light: no pipeline, no Dask

T = TypeVar("T")
R = TypeVar("R")

DEFAULT_CHUNK = 100  # articles per task: a second or two of a worker's time
CONNECT_TIMEOUT = "10s"
# Dask keeps the last `low-level-log-length` messages (1,000 by default) of every batched
# stream for debugging, each holding a chunk's articles: ~250 MB in the client and as much
# again per worker in a local scheduler, reached after 100,000 articles. Twenty are enough.
MESSAGE_LOG = {"distributed.admin.low-level-log-length": 20}


class DaskError(RuntimeError):
    """Dask is missing, the address is not one rasad understands, or the scheduler is unreachable."""


def parse_address(address: str) -> tuple[str, Any]:
    """`local:N` → ("local", N); `tcp://host:port` (tls://, ws://… too) → ("remote", address)."""
    text = (address or "").strip()
    if text.startswith("local:"):
        try:
            n = int(text[len("local:"):])
        except ValueError:
            n = 0
        if n < 1:
            raise DaskError(f"bad --dask address {address!r}: local:N needs a worker count N ≥ 1, e.g. local:2")
        return "local", n
    if "://" in text and text.split("://", 1)[0] in ("tcp", "tls", "ws", "wss", "inproc", "ucx") \
            and text.split("://", 1)[1]:
        return "remote", text
    raise DaskError(f"bad --dask address {address!r}: give local:N (N worker processes on this machine) "
                    "or a scheduler's tcp://host:port")


def _import_distributed() -> Any:
    try:
        import distributed
    except ImportError as exc:  # pragma: no cover - dask is a dependency; a stripped install may lack it
        raise DaskError("--dask needs Dask: pip install 'dask[distributed]'") from exc
    return distributed


@contextmanager
def connect(address: str) -> Iterator[Any]:
    """A `distributed.Client` on ADDRESS; a local cluster is started here and closed on exit."""
    kind, value = parse_address(address)
    distributed = _import_distributed()
    import dask

    with dask.config.set(MESSAGE_LOG):  # read as each stream opens: the client's, the scheduler's, the workers'
        if kind == "local":
            yield from _local(distributed, value)
            return
        yield from _remote(distributed, value)


def _local(distributed: Any, n: int) -> Iterator[Any]:
    import logging

    import dask

    # The workers' statistical profiler samples the extracting thread every 10 ms: a few
    # per cent of its time, for a dashboard nobody opens here.
    with dask.config.set({"distributed.worker.profile.enabled": False}):
        cluster = distributed.LocalCluster(n_workers=n, threads_per_worker=1, processes=True,
                                           dashboard_address=None, silence_logs=logging.ERROR)
    try:
        with distributed.Client(cluster) as client:
            yield client
    finally:
        cluster.close()


def _remote(distributed: Any, value: str) -> Iterator[Any]:
    try:
        client = distributed.Client(value, timeout=CONNECT_TIMEOUT)
    except (OSError, TimeoutError) as exc:
        raise DaskError(f"cannot reach the Dask scheduler at {value}: {exc}") from exc
    with client:
        try:
            client.wait_for_workers(1, timeout=CONNECT_TIMEOUT)
        except (OSError, TimeoutError) as exc:
            raise DaskError(f"the Dask scheduler at {value} has no workers") from exc
        yield client


def worker_threads(client: Any) -> int:
    """Threads across the cluster's workers (at least 1)."""
    workers = client.scheduler_info(n_workers=-1).get("workers", {}) if _takes_n_workers(client) \
        else client.scheduler_info().get("workers", {})
    return max(1, sum(int(w.get("nthreads", 1)) for w in workers.values()))


def _takes_n_workers(client: Any) -> bool:
    import inspect

    return "n_workers" in inspect.signature(client.scheduler_info).parameters


def chunk_size_default() -> int:
    """Articles per task: `RASAD_DASK_CHUNK` when set, else DEFAULT_CHUNK."""
    try:
        return max(1, int(os.environ.get("RASAD_DASK_CHUNK", DEFAULT_CHUNK)))
    except ValueError:
        return DEFAULT_CHUNK


def map_chunks(client: Any, fn: Callable[..., list[R]], items: Iterable[T], *, args: tuple = (),
               chunk_size: int | None = None, in_flight: int | None = None,
               on_done: Callable[[int], None] | None = None,
               on_error: Callable[[T, BaseException], R] | None = None,
               wrap: Callable[[T, R], Any] | None = None) -> Iterator[Any]:
    """`fn(chunk, *args)` (one result per item) over `items` on the cluster, results in input order.

    At most `in_flight` chunks (default: four per worker thread, so a slow chunk at the head
    does not leave the other workers idle) are submitted at once;
    `on_done(n)` is called, in this thread, as each chunk of n items finishes, in whatever order
    they finish. A chunk that fails after Dask's retries is re-run item by item, and an item
    that still fails becomes `on_error(item, exc)` (or raises when no on_error is given).
    With `wrap`, each result is yielded as `wrap(item, result)`: the item need not travel back.
    """
    distributed = _import_distributed()
    size = chunk_size or chunk_size_default()
    limit = in_flight or 4 * worker_threads(client)
    run = uuid.uuid4().hex[:12]
    chunks = enumerate(batched(items, size))
    pending: deque[tuple[list[T], Any]] = deque()
    reported: set[str] = set()

    def report() -> None:
        for chunk, fut in pending:
            if fut.done() and fut.key not in reported:
                reported.add(fut.key)
                if on_done:
                    on_done(len(chunk))

    try:
        while True:
            while len(pending) < limit:
                nxt = next(chunks, None)
                if nxt is None:
                    break
                pending.append((nxt[1], _submit(client, fn, nxt[1], args, f"rasad-{run}-{nxt[0]}")))
            if not pending:
                return
            chunk, head = pending[0]
            while not head.done():
                distributed.wait([f for _, f in pending if not f.done()], return_when="FIRST_COMPLETED")
                report()
            report()
            pending.popleft()
            reported.discard(head.key)
            results = _results(client, fn, chunk, head, args, on_error)
            yield from (map(wrap, chunk, results) if wrap else results)
    finally:
        for _, fut in pending:
            fut.cancel()


def _submit(client: Any, fn: Callable[..., Any], chunk: list[Any], args: tuple, key: str) -> Any:
    # A key of its own per chunk (never reused, pure=False): a resubmitted chunk is never taken for
    # another's result. retries: a chunk whose code raised is run again; a chunk whose worker died is
    # rescheduled by the scheduler itself (up to distributed.scheduler.allowed-failures times).
    return client.submit(fn, chunk, *args, key=key, retries=2, pure=False)


def _results(client: Any, fn: Callable[..., list[R]], chunk: list[T], fut: Any, args: tuple,
             on_error: Callable[[T, BaseException], R] | None) -> list[R]:
    """The chunk's results, waited for; after a failure, item by item (see map_chunks)."""
    try:
        results = fut.result()
    except Exception:  # noqa: BLE001 - KilledWorker, or fn raised after its retries
        if on_error is None:
            raise
        distributed = _import_distributed()
        singles = [_submit(client, fn, [item], args, f"{fut.key}-{i}") for i, item in enumerate(chunk)]
        distributed.wait(singles)
        results = []
        for item, single in zip(chunk, singles):
            try:
                (result,) = single.result()
            except Exception as exc_one:  # noqa: BLE001
                result = on_error(item, exc_one)
            results.append(result)
            single.release()
    finally:
        fut.release()
    if len(results) != len(chunk):
        raise DaskError(f"a chunk of {len(chunk)} inputs gave {len(results)} results")
    return results


# --- `rasad extract --dask`: rasad.batch's outcomes -------------------------------------------


def extract_chunk(items: list[Any], as_json: bool = False) -> list[Any]:
    """On a worker: for each input its record (with `as_json`, its JSON line: the encoding is
    done here, in parallel, not in the client), or rasad.batch's Failure. The pipeline is
    loaded once per worker process; the client pairs the results with the inputs it kept."""
    from rasad.batch import _process_any

    return [(o.json_line() if as_json else o.record) if isinstance(o, Success) else o
            for o in map(_process_any, items)]


class EncodedSuccess(Success):
    """A Success whose record came back from a worker as its JSON line, decoded only if asked."""

    def __init__(self, item: Any, line: str) -> None:
        self.item = item
        self.line = line

    @property  # type: ignore[override]
    def record(self) -> dict[str, Any]:
        return json.loads(self.line)

    def json_line(self) -> str:
        return self.line


def _outcome(item: Any, result: Any) -> Any:
    if isinstance(result, Failure):
        return result
    return EncodedSuccess(item, result) if isinstance(result, str) else Success(item, result)


def _lost(item: Any, exc: BaseException) -> Failure:
    return Failure(item.origin, f"internal error: {type(exc).__name__} on the Dask cluster: {exc}")


def process(items: Iterable[Any], client: Any, *, chunk_size: int | None = None,
            on_done: Callable[[int], None] | None = None, as_json: bool = False) -> Iterator[Success | Failure]:
    """`rasad.batch.process` on a Dask cluster: Success/Failure for each input, in input order.

    With `as_json` the workers also encode each record (`Success.json_line`), which is all
    `rasad extract` writes; `.record` still decodes it on demand."""
    return map_chunks(client, extract_chunk, items, args=(as_json,), chunk_size=chunk_size, on_done=on_done,
                      on_error=_lost, wrap=_outcome)


# --- `rasad ingest --dask`: rasad.store.ingest's (record, reason) pairs -----------------------


def ingest_chunk(articles: list[Any], extractor: Any = None) -> list[tuple[dict[str, Any] | None, str | None]]:
    """On a worker: `rasad.store.ingest._safe_extract` for each article."""
    from rasad.store.ingest import _safe_extract, default_extractor

    fn = extractor or default_extractor()
    return [_safe_extract(fn, a) for a in articles]


def _ingest_lost(item: Any, exc: BaseException) -> tuple[None, str]:
    return None, f"extraction failed ({type(exc).__name__} on the Dask cluster)"


def ingest_extractor(client: Any, extractor: Any = None) -> Callable[[list[Any]], Callable[[], list[Any]]]:
    """The `extract_many` hook of `rasad.store.ingest.ingest_items`: a batch's articles are cut
    into a few chunks per worker thread and submitted at once; the returned function waits for
    their (record, reason) pairs, in order. The batch size bounds what is in flight."""
    threads = worker_threads(client)

    def extract_many(todo: list[Any]) -> Callable[[], list[Any]]:
        size = max(1, min(chunk_size_default(), -(-len(todo) // (2 * threads))))
        run = uuid.uuid4().hex[:12]
        pending = [(chunk, _submit(client, ingest_chunk, chunk, (extractor,), f"rasad-ingest-{run}-{i}"))
                   for i, chunk in enumerate(batched(todo, size))]

        def results() -> list[Any]:
            return [r for chunk, fut in pending
                    for r in _results(client, ingest_chunk, chunk, fut, (extractor,), _ingest_lost)]
        return results
    return extract_many
