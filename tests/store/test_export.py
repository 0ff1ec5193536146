"""Exports: ACLED CSV with ACLED's columns and types, filters, GeoJSON, GraphML, Parquet, JSONL."""

from __future__ import annotations

import io
import json
from pathlib import Path

import pytest
from typer import Typer
from typer.testing import CliRunner

from fakes import FixtureExtractor
from rasad.store import Filters, export, ingest, ingest_records
from rasad.store.acled import COLUMNS, disorder_type, interaction
from rasad.store.cli import export_command, ingest_command
from rasad.store.export import export_text

pd = pytest.importorskip("pandas")


@pytest.fixture
def filled(db_url: str, corpus: Path, extractor: FixtureExtractor) -> str:
    ingest([corpus], db_url, extractor=extractor, progress=False)
    return db_url


def test_acled_csv_loads_in_pandas_with_acled_types(filled: str, tmp_path: Path) -> None:
    out = tmp_path / "events.csv"
    assert export(filled, "acled-csv", out) == 5
    df = pd.read_csv(out, parse_dates=["event_date"])
    assert list(df.columns) == COLUMNS
    assert pd.api.types.is_datetime64_any_dtype(df["event_date"])
    for col in ("latitude", "longitude"):
        assert df[col].dtype == "float64"
    for col in ("fatalities", "year", "time_precision", "iso", "timestamp", "geo_precision", "interaction"):
        assert pd.api.types.is_integer_dtype(df[col]), col
    strike = df[df["location"] == "Kafr Nabl"].iloc[0]
    assert strike["event_id_cnty"].startswith("SYR")
    assert strike["country"] == "Syria" and strike["iso"] == 760 and strike["region"] == "Middle East"
    assert strike["disorder_type"] == "Political violence"
    assert strike["interaction"] == 17 and strike["civilian_targeting"] == "Civilian targeting"
    assert strike["fatalities"] == 3 and strike["time_precision"] == 1
    assert strike["source"] == "شبكة الرصد الإخبارية; عنب الرصد; وكالة الرصد المحلية"
    assert strike["timestamp"] == 1557187200  # the newest source's publication day, not ingest time
    clash = df[df["event_type"] == "Battles"].iloc[0]
    assert clash["interaction"] == 12 and pd.isna(clash["civilian_targeting"])
    protest = df[df["event_type"] == "Protests"].iloc[0]
    assert protest["disorder_type"] == "Demonstrations" and protest["interaction"] == 60
    assert df["event_id_cnty"].is_unique


@pytest.mark.parametrize("filters,locations", [
    (Filters(since="2019-05-07"), {"Dar'a", "Al-Huwayz"}),
    (Filters(until="2019-05-06", event_type="Battles"), {"Kafr Nabuda"}),
    (Filters(country="Syria", admin1="إدلب"), {"Kafr Nabl", "Khan Shaykhun"}),
    (Filters(country="SYR", admin1="SY-HM"), {"Kafr Nabuda", "Al-Huwayz"}),
    (Filters(country="IQ"), set()),
    (Filters(actor="sy.hts"), {"Kafr Nabuda"}),
    (Filters(actor="russia"), {"Khan Shaykhun"}),
])
def test_filters(filled: str, filters: Filters, locations: set[str]) -> None:
    df = pd.read_csv(io.StringIO(export_text(filled, "acled-csv", filters)))
    assert set(df["location"]) == locations


def test_geojson_skips_and_counts_events_without_coordinates(filled: str) -> None:
    ingest_records([{"schema": "rasad/1",
                     "article": {"id": "00000000000000aa", "outlet": "X", "published": "2019-05-09"},
                     "actors": [], "relations": [],
                     "events": [{"event_type": "Riots", "sub_event_type": "Mob violence",
                                 "date": "2019-05-09", "date_precision": "day", "location": None}]}],
                   filled)
    stats: dict[str, int] = {}
    buf = io.StringIO()
    assert export(filled, "geojson", buf, stats=stats) == 5
    assert stats == {"events": 6, "written": 5, "skipped_no_coordinates": 1}
    doc = json.loads(buf.getvalue())
    assert doc["type"] == "FeatureCollection" and len(doc["features"]) == 5
    point = doc["features"][0]["geometry"]
    assert point["type"] == "Point" and len(point["coordinates"]) == 2


