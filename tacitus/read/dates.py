"""Publication dates given by records, feeds and pages, normalised to ISO YYYY-MM-DD."""
from __future__ import annotations

import datetime as dt
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
