"""Parsed data files are kept between runs, and a changed or broken cache is never trusted."""

from __future__ import annotations

import os
from pathlib import Path

import pytest

from rasad import datafiles


@pytest.fixture
def cache(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> datafiles._ParsedYaml:
    monkeypatch.setenv("RASAD_CACHE_DIR", str(tmp_path / "cache"))
    return datafiles._ParsedYaml()


def test_second_process_reads_the_cache_and_sees_edits(cache: datafiles._ParsedYaml, tmp_path: Path) -> None:
    f = tmp_path / "words.yaml"
    f.write_text("words: [قصف, غارة]\n", encoding="utf-8")
    assert cache.get(f) == {"words": ["قصف", "غارة"]}
    cache.save()
    assert cache._path().is_file() and cache._path().parent == tmp_path / "cache"
    again = datafiles._ParsedYaml()  # a new process
    assert again.get(f) == {"words": ["قصف", "غارة"]} and not again._dirty
    f.write_text("words: [قصف, غارة, اشتباك]\n", encoding="utf-8")
    os.utime(f, ns=(f.stat().st_atime_ns, f.stat().st_mtime_ns + 10**9))
    assert again.get(f) == {"words": ["قصف", "غارة", "اشتباك"]}


def test_broken_cache_is_rebuilt(cache: datafiles._ParsedYaml, tmp_path: Path) -> None:
    (tmp_path / "cache").mkdir()
    cache._path().write_bytes(b"not a pickle")
    f = tmp_path / "a.yaml"
    f.write_text("- 1\n- 2\n", encoding="utf-8")
    assert cache.get(f) == [1, 2]
    cache.save()
    assert datafiles._ParsedYaml().get(f) == [1, 2]


def test_removed_files_leave_the_cache(cache: datafiles._ParsedYaml, tmp_path: Path) -> None:
    """A clone that was deleted does not keep its parsed files in every later start-up."""
    gone, kept = tmp_path / "gone.yaml", tmp_path / "kept.yaml"
    gone.write_text("a: 1\n", encoding="utf-8")
    kept.write_text("b: 2\n", encoding="utf-8")
    cache.get(gone), cache.get(kept)
    gone.unlink()
    cache.save()
    entries = datafiles._ParsedYaml()._load()
    assert str(kept.resolve()) in entries and str(gone.resolve()) not in entries


def test_derived_values_are_kept_while_their_key_holds(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("RASAD_CACHE_DIR", str(tmp_path / "cache"))
    calls: list[int] = []

    def build() -> list[str]:
        calls.append(1)
        return ["قصف", "غارة"]

    assert datafiles.derived("words", "k1", build) == ["قصف", "غارة"]
    assert datafiles.derived("words", "k1", build) == ["قصف", "غارة"] and len(calls) == 1  # a later run reads it
    assert datafiles.derived("words", "k2", build) == ["قصف", "غارة"] and len(calls) == 2  # inputs changed: rebuilt
    (tmp_path / "cache" / f"derived-words-v{datafiles.CACHE_FORMAT}.pkl").write_bytes(b"broken")
    assert datafiles.derived("words", "k2", build) == ["قصف", "غارة"] and len(calls) == 3  # a broken cache is rebuilt
