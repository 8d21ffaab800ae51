"""Find time expressions in plain text: run every grammar rule, keep the longest
non-overlapping hits. No spaCy needed, so evaluators can run it on thousands of
expressions; `find_times` in tacitus.extract.time adds the parser's reading of tense."""
from __future__ import annotations

import datetime as dt
from typing import Optional

from tacitus.report import TimeRef
from tacitus.timex.grammar import RULES, Hit, Scope
from tacitus.timex.tense import Direction, text_direction


def find_times_in_text(text: str, published: Optional[dt.date],
                       direction: Optional[Direction] = None) -> list[TimeRef]:
    """Every time expression in `text`, in text order, with its TIMEX3 value.

    `published` anchors relative expressions; without it they keep value None."""
    if isinstance(published, str):
        published = dt.date.fromisoformat(published[:10])
    scope = Scope(text=text, anchor=published, direction=direction or text_direction(text))
    hits: list[Hit] = []
    for pattern, resolve in RULES:
        for match in pattern.finditer(text):
            hit = resolve(match, scope)
            if hit is not None and hit.end > hit.start:
                hits.append(hit)
    return [TimeRef(text=text[h.start:h.end], start=h.start, end=h.end, value=h.value,
                    granularity=h.granularity, type=h.type) for h in _longest_first(hits)]


def _longest_first(hits: list[Hit]) -> list[Hit]:
    """Longest hits win; among equals the earlier rule (more specific) and earlier position."""
    order = sorted(range(len(hits)), key=lambda i: (-(hits[i].end - hits[i].start), hits[i].start, i))
    taken: list[Hit] = []
    for i in order:
        h = hits[i]
        if all(h.end <= t.start or h.start >= t.end for t in taken):
            taken.append(h)
    return sorted(taken, key=lambda h: h.start)
