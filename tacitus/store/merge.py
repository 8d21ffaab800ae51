"""Merging reports into events: the same real-world event told by several articles.

Two per-article events are reports of one event when (docs/store.md, "Merging"):
  * they come from different articles, with the same PLOVER type and status, and
    the same mode when both give one;
  * their days are at most `window_days` apart (an unknown day does not block);
  * their places agree: the same place, or one is the country the other lies in
    (two different cities never merge);
  * their actors agree, and so do their recipients: a side stated in both must
    share a known actor or, failing that, a country;
  * and something anchors them: the same specific place, or a shared known actor.
An event joins a group only when it fits every report already in it (no chaining).
The summary of a group keeps every casualty figure; `killed` is the largest of the
minimums (the figure every report supports at least), `killed_high` the largest maximum.
"""
from __future__ import annotations

import datetime as dt
import sqlite3
from collections import Counter
from dataclasses import dataclass
from typing import Iterable, Optional

DEFAULT_WINDOW_DAYS = 2


@dataclass
class MergeRule:
    window_days: int = DEFAULT_WINDOW_DAYS

    @classmethod
    def load(cls, conn: sqlite3.Connection) -> "MergeRule":
        row = conn.execute("SELECT value FROM settings WHERE key = 'merge_window_days'").fetchone()
        return cls(int(row["value"])) if row else cls()

    def save(self, conn: sqlite3.Connection) -> None:
        conn.execute("INSERT OR REPLACE INTO settings(key, value) VALUES ('merge_window_days', ?)",
                     (str(self.window_days),))


@dataclass
class Report_:
    """What the rule compares of one per-article event."""

    id: int
    article_id: int
    type: str
    mode: Optional[str]
    status: Optional[str]
    day: Optional[str]
    place: Optional[str]
    place_country: Optional[str]
    place_is_country: bool
    geonameid: Optional[int]
    actors: set[int]
    recipients: set[int]
    actor_countries: set[str]
    recipient_countries: set[str]


def _load(conn: sqlite3.Connection, where: str, args: tuple) -> list[Report_]:
    rows = conn.execute(f"SELECT * FROM events WHERE {where}", args).fetchall()
    out = []
    for r in rows:
        sides: dict[str, tuple[set, set]] = {"actor": (set(), set()), "recipient": (set(), set())}
        for a in conn.execute("SELECT ea.role, ea.actor_id, ac.country FROM event_actors ea "
                              "JOIN actors ac ON ac.id = ea.actor_id WHERE ea.event_id = ?", (r["id"],)):
            sides[a["role"]][0].add(a["actor_id"])
            if a["country"]:
                sides[a["role"]][1].add(a["country"])
        out.append(Report_(r["id"], r["article_id"], r["type"], r["mode"], r["status"], r["day"],
                           (r["place"] or "").casefold() or None, r["place_country"], bool(r["place_is_country"]),
                           r["geonameid"], sides["actor"][0], sides["recipient"][0],
                           sides["actor"][1], sides["recipient"][1]))
    return out


def _place(a: Report_, b: Report_) -> Optional[str]:
    """'same', 'within' (country vs a place in it), 'unknown', or None for a conflict."""
    if not a.place or not b.place:
        return "unknown"
    if (a.geonameid and a.geonameid == b.geonameid) or a.place == b.place:
        return "same"
    if a.place_is_country and a.place_country == b.place_country:
        return "within"
    if b.place_is_country and b.place_country == a.place_country:
        return "within"
    return None


def _side(ids_a: set, ids_b: set, ctry_a: set, ctry_b: set) -> Optional[str]:
    """'shared' (a known actor in common), 'country', 'open' (a side not stated), or None."""
    if not ids_a or not ids_b:
        return "open"
    if ids_a & ids_b:
        return "shared"
    if ctry_a and ctry_b and ctry_a & ctry_b:
        return "country"
    return None


def same_event(a: Report_, b: Report_, rule: MergeRule) -> bool:
    if a.article_id == b.article_id or a.type != b.type or a.status != b.status:
        return False
    if a.mode and b.mode and a.mode != b.mode:
        return False
    if a.day and b.day:
        gap = abs((dt.date.fromisoformat(a.day) - dt.date.fromisoformat(b.day)).days)
        if gap > rule.window_days:
            return False
    place = _place(a, b)
    actors = _side(a.actors, b.actors, a.actor_countries, b.actor_countries)
    recipients = _side(a.recipients, b.recipients, a.recipient_countries, b.recipient_countries)
    if place is None or actors is None or recipients is None:
        return False
    return place == "same" or "shared" in (actors, recipients)


