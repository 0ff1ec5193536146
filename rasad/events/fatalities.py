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

CUE_REACH_BEFORE = 45
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


FIRST_ITEM_REACH = 60  # characters from a death word to the first person it counts
_WORD = re.compile(r"\w+")


def _people_after(text: str, pos: int, end: int, figures: list[tuple[int, int]],
                  people_nouns: dict[str, int]) -> list[tuple[int, int, int]]:
    """(start, end, count) of the people nouns in the list that follows a death word.

    The list is a run of items joined by «و» or commas: a figure with its noun and «من X»,
    or a people noun (one or two persons). The first item may stand a few words after the
    death word (subject and adverbs between); the list ends at the first other word.
    """
    found: list[tuple[int, int, int]] = []
    limit = min(end, pos + FIRST_ITEM_REACH)
    started = False
    i = pos
    while i < end:
        m = _WORD.search(text, i, end)
        if not m:
            break
        w, ws, we = m.group(0), m.start(), m.end()
        joined = w.startswith("و") and len(w) > 2
        bare = w[1:] if joined and _people_count(w[1:], people_nouns) else w
        fig = next(((a, b) for a, b in figures if a <= ws < b or (joined and a == ws + 1)), None)
        if fig is not None:
            started = True
            # the figure's noun and «من X» / «في صفوف X» belong to it
            i = fig[1]
            nxt = _WORD.search(text, i, end)
            if nxt and not nxt.group(0).startswith("و") and nxt.group(0) not in ("من", "في", "بين", "بينهم"):
                i = nxt.end()
            i = _skip_side(text, i, end)
            continue
        count = _people_count(bare, people_nouns)
        if count:
            started = True
            found.append((ws, we, count))
            i = _skip_side(text, we, end)
            continue
        if started or ws > limit:
            break
        i = we
    return found


def _people_count(word: str, people_nouns: dict[str, int]) -> int:
    """Persons a noun names: «طفلين» 2, «امراه» 1, «طفلها» («her child») 1."""
    if word in people_nouns:
        return people_nouns[word]
    if word.startswith("ال") and people_nouns.get(word[2:]) == 1:
        return 1  # «حيث قتل القيادي»: the one person the text has in mind
    for suffix in ("ها", "هم", "ه"):
        stem = word[: -len(suffix)]
        if word.endswith(suffix) and people_nouns.get(stem) == 1:
            return 1
    return 0


_VICTIM_BEFORE = re.compile(r"(?:(?:لقي|لقيت|لقوا)\s+(?P<who>\w+)\s+(?:حتفه|حتفها|حتفهم|مصرعه|مصرعها|مصرعهم)"
                            r"|(?P<who2>\w+)\s+حتي الموت)")
_SIDE = re.compile(r"\s*(?:من|في صفوف|لل|ل)\s*\w+(?:\s+(?!و)\w+)?")


def _skip_side(text: str, pos: int, end: int) -> int:
    """Past «من الحوثيين», «من قوات النظام» after a counted item."""
    m = _SIDE.match(text, pos, end)
    if m and not m.group(0).strip().startswith("و"):
        return m.end()
    return pos


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
    # «لقي رجل حتفه», «ضرب شاب حتى الموت»: the person stands before the death words.
    for m in _VICTIM_BEFORE.finditer(norm_text, ss, se):
        who = "who" if m.group("who") else "who2"
        count = _people_count(m.group(who), people_nouns)
        if count and not any(d.norm_start <= m.start(who) < d.norm_end for d in out):
            out.append(DeathCount(count, False, m.start(who), m.end(who)))
    # People named without a figure in the list a death word opens: «مقتل امرأة وطفلين»,
    # «مقتل ستة من الحوثيين وجنديين», «أعدمت الحركة، أمس، رجلين».
    counted = [(d.norm_start, d.norm_end) for d in out]
    figures = [(s, e) for s, e, _ in numbers if ss <= s < se]
    for c in in_cues:
        if c.family != "death_cues":
            continue
        for start, end, value in _people_after(norm_text, c.end, se, figures, people_nouns):
            if not any(a <= start < b for a, b in counted):
                out.append(DeathCount(value, False, start, end))
                counted.append((start, end))
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
