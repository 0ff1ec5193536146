"""The day of an event a report tells with no time of its own.

A report's next sentences carry on its story: «أغلق شبان الطريق مساء أمس … وتدخلت وحدات من الحرس
لفتح الطريق …» is yesterday's intervention, not the dateline's. So an undated event takes the day
of the event told in the sentence right before it, when that one was told «أمس» or «أمس الأول»,
or else of the last event told «أمس». Otherwise it is the dateline's day (ANNOTATION.md), which
the caller keeps.
"""

from __future__ import annotations

from datetime import date
from typing import Collection, Sequence

# (sentences that tell an earlier event, its date, its precision)
Told = tuple[Collection[int], "date | None", "str | None"]

ADJACENT_DAYS = 2  # «أمس الأول» told in the sentence right before still carries on
ANY_EARLIER_DAYS = 1  # further back, only «أمس»


def day_carried_on(first_sentence: int, told: Sequence[Told], published: date | None) -> int | None:
    """The index in `told` (events told with a day of their own) of the one whose day the event
    first told in `first_sentence` shares, if any."""
    if published is None:
        return None
    earlier = [(i, max(s for s in sentences if s < first_sentence)) for i, (sentences, day, precision) in enumerate(told)
               if day is not None and precision == "day" and any(s < first_sentence for s in sentences)]
    if not earlier:
        return None
    i, last_sentence = max(earlier, key=lambda x: x[1])
    days = (published - told[i][1]).days  # type: ignore[operator]
    adjacent = last_sentence == first_sentence - 1
    return i if (adjacent and 0 < days <= ADJACENT_DAYS) or days == ANY_EARLIER_DAYS else None
