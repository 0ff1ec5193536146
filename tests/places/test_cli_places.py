"""`rasad places stats` and `rasad places resolve --explain` on the test index."""

from __future__ import annotations

import json

import pytest
from typer.testing import CliRunner

from rasad.places.cli import app


@pytest.fixture()
def runner(resolver):  # the resolver fixture points RASAD_GAZETTEER at the test index
    return CliRunner()


@pytest.mark.parametrize("args,country,min_entries", [
    (["stats", "--json"], "SY", 300),
    (["stats", "--json"], "YE", 1000),
    (["stats", "--json", "--country", "YE"], "YE-HJ", 100),
    (["stats", "--json", "--country", "SY"], "SY-DY", 20),
])
def test_stats(runner, args, country, min_entries):
    res = runner.invoke(app, args)
    assert res.exit_code == 0, res.output
    rows = {r["unit"]: r for r in json.loads(res.output)}
    assert rows[country]["entries"] >= min_entries


@pytest.mark.parametrize("text,target,chosen_admin1,rival_country", [
    ("اشتباكات عنيفة في طرابلس الليبية", "طرابلس", "LY-TB", "LB"),
    ("غارة على بلدة في محيط طرابلس شمال لبنان", "طرابلس", "LB-AS", "LY"),
])
def test_resolve_explain(runner, text, target, chosen_admin1, rival_country):
    plain = json.loads(runner.invoke(app, ["resolve", text]).output)
    res = runner.invoke(app, ["resolve", "--explain", text])
    assert res.exit_code == 0, res.output
    out = json.loads(res.output)
    assert out["places"] == plain  # the chosen reading keeps its shape
    entry = next(c for c in out["candidates"] if c["text"] == target)
    by_id = {c["id"]: c for c in entry["candidates"]}
    assert by_id[entry["chosen"]]["admin1_code"] == chosen_admin1
    rival = next(c for c in entry["candidates"] if c["country"] == rival_country)
    assert rival["score"] is not None and rival["why"]


def test_stats_counts_towns_known_only_by_a_latin_name(runner):
    rows = {r["unit"]: r for r in json.loads(runner.invoke(app, ["stats", "--json"]).output)}
    assert rows["MA"]["latin_only"] > rows["MA"]["entries"] // 2  # most Moroccan towns in GeoNames
    assert rows["SY"]["latin_only"] < 10
