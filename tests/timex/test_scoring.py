"""`rasad eval-time`: a table of date expressions scored one way (rasad/timex/scoring.py)."""

from __future__ import annotations

from pathlib import Path

import pytest
from typer.testing import CliRunner

from rasad.cli import app
from rasad.cli_extra import register
from rasad.timex.scoring import TableError, check_time_row, load_time_table

register(app)
runner = CliRunner()

HEADER = "sentence\tpublished\texpected_text\tdate\tprecision\tend_date\n"


@pytest.mark.parametrize("row,found,exact,right", [
    # The table's span, resolved right.
    (("قتل ثلاثة مدنيين أمس الجمعة بقصف على درعا", "2013-03-16", "أمس الجمعة", "2013-03-15", "day", ""),
     True, True, True),
    # The author wrote a shorter span than rasad reads: still read, still right.
    (("سقطت قذائف على الحي صباح أمس الجمعة", "2013-03-16", "أمس الجمعة", "2013-03-15", "day", ""),
     True, False, True),
    # A wrong date in the table is a miss, with why.
    (("قتل ثلاثة مدنيين أمس الجمعة بقصف على درعا", "2013-03-16", "أمس الجمعة", "2013-03-14", "day", ""),
     True, True, False),
    # No dateline: a relative expression resolves to null.
    (("قتل ثلاثة مدنيين أمس بقصف على درعا", "", "أمس", "null", "null", ""), True, True, True),
    # A range: its last day is scored too.
    (("دارت المعارك بين 3 و5 آذار 2016 في محيط المدينة", "2016-04-01", "بين 3 و5 آذار 2016", "2016-03-03",
      "day", "2016-03-05"), True, True, True),
    # Nothing rasad reads there.
    (("وقال المتحدث إن القرار 2254 هو الحل", "2016-04-01", "2254", "2254", "year", ""), False, False, False),
])
def test_check_time_row(row, found, exact, right):
    got = check_time_row(dict(zip(("sentence", "published", "expected_text", "date", "precision", "end_date"), row)))
    assert got[:3] == (found, exact, right)
    assert (got[3] is None) == right


def test_eval_time_command(tmp_path: Path) -> None:
    path = tmp_path / "t.tsv"
    path.write_text(HEADER + "قتل ثلاثة مدنيين أمس الجمعة بقصف على درعا\t2013-03-16\tأمس الجمعة\t2013-03-15\tday\t\n"
                    "وقعت الاشتباكات يوم الاثنين الماضي\t2016-08-28\tيوم الاثنين الماضي\t2016-08-21\tday\t\n",
                    encoding="utf-8")
    res = runner.invoke(app, ["eval-time", str(path), "--fails", "-o", str(tmp_path / "out.json")])
    assert res.exit_code == 0, res.output
    assert "0.500 (1)" in res.output  # Monday 22 August, not the 21st
    assert "2016-08-22" in res.output


def test_a_table_whose_text_is_not_in_its_sentence_is_refused(tmp_path: Path) -> None:
    path = tmp_path / "t.tsv"
    path.write_text(HEADER + "قتل ثلاثة مدنيين أمس بقصف\t2013-03-16\tأمس الجمعة\t2013-03-15\tday\t\n", encoding="utf-8")
    with pytest.raises(TableError):
        load_time_table(path)
    res = runner.invoke(app, ["eval-time", str(path)])
    assert res.exit_code == 2
    assert "not in its sentence" in res.output
