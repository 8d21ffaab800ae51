"""Days named by the event they belong to: "opening night", "the final day", "day five",
"the closing night of the festival".

Such a phrase is a date only where the text gives its day: in apposition ("Opening night,
January 23, 2014, of the exhibit ...", "on Saturday night, the opening night, ..."; "Yesterday,
day five of the World Cup") or at another mention of the same phrase in the text ("USI's
opening night" after "Opening night, January 23"). Elsewhere it is no expression: the
recogniser does not guess a day from the publication date.
"""
from __future__ import annotations

import re
from typing import Optional

from tacitus.timex.grammar import Hit

_NUMBER_WORDS = r"one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|\d{1,2}"
_EVENT_DAY = re.compile(
    r"\b(?:(?:the|its|their|his|her)\s+)?"
    r"(?P<kind>(?i:opening|closing|first|final|last|second|third|fourth|fifth))\s+(?P<unit>night|day|evening)\b"
    r"(?![\s-]+(?:of\s+(?:the\s+|this\s+|that\s+|next\s+|last\s+)?(?:week|month|year|season)|and|or|long|old)\b)"
    r"|\b[Dd]ay\s+(?P<number>" + _NUMBER_WORDS + r")\b(?!\s*[-–]|\s+(?:and|or|to)\b)")
# Between a phrase and the date it is set beside.
_APPOSITION = re.compile(r"\s*(?:,|\(|—|–)\s*(?:on\s+)?")
_APPOSITION_AFTER = re.compile(r"\s*(?:,|—|–)\s*")
_DAY_VALUE = re.compile(r"\d{4}-\d{2}-\d{2}(?:T(?:MO|AF|EV|NI))?$")


def with_event_days(hits: list[Hit], text: str) -> list[Hit]:
    """`hits` (in text order) with the event-named days whose day the text gives."""
    found: list[tuple[re.Match, str, Optional[str]]] = []
    for m in _EVENT_DAY.finditer(text):
        if any(h.start < m.end() and m.start() < h.end for h in hits):
            continue
        found.append((m, _key(m), _beside(m, hits, text)))
    if not found:
        return hits
    known = {key: value for _, key, value in found if value is not None}
    added = [_event_day(m, value or known[key]) for m, key, value in found if value is not None or key in known]
    return sorted(hits + added, key=lambda h: h.start)


def _event_day(m: re.Match, value: str) -> Hit:
    return Hit(m.start(), m.end(), value, "day", "TIME" if "T" in value else "DATE")


def _key(m: re.Match) -> str:
    if m["number"]:
        return f"day {m['number'].lower()}"
    return f"{m['kind'].lower()} {m['unit'].lower()}"


def _beside(m: re.Match, hits: list[Hit], text: str) -> Optional[str]:
    """The value of a day set beside the phrase, right after it or right before it."""
    after = next((h for h in hits if h.start >= m.end()), None)
    if after is not None and _is_day(after) and _APPOSITION.fullmatch(text[m.end():after.start]):
        return after.value
    before = next((h for h in reversed(hits) if h.end <= m.start()), None)
    if before is not None and _is_day(before) and _APPOSITION_AFTER.fullmatch(text[before.end:m.start()]):
        return before.value
    return None


def _is_day(hit: Hit) -> bool:
    return hit.type in ("DATE", "TIME") and bool(hit.value and _DAY_VALUE.match(hit.value))
