"""Every way an article reaches rasad, turned into one stream of `ArticleInput`.

`.txt` files, folders of them (recursively), JSON Lines as SCHEMA.md describes
(`{"id", "text"}` plus optional url/title/outlet/published), saved HTML pages, RSS/Atom
feed files, and `-` for stdin. Bad inputs do not stop a batch: they come out as `Skipped`
with a reason, and the caller counts them.
"""

from __future__ import annotations

import json
import sys
from dataclasses import dataclass
from pathlib import Path
from typing import Iterable, Iterator

from rasad.errors import MAX_CHARS

TEXT_SUFFIXES = {".txt", ".text"}
JSONL_SUFFIXES = {".jsonl", ".ndjson"}
HTML_SUFFIXES = {".html", ".htm"}
FEED_SUFFIXES = {".xml", ".rss", ".atom"}
KNOWN_SUFFIXES = TEXT_SUFFIXES | JSONL_SUFFIXES | HTML_SUFFIXES | FEED_SUFFIXES
MAX_FILE_BYTES = MAX_CHARS * 4


@dataclass
class ArticleInput:
    text: str
    origin: str  # file path (and line) the article came from
    source_id: str | None = None
    published: str | None = None
    url: str | None = None
    title: str | None = None
    outlet: str | None = None


@dataclass
class Skipped:
    origin: str
    reason: str


Item = ArticleInput | Skipped


def _decode(data: bytes, origin: str) -> str | Skipped:
    if b"\x00" in data[:4096]:
        return Skipped(origin, "binary file")
    try:
        return data.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        return Skipped(origin, f"not UTF-8 ({exc.reason} at byte {exc.start})")


def _read_bytes(path: Path) -> bytes | Skipped:
    try:
        size = path.stat().st_size
        if size > MAX_FILE_BYTES:
            return Skipped(str(path), f"file too large ({size:,} bytes)")
        return path.read_bytes()
    except OSError as exc:
        return Skipped(str(path), f"cannot read: {exc.strerror or exc}")


def iter_jsonl_lines(lines: Iterable[str], origin: str) -> Iterator[Item]:
    for n, line in enumerate(lines, 1):
        line = line.strip()
        if not line:
            continue
        where = f"{origin}:{n}"
        try:
            obj = json.loads(line)
        except json.JSONDecodeError as exc:
            yield Skipped(where, f"bad JSON ({exc.msg})")
            continue
        if not isinstance(obj, dict) or not isinstance(obj.get("text"), str):
            yield Skipped(where, "JSON line without a 'text' string")
            continue
        yield ArticleInput(
            text=obj["text"], origin=where,
            source_id=str(obj["id"]) if obj.get("id") is not None else None,
            published=obj.get("published"), url=obj.get("url"),
            title=obj.get("title"), outlet=obj.get("outlet"),
        )


def read_path(path: Path) -> Iterator[Item]:
    """Articles in one file."""
    suffix = path.suffix.lower()
    if suffix in HTML_SUFFIXES:
        yield from _read_html(path)
        return
    if suffix in FEED_SUFFIXES:
        yield from _read_feed(path)
        return
    if suffix in JSONL_SUFFIXES:
        yield from _read_jsonl(path)
        return
    data = _read_bytes(path)
    if isinstance(data, Skipped):
        yield data
        return
    text = _decode(data, str(path))
    if isinstance(text, Skipped):
        yield text
        return
    yield ArticleInput(text=text, origin=str(path))


def _read_jsonl(path: Path) -> Iterator[Item]:
    """A JSON Lines corpus of any size, streamed line by line; a bad line is skipped alone."""
    try:
        fh = open(path, "rb")
    except OSError as exc:
        yield Skipped(str(path), f"cannot read: {exc.strerror or exc}")
        return
    with fh:
        for n, raw in enumerate(fh, 1):
            line = _decode(raw, f"{path}:{n}")
            if isinstance(line, Skipped):
                yield line
                continue
            for item in iter_jsonl_lines([line], str(path)):
                item.origin = f"{path}:{n}"
                yield item


def _read_html(path: Path) -> Iterator[Item]:
    try:
        from rasad.io.html import read_html

        art = read_html(path)
    except Exception as exc:  # a broken page must not stop the batch
        yield Skipped(str(path), f"unreadable HTML: {exc}")
        return
    if not art or not art.get("text"):
        yield Skipped(str(path), "no article text found in the page")
        return
    yield ArticleInput(text=art["text"], origin=str(path), published=art.get("published"),
                       url=art.get("url"), title=art.get("title"), outlet=art.get("outlet"))


def _read_feed(path: Path) -> Iterator[Item]:
    try:
        from rasad.io.feeds import read_feed

        entries = read_feed(path)
    except Exception as exc:
        yield Skipped(str(path), f"unreadable feed: {exc}")
        return
    for i, art in enumerate(entries, 1):
        if not art.get("text"):
            yield Skipped(f"{path}#{i}", "feed entry without text")
            continue
        yield ArticleInput(text=art["text"], origin=f"{path}#{i}", source_id=art.get("id"),
                           published=art.get("published"), url=art.get("url"),
                           title=art.get("title"), outlet=art.get("outlet"))


def iter_articles(paths: Iterable[str | Path]) -> Iterator[Item]:
    """Every article under `paths` ('-' is stdin), in a stable order."""
    for raw in paths:
        if str(raw) == "-":
            data = sys.stdin.buffer.read()
            text = _decode(data, "<stdin>")
            if isinstance(text, Skipped):
                yield text
            elif text.lstrip().startswith("{"):
                yield from iter_jsonl_lines(text.splitlines(), "<stdin>")
            else:
                yield ArticleInput(text=text, origin="<stdin>")
            continue
        path = Path(raw)
        if path.is_dir():
            for child in sorted(p for p in path.rglob("*") if p.is_file() and p.suffix.lower() in KNOWN_SUFFIXES):
                yield from read_path(child)
        elif path.is_file():
            yield from read_path(path)
        else:
            yield Skipped(str(path), "no such file or folder")
