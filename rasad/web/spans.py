"""The spans an article page highlights: stored at ingest, or read again for older articles.

Articles stored before the store kept spans (migration 0003) are extracted again on view, so
their page still shows every field's evidence; the stored text is what the offsets index.
"""

from __future__ import annotations

from typing import Any

from rasad.store.rows import article_spans


def spans_of(article: dict[str, Any]) -> list[dict[str, Any]]:
    """The article's spans, each checked to lie inside its text."""
    text = article.get("text")
    if not text:
        return []
    spans = article.get("spans")
    if spans is None:
        import rasad

        published = article.get("published")
        try:
            spans = article_spans(rasad.extract(text, published.isoformat() if published else None))
        except Exception:  # noqa: BLE001 - a page must open even if the text cannot be read again
            spans = []
    return [s for s in spans if 0 <= s["start"] < s["end"] <= len(text)]
