"""The few reads the explorer needs beyond the store's API: which article and
which local id (the Report's "e3", "q2") a stored event or quote row came from,
so that a list entry can link to its evidence in the article page.
Read-only, parameterised SQL against the store's schema."""
from __future__ import annotations

import sqlite3


def _local_ids(conn: sqlite3.Connection, table: str, ids: list[int]) -> dict[int, dict]:
    if not ids:
        return {}
    marks = ",".join("?" * len(ids))
    rows = conn.execute(f"SELECT t.id, t.local_id, a.key FROM {table} t JOIN articles a ON a.id = t.article_id "
                        f"WHERE t.id IN ({marks})", ids)
    return {r[0]: {"local_id": r[1], "article": r[2]} for r in rows}


def link_events(conn: sqlite3.Connection, events: list[dict]) -> list[dict]:
    """Add `evidence` ([{"article": key, "local_id": "e1"}, ...]) to each event dict."""
    found = _local_ids(conn, "events", [i for e in events for i in e.get("event_ids", [])])
    for e in events:
        e["evidence"] = [found[i] for i in e.get("event_ids", []) if i in found]
    return events


def link_quotes(conn: sqlite3.Connection, quotes: list[dict]) -> list[dict]:
    """Add `evidence` ({"article": key, "local_id": "q1"}) to each quote dict."""
    found = _local_ids(conn, "quotes", [q["id"] for q in quotes])
    for q in quotes:
        q["evidence"] = found.get(q["id"])
    return quotes
