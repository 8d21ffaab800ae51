"""The store's tables, as an ordered list of migrations.

`PRAGMA user_version` holds how many migrations a database has run; opening a
store runs the ones it lacks, each in its own transaction. Never edit a released
migration: append a new one. A migration is SQL, or the name of a function of this module
(for one that must compute values in Python).
"""
from __future__ import annotations

import sqlite3

MIGRATIONS: list[str] = [
    # 1: articles, the actor knowledge base, per-article rows, merged events, runs and errors
    """
    CREATE TABLE articles (
        id INTEGER PRIMARY KEY,
        key TEXT NOT NULL UNIQUE,          -- article id, else where it was read from
        content_hash TEXT NOT NULL,        -- sha256 of the text and publication date
        title TEXT, url TEXT, outlet TEXT, author TEXT, source TEXT,
        published TEXT, language TEXT,
        text TEXT NOT NULL,
        report_json TEXT NOT NULL,         -- the full per-article Report
        model TEXT,
        run_id INTEGER,
        ingested_at TEXT NOT NULL
    );
    CREATE INDEX articles_published ON articles(published);

    CREATE TABLE actors (
        id INTEGER PRIMARY KEY,
        name TEXT NOT NULL,
        norm TEXT NOT NULL,                -- folded name used for matching
        kind TEXT, country TEXT, sector TEXT,
        user_defined INTEGER NOT NULL DEFAULT 0,
        first_seen TEXT, last_seen TEXT
    );
    CREATE INDEX actors_norm ON actors(norm);
    CREATE INDEX actors_country ON actors(country);

    CREATE TABLE actor_aliases (
        actor_id INTEGER NOT NULL REFERENCES actors(id) ON DELETE CASCADE,
        alias TEXT NOT NULL,
        norm TEXT NOT NULL,
        PRIMARY KEY (norm, actor_id)
    );
    CREATE INDEX actor_aliases_actor ON actor_aliases(actor_id);

    CREATE TABLE actor_roles (
        actor_id INTEGER NOT NULL REFERENCES actors(id) ON DELETE CASCADE,
        role TEXT NOT NULL,
        norm TEXT NOT NULL,
        first_seen TEXT, last_seen TEXT,
        seen INTEGER NOT NULL DEFAULT 0,
        user_defined INTEGER NOT NULL DEFAULT 0,
        PRIMARY KEY (actor_id, norm)
    );
    CREATE INDEX actor_roles_norm ON actor_roles(norm);

    -- which knowledge-base actor each actor of a Report is
    CREATE TABLE article_actors (
        article_id INTEGER NOT NULL REFERENCES articles(id) ON DELETE CASCADE,
        local_id TEXT NOT NULL,
        actor_id INTEGER NOT NULL REFERENCES actors(id),
        name TEXT NOT NULL, role TEXT, country TEXT, sector TEXT,
        PRIMARY KEY (article_id, local_id)
    );
    CREATE INDEX article_actors_actor ON article_actors(actor_id);

    CREATE TABLE mentions (
        article_id INTEGER NOT NULL REFERENCES articles(id) ON DELETE CASCADE,
        actor_id INTEGER NOT NULL,
        start INTEGER NOT NULL, "end" INTEGER NOT NULL, text TEXT
    );
    CREATE INDEX mentions_article ON mentions(article_id);
    CREATE INDEX mentions_actor ON mentions(actor_id);

    CREATE TABLE quotes (
        id INTEGER PRIMARY KEY,
        article_id INTEGER NOT NULL REFERENCES articles(id) ON DELETE CASCADE,
        local_id TEXT NOT NULL,
        speaker_id INTEGER, speaker_name TEXT,
        kind TEXT, text TEXT NOT NULL, start INTEGER, "end" INTEGER,
        cue TEXT, channel TEXT, via TEXT, addressee_id INTEGER,
        date TEXT, day TEXT
    );
    CREATE INDEX quotes_article ON quotes(article_id);
    CREATE INDEX quotes_speaker ON quotes(speaker_id);
    CREATE INDEX quotes_day ON quotes(day);

    -- one row per event as one article reported it
    CREATE TABLE events (
        id INTEGER PRIMARY KEY,
        article_id INTEGER NOT NULL REFERENCES articles(id) ON DELETE CASCADE,
        local_id TEXT NOT NULL,
        merged_id INTEGER,
        type TEXT NOT NULL, mode TEXT, cameo TEXT, status TEXT,
        date TEXT, day TEXT,               -- TIMEX value, and the day it starts (YYYY-MM-DD)
        place TEXT, place_country TEXT, place_is_country INTEGER NOT NULL DEFAULT 0,
        lat REAL, lon REAL, geonameid INTEGER,
        killed_min INTEGER, killed_max INTEGER, injured_min INTEGER, injured_max INTEGER,
        trigger TEXT, trigger_start INTEGER, trigger_end INTEGER,
        sentence TEXT, sentence_start INTEGER, sentence_end INTEGER,
        contexts TEXT, quote_local_id TEXT
    );
    CREATE INDEX events_article ON events(article_id);
    CREATE INDEX events_merged ON events(merged_id);
    CREATE INDEX events_type_day ON events(type, day);
    CREATE INDEX events_day ON events(day);
    CREATE INDEX events_place ON events(place);

    CREATE TABLE event_actors (
        event_id INTEGER NOT NULL REFERENCES events(id) ON DELETE CASCADE,
        role TEXT NOT NULL,                -- actor | recipient
        actor_id INTEGER NOT NULL,
        PRIMARY KEY (event_id, role, actor_id)
    );
    CREATE INDEX event_actors_actor ON event_actors(actor_id, role);

    -- every casualty figure as each report gave it
    CREATE TABLE casualties (
        event_id INTEGER NOT NULL REFERENCES events(id) ON DELETE CASCADE,
        article_id INTEGER NOT NULL,
        kind TEXT NOT NULL,                -- killed | injured
        min INTEGER, max INTEGER, qualifier TEXT, victims TEXT,
        text TEXT, start INTEGER, "end" INTEGER
    );
    CREATE INDEX casualties_event ON casualties(event_id);

    -- sourcing chain of each event ("according to X"), outermost first
    CREATE TABLE sources (
        event_id INTEGER NOT NULL REFERENCES events(id) ON DELETE CASCADE,
        position INTEGER NOT NULL,
        name TEXT NOT NULL, actor_id INTEGER, start INTEGER, "end" INTEGER
    );
    CREATE INDEX sources_event ON sources(event_id);

    -- one real-world event: the per-article events it groups share merged_id
    CREATE TABLE merged_events (
        id INTEGER PRIMARY KEY,
        type TEXT NOT NULL, mode TEXT, cameo TEXT, status TEXT,
        day_first TEXT, day_last TEXT,
        place TEXT, place_country TEXT, lat REAL, lon REAL, geonameid INTEGER,
        killed INTEGER, killed_high INTEGER, injured INTEGER, injured_high INTEGER,
        n_reports INTEGER NOT NULL DEFAULT 0,
        n_articles INTEGER NOT NULL DEFAULT 0
    );
    CREATE INDEX merged_type_day ON merged_events(type, day_first);
    CREATE INDEX merged_day ON merged_events(day_first);
    CREATE INDEX merged_place ON merged_events(place);

    CREATE TABLE ingest_runs (
        id INTEGER PRIMARY KEY,
        started TEXT NOT NULL, finished TEXT,
        paths TEXT, status TEXT NOT NULL DEFAULT 'running',
        added INTEGER DEFAULT 0, replaced INTEGER DEFAULT 0,
        unchanged INTEGER DEFAULT 0, failed INTEGER DEFAULT 0
    );

    -- tunable settings of this store (the merge rule), as text
    CREATE TABLE settings (key TEXT PRIMARY KEY, value TEXT NOT NULL);

    CREATE TABLE errors (
        id INTEGER PRIMARY KEY,
        source TEXT NOT NULL UNIQUE,       -- the input, as the reader named it
        reason TEXT NOT NULL,
        run_id INTEGER, at TEXT NOT NULL
    );

    CREATE VIRTUAL TABLE articles_fts USING fts5(title, text, content='articles', content_rowid='id');
    CREATE VIRTUAL TABLE quotes_fts USING fts5(text, speaker_name, content='quotes', content_rowid='id');
    CREATE TRIGGER articles_fts_ai AFTER INSERT ON articles BEGIN
        INSERT INTO articles_fts(rowid, title, text) VALUES (new.id, new.title, new.text);
    END;
    CREATE TRIGGER articles_fts_ad AFTER DELETE ON articles BEGIN
        INSERT INTO articles_fts(articles_fts, rowid, title, text) VALUES ('delete', old.id, old.title, old.text);
    END;
    CREATE TRIGGER quotes_fts_ai AFTER INSERT ON quotes BEGIN
        INSERT INTO quotes_fts(rowid, text, speaker_name) VALUES (new.id, new.text, new.speaker_name);
    END;
    CREATE TRIGGER quotes_fts_ad AFTER DELETE ON quotes BEGIN
        INSERT INTO quotes_fts(quotes_fts, rowid, text, speaker_name) VALUES ('delete', old.id, old.text, old.speaker_name);
    END;
    """,
    # 2: each casualty figure keeps who gave it, and the rule that made it the incident's toll
    """
    ALTER TABLE casualties ADD COLUMN sources TEXT;   -- sourcing chain, original source first, '; '-joined
    ALTER TABLE casualties ADD COLUMN rule TEXT;      -- "highest current figure", "victims named", ...
    """,
    # 3: `tacitus watch` (tacitus/fetch/state.py): each feed's HTTP state and the links it listed
    """
    CREATE TABLE watch_feeds (
        url TEXT PRIMARY KEY,
        etag TEXT, last_modified TEXT,     -- validators for the next conditional GET
        last_checked TEXT, last_success TEXT,
        failures INTEGER NOT NULL DEFAULT 0,  -- consecutive failed rounds
        next_try TEXT,                     -- a failing feed is not asked again before this (UTC)
        last_error TEXT
    );

    CREATE TABLE watch_links (
        url TEXT PRIMARY KEY,              -- the article's identity: articles.key once stored
        feed TEXT,
        state TEXT NOT NULL DEFAULT 'pending',  -- pending | stored | failed
        tries INTEGER NOT NULL DEFAULT 0,
        meta TEXT,                         -- JSON: title, published, outlet, author as the feed gave them
        found_at TEXT NOT NULL, tried_at TEXT
    );
    CREATE INDEX watch_links_state ON watch_links(state);
    """,
    # what each quote attributes: speech, belief, intention or document (Quote.act)
    """
    ALTER TABLE quotes ADD COLUMN act TEXT NOT NULL DEFAULT 'speech';
    CREATE INDEX quotes_act ON quotes(act);
    """,
    # 5: partial dates (a month, a year) kept with their precision and interval; see below
    "partial_dates",
    # 6: the process running an ingest, so that a run whose process is gone (killed) shows
    # as interrupted rather than running forever
    """
    ALTER TABLE ingest_runs ADD COLUMN pid INTEGER;
    ALTER TABLE ingest_runs ADD COLUMN host TEXT;
    """,
    # 7: each event's confidence (Event.confidence, 0-1), a merged event's the highest of its
    # reports, so that a user can filter on it; see below
    "event_confidence",
    # 8: each date's TIMEX3 mod (START, MID, END: "the end of 2025"), filled from the stored
    # Reports; see below
    "date_mods",
    # 9: why a name was taken for an actor known under another (tacitus/store/kb.py): a
    # name variant, a role held, a lone surname, the user's merge or file. Merges made
    # before this version left no reason: nothing to fill.
    """
    CREATE TABLE actor_merges (
        actor_id INTEGER NOT NULL REFERENCES actors(id) ON DELETE CASCADE,
        name TEXT NOT NULL,
        norm TEXT NOT NULL,
        reason TEXT NOT NULL,
        first_seen TEXT,
        PRIMARY KEY (actor_id, norm, reason)
    );
    """,
    # 10: each event place's precision and the admin1 / admin2 (name, GeoNames code) it is
    # or lies in (Place.admin1 ...), so that counts go by state or province; see below
    "place_admin",
]