def test_graphml_holds_actor_relations_with_dates(filled: str, tmp_path: Path) -> None:
    import networkx as nx

    out = tmp_path / "actors.graphml"
    export(filled, "graphml", out)
    graph = nx.read_graphml(out, force_multigraph=True)
    joined = [d for u, v, d in graph.edges(data=True) if d.get("type") == "joined"]
    assert len(joined) == 1
    assert joined[0]["date"] == "2019-05-08" and joined[0]["kind"] == "relation"
    assert graph.has_edge("new:liwa-shuhada-hawran", "sy.nfl")
    assert graph.nodes["sy.hts"]["name_en"] == "Hay'at Tahrir al-Sham"
    event_edges = [d for _, _, d in graph.edges(data=True) if d.get("kind") == "event"]
    assert {d["type"] for d in event_edges} >= {"Battles", "Explosions/Remote violence"}
    assert all("date" in d for d in event_edges)


def test_parquet_and_jsonl(filled: str, tmp_path: Path) -> None:
    import pyarrow as pa
    import pyarrow.parquet as pq

    out = tmp_path / "events.parquet"
    assert export(filled, "parquet", out) == 5
    table = pq.read_table(out)
    assert table.schema.field("event_date").type == pa.date32()
    assert table.schema.field("fatalities").type == pa.int64()
    assert table.schema.field("latitude").type == pa.float64()
    lines = export_text(filled, "jsonl").splitlines()
    events = [json.loads(line) for line in lines]
    assert len(events) == 5
    strike = next(e for e in events if e["n_sources"] == 3)
    assert sorted(s["fatalities"] or 0 for s in strike["sources"]) == [0, 3, 5]
    assert strike["location"]["admin1_code"] == "SY-ID"
    assert all(s["trigger"]["start"] >= 0 for s in strike["sources"])


def test_cli_commands_are_thin_wrappers(tmp_path: Path, corpus: Path, extractor: FixtureExtractor) -> None:
    app = Typer()
    app.command("ingest")(ingest_command)
    app.command("export")(export_command)
    records = tmp_path / "records.jsonl"
    records.write_text("".join(json.dumps(extractor(p.read_text(encoding="utf-8")), ensure_ascii=False) + "\n"
                               for p in sorted(corpus.glob("*.txt"))), encoding="utf-8")
    db = str(tmp_path / "cli.db")
    runner = CliRunner()
    res = runner.invoke(app, ["ingest", str(records), "--db", db, "--batch-size", "2", "-q"])
    assert res.exit_code == 0, res.output
    assert "stored 3" in res.output
    out = tmp_path / "out.csv"
    res = runner.invoke(app, ["export", "--db", db, "--format", "acled-csv", "-o", str(out),
                              "--since", "2019-05-01", "--event-type", "Battles"])
    assert res.exit_code == 0, res.output
    assert len(pd.read_csv(out)) == 1
    res = runner.invoke(app, ["export", "--db", db, "--format", "xml"])
    assert res.exit_code != 0


@pytest.mark.parametrize("inter1,inter2,code", [(1, 2, 12), (2, 1, 12), (1, 7, 17), (2, None, 20),
                                                (None, None, None), (3, 3, 33)])
def test_interaction(inter1: int | None, inter2: int | None, code: int | None) -> None:
    assert interaction(inter1, inter2) == code


@pytest.mark.parametrize("etype,sub,disorder", [
    ("Battles", "Armed clash", "Political violence"),
    ("Protests", "Excessive force against protesters", "Political violence; Demonstrations"),
    ("Protests", "Peaceful protest", "Demonstrations"),
    ("Riots", "Mob violence", "Political violence"),
    ("Riots", "Violent demonstration", "Demonstrations"),
    ("Strategic developments", "Agreement", "Strategic developments"),
])
def test_disorder_type(etype: str, sub: str, disorder: str) -> None:
    assert disorder_type(etype, sub) == disorder
