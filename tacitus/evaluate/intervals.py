"""TIMEX3 values as day intervals, so a value can be compared with a range
("(1990-01-01,2000-01-01,P10Y)" is the decade "199")."""
from __future__ import annotations

import datetime as dt
import re
from typing import Optional

Interval = tuple[dt.date, dt.date]  # [start, end)


def interval(value: str) -> Optional[Interval]:
    try:
        if re.fullmatch(r"\d{4}-\d{2}-\d{2}", value):
            day = dt.date.fromisoformat(value)
            return day, day + dt.timedelta(days=1)
        if re.fullmatch(r"\d{4}-\d{2}", value):
            year, month = int(value[:4]), int(value[5:])
            return dt.date(year, month, 1), dt.date(year + month // 12, month % 12 + 1, 1)
        if re.fullmatch(r"\d{4}-W\d{2}", value):
            monday = dt.date.fromisocalendar(int(value[:4]), int(value[6:]), 1)
            return monday, monday + dt.timedelta(days=7)
        if re.fullmatch(r"\d{4}-Q[1-4]", value):
            year, q = int(value[:4]), int(value[-1])
            return dt.date(year, 3 * q - 2, 1), dt.date(year + (q == 4), (3 * q) % 12 + 1, 1)
        if re.fullmatch(r"\d{4}", value):
            return dt.date(int(value), 1, 1), dt.date(int(value) + 1, 1, 1)
        if re.fullmatch(r"\d{3}", value):
            return dt.date(int(value) * 10, 1, 1), dt.date(int(value) * 10 + 10, 1, 1)
        if re.fullmatch(r"\d{2}", value):
            return dt.date(int(value) * 100, 1, 1), dt.date(int(value) * 100 + 100, 1, 1)
    except ValueError:
        return None
    return None


def range_interval(text: str) -> Optional[Interval]:
    """"(2016-11-04,2016-11-23,P19D)" -> its [start, end) days."""
    m = re.fullmatch(r"\((\d{4}-\d{2}-\d{2}),(\d{4}-\d{2}-\d{2}),[^)]*\)", text or "")
    if not m:
        return None
    try:
        return dt.date.fromisoformat(m[1]), dt.date.fromisoformat(m[2])
    except ValueError:
        return None
