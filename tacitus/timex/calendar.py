"""Date arithmetic the news rules need: nearest past/future occurrence, ISO weeks,
seasons, quarters, and the TIMEX3 spelling of each granularity."""
from __future__ import annotations

import datetime as dt
from typing import Callable, Optional

PAST, FUTURE = "past", "future"
# A plan told in the past ("was set to meet on Wednesday"): ahead of the clause's time, so the
# occurrence nearest the publication day, before or after it.
NEAREST = "nearest"

SEASON_OF_MONTH = {12: "WI", 1: "WI", 2: "WI", 3: "SP", 4: "SP", 5: "SP",
                   6: "SU", 7: "SU", 8: "SU", 9: "FA", 10: "FA", 11: "FA"}


def month_value(year: int, month: int) -> str:
    return f"{year:04d}-{month:02d}"


def week_value(d: dt.date) -> str:
    year, week, _ = d.isocalendar()
    return f"{year:04d}-W{week:02d}"


def shift_months(year: int, month: int, k: int) -> tuple[int, int]:
    index = year * 12 + (month - 1) + k
    return index // 12, index % 12 + 1


def safe_date(year: int, month: int, day: int) -> Optional[dt.date]:
    try:
        return dt.date(year, month, day)
    except ValueError:
        return None


def nearest_weekday(anchor: dt.date, weekday: int, direction: str, include_anchor: bool = True) -> dt.date:
    """The most recent `weekday` up to the anchor (or the next one after it when forward)."""
    if direction == FUTURE:
        delta = (weekday - anchor.weekday()) % 7
        if delta == 0 and not include_anchor:
            delta = 7
        return anchor + dt.timedelta(days=delta)
    delta = (anchor.weekday() - weekday) % 7
    if delta == 0 and not include_anchor:
        delta = 7
    return anchor - dt.timedelta(days=delta)


def nearest_yearly(anchor: dt.date, make: Callable[[int], Optional[dt.date]], direction: str,
                   include_anchor: bool = True) -> Optional[dt.date]:
    """The nearest past (or future) occurrence of a yearly date made by `make(year)`."""
    years = (anchor.year, anchor.year + 1) if direction == FUTURE else (anchor.year, anchor.year - 1)
    for year in years:
        day = make(year)
        if day is None:
            continue
        if direction == FUTURE and (day > anchor or (include_anchor and day == anchor)):
            return day
        if direction != FUTURE and (day < anchor or (include_anchor and day == anchor)):
            return day
    return None


def nearest_month(anchor: dt.date, month: int, direction: str, include_current: bool = True) -> tuple[int, int]:
    """The year of the nearest past (or future) `month`; the current month counts unless excluded."""
    if month == anchor.month and include_current:
        return anchor.year, month
    if direction == FUTURE:
        return (anchor.year if month > anchor.month else anchor.year + 1), month
    return (anchor.year if month < anchor.month else anchor.year - 1), month


SEASON_ORDER = {"SP": 0, "SU": 1, "FA": 2, "WI": 3}


def season_year(anchor: dt.date, season: str, direction: str, include_current: bool = True) -> int:
    """The year of the nearest past (or future, or either: NEAREST) season; winter belongs to
    the year it starts in. Without the current one, "last summer" said in July is the one a
    year back, and "next winter" said in January the one after this."""
    current_year = anchor.year - 1 if anchor.month in (1, 2) else anchor.year
    here = current_year * 4 + SEASON_ORDER[SEASON_OF_MONTH[anchor.month]]

    def place(year: int) -> int:
        return year * 4 + SEASON_ORDER[season]

    years = (current_year - 1, current_year, current_year + 1)
    if include_current and season == SEASON_OF_MONTH[anchor.month]:
        return current_year
    others = [year for year in years if place(year) != here]
    if direction == NEAREST:  # "said the bridge would reopen by the summer": before or after
        return min(others, key=lambda year: (abs(place(year) - here), year))
    if direction == FUTURE:
        return min((year for year in others if place(year) > here), default=current_year)
    return max((year for year in others if place(year) < here), default=current_year)
