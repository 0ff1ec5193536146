"""The annotations that pipeline stages hang on a document, one dataclass a kind.

Every span (`start`, `end`) is a Python string index into the article text exactly as it
was given. Stages write these objects; `rasad.record` turns them into the SCHEMA.md record.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date
from typing import Literal

Precision = Literal["day", "week", "month", "year"]


@dataclass
class TimeExpression:
    """A date expression in the text, resolved against the dateline."""

    text: str
    start: int
    end: int
    date: date | None  # first day of the period for month/year precision
    precision: Precision | None
    end_date: date | None = None  # ranges only («بين 3 و5 آذار»)
    relative: bool = False  # resolved against the dateline rather than written out
    future: bool = False  # resolved forward because the context is future tense

    def iso(self) -> str | None:
        """The date as gold writes it: YYYY-MM-DD, YYYY-MM or YYYY by precision."""
        if self.date is None:
            return None
        if self.precision == "month":
            return self.date.strftime("%Y-%m")
        if self.precision == "year":
            return f"{self.date.year:04d}"
        return self.date.isoformat()


@dataclass
class NumberMention:
    """A count written in digits or words («11», «ألفي», «نحو 400», «العشرات»)."""

    text: str
    start: int
    end: int
    value: int
    approx: bool = False
    vague: bool = False  # «العشرات», «المئات»: a word standing for a conventional figure


@dataclass
class ActorMention:
    """A mention of an actor: linked to a dictionary id, or `new:<slug>` when unknown."""

    text: str
    start: int
    end: int
    actor_id: str
    name_ar: str
    name_en: str | None
    inter: int | None
    kind: str | None = None  # state, rebel, militia, party, foreign, igo, civilians, person …
    countries: tuple[str, ...] = ()
    generic: bool = False  # «قوات النظام», «مسلحون مجهولون»: a category, not a named group
    anaphor: bool = False  # «الهيئة», «الأخير» resolved from the article's context
    is_person: bool = False


@dataclass
class PlaceMention:
    """A place named in the text, geocoded."""

    text: str
    start: int
    end: int
    name_ar: str
    name_en: str | None
    country: str | None  # ISO 3166-1 alpha-2
    admin1: str | None
    admin1_ar: str | None
    admin1_code: str | None  # ISO 3166-2
    lat: float | None
    lon: float | None
    geo_precision: int  # ACLED 1 town, 2 area/near, 3 region only
    gazetteer_id: str | None
    feature: str = "town"  # country, admin1, admin2, admin3, town, area, site


@dataclass
class Attribution:
    text: str
    kind: str  # person | outlet | organisation | source | activists
    start: int | None = None
    end: int | None = None


@dataclass
class Event:
    """One real-world event, however many times the article mentions it."""

    event_type: str
    sub_event_type: str
    trigger_text: str
    trigger_start: int
    trigger_end: int
    evidence_start: int
    evidence_end: int
    sentence_index: int
    actor1: ActorMention | None = None
    actor2: ActorMention | None = None
    assoc_actors: list[ActorMention] = field(default_factory=list)
    time: TimeExpression | None = None
    date: date | None = None
    date_precision: Precision | None = None
    date_text: str | None = None
    location: PlaceMention | None = None
    fatalities: int | None = None
    fatalities_detail: list[dict] = field(default_factory=list)
    modality: str = "asserted"
    attribution: Attribution | None = None
    confidence: float = 0.5
    main: bool = False
    # «نفى الجيش أن تكون طائراته قد قصفت المخيم»: a reported act that a party denies. ANNOTATION.md
    # codes it, modality negated, as the outlet reported it; an act the text itself says did not
    # happen («لم تسجل اشتباكات») is no event.
    denied: bool = False


@dataclass
class Relation:
    type: str  # joined | split_from | dissolved | expelled | merged | pledged_allegiance | allied | fought | agreement
    source: str
    target: str | None
    date: date | None
    date_precision: Precision | None
    evidence_start: int
    evidence_end: int
