import json
from pathlib import Path

from typer.testing import CliRunner

from rasad.cli import app
from rasad.cli_extra import register

register(app)
runner = CliRunner()
SAMPLE = Path(__file__).resolve().parents[1] / "examples" / "sample_article.txt"


def test_extract_sample_json() -> None:
    result = runner.invoke(app, ["extract", str(SAMPLE), "--format", "json"])
    assert result.exit_code == 0, result.output
    record = json.loads(result.stdout)
    assert record["schema"] == "rasad/1"
    assert record["article"]["published"] == "2020-03-12"
    types = {e["event_type"] for e in record["events"]}
    assert {"Explosions/Remote violence", "Battles"} <= types


def test_extract_table_and_stdin() -> None:
    text = SAMPLE.read_text(encoding="utf-8")
    result = runner.invoke(app, ["extract", "-", "--format", "table"], input=text)
    assert result.exit_code == 0
    assert "Shelling" in result.stdout


def test_time_command() -> None:
    result = runner.invoke(app, ["time", "--published", "2017-02-18", "اشتباكات دارت يوم الاثنين الماضي"])
    assert result.exit_code == 0
    (expr,) = json.loads(result.stdout)
    assert expr["date"] == "2017-02-13" and expr["precision"] == "day"


def test_extract_bad_input_exit_code(tmp_path: Path) -> None:
    bad = tmp_path / "empty.txt"
    bad.write_text("", encoding="utf-8")
    result = runner.invoke(app, ["extract", str(bad)])
    assert result.exit_code == 1
    assert "empty" in result.stderr


def test_extract_workers_keep_output(tmp_path: Path) -> None:
    """`--workers 2` gives the single-process records, in input order."""
    text = SAMPLE.read_text(encoding="utf-8")
    lines = [json.dumps({"id": f"x{i}", "text": text}, ensure_ascii=False) for i in range(4)]
    src = tmp_path / "in.jsonl"
    src.write_text("\n".join(lines) + "\n", encoding="utf-8")
    one = runner.invoke(app, ["extract", str(src), "--format", "jsonl", "--no-progress"])
    two = runner.invoke(app, ["extract", str(src), "--format", "jsonl", "--workers", "2", "--no-progress"])
    assert one.exit_code == 0 and two.exit_code == 0, two.output
    ids = [json.loads(line)["article"]["source_id"] for line in two.stdout.splitlines()]
    assert ids == ["x0", "x1", "x2", "x3"]
    assert [json.loads(x)["events"] for x in one.stdout.splitlines()] == [json.loads(x)["events"] for x in two.stdout.splitlines()]
