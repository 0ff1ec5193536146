"""Ingest is idempotent, order-independent, resumable after a kill, and never dies on bad input."""

from __future__ import annotations

import io
import os
import subprocess
import sys
import textwrap
from pathlib import Path

import pytest
from sqlalchemy import func, select

from fakes import FixtureExtractor
from rasad.store import ingest, open_store
from rasad.store.export import export_text
from rasad.store.inputs import iter_inputs
from rasad.store.models import Article, Event, EventSource

TEXT_FORMATS = ("acled-csv", "jsonl", "geojson")


def exports(url: str) -> dict[str, str]:
    out = {fmt: export_text(url, fmt) for fmt in TEXT_FORMATS}
    from rasad.store import export

    buf = io.BytesIO()
    export(url, "graphml", buf)
    out["graphml"] = buf.getvalue().decode("utf-8")
    return out


def count(url: str, table) -> int:  # type: ignore[no-untyped-def]
    engine = open_store(url)
    with engine.connect() as conn:
        n = conn.execute(select(func.count()).select_from(table.__table__)).scalar_one()
    engine.dispose()
    return int(n)


def test_same_folder_twice_gives_same_export(db_url: str, corpus: Path, extractor: FixtureExtractor) -> None:
    first = ingest([corpus], db_url, extractor=extractor, progress=False, batch_size=3)
    assert (first.stored, first.already, sum(first.skipped.values())) == (7, 0, 0)
    before = exports(db_url)
    calls = extractor.calls
    second = ingest([corpus], db_url, extractor=extractor, progress=False, batch_size=3)
    assert (second.stored, second.already) == (0, 7)
    assert extractor.calls == calls, "stored articles must be skipped before extraction"
    assert exports(db_url) == before
    assert count(db_url, Article) == 7


def test_any_order_and_batch_size_gives_same_export(store_factory, corpus: Path) -> None:  # type: ignore[no-untyped-def]
    files = sorted(p for p in corpus.iterdir())
    forward, backward = store_factory("fwd"), store_factory("bwd")
    ingest(files, forward, extractor=FixtureExtractor(), progress=False, batch_size=50)
    for f in reversed(files):  # one run per file, newest first
        ingest([f], backward, extractor=FixtureExtractor(), progress=False, batch_size=1)
    assert exports(backward) == exports(forward)


def test_killed_ingest_then_rerun_equals_clean_run(store_factory, corpus: Path) -> None:  # type: ignore[no-untyped-def]
    clean, killed = store_factory("clean"), store_factory("killed")
    ingest([corpus], clean, extractor=FixtureExtractor(), progress=False, batch_size=2)
    script = textwrap.dedent(f"""
        import sys
        sys.path.insert(0, {str(Path(__file__).parent)!r})
        from fakes import FixtureExtractor
        from rasad.store import ingest
        ingest([{str(corpus)!r}], {killed!r}, extractor=FixtureExtractor(kill_after=5),
               progress=False, batch_size=2)
    """)
    proc = subprocess.run([sys.executable, "-c", script], capture_output=True, timeout=120)
    assert proc.returncode == -9, proc.stderr.decode()
    partial = count(killed, Article)
    assert partial == 4, "two committed batches survive, the one in flight is lost"
    resumed = ingest([corpus], killed, extractor=FixtureExtractor(), progress=False, batch_size=2)
    assert (resumed.stored, resumed.already) == (3, 4)
    assert exports(killed) == exports(clean)


def test_interrupt_mid_batch_loses_only_that_batch(store_factory, corpus: Path) -> None:  # type: ignore[no-untyped-def]
    clean, broken = store_factory("clean"), store_factory("broken")
    ingest([corpus], clean, extractor=FixtureExtractor(), progress=False, batch_size=3)

    class Interrupting(FixtureExtractor):
        def __call__(self, text, *args, **kw):  # type: ignore[no-untyped-def]
            if self.calls == 4:
                raise KeyboardInterrupt
            return super().__call__(text, *args, **kw)

    with pytest.raises(KeyboardInterrupt):
        ingest([corpus], broken, extractor=Interrupting(), progress=False, batch_size=3)
    assert count(broken, Article) == 3
    ingest([corpus], broken, extractor=FixtureExtractor(), progress=False, batch_size=3)
    assert exports(broken) == exports(clean)
    assert count(broken, EventSource) == count(clean, EventSource)


def test_bad_inputs_are_skipped_with_reasons(db_url: str, corpus: Path, extractor: FixtureExtractor) -> None:
    bad = corpus / "bad"
    bad.mkdir()
    (bad / "empty.txt").write_text("  \n", encoding="utf-8")
    (bad / "english.txt").write_text("Three civilians were killed in an air strike on a market.", encoding="utf-8")
    (bad / "cp1256.txt").write_bytes("قصف على السوق في المدينة".encode("cp1256"))
    (bad / "binary.txt").write_bytes(b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR")
    (bad / "huge.txt").write_text("قصف " * 2000, encoding="utf-8")
    (bad / "notes.pdf").write_bytes(b"%PDF-1.4")
    (bad / "unknown.txt").write_text("قال مصدر محلي إن الأوضاع هادئة في المدينة اليوم.", encoding="utf-8")
    (bad / "lines.jsonl").write_text('{"id": "x1", "text": ""}\nnot json\n[1, 2]\n', encoding="utf-8")
    report = ingest([corpus, bad / "notes.pdf", corpus / "missing.txt"], db_url, extractor=extractor,
                    progress=False, batch_size=4, max_bytes=4096)
    assert report.stored == 7
    assert dict(report.skipped) == {
        "empty text": 2, "not Arabic text": 1, "not UTF-8": 1, "binary file": 1, "file too large": 1,
        "unsupported file type": 1, "extraction failed": 1, "bad JSON": 1,
        "JSON line without a 'text' string": 1, "no such file or folder": 1,
    }
    reasons = dict(report.skips)
    assert reasons[f"{bad / 'lines.jsonl'}:2"].startswith("bad JSON")
    assert reasons[str(bad / "unknown.txt")] == "extraction failed (LookupError)"
    assert reasons[str(bad / "huge.txt")] == "file too large (> 4 KB)"
    assert "skipped (not Arabic text): 1" in report.summary()


def test_records_jsonl_is_ingested_without_extraction(tmp_path: Path, db_url: str, corpus: Path,
                                                      extractor: FixtureExtractor) -> None:
    import json

    records = [extractor(p.read_text(encoding="utf-8")) for p in sorted(corpus.glob("*.txt"))]
    path = tmp_path / "records.jsonl"
    path.write_text("".join(json.dumps(r, ensure_ascii=False) + "\n" for r in records), encoding="utf-8")
    items = list(iter_inputs([path]))
    assert {type(i).__name__ for i in items} == {"Extracted"}
    report = ingest([path], db_url, extractor=None, progress=False)
    assert (report.stored, report.reports) == (3, 4)
    assert count(db_url, Event) == 3  # the two Kafr Nabl reports make one event


def test_stdin_and_sqlite_bare_path(tmp_path: Path, monkeypatch: pytest.MonkeyPatch,
                                    extractor: FixtureExtractor, corpus: Path) -> None:
    text = (corpus / "strike_b.txt").read_bytes()
    monkeypatch.setattr(sys, "stdin", io.TextIOWrapper(io.BytesIO(text)))
    os.chdir(tmp_path)
    report = ingest(["-"], "plain.db", extractor=extractor, progress=False)
    assert report.stored == 1 and (tmp_path / "plain.db").exists()
