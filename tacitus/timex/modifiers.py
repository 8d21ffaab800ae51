"""Words around a recognised expression that modify it without changing the period it names.

* TIMEX3 `mod` (START, MID, END), as TimeML marks "the end of the year" (value 2025, mod
  END), "early next year" (2026, START), "mid-March" (2025-03, MID), "late Sunday", "the
  last days of March", "the first weeks of 2030": the value stays the whole
  period, the mod says which part of it. "early in March" is "March" alone: TimeML marks no
  preposition, and an adverb before one is outside the expression.
* The part of a named day: "the night of March 3" is 2025-03-03TNI, as "Monday night" is;
  "the early hours of Sunday" is Sunday's morning (TMO).
* A duration's approximation or bound: "about two years" (P2Y, APPROX), "more than a
  decade" (MORE_THAN), "nearly a month" (LESS_THAN), "at least three days" (EQUAL_OR_MORE).
"""
from __future__ import annotations

import re

from tacitus.timex.grammar import Hit

_MOD_OF_WORD = {"early": "START", "start": "START", "beginning": "START", "first": "START", "opening": "START",
                "mid": "MID", "middle": "MID",
                "late": "END", "end": "END", "close": "END", "last": "END", "final": "END", "closing": "END",
                "dying": "END"}

# The mod word opening the expression itself ("late March 2024", "early next year").
_LEADING = re.compile(r"(?:the\s+)?(?:very\s+)?(?P<word>early|mid|middle|late|end|start|beginning|close)\b(?!\s+hours)", re.I)
# A mod word just before it ("the end of 2024", "late Sunday", "mid-2025").
_BEFORE = re.compile(r"\b(?:(?:the\s+)?(?:very\s+)?(?P<noun>end|start|beginning|middle|close)\s+of\s+"
                     r"|(?:the\s+)?(?:very\s+)?(?P<span>first|opening|early|last|final|closing|dying)\s+"
                     r"(?:few\s+|several\s+|couple\s+of\s+)?(?:days|weeks|months|hours)\s+of\s+"
                     r"|(?P<adj>early|late|mid)(?:\s+|-))$", re.I)
# "the early hours of Sunday": the small hours are the start of the day's morning (TMO)
_DAY_PART_BEFORE = re.compile(r"\bthe\s+(?:(?P<part>morning|afternoon|evening|night)|(?:early|small|wee)\s+hours)\s+of\s+$",
                              re.I)
_DAY_PART_CODES = {"morning": "MO", "afternoon": "AF", "evening": "EV", "night": "NI"}
_FULL_DAY = re.compile(r"\d{4}-\d{2}-\d{2}$")
_CLOCK = re.compile(r"T\d\d:\d\d")


# A word of approximation or comparison before a duration, and its TIMEX3 mod: "about two
# years" (P2Y, APPROX), "more than a decade" (P10Y, MORE_THAN), "nearly a month" (LESS_THAN).
_APPROX_BEFORE = re.compile(r"\b(?P<word>about|around|roughly|approximately|circa|some|nearly|almost|more\s+than|"
                            r"longer\s+than|less\s+than|fewer\s+than|at\s+least|at\s+most|no\s+more\s+than|"
                            r"no\s+longer\s+than|up\s+to|over)\s+$", re.I)
_MOD_OF_APPROX = {"about": "APPROX", "around": "APPROX", "roughly": "APPROX", "approximately": "APPROX",
                  "circa": "APPROX", "some": "APPROX", "nearly": "LESS_THAN", "almost": "LESS_THAN",
                  "more than": "MORE_THAN", "longer than": "MORE_THAN", "over": "MORE_THAN",
                  "less than": "LESS_THAN", "fewer than": "LESS_THAN", "at least": "EQUAL_OR_MORE",
                  "at most": "EQUAL_OR_LESS", "no more than": "EQUAL_OR_LESS", "no longer than": "EQUAL_OR_LESS",
                  "up to": "EQUAL_OR_LESS"}
# A duration counted in numbers ("over two years", not "over the past two years", where "over"
# is the preposition of the span).
_COUNTED = re.compile(r"(?:\d|a\b|an\b|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|"
                      r"fifteen|twenty|thirty|forty|fifty|sixty|hundred|half|a\s+couple|several|a\s+few)", re.I)


def with_modifiers(hits: list[Hit], text: str) -> list[Hit]:
    """The hits (in text order) with their mods set and their spans widened to the mod and
    day-part words before them."""
    previous_end = 0
    for hit in hits:
        if _takes_modifiers(hit):
            _day_part(hit, text, previous_end)
            _mod(hit, text, previous_end)
        elif hit.type == "DURATION":
            _approximate(hit, text, previous_end)
        previous_end = hit.end
    return hits


def _approximate(hit: Hit, text: str, previous_end: int) -> None:
    before = _APPROX_BEFORE.search(text[max(previous_end, hit.start - 20):hit.start])
    if before is None or not _COUNTED.match(text, hit.start):
        return
    hit.start -= len(before[0])
    hit.mod = _MOD_OF_APPROX[re.sub(r"\s+", " ", before["word"].lower())]


def _takes_modifiers(hit: Hit) -> bool:
    """Dates and parts of days; not durations, sets, references or clock times."""
    if hit.type == "TIME":
        return hit.value is None or not _CLOCK.search(hit.value)
    return hit.type == "DATE" and hit.granularity not in ("ref", "duration", "set")


def _mod(hit: Hit, text: str, previous_end: int) -> None:
    own = _LEADING.match(text, hit.start, hit.end)
    if own:
        hit.mod = hit.mod or _MOD_OF_WORD[own["word"].lower()]
        return
    before = _BEFORE.search(text[max(previous_end, hit.start - 30):hit.start])
    if before is None:
        return
    if before["adj"] and text[hit.start:hit.start + 4].lower() == "the ":
        return  # "late the next day" is no English date
    hit.start -= len(before[0])
    hit.mod = _MOD_OF_WORD[(before["noun"] or before["span"] or before["adj"]).lower()]


def _day_part(hit: Hit, text: str, previous_end: int) -> None:
    if hit.type != "DATE" or not (hit.value and _FULL_DAY.match(hit.value)):
        return
    before = _DAY_PART_BEFORE.search(text[max(previous_end, hit.start - 25):hit.start])
    if before is None:
        return
    hit.start -= len(before[0])
    hit.value = f"{hit.value}T{_DAY_PART_CODES[before['part'].lower()] if before['part'] else 'MO'}"
    hit.type = "TIME"
