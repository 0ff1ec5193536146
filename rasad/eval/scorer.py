"""Scoring rasad's records against gold coded as in shared/eval/ANNOTATION.md.

An event matches a gold event when its type agrees, its date agrees within the gold
precision, and at least one actor agrees. Pairs are formed greedily by how many other
fields also agree. On matched pairs each field is scored for accuracy.
"""

from __future__ import annotations

import networkx as nx

import json
from dataclasses import dataclass, field
from datetime import date
from pathlib import Path
from typing import Any, Callable, Iterable

from rasad.text.normalise import normalise_phrase

FIELDS = ("sub_event_type", "date", "admin1", "actors", "fatalities", "modality")
PROTEST_TYPES = ("Protests", "Riots")


def categories(gold_events: list[dict]) -> list[set[str]]:
    """The phenomena each gold event exercises, so that recall can be read per kind.

    Derived from any gold file: `protest` (Protests or Riots), `fatalities` (a stated toll
    above zero), `place_list` (one of several events of an article that share type, date
    and actors and differ only by place); plus the gold's own `tags`, where it has them.
    """
    def key(g: dict) -> tuple:
        return g.get("event_type"), g.get("date"), tuple(sorted(g.get("actors_en") or g.get("actors") or []))

    def place(g: dict) -> str:
        return ((g.get("location") or {}).get("name") or "").strip()

    places_by_key: dict[tuple, set[str]] = {}
    for g in gold_events:
        if place(g):
            places_by_key.setdefault(key(g), set()).add(place(g))
    out: list[set[str]] = []
    for g in gold_events:
        cats = set(g.get("tags") or [])
        if g.get("event_type") in PROTEST_TYPES:
            cats.add("protest")
        if isinstance(g.get("fatalities"), int) and g["fatalities"] > 0:
            cats.add("fatalities")
        if place(g) and len(places_by_key.get(key(g), ())) >= 2:
            cats.add("place_list")
        out.append(cats)
    return out


def _parse(d: str | None) -> date | None:
    if not d:
        return None
    parts = d.split("-")
    try:
        return date(int(parts[0]), int(parts[1]) if len(parts) > 1 else 1, int(parts[2]) if len(parts) > 2 else 1)
    except (ValueError, IndexError):
        return None


def date_agrees(gold: dict, pred: dict) -> bool:
    """Does the predicted date fall within the gold date at the gold precision?"""
    g, p = gold.get("date"), pred.get("date")
    if not g:
        return not p
    if not p:
        return False
    prec = gold.get("date_precision") or ("day" if len(g) == 10 else "month" if len(g) == 7 else "year")
    if prec == "year":
        return p[:4] == g[:4]
    if prec == "month":
        return p[:7] == g[:7]
    gd, pd = _parse(g), _parse(p)
    if gd is None or pd is None:
        return False
    if prec == "week":
        return abs((gd - pd).days) <= 6
    return gd == pd and len(p) >= 10


def _norm(s: str | None) -> str:
    return normalise_phrase(s or "").replace("  ", " ")


@dataclass
class PredActor:
    id: str
    name_en: str | None
    texts: tuple[str, ...]


def actor_agrees(gold_ar: str, gold_en: str | None, pred: PredActor, link: Callable[[str], set[str]] | None) -> bool:
    g = _norm(gold_ar)
    if g:
        for t in pred.texts:
            n = _norm(t)
            if n and (n == g or (len(n) >= 3 and n in g) or (len(g) >= 3 and g in n)):
                return True
    if gold_en and pred.name_en and gold_en.casefold() == pred.name_en.casefold():
        return True
    if link is not None and g and pred.id in link(gold_ar):
        return True
    return False


def _pred_actors(record: dict) -> dict[str, PredActor]:
    out: dict[str, PredActor] = {}
    for a in record.get("actors", []):
        texts = tuple({m["text"] for m in a.get("mentions", [])} | {a.get("name_ar") or ""})
        out[a["id"]] = PredActor(a["id"], a.get("name_en"), texts)
    return out


def _event_actors(ev: dict, actors: dict[str, PredActor]) -> list[PredActor]:
    ids = [ev.get("actor1"), ev.get("actor2"), *ev.get("assoc_actors", [])]
    return [actors[i] for i in ids if i and i in actors]


