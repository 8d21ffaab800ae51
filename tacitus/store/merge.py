"""Merging reports into events: the same real-world event told by several articles.

A merge is a claim that two reports describe one real-world event, so the rule asks
for positive evidence and refuses on any conflict (a missed merge costs an analyst a
duplicate; a wrong merge destroys an event). Two per-article events merge when
(docs/store.md, "Merging"):
  * they come from different articles, with the same PLOVER type and status, and
    the same mode when both give one;
  * both have a known date, and their date intervals (a day, or the whole month or
    year a coarser date covers) are at most `window_days` apart; a report with no
    known date never merges;
  * their places agree: the same place, or one is the country the other lies in
    (two different cities never merge), or one of them names none;
  * their actors agree, and so do their recipients: a side stated in both must share
    a known actor or, failing that, a country;
  * and they share at least one participant: the same known actor on either side.
An event joins a group only when it fits every report already in it (no chaining),
and `explain` gives the reasons of every pair of a group in words.
The summary of a group keeps every casualty figure; `killed` is the largest of the
minimums (the figure every report supports at least), `killed_high` the largest maximum.
"""
from __future__ import annotations

import datetime as dt
import sqlite3
from collections import Counter
from dataclasses import dataclass
from typing import Iterable, Optional

from tacitus.store.dates import group_date

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
    first: Optional[dt.date] = None  # the date interval the report gives (a day: first == last)
    last: Optional[dt.date] = None
    names: dict = None  # actor id -> name, for the reasons given in words
    trigger: str = ""  # the trigger's words, case folded
    states: set = None  # ids of the actors that are whole states


def _load(conn: sqlite3.Connection, where: str, args: tuple) -> list[Report_]:
    rows = conn.execute(f"SELECT * FROM events WHERE {where}", args).fetchall()
    out = []
    for r in rows:
        sides: dict[str, tuple[set, set]] = {"actor": (set(), set()), "recipient": (set(), set())}
        names, states = {}, set()
        for a in conn.execute("SELECT ea.role, ea.actor_id, ac.country, ac.name, ac.kind FROM event_actors ea "
                              "JOIN actors ac ON ac.id = ea.actor_id WHERE ea.event_id = ?", (r["id"],)):
            sides[a["role"]][0].add(a["actor_id"])
            names[a["actor_id"]] = a["name"]
            if a["kind"] == "state":
                states.add(a["actor_id"])
            if a["country"]:
                sides[a["role"]][1].add(a["country"])
        first, last = date_interval(r)
        out.append(Report_(r["id"], r["article_id"], r["type"], r["mode"], r["status"], r["day"],
                           (r["place"] or "").casefold() or None, r["place_country"], bool(r["place_is_country"]),
                           r["geonameid"], sides["actor"][0], sides["recipient"][0],
                           sides["actor"][1], sides["recipient"][1], first, last, names,
                           " ".join((r["trigger"] or "").casefold().split()), states))
    return out


