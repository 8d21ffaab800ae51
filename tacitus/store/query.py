"""Read-only queries over a store: events, quotes, actors, timelines, networks.

Filters are SQL conditions over the per-article `events` rows; asking for merged
events returns each group whose reports match, once, so nothing is counted twice.
"""
from __future__ import annotations

import json
import sqlite3
from typing import Any, Optional

from tacitus.store import cameo
from tacitus.store.dates import output_fields
from tacitus.store.filters import EVENTS, QUOTES, actor_match, fts


def event_conditions(**filters) -> tuple[str, list]:
    """The SQL condition over `events e` of the event filters (tacitus.store.filters.EVENTS)."""
    return EVENTS.where(filters)


def _people(conn: sqlite3.Connection, event_ids: list[int], role: str) -> list[dict]:
    marks = ",".join("?" * len(event_ids))
    rows = conn.execute(f"SELECT DISTINCT ac.id, ac.name, ac.country, ac.sector FROM event_actors ea "
                        f"JOIN actors ac ON ac.id = ea.actor_id WHERE ea.role = ? AND ea.event_id IN ({marks}) "
                        f"ORDER BY ac.name", [role, *event_ids]).fetchall()
    return [dict(r) for r in rows]


def _event_dict(conn: sqlite3.Connection, head: sqlite3.Row, reports: list[sqlite3.Row], merged: bool) -> dict:
    ids = [r["id"] for r in reports]
    actors, recipients = _people(conn, ids, "actor"), _people(conn, ids, "recipient")
    first = reports[0]
    code = head["cameo"] or cameo.code_for(head["type"], head["mode"])
    out = {
        "id": head["id"], "merged": merged, "type": head["type"], "mode": head["mode"], "cameo": code,
        "cameo_name": cameo.name(code),
        "quad_class": cameo.quad_class(code), "goldstein": cameo.goldstein(code), "status": head["status"],
        "confidence": head["confidence"],  # a merged event: the highest of its reports
        **(output_fields(head["date_precision"], head["date"], head["day_first"], head["day_last"],
                         all(r["date_inferred"] for r in reports), head["date_mod"]) if merged else
           output_fields(first["date_precision"], first["date"], first["date_first"], first["date_last"],
                         first["date_inferred"], first["date_mod"])),
        "actors": [a["name"] for a in actors], "actor_ids": [a["id"] for a in actors],
        "actor_countries": sorted({a["country"] for a in actors if a["country"]}),
        "recipients": [a["name"] for a in recipients], "recipient_ids": [a["id"] for a in recipients],
        "recipient_countries": sorted({a["country"] for a in recipients if a["country"]}),
        "place": head["place"], "place_country": head["place_country"], "lat": head["lat"], "lon": head["lon"],
        "place_is_country": any(r["place"] == head["place"] and r["place_is_country"] for r in reports),
        "killed": head["killed"] if merged else head["killed_min"],
        "killed_high": head["killed_high"] if merged else head["killed_max"],
        "injured": head["injured"] if merged else head["injured_min"],
        "injured_high": head["injured_high"] if merged else head["injured_max"],
        "article_ids": sorted({r["article_id"] for r in reports}),
        "sources": article_sources(conn, sorted({r["article_id"] for r in reports})),
        "event_ids": ids, "n_reports": len(reports),
        "trigger": first["trigger"], "trigger_start": first["trigger_start"], "trigger_end": first["trigger_end"],
        "sentence": first["sentence"], "sentence_start": first["sentence_start"],
        "sentence_end": first["sentence_end"], "contexts": contexts(first["contexts"]),
    }
    return out


def article_sources(conn: sqlite3.Connection, article_ids: list[int]) -> list[dict]:
    """Where each report of an event comes from: URL (or the file it was read from), title,
    outlet and publication date, so that every row can be checked against its sources."""
    if not article_ids:
        return []
    marks = ",".join("?" * len(article_ids))
    rows = conn.execute(f"SELECT id, url, source, title, outlet, published, ingested_at FROM articles "
                        f"WHERE id IN ({marks}) ORDER BY published IS NULL, published, id", article_ids)
    return [{"article_id": r["id"], "url": r["url"] or r["source"], "title": r["title"], "outlet": r["outlet"],
             "published": r["published"], "added": r["ingested_at"]} for r in rows]


