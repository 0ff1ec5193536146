"""Tolls told after a list of places, place by place.

«قصفت الميليشيا أحياء الروضة وثعبات والجحملية. … تسعة مدنيين قتلوا في القصف، سقط خمسة
منهم في حي الروضة وأربعة في الجحملية»: each count the text ties to one of the list's places
belongs to that place's event, and the total they break down («تسعة … منهم») to none of them
twice. What is left (counts tied to no listed place) goes on to the sentence's own events.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Protocol

from rasad.events.fatalities import DeathCount
from rasad.events.tolls import same_place, tied_places
from rasad.types import Event, PlaceMention


class ListItem(Protocol):
    """What this rule needs of a candidate event: its event, list membership and toll."""

    event: Event
    split_group: int | None
    deaths: list[DeathCount]


_SETTLEMENT_WORDS = ("حي ", "قرية ", "بلدة ", "مدينة ", "مخيم ", "ناحية ", "منطقة ")


def _named_alike(a: PlaceMention | None, b: PlaceMention | None) -> bool:
    """The same place, or two readings of one name («الروضة» and «حي الروضة» read apart)."""
    if a is None or b is None:
        return False
    if same_place(a, b):
        return True
    strip = lambda n: next((n[len(w):] for w in _SETTLEMENT_WORDS if n.startswith(w)), n)  # noqa: E731
    return strip(a.name_ar) == strip(b.name_ar) and (a.country is None or b.country is None or a.country == b.country)


def share_to_list(text: str, sentence: tuple[int, int], deaths: list[DeathCount],
                  places: Sequence[tuple[int, int, PlaceMention]], earlier: Sequence[ListItem],
                  violent: frozenset[str]) -> list[DeathCount]:
    """Give the counts tied to places of an earlier list to those places' events; return the
    counts left for the sentence itself."""
    items = [c for c in earlier if c.split_group is not None and c.event.event_type in violent
             and c.event.location is not None and c.event.modality not in ("negated", "planned")]
    if not deaths or not items:
        return deaths
    ties = tied_places(text, sentence, deaths, places, [c.event.location for c in items])
    given: list[DeathCount] = []
    for d in deaths:
        place = ties.get(id(d))
        # The latest list that holds the place: the report the sentence goes on with.
        owner = next((c for c in reversed(items) if _named_alike(c.event.location, place)), None)
        if owner is not None:
            owner.deaths.append(d)
            given.append(d)
    if not given:
        return deaths
    shared = sum(d.count for d in given)
    # «تسعة مدنيين …، خمسة منهم في أ وأربعة في ب»: the total the counts break down.
    return [d for d in deaths if d not in given and not (d.count == shared and id(d) not in ties)]
