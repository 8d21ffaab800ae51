"""The watch tables of the store (schema migration 3): what a restart resumes from.

* `watch_feeds`: per feed, the ETag / Last-Modified of its last answer (for the next
  conditional GET), when it last succeeded, how many rounds in a row it failed and when
  it may be asked again.
* `watch_links`: every link a feed listed. A link is written here as 'pending' in the
  same transaction that records the feed's new validators, and becomes 'stored' only
  after its article is committed. So a run killed at any point loses nothing (pending
  links are fetched by the next run even when the feed then answers 304) and doubles
  nothing (a link whose article is already stored is marked, not fetched again).
"""
from __future__ import annotations

import datetime as dt
import json
import sqlite3
from dataclasses import dataclass, field

from tacitus.store import db

MAX_LINK_TRIES = 3  # rounds a link that fails for a passing reason (timeout, 503) is tried in
MAX_FEED_BACKOFF = dt.timedelta(days=1)


@dataclass
class FeedState:
    url: str
    etag: str | None = None
    last_modified: str | None = None
    failures: int = 0
    next_try: dt.datetime | None = None
    last_success: str | None = None


@dataclass
class Link:
    link: str
    meta: dict = field(default_factory=dict)
    feed: str | None = None


def iso(when: dt.datetime) -> str:
    return when.astimezone(dt.timezone.utc).isoformat(timespec="seconds")


def feed_states(conn: sqlite3.Connection, feeds: list[str]) -> dict[str, FeedState]:
    rows = {r["url"]: r for r in conn.execute("SELECT * FROM watch_feeds")}
    states = {}
    for url in feeds:
        r = rows.get(url)
        states[url] = FeedState(url) if r is None else FeedState(
            url, r["etag"], r["last_modified"], r["failures"],
            dt.datetime.fromisoformat(r["next_try"]) if r["next_try"] else None, r["last_success"])
    return states


def record_listing(conn: sqlite3.Connection, feed: str, links: list[Link], etag: str | None,
                   last_modified: str | None, now: dt.datetime) -> int:
    """A feed answered: its links not seen before become pending, and its validators are
    kept, in one transaction. Returns how many links are new."""
    with db.transaction(conn):
        new = 0
        for link in links:
            state = "stored" if is_stored(conn, link.link) else "pending"  # e.g. by `tacitus ingest URL`
            added = conn.execute(
                "INSERT OR IGNORE INTO watch_links(url, feed, state, meta, found_at) VALUES (?,?,?,?,?)",
                (link.link, feed, state, json.dumps(link.meta, ensure_ascii=False), iso(now))).rowcount
            new += added if state == "pending" else 0
        _feed_ok(conn, feed, etag, last_modified, now)
    return new


def record_unchanged(conn: sqlite3.Connection, feed: str, etag: str | None, last_modified: str | None,
                     now: dt.datetime) -> None:
    """A feed answered 304 Not Modified: a success; its validators stay (or are refreshed)."""
    with db.transaction(conn):
        _feed_ok(conn, feed, etag, last_modified, now, keep_validators=True)


def _feed_ok(conn, feed, etag, last_modified, now, keep_validators=False) -> None:
    stamp = iso(now)
    conn.execute(
        "INSERT INTO watch_feeds(url, etag, last_modified, last_checked, last_success, failures) "
        "VALUES (?,?,?,?,?,0) ON CONFLICT(url) DO UPDATE SET "
        + ("etag = COALESCE(excluded.etag, etag), last_modified = COALESCE(excluded.last_modified, last_modified), "
           if keep_validators else "etag = excluded.etag, last_modified = excluded.last_modified, ")
        + "last_checked = excluded.last_checked, last_success = excluded.last_success, failures = 0, "
          "next_try = NULL, last_error = NULL",
        (feed, etag, last_modified, stamp, stamp))
    conn.execute("DELETE FROM errors WHERE source = ?", (feed,))  # `tacitus errors` shows only what still fails


def record_failure(conn: sqlite3.Connection, feed: str, problem: str, now: dt.datetime,
                   backoff: dt.timedelta, run_id: int | None) -> tuple[int, dt.datetime]:
    """A feed failed again: count it, put off its next try (doubling each time: the next
    round, then every 2nd, 4th, ... round, at most a day) and report it in `errors`.
    Returns (consecutive failures, next try)."""
    with db.transaction(conn):
        row = conn.execute("SELECT failures FROM watch_feeds WHERE url = ?", (feed,)).fetchone()
        failures = (row["failures"] if row else 0) + 1
        next_try = now + min(MAX_FEED_BACKOFF, backoff * 2 ** (failures - 1))
        conn.execute(
            "INSERT INTO watch_feeds(url, last_checked, failures, next_try, last_error) VALUES (?,?,?,?,?) "
            "ON CONFLICT(url) DO UPDATE SET last_checked = excluded.last_checked, failures = excluded.failures, "
            "next_try = excluded.next_try, last_error = excluded.last_error",
            (feed, iso(now), failures, iso(next_try), problem))
        reason = (f"feed failed {failures} time{'s' if failures > 1 else ''} in a row: {problem}; "
                  f"next try after {iso(next_try)}")
        conn.execute("INSERT INTO errors(source, reason, run_id, at) VALUES (?,?,?,?) ON CONFLICT(source) "
                     "DO UPDATE SET reason = excluded.reason, run_id = excluded.run_id, at = excluded.at",
                     (feed, reason, run_id, iso(now)))
    return failures, next_try


def pending_links(conn: sqlite3.Connection) -> list[Link]:
    """Links still to fetch, oldest first (from this round and any run that stopped early)."""
    return [Link(r["url"], json.loads(r["meta"] or "{}"), r["feed"])
            for r in conn.execute("SELECT url, meta, feed FROM watch_links WHERE state = 'pending' "
                                  "ORDER BY found_at, rowid")]


def is_stored(conn: sqlite3.Connection, url: str) -> bool:
    return conn.execute("SELECT 1 FROM articles WHERE key = ?", (url,)).fetchone() is not None


def link_stored(conn: sqlite3.Connection, url: str, now: dt.datetime) -> None:
    with db.transaction(conn):
        conn.execute("UPDATE watch_links SET state = 'stored', tried_at = ? WHERE url = ?", (iso(now), url))


def link_failed(conn: sqlite3.Connection, url: str, transient: bool, now: dt.datetime) -> bool:
    """Count a failed try; returns True when the link is given up (the answer will not
    change, or it failed MAX_LINK_TRIES rounds)."""
    with db.transaction(conn):
        row = conn.execute("SELECT tries FROM watch_links WHERE url = ?", (url,)).fetchone()
        tries = (row["tries"] if row else 0) + 1
        given_up = not transient or tries >= MAX_LINK_TRIES
        conn.execute("UPDATE watch_links SET tries = ?, tried_at = ?, state = ? WHERE url = ?",
                     (tries, iso(now), "failed" if given_up else "pending", url))
    return given_up
