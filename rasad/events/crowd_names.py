"""The words that name a crowd: «تظاهر مئات الموظفين», «نظم السكان وقفات احتجاجية».

ACLED codes a crowd as Protesters (or Rioters) of the country, the people it is made of as
their associated group; an analyst checks the coding against those words. When the trigger's
clause names who marched, the crowd is named by them rather than by the trigger word. The
nouns are `crowd_nouns` in rasad/data/events/cues.yaml.
"""

from __future__ import annotations

import re

from rasad.events.cues import CueHit

# Nouns after these name what the crowd stood or asked for, not the crowd: «تضامناً مع الأسرى»,
# «للمطالبة بالإفراج عن المعتقلين», «ضد المتقاعدين».
_OBJECT_BEFORE = re.compile(r"(?<!\w)(?:مع|عن|علي|الي|ضد|الي جانب|بحق|بين)\s+(?:\S+\s+)?$")
REACH_AFTER = 45   # a subject told after its verb («تظاهر مئات الموظفين والمعلمين»)
REACH_BEFORE = 45  # or before it («وكان مئات المحامين قد نظموا»)


def crowd_named(text: str, anchor: tuple[int, int], sentence: tuple[int, int], sentence_cues: list[CueHit],
                speaker: tuple[int, int] | None = None) -> CueHit | None:
    """The noun in the trigger's sentence, near it, that names the people of the crowd, nearest the
    trigger; None when the clause names none. Offsets are normalised."""
    best: tuple[int, CueHit] | None = None
    for c in sentence_cues:
        if c.family != "crowd_nouns" or not sentence[0] <= c.start < sentence[1]:
            continue
        if speaker is not None and speaker[0] <= c.start < speaker[1]:
            continue  # «قال ناشطون إن …»: witnesses, not the crowd
        clitics = c.prefix[:-2] if c.prefix.endswith("ال") else c.prefix
        if clitics.endswith(("ب", "ل")) or _OBJECT_BEFORE.search(text, max(0, c.start - 26), article_start(c)):
            continue
        if c.start >= anchor[1]:
            gap = c.start - anchor[1]
            if gap > REACH_AFTER:
                continue
        elif c.end <= anchor[0]:
            gap = anchor[0] - c.end
            if gap > REACH_BEFORE:
                continue
        else:
            gap = 0  # the trigger is the crowd's own word («المتظاهرين»)
        if best is None or gap < best[0]:
            best = (gap, c)
    return best[1] if best else None


def article_start(hit: CueHit) -> int:
    """Where the noun's own word starts, its article included («المحامين», not «محامين»)."""
    return hit.start - 2 if hit.prefix.endswith("ال") else hit.start
