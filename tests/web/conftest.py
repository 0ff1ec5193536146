"""Review-desk fixtures: a store holding the README sample and a hostile article, on SQLite and
(when RASAD_TEST_PG_URL is set) PostgreSQL, extracted by the real pipeline."""

from __future__ import annotations

import importlib.util
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest

_STORE = Path(__file__).parents[1] / "store" / "conftest.py"
sys.path.insert(0, str(_STORE.parent))
_spec = importlib.util.spec_from_file_location("store_fixtures", _STORE)
assert _spec and _spec.loader
_store = importlib.util.module_from_spec(_spec)
_spec.loader.exec_module(_store)
BACKENDS, make_store_url = _store.BACKENDS, _store.make_store_url

REPO = Path(__file__).resolve().parents[2]
SAMPLE = REPO / "examples" / "sample_article.txt"
# Written for these tests: markup in a title and a text is hostile input the pages must show as text.
HOSTILE_TITLE = '<script>alert("title")</script> مظاهرات في درعا'
HOSTILE_TEXT = (
    "درعا - 12 آذار 2023\n"
    "خرجت مظاهرات في مدينة درعا يوم الجمعة <script>alert('x')</script> للمطالبة بالإفراج عن "
    "المعتقلين، وهتف المتظاهرون ضد الحكومة السورية. <img src=x onerror=alert(1)>\n"
    "وقتل ثلاثة مدنيين بقصف مدفعي لقوات النظام على بلدة بصرى الشام في ريف درعا الشرقي.\n"
)


def fill(url: str) -> None:
    from rasad.store.ingest import ingest_items
    from rasad.store.inputs import Article
    from rasad.store import open_store

    items = [Article(SAMPLE.read_text(encoding="utf-8"), "sample", 1, {"title": "sample"}),
             Article(HOSTILE_TEXT, "hostile", 1, {"title": HOSTILE_TITLE, "outlet": "<b>outlet</b>"})]
    report = ingest_items(open_store(url), items, progress=False)
    assert report.stored == 2, report.summary()


@pytest.fixture(params=BACKENDS)
def store_url(request: pytest.FixtureRequest, tmp_path: Path) -> Iterator[str]:
    url, drop = make_store_url(request.param, tmp_path, "desk")
    fill(url)
    yield url
    drop()  # type: ignore[operator]


@pytest.fixture
def client(store_url: str) -> Iterator[object]:
    from fastapi.testclient import TestClient

    from rasad.web import create_app

    with TestClient(create_app(store_url)) as c:
        yield c


@pytest.fixture
def tokens(store_url: str) -> dict[str, str]:
    from rasad.store import open_store, review

    engine = open_store(store_url)
    return {role: review.add_user(engine, f"u-{role}", role) for role in ("viewer", "reviewer", "admin")}


def bearer(token: str) -> dict[str, str]:
    return {"Authorization": f"Bearer {token}"}
