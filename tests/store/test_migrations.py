"""The shipped Alembic migrations build exactly the schema the models describe."""

from __future__ import annotations

from alembic.autogenerate import compare_metadata
from alembic.migration import MigrationContext
from sqlalchemy import inspect

from rasad.store import open_store
from rasad.store.models import Base


def test_migrations_match_models(db_url: str) -> None:
    engine = open_store(db_url)
    with engine.connect() as conn:
        diff = compare_metadata(MigrationContext.configure(conn), Base.metadata)
    assert diff == []
    tables = set(inspect(engine).get_table_names())
    assert {"articles", "actors", "places", "events", "event_sources", "relations", "mentions"} <= tables
    open_store(db_url)  # a second open finds the schema current and changes nothing
    engine.dispose()


def test_url_normalisation() -> None:
    from rasad.store.db import normalise_url

    assert normalise_url(None) == "sqlite:///rasad.db"
    assert normalise_url("data/x.db") == "sqlite:///data/x.db"
    assert normalise_url("postgresql://u:p@h:5432/d") == "postgresql+psycopg://u:p@h:5432/d"
    assert normalise_url("postgres://u@h/d") == "postgresql+psycopg://u@h/d"
