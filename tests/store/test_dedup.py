"""Deduplication: one strike reported by several outlets is one event; distinct events stay apart;
the result does not depend on the order reports arrive in."""

from __future__ import annotations

import itertools
from datetime import date
from pathlib import Path
from typing import Any

import pytest
from sqlalchemy import select

from fakes import FixtureExtractor
from rasad.store import ingest, ingest_records, open_store
from rasad.store.dedup import Report, cluster, compatible
from rasad.store.export import export_text, load_events
from rasad.store.models import EventSource
from rasad.store.rows import date_span


def report(article: str, **kw: Any) -> Report:
    """A Report with the Kafr Nabl strike's defaults, changed by `kw`."""
    day = kw.pop("date", date(2019, 5, 6))
    precision = kw.pop("date_precision", "day")
    published = kw.pop("published", date(2019, 5, 7))
    lo, hi = date_span(day, precision, published)
    base = dict(article_id=article, idx=0, published=published, ingested_at=0,
                event_type="Explosions/Remote violence", sub_event_type="Air/drone strike",
                date=day, date_precision=precision, date_lo=lo, date_hi=hi, actor1="sy.regime",
                actor2="sy.civilians", assoc_actors=(), actor_keys=frozenset({"sy.regime"}),
                place_id="test:kafr-nabl", country="SY", admin1="Idlib", lat=35.6136, lon=36.5611,
                geo_precision=1, fatalities=None, confidence=0.8, notes_en=None, modality="asserted",
                block_id=None, event_id=None)
    base.update(kw)
    return Report(**base)


@pytest.mark.parametrize("change,same", [
    ({}, True),
    ({"event_type": "Battles"}, False),
    ({"date": date(2019, 5, 7)}, False),
    ({"date": date(2019, 5, 9), "date_precision": "week"}, True),  # «الأسبوع الماضي» covers it
    ({"date": date(2019, 5, 1), "date_precision": "month"}, False),  # too vague to merge
    ({"date": None, "date_precision": None, "published": date(2019, 5, 8)}, True),  # undated, next day
    ({"date": None, "date_precision": None, "published": date(2019, 5, 20)}, False),
    ({"place_id": "test:other", "lat": 35.65, "lon": 36.60}, True),  # 5 km away
    ({"place_id": "test:khan", "lat": 35.4417, "lon": 36.65}, False),  # 20 km away, both towns
    ({"place_id": "test:area", "lat": 35.45, "lon": 36.70, "geo_precision": 2}, True),  # area, same admin1
    ({"place_id": "test:area", "lat": 35.1, "lon": 36.7, "geo_precision": 2, "admin1": "Hama"}, False),
    ({"country": "TR"}, False),
    ({"actor_keys": frozenset({"ru.military"})}, False),
    ({"actor_keys": frozenset()}, True),  # unnamed perpetrator: no contradiction
    ({"place_id": None, "lat": None, "lon": None, "country": None, "admin1": None}, True),
])
def test_compatible(change: dict[str, Any], same: bool) -> None:
    a, b = report("a1"), report("b1", **change)
    assert compatible(a, b) is same
    assert compatible(b, a) is same


@pytest.mark.parametrize("day,precision,same", [
    (date(2019, 5, 1), "month", True),  # «في أيار الماضي» twice, same town: one event
    (date(2019, 1, 1), "year", False),  # «عام 2019» twice: no evidence of one event
])
def test_coarse_dates_on_both_sides(day: date, precision: str, same: bool) -> None:
    a = report("a1", date=day, date_precision=precision)
    b = report("b1", date=day, date_precision=precision, published=date(2020, 3, 2))
    assert compatible(a, b) is same
    assert sum(len(events) for _, events in cluster([a, b])) == (1 if same else 2)


def test_two_events_of_one_article_are_never_merged() -> None:
    a, a2 = report("a1"), report("a1", idx=1)
    b = report("b1")
    assert not compatible(a, a2)
    groups = [g for _, gs in cluster([a, a2, b]) for g in gs]
    assert sorted(len(g) for g in groups) == [1, 2]


def test_vague_report_joins_the_event_it_fits_best() -> None:
    kafr = report("a1", published=date(2019, 5, 6))
    khan = report("a2", place_id="test:khan", lat=35.4417, lon=36.65, published=date(2019, 5, 5))
    area = report("b1", place_id="test:area", lat=35.55, lon=36.65, geo_precision=2)
    for perm in itertools.permutations([kafr, khan, area]):
        groups = {frozenset(r.article_id for r in g) for _, gs in cluster(perm) for g in gs}
        assert len(groups) == 2
    near_kafr = report("b2", place_id="test:kafr-nabl", geo_precision=1)
    groups = {frozenset(r.article_id for r in g) for _, gs in cluster([khan, kafr, near_kafr]) for g in gs}
    assert frozenset({"a1", "b2"}) in groups


