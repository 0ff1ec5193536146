"""Who died: death counts in a sentence, by side where the text says so.

A figure counts as deaths when the nearest casualty word around it is a death word
(«مقتل 11», «سقط تسعة قتلى») rather than a wound word («وإصابة 46»); a figure that only
breaks down one already given («بينهم 5 أطفال») is not added again. Without a figure,
people nouns after a death word are counted («مقتل امرأة وطفلين» → 3).
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from rasad.events.cues import CueHit
from rasad.types import ActorMention, NumberMention

CUE_REACH_BEFORE = 30
CUE_REACH_AFTER = 22
SIDE_REACH = 30


@dataclass
class DeathCount:
    count: int
    approx: bool
    norm_start: int
    norm_end: int
    actor: ActorMention | None = None
    vague: bool = False  # «العشرات»: a word, not a figure


_PEOPLE_LIST = re.compile(r"\s*(?:و)?(\w+)")


def _nearest_cue(pos_s: int, pos_e: int, cues: list[CueHit]) -> CueHit | None:
    best: tuple[int, CueHit] | None = None
    for c in cues:
        if c.family not in ("death_cues", "wound_cues"):
            continue
        # «ثلاثة قتلى وأربعة جرحى»: the noun right after a figure names what it counts.
        if c.end <= pos_s and pos_s - c.end <= CUE_REACH_BEFORE:
            d = pos_s - c.end + 1
        elif c.start >= pos_e and c.start - pos_e <= CUE_REACH_AFTER:
            d = c.start - pos_e
        else:
            continue
        if best is None or d < best[0]:
            best = (d, c)
    return best[1] if best else None


def death_counts(
    norm_text: str,
    sentence: tuple[int, int],
    numbers: list[tuple[int, int, NumberMention]],
    cues: list[CueHit],
    actors: list[tuple[int, int, ActorMention]],
    people_nouns: dict[str, int],
) -> list[DeathCount]:
    """Death counts stated in `sentence` (normalised offsets), subsets left out."""
    ss, se = sentence
    in_cues = [c for c in cues if ss <= c.start < se]
    subset_ends = [c.end for c in in_cues if c.family == "subset_markers"]
    out: list[DeathCount] = []
    for s, e, num in numbers:
        if not (ss <= s < se):
            continue
        if any(0 <= s - end <= 4 for end in subset_ends):
            continue
        if any(c.family == "measure_units" and 0 <= c.start - e <= 2 for c in in_cues):
            continue
        cue = _nearest_cue(s, e, in_cues)
        if cue is None or cue.family != "death_cues":
            continue
        # «قتل وجرح 13»: both words govern the figure, which is then no death toll.
        if cue.end <= s and re.search(r"(?:جرح|اصيب|اصابه)\s*$", norm_text[cue.end:s].strip() or "x"):
            continue
        if cue.end <= s and re.match(r"^\s*و\s*(?:جرح|اصابه|اصيب)", norm_text[cue.end:s]):
            continue
        out.append(DeathCount(num.value, num.approx, s, e, vague=num.vague))
    if not out:
        # «مقتل امرأة وطفلين»
        for c in in_cues:
            if c.family != "death_cues":
                continue
            total = 0
            pos = c.end
            while True:
                m = _PEOPLE_LIST.match(norm_text, pos, se)
                if not m or m.group(1) not in people_nouns:
                    break
                total += people_nouns[m.group(1)]
                pos = m.end()
            if total:
                out.append(DeathCount(total, False, c.start, pos))
                break
    for dc in out:
        for s, e, m in actors:
            if dc.norm_end <= s <= dc.norm_end + SIDE_REACH and re.search(
                r"(?:من|ل|في صفوف|لل|من عناصر|من مقاتلي)?\s*$", norm_text[dc.norm_end:s]
            ):
                between = norm_text[dc.norm_end:s]
                if re.search(r"(?:^|\s)(?:من|في صفوف)\s|^\s*\S*\s*(?:من|ل)", between + " ") or between.strip() == "":
                    dc.actor = m
                break
    return out
