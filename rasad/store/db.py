"""Opening a store: URL normalisation, engine set-up, and migrations run on open.

A store is a SQLite file by default (a bare path is accepted) or a PostgreSQL database
(`postgresql://…`, driven by psycopg 3). Every open brings the schema to the newest Alembic
revision shipped in `rasad/store/migrations/`, so users never run migrations by hand.
"""

from __future__ import annotations

from pathlib import Path

from alembic import command
from alembic.config import Config
from sqlalchemy import Connection, Engine, create_engine, event, text

DEFAULT_URL = "sqlite:///rasad.db"
WRITE_LOCK = 0x7261736164  # "rasad": the PostgreSQL advisory lock a writer holds for a transaction
SQLITE_BUSY_MS = 600_000  # how long a SQLite writer waits for another's transaction to end
MIGRATIONS = Path(__file__).with_name("migrations")


def normalise_url(url: str | Path | None) -> str:
    """`rasad.db` → `sqlite:///rasad.db`; `postgresql://` → `postgresql+psycopg://` (psycopg 3)."""
    if url is None or str(url) == "":
        return DEFAULT_URL
    text = str(url)
    if "://" not in text:
        return f"sqlite:///{text}"
    for prefix in ("postgresql://", "postgres://", "postgresql+psycopg2://"):
        if text.startswith(prefix):
            return "postgresql+psycopg://" + text[len(prefix):]
    return text


def _sqlite_pragmas(dbapi_conn, _record) -> None:  # type: ignore[no-untyped-def]
    # WAL + NORMAL: a killed process loses at most the open transaction, and writes are fast.
    cur = dbapi_conn.cursor()
    # Wait for another writer first: two processes opening a new store at once race for the
    # exclusive lock that switching it to WAL takes («database is locked» otherwise).
    cur.execute(f"PRAGMA busy_timeout = {SQLITE_BUSY_MS}")
    cur.execute("PRAGMA journal_mode=WAL")
    cur.execute("PRAGMA synchronous=NORMAL")
    cur.execute("PRAGMA foreign_keys=ON")
    cur.close()


def migration_config() -> Config:
    """An Alembic Config built in code (no alembic.ini), pointing at the shipped migrations."""
    cfg = Config()
    cfg.set_main_option("script_location", str(MIGRATIONS))
    return cfg


def lock_store(conn: Connection) -> None:
    """Make `conn`'s transaction (just begun, nothing run in it yet) the store's only writer
    until it ends: other writers (ingest batches, migrations, in any process) wait here, so
    what it reads next is what it writes over."""
    if conn.dialect.name == "postgresql":
        conn.execute(text("SELECT pg_advisory_xact_lock(:key)"), {"key": WRITE_LOCK})
    elif conn.dialect.name == "sqlite":
        conn.exec_driver_sql(f"PRAGMA busy_timeout = {SQLITE_BUSY_MS}")
        conn.exec_driver_sql("BEGIN IMMEDIATE")


def migrate(engine: Engine, revision: str = "head") -> None:
    """Upgrade the database behind `engine` to `revision` inside one transaction (under the
    store's write lock, so two processes opening a new store at once do not both create it)."""
    cfg = migration_config()
    with engine.begin() as conn:
        lock_store(conn)
        cfg.attributes["connection"] = conn
        command.upgrade(cfg, revision)


def open_store(url: str | Path | None = None, *, migrate_schema: bool = True) -> Engine:
    """An Engine on the store at `url`, its schema migrated to the newest revision."""
    full = normalise_url(url)
    if full.startswith("sqlite"):
        path = full.split("///", 1)[-1]
        if path and path != ":memory:":
            Path(path).parent.mkdir(parents=True, exist_ok=True)
    engine = create_engine(full, future=True)
    if engine.dialect.name == "sqlite":
        event.listen(engine, "connect", _sqlite_pragmas)
    if migrate_schema:
        migrate(engine)
    return engine


def database_size(engine: Engine) -> int:
    """Bytes the store takes on disk (file size for SQLite, pg_database_size for PostgreSQL)."""
    if engine.dialect.name == "sqlite":
        path = Path(engine.url.database or "")
        return sum(p.stat().st_size for p in (path, Path(f"{path}-wal")) if p.exists())
    with engine.connect() as conn:
        return int(conn.exec_driver_sql("SELECT pg_database_size(current_database())").scalar_one())
