"""Weeks named by their place in a month or by one of their days: "the first week of March",
"the last week of January 2030", "the second week of the month", "the week of March 3".

TIMEX3 gives a week as an ISO week (2031-W10). A month's n-th week is read as ISO reads a
year's first week: the week that holds the month's n-th Thursday (so that most of its days
are in the month); its last week holds its last Thursday. "the week of March 3" is the week
that holds March 3. The month or day is the expression the grammar found; this widens it to
the whole phrase, replacing any reading of "the last week" on its own.
"""
from __future__ import annotations

import datetime as dt
import re
from typing import Optional

from tacitus.timex import calendar as cal
from tacitus.timex.grammar import Hit

_ORDINAL_WEEK = re.compile(r"\b(?:the\s+)?(?:very\s+)?(?P<n>first|second|third|fourth|fifth|last|final|1st|2nd|3rd|4th)"
                           r"\s+week\s+of\s+(?:the\s+month\s+of\s+)?$", re.I)
_WEEK_OF_DAY = re.compile(r"\bthe\s+week\s+of\s+$", re.I)
_NUMBERS = {"first": 1, "1st": 1, "second": 2, "2nd": 2, "third": 3, "3rd": 3, "fourth": 4, "4th": 4, "fifth": 5}
_MONTH = re.compile(r"(?P<y>\d{4})-(?P<m>\d{2})$")
_DAY = re.compile(r"\d{4}-\d{2}-\d{2}$")


def with_month_weeks(hits: list[Hit], text: str) -> list[Hit]:
    """`hits` (in text order) with the weeks of months read as one week each."""
    out: list[Hit] = []
    for hit in hits:
        window_start = max(0, hit.start - 40)
        before = text[window_start:hit.start]
        week, start = None, hit.start
        month = _MONTH.match(hit.value or "") if hit.type == "DATE" and hit.granularity == "month" else None
        ordinal = _ORDINAL_WEEK.search(before) if month and not hit.mod else None
        if ordinal is not None:
            week = _nth_week(int(month["y"]), int(month["m"]), ordinal["n"].lower())
            start = window_start + ordinal.start()
        elif hit.type == "DATE" and _DAY.match(hit.value or ""):
            of_day = _WEEK_OF_DAY.search(before)
            if of_day is not None:
                week = cal.week_value(dt.date.fromisoformat(hit.value))
                start = window_start + of_day.start()
        if week is None:
            out.append(hit)
            continue
        while out and out[-1].end > start:  # "The last week" of "The last week of January", read alone
            start = min(start, out.pop().start)
        out.append(Hit(start, hit.end, week, "week", "DATE"))
    return out


def _nth_week(year: int, month: int, n: str) -> Optional[str]:
    thursdays = [d for d in (cal.safe_date(year, month, day) for day in range(1, 32))
                 if d is not None and d.month == month and d.weekday() == 3]
    number = _NUMBERS.get(n)  # None: "last", "final"
    if number is not None and number > len(thursdays):
        return None  # "the fifth week of February" in a year with four Thursdays in it
    return cal.week_value(thursdays[-1] if number is None else thursdays[number - 1])
