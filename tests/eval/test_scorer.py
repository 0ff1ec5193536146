import json
from pathlib import Path

import pytest

from rasad.eval.scorer import Scores, date_agrees, score_article


@pytest.mark.parametrize(
    "gold,pred,ok",
    [
        ({"date": "2017-02-13", "date_precision": "day"}, {"date": "2017-02-13"}, True),
        ({"date": "2017-02-13", "date_precision": "day"}, {"date": "2017-02-14"}, False),
        ({"date": "2017-02-13", "date_precision": "week"}, {"date": "2017-02-18"}, True),
        ({"date": "2017-02-13", "date_precision": "week"}, {"date": "2017-02-25"}, False),
        ({"date": "2017-01", "date_precision": "month"}, {"date": "2017-01-23"}, True),
        ({"date": "2016-10", "date_precision": "month"}, {"date": "2016-10"}, True),
        ({"date": "2014", "date_precision": "year"}, {"date": "2014-06"}, True),
        ({"date": None, "date_precision": None}, {"date": None}, True),
        ({"date": None, "date_precision": None}, {"date": "2017-02-13"}, False),
        ({"date": "2017-02-13", "date_precision": "day"}, {"date": None}, False),
    ],
)
def test_date_agreement(gold: dict, pred: dict, ok: bool) -> None:
    assert date_agrees(gold, pred) is ok


def test_matching_needs_type_date_and_an_actor() -> None:
    gold = {"id": "x", "events": [
        {"event_type": "Battles", "sub_event_type": "Armed clash", "date": "2017-02-13", "date_precision": "day",
         "actors": ["هيئة تحرير الشام", "لواء الأقصى"], "actors_en": ["Hay'at Tahrir al-Sham", "Liwa al-Aqsa"],
         "location": {"name": "ريف حماة", "admin1_code": "SY-HM", "country": "SY"}, "fatalities": 411,
         "modality": "asserted", "main": True},
    ]}
    record = {
        "actors": [{"id": "sy.hts", "name_en": "Hay'at Tahrir al-Sham", "name_ar": "هيئة تحرير الشام",
                    "mentions": [{"text": "تحرير الشام", "start": 0, "end": 11}]}],
        "events": [
            {"event_type": "Battles", "sub_event_type": "Armed clash", "date": "2017-02-13", "date_precision": "day",
             "actor1": "sy.hts", "actor2": None, "assoc_actors": [], "location": {"admin1_code": "SY-HM"},
             "fatalities": 411, "modality": "asserted"},
            {"event_type": "Protests", "sub_event_type": "Peaceful protest", "date": "2017-02-13",
             "actor1": None, "actor2": None, "assoc_actors": [], "location": None, "fatalities": None, "modality": "asserted"},
        ],
    }
    scores = Scores()
    score_article(gold, record, scores)
    s = scores.summary()
    assert (s["matched"], s["precision"], s["recall"], s["main_event_recall"]) == (1, 0.5, 1.0, 1.0)
    assert s["field_accuracy"]["admin1"] == 1.0 and s["field_accuracy"]["fatalities"] == 1.0
    assert s["field_accuracy"]["actors"] == 0.0  # Liwa al-Aqsa was not found


def test_seed_article_events_are_found(shared_dir: Path) -> None:
    """The first acceptance case: the ten events of the seed article, with their dates."""
    from rasad.eval.run import run_eval

    summary = run_eval(shared_dir / "eval" / "seed.gold.jsonl", [])
    assert summary["gold_events"] == 10
    assert summary["recall"] == 1.0
    assert summary["field_accuracy"]["date"] == 1.0


def _ev(etype: str, place: str | None, fatalities=None, actors=("Military Forces of Syria",), tags=None) -> dict:
    ev = {"event_type": etype, "date": "2020-03-01", "actors_en": list(actors), "fatalities": fatalities,
          "location": {"name": place} if place else None}
    if tags:
        ev["tags"] = tags
    return ev


@pytest.mark.parametrize(
    "events,expected",
    [
        # three places, one action: each is part of a list
        ([_ev("Explosions/Remote violence", "كفرنبل"), _ev("Explosions/Remote violence", "حاس", 4),
          _ev("Explosions/Remote violence", "البارة")],
         [{"place_list"}, {"place_list", "fatalities"}, {"place_list"}]),
        # same place twice, or another actor: no list
        ([_ev("Battles", "حلب"), _ev("Battles", "حلب", actors=("Hay'at Tahrir al-Sham",))], [set(), set()]),
        ([_ev("Protests", "بغداد", 0), _ev("Riots", None, tags=["actor_variant"])], [{"protest"}, {"protest", "actor_variant"}]),
    ],
)
def test_categories(events: list[dict], expected: list[set[str]]) -> None:
    from rasad.eval.scorer import categories

    assert categories(events) == expected


def test_list_items_are_paired_by_place_not_by_agreeing_tolls() -> None:
    """Two strikes of one list with the tolls swapped: each gold event must be paired with the
    prediction at its own place, so both tolls count as wrong (pairing by agreeing fields
    would cross the places and score both right)."""
    def gold_ev(place: str, fatalities: int | None) -> dict:
        return {"event_type": "Explosions/Remote violence", "sub_event_type": "Air/drone strike", "date": "2019-06-03",
                "date_precision": "day", "actors": ["الطيران الروسي"], "actors_en": ["Military Forces of Russia"],
                "location": {"name": place, "admin1_code": "SY-ID", "country": "SY"}, "fatalities": fatalities,
                "modality": "asserted", "main": True}

    def pred_ev(place: str, fatalities: int | None) -> dict:
        return {"event_type": "Explosions/Remote violence", "sub_event_type": "Air/drone strike", "date": "2019-06-03",
                "actor1": "int.russia_military", "actor2": None, "assoc_actors": [],
                "location": {"name_ar": place, "text": place, "admin1_code": "SY-ID"}, "fatalities": fatalities,
                "modality": "asserted"}

    gold = {"id": "y", "events": [gold_ev("كفرنبل", None), gold_ev("خان شيخون", 3)]}
    record = {"actors": [{"id": "int.russia_military", "name_en": "Military Forces of Russia", "name_ar": "القوات الروسية",
                          "mentions": [{"text": "الطيران الروسي", "start": 0, "end": 14}]}],
              "events": [pred_ev("كفرنبل", 3), pred_ev("خان شيخون", None)]}
    scores = Scores()
    score_article(gold, record, scores)
    s = scores.summary()
    assert s["matched"] == 2
    assert s["field_accuracy"]["fatalities"] == 0.0
    assert [(p["gold"], p["pred"]) for p in scores.per_article[0]["pairs"]] == [(0, 0), (1, 1)]
