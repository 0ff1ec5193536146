"""The review layer of the store: corrections checked, revisions kept, the machine's rows
untouched, exports reading the reviewed values; and `rasad users` / `export --reviewed-only`."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from sqlalchemy import select
from typer.testing import CliRunner

from fakes import FixtureExtractor
from rasad.store import Filters, ingest, open_store, review
from rasad.store.export import export_text, load_events
from rasad.store.models import Event


@pytest.fixture
def filled(db_url: str, corpus: Path, extractor: FixtureExtractor) -> str:
    ingest([corpus], db_url, extractor=extractor, progress=False)
    return db_url


@pytest.mark.parametrize("changes, expected", [
    ({"date": "2019-05-02"}, {"date": "2019-05-02"}),
    ({"date": None, "date_precision": None}, {"date": None, "date_precision": None}),
    ({"fatalities": 0}, {"fatalities": 0}),
    ({"actor1": "  sy.hts "}, {"actor1": "sy.hts"}),
    ({"actor2": ""}, {"actor2": None}),
    ({"modality": "claimed"}, {"modality": "claimed"}),
    ({"assoc_actors": ["sy.fsa"]}, {"assoc_actors": ["sy.fsa"]}),
    ({"place": {"name_ar": "حاس", "country": "SY", "lat": "35.6", "lon": 36.6, "geo_precision": 2}},
     {"place": {"name_ar": "حاس", "name_en": None, "country": "SY", "admin1": None, "admin1_ar": None,
                "admin1_code": None, "lat": 35.6, "lon": 36.6, "gazetteer_id": None, "geo_precision": 2}}),
    ({"place": None}, {"place": None}),
])
def test_changes_are_normalised(changes: dict, expected: dict) -> None:
    assert review.check_changes(changes) == expected


@pytest.mark.parametrize("changes", [
    {"date": "2019-13-01"}, {"date": 20190501}, {"fatalities": True}, {"fatalities": 1.5},
    {"date_precision": "decade"}, {"modality": None}, {"event_type": "Riot"}, {"assoc_actors": "sy.fsa"},
    {"place": {"lat": 1, "lon": 2}}, {"place": {"name_en": "x", "geo_precision": 4}}, {"place": "Homs"},
    {"id": "x"}, ["date"],
])
def test_bad_changes_are_refused(changes: object) -> None:
    with pytest.raises(review.ReviewError):
        review.check_changes(changes)  # type: ignore[arg-type]


def test_review_keeps_the_machine_row_and_every_revision(filled: str) -> None:
    engine = open_store(filled)
    eid = load_events(engine)[0].event["id"]
    with engine.connect() as conn:
        machine = dict(conn.execute(select(Event.__table__).where(Event.__table__.c.id == eid)).one()._mapping)
    review.review(engine, eid, "corrected", {"fatalities": 99}, "toll from the follow-up report", "hala")
    review.review(engine, eid, "accepted", None, "checked again", "omar")
    with engine.connect() as conn:
        assert dict(conn.execute(select(Event.__table__).where(Event.__table__.c.id == eid)).one()._mapping) == machine
    history = review.history(engine, eid)
    assert [(h["user_name"], h["status"]) for h in history] == [("hala", "corrected"), ("omar", "corrected")]
    view = next(v for v in load_events(engine) if v.event["id"] == eid)
    assert view.event["fatalities"] == 99 and view.review["machine"] == {"fatalities": machine["fatalities"]}
    assert view.review["revisions"] == 2 and view.review["updated_by"] == "omar"


def test_corrections_move_events_between_filters(filled: str) -> None:
    engine = open_store(filled)
    views = load_events(engine)
    target = next(v for v in views if v.event["event_type"] != "Protests")
    before = len(load_events(engine, Filters(event_type="Protests")))
    review.review(engine, target.event["id"], "corrected",
                  {"event_type": "Protests", "sub_event_type": "Peaceful protest"}, None, "hala")
    after = load_events(engine, Filters(event_type="Protests"))
    assert len(after) == before + 1 and target.event["id"] in {v.event["id"] for v in after}
    assert [v.event["id"] for v in load_events(engine, Filters(reviewed_only=True))] == [target.event["id"]]
    assert len(load_events(engine, Filters(review_status="unreviewed"))) == len(views) - 1


def test_split_and_merge(filled: str) -> None:
    engine = open_store(filled)
    first, second = [v.event["id"] for v in load_events(engine)[:2]]
    places = [{"name_en": "Kafr Nabl", "country": "SY", "lat": 35.61, "lon": 36.56},
              {"name_en": "Has", "country": "SY", "lat": 35.58, "lon": 36.6}]
    ids = review.split(engine, first, places, "one event per town", "hala")
    assert ids == [first, f"{first}-1"]
    by_id = {v.event["id"]: v for v in load_events(engine)}
    assert by_id[f"{first}-1"].place["name_en"] == "Has" and by_id[first].place["name_en"] == "Kafr Nabl"
    assert by_id[f"{first}-1"].review["split_from"] == first
    assert review.split(engine, first, places + [{"name_en": "Barah", "lat": 35.68, "lon": 36.53}], None, "hala") \
        == [first, f"{first}-2", f"{first}-3"]
    review.merge(engine, second, first, "same strike", "hala")
    by_id = {v.event["id"]: v for v in load_events(engine)}
    assert by_id[second].review["merged_into"] == first and not by_id[second].exportable
    assert {s["article_id"] for s in by_id[second].sources} <= {s["article_id"] for s in by_id[first].sources}
    with pytest.raises(review.ReviewError):
        review.review(engine, second, "accepted", None, None, "hala")
    with pytest.raises(review.NotFound):
        review.review(engine, "0000000000000000", "accepted", None, None, "hala")
    with pytest.raises(review.ReviewError):
        review.split(engine, first, places[:1], None, "hala")


def test_users_and_tokens(filled: str) -> None:
    engine = open_store(filled)
    token = review.add_user(engine, "hala", "reviewer")
    assert review.user_for_token(engine, token) == {"name": "hala", "role": "reviewer"}
    assert review.user_for_token(engine, token + "x") is None
    new = review.add_user(engine, "hala", "admin")
    assert review.user_for_token(engine, token) is None and review.user_for_token(engine, new)["role"] == "admin"
    assert token not in json.dumps(review.list_users(engine))
    with pytest.raises(review.ReviewError):
        review.add_user(engine, "x", "owner")
    assert review.allows("admin", "reviewer") and not review.allows("viewer", "reviewer") and not review.allows(None, "viewer")


def test_cli_users_add_and_reviewed_export(filled: str, tmp_path: Path) -> None:
    from rasad.cli import app
    from rasad.cli_extra import register

    register(app, "users")
    runner = CliRunner()
    res = runner.invoke(app, ["users", "add", "hala", "--role", "reviewer", "--db", filled])
    assert res.exit_code == 0, res.output
    token = res.stdout.strip().splitlines()[-1]
    engine = open_store(filled)
    assert review.user_for_token(engine, token)["role"] == "reviewer"
    assert runner.invoke(app, ["users", "add", "x", "--role", "god", "--db", filled]).exit_code != 0
    eid = load_events(engine)[0].event["id"]
    review.review(engine, eid, "accepted", None, None, "hala")
    out = tmp_path / "reviewed.jsonl"
    res = runner.invoke(app, ["export", "--db", filled, "--format", "jsonl", "--reviewed-only", "-o", str(out)])
    assert res.exit_code == 0, res.output
    rows = [json.loads(line) for line in out.read_text(encoding="utf-8").splitlines()]
    assert [(r["id"], r["review"]["status"]) for r in rows] == [(eid, "accepted")]
    assert len(export_text(filled, "jsonl").splitlines()) == len(load_events(engine))


def test_review_follows_its_event_when_dedup_renames_it(filled: str) -> None:
    """An earlier report ingested later renames the event (its id comes from its earliest
    source): the review, its history and a split's children follow the event's reports."""
    from sqlalchemy import update

    from rasad.store.models import EventSource

    engine = open_store(filled)
    first, second = [v.event["id"] for v in load_events(engine)[:2]]
    review.review(engine, first, "corrected", {"fatalities": 42}, "from the hospital's list", "hala")
    review.split(engine, second, [{"name_en": "A", "lat": 35.0, "lon": 36.0}, {"name_en": "B", "lat": 35.1, "lon": 36.1}],
                 None, "hala")
    renamed = {first: "feedfacefeedface", second: "beadbeadbeadbead"}
    with engine.begin() as conn:  # what dedup.rebuild does when an event's earliest report changes
        for old, new in renamed.items():
            conn.execute(update(Event.__table__).where(Event.__table__.c.id == old).values(id=new))
            conn.execute(update(EventSource.__table__).where(EventSource.__table__.c.event_id == old).values(event_id=new))
    by_id = {v.event["id"]: v for v in load_events(engine)}
    assert first not in by_id and by_id["feedfacefeedface"].event["fatalities"] == 42
    assert by_id["feedfacefeedface"].review["reviewed_as"] == first
    assert by_id[f"{second}-1"].review["split_from"] == "beadbeadbeadbead"
    assert by_id[f"{second}-1"].sources == by_id["beadbeadbeadbead"].sources
    assert [h["changes"] for h in review.history(engine, by_id["feedfacefeedface"].review["reviewed_as"])] == [{"fatalities": 42}]
