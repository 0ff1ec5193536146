"""The trigger lexicon (rasad/data/events/triggers.yaml) and the search for triggers in text."""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from functools import lru_cache

from rasad.datafiles import DataFileError, data_path, load_yaml, require
from rasad.events.spans import SpanIndex
from rasad.events.taxonomy import RELATION_TYPES, is_valid
from rasad.text.matcher import PhraseMatcher
from rasad.text.normalise import NormText, normalise_phrase


@dataclass(frozen=True)
class TriggerEntry:
    """One lexicon entry: what a family of trigger words means."""

    event_type: str
    sub_event_type: str
    weight: float = 1.0
    relation: str | None = None
    relation_reverse: bool = False
    state_sub_event_type: str | None = None
    needs_actor: bool = False
    future_forms: frozenset[str] = field(default_factory=frozenset)
    yields_to: frozenset[str] = field(default_factory=frozenset)
    merge_only: bool = False


@dataclass(frozen=True)
class TriggerHit:
    """A trigger found in the text (normalised and original spans)."""

    entry: TriggerEntry
    norm_start: int
    norm_end: int
    start: int
    end: int
    text: str
    prefix: str
    key: str


@dataclass(frozen=True)
class Refinement:
    sub_event_type: str
    rank: int


class TriggerLexicon:
    """All triggers in one automaton plus the regex patterns, and the sub-type cues."""

    def __init__(self, entries: list[tuple[TriggerEntry, list[str], list[str]]],
                 refinements: dict[str, PhraseMatcher[Refinement]], not_events: list[str] = ()) -> None:
        self.matcher: PhraseMatcher[TriggerEntry] = PhraseMatcher(suffixes=("",))
        self.not_events: PhraseMatcher[str] = PhraseMatcher(suffixes=("",))
        self.name_heads: frozenset[str] = frozenset()
        for phrase in not_events:
            self.not_events.add(phrase, phrase)
        self.patterns: list[tuple[re.Pattern[str], TriggerEntry]] = []
        for entry, phrases, patterns in entries:
            for phrase in phrases:
                self.matcher.add(phrase, entry)
            for pattern in patterns:
                # No look-behind here: a pattern that starts with a literal lets the regex engine
                # skip ahead to it; the left word boundary is checked on each hit instead.
                self.patterns.append((re.compile(r"(?:" + pattern + r")(?!\w)"), entry))
        self.refinements = refinements

    def find(self, norm: NormText) -> list[TriggerHit]:
        hits: list[TriggerHit] = []
        spans: list[tuple[int, int]] = []
        text = norm.text
        for pattern, entry in self.patterns:
            for m in pattern.finditer(text):
                if m.start() > 0 and text[m.start() - 1].isalnum():
                    continue
                a, b = norm.span(m.start(), m.end())
                hits.append(TriggerHit(entry, m.start(), m.end(), a, b, norm.original[a:b], "", m.group(0)))
                spans.append((m.start(), m.end()))
        for m in self.matcher.find(norm):
            if any(m.norm_start < e and s < m.norm_end for s, e in spans):
                continue
            key = norm.text[m.norm_start:m.norm_end]
            hits.append(TriggerHit(m.payload[0], m.norm_start, m.norm_end, m.start, m.end, m.text, m.prefix, key))
        blocked = [(m.norm_start, m.norm_end) for m in self.not_events.find_all(norm)]
        if self.name_heads:
            hits = [h for h in hits if not self._after_name_head(norm.text, h.norm_start)]
        if blocked:
            hits = [h for h in hits if not any(a <= h.norm_start and h.norm_end <= b for a, b in blocked)]
        hits.sort(key=lambda h: h.norm_start)
        return hits

    def _after_name_head(self, text: str, start: int) -> bool:
        """Is the trigger the first word of a name («مسجد بيعة الرضوان»)?"""
        before = text[max(0, start - 14):start].split()
        return bool(before) and before[-1] in self.name_heads

    def refinement_cues(self, norm: NormText) -> dict[str, SpanIndex]:
        """Every sub-type cue in the document, by event type (one scan per document)."""
        return {event_type: SpanIndex([(m.norm_start, m.norm_end, ref) for m in matcher.find_all(norm) for ref in m.payload])
                for event_type, matcher in self.refinements.items()}

    @staticmethod
    def refine(event_type: str, cues: dict[str, SpanIndex], sent_start: int, sent_end: int, at: int) -> str | None:
        """The sub-type named by the cue closest to `at` inside the sentence, if any."""
        best: tuple[int, int, str] | None = None
        index = cues.get(event_type)
        for s, e, ref in index.within(sent_start, sent_end) if index is not None else ():
            if e <= sent_end:
                cand = (min(abs(s - at), abs(e - at)), ref.rank, ref.sub_event_type)
                if best is None or cand < best:
                    best = cand
        return best[2] if best else None


