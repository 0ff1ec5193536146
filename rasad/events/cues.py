"""Cue words (rasad/data/events/cues.yaml): modality, attribution and casualty words.

All cue families share one automaton so a document is scanned once; each hit carries the
family it belongs to.
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import lru_cache

from rasad.datafiles import DataFileError, data_path, load_yaml
from rasad.text.matcher import PhraseMatcher
from rasad.text.normalise import NormText, normalise_phrase

FAMILIES = (
    "speech_verbs", "source_phrases", "claim_verbs", "future_markers", "future_time_words", "negation_markers",
    "hypothetical_markers", "generic_markers", "not_first_time_markers", "any_markers", "tally_markers", "denial_verbs", "not_news_markers", "topic_markers", "death_cues", "wound_cues", "subset_markers", "measure_units", "no_casualty_phrases", "place_anaphors", "civilian_words",
    "activist_words", "source_words", "detainee_words", "crowd_nouns",
)


# Not frozen (nothing changes one): hits are made by the dozen per article, and a frozen
# dataclass's __init__ costs four times a slotted one's. Hashable as before.
@dataclass(slots=True, unsafe_hash=True)
class CueHit:
    family: str
    start: int  # normalised offsets
    end: int
    key: str
    prefix: str


@dataclass(frozen=True)
class Cues:
    matcher: PhraseMatcher[str]
    people_nouns: dict[str, int]

    def find(self, norm: NormText) -> list[CueHit]:
        hits: list[CueHit] = []
        for m in self.matcher.find_all(norm):
            key = norm.text[m.norm_start:m.norm_end]
            for family in set(m.payload):
                hits.append(CueHit(family, m.norm_start, m.norm_end, key, m.prefix))
        hits.sort(key=lambda h: (h.start, -h.end))
        return hits


@lru_cache(maxsize=1)
def get_cues() -> Cues:
    path = data_path("events", "cues.yaml")
    raw = load_yaml(path)
    matcher: PhraseMatcher[str] = PhraseMatcher(suffixes=("",))
    for family in FAMILIES:
        words = raw.get(family)
        if not isinstance(words, list) or not words:
            raise DataFileError(f"{path}: '{family}' must be a non-empty list")
        for word in words:
            matcher.add(str(word), family)
    people = {normalise_phrase(str(w)): int(n) for n, words in raw["people_nouns"].items() for w in words}
    return Cues(matcher, people)
