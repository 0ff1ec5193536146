"""The SCHEMA.md record of one article, built from a finished `Doc`."""

from __future__ import annotations

import hashlib
from datetime import date
from typing import Any

from spacy.tokens import Doc

from rasad.types import ActorMention, Event, PlaceMention, Relation

SCHEMA_VERSION = "rasad/1"
UNREALISED = ("negated", "hypothetical")


def article_id(text: str) -> str:
    """First 16 hex digits of the SHA-256 of the raw text."""
    return hashlib.sha256(text.encode("utf-8")).hexdigest()[:16]


def _iso(d: date | None, precision: str | None = None) -> str | None:
    """YYYY-MM-DD, or YYYY-MM / YYYY when the text gives only the month or year."""
    if d is None:
        return None
    if precision == "month":
        return d.strftime("%Y-%m")
    if precision == "year":
        return f"{d.year:04d}"
    return d.isoformat()


def _actors(mentions: list[ActorMention]) -> list[dict[str, Any]]:
    by_id: dict[str, dict[str, Any]] = {}
    for m in mentions:
        entry = by_id.setdefault(m.actor_id, {
            "id": m.actor_id, "name_ar": m.name_ar, "name_en": m.name_en, "inter": m.inter,
            "kind": m.kind, "mentions": [],
        })
        entry["mentions"].append({"text": m.text, "start": m.start, "end": m.end, "anaphor": m.anaphor})
    return list(by_id.values())


def _location(p: PlaceMention | None) -> dict[str, Any] | None:
    if p is None:
        return None
    return {
        "name_ar": p.name_ar, "name_en": p.name_en, "country": p.country, "admin1": p.admin1,
        "admin1_ar": p.admin1_ar, "admin1_code": p.admin1_code, "lat": p.lat, "lon": p.lon,
        "geo_precision": p.geo_precision, "gazetteer_id": p.gazetteer_id,
        "text": p.text, "start": p.start, "end": p.end,
    }


def notes_en(e: Event) -> str:
    """A one-line English summary for analysts who read no Arabic, built from the fields."""
    who = e.actor1.name_en or e.actor1.name_ar if e.actor1 else "Unidentified actor"
    line = f"{e.sub_event_type} ({e.event_type}): {who}"
    if e.actor2 is not None:
        link = "with" if e.event_type == "Strategic developments" else "against"
        line += f" {link} {e.actor2.name_en or e.actor2.name_ar}"
    if e.location is not None:
        place = e.location.name_en or e.location.name_ar
        if e.location.admin1 and e.location.admin1 != place:
            place += f", {e.location.admin1}"
        line += f" in {place}"
    if e.date is not None:
        line += f" on {e.date.isoformat()}" if e.date_precision == "day" else f" ({e.date_precision} of {e.date.isoformat()})"
    if e.fatalities:
        line += f"; {e.fatalities} killed"
    elif e.fatalities == 0:
        line += "; no one killed"
    if e.modality != "asserted":
        line += f"; {e.modality}"
    if e.attribution is not None:
        line += f" (per {e.attribution.kind})"
    return line + "."


def _event(e: Event, index: int, art_id: str) -> dict[str, Any]:
    return {
        "id": f"{art_id}-e{index + 1}",
        "event_type": e.event_type,
        "sub_event_type": e.sub_event_type,
        "date": _iso(e.date, e.date_precision),
        "date_precision": e.date_precision if e.date is not None else None,
        "date_text": e.date_text,
        "actor1": e.actor1.actor_id if e.actor1 else None,
        "actor2": e.actor2.actor_id if e.actor2 else None,
        "assoc_actors": [m.actor_id for m in e.assoc_actors],
        "location": _location(e.location),
        "fatalities": e.fatalities,
        "fatalities_detail": e.fatalities_detail,
        "modality": e.modality,
        "attribution": None if e.attribution is None else {
            "text": e.attribution.text, "kind": e.attribution.kind,
            "start": e.attribution.start, "end": e.attribution.end,
        },
        "trigger": {"text": e.trigger_text, "start": e.trigger_start, "end": e.trigger_end},
        "evidence": {"start": e.evidence_start, "end": e.evidence_end},
        "confidence": e.confidence,
        "main": e.main,
        "notes_en": notes_en(e),
    }


def _relation(r: Relation) -> dict[str, Any]:
    return {
        "type": r.type, "source": r.source, "target": r.target,
        "date": _iso(r.date, r.date_precision), "date_precision": r.date_precision if r.date else None,
        "evidence": {"start": r.evidence_start, "end": r.evidence_end},
    }


def _reported(e: Event) -> bool:
    """An event of the event data: one that happened or is planned, or a reported act a party
    denies (ANNOTATION.md codes it, modality negated)."""
    return e.modality not in UNREALISED or e.denied


def build_record(doc: Doc) -> dict[str, Any]:
    """The output contract of SCHEMA.md for one processed document."""
    ext = doc._  # each `doc._` builds a new accessor: one will do
    meta = ext.meta or {}
    header = ext.header
    art_id = article_id(ext.norm.original)
    events = ext.events or []
    return {
        "schema": SCHEMA_VERSION,
        "article": {
            "id": art_id,
            "source_id": meta.get("source_id"),
            "url": meta.get("url"),
            "title": meta.get("title") or (header.title if header else None),
            "outlet": meta.get("outlet") or (header.outlet if header else None),
            "author": header.author if header else None,
            "published": _iso(ext.published),
            "dateline_text": header.dateline_text if header else None,
            "country": ext.country,
            "language": "ar",
        },
        "actors": _actors(ext.actors or []),
        "places": [_location(p) for p in ext.places or []],
        "times": [
            {"text": t.text, "start": t.start, "end": t.end, "date": t.iso(), "precision": t.precision}
            for t in ext.times or []
        ],
        "events": [_event(e, i, art_id) for i, e in enumerate(events) if _reported(e)],
        # Events the text says did not happen, or only might: kept apart from the event data.
        "unrealised_events": [_event(e, i, art_id) for i, e in enumerate(events) if not _reported(e)],
        "relations": [_relation(r) for r in ext.relations or []],
    }
