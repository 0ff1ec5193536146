"""Fixtures of the scale-out tests: a Dask scheduler with two workers on 127.0.0.1 (real
processes: `dask scheduler`, `dask worker`), and empty stores on SQLite and, when
RASAD_TEST_PG_URL is set, PostgreSQL."""

from __future__ import annotations

import itertools
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest

sys.path.insert(0, str(Path(__file__).parent))

from scaling import BACKENDS, TcpCluster, create_pg_schema, drop_pg_schemas  # noqa: E402


@pytest.fixture(scope="module")
def tcp_cluster(tmp_path_factory: pytest.TempPathFactory) -> Iterator[TcpCluster]:
    cluster = TcpCluster(tmp_path_factory.mktemp("dask"))
    try:
        yield cluster.start()
    finally:
        cluster.stop()


@pytest.fixture(params=BACKENDS)
def new_store(request: pytest.FixtureRequest, tmp_path: Path) -> Iterator[object]:
    """Call it for the URL of another empty store, on SQLite and on PostgreSQL."""
    schemas: list[str] = []
    numbers = itertools.count()

    def make() -> str:
        if request.param == "sqlite":
            return f"sqlite:///{tmp_path / f'store{next(numbers)}.db'}"
        schema, url = create_pg_schema()
        schemas.append(schema)
        return url
    yield make
    drop_pg_schemas(schemas)
