"""Event counts for aggregate analysis: per country, dyad, type, week, ... of a store.

An event reported by several articles counts once (its merged group). Dimensions:
  country            where it happened (the place's country; "" when unplaced)
  admin1, admin2     the state or province (county, district) it happened in, as
                     "IN.13 Kerala" (GeoNames code and name; "" when the place is a
                     country or unknown)
  actor_country      the countries of its actors (an event counts once per country)
  recipient_country  the countries of its recipients
  dyad               actor country -> recipient country ("USA>IRN"), once per pair
  type, mode         PLOVER type and mode
  day, week, month   its first day, ISO week ("2019-W05") or month ("2019-01")
Filters are the event filters of the rest of the store (type, country, dates, ...).
"""
from __future__ import annotations

import datetime as dt
import itertools
import sqlite3
from collections import Counter, defaultdict

from tacitus.store.query import event_conditions

DIMENSIONS = ("country", "admin1", "admin2", "actor_country", "recipient_country", "dyad", "type", "mode", "day", "week", "month")


class CountsError(ValueError):
    """A dimension the counts do not know."""


def parse_by(by: str | list[str] | tuple[str, ...]) -> list[str]:
    """'country,type,week' -> ['country', 'type', 'week'], each checked."""
    dims = [d.strip().lower() for d in (by.split(",") if isinstance(by, str) else by) if d and d.strip()]
    unknown = [d for d in dims if d not in DIMENSIONS]
    if unknown or not dims:
        raise CountsError(f"--by {','.join(dims) or by!r}: expected a comma-separated list of "
                          f"{', '.join(DIMENSIONS)}")
    return list(dict.fromkeys(dims))


def counts(conn: sqlite3.Connection, by, **filters) -> list[dict]:
    """Rows of the dimensions' values and `events`, most events first."""
    dims = parse_by(by)
    where, args = event_conditions(**filters)
    groups = conn.execute(
        f"SELECT e.merged_id AS gid, MIN(e.type) AS type, MIN(e.mode) AS mode, MIN(e.day) AS day, "
        f"MAX(e.place_country) AS country, MAX(e.place_admin1_code || ' ' || e.place_admin1) AS admin1, "
        f"MAX(e.place_admin2_code || ' ' || e.place_admin2) AS admin2 "
        f"FROM events e WHERE {where} GROUP BY e.merged_id", args).fetchall()
    sides: dict[int, dict[str, set]] = defaultdict(lambda: {"actor": set(), "recipient": set()})
    if {"actor_country", "recipient_country", "dyad"} & set(dims):
        for r in conn.execute(
                f"SELECT e.merged_id AS gid, ea.role, a.country FROM events e JOIN event_actors ea ON ea.event_id = e.id "
                f"JOIN actors a ON a.id = ea.actor_id WHERE {where} AND a.country IS NOT NULL", args):
            if r["role"] in ("actor", "recipient"):
                sides[r["gid"]][r["role"]].add(r["country"])
    tally: Counter = Counter()
    for g in groups:
        values = [_values(dim, g, sides.get(g["gid"])) for dim in dims]
        for combo in itertools.product(*values):
            tally[combo] += 1
    rows = [dict(zip(dims, combo), events=n) for combo, n in tally.items()]
    rows.sort(key=lambda r: (-r["events"], [str(r[d]) for d in dims]))
    return rows


def _values(dim: str, g: sqlite3.Row, sides) -> list[str]:
    """The value(s) an event has on one dimension ("" when unknown)."""
    actors = sorted(sides["actor"]) if sides else []
    recipients = sorted(sides["recipient"]) if sides else []
    if dim == "actor_country":
        return actors or [""]
    if dim == "recipient_country":
        return recipients or [""]
    if dim == "dyad":
        pairs = [f"{a}>{r}" for a in actors or [""] for r in recipients or [""]]
        return pairs
    if dim in ("day", "week", "month"):
        return [_period(g["day"], dim)]
    return [g[dim] or ""]


def _period(day: str | None, dim: str) -> str:
    if not day:
        return ""
    if dim == "day":
        return day
    if dim == "month":
        return day[:7]
    try:
        year, week, _ = dt.date.fromisoformat(day[:10]).isocalendar()
    except ValueError:
        return ""
    return f"{year}-W{week:02d}"


def points(conn: sqlite3.Connection, **filters) -> list[dict]:
    """Events with coordinates, one per merged event, grouped by place: what a map draws."""
    where, args = event_conditions(**filters)
    rows = conn.execute(
        f"SELECT e.merged_id AS gid, MIN(e.type) AS type, MIN(e.day) AS day, e.place, e.place_country AS country, "
        f"e.lat, e.lon FROM events e WHERE {where} AND e.lat IS NOT NULL GROUP BY e.merged_id", args).fetchall()
    by_place: dict[tuple, dict] = {}
    for r in rows:
        key = (round(r["lat"], 4), round(r["lon"], 4), r["place"])
        spot = by_place.setdefault(key, {"lat": key[0], "lon": key[1], "place": r["place"], "country": r["country"],
                                         "events": 0, "types": Counter(), "ids": []})
        spot["events"] += 1
        spot["types"][r["type"]] += 1
        spot["ids"].append(r["gid"])
    out = []
    for spot in by_place.values():
        spot["types"] = dict(spot["types"].most_common())
        out.append(spot)
    return sorted(out, key=lambda s: -s["events"])