VERSION = len(MIGRATIONS)


def partial_dates(conn: sqlite3.Connection) -> None:
    """Migration 5: events and quotes keep their date's precision, first and last day and
    whether it was assumed; merged events their date and precision. Existing rows are filled
    from each article's stored Report (every row is kept); `day` keeps only known days."""
    import json

    from tacitus.store.dates import group_date, row_dates

    for table in ("events", "quotes"):
        for column in ("date_precision TEXT", "date_first TEXT", "date_last TEXT",
                       "date_inferred INTEGER NOT NULL DEFAULT 0"):
            conn.execute(f"ALTER TABLE {table} ADD COLUMN {column}")
        conn.execute(f"CREATE INDEX {table}_interval ON {table}(date_first, date_last)")
    conn.execute("ALTER TABLE merged_events ADD COLUMN date TEXT")
    conn.execute("ALTER TABLE merged_events ADD COLUMN date_precision TEXT")
    assumed = set()  # (article row, local id) of the rows whose date was the publication date assumed
    for article_id, report_json in conn.execute("SELECT id, report_json FROM articles").fetchall():
        report = json.loads(report_json)
        assumed |= {(article_id, item.get("id")) for key in ("events", "quotes") for item in report.get(key) or []
                    if (item.get("date") or {}).get("inferred")}
    for table in ("events", "quotes"):
        for row_id, article_id, local_id, value in conn.execute(
                f"SELECT id, article_id, local_id, date FROM {table}").fetchall():
            cols = row_dates(value, (article_id, local_id) in assumed)
            conn.execute(f"UPDATE {table} SET date_precision=?, date_first=?, date_last=?, date_inferred=?, day=? "
                         f"WHERE id=?", (*(cols[c] for c in ("date_precision", "date_first", "date_last",
                                                             "date_inferred", "day")), row_id))
    for (group,) in conn.execute("SELECT id FROM merged_events").fetchall():
        rows = conn.execute("SELECT date, date_precision, date_first, date_last, date_inferred FROM events "
                            "WHERE merged_id = ?", (group,)).fetchall()
        rows = [dict(zip(("date", "date_precision", "date_first", "date_last", "date_inferred"), r)) for r in rows]
        summary = group_date(rows)
        conn.execute("UPDATE merged_events SET date=?, date_precision=?, day_first=?, day_last=? WHERE id=?",
                     (summary["date"], summary["date_precision"], summary["day_first"], summary["day_last"], group))


