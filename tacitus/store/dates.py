"""The date columns of an event or quote row, and the date of a merged event.

A row keeps the TIMEX3 value its text gave (`date`), the precision of that value
(`date_precision`: day, week, month, season, quarter, half, year, decade, century), the
first and last day it covers (`date_first`, `date_last`), whether the publication date
was assumed for it (`date_inferred`), and `day` only when the day itself is known.
A month is never stored as its first day: filters compare intervals.
"""
from __future__ import annotations

from typing import Iterable, Mapping, Optional

from tacitus.timex.period import PRECISIONS, acled_time_precision, period

COLUMNS = ("date", "date_precision", "date_first", "date_last", "date_inferred", "day", "date_mod")
MODS = ("START", "MID", "END")


def row_dates(value: Optional[str], inferred: bool = False, mod: Optional[str] = None) -> dict:
    """The date columns for one stated (or inferred) TIMEX3 value and its mod."""
    found = period(value)
    first, last = found.iso() if found else (None, None)
    return {"date": value, "date_precision": found.precision if found else None,
            "date_first": first, "date_last": last, "date_inferred": int(bool(inferred and value)),
            "day": first if found and found.precision == "day" else None,
            "date_mod": mod if found and mod in MODS else None}


def _mod(row: Mapping) -> Optional[str]:
    """A row's mod; rows read before the column existed (migration 5) have none."""
    return row["date_mod"] if "date_mod" in row.keys() else None


def rank(precision: Optional[str]) -> int:
    """Finer precisions rank lower; an unknown one last."""
    return PRECISIONS.index(precision) if precision in PRECISIONS else len(PRECISIONS)


def group_date(rows: Iterable[Mapping]) -> dict:
    """The date of a merged event from its reports' rows: the finest precision any report
    states (a stated date before an assumed one), and the days those reports cover."""
    dated = [r for r in rows if r["date_first"]]
    if not dated:
        return {"date": None, "date_precision": None, "day_first": None, "day_last": None, "date_mod": None}
    best = min((r["date_inferred"] or 0, rank(r["date_precision"])) for r in dated)
    # of equal dates, one that says which part of the period ("late March") before one that does not
    finest = sorted((r for r in dated if (r["date_inferred"] or 0, rank(r["date_precision"])) == best),
                    key=lambda r: (r["date_first"], r["date_last"], _mod(r) is None))
    first, last = finest[0]["date_first"], max(r["date_last"] for r in finest)
    precision = finest[0]["date_precision"]
    return {"date": first if precision == "day" else finest[0]["date"], "date_precision": precision,
            "day_first": first, "day_last": last, "date_mod": _mod(finest[0])}


def shown(precision: Optional[str], value: Optional[str], first: Optional[str]) -> Optional[str]:
    """How a date is shown: the day for day precision, else the value ("2025-04", "2014")."""
    if precision is None:
        return None
    return first if precision == "day" else value


def label(date: Optional[str], mod: Optional[str]) -> Optional[str]:
    """A date as people read it, its mod after it: "2025-12 (END)", "2025-04-24"."""
    return f"{date} ({mod})" if date and mod else date


def output_fields(precision: Optional[str], value: Optional[str], first: Optional[str],
                  last: Optional[str], inferred, mod: Optional[str] = None) -> dict:
    """The date fields of every output (CLI, API, exports)."""
    return {"date": shown(precision, value, first), "date_precision": precision,
            "time_precision": acled_time_precision(precision), "date_first": first, "date_last": last,
            "date_inferred": bool(inferred), "date_mod": mod if precision else None}
