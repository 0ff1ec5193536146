"""The pipeline's stages as spaCy components, one small class each.

Each is registered with `Language.factory` so users can `add_pipe`, `remove_pipe` or
`replace_pipe` by name. A component reads what earlier ones put on `doc._` and adds its
own annotations; `rasad.record` turns the finished document into the SCHEMA.md record.
"""

from __future__ import annotations

import re
from collections import Counter
from datetime import date
from typing import Any

from spacy.language import Language
from spacy.tokens import Doc

from rasad.text.normalise import normalise
from rasad.types import PlaceMention
from rasad.text.sentences import split_sentences


class Normaliser:
    """Matching form of the text and its sentences."""

    def __call__(self, doc: Doc) -> Doc:
        ext = doc._  # one accessor per stage: each `doc._` builds a new one
        text = (ext.meta or {}).get("text")
        ext.norm = normalise(text if text is not None else doc.text)
        ext.sentences = split_sentences(ext.norm)
        return doc


class HeaderReader:
    """Title, dateline, outlet and author; the input's own date wins over the dateline."""

    def __call__(self, doc: Doc) -> Doc:
        from rasad.pipeline.header import parse_header

        ext = doc._
        meta = ext.meta or {}
        header = parse_header(ext.norm)
        ext.header = header
        given = meta.get("published")
        ext.published = given if isinstance(given, date) else header.dateline
        return doc


class NumberFinder:
    def __call__(self, doc: Doc) -> Doc:
        from rasad.pipeline.numbers import find_numbers

        ext = doc._
        ext.numbers = find_numbers(ext.norm)
        return doc


class TimeFinder:
    """Date expressions resolved against the dateline (rasad.timex)."""

    def __call__(self, doc: Doc) -> Doc:
        from rasad.timex import find_time_expressions

        ext = doc._
        header = ext.header
        times = find_time_expressions(ext.norm, ext.published)
        if header is not None and header.dateline_span is not None:
            a, b = header.dateline_span
            times = [t for t in times if not (a <= t.start < b)]
        if header is not None and header.outlet_spans:
            # «لـ"عدن الغد"», «صحيفة الغد»: an outlet's name says no «tomorrow».
            norm = ext.norm
            names = [norm.span(a, b) for a, b in header.outlet_spans]
            times = [t for t in times if not any(a <= t.start < b for a, b in names)]
        ext.times = times
        return doc


class PlaceFinder:
    """Places, geocoded (rasad.places); the article's country is their majority."""

    def __call__(self, doc: Doc) -> Doc:
        from rasad.places import get_resolver
        from rasad.places.unlisted import dual_countryside, with_unlisted

        ext = doc._
        header = ext.header
        hint = header.outlet_country if header is not None else None
        places = get_resolver().find(ext.norm, country_hint=hint)
        # «الجزيرة (السودان) – 3 ديسمبر»: the dateline's own line says where the article is from;
        # its country reads the rest («ود راوة» is a Sudanese village, not Iraq's Rawa).
        line = _dateline_line(ext.norm.original, header)
        told = Counter(p.country for p in places if p.country and line[0] <= p.start < line[1]).most_common(1)
        if told and told[0][0] != hint:
            hint = told[0][0]
            places = get_resolver().find(ext.norm, country_hint=hint)
        places = _with_dateline_town(ext.norm.original, line, places, hint)
        told_country = Counter(p.country for p in places if p.country).most_common(1)
        places = with_unlisted(ext.norm, places, told_country[0][0] if told_country else hint)
        places = dual_countryside(ext.norm, places)
        ext.places = places
        countries = Counter(p.country for p in places if p.country)
        for p in places:
            if p.country and line[0] <= p.start < line[1]:
                countries[p.country] += DATELINE_WEIGHT
        ext.country = countries.most_common(1)[0][0] if countries else hint
        return doc


DATELINE_WEIGHT = 3  # a place of the dateline counts as this many more mentions for the article's country


# «جرادة – 15 مارس 2018», «سيدي بوزيد (تونس) - …»: the name that opens a dateline's line.
_DATELINE_NAME = re.compile(r"\s*([^\W\d_][^\W\d_ ]*(?: [^\W\d_]+){0,2}?)\s*(?:[-–—,،:(«]|$)")


