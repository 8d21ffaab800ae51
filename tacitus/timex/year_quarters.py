"""A quarter or half after its year: "the 1989 third quarter", "1988's fourth quarter", "the
1990 first half", "the 1989 first-quarter results".

Financial news puts the year before the quarter as often as after it ("the third quarter of
1989", the grammar's). Read apart, the year stood alone and the quarter took the publication
year; TimeML puts the premodifiers of the head in the expression, so the whole phrase is one
DATE of that year (1989-Q3, 1990-H1). Registered in the grammar's rule list on import.
"""
from __future__ import annotations

from tacitus.timex.grammar import _hit, rule

_NUMBER = {"first": 1, "1st": 1, "second": 2, "2nd": 2, "third": 3, "3rd": 3, "fourth": 4, "4th": 4, "final": 4}


@rule(r"\b(?:the\s+)?(?P<y>(?:1[6-9]|20)\d\d)(?:['’]s)?\s+(?P<o>first|second|third|fourth|final|1st|2nd|3rd|4th)"
      r"[\s-]+(?P<u>quarter|half)\b")
def year_then_quarter(m, scope):
    """"the 1989 third quarter" 1989-Q3, "the 1990 first half" 1990-H1."""
    number = _NUMBER[m["o"].lower()]
    if m["u"].lower() == "half":
        if number > 2 or m["o"].lower() == "final":
            return None
        return _hit(m, f"{m['y']}-H{number}", "half")
    return _hit(m, f"{m['y']}-Q{number}", "quarter")
