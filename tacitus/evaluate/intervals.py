"""TIMEX3 values as day intervals, so a value can be compared with a range
("(1990-01-01,2000-01-01,P10Y)" is the decade "199")."""
from __future__ import annotations

import datetime as dt
import re
from typing import Optional

from tacitus.timex.period import period

Interval = tuple[dt.date, dt.date]  # [start, end)


def interval(value: str) -> Optional[Interval]:
    """The [start, end) days of a date value; a value with a time of day is no interval here."""
    found = period(value) if "T" not in value else None
    return (found.first, found.last + dt.timedelta(days=1)) if found else None


def range_interval(text: str) -> Optional[Interval]:
    """"(2016-11-04,2016-11-23,P19D)" -> its [start, end) days."""
    m = re.fullmatch(r"\((\d{4}-\d{2}-\d{2}),(\d{4}-\d{2}-\d{2}),[^)]*\)", text or "")
    if not m:
        return None
    try:
        return dt.date.fromisoformat(m[1]), dt.date.fromisoformat(m[2])
    except ValueError:
        return None
