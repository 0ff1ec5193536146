"""Saved web pages → article text and metadata, with trafilatura.

`rasad ingest` reads `.html`/`.htm` files through this module; the text it returns is the
"raw text" the article id hashes and the record's offsets point into, so boilerplate
(menus, footers, comments) is left out here, once, rather than by every later stage.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

import trafilatura

# Dates only from the page's own metadata and markup: no guessing from loose text.
_DATE_PARAMS = {"original_date": True, "extensive_search": False}


def parse_html(html: str | bytes, url: str | None = None) -> dict[str, Any]:
    """`{text, title, published, url, outlet}` of one page; `text` is "" when none is found."""
    doc = trafilatura.bare_extraction(
        html, url=url, with_metadata=True, include_comments=False, include_tables=False,
        include_images=False, date_extraction_params=_DATE_PARAMS,
    )
    if doc is None:
        return {"text": "", "title": None, "published": None, "url": url, "outlet": None}
    meta = doc.as_dict() if hasattr(doc, "as_dict") else dict(doc)
    return {
        "text": (meta.get("text") or "").strip(),
        "title": meta.get("title") or None,
        "published": meta.get("date") or None,
        "url": meta.get("url") or url,
        "outlet": meta.get("sitename") or meta.get("hostname") or None,
    }


def read_html(path: str | Path, url: str | None = None) -> dict[str, Any]:
    """`parse_html` on a saved page; bytes are handed over as-is so the page's charset wins."""
    return parse_html(Path(path).read_bytes(), url=url)