def assign(conn: sqlite3.Connection, event_ids: Iterable[int], rule: MergeRule) -> set[int]:
    """Put each event in the group of its event, or a new group; returns the groups touched."""
    touched: set[int] = set()
    for event in _load(conn, f"id IN ({','.join(str(int(i)) for i in event_ids) or 'NULL'})", ()):
        group = _find_group(conn, event, rule)
        if group is None:
            group = conn.execute("INSERT INTO merged_events(type) VALUES (?)", (event.type,)).lastrowid
        conn.execute("UPDATE events SET merged_id = ? WHERE id = ?", (group, event.id))
        touched.add(group)
    for group in touched:
        refresh(conn, group)
    return touched


def _find_group(conn: sqlite3.Connection, event: Report_, rule: MergeRule) -> Optional[int]:
    """The largest group whose every report fits this event, or None."""
    where = "type = ? AND merged_id IS NOT NULL AND id != ?"
    args: tuple = (event.type, event.id)
    if event.day:
        day = dt.date.fromisoformat(event.day)
        where += " AND (day IS NULL OR day BETWEEN ? AND ?)"
        args += ((day - dt.timedelta(days=rule.window_days)).isoformat(),
                 (day + dt.timedelta(days=rule.window_days)).isoformat())
    groups = {r[0] for r in conn.execute(f"SELECT DISTINCT merged_id FROM events WHERE {where}", args)}
    fitting = []
    for group in groups:
        reports = _load(conn, "merged_id = ?", (group,))
        if all(same_event(event, m, rule) for m in reports):
            fitting.append((-len(reports), group))
    return min(fitting)[1] if fitting else None


def refresh(conn: sqlite3.Connection, group: int) -> None:
    """Recompute a group's summary from its reports (or drop an empty group)."""
    rows = conn.execute("SELECT * FROM events WHERE merged_id = ? ORDER BY id", (group,)).fetchall()
    if not rows:
        conn.execute("DELETE FROM merged_events WHERE id = ?", (group,))
        return

    def common(column: str):
        values = Counter(r[column] for r in rows if r[column])
        return values.most_common(1)[0][0] if values else None

    days = sorted(r["day"] for r in rows if r["day"])
    placed = [r for r in rows if r["place"]]
    # the most specific place: a city or region before a whole country
    placed.sort(key=lambda r: (r["place_is_country"], r["id"]))
    place = placed[0] if placed else None
    killed = conn.execute("SELECT MAX(min), MAX(COALESCE(max, min)) FROM casualties c JOIN events e "
                          "ON e.id = c.event_id WHERE e.merged_id = ? AND c.kind = 'killed'", (group,)).fetchone()
    injured = conn.execute("SELECT MAX(min), MAX(COALESCE(max, min)) FROM casualties c JOIN events e "
                           "ON e.id = c.event_id WHERE e.merged_id = ? AND c.kind = 'injured'", (group,)).fetchone()
    conn.execute(
        "UPDATE merged_events SET type=?, mode=?, cameo=?, status=?, day_first=?, day_last=?, place=?, "
        "place_country=?, lat=?, lon=?, geonameid=?, killed=?, killed_high=?, injured=?, injured_high=?, "
        "n_reports=?, n_articles=? WHERE id=?",
        (rows[0]["type"], common("mode"), common("cameo"), common("status"),
         days[0] if days else None, days[-1] if days else None,
         place["place"] if place else None, place["place_country"] if place else common("place_country"),
         place["lat"] if place else None, place["lon"] if place else None, place["geonameid"] if place else None,
         killed[0], killed[1], injured[0], injured[1],
         len(rows), len({r["article_id"] for r in rows}), group))


def rebuild(conn: sqlite3.Connection, rule: MergeRule) -> int:
    """Regroup every event under `rule` (after changing the window); returns the number of groups."""
    rule.save(conn)
    conn.execute("UPDATE events SET merged_id = NULL")
    conn.execute("DELETE FROM merged_events")
    ids = [r[0] for r in conn.execute("SELECT id FROM events ORDER BY article_id, id")]
    for event_id in ids:
        assign(conn, [event_id], rule)
    return conn.execute("SELECT COUNT(*) FROM merged_events").fetchone()[0]