def events(conn: sqlite3.Connection, merged: bool = True, limit: int = 50, offset: int = 0,
           newest_first: bool = False, **filters) -> list[dict]:
    where, args = event_conditions(**filters)
    order = " DESC" if newest_first else ""
    if merged:
        heads = conn.execute(
            f"SELECT * FROM merged_events WHERE id IN (SELECT e.merged_id FROM events e WHERE {where}) "
            f"ORDER BY day_first IS NULL, day_first{order}, id{order} LIMIT ? OFFSET ?",
            [*args, limit, offset]).fetchall()
        out = []
        for head in heads:
            reports = conn.execute("SELECT * FROM events WHERE merged_id = ? ORDER BY id", (head["id"],)).fetchall()
            out.append(_event_dict(conn, head, reports, True))
        return out
    rows = conn.execute(f"SELECT e.*, NULL AS day_first FROM events e WHERE {where} "
                        f"ORDER BY e.date_first IS NULL, e.date_first{order}, e.date_last{order}, e.id{order} "
                        f"LIMIT ? OFFSET ?", [*args, limit, offset]).fetchall()
    return [_event_dict(conn, r, [r], False) for r in rows]


def count_events(conn: sqlite3.Connection, merged: bool = True, **filters) -> int:
    where, args = event_conditions(**filters)
    column = "DISTINCT e.merged_id" if merged else "*"
    return conn.execute(f"SELECT COUNT({column}) FROM events e WHERE {where}", args).fetchone()[0]


def event_detail(conn: sqlite3.Connection, merged_id: int) -> Optional[dict]:
    """One merged event with each report and every casualty figure with its source."""
    head = conn.execute("SELECT * FROM merged_events WHERE id = ?", (merged_id,)).fetchone()
    if head is None:
        return None
    reports = conn.execute("SELECT * FROM events WHERE merged_id = ? ORDER BY id", (merged_id,)).fetchall()
    out = _event_dict(conn, head, reports, True)
    out["reports"] = []
    for r in reports:
        art = conn.execute("SELECT id, key, title, url, outlet, published FROM articles WHERE id = ?",
                           (r["article_id"],)).fetchone()
        figures = conn.execute("SELECT kind, min, max, qualifier, victims, text, start, \"end\", sources, rule FROM casualties "
                               "WHERE event_id = ?", (r["id"],)).fetchall()
        out["reports"].append({"event_id": r["id"], "local_id": r["local_id"], "article": dict(art),
                               "date": r["date"], "date_mod": r["date_mod"], "place": r["place"],
                               "trigger": r["trigger"],
                               "trigger_start": r["trigger_start"], "trigger_end": r["trigger_end"],
                               "sentence": r["sentence"], "confidence": r["confidence"],
                               "casualties": [dict(f) for f in figures]})
    return out


def count_quotes(conn: sqlite3.Connection, **filters) -> int:
    where, args = QUOTES.where(filters)
    return conn.execute(f"SELECT COUNT(*) FROM quotes qu WHERE {where}", args).fetchone()[0]


def quotes(conn: sqlite3.Connection, limit: int = 50, offset: int = 0, newest_first: bool = False,
           **filters) -> list[dict]:
    """Quotes matching the quote filters (tacitus.store.filters.QUOTES)."""
    where, args = QUOTES.where(filters)
    order = " DESC" if newest_first else ""
    rows = conn.execute(
        f"SELECT qu.*, ac.name AS speaker, a.title, a.published FROM quotes qu "
        f"LEFT JOIN actors ac ON ac.id = qu.speaker_id JOIN articles a ON a.id = qu.article_id "
        f"WHERE {where} ORDER BY qu.date_first IS NULL, qu.date_first{order}, qu.date_last{order}, qu.id{order} "
        f"LIMIT ? OFFSET ?",
        [*args, limit, offset]).fetchall()
    return [{"id": r["id"], "article_id": r["article_id"], "speaker_id": r["speaker_id"],
             "speaker": r["speaker"] or r["speaker_name"], "kind": r["kind"], "act": r["act"], "text": r["text"],
             "start": r["start"], "end": r["end"], "cue": r["cue"], "channel": r["channel"], "via": r["via"],
             **output_fields(r["date_precision"], r["date"], r["date_first"], r["date_last"], r["date_inferred"],
                             r["date_mod"]),
             "day": r["day"], "article_title": r["title"]} for r in rows]


def actor_matches(conn: sqlite3.Connection, value: Any) -> bool:
    """Whether some actor is the one named (part of a name or alias) or numbered `value`."""
    cond, args = actor_match("x.id", value)
    return conn.execute(f"SELECT 1 FROM actors x WHERE {cond} LIMIT 1", args).fetchone() is not None