def _with_dateline_town(text: str, line: tuple[int, int], places: list[PlaceMention],
                        hint: str | None) -> list[PlaceMention]:
    """The dateline's town when no gazetteer key covers it but GeoNames knows it by its Latin
    name (rasad.places.latin): a dateline names a place, so its name is looked up."""
    from rasad.places import get_resolver

    if line[1] <= line[0] or any(line[0] <= p.start < line[1] for p in places):
        return places
    m = _DATELINE_NAME.match(text, line[0], line[1])
    if not m:
        return places
    countries = Counter(p.country for p in places if p.country).most_common(1)
    town = get_resolver().latin_place(text, m.start(1), m.end(1), countries[0][0] if countries else hint)
    return places if town is None else sorted([*places, town], key=lambda p: p.start)


def _dateline_line(text: str, header: Any) -> tuple[int, int]:
    """(start, end) of the line that holds the dateline, or an empty span."""
    span = getattr(header, "dateline_span", None) if header is not None else None
    if span is None:
        return (0, 0)
    return text.rfind("\n", 0, span[0]) + 1, span[1]


class ActorFinder:
    """Actors linked to the dictionary, date- and country-aware (rasad.actors)."""

    def __call__(self, doc: Doc) -> Doc:
        from rasad.actors import get_linker

        ext = doc._
        found = get_linker().find(ext.norm, published=ext.published, country=ext.country)
        # «قرى تل تمر وأبو راسين», «أم درمان»: a name the place stage read as a place is no
        # person, whatever its kunya-like shape.
        places = {(p.start, p.end) for p in ext.places or []}
        ext.actors = [m for m in found if not (m.actor_id.startswith("new:") and m.is_person and (m.start, m.end) in places)]
        return doc


class AnaphoraResolver:
    """«الأخير», «الطرفين»: mentions of actors the article has just named."""

    def __call__(self, doc: Doc) -> Doc:
        from rasad.pipeline.anaphora import resolve_anaphora

        ext = doc._
        ext.actors = resolve_anaphora(ext.norm, ext.actors or [], country=ext.country, published=ext.published)
        return doc


class EventBuilder:
    """Events and actor relations (rasad.events)."""

    def __call__(self, doc: Doc) -> Doc:
        from rasad.events.abroad import localise_parties
        from rasad.events.assemble import DocumentView, assemble

        ext = doc._
        norm = ext.norm
        header = ext.header
        title_end = norm.norm_index(header.title_span[1]) if header and header.title_span else 0
        body_start = norm.norm_index(header.body_start) if header else 0
        outlets = frozenset(
            normalise(n).text.strip() for n in ((header.outlet,) if header and header.outlet else ())
        )
        view = DocumentView(
            norm=norm, sentences=ext.sentences, published=ext.published,
            title_end=title_end, body_start=body_start, times=ext.times or [],
            actors=ext.actors or [], places=ext.places or [], numbers=ext.numbers or [],
            outlet_names=outlets,
            country=ext.country,
            furniture=[(norm.norm_index(a), norm.norm_index(b)) for a, b in (header.furniture if header else [])],
            names=header.outlet_spans if header else [],
        )
        ext.events, ext.relations = assemble(view)
        localise_parties(ext.events, ext.country, ext.places or [])
        # Actors that events name by their trigger (the crowd of a protest) join the article's list.
        known = {(m.actor_id, m.start) for m in ext.actors or []}
        extra = [m for e in ext.events for m in (e.actor1, e.actor2) if m is not None and (m.actor_id, m.start) not in known]
        if extra:
            ext.actors = sorted({(m.actor_id, m.start): m for m in [*(ext.actors or []), *extra]}.values(),
                                  key=lambda m: (m.start, m.end))
        return doc


STAGES: tuple[tuple[str, type], ...] = (
    ("rasad_normaliser", Normaliser),
    ("rasad_header", HeaderReader),
    ("rasad_numbers", NumberFinder),
    ("rasad_time", TimeFinder),
    ("rasad_places", PlaceFinder),
    ("rasad_actors", ActorFinder),
    ("rasad_anaphora", AnaphoraResolver),
    ("rasad_events", EventBuilder),
)

STAGE_NAMES: frozenset[str] = frozenset(name for name, _cls in STAGES)

for _name, _cls in STAGES:
    Language.factory(_name, func=lambda nlp, name, _cls=_cls: _cls())
