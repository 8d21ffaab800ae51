"""The year a counted part of it belongs to: "the first nine months of the year", "the last
three months of the year", "the first six weeks of the year".

TimeML nests no expression in another, so "the first nine months" stays the duration P9M
(the grammar's) and "the year" after it is its own DATE: the year those months belong to,
which is what dates an event told of them ("sales rose 4% in the first nine months of the
year"). A past or plain clause reports a part that has begun: the first nine months are
last year's until the publication date is past September, the last three months this year's
from October on. A forward-looking clause means the current year. In a narrative of an
earlier year ("In 2029 ... the first nine months of the year") it is that year: the
recogniser counts it from the last year the text gave when that year is earlier
(`recognize._from_reference`, unit "year of its part").
"""
from __future__ import annotations

from tacitus.timex.calendar import FUTURE
from tacitus.timex.grammar import _hit, rule
from tacitus.timex.words import COMPOUND_NUMBER_RE, number_value

_MONTHS_IN = {"day": 1 / 30, "week": 0.25, "month": 1, "quarter": 3}


@rule(rf"\b(?P<which>first|last|final|opening|closing)\s+(?P<n>{COMPOUND_NUMBER_RE})\s+(?P<unit>days|weeks|months|quarters)"
      r"\s+of\s+(?P<x>the\s+(?:calendar\s+|current\s+)?year)\b(?![\s-]+(?:earlier|before|ago|after|later))")
def year_of_its_part(m, scope):
    """"the first nine months of the year": the year (TIMEX3 DATE) those months belong to."""
    amount = number_value(m["n"])
    if scope.anchor is None or amount is None:
        return _hit(m, None, "year", group="x")
    months = amount * _MONTHS_IN[m["unit"][:-1].lower()]
    first_part = m["which"].lower() in ("first", "opening")
    year = scope.anchor.year
    looks_ahead = scope.direction(m.start("x"), m.end("x")) == FUTURE
    if not looks_ahead:
        # the part must have begun (its last month at least) by the publication date
        begun = scope.anchor.month >= months if first_part else scope.anchor.month > 12 - months
        year -= 0 if begun else 1
    hit = _hit(m, f"{year:04d}", "year", group="x")
    if not looks_ahead:
        hit.reference = ("year of its part", 0)
    return hit
