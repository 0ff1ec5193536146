import json
from pathlib import Path

import pytest

from rasad.batch import Failure, Success, process
from rasad.errors import InputError, check_text
from rasad.io.readers import ArticleInput, Skipped, iter_articles

ARTICLE = "قتل مدنيان بقصف مدفعي لقوات النظام على بلدة كفرنبل جنوب إدلب، اليوم الخميس."


@pytest.mark.parametrize(
    "text,reason",
    [
        ("", "empty"),
        ("   \n\t ", "empty"),
        ("abc\x00def", "binary"),
        ("The army shelled the town of Kafranbel on Thursday, killing two civilians.", "not Arabic"),
        ("ق" * 2_000_001, "too large"),
    ],
)
def test_bad_text_gets_a_clear_error(text: str, reason: str) -> None:
    with pytest.raises(InputError, match=reason):
        check_text(text)


def test_a_batch_goes_on_past_bad_inputs(tmp_path: Path) -> None:
    (tmp_path / "good.txt").write_text(ARTICLE, encoding="utf-8")
    (tmp_path / "empty.txt").write_text("", encoding="utf-8")
    (tmp_path / "latin1.txt").write_bytes("قصف".encode("cp1256"))
    (tmp_path / "binary.txt").write_bytes(b"\x00\x01\x02binary")
    (tmp_path / "english.txt").write_text("Clashes erupted in Idlib.", encoding="utf-8")
    lines = [
        json.dumps({"id": "x1", "text": ARTICLE, "published": "2020-03-12"}, ensure_ascii=False),
        "{not json",
        json.dumps({"id": "x2"}),
    ]
    (tmp_path / "batch.jsonl").write_text("\n".join(lines), encoding="utf-8")
    outcomes = list(process(iter_articles([tmp_path])))
    done = [o for o in outcomes if isinstance(o, Success)]
    failed = {Path(o.origin.split(":")[0]).name: o.reason for o in outcomes if isinstance(o, Failure)}
    assert sorted(o.item.origin.split("/")[-1] for o in done) == ["batch.jsonl:1", "good.txt"]
    assert done[0].record["article"]["source_id"] == "x1"
    assert done[0].record["article"]["published"] == "2020-03-12"
    assert "empty" in failed["empty.txt"]
    assert "not UTF-8" in failed["latin1.txt"]
    assert "binary" in failed["binary.txt"]
    assert "not Arabic" in failed["english.txt"]
    assert len([o for o in outcomes if isinstance(o, Failure) and "batch.jsonl" in o.origin]) == 2


def test_missing_path_is_skipped() -> None:
    (item,) = list(iter_articles(["/no/such/file.txt"]))
    assert isinstance(item, Skipped) and "no such file" in item.reason


def test_jsonl_fields_are_kept(tmp_path: Path) -> None:
    path = tmp_path / "a.jsonl"
    path.write_text(json.dumps({"id": 7, "text": ARTICLE, "url": "u", "title": "t", "outlet": "o"}, ensure_ascii=False) + "\n",
                    encoding="utf-8")
    (item,) = list(iter_articles([path]))
    assert isinstance(item, ArticleInput)
    assert (item.source_id, item.url, item.title, item.outlet) == ("7", "u", "t", "o")


def test_worker_processes_keep_input_order(tmp_path: Path) -> None:
    texts = [ARTICLE.replace("كفرنبل", town) for town in ("كفرنبل", "معرة النعمان", "خان شيخون", "سراقب")]
    path = tmp_path / "many.jsonl"
    path.write_text("\n".join(json.dumps({"id": f"n{i}", "text": t}, ensure_ascii=False) for i, t in enumerate(texts)),
                    encoding="utf-8")
    outcomes = list(process(iter_articles([path]), jobs=2))
    assert [o.record["article"]["source_id"] for o in outcomes if isinstance(o, Success)] == ["n0", "n1", "n2", "n3"]