def event_confidence(conn: sqlite3.Connection) -> None:
    """Migration 7: events and merged events get a `confidence` column. Existing rows are
    filled from each article's stored Report (every row is kept); a Report written before
    events had a confidence leaves it NULL (unknown), which no --min-confidence passes."""
    import json

    conn.execute("ALTER TABLE events ADD COLUMN confidence REAL")
    conn.execute("ALTER TABLE merged_events ADD COLUMN confidence REAL")
    conn.execute("CREATE INDEX events_confidence ON events(confidence)")
    for article_id, report_json in conn.execute("SELECT id, report_json FROM articles").fetchall():
        try:
            events = json.loads(report_json).get("events") or []
        except (ValueError, AttributeError):  # a damaged Report: its rows stay, their confidence unknown
            continue
        conn.executemany("UPDATE events SET confidence = ? WHERE article_id = ? AND local_id = ?",
                         [(e["confidence"], article_id, e.get("id")) for e in events
                          if isinstance(e, dict) and isinstance(e.get("confidence"), (int, float))
                          and not isinstance(e["confidence"], bool)])
    conn.execute("UPDATE merged_events SET confidence = (SELECT MAX(e.confidence) FROM events e "
                 "WHERE e.merged_id = merged_events.id)")


def date_mods(conn: sqlite3.Connection) -> None:
    """Migration 8: events, quotes and merged events keep their date's TIMEX3 mod
    (`date_mod`). Existing rows are filled from each article's stored Report (every row is
    kept; a Report written before mods, or damaged, leaves them NULL), and each merged event
    takes the mod of the report whose date it shows."""
    import json

    from tacitus.store.dates import MODS, group_date

    for table in ("events", "quotes", "merged_events"):
        conn.execute(f"ALTER TABLE {table} ADD COLUMN date_mod TEXT")
    for article_id, report_json in conn.execute("SELECT id, report_json FROM articles").fetchall():
        try:
            report = json.loads(report_json)
            items = {table: report.get(key) or [] for table, key in (("events", "events"), ("quotes", "quotes"))}
        except (ValueError, AttributeError):  # a damaged Report: its rows stay, without mods
            continue
        for table, found in items.items():
            conn.executemany(f"UPDATE {table} SET date_mod = ? WHERE article_id = ? AND local_id = ? "
                             f"AND date_precision IS NOT NULL",
                             [(item["date"]["mod"], article_id, item.get("id")) for item in found
                              if isinstance(item, dict) and isinstance(item.get("date"), dict)
                              and item["date"].get("mod") in MODS])
    for (group,) in conn.execute("SELECT DISTINCT merged_id FROM events WHERE date_mod IS NOT NULL "
                                 "AND merged_id IS NOT NULL").fetchall():
        names = ("date", "date_precision", "date_first", "date_last", "date_inferred", "date_mod")
        rows = [dict(zip(names, r)) for r in conn.execute(
            f"SELECT {', '.join(names)} FROM events WHERE merged_id = ?", (group,)).fetchall()]
        conn.execute("UPDATE merged_events SET date_mod = ? WHERE id = ?", (group_date(rows)["date_mod"], group))