def _entry(raw: dict, where: str) -> tuple[TriggerEntry, list[str], list[str]]:
    require(raw, {"event_type": str, "sub_event_type": str}, where)
    if not is_valid(raw["event_type"], raw["sub_event_type"]):
        raise DataFileError(f"{where}: {raw['event_type']!r}/{raw['sub_event_type']!r} is not in ACLED's taxonomy")
    state_sub = raw.get("state_sub_event_type")
    if state_sub and not is_valid(raw["event_type"], state_sub):
        raise DataFileError(f"{where}: bad state_sub_event_type {state_sub!r}")
    relation = raw.get("relation")
    if relation is not None and relation not in RELATION_TYPES:
        raise DataFileError(f"{where}: unknown relation {relation!r}")
    phrases = [str(p) for p in raw.get("phrases", [])]
    patterns = [str(p) for p in raw.get("patterns", [])]
    if not phrases and not patterns:
        raise DataFileError(f"{where}: needs phrases or patterns")
    entry = TriggerEntry(
        event_type=raw["event_type"],
        sub_event_type=raw["sub_event_type"],
        weight=float(raw.get("weight", 1.0)),
        relation=relation,
        relation_reverse=bool(raw.get("relation_reverse", False)),
        state_sub_event_type=state_sub,
        needs_actor=bool(raw.get("needs_actor", False)),
        future_forms=frozenset(normalise_phrase(p) for p in raw.get("future_form", [])),
        yields_to=frozenset(str(y) for y in raw.get("yields_to", [])),
        merge_only=bool(raw.get("merge_only", False)),
    )
    return entry, phrases, patterns


@lru_cache(maxsize=1)
def get_trigger_lexicon() -> TriggerLexicon:
    """Load and check the trigger and refinement files once per process."""
    path = data_path("events", "triggers.yaml")
    raw = load_yaml(path)
    entries = [_entry(t, f"{path}: trigger {i}") for i, t in enumerate(raw["triggers"])]
    rpath = data_path("events", "refinements.yaml")
    refinements: dict[str, PhraseMatcher[Refinement]] = {}
    for i, block in enumerate(load_yaml(rpath)["refinements"]):
        require(block, {"event_type": str, "rules": list}, f"{rpath}: block {i}")
        matcher: PhraseMatcher[Refinement] = PhraseMatcher(suffixes=("",))
        for rank, rule in enumerate(block["rules"]):
            require(rule, {"sub_event_type": str, "cues": list}, f"{rpath}: block {i} rule {rank}")
            if not is_valid(block["event_type"], rule["sub_event_type"]):
                raise DataFileError(f"{rpath}: bad sub-type {rule['sub_event_type']!r}")
            for cue in rule["cues"]:
                matcher.add(str(cue), Refinement(rule["sub_event_type"], rank))
        refinements[block["event_type"]] = matcher
    lexicon = TriggerLexicon(entries, refinements, [str(p) for p in raw.get("not_events", [])])
    heads = {normalise_phrase(str(w)) for w in raw.get("name_heads", [])}
    lexicon.name_heads = frozenset(heads | {c + w for w in heads for c in ("و", "ب", "ل", "ال", "بال", "وال")})
    return lexicon
