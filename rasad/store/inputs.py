"""What `rasad ingest` reads, on top of `rasad.io.readers`: ready records and early checks.

The readers turn files, folders, pages, feeds and stdin into articles; this module adds what
only ingest needs: JSON Lines of *extracted records* (the output of `rasad extract`) are
stored without extracting again, texts rasad cannot read are skipped with `rasad.errors`'
reason before any extraction, and each item carries the bytes it consumed for the progress
bar. Nothing here raises on a bad input.
"""

from __future__ import annotations

import json
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from rasad.errors import InputError, check_text
from rasad.io import readers

MAX_BYTES = readers.MAX_FILE_BYTES


@dataclass
class Article:
    text: str
    origin: str
    size: int = 0  # bytes of input consumed, for the progress bar
    meta: dict[str, Any] = field(default_factory=dict)  # source_id, url, title, outlet, published


@dataclass
class Extracted:
    record: dict[str, Any]
    origin: str
    size: int = 0
    text: str | None = None


@dataclass
class Skipped:
    origin: str
    reason: str
    size: int = 0


Item = Article | Extracted | Skipped


def reason_kind(reason: str) -> str:
    """The category a skip is counted under: «not UTF-8 (invalid … at byte 3)» → «not UTF-8»."""
    return reason.split(" (")[0].split(":")[0].strip()


def too_large(max_bytes: int) -> str:
    """The skip reason for inputs over the size limit, in the unit a reader expects."""
    if max_bytes >= 1024 * 1024:
        return f"file too large (> {max_bytes / (1024 * 1024):g} MB)"
    return f"file too large (> {max_bytes / 1024:g} KB)"


def is_record(obj: Any) -> bool:
    """A SCHEMA.md record rather than an input line (`{"id", "text"}`)."""
    return isinstance(obj, dict) and isinstance(obj.get("article"), dict) and "events" in obj


def _from_reader(item: readers.Item, size: int) -> Item:
    if isinstance(item, readers.Skipped):
        return Skipped(item.origin, item.reason, size)
    try:
        check_text(item.text)
    except InputError as exc:
        return Skipped(item.origin, str(exc), size)
    meta = {"source_id": item.source_id, "url": item.url, "title": item.title,
            "outlet": item.outlet, "published": item.published}
    return Article(item.text, item.origin, size, meta)


def _files(path: Path) -> list[Path]:
    return sorted(p for p in path.rglob("*") if p.is_file() and p.suffix.lower() in readers.KNOWN_SUFFIXES
                  and not any(part.startswith(".") for part in p.relative_to(path).parts))


def iter_inputs(paths: list[str | Path], *, max_bytes: int = MAX_BYTES) -> Iterator[Item]:
    """Every article (or ready record) under `paths`, in the readers' stable order."""
    for raw in paths:
        path = Path(raw)
        if str(raw) == "-" or not path.exists():
            for item in readers.iter_articles([raw]):
                yield _from_reader(item, 0)
            continue
        for f in _files(path) if path.is_dir() else [path]:
            yield from read_file(f, max_bytes=max_bytes)


def read_file(path: Path, *, max_bytes: int = MAX_BYTES) -> Iterator[Item]:
    """The items of one file: ready records for record JSON Lines, else the reader's articles."""
    try:
        size = path.stat().st_size
    except OSError as exc:
        yield Skipped(str(path), f"cannot read: {exc.strerror or exc}")
        return
    if path.suffix.lower() not in readers.KNOWN_SUFFIXES:
        yield Skipped(str(path), "unsupported file type", size)
        return
    if size > max_bytes and path.suffix.lower() not in readers.JSONL_SUFFIXES:
        yield Skipped(str(path), too_large(max_bytes), size)
        return
    if path.suffix.lower() in readers.JSONL_SUFFIXES and _holds_records(path):
        yield from _read_records(path, size)
        return
    first = True
    for item in readers.read_path(path):
        yield _from_reader(item, size if first else 0)
        first = False


def _holds_records(path: Path) -> bool:
    try:
        with path.open("rb") as fh:
            for line in fh:
                if line.strip():
                    return is_record(json.loads(line))
    except (OSError, ValueError):
        return False
    return False


def _read_records(path: Path, size: int) -> Iterator[Item]:
    with path.open("rb") as fh:
        for n, line in enumerate(fh, 1):
            where = f"{path}:{n}"
            if not line.strip():
                continue
            try:
                obj = json.loads(line)
            except ValueError as exc:
                yield Skipped(where, f"bad JSON ({exc.__class__.__name__})", len(line))
                continue
            if is_record(obj):
                yield Extracted(obj, where, len(line), obj.get("text"))
            else:
                yield Skipped(where, "not a rasad record", len(line))