PLACE_ADMIN_COLUMNS = ("place_precision", "place_admin1", "place_admin1_code", "place_admin2", "place_admin2_code")


def place_admin(conn: sqlite3.Connection) -> None:
    """Migration 10: events keep their place's precision and admin areas. Existing rows
    placed at a town are filled from the town's GeoNames id (its admin1 and admin2 as the
    gazetteer knows them); other places keep them NULL until the article is ingested again."""
    from tacitus.admin_areas import admin_areas

    have = {row[1] for row in conn.execute("PRAGMA table_info(events)")}
    for column in PLACE_ADMIN_COLUMNS:
        if column not in have:  # (a store an older test or tool set back keeps them)
            conn.execute(f"ALTER TABLE events ADD COLUMN {column} TEXT")
    conn.execute("CREATE INDEX IF NOT EXISTS events_admin1 ON events(place_admin1_code)")
    rows = conn.execute("SELECT DISTINCT geonameid FROM events WHERE geonameid IS NOT NULL "
                        "AND place_is_country = 0").fetchall()
    areas = admin_areas() if rows else None
    for (geonameid,) in rows:
        one, two = areas.of_town(geonameid)
        if one is None and two is None:
            continue
        conn.execute("UPDATE events SET place_precision = 'town', place_admin1 = ?, place_admin1_code = ?, "
                     "place_admin2 = ?, place_admin2_code = ? WHERE geonameid = ?",
                     (one.name if one else None, one.code if one else None, two.name if two else None,
                      two.code if two else None, geonameid))


def migrate(conn: sqlite3.Connection) -> int:
    """Run the migrations this database lacks; returns the schema version."""
    current = conn.execute("PRAGMA user_version").fetchone()[0]
    if current > VERSION:
        raise RuntimeError(f"schema version {current} is newer than this Tacitus ({VERSION})")
    for number in range(current, VERSION):
        conn.execute("BEGIN IMMEDIATE")
        try:
            step = MIGRATIONS[number]
            if step.isidentifier():  # a migration that needs Python: the name of a function here
                globals()[step](conn)
            else:
                for statement in _statements(step):
                    conn.execute(statement)
            conn.execute(f"PRAGMA user_version = {number + 1}")
            conn.execute("COMMIT")
        except BaseException:
            conn.execute("ROLLBACK")
            raise
    return VERSION


def _statements(script: str) -> list[str]:
    """Split a migration into statements (triggers keep their inner semicolons)."""
    out, buf = [], ""
    for line in script.splitlines():
        buf += line + "\n"
        if sqlite3.complete_statement(buf):
            if buf.strip():
                out.append(buf.strip())
            buf = ""
    if buf.strip():
        out.append(buf.strip())
    return out
