"""Destruction that kills is violence, not a strategic development.

«أحرق مسلحون القرية وقتلوا ثلاثين مدنياً», «أحرق مستوطنون منزلاً ما أدى إلى استشهاد رضيع»:
ACLED codes looting and property destruction only where nobody is harmed; with dead, the act
is an attack on the people in it (Violence against civilians: Attack), and a building blown up
with people inside is a bombing (Remote explosive). Words: rasad/data/events/context_words.yaml
(blast_words).
"""

from __future__ import annotations

from typing import Any, Iterable

from rasad.events.context_words import context_words
from rasad.events.fatalities import DeathCount
from rasad.text.normalise import normalise_phrase

LOOTING = "Looting/property destruction"


def deadly_retype(sub_event_type: str, trigger_text: str, deaths: Iterable[DeathCount]) -> tuple[str, str] | None:
    """The (type, sub-type) a destruction with dead in its toll becomes, or None to keep it."""
    if sub_event_type != LOOTING or not any(d.count for d in deaths):
        return None
    words = normalise_phrase(trigger_text).split()
    if any(w in context_words().blast_words for w in words):
        return "Explosions/Remote violence", "Remote explosive/landmine/IED"
    return "Violence against civilians", "Attack"


def deadly_groups(groups: dict[tuple, list[Any]], deaths: list[DeathCount], violent: set[str],
                  outcomes: set = frozenset()) -> dict[tuple, list[Any]]:
    """A sentence's trigger groups, a destruction retyped when the sentence tells dead and no
    violent act of its own to own them («أحرق مستوطنون منزلاً ما أدى إلى استشهاد رضيع»); a
    killing told as the outcome of the destruction (`outcomes`) is no act of its own."""
    if not any(d.count for d in deaths) or any(k[0] in violent for k in groups if k not in outcomes):
        return groups
    out: dict[tuple, list[Any]] = {}
    for k, hits in groups.items():
        retyped = deadly_retype(k[1], hits[0].text, deaths) if hits else None
        out[(*retyped, *k[2:]) if retyped else k] = hits
    return out
