"""What a crowd protests against is no event of the report.

«تظاهر المئات احتجاجاً على القصف», «وقفة تنديداً باغتيال الناشط», «لافتات تندد بالاعتقالات
العشوائية»: the shelling, the assassination and the arrests are the protest's grievance,
named without a time or place of their own (they may have happened weeks before, elsewhere).
Coding them as events of the protest's day and town invents events. A protest named there
(«تضامناً مع المعتصمين») is left alone: the crowd joins it. Words: context_words.yaml
(grievance_words, grievance_continuations).
"""

from __future__ import annotations

from typing import Sequence

from rasad.events.context_words import context_words
from rasad.events.fatalities import DeathCount
from rasad.events.taxonomy import CROWD_TYPES
from rasad.events.triggers import TriggerHit

REACH = 48  # normalised characters before a trigger that may hold «احتجاجاً على استمرار»


def without_grievances(text: str, hits: Sequence[TriggerHit]) -> list[TriggerHit]:
    """`hits` less the acts named as what a protest is against."""
    pattern = context_words().grievance
    return [h for h in hits
            if h.entry.event_type in CROWD_TYPES
            or not pattern.search(text, max(0, h.norm_start - len(h.prefix) - REACH), h.norm_start - len(h.prefix))]


def without_grieved_deaths(text: str, deaths: list[DeathCount]) -> list[DeathCount]:
    """`deaths` less the dead a crowd protests («احتجاجاً على وفاة شاب في الحجز»): its grievance,
    not the toll of the act told beside it."""
    pattern = context_words().grieved_death
    return [d for d in deaths if not pattern.search(text, max(0, d.norm_start - REACH), d.norm_start)]
