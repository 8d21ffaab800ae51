"""`Store`: the Python API over a corpus store (used by the CLI and the web explorer)."""
from __future__ import annotations

import datetime as dt
import json
import os
import socket
import sqlite3
from pathlib import Path
from typing import Optional

from tacitus.report import Report
from tacitus.store import db, kb, merge, query, write


class Store:
    """A corpus store file. Writes go through `add_report`, one transaction an article."""

    def __init__(self, conn: sqlite3.Connection, path: Path, readonly: bool) -> None:
        self.conn, self.path, self.readonly = conn, path, readonly

    @classmethod
    def open(cls, path: str | Path, readonly: bool = False) -> "Store":
        return cls(db.connect(path, readonly), Path(path), readonly)

    def close(self) -> None:
        self.conn.close()

    def __enter__(self) -> "Store":
        return self

    def __exit__(self, *exc) -> None:
        self.close()

    # ---- writing -------------------------------------------------------------------------

    def stored_hash(self, key: str) -> Optional[str]:
        row = self.conn.execute("SELECT content_hash FROM articles WHERE key = ?", (key,)).fetchone()
        return row["content_hash"] if row else None

    def add_report(self, report: Report, content_hash: str | None = None, run_id: int | None = None) -> str:
        """Store one article's Report atomically: 'added', 'replaced' (its text changed:
        old rows go) or 'unchanged' (same content already stored: nothing is written)."""
        digest = content_hash or write.content_hash(report.article)
        key = write.article_key(report.article, digest)
        with db.transaction(self.conn) as conn:
            old = conn.execute("SELECT id, content_hash FROM articles WHERE key = ?", (key,)).fetchone()
            if old and old["content_hash"] == digest:
                return "unchanged"
            touched: set[int] = set()
            if old:
                touched = {r[0] for r in conn.execute("SELECT DISTINCT merged_id FROM events WHERE article_id = ? "
                                                      "AND merged_id IS NOT NULL", (old["id"],))}
                conn.execute("DELETE FROM articles WHERE id = ?", (old["id"],))
            _, event_ids = write.insert_report(conn, report, digest, key, run_id)
            assigned = merge.assign(conn, event_ids, merge.MergeRule.load(conn))  # refreshes its groups
            for group in touched - assigned:  # the old rows' groups that took no new event
                merge.refresh(conn, group)
            if report.article.source:
                conn.execute("DELETE FROM errors WHERE source = ?", (report.article.source,))
        return "replaced" if old else "added"

    def add_error(self, source: str, reason: str, run_id: int | None = None) -> None:
        with db.transaction(self.conn) as conn:
            conn.execute("INSERT INTO errors(source, reason, run_id, at) VALUES (?,?,?,?) ON CONFLICT(source) "
                         "DO UPDATE SET reason = excluded.reason, run_id = excluded.run_id, at = excluded.at",
                         (source, reason, run_id, _now()))

    def start_run(self, paths: list[str]) -> int:
        with db.transaction(self.conn) as conn:
            return conn.execute("INSERT INTO ingest_runs(started, paths, pid, host) VALUES (?, ?, ?, ?)",
                                (_now(), json.dumps(list(paths)), os.getpid(), socket.gethostname())).lastrowid

    def finish_run(self, run_id: int, counts: dict[str, int], status: str = "done") -> None:
        """`status`: done, interrupted (Ctrl-C, a signal) or failed (an error stopped the run)."""
        with db.transaction(self.conn) as conn:
            conn.execute("UPDATE ingest_runs SET finished=?, status=?, added=?, replaced=?, unchanged=?, failed=? "
                         "WHERE id=?", (_now(), status, counts.get("added", 0), counts.get("replaced", 0),
                                        counts.get("unchanged", 0), counts.get("failed", 0), run_id))

    def apply_actors_file(self, path: str | Path) -> int:
        """Add or correct actors from a user's YAML file (raises ValueError naming the file)."""
        entries = kb.load_user_actors(path)
        with db.transaction(self.conn) as conn:
            return kb.apply_user_actors(conn, entries)

    def remerge(self, window_days: int) -> int:
        """Regroup all events with a new merge window; returns the number of events."""
        with db.transaction(self.conn) as conn:
            return merge.rebuild(conn, merge.MergeRule(window_days))

    def merge_window(self) -> int:
        """Days apart two reports of one event may be, as this store groups them."""
        return merge.MergeRule.load(self.conn).window_days

    def ingest(self, paths: list[str], **options):
        """Read, extract and store `paths` (see tacitus.store.ingest.ingest for the options);
        an IngestResult."""
        from tacitus.store.ingest import ingest

        return ingest(self, paths, **options)

    def export(self, fmt: str, output=None, force: bool = False, merged: bool = True, **filters) -> int:
        """Write the events matching the filters in `fmt` (tacitus.store.export.FORMATS) to
        the file `output` (replaced only with `force`, never half-written) or to a stream
        (default: standard output); the number of events written."""
        import sys

        from tacitus.store.export import export, export_to_file

        if isinstance(output, (str, Path)):
            return export_to_file(self, fmt, output, force=force, merged=merged, **filters)
        return export(self, fmt, output or sys.stdout, merged=merged, **filters)

    def correct_actors(self, merge: tuple[str, str] | None = None,
                       split: tuple[str, str] | None = None) -> dict[str, int]:
        """A user's corrections of the knowledge base, all or nothing: `merge` (KEEP, OTHER)
        makes OTHER the same actor as KEEP; `split` (ACTOR, NAME) makes the articles where
        ACTOR went by NAME a separate actor. ValueError naming what is wrong. Returns the ids:
        {"kept": ..., "split_from": ..., "split_to": ...} for what was asked."""
        out: dict[str, int] = {}
        with db.transaction(self.conn) as conn:
            if merge:
                out["kept"] = kb.merge_by_user(conn, *merge)
            if split:
                actor_id = kb.actor_named(conn, split[0])
                new_id = kb.split_actor(conn, actor_id, split[1])
                if new_id is None:
                    raise ValueError(f"--split: no article calls actor {actor_id} {split[1]!r} "
                                     f"apart from its other names")
                out["split_from"], out["split_to"] = actor_id, new_id
        return out

    # ---- reading -------------------------------------------------------------------------

    def report(self, article_id: int | str) -> Optional[Report]:
        """The original per-article Report, by row id or article key."""
        row = self.conn.execute("SELECT report_json FROM articles WHERE id = ? OR key = ?",
                                (article_id, str(article_id))).fetchone()
        return Report.from_json(row["report_json"]) if row else None

    def articles(self, q=None, limit=50, offset=0) -> list[dict]:
        return query.articles(self.conn, q=q, limit=limit, offset=offset)

    def count_articles(self, q=None) -> int:
        return query.count_articles(self.conn, q=q)

    def count_actors(self, q=None) -> int:
        return query.count_actors(self.conn, q=q)

    # The filters of the event and quote methods are declared once, in tacitus.store.filters
    # (EVENTS: actor, recipient, country, type, mode, status, date_from, date_to, place, q,
    # min_confidence, date_stated; QUOTES: speaker, q, date_from, date_to, channel, via, act).

    def events(self, merged=True, limit=50, offset=0, newest_first=False, evidence=False, **filters) -> list[dict]:
        """Events matching the filters, merged across articles unless `merged` is False;
        `evidence`: each with the article and Report id of its reports (see query.link_events)."""
        rows = query.events(self.conn, merged=merged, limit=limit, offset=offset, newest_first=newest_first,
                            **filters)
        return query.link_events(self.conn, rows) if evidence else rows

    def count_events(self, merged=True, **filters) -> int:
        return query.count_events(self.conn, merged=merged, **filters)

    def event(self, merged_id: int) -> Optional[dict]:
        """One merged event with all its reports and each casualty figure with its source."""
        return query.event_detail(self.conn, merged_id)

    def explain(self, merged_id: int) -> list[dict]:
        """Why the reports of a merged event were taken as one: each pair with its reasons."""
        from tacitus.store import merge

        return merge.explain(self.conn, merged_id)

    def quotes(self, limit=50, offset=0, newest_first=False, evidence=False, **filters) -> list[dict]:
        """Quotes matching the filters; `evidence`: each with its article and Report id."""
        rows = query.quotes(self.conn, limit=limit, offset=offset, newest_first=newest_first, **filters)
        return query.link_quotes(self.conn, rows) if evidence else rows

    def count_quotes(self, **filters) -> int:
        return query.count_quotes(self.conn, **filters)

    def actor_matches(self, value) -> bool:
        """Whether an actor has this id, or a name or alias containing it."""
        return query.actor_matches(self.conn, value)

    def actors(self, q=None, limit=50, offset=0) -> list[dict]:
        return query.actors(self.conn, q=q, limit=limit, offset=offset)

    def actor(self, actor_id: int) -> Optional[dict]:
        return query.actor(self.conn, actor_id)

    def timeline(self, actor, limit=200) -> list[dict]:
        return query.timeline(self.conn, actor, limit)

    def timeline_counts(self, merged=True, by="type", **filters) -> list[dict]:
        return query.timeline_counts(self.conn, by=by, merged=merged, **filters)

    def event_counts(self, by="country,type,week", **filters) -> list[dict]:
        """Events per country, dyad, type, week, ... (see tacitus.store.counts)."""
        from tacitus.store.counts import counts

        return counts(self.conn, by, **filters)

    def event_points(self, **filters) -> list[dict]:
        """Located events grouped by place, for a map (see tacitus.store.counts.points)."""
        from tacitus.store.counts import points

        return points(self.conn, **filters)

    def actor_network(self, actor_id: int) -> list[dict]:
        return query.actor_network(self.conn, actor_id)

    def errors(self) -> list[dict]:
        return query.errors(self.conn)

    def runs(self) -> list[dict]:
        """Ingest runs, newest first; a run still marked running whose process is gone
        (killed on this machine) is shown as interrupted."""
        rows = [dict(r) for r in self.conn.execute(
            "SELECT id, started, finished, status, added, replaced, unchanged, failed, paths, pid, host "
            "FROM ingest_runs ORDER BY id DESC")]
        for row in rows:
            if row["status"] == "running" and _gone(row["pid"], row["host"]):
                row["status"] = "interrupted"
        return rows

    def counts(self) -> dict[str, int]:
        tables = ("articles", "actors", "mentions", "quotes", "events", "merged_events", "casualties", "errors")
        return {t: self.conn.execute(f"SELECT COUNT(*) FROM {t}").fetchone()[0] for t in tables}


def _gone(pid: Optional[int], host: Optional[str]) -> bool:
    """Whether the process that ran an ingest no longer exists (known only on its own machine)."""
    if pid is None or host != socket.gethostname():
        return pid is None  # a run from before pids were recorded: not running any more
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return True
    except OSError:
        return False  # exists, owned by someone else
    return False


def _now() -> str:
    return dt.datetime.now(dt.timezone.utc).isoformat(timespec="seconds")