@dataclass
class Scores:
    gold_events: int = 0
    pred_events: int = 0
    matched: int = 0
    main_gold: int = 0
    main_matched: int = 0
    field_hits: dict[str, int] = field(default_factory=lambda: {f: 0 for f in FIELDS})
    field_total: dict[str, int] = field(default_factory=lambda: {f: 0 for f in FIELDS})
    per_article: list[dict[str, Any]] = field(default_factory=list)
    # Stage measures, each over every gold item rather than only over matched events:
    dated_found: int = 0      # gold events rasad found by type and actor, date aside …
    dated_right: int = 0      # … whose date agrees within the gold precision
    places_total: int = 0     # gold locations …
    places_right: int = 0     # … that rasad's places resolve to the same admin1 (or country)
    actors_total: int = 0     # gold actor strings …
    actors_linked: int = 0    # … that rasad's actor list mentions
    # Per category (see `categories`): gold events, matched ones, and matched with the right toll.
    category_gold: dict[str, int] = field(default_factory=dict)
    category_matched: dict[str, int] = field(default_factory=dict)
    category_toll_right: dict[str, int] = field(default_factory=dict)

    def summary(self) -> dict[str, Any]:
        p = self.matched / self.pred_events if self.pred_events else 0.0
        r = self.matched / self.gold_events if self.gold_events else 0.0
        f1 = 2 * p * r / (p + r) if p + r else 0.0
        return {
            "gold_events": self.gold_events, "predicted_events": self.pred_events, "matched": self.matched,
            "precision": round(p, 4), "recall": round(r, 4), "f1": round(f1, 4),
            "main_event_recall": round(self.main_matched / self.main_gold, 4) if self.main_gold else None,
            "field_accuracy": {
                f: (round(self.field_hits[f] / self.field_total[f], 4) if self.field_total[f] else None) for f in FIELDS
            },
            "field_counts": {f: [self.field_hits[f], self.field_total[f]] for f in FIELDS},
            "date_accuracy": round(self.dated_right / self.dated_found, 4) if self.dated_found else None,
            "place_resolution": round(self.places_right / self.places_total, 4) if self.places_total else None,
            "actor_linking": round(self.actors_linked / self.actors_total, 4) if self.actors_total else None,
            "stage_counts": {"date": [self.dated_right, self.dated_found], "place": [self.places_right, self.places_total],
                             "actor": [self.actors_linked, self.actors_total]},
            "categories": {
                c: {"gold": n, "matched": self.category_matched.get(c, 0),
                    "recall": round(self.category_matched.get(c, 0) / n, 4),
                    "fatalities_right": self.category_toll_right.get(c, 0)}
                for c, n in sorted(self.category_gold.items())
            },
        }


def _field_scores(gold: dict, pred: dict, actors: list[PredActor], link) -> dict[str, bool]:
    gl, pl = gold.get("location"), pred.get("location")
    g_admin = gl.get("admin1_code") if gl else None
    p_admin = pl.get("admin1_code") if pl else None
    g_actors = list(zip(gold.get("actors", []), gold.get("actors_en", []) + [None] * 4))
    actors_ok = all(any(actor_agrees(a, en, p, link) for p in actors) for a, en in g_actors) if g_actors else not actors
    return {
        "sub_event_type": gold.get("sub_event_type") == pred.get("sub_event_type"),
        "date": date_agrees(gold, pred) and (gold.get("date_precision") or None) in (pred.get("date_precision"), "week", None)
        if gold.get("date") else not pred.get("date"),
        "admin1": g_admin == p_admin,
        "actors": actors_ok,
        "fatalities": gold.get("fatalities") == pred.get("fatalities"),
        "modality": gold.get("modality") == pred.get("modality"),
    }


def _same_place(gold: dict, pred: dict) -> bool:
    """Do gold and prediction name the same place (either spelling of it, article aside)?"""
    g = _norm((gold.get("location") or {}).get("name"))
    loc = pred.get("location") or {}
    names = {_norm(loc.get("name_ar")), _norm(loc.get("text"))} - {""}
    strip = lambda n: n[2:] if n.startswith("ال") else n  # noqa: E731
    return bool(g) and any(n == g or strip(n) == strip(g) or n.endswith(" " + g) or g.endswith(" " + n) for n in names)


def _best_matching(pairs: list[tuple[bool, bool, int, int, int]]) -> list[tuple[int, int]]:
    """As many gold–prediction pairs as can be made; among those, each gold event with the
    prediction at its own place (one event per place: a list's items must not be paired
    across places, their tolls compared wrongly), main events first, then the prediction
    that agrees on most fields."""
    graph = nx.Graph()
    for same, main, fields, gi, pi in pairs:
        graph.add_edge(("g", gi), ("p", pi), weight=1 + 20 * int(same) + 10 * int(main) + fields)
    matched = nx.max_weight_matching(graph, maxcardinality=True)
    out = [(a[1], b[1]) if a[0] == "g" else (b[1], a[1]) for a, b in matched]
    return sorted(out)


