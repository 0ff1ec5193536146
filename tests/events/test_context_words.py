"""The context words of the event stage load from data and are checked (rasad/events/context_words.py)."""

from __future__ import annotations

from pathlib import Path

import pytest
import yaml

import rasad.events.context_words as cw
from rasad.datafiles import DataFileError


def test_patterns_read_the_words() -> None:
    words = cw.context_words()
    assert words.pluperfect.search("وكانت القوات قد انسحبت ")
    assert words.assassinated.match("اغتالوا") and not words.assassinated.match("اغتيالات")
    assert words.unit_number.search("اعلنت الفرقه ") and words.age_after.match(" من عمره")


def test_a_missing_list_is_an_error(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    raw = yaml.safe_load(cw.data_path("events", "context_words.yaml").read_text(encoding="utf-8"))
    del raw["place_pronouns"]
    bad = tmp_path / "events" / "context_words.yaml"
    bad.parent.mkdir()
    bad.write_text(yaml.safe_dump(raw, allow_unicode=True), encoding="utf-8")
    monkeypatch.setattr(cw, "data_path", lambda *parts: tmp_path.joinpath(*parts))
    cw.context_words.cache_clear()
    try:
        with pytest.raises(DataFileError):
            cw.context_words()
    finally:
        monkeypatch.undo()
        cw.context_words.cache_clear()


def test_words_are_folded_like_the_text() -> None:
    """A word written with its hamza seat or alif maqsura in the data file («مسؤولية», «حتى»)
    matches the normalised text («مسووليه», «حتي»), as every other lexicon does."""
    from rasad.events.context_words import context_words
    from rasad.text.normalise import normalise

    text = normalise("وحمّلت اللجنة الجيش مسؤولية القصف").text
    assert context_words().accused_of.match(text, text.index(" مسووليه"))
