"""Finding the items (quotes, time expressions) that start inside a stretch of text or hold
an offset, by bisection. Extractors ask such questions once per sentence, cue or trigger;
a scan of every item per question made the time of long articles grow with the square of
their length."""
from __future__ import annotations

import bisect
import itertools
from typing import Callable, Sequence


class ByOffset:
    """`items` with a start and an end offset, listed by start, with the furthest end
    reached so far; the answers are positions in `items`, in their own order."""

    def __init__(self, items: Sequence, start: Callable = lambda x: x.start, end: Callable = lambda x: x.end):
        self.order = sorted(range(len(items)), key=lambda i: start(items[i]))
        self.starts = [start(items[i]) for i in self.order]
        self.ends = [end(items[i]) for i in self.order]
        self.reach = list(itertools.accumulate(self.ends, max))

    def starting_in(self, lo: int, hi: int) -> list[int]:
        """Positions of the items with lo <= start < hi."""
        return sorted(self.order[bisect.bisect_left(self.starts, lo):bisect.bisect_left(self.starts, hi)])

    def holding(self, offset: int) -> list[int]:
        """Positions of the items with start <= offset < end."""
        found = []
        j = bisect.bisect_right(self.starts, offset) - 1
        while j >= 0 and self.reach[j] > offset:  # else no item at or before j reaches `offset`
            if self.ends[j] > offset:
                found.append(self.order[j])
            j -= 1
        return sorted(found)


def index(owner, name: str, items: Sequence | None, **keys) -> ByOffset:
    """The ByOffset of `items`, kept on `owner` (an extraction context) until the list is
    replaced or changes length."""
    items = items or []
    key = (id(items), len(items))
    cached = getattr(owner, f"_offsets_{name}", None)
    if cached is None or cached[0] != key:
        cached = (key, ByOffset(items, **keys))
        setattr(owner, f"_offsets_{name}", cached)
    return cached[1]
