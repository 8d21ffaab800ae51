"""Publication dates given by records, feeds and pages, normalised to ISO YYYY-MM-DD."""
from __future__ import annotations

import datetime as dt
import re
import time


def iso_date(value) -> str | None:
    """YYYY-MM-DD for a date given as text ("2025-04-24", "2025-04-24T09:30:00Z",
    "Thu, 24 Apr 2025 09:30:00 GMT"), a date/datetime or a time.struct_time.
    None for an empty value; ValueError when it is not a date."""
    if value is None or value == "":
        return None
    if isinstance(value, dt.datetime):
        return value.date().isoformat()
    if isinstance(value, dt.date):
        return value.isoformat()
    if isinstance(value, time.struct_time):
        return dt.date(value.tm_year, value.tm_mon, value.tm_mday).isoformat()
    if not isinstance(value, str):
        raise ValueError(f"{value!r} is not a date")
    text = value.strip()
    try:
        return dt.date.fromisoformat(text[:10]).isoformat()
    except ValueError:
        pass
    from dateutil import parser

    try:
        # A fixed default keeps missing parts from being filled in from today's date.
        parsed = parser.parse(text, default=dt.datetime(1, 1, 1))
    except (ValueError, OverflowError):
        raise ValueError(f"{value!r} is not a date") from None
    if parsed.year == 1:
        raise ValueError(f"{value!r} has no year")
    return parsed.date().isoformat()


# A date written in a file name: "2025-04-24-kyiv.txt", "report_2025_04_24.html", "20250424-wire.txt".
_NAME_DATE = re.compile(r"(?<!\d)(?P<y>(?:19|20)\d\d)(?P<sep>[-_.]?)(?P<m>0[1-9]|1[0-2])(?P=sep)(?P<d>0[1-9]|[12]\d|3[01])(?!\d)")


def date_in_name(name: str) -> str | None:
    """The ISO date a file name carries, or None (a compact YYYYMMDD only as a separate word)."""
    for m in _NAME_DATE.finditer(name):
        if not m["sep"] and re.match(r"[A-Za-z0-9]", name[m.end():m.end() + 1]):
            continue  # "202504241030" is an id or a time stamp, not a day
        try:
            return dt.date(int(m["y"]), int(m["m"]), int(m["d"])).isoformat()
        except ValueError:
            continue
    return None


def missing_date_warning(article) -> str | None:
    """The one line to print for an article that has no publication date, else None."""
    if article.published:
        return None
    return (f"{article.source or article.id}: no publication date (give --published YYYY-MM-DD); "
            f"relative dates (\"on Monday\") stay unresolved and undated events get no date")
