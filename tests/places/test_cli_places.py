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


HEADER = "sentence\ttarget\tcountry\tadmin1\tlat\tlon\n"


@pytest.mark.parametrize("rows,right", [
    # Mosul placed in Nineveh within 25 km of its point; Ramadi given the wrong governorate.
    (["قصف الطيران مواقع للتنظيم في مدينة الموصل شمالي العراق\tالموصل\tIQ\tIQ-NI\t36.34\t43.13",
      "فجر انتحاري نفسه عند مدخل مدينة الرمادي\tالرمادي\tIQ\tIQ-BG\t\t"], "1/2"),
    (["تظاهر المئات في مدينة صفاقس احتجاجاً على البطالة\tصفاقس\tTN\tTN-61\t34.74\t10.76"], "1/1"),
])
def test_score_table(runner, tmp_path, rows, right):
    path = tmp_path / "table.tsv"
    path.write_text(HEADER + "\n".join(rows) + "\n", encoding="utf-8")
    res = runner.invoke(app, ["score", str(path), "--fails"])
    assert res.exit_code == 0, res.output
    assert f"{right} =" in res.output


def test_score_table_refuses_a_target_not_in_its_sentence(runner, tmp_path):
    path = tmp_path / "table.tsv"
    path.write_text(HEADER + "قصف على بلدة كفرنبل\tمعرة النعمان\tSY\tSY-ID\t\t\n", encoding="utf-8")
    res = runner.invoke(app, ["score", str(path)])
    assert res.exit_code == 2
    assert "not in its sentence" in res.output
