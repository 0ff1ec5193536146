"""The event store's tables (SQLAlchemy 2 declarative models).

One row in `event_sources` is one event as one article reports it (an observation); rows in
`events` are the real-world events that deduplication builds from them, so `events` can always
be rebuilt from `event_sources`. Actor ids are dictionary ids (`sy.hts`, `new:<slug>`), kept as
plain strings without foreign keys because a record may name an actor it does not list.
The schema itself is created by the Alembic migrations in `rasad/store/migrations/`; keep the
two in step (`tests/store/test_migrations.py` compares them).
"""

from __future__ import annotations

from datetime import date

from sqlalchemy import JSON, Date, Float, ForeignKey, Index, Integer, String, Text
from sqlalchemy.orm import DeclarativeBase, Mapped, mapped_column


class Base(DeclarativeBase):
    pass


class Article(Base):
    """An ingested article; `id` is the record's sha256 prefix, so re-ingesting is a no-op."""

    __tablename__ = "articles"

    id: Mapped[str] = mapped_column(String(16), primary_key=True)
    source_id: Mapped[str | None] = mapped_column(String(200))
    url: Mapped[str | None] = mapped_column(Text)
    title: Mapped[str | None] = mapped_column(Text)
    outlet: Mapped[str | None] = mapped_column(String(200))
    author: Mapped[str | None] = mapped_column(String(200))
    published: Mapped[date | None] = mapped_column(Date)
    language: Mapped[str | None] = mapped_column(String(8))
    origin: Mapped[str | None] = mapped_column(Text)  # the file (and line) it came from
    schema_version: Mapped[str | None] = mapped_column(String(20))
    ingested_at: Mapped[int] = mapped_column(Integer)  # unix time of the first ingest
    text: Mapped[str | None] = mapped_column(Text)  # offsets in the record point into this
    spans: Mapped[list | None] = mapped_column(JSON)  # rows.article_spans: what the page highlights


class Actor(Base):
    __tablename__ = "actors"

    id: Mapped[str] = mapped_column(String(200), primary_key=True)
    name_ar: Mapped[str | None] = mapped_column(Text)
    name_en: Mapped[str | None] = mapped_column(Text)
    inter: Mapped[int | None] = mapped_column(Integer)


class Place(Base):
    """A geocoded place; `id` is the gazetteer id, or a hash of the location when it has none."""

    __tablename__ = "places"

    id: Mapped[str] = mapped_column(String(200), primary_key=True)
    name_ar: Mapped[str | None] = mapped_column(Text)
    name_en: Mapped[str | None] = mapped_column(Text)
    country: Mapped[str | None] = mapped_column(String(2))
    admin1: Mapped[str | None] = mapped_column(Text)
    admin1_ar: Mapped[str | None] = mapped_column(Text)
    admin1_code: Mapped[str | None] = mapped_column(String(16))
    lat: Mapped[float | None] = mapped_column(Float)
    lon: Mapped[float | None] = mapped_column(Float)
    gazetteer_id: Mapped[str | None] = mapped_column(String(200))


class Event(Base):
    """A deduplicated real-world event; fields come from its sources (see `dedup.py`)."""

    __tablename__ = "events"

    id: Mapped[str] = mapped_column(String(16), primary_key=True)
    event_type: Mapped[str] = mapped_column(String(40))
    sub_event_type: Mapped[str | None] = mapped_column(String(60))
    date: Mapped[date | None] = mapped_column(Date)
    date_precision: Mapped[str | None] = mapped_column(String(8))
    actor1: Mapped[str | None] = mapped_column(String(200))
    actor2: Mapped[str | None] = mapped_column(String(200))
    assoc_actors: Mapped[list] = mapped_column(JSON)
    place_id: Mapped[str | None] = mapped_column(String(200))
    country: Mapped[str | None] = mapped_column(String(2))
    admin1: Mapped[str | None] = mapped_column(Text)
    geo_precision: Mapped[int | None] = mapped_column(Integer)
    fatalities: Mapped[int | None] = mapped_column(Integer)
    notes_en: Mapped[str | None] = mapped_column(Text)
    n_sources: Mapped[int] = mapped_column(Integer)
    timestamp: Mapped[int] = mapped_column(Integer)  # stable "last update": see dedup.py

    __table_args__ = (
        Index("ix_events_date", "date"),
        Index("ix_events_country", "country"),
    )


