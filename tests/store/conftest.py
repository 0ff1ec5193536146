"""Store fixtures: a fresh store per test, on SQLite and (when RASAD_TEST_PG_URL is set) on
PostgreSQL, each PostgreSQL test in a schema of its own that is dropped afterwards."""

from __future__ import annotations

import os
import shutil
import sys
import uuid
from collections.abc import Iterator
from pathlib import Path

import pytest

sys.path.insert(0, str(Path(__file__).parent))

from fakes import FIXTURES, FixtureExtractor  # noqa: E402

PG_URL = os.environ.get("RASAD_TEST_PG_URL")
BACKENDS = ["sqlite", pytest.param("postgresql", marks=pytest.mark.skipif(
    not PG_URL, reason="RASAD_TEST_PG_URL not set (run .ci/postgres.sh)"))]


def _pg_schema_url(base: str) -> tuple[str, str]:
    schema = f"t_{uuid.uuid4().hex[:12]}"
    sep = "&" if "?" in base else "?"
    return schema, f"{base}{sep}options=-csearch_path%3D{schema}"


def make_store_url(backend: str, tmp_path: Path, name: str = "store") -> tuple[str, object]:
    """A URL for an empty store, and a cleanup callable."""
    if backend == "sqlite":
        return f"sqlite:///{tmp_path / (name + '.db')}", lambda: None
    import psycopg

    schema, url = _pg_schema_url(PG_URL or "")
    with psycopg.connect(PG_URL, autocommit=True) as conn:
        conn.execute(f"CREATE SCHEMA {schema}")

    def drop() -> None:
        with psycopg.connect(PG_URL, autocommit=True) as conn:
            conn.execute(f"DROP SCHEMA IF EXISTS {schema} CASCADE")
    return url, drop


@pytest.fixture(params=BACKENDS)
def store_factory(request: pytest.FixtureRequest, tmp_path: Path) -> Iterator[object]:
    """Call it to get the URL of another empty store on the same backend."""
    cleanups = []

    def factory(name: str = "store") -> str:
        url, drop = make_store_url(request.param, tmp_path, f"{name}{len(cleanups)}")
        cleanups.append(drop)
        return url
    yield factory
    for drop in cleanups:
        drop()


@pytest.fixture
def db_url(store_factory) -> str:  # type: ignore[no-untyped-def]
    return store_factory()


@pytest.fixture
def extractor() -> FixtureExtractor:
    return FixtureExtractor()


@pytest.fixture
def corpus(tmp_path: Path) -> Path:
    """A copy of fixtures/corpus that a test may add files to."""
    dest = tmp_path / "corpus"
    shutil.copytree(FIXTURES / "corpus", dest)
    return dest
