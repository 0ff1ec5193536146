"""A stand-in for `rasad.extract` that returns the hand-written records in fixtures/records.json.

It finds the record whose `_match` phrase occurs in the text and turns the record's quoted
strings (mentions, triggers, evidence) into real offsets into that text, so the store is tested
on records of the true shape without depending on the extraction pipeline.
"""

from __future__ import annotations

import copy
import hashlib
import json
import os
import signal
from pathlib import Path
from typing import Any

FIXTURES = Path(__file__).parent / "fixtures"


def _span(text: str, quote: str | None) -> dict[str, Any] | None:
    if not quote:
        return None
    start = text.find(quote)
    if start < 0:
        raise AssertionError(f"fixture quote not in text: {quote}")
    return {"text": quote, "start": start, "end": start + len(quote)}


class FixtureExtractor:
    """Callable like `rasad.extract`; `kill_after=N` SIGKILLs the process on the N-th call."""

    def __init__(self, kill_after: int | None = None) -> None:
        self.records = json.loads((FIXTURES / "records.json").read_text(encoding="utf-8"))
        self.kill_after = kill_after
        self.calls = 0

    def __call__(self, text: str, published: Any = None, *, source_id: Any = None, url: Any = None,
                 title: Any = None, outlet: Any = None) -> dict[str, Any]:
        self.calls += 1
        if self.kill_after is not None and self.calls >= self.kill_after:
            os.kill(os.getpid(), signal.SIGKILL)
        found = [r for r in self.records if r["_match"] in text]
        if len(found) != 1:
            raise LookupError("no fixture record for this text")
        return build_record(copy.deepcopy(found[0]), text, published=published, source_id=source_id,
                            url=url, title=title, outlet=outlet)


def build_record(rec: dict[str, Any], text: str, **given: Any) -> dict[str, Any]:
    """The SCHEMA.md record of a fixture: id from the text, spans from the quotes."""
    art = rec["article"]
    article = {
        "id": hashlib.sha256(text.encode("utf-8")).hexdigest()[:16],
        "source_id": given.get("source_id"), "url": given.get("url") or art.get("url"),
        "title": given.get("title") or art.get("title"), "outlet": given.get("outlet") or art.get("outlet"),
        "author": art.get("author"), "published": given.get("published") or art.get("published"),
        "language": "ar",
    }
    actors = [dict(a, mentions=[_span(text, m) for m in a["mentions"]]) for a in rec["actors"]]
    events = []
    for ev in rec["events"]:
        trig = _span(text, ev["trigger"])
        events.append(dict(ev, trigger=trig, evidence={"start": trig["start"], "end": trig["end"]} if trig else None))
    relations = [dict(r, evidence=_span(text, r["evidence"])) for r in rec["relations"]]
    for r in relations:
        if r["evidence"]:
            r["evidence"].pop("text")
    return {"schema": "rasad/1", "article": article, "actors": actors, "events": events, "relations": relations}