def actors(conn: sqlite3.Connection, q=None, limit: int = 50, offset: int = 0) -> list[dict]:
    conds, args = "1", []
    if q:
        conds = "(a.name LIKE ? OR a.id IN (SELECT actor_id FROM actor_aliases WHERE alias LIKE ?))"
        args = [f"%{q}%", f"%{q}%"]
    rows = conn.execute(
        f"SELECT a.*, (SELECT COUNT(DISTINCT article_id) FROM article_actors WHERE actor_id = a.id) AS n_articles, "
        f"(SELECT COUNT(*) FROM event_actors WHERE actor_id = a.id) AS n_events, "
        f"(SELECT COUNT(*) FROM quotes WHERE speaker_id = a.id) AS n_quotes FROM actors a WHERE {conds} "
        f"ORDER BY n_articles DESC, a.name LIMIT ? OFFSET ?", [*args, limit, offset]).fetchall()
    return [_actor_summary(conn, r) for r in rows]


def _actor_summary(conn: sqlite3.Connection, r: sqlite3.Row) -> dict:
    return {"id": r["id"], "name": r["name"], "kind": r["kind"], "country": r["country"], "sector": r["sector"],
            "user_defined": bool(r["user_defined"]), "first_seen": r["first_seen"], "last_seen": r["last_seen"],
            "aliases": [x[0] for x in conn.execute("SELECT alias FROM actor_aliases WHERE actor_id = ? "
                                                   "ORDER BY alias", (r["id"],))],
            "roles": [dict(x) for x in conn.execute("SELECT role, first_seen, last_seen, seen FROM actor_roles "
                                                    "WHERE actor_id = ? ORDER BY first_seen", (r["id"],))],
            # names taken for this actor by a rule or the user, and why (kb.record_merge)
            "merges": [dict(x) for x in conn.execute("SELECT name, reason, first_seen FROM actor_merges "
                                                     "WHERE actor_id = ? ORDER BY first_seen, name", (r["id"],))],
            "n_articles": r["n_articles"], "n_events": r["n_events"], "n_quotes": r["n_quotes"]}


def actor(conn: sqlite3.Connection, actor_id: int) -> Optional[dict]:
    rows = conn.execute(
        "SELECT a.*, (SELECT COUNT(DISTINCT article_id) FROM article_actors WHERE actor_id = a.id) AS n_articles, "
        "(SELECT COUNT(*) FROM event_actors WHERE actor_id = a.id) AS n_events, "
        "(SELECT COUNT(*) FROM quotes WHERE speaker_id = a.id) AS n_quotes FROM actors a WHERE a.id = ?",
        (int(actor_id),)).fetchall()
    return _actor_summary(conn, rows[0]) if rows else None


def timeline_counts(conn: sqlite3.Connection, by: str = "type", merged: bool = True, **filters) -> list[dict]:
    """Events per date and type (or CAMEO QuadClass); a merged event counts once.

    Each row has `period` (the date at its own precision: "2025-04-24", "2025-04", "2014"),
    `precision`, and `day` (the day, only for events dated to a day): an event known only to
    its month is counted on the month, never on a day of it."""
    where, args = event_conditions(**filters)
    if merged:
        sql = (f"SELECT m.date_precision AS precision, CASE WHEN m.date_precision = 'day' THEN m.day_first "
               f"ELSE m.date END AS period, m.type, m.mode, m.cameo, COUNT(*) AS n FROM merged_events m "
               f"WHERE m.id IN (SELECT e.merged_id FROM events e WHERE {where}) AND m.day_first IS NOT NULL "
               f"GROUP BY 1, 2, 3, 4, 5")
    else:
        sql = (f"SELECT e.date_precision AS precision, CASE WHEN e.date_precision = 'day' THEN e.date_first "
               f"ELSE e.date END AS period, e.type, e.mode, e.cameo, COUNT(*) AS n FROM events e WHERE {where} "
               f"AND e.date_first IS NOT NULL GROUP BY 1, 2, 3, 4, 5")
    counts: dict[tuple, int] = {}
    for r in conn.execute(sql, args):
        key = r["type"] if by == "type" else cameo.quad_class(r["cameo"] or cameo.code_for(r["type"], r["mode"]))
        slot = (r["period"], r["precision"], key)
        counts[slot] = counts.get(slot, 0) + r["n"]
    return [{"period": p, "precision": precision, "day": p if precision == "day" else None, "key": k, "count": n}
            for (p, precision, k), n in sorted(counts.items(), key=lambda x: (x[0][0], x[0][1], str(x[0][2])))]