def test_two_outlets_one_strike_become_one_event(db_url: str, corpus: Path, extractor: FixtureExtractor) -> None:
    ingest([corpus], db_url, extractor=extractor, progress=False)
    views = load_events(open_store(db_url))
    strikes = [v for v in views if v.place and v.place["id"] == "test:kafr-nabl"]
    assert len(strikes) == 1
    strike = strikes[0]
    assert strike.event["n_sources"] == 3
    assert sorted(s["outlet"] for s in strike.sources) == ["شبكة الرصد الإخبارية", "عنب الرصد", "وكالة الرصد المحلية"]
    # ACLED's rule: the lowest figure any source gives; each source keeps its own.
    assert strike.event["fatalities"] == 3
    assert sorted((s["fatalities"] is None, s["fatalities"]) for s in strike.sources) == [
        (False, 3), (False, 5), (True, None)]
    # the Russian strike on Khan Shaykhun the same day and the Hama clash stay apart
    types = sorted((v.event["event_type"], v.place["name_en"]) for v in views)
    assert types == [("Battles", "Kafr Nabuda"), ("Explosions/Remote violence", "Kafr Nabl"),
                     ("Explosions/Remote violence", "Khan Shaykhun"), ("Protests", "Dar'a"),
                     ("Strategic developments", "Al-Huwayz")]
    # the event id comes from the earliest source, whatever came first
    engine = open_store(db_url)
    with engine.connect() as conn:
        rows = conn.execute(select(EventSource.__table__.c.event_id).where(
            EventSource.__table__.c.place_id == "test:kafr-nabl")).scalars().all()
    assert set(rows) == {strike.event["id"]}


def synthetic(n: int, *, outlet: str, day: str, place: str, lat: float, lon: float, fat: int | None,
              modality: str = "asserted", actor1: str = "sy.regime", prec: int = 1) -> dict[str, Any]:
    return {"schema": "rasad/1",
            "article": {"id": f"{n:016x}", "outlet": outlet, "published": day, "language": "ar"},
            "actors": [{"id": actor1, "name_ar": "قوات", "name_en": actor1, "inter": 1, "mentions": []}],
            "events": [{"id": "e1", "event_type": "Explosions/Remote violence",
                        "sub_event_type": "Shelling/artillery/missile attack", "date": day,
                        "date_precision": "day", "actor1": actor1, "actor2": None, "assoc_actors": [],
                        "location": {"name_ar": place, "name_en": place, "country": "SY",
                                     "admin1": "Aleppo", "admin1_code": "SY-HL", "lat": lat, "lon": lon,
                                     "geo_precision": prec, "gazetteer_id": f"test:{place}"},
                        "fatalities": fat, "modality": modality, "notes_en": f"{outlet} on {place}"}],
            "relations": []}


def test_order_of_arrival_does_not_change_events(store_factory) -> None:  # type: ignore[no-untyped-def]
    recs = [
        synthetic(1, outlet="A", day="2020-01-10", place="Atarib", lat=36.139, lon=36.830, fat=2),
        synthetic(2, outlet="B", day="2020-01-10", place="Atarib-area", lat=36.10, lon=36.85, fat=4, prec=2),
        synthetic(3, outlet="C", day="2020-01-10", place="Darat Izza", lat=36.283, lon=36.853, fat=1),
        synthetic(4, outlet="D", day="2020-01-10", place="Atarib", lat=36.139, lon=36.830, fat=None),
        synthetic(5, outlet="E", day="2020-01-10", place="Atarib", lat=36.139, lon=36.830, fat=7,
                  modality="negated"),
    ]
    seen = set()
    for k, perm in enumerate(list(itertools.permutations(recs))[::17]):
        url = store_factory(f"perm{k}")
        ingest_records(list(perm), url, batch_size=2)
        seen.add(export_text(url, "jsonl"))
    assert len(seen) == 1
    lines = seen.pop().splitlines()
    assert len(lines) == 2  # Atarib (3 sources, 2 killed) and Darat Izza; the negated one is no event
    atarib = next(line for line in lines if '"n_sources": 3' in line)
    assert '"fatalities": 2' in atarib
