"""How counts combine into one event's toll, and how the toll word lists are checked."""

from __future__ import annotations

import pytest

from rasad.datafiles import DataFileError
from rasad.events import toll_words as tw
from rasad.events.fatalities import DeathCount
from rasad.events.tolls import event_toll, orphan_share
from rasad.types import ActorMention

STARTS = [0, 100, 200, 300]  # sentence starts (normalised offsets)


def _side(actor_id: str) -> ActorMention:
    return ActorMention(text=actor_id, start=0, end=1, actor_id=actor_id, name_ar=actor_id, name_en=actor_id, inter=2)


def dc(count: int, at: int, *, tally: bool = False, vague: bool = False, side: str | None = None) -> DeathCount:
    return DeathCount(count, False, at, at + 2, _side(side) if side else None, vague=vague, tally=tally)


@pytest.mark.parametrize("deaths,want", [
    ([], None),
    ([dc(6, 5), dc(6, 105)], 6),                      # headline and body repeat one toll
    ([dc(5, 5), dc(12, 110, tally=True)], 12),        # a rising tally replaces the first figure
    ([dc(25, 5), dc(40, 105, tally=True), dc(3, 120)], 40),  # the tally sentence's own parts are inside it
    ([dc(9, 5, side="sdf"), dc(5, 30, side="is")], 14),  # sides in one sentence add up
    ([dc(9, 5, side="sdf"), dc(5, 105, side="is")], 14),  # sides told in two sentences add up too
    ([dc(14, 5), dc(9, 105, side="sdf"), dc(5, 205, side="is")], 14),  # a total and its breakdown
    ([dc(12, 5, vague=True)], None),                  # «العشرات» alone: no figure, no guess
    ([dc(12, 5, vague=True), dc(31, 105)], 31),
], ids=["none", "repeat", "tally", "tally-with-parts", "sides-one-sentence", "sides-apart", "breakdown",
        "vague", "vague-then-figure"])
def test_event_toll(deaths: list[DeathCount], want: int | None) -> None:
    assert event_toll(deaths, STARTS)[0] == want


def test_detail_names_each_side() -> None:
    total, detail = event_toll([dc(9, 5, side="sdf"), dc(5, 30, side="is")], STARTS)
    assert total == 14 and {(d["actor"], d["count"]) for d in detail} == {("sdf", 9), ("is", 5)}


@pytest.mark.parametrize("own,orphan,want", [
    ([], [dc(3, 105)], 1),                      # an event with no figure takes the sentence's
    ([dc(12, 5)], [dc(40, 105)], 0),            # a bare figure told apart does not override
    ([dc(5, 5)], [dc(12, 105, tally=True)], 1),  # a stated total does
    ([dc(12, 5, vague=True)], [dc(31, 105)], 1),  # a vague word is no figure
])
def test_orphan_share(own: list[DeathCount], orphan: list[DeathCount], want: int) -> None:
    assert len(orphan_share(orphan, own)) == want


def test_toll_words_schema(monkeypatch: pytest.MonkeyPatch) -> None:
    raw = dict(tw.load_yaml(tw.data_path("events", "tolls.yaml")))
    raw["thing_nouns"] = []
    monkeypatch.setattr(tw, "load_yaml", lambda path: raw)
    tw.toll_words.cache_clear()
    try:
        with pytest.raises(DataFileError, match="thing_nouns"):
            tw.toll_words()
    finally:
        tw.toll_words.cache_clear()
