"""Annotations sorted by start, looked up by range in logarithmic time.

The event stage asks, for every sentence and trigger, which dates, places, actors, counts
and cue words fall inside a span. Scanning every list each time makes long documents
quadratic; a sorted index answers each question with two bisections.
"""

from __future__ import annotations

import bisect
from typing import Generic, Iterator, Sequence, TypeVar

T = TypeVar("T", bound=tuple)


def sentence_of(starts: Sequence[int], pos: int) -> int:
    """Index of the sentence (by its sorted start offsets) that holds `pos`."""
    return max(0, bisect.bisect_right(starts, pos) - 1)

# The longest span one annotation may have: bounds the backward scan of `covers`.
MAX_SPAN = 300


class SpanIndex(Generic[T]):
    """Tuples `(start, end, …)` sorted by start."""

    def __init__(self, items: list[T]) -> None:
        self.items = sorted(items, key=lambda x: (x[0], x[1]))
        self.starts = [x[0] for x in self.items]

    def __iter__(self) -> Iterator[T]:
        return iter(self.items)

    def __len__(self) -> int:
        return len(self.items)

    def within(self, start: int, end: int) -> list[T]:
        """Items that start inside [start, end)."""
        return self.items[bisect.bisect_left(self.starts, start):bisect.bisect_left(self.starts, end)]

    def covers(self, start: int, end: int, strict: bool = False) -> bool:
        """Does an item enclose [start, end) (starting strictly before it when `strict`)?"""
        i = bisect.bisect_right(self.starts, start) - 1
        while i >= 0 and self.starts[i] >= start - MAX_SPAN:
            a, b = self.items[i][0], self.items[i][1]
            if (a < start if strict else a <= start) and end <= b:
                return True
            i -= 1
        return False

    def where(self, keep) -> "SpanIndex[T]":
        return SpanIndex([x for x in self.items if keep(x)])
