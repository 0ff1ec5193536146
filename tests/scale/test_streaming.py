"""Extraction streams its input: an archive of any length is never held in memory."""

from __future__ import annotations

import itertools
from pathlib import Path
from typing import Iterator

import pytest

from rasad.batch import CHUNK, IN_FLIGHT, Success, process
from rasad.cli import _count_inputs
from rasad.io.readers import ArticleInput

TEXT = "قتل ثلاثة مدنيين، اليوم الأحد، بقصف مدفعي استهدف بلدة كفرنبل جنوب إدلب."


@pytest.mark.parametrize("jobs", [1, 2])
def test_process_reads_ahead_only_a_window(jobs: int) -> None:
    """An endless input still yields outcomes, in order, reading only a bounded window ahead."""
    read = [0]

    def endless() -> Iterator[ArticleInput]:
        for i in itertools.count():
            read[0] += 1
            yield ArticleInput(text=TEXT, origin=f"endless:{i}", published="2019-05-05")

    first = list(itertools.islice(process(endless(), jobs=jobs), 20))
    assert [o.item.origin for o in first] == [f"endless:{i}" for i in range(20)]
    assert all(isinstance(o, Success) and o.record["events"] for o in first)
    assert read[0] <= 20 + CHUNK * (jobs * IN_FLIGHT + 1)


def test_count_inputs(tmp_path: Path) -> None:
    rows = tmp_path / "a.jsonl"
    rows.write_text('{"id": "1", "text": "نص"}\n\n{"id": "2", "text": "نص"}\n', encoding="utf-8")
    page = tmp_path / "b.txt"
    page.write_text(TEXT, encoding="utf-8")
    assert _count_inputs([str(rows), str(page)]) == 3
    assert _count_inputs([str(tmp_path)]) is None   # a folder: known only by reading it
    assert _count_inputs(["-"]) is None
