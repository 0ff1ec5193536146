"""rasad (رصد): Arabic conflict news → ACLED-style event data, every field tied to its span.

    import rasad
    record = rasad.extract(text, published="2017-02-18")

`extract` is the whole job; the CLI, batch mode and store are doors onto it. The pipeline
under it is a spaCy `Language` (`rasad.pipeline.create_pipeline()`) whose stages can be
added, removed or swapped by name.
"""

from __future__ import annotations

from contextlib import nullcontext
from datetime import date
from typing import Any

from rasad.errors import InputError, check_text

__version__ = "0.1.0"
__all__ = ["extract", "InputError", "parse_date", "__version__"]


def parse_date(value: date | str | None) -> date | None:
    """An ISO date (or date object) given with the input; None when absent."""
    if value is None or value == "":
        return None
    if isinstance(value, date):
        return value
    try:
        return date.fromisoformat(str(value)[:10])
    except ValueError as exc:
        raise InputError(f"published is not an ISO date: {value!r}") from exc


def extract(
    text: str,
    published: date | str | None = None,
    *,
    source_id: str | None = None,
    url: str | None = None,
    title: str | None = None,
    outlet: str | None = None,
    nlp: Any = None,
) -> dict[str, Any]:
    """The SCHEMA.md record for one Arabic news article.

    `published` (when given) wins over the dateline printed in the text. Raises
    `InputError` for text rasad cannot read (empty, binary, too large, not Arabic).
    """
    from rasad.bulk import bulk_load
    from rasad.pipeline import default_pipeline, run
    from rasad.record import build_record

    check_text(text)
    global _warm
    # The first article loads every lexicon and index the stages read lazily: hundreds of
    # thousands of long-lived objects, built with the collector paused (rasad.bulk).
    with nullcontext() if _warm else bulk_load():
        doc = run(nlp or default_pipeline(), text, published=parse_date(published),
                  source_id=source_id, url=url, title=title, outlet=outlet)
    _warm = True
    return build_record(doc)


_warm = False  # has an article been extracted in this process (indexes loaded)?