def date_interval(row: sqlite3.Row) -> tuple[Optional[dt.date], Optional[dt.date]]:
    """The first and last day a report's date covers: its day, else the whole week, month or
    year its TIMEX value names ("2025-04" -> April 2025); (None, None) when unknown.
    The store keeps each row's interval (`date_first`, `date_last`: seasons, quarters and
    decades too); the value is read only when those are empty."""
    if "date_first" in row.keys() and row["date_first"]:
        return dt.date.fromisoformat(row["date_first"]), dt.date.fromisoformat(row["date_last"])
    day = row["day"]
    if day:
        d = dt.date.fromisoformat(day)
        return d, d
    value = (row["date"] or "").strip()
    try:
        if len(value) == 7 and value[4] == "-":  # a month
            first = dt.date(int(value[:4]), int(value[5:7]), 1)
            following = dt.date(first.year + first.month // 12, first.month % 12 + 1, 1)
            return first, following - dt.timedelta(days=1)
        if len(value) == 4 and value.isdigit():  # a year
            return dt.date(int(value), 1, 1), dt.date(int(value), 12, 31)
        if len(value) == 8 and value[4:6] == "-W":  # an ISO week
            monday = dt.date.fromisocalendar(int(value[:4]), int(value[6:8]), 1)
            return monday, monday + dt.timedelta(days=6)
    except ValueError:
        pass
    return None, None


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


def compare(a: Report_, b: Report_, rule: MergeRule) -> tuple[bool, list[str]]:
    """Whether two reports are one event, and why (or why not), in words."""
    if a.article_id == b.article_id:
        return False, ["the same article"]
    if a.type != b.type:
        return False, [f"another type ({a.type}, {b.type})"]
    if a.status != b.status:
        return False, [f"another status ({a.status}, {b.status})"]
    if a.mode and b.mode and a.mode != b.mode:
        return False, [f"another mode ({a.mode}, {b.mode})"]
    reasons = [f"same type {a.type}" + (f" ({a.mode or b.mode})" if a.mode or b.mode else "")]
    if a.first is None or b.first is None:
        return False, ["a report without a known date"]
    gap = max((b.first - a.last).days, (a.first - b.last).days, 0)
    if gap > rule.window_days:
        return False, [f"dates {gap} days apart (window {rule.window_days})"]
    reasons.append("dates overlap" if gap == 0 else f"dates {gap} day{'s' * (gap != 1)} apart "
                   f"(window {rule.window_days})")
    place = _place(a, b)
    actors = _side(a.actors, b.actors, a.actor_countries, b.actor_countries)
    recipients = _side(a.recipients, b.recipients, a.recipient_countries, b.recipient_countries)
    if place is None:
        return False, ["different places"]
    if actors is None or recipients is None:
        return False, ["different " + ("actors" if actors is None else "recipients")]
    shared = (a.actors | a.recipients) & (b.actors | b.recipients)
    if not shared:
        return False, ["no participant in common"]
    names = {**(a.names or {}), **(b.names or {})}
    reasons.append("shared " + ", ".join(sorted(str(names.get(i, i)) for i in shared)))
    # A shared participant alone is weak (a president acts every day): one more anchor is needed.
    anchor = _anchor(a, b, place)
    if anchor is None:
        return False, reasons + ["nothing else in common (place, both sides, or the same words)"]
    reasons.append(anchor)
    return True, reasons


def _anchor(a: Report_, b: Report_, place: str) -> Optional[str]:
    """The second piece of evidence two reports with a shared participant need, in words, or None."""
    if place == "same" and not (a.place_is_country and b.place_is_country):
        return f"same place {a.place or b.place}"
    if a.actors & b.actors and a.recipients & b.recipients:
        return "the same actor and the same recipient"
    people = (a.actors | a.recipients) - (a.states or set())
    if (a.actors, a.recipients) == (b.actors, b.recipients) and people and a.trigger and a.trigger == b.trigger:
        return f"the same participants and the same words ({a.trigger!r})"
    return None


def same_event(a: Report_, b: Report_, rule: MergeRule) -> bool:
    return compare(a, b, rule)[0]


def explain(conn: sqlite3.Connection, group: int) -> list[dict]:
    """Why the reports of a merged event were taken as one event: each pair with its reasons."""
    rule = MergeRule.load(conn)
    reports = _load(conn, "merged_id = ? ORDER BY id", (group,))
    pairs = []
    for i, a in enumerate(reports):
        for b in reports[i + 1:]:
            merged, reasons = compare(a, b, rule)
            pairs.append({"events": [a.id, b.id], "articles": [a.article_id, b.article_id],
                          "merged": merged, "reasons": reasons})
    return pairs


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
    if event.first is None:
        return None  # a report without a known date stands alone
    where = "type = ? AND merged_id IS NOT NULL AND id != ? AND article_id != ?"
    args: tuple = (event.type, event.id, event.article_id)
    if event.first == event.last:
        # a dated day can only meet reports within the window, or reports of a coarser date
        where += " AND (day IS NULL OR day BETWEEN ? AND ?)"
        args += ((event.first - dt.timedelta(days=rule.window_days)).isoformat(),
                 (event.last + dt.timedelta(days=rule.window_days)).isoformat())
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

    dates = group_date(rows)
    placed = [r for r in rows if r["place"]]
    # the most specific place: a city or region before a whole country
    placed.sort(key=lambda r: (r["place_is_country"], r["id"]))
    place = placed[0] if placed else None
    killed = conn.execute("SELECT MAX(min), MAX(COALESCE(max, min)) FROM casualties c JOIN events e "
                          "ON e.id = c.event_id WHERE e.merged_id = ? AND c.kind = 'killed'", (group,)).fetchone()
    injured = conn.execute("SELECT MAX(min), MAX(COALESCE(max, min)) FROM casualties c JOIN events e "
                           "ON e.id = c.event_id WHERE e.merged_id = ? AND c.kind = 'injured'", (group,)).fetchone()
    conn.execute(
        "UPDATE merged_events SET type=?, mode=?, cameo=?, status=?, date=?, date_precision=?, day_first=?, "
        "day_last=?, date_mod=?, place=?, "
        "place_country=?, lat=?, lon=?, geonameid=?, killed=?, killed_high=?, injured=?, injured_high=?, "
        "n_reports=?, n_articles=?, confidence=? WHERE id=?",
        (rows[0]["type"], common("mode"), common("cameo"), common("status"),
         dates["date"], dates["date_precision"], dates["day_first"], dates["day_last"], dates["date_mod"],
         place["place"] if place else None, place["place_country"] if place else common("place_country"),
         place["lat"] if place else None, place["lon"] if place else None, place["geonameid"] if place else None,
         killed[0], killed[1], injured[0], injured[1],
         len(rows), len({r["article_id"] for r in rows}),
         # as sure as its surest report: another article's vaguer wording does not make it less so
         max((r["confidence"] for r in rows if r["confidence"] is not None), default=None), group))


def rebuild(conn: sqlite3.Connection, rule: MergeRule) -> int:
    """Regroup every event under `rule` (after changing the window); returns the number of groups."""
    rule.save(conn)
    conn.execute("UPDATE events SET merged_id = NULL")
    conn.execute("DELETE FROM merged_events")
    ids = [r[0] for r in conn.execute("SELECT id FROM events ORDER BY article_id, id")]
    for event_id in ids:
        assign(conn, [event_id], rule)
    return conn.execute("SELECT COUNT(*) FROM merged_events").fetchone()[0]