def actor_network(conn: sqlite3.Connection, actor_id: int) -> list[dict]:
    """Who acted on whom, around one actor: (source, target, type, number of events)."""
    rows = conn.execute(
        "SELECT s.actor_id AS source, t.actor_id AS target, e.type, COUNT(DISTINCT e.merged_id) AS n, "
        "sa.name AS source_name, ta.name AS target_name FROM events e "
        "JOIN event_actors s ON s.event_id = e.id AND s.role = 'actor' "
        "JOIN event_actors t ON t.event_id = e.id AND t.role = 'recipient' "
        "JOIN actors sa ON sa.id = s.actor_id JOIN actors ta ON ta.id = t.actor_id "
        "WHERE s.actor_id = ? OR t.actor_id = ? GROUP BY 1, 2, 3 ORDER BY n DESC",
        (int(actor_id), int(actor_id))).fetchall()
    return [{"source": r["source"], "target": r["target"], "source_name": r["source_name"],
             "target_name": r["target_name"], "type": r["type"], "count": r["n"]} for r in rows]


def count_articles(conn: sqlite3.Connection, q=None) -> int:
    if q:
        return conn.execute("SELECT COUNT(*) FROM articles_fts WHERE articles_fts MATCH ?", (fts(q),)).fetchone()[0]
    return conn.execute("SELECT COUNT(*) FROM articles").fetchone()[0]


def count_actors(conn: sqlite3.Connection, q=None) -> int:
    if q:
        return conn.execute("SELECT COUNT(*) FROM actors a WHERE a.name LIKE ? OR a.id IN "
                            "(SELECT actor_id FROM actor_aliases WHERE alias LIKE ?)",
                            (f"%{q}%", f"%{q}%")).fetchone()[0]
    return conn.execute("SELECT COUNT(*) FROM actors").fetchone()[0]


def articles(conn: sqlite3.Connection, q=None, limit: int = 50, offset: int = 0) -> list[dict]:
    cond, args = "1", []
    if q:
        cond, args = "a.id IN (SELECT rowid FROM articles_fts WHERE articles_fts MATCH ?)", [fts(q)]
    rows = conn.execute(
        f"SELECT a.id, a.key, a.title, a.url, a.outlet, a.source, a.published, a.ingested_at, "
        f"(SELECT COUNT(*) FROM events WHERE article_id = a.id) AS n_events, "
        f"(SELECT COUNT(*) FROM quotes WHERE article_id = a.id) AS n_quotes FROM articles a WHERE {cond} "
        f"ORDER BY a.published IS NULL, a.published DESC, a.id LIMIT ? OFFSET ?", [*args, limit, offset]).fetchall()
    return [dict(r) for r in rows]


def timeline(conn: sqlite3.Connection, actor, limit: int = 200) -> list[dict]:
    """An actor's events (as actor or recipient) and quotes, in date order."""
    items = []
    for role in ("actor", "recipient"):
        for e in events(conn, merged=True, limit=limit, **{role: actor}):
            items.append({"day": e["date"], "precision": e["date_precision"], "mod": e["date_mod"], "what": "event", "role": role, "type": e["type"],
                          "text": e["sentence"], "others": e["recipients" if role == "actor" else "actors"],
                          "id": e["id"]})
    for q in quotes(conn, speaker=actor, limit=limit):
        items.append({"day": q["date"], "precision": q["date_precision"], "mod": q["date_mod"], "what": "quote", "role": "speaker", "type": q["kind"], "text": q["text"],
                      "others": [], "id": q["id"]})
    items.sort(key=lambda x: (x["day"] is None, x["day"] or "", x["what"], x["id"]))
    return items[:limit]


def errors(conn: sqlite3.Connection, limit: int = 1000) -> list[dict]:
    return [dict(r) for r in conn.execute("SELECT source, reason, run_id, at FROM errors ORDER BY id LIMIT ?",
                                          (limit,))]


def contexts(value: Optional[str]) -> list[str]:
    return json.loads(value) if value else []


def _local_ids(conn: sqlite3.Connection, table: str, ids: list[int]) -> dict[int, dict]:
    if not ids:
        return {}
    marks = ",".join("?" * len(ids))
    rows = conn.execute(f"SELECT t.id, t.local_id, a.key FROM {table} t JOIN articles a ON a.id = t.article_id "
                        f"WHERE t.id IN ({marks})", ids)
    return {r[0]: {"local_id": r[1], "article": r[2]} for r in rows}


def link_events(conn: sqlite3.Connection, events: list[dict]) -> list[dict]:
    """Add `evidence` ([{"article": key, "local_id": "e1"}, ...]) to each event dict: the
    article and the Report's own id of each report, so a list entry can link to its evidence."""
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