class EventSource(Base):
    """One event as one article reports it, with that article's own figures and spans."""

    __tablename__ = "event_sources"

    article_id: Mapped[str] = mapped_column(
        String(16), ForeignKey("articles.id", ondelete="CASCADE"), primary_key=True
    )
    idx: Mapped[int] = mapped_column(Integer, primary_key=True)  # position in record["events"]
    record_event_id: Mapped[str | None] = mapped_column(String(200))
    event_id: Mapped[str | None] = mapped_column(String(16))  # null: not a real event (negated …)
    block_id: Mapped[str | None] = mapped_column(String(40))  # dedup component, see dedup.py
    published: Mapped[date | None] = mapped_column(Date)
    event_type: Mapped[str] = mapped_column(String(40))
    sub_event_type: Mapped[str | None] = mapped_column(String(60))
    date: Mapped[date | None] = mapped_column(Date)
    date_precision: Mapped[str | None] = mapped_column(String(8))
    date_text: Mapped[str | None] = mapped_column(Text)
    date_lo: Mapped[date | None] = mapped_column(Date)  # the span the date may mean
    date_hi: Mapped[date | None] = mapped_column(Date)
    actor1: Mapped[str | None] = mapped_column(String(200))
    actor2: Mapped[str | None] = mapped_column(String(200))
    assoc_actors: Mapped[list] = mapped_column(JSON)
    place_id: Mapped[str | None] = mapped_column(String(200))
    country: Mapped[str | None] = mapped_column(String(2))
    admin1: Mapped[str | None] = mapped_column(Text)
    lat: Mapped[float | None] = mapped_column(Float)
    lon: Mapped[float | None] = mapped_column(Float)
    geo_precision: Mapped[int | None] = mapped_column(Integer)
    actor_keys: Mapped[list] = mapped_column(JSON)  # actors that identify the event, see dedup.py
    fatalities: Mapped[int | None] = mapped_column(Integer)
    fatalities_detail: Mapped[list] = mapped_column(JSON)
    modality: Mapped[str | None] = mapped_column(String(20))
    attribution: Mapped[dict | None] = mapped_column(JSON)
    trigger: Mapped[dict | None] = mapped_column(JSON)  # {"text", "start", "end"}: the mention
    evidence: Mapped[dict | None] = mapped_column(JSON)
    confidence: Mapped[float | None] = mapped_column(Float)
    notes_en: Mapped[str | None] = mapped_column(Text)
    cell: Mapped[int | None] = mapped_column(Integer)  # rows.grid_cell(lat, lon): 0.1° squares

    __table_args__ = (
        # dedup's candidate lookups: the place key first, then the date window (see dedup.py)
        Index("ix_event_sources_match", "event_type", "date_lo"),
        Index("ix_event_sources_place", "event_type", "place_id", "date_lo"),
        Index("ix_event_sources_admin1", "event_type", "admin1", "date_lo"),
        Index("ix_event_sources_cell", "event_type", "cell", "date_lo"),
        Index("ix_event_sources_event", "event_id"),
        Index("ix_event_sources_block_published", "block_id", "published"),
    )


class Relation(Base):
    __tablename__ = "relations"

    article_id: Mapped[str] = mapped_column(
        String(16), ForeignKey("articles.id", ondelete="CASCADE"), primary_key=True
    )
    idx: Mapped[int] = mapped_column(Integer, primary_key=True)
    type: Mapped[str] = mapped_column(String(40))
    source: Mapped[str | None] = mapped_column(String(200))
    target: Mapped[str | None] = mapped_column(String(200))
    date: Mapped[date | None] = mapped_column(Date)
    date_precision: Mapped[str | None] = mapped_column(String(8))
    evidence: Mapped[dict | None] = mapped_column(JSON)


class Mention(Base):
    """An actor mention: the span of text behind each actor the article names."""

    __tablename__ = "mentions"

    article_id: Mapped[str] = mapped_column(
        String(16), ForeignKey("articles.id", ondelete="CASCADE"), primary_key=True
    )
    idx: Mapped[int] = mapped_column(Integer, primary_key=True)
    actor_id: Mapped[str] = mapped_column(String(200))
    text: Mapped[str | None] = mapped_column(Text)
    start: Mapped[int | None] = mapped_column(Integer)
    end: Mapped[int | None] = mapped_column(Integer)

    __table_args__ = (Index("ix_mentions_actor", "actor_id"),)


# --- The review desk (rasad/store/review.py): people's checks beside the machine's output ---


class User(Base):
    """A person of the review desk; the API token is kept only as its SHA-256 hash."""

    __tablename__ = "users"

    name: Mapped[str] = mapped_column(String(100), primary_key=True)
    role: Mapped[str] = mapped_column(String(20))  # viewer | reviewer | admin
    token_hash: Mapped[str] = mapped_column(String(64), unique=True)
    created_at: Mapped[int] = mapped_column(Integer)


class Revision(Base):
    """One dated change a person made to an event: never edited, never deleted."""

    __tablename__ = "revisions"

    id: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=True)
    event_id: Mapped[str] = mapped_column(String(40))
    action: Mapped[str] = mapped_column(String(20))  # review | split | merge | create
    status: Mapped[str] = mapped_column(String(20))
    changes: Mapped[dict] = mapped_column(JSON)
    note: Mapped[str | None] = mapped_column(Text)
    user_name: Mapped[str] = mapped_column(String(100))
    created_at: Mapped[float] = mapped_column(Float)  # unix time

    __table_args__ = (Index("ix_revisions_event", "event_id", "id"),)


class EventReview(Base):
    """An event's reviewed state: the revisions folded (the machine's row stays as it was).

    `values` holds the corrected fields only; an event split off another (`parent_id`) has no
    machine row and carries all its fields here."""

    __tablename__ = "event_reviews"

    event_id: Mapped[str] = mapped_column(String(40), primary_key=True)
    status: Mapped[str] = mapped_column(String(20))  # accepted | rejected | corrected
    values: Mapped[dict] = mapped_column(JSON)
    parent_id: Mapped[str | None] = mapped_column(String(40))
    merged_into: Mapped[str | None] = mapped_column(String(40))
    revisions: Mapped[int] = mapped_column(Integer)
    updated_at: Mapped[float] = mapped_column(Float)
    updated_by: Mapped[str] = mapped_column(String(100))
    # [[article_id, idx], …]: the event's reports when first reviewed, so the review finds its
    # event again when deduplication later renames it (an earlier report of it came in).
    sources: Mapped[list | None] = mapped_column(JSON)

    __table_args__ = (Index("ix_event_reviews_status", "status"),)


class Setting(Base):
    """Store-wide settings, e.g. the key that signs the review desk's browser sessions."""

    __tablename__ = "settings"

    key: Mapped[str] = mapped_column(String(64), primary_key=True)
    value: Mapped[str] = mapped_column(Text)
