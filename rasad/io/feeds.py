"""RSS/Atom feed files → one article dict per entry, with feedparser.

Feeds carry the article (or its lead) as HTML in `content`/`summary`; we keep the longest of
them as plain text, so what gets extracted is what the outlet published, not the feed markup.
"""

from __future__ import annotations

import html as html_lib
import re
from datetime import date
from pathlib import Path
from typing import Any

import feedparser

_BLOCK = re.compile(r"(?i)<\s*(br|/p|/div|/li|/h[1-6])\b[^>]*>")
_TAG = re.compile(r"<[^>]+>")
_SPACES = re.compile(r"[ \t\u00a0]+")


def html_to_text(fragment: str) -> str:
    """Plain text of a feed's HTML fragment, paragraphs kept as lines."""
    text = _TAG.sub("", _BLOCK.sub("\n", fragment))
    text = html_lib.unescape(text)
    lines = (_SPACES.sub(" ", line).strip() for line in text.splitlines())
    return "\n".join(line for line in lines if line)


def _published(entry: Any) -> str | None:
    for key in ("published_parsed", "updated_parsed", "created_parsed"):
        t = entry.get(key)
        if t:
            return date(t.tm_year, t.tm_mon, t.tm_mday).isoformat()
    return None


def parse_feed(data: bytes | str) -> list[dict[str, Any]]:
    """`[{id, text, title, url, outlet, published}]` for each entry of an RSS/Atom document."""
    parsed = feedparser.parse(data)
    if parsed.bozo and not parsed.entries:
        raise ValueError(f"not a feed: {parsed.get('bozo_exception')!r}")
    outlet = parsed.feed.get("title") or None
    out = []
    for entry in parsed.entries:
        bodies = [c.get("value", "") for c in entry.get("content", [])]
        bodies.append(entry.get("summary", ""))
        text = max((html_to_text(b) for b in bodies), key=len, default="")
        out.append({
            "id": entry.get("id") or entry.get("link"),
            "text": text,
            "title": html_to_text(entry.get("title", "")) or None,
            "url": entry.get("link"),
            "outlet": outlet,
            "published": _published(entry),
        })
    return out


def read_feed(path: str | Path) -> list[dict[str, Any]]:
    """`parse_feed` on a feed file."""
    return parse_feed(Path(path).read_bytes())
