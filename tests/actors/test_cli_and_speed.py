"""The CLI verbs answer, the dictionary search ranks the right actor first, and (when the shared evaluation set is present) gold actor strings are found."""

from __future__ import annotations

import json
from datetime import date
from pathlib import Path

import pytest
from typer.testing import CliRunner

from rasad.actors import get_dictionary, get_linker
from rasad.actors.cli import app
from rasad.text.normalise import normalise, normalise_phrase

runner = CliRunner()


def test_cli_list_table_prints_counts():
    result = runner.invoke(app, ["list"])
    assert result.exit_code == 0
    assert "complete actors over" in result.output


def test_cli_list_jsonl():
    result = runner.invoke(app, ["list", "--format", "jsonl", "--country", "SY"])
    rows = [json.loads(line) for line in result.output.splitlines()]
    assert any(r["id"] == "sy.hts" for r in rows)


def test_cli_show_has_dated_affiliations():
    result = runner.invoke(app, ["show", "sy.hts"])
    assert result.exit_code == 0
    assert "renamed_from" in result.output and "2017-01-28" in result.output


def test_cli_show_unknown_id_fails():
    assert runner.invoke(app, ["show", "sy.nothing_here"]).exit_code == 1


def test_cli_link():
    result = runner.invoke(app, ["link", "سيطرت جبهة النصرة على المدينة", "--date", "2018-01-01"])
    assert json.loads(result.output)[0]["actor_id"] == "sy.hts"


def test_cli_search():
    result = runner.invoke(app, ["search", "احرار الشام"])
    assert result.output.split()[1] == "sy.ahrar_al_sham"


@pytest.mark.parametrize(
    "query,expected",
    [("تحرير الشام", "sy.hts"), ("Nusra Front", "sy.nusra"), ("قوات سوريا الديموقراطية", "sy.sdf"),
     ("داعش", "int.is"), ("الصليب الاحمر", "int.icrc")],
)
def test_search(query, expected):
    assert get_dictionary().search(query, limit=3)[0][0].id == expected


EVAL = Path(__file__).resolve().parents[3] / "shared" / "eval"


@pytest.mark.skipif(not (EVAL / "dev.gold.jsonl").exists(), reason="shared evaluation set not present")
def test_dev_gold_actor_strings_are_found():
    """Measurement on unseen text: share of gold actor strings overlapped by a mention."""
    articles = {}
    for line in (EVAL / "dev_articles.jsonl").read_text(encoding="utf-8").splitlines():
        a = json.loads(line)
        articles[a["id"]] = a
    total = found = 0
    for line in (EVAL / "dev.gold.jsonl").read_text(encoding="utf-8").splitlines():
        gold = json.loads(line)
        art = articles[gold["id"]]
        pub = date.fromisoformat(art["published"]) if art.get("published") else None
        texts = [normalise_phrase(m.text) for m in get_linker().find(normalise(art["text"]), pub)]
        for event in gold["events"]:
            for actor in event["actors"]:
                key = normalise_phrase(actor)
                total += 1
                found += any(t and (t in key or key in t) for t in texts)
    assert total and found / total >= 0.85, f"{found}/{total}"
