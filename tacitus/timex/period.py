"""A TIMEX3 date value as the stretch of days it names: its precision and its first and
last day ("2025-04" is the month, 2025-04-01 .. 2025-04-30).

The store keeps these three beside the value, so a month or a year is never forced onto a
day, and date filters compare intervals. Values that name no stretch of the calendar
(durations "P3Y", sets, "PRESENT_REF", underspecified "XXXX-05") have no period.
"""
from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass
from typing import Optional

# From finest to coarsest; "day" also covers a value with a time of day ("2025-04-24T16:20").
PRECISIONS = ("day", "week", "month", "season", "quarter", "half", "year", "decade", "century")

# ACLED's time_precision: 1 the day is known, 2 a week or a few days, 3 a month or coarser.
_ACLED = {"day": 1, "week": 2}

_SEASON_MONTHS = {"SP": (3, 5), "SU": (6, 8), "FA": (9, 11), "WI": (12, 14)}  # winter runs into the next year


@dataclass(frozen=True)
class Period:
    precision: str
    first: dt.date
    last: dt.date

    def iso(self) -> tuple[str, str]:
        return self.first.isoformat(), self.last.isoformat()


def acled_time_precision(precision: Optional[str]) -> Optional[int]:
    """1 (day), 2 (week) or 3 (month or coarser), as ACLED codes `time_precision`."""
    if precision is None:
        return None
    return _ACLED.get(precision, 3)


def _month_end(year: int, month: int) -> dt.date:
    year, month = year + (month - 1) // 12, (month - 1) % 12 + 1
    following = dt.date(year + (month == 12), month % 12 + 1, 1)
    return following - dt.timedelta(days=1)


def _months(precision: str, year: int, first_month: int, last_month: int) -> Period:
    return Period(precision, dt.date(year, first_month, 1), _month_end(year, last_month))


def period(value: Optional[str]) -> Optional[Period]:
    """The days a TIMEX3 date value covers, or None when it names no stretch of days."""
    if not value:
        return None
    try:
        return _period(value.strip())
    except ValueError:  # a day that does not exist ("2025-02-30"), a week 54
        return None


def _period(value: str) -> Optional[Period]:
    m = re.fullmatch(r"(\d{4})-(\d{2})-(\d{2})(?:T.*)?", value)
    if m:
        day = dt.date(int(m[1]), int(m[2]), int(m[3]))
        return Period("day", day, day)
    m = re.fullmatch(r"(\d{4})-W(\d{2})(-WE)?", value)
    if m:
        monday = dt.date.fromisocalendar(int(m[1]), int(m[2]), 1)
        if m[3]:  # the weekend: Saturday and Sunday
            return Period("week", monday + dt.timedelta(days=5), monday + dt.timedelta(days=6))
        return Period("week", monday, monday + dt.timedelta(days=6))
    m = re.fullmatch(r"(\d{4})-(\d{2})", value)
    if m:
        return _months("month", int(m[1]), int(m[2]), int(m[2]))
    m = re.fullmatch(r"(\d{4})-(SP|SU|FA|WI)", value)
    if m:
        return _months("season", int(m[1]), *_SEASON_MONTHS[m[2]])
    m = re.fullmatch(r"(\d{4})-Q([1-4])", value)
    if m:
        q = int(m[2])
        return _months("quarter", int(m[1]), 3 * q - 2, 3 * q)
    m = re.fullmatch(r"(\d{4})-H([12])", value)
    if m:
        h = int(m[2])
        return _months("half", int(m[1]), 6 * h - 5, 6 * h)
    if re.fullmatch(r"\d{4}", value):
        return _months("year", int(value), 1, 12)
    if re.fullmatch(r"\d{3}", value):
        return Period("decade", dt.date(int(value) * 10, 1, 1), dt.date(int(value) * 10 + 9, 12, 31))
    if re.fullmatch(r"\d{2}", value):
        start = max(int(value) * 100, 1)
        return Period("century", dt.date(start, 1, 1), dt.date(int(value) * 100 + 99, 12, 31))
    return None


def bound(value: Optional[str], side: str) -> Optional[str]:
    """A user's date filter as a day: the first day of "2025-05" for `side` "from", its last
    day for "to". ValueError when the value is no date, month, year (or other period)."""
    if value is None or value == "":
        return None
    found = period(str(value))
    if found is None:
        raise ValueError(f"{value!r}: expected a date as YYYY-MM-DD, YYYY-MM or YYYY")
    return (found.first if side == "from" else found.last).isoformat()