def score_article(gold: dict, record: dict, scores: Scores, link=None) -> None:
    """Match one article's events and add to `scores`."""
    actors = _pred_actors(record)
    preds = record.get("events", [])
    golds = gold.get("events", [])
    pairs: list[tuple[int, int, int]] = []
    for gi, g in enumerate(golds):
        for pi, p in enumerate(preds):
            if g.get("event_type") != p.get("event_type") or not date_agrees(g, p):
                continue
            pa = _event_actors(p, actors)
            g_actors = list(zip(g.get("actors", []), g.get("actors_en", []) + [None] * 4))
            if g_actors and not any(actor_agrees(a, en, x, link) for a, en in g_actors for x in pa):
                continue
            fs = _field_scores(g, p, pa, link)
            pairs.append((_same_place(g, p), bool(g.get("main")), sum(fs.values()), gi, pi))
    matches = _best_matching(pairs)
    used_g = {gi for gi, _ in matches}
    used_p = {pi for _, pi in matches}
    scores.gold_events += len(golds)
    scores.pred_events += len(preds)
    scores.matched += len(matches)
    scores.main_gold += sum(1 for g in golds if g.get("main"))
    scores.main_matched += sum(1 for gi, _ in matches if golds[gi].get("main"))
    cats = categories(golds)
    for c in set().union(*cats) if cats else ():
        scores.category_gold[c] = scores.category_gold.get(c, 0) + sum(c in x for x in cats)
    detail = []
    for gi, pi in matches:
        fs = _field_scores(golds[gi], preds[pi], _event_actors(preds[pi], actors), link)
        for f, ok in fs.items():
            scores.field_total[f] += 1
            scores.field_hits[f] += int(ok)
        for c in cats[gi]:
            scores.category_matched[c] = scores.category_matched.get(c, 0) + 1
            scores.category_toll_right[c] = scores.category_toll_right.get(c, 0) + int(fs["fatalities"])
        detail.append({"gold": gi, "pred": pi, "fields": fs})
    _stage_measures(gold, record, actors, scores, link)
    scores.per_article.append({
        "id": gold.get("id"), "gold": len(golds), "predicted": len(preds), "matched": len(matches),
        "missed": [gi for gi in range(len(golds)) if gi not in used_g],
        "spurious": [pi for pi in range(len(preds)) if pi not in used_p], "pairs": detail,
    })


def _stage_measures(gold: dict, record: dict, actors: dict[str, PredActor], scores: Scores, link) -> None:
    """Dates, places and actors scored over every gold item, so that a stage is judged on
    its own job and not only on the events that happened to match."""
    preds = record.get("events", [])
    for g in gold.get("events", []):
        g_actors = list(zip(g.get("actors", []), g.get("actors_en", []) + [None] * 4))
        found = [p for p in preds if p.get("event_type") == g.get("event_type")
                 and (not g_actors or any(actor_agrees(a, en, x, link) for a, en in g_actors for x in _event_actors(p, actors)))]
        if found and g.get("date"):
            scores.dated_found += 1
            scores.dated_right += int(any(date_agrees(g, p) for p in found))
        loc = g.get("location") or {}
        if loc.get("name"):
            scores.places_total += 1
            name = _norm(loc["name"])
            for p in record.get("places", []):
                text = _norm(p.get("text") or p.get("name_ar"))
                same_name = bool(text) and (text in name or name in text)
                if same_name and (p.get("admin1_code") == loc.get("admin1_code") if loc.get("admin1_code")
                                  else p.get("country") == loc.get("country")):
                    scores.places_right += 1
                    break
        for a, en in g_actors:
            scores.actors_total += 1
            scores.actors_linked += int(any(actor_agrees(a, en, x, None) for x in actors.values()))


def read_jsonl(path: Path) -> list[dict]:
    with open(path, encoding="utf-8") as fh:
        return [json.loads(line) for line in fh if line.strip()]


def evaluate(gold_path: Path, articles: Iterable[dict], extract: Callable[[dict], dict], link=None) -> Scores:
    """Score `extract` over the gold file; `articles` are the SCHEMA.md inputs by id."""
    by_id = {a["id"]: a for a in articles}
    scores = Scores()
    for gold in read_jsonl(gold_path):
        art = by_id.get(gold["id"])
        if art is None:
            continue
        record = extract(art)
        score_article(gold, record, scores, link)
    return scores
