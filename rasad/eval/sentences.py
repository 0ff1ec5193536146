"""`rasad eval-sentences`: is the coded event of each sentence found, and typed right?

A sentence suite (eval/sentences/README.md) codes one event per sentence, or none, the way
hand-coded newspaper-sentence sets do (ASSAULT/PROTEST style): it measures trigger coverage
over many wordings and outlets, which article-level gold has too few of. A sentence scores a
hit when rasad reports an event of the expected type with the expected modality class
(realised: asserted/claimed; planned; negated), and a false alarm when a sentence coded as
no event yields a realised one.
"""

from __future__ import annotations

import json
from collections import Counter, defaultdict
from pathlib import Path
from typing import Any

REALISED = ("asserted", "claimed")


def read_suite(path: Path) -> list[dict[str, Any]]:
    """The suite's lines, each checked for the fields the scorer reads."""
    items = []
    for n, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1):
        if not line.strip():
            continue
        item = json.loads(line)
        if not isinstance(item.get("text"), str) or "expected" not in item:
            raise ValueError(f"{path}:{n}: a line needs 'text' and 'expected' (an event or null)")
        items.append(item)
    return items


def _events(record: dict[str, Any]) -> list[dict[str, Any]]:
    return list(record.get("events") or []) + list(record.get("unrealised_events") or [])


def _modality_class(modality: str | None) -> str:
    return "realised" if modality in (None, *REALISED) else str(modality)


def score_sentence(item: dict[str, Any], record: dict[str, Any]) -> dict[str, Any]:
    """What rasad made of one sentence: hit, sub-type right, false alarm."""
    want = item["expected"]
    found = _events(record)
    if want is None:
        realised = [e for e in found if _modality_class(e.get("modality")) == "realised"]
        return {"id": item.get("id"), "expected": None, "false_alarm": bool(realised),
                "got": [e["event_type"] for e in realised]}
    cls = _modality_class(want.get("modality"))
    same = [e for e in found if e["event_type"] == want["event_type"] and _modality_class(e.get("modality")) == cls]
    typed = [e for e in found if e["event_type"] == want["event_type"]]
    return {"id": item.get("id"), "expected": want["event_type"], "hit": bool(same),
            "typed": bool(typed), "sub_type": any(e.get("sub_event_type") == want.get("sub_event_type") for e in same),
            "got": sorted({f"{e['event_type']}/{e.get('modality')}" for e in found})}


def run_sentences(path: Path, output: Path | None = None) -> dict[str, Any]:
    """Score every sentence of the suite at `path`; the summary (and per-sentence rows to `output`)."""
    from rasad import extract

    rows = []
    for item in read_suite(path):
        record = extract(item["text"], item.get("published"))
        rows.append({**score_sentence(item, record), "country": item.get("country"), "wording": item.get("wording")})
    coded = [r for r in rows if r["expected"] is not None]
    negatives = [r for r in rows if r["expected"] is None]
    by_type: dict[str, Counter[str]] = defaultdict(Counter)
    by_country: dict[str, Counter[str]] = defaultdict(Counter)
    for r in coded:
        by_type[r["expected"]]["n"] += 1
        by_type[r["expected"]]["hit"] += r["hit"]
        by_country[r["country"] or "?"]["n"] += 1
        by_country[r["country"] or "?"]["hit"] += r["hit"]

    def ratio(a: int, b: int) -> float | None:
        return round(a / b, 4) if b else None

    summary = {
        "sentences": len(rows), "coded": len(coded), "negatives": len(negatives),
        "recall": ratio(sum(r["hit"] for r in coded), len(coded)),
        "type_found_any_modality": ratio(sum(r["typed"] for r in coded), len(coded)),
        "sub_type_accuracy_of_hits": ratio(sum(r["sub_type"] for r in coded if r["hit"]), sum(r["hit"] for r in coded)),
        "false_alarm_rate": ratio(sum(r["false_alarm"] for r in negatives), len(negatives)),
        "recall_by_type": {t: {"recall": ratio(c["hit"], c["n"]), "n": c["n"]} for t, c in sorted(by_type.items())},
        "recall_by_country": {k: {"recall": ratio(c["hit"], c["n"]), "n": c["n"]} for k, c in sorted(by_country.items())},
    }
    if output:
        output.write_text(json.dumps({"summary": summary, "sentences": rows}, ensure_ascii=False, indent=1),
                          encoding="utf-8")
    return summary
