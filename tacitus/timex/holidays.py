"""Holiday dates by rule (lexicon `holidays.yaml`): fixed days, Easter-based movable
feasts (python-dateutil), n-th weekday rules, and Islamic dates by the tabular calendar."""
from __future__ import annotations

import datetime as dt
import functools
from typing import Callable, Optional

from dateutil.easter import EASTER_ORTHODOX, EASTER_WESTERN, easter

from tacitus import lexicons


@lexicons.cached
def holiday_names() -> dict[str, str]:
    """Every name a holiday goes by -> its key in the lexicon."""
    return {name: key for key, spec in lexicons.load("holidays.yaml").items() for name in spec["names"]}


def date_maker(key: str) -> Callable[[int], Optional[dt.date]]:
    """A function year -> the holiday's date in that (Gregorian) year."""
    spec = lexicons.load("holidays.yaml")[key]
    return functools.partial(holiday_date, spec)


def holiday_date(spec: dict, year: int) -> Optional[dt.date]:
    if "fixed" in spec:
        month, day = (int(p) for p in spec["fixed"].split("-"))
        return dt.date(year, month, day)
    if "easter" in spec:
        return easter(year, EASTER_WESTERN) + dt.timedelta(days=spec["easter"])
    if "orthodox_easter" in spec:
        return easter(year, EASTER_ORTHODOX) + dt.timedelta(days=spec["orthodox_easter"])
    if "nth_weekday" in spec:
        return nth_weekday(year, *spec["nth_weekday"])
    if "after_nth_weekday" in spec:
        month, weekday, n, days = spec["after_nth_weekday"]
        return nth_weekday(year, month, weekday, n) + dt.timedelta(days=days)
    if "hijri" in spec:
        month, day = (int(p) for p in spec["hijri"].split("-"))
        return hijri_in_gregorian_year(year, month, day)
    return None


def nth_weekday(year: int, month: int, weekday: int, n: int) -> dt.date:
    if n > 0:
        first = dt.date(year, month, 1)
        return first + dt.timedelta(days=(weekday - first.weekday()) % 7 + 7 * (n - 1))
    last = dt.date(year + (month == 12), month % 12 + 1, 1) - dt.timedelta(days=1)
    return last - dt.timedelta(days=(last.weekday() - weekday) % 7 + 7 * (-n - 1))


# Tabular Islamic calendar (the common 30-year cycle): day 1 of 1 Muharram AH 1 = JDN 1948440.
_ISLAMIC_EPOCH = 1948440


def hijri_to_gregorian(hyear: int, hmonth: int, hday: int) -> dt.date:
    jdn = (hday + int(29.5 * (hmonth - 1) + 0.99) + (hyear - 1) * 354
           + (3 + 11 * hyear) // 30 + _ISLAMIC_EPOCH - 1)
    return dt.date.fromordinal(jdn - 1721425)


def hijri_in_gregorian_year(year: int, hmonth: int, hday: int) -> Optional[dt.date]:
    """The first occurrence of a Hijri month/day inside Gregorian `year`."""
    approx_hyear = int((year - 622) * 33 / 32)
    for hyear in range(approx_hyear - 1, approx_hyear + 3):
        day = hijri_to_gregorian(hyear, hmonth, hday)
        if day.year == year:
            return day
    return None
