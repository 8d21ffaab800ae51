"""What the timeline chart shows: one fixed colour per PLOVER type, and counts binned on a
real time axis (every day, week or month between the first and the last, empty ones too),
so that bars stand where their dates are and colours never change between views."""
from __future__ import annotations

import datetime as dt
from collections import defaultdict
from typing import Optional

# Sixteen colours from Paul Tol's colour-blind-safe schemes (bright, vibrant, muted, light,
# medium- and high-contrast), chosen so that no two are alike in normal vision or with
# deuteranopia or protanopia (tests/web/test_chart.py measures it); cooperation in blues and
# greens, verbal conflict in yellows and oranges, material conflict in reds, purples, grey, black.
TYPE_COLOURS = {
    "AGREE": "#4477AA", "CONSULT": "#332288", "SUPPORT": "#33BBEE", "CONCEDE": "#99DDFF",
    "COOPERATE": "#228833", "AID": "#44BB99", "RETREAT": "#999933",
    "REQUEST": "#EEDD88", "ACCUSE": "#EE8866", "REJECT": "#CCBB44", "THREATEN": "#EE6677",
    "SANCTION": "#994455", "PROTEST": "#AA3377", "MOBILIZE": "#DDDDDD", "COERCE": "#000000",
    "ASSAULT": "#CC3311",
}
QUAD_COLOURS = {"verbal cooperation": "#88CCEE", "material cooperation": "#117733",
                "verbal conflict": "#DDCC77", "material conflict": "#882255", "uncoded": "#BBBBBB"}
OTHER_COLOUR = "#BBBBBB"
BINS = ("day", "week", "month")


def colour(key: str) -> str:
    return TYPE_COLOURS.get(key) or QUAD_COLOURS.get(key) or OTHER_COLOUR


def choose_bin(first: dt.date, last: dt.date) -> str:
    """Days for two months or less, weeks up to two years, months beyond."""
    span = (last - first).days
    return "day" if span <= 62 else "week" if span <= 731 else "month"


def bin_start(day: dt.date, size: str) -> dt.date:
    if size == "week":
        return day - dt.timedelta(days=day.weekday())  # weeks start on Monday
    if size == "month":
        return day.replace(day=1)
    return day


def _next(start: dt.date, size: str) -> dt.date:
    if size == "month":
        return dt.date(start.year + start.month // 12, start.month % 12 + 1, 1)
    return start + dt.timedelta(days=7 if size == "week" else 1)


def binned(counts: list[dict], size: Optional[str] = None) -> dict:
    """{"bin", "bins": [{"start", "end", "label"}], "series": [{"key", "colour", "counts"}]}
    from rows of {"day", "key", "count"}; `size` (day/week/month) or chosen by the span.
    Only events dated to a day are binned, events dated to a week when the bins are weeks,
    and to a month when they are months: a month or a year is never spread over a day (the
    page lists them beside)."""
    rows = [(dt.date.fromisoformat(r["day"][:10]), r["key"], r["count"]) for r in counts if r.get("day")]
    months = [(dt.date.fromisoformat(r["period"] + "-01"), r["key"], r["count"]) for r in counts
              if r.get("precision") == "month"]
    weeks = [(_first_day(r["period"]), r["key"], r["count"]) for r in counts if r.get("precision") == "week"]
    weeks = [w for w in weeks if w[0]]
    if not rows and not months and not weeks:
        return {"bin": size or "day", "bins": [], "series": []}
    if size not in BINS:
        dates = [r[0] for r in rows or months or weeks]
        size = choose_bin(min(dates), max(dates)) if rows else "month" if months else "week"
    rows += {"month": months, "week": weeks}.get(size, [])
    if not rows:
        return {"bin": size, "bins": [], "series": []}
    first, last = min(r[0] for r in rows), max(r[0] for r in rows)
    starts, start = [], bin_start(first, size)
    while start <= last:
        starts.append(start)
        start = _next(start, size)
    index = {s: i for i, s in enumerate(starts)}
    totals: dict[str, list[int]] = defaultdict(lambda: [0] * len(starts))
    for day, key, n in rows:
        totals[str(key)][index[bin_start(day, size)]] += n
    label = {"day": "%Y-%m-%d", "week": "week of %Y-%m-%d", "month": "%Y-%m"}[size]
    bins = [{"start": s.isoformat(), "end": (_next(s, size) - dt.timedelta(days=1)).isoformat(),
             "label": s.strftime(label)} for s in starts]
    series = [{"key": k, "colour": colour(k), "counts": v} for k, v in sorted(totals.items())]
    return {"bin": size, "bins": bins, "series": series}


def not_charted(counts: list[dict], size: str) -> list[dict]:
    """The count rows `binned` left out: dated to a week (unless the bins are weeks), a month
    (unless the bins are months) or coarser."""
    def charted(r: dict) -> bool:
        return r.get("precision") == size == "month" or (r.get("precision") == size == "week"
                                                           and _first_day(r["period"]) is not None)

    return [r for r in counts if not r.get("day") and not charted(r)]


def _first_day(value: str) -> Optional[dt.date]:
    """The first day of a TIMEX3 week ("2025-W11", a weekend "2025-W11-WE"), or None."""
    from tacitus.timex.period import period

    found = period(value)
    return dt.date.fromisoformat(found.iso()[0]) if found else None
