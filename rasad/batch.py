"""Many articles through the pipeline, on one core or several, without losing a batch.

A bad article becomes a `Failure` with its reason; the others go on. With `jobs > 1` the
articles are spread over worker processes, each loading the pipeline once.
"""

from __future__ import annotations

import json
import multiprocessing as mp
from collections import deque
from dataclasses import dataclass
from typing import Any, Iterable, Iterator, TypeVar

from rasad.errors import InputError
from rasad.io.readers import ArticleInput, Skipped


T = TypeVar("T")


def batched(items: Iterable[T], n: int) -> Iterator[list[T]]:
    """`items` in lists of `n` (the last one shorter), read lazily: no corpus held in memory."""
    batch: list[T] = []
    for item in items:
        batch.append(item)
        if len(batch) >= n:
            yield batch
            batch = []
    if batch:
        yield batch


@dataclass
class Success:
    item: ArticleInput
    record: dict[str, Any]

    def json_line(self) -> str:
        """The record as one line of JSON Lines, as `rasad extract` writes it."""
        return json.dumps(self.record, ensure_ascii=False)


@dataclass
class Failure:
    origin: str
    reason: str


Outcome = Success | Failure


def process_one(item: ArticleInput) -> Outcome:
    from rasad import extract

    try:
        record = extract(item.text, item.published, source_id=item.source_id, url=item.url,
                         title=item.title, outlet=item.outlet)
    except InputError as exc:
        return Failure(item.origin, str(exc))
    except Exception as exc:  # noqa: BLE001 - one broken article must not end the batch
        return Failure(item.origin, f"internal error: {type(exc).__name__}: {exc}")
    return Success(item, record)


def _warm() -> None:
    from rasad.pipeline import default_pipeline

    default_pipeline()


def process(items: Iterable[ArticleInput | Skipped], jobs: int = 1) -> Iterator[Outcome]:
    """Outcomes in input order; skipped inputs come through as failures."""
    if jobs <= 1:
        yield from map(_process_any, items)
        return
    ctx = mp.get_context("fork") if "fork" in mp.get_all_start_methods() else mp.get_context()
    # Pool.imap would read the whole input ahead into its queue: a window of chunks in flight
    # keeps memory bounded however long the input (an archive of 10^6 articles).
    window: deque[Any] = deque()
    with ctx.Pool(jobs, initializer=_warm) as pool:
        for chunk in batched(items, CHUNK):
            window.append(pool.apply_async(_process_chunk, (chunk,)))
            if len(window) >= jobs * IN_FLIGHT:
                yield from window.popleft().get()
        while window:
            yield from window.popleft().get()


CHUNK, IN_FLIGHT = 8, 16  # articles a task; tasks in flight a worker


def _process_chunk(chunk: list[ArticleInput | Skipped]) -> list[Outcome]:
    return [_process_any(item) for item in chunk]


def _process_any(item: ArticleInput | Skipped) -> Outcome:
    return Failure(item.origin, item.reason) if isinstance(item, Skipped) else process_one(item)
