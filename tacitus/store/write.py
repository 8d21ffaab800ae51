"""Writing one Report into the store's tables (inside the caller's transaction)."""
from __future__ import annotations

import datetime as dt
import hashlib
import json
import re
import sqlite3
from typing import Optional

from tacitus.report import Article, Event, Report
from tacitus.store import kb
from tacitus.store.dates import COLUMNS, row_dates

_DAY = re.compile(r"^\d{4}-\d{2}-\d{2}")
_DATE_COLUMNS = ", ".join(COLUMNS)
_DATE_MARKS = ",".join("?" * len(COLUMNS))


def content_hash(article: Article) -> str:
    """What decides whether an article changed: its text and publication date."""
    return hashlib.sha256(f"{article.published or ''}\n{article.text}".encode("utf-8")).hexdigest()


def article_key(article: Article, digest: Optional[str] = None) -> str:
    """The identity of an article across runs: its URL, else its id, else where it was read from."""
    return article.url or article.id or article.source or f"sha256:{digest or content_hash(article)}"


def day_of(value: Optional[str]) -> Optional[str]:
    """The first day of a TIMEX value when it names one ("2025-04-24", "2025-04-24T10:00")."""
    if value and _DAY.match(value):
        try:
            return dt.date.fromisoformat(value[:10]).isoformat()
        except ValueError:
            return None
    return None


def insert_report(conn: sqlite3.Connection, report: Report, digest: str, key: str,
                  run_id: Optional[int]) -> tuple[int, list[int]]:
    """Insert the article and its rows; returns (article row id, event row ids)."""
    art = report.article
    published = day_of(art.published)
    article_id = conn.execute(
        "INSERT INTO articles(key, content_hash, title, url, outlet, author, source, published, language, "
        "text, report_json, model, run_id, ingested_at) VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?,?)",
        (key, digest, art.title, art.url, art.outlet, art.author, art.source, published, art.language,
         art.text, report.to_json(), report.model, run_id,
         dt.datetime.now(dt.timezone.utc).isoformat(timespec="seconds"))).lastrowid
    actor_ids: dict[str, int] = {}
    for actor in report.actors:
        known = kb.learn(conn, actor, published)
        actor_ids[actor.id] = known
        conn.execute("INSERT OR REPLACE INTO article_actors(article_id, local_id, actor_id, name, role, country, "
                     "sector) VALUES (?,?,?,?,?,?,?)",
                     (article_id, actor.id, known, actor.name, actor.role, actor.country, actor.sector))
        conn.executemany("INSERT INTO mentions(article_id, actor_id, start, \"end\", text) VALUES (?,?,?,?,?)",
                         [(article_id, known, m.start, m.end, m.text) for m in actor.mentions])
    for q in report.quotes:
        dates = _dates(q.date)
        conn.execute(
            "INSERT INTO quotes(article_id, local_id, speaker_id, speaker_name, kind, act, text, start, \"end\", cue, "
            f"channel, via, addressee_id, {_DATE_COLUMNS}) VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?,{_DATE_MARKS})",
            (article_id, q.id, actor_ids.get(q.speaker), q.speaker_name, q.kind, q.act, q.text, q.start, q.end,
             q.cue.lemma if q.cue else None, q.channel.text if q.channel else None,
             "; ".join(s.name for s in q.via) or None, actor_ids.get(q.addressee), *dates))
    event_ids = [_insert_event(conn, article_id, e, actor_ids, report.casualties) for e in report.events]
    return article_id, event_ids


def _insert_event(conn: sqlite3.Connection, article_id: int, e: Event, actor_ids: dict[str, int],
                  toll=None) -> int:
    place = e.place
    row = conn.execute(
        f"INSERT INTO events(article_id, local_id, type, mode, cameo, status, {_DATE_COLUMNS}, place, place_country, "
        "place_is_country, lat, lon, geonameid, killed_min, killed_max, injured_min, injured_max, trigger, "
        "trigger_start, trigger_end, sentence, sentence_start, sentence_end, contexts, quote_local_id, confidence, "
        "place_precision, place_admin1, place_admin1_code, place_admin2, place_admin2_code) "
        f"VALUES (?,?,?,?,?,?,{_DATE_MARKS},?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?)",
        (article_id, e.id, e.type, e.mode, e.cameo, e.status, *_dates(e.date),
         place.name if place else None, place.country if place else None,
         int(bool(place) and _is_country(place.name)), place.lat if place else None,
         place.lon if place else None, place.geonameid if place else None,
         e.killed.min if e.killed else None, e.killed.max if e.killed else None,
         e.injured.min if e.injured else None, e.injured.max if e.injured else None,
         e.trigger.text, e.trigger.start, e.trigger.end, e.sentence.text, e.sentence.start, e.sentence.end,
         json.dumps(e.contexts) if e.contexts else None, e.quote, e.confidence,
         *((place.precision, place.admin1, place.admin1_code, place.admin2, place.admin2_code) if place
           else (None,) * 5)))
    event_id = row.lastrowid
    for role, ids in (("actor", e.actors), ("recipient", e.recipients)):
        conn.executemany("INSERT OR IGNORE INTO event_actors(event_id, role, actor_id) VALUES (?,?,?)",
                         [(event_id, role, actor_ids[i]) for i in ids if i in actor_ids])
    for kind, count in (("killed", e.killed), ("injured", e.injured)):
        if count is not None:
            sources, rule = _figure_origin(toll, kind, count)
            conn.execute("INSERT INTO casualties(event_id, article_id, kind, min, max, qualifier, victims, text, "
                         "start, \"end\", sources, rule) VALUES (?,?,?,?,?,?,?,?,?,?,?,?)",
                         (event_id, article_id, kind, count.min, count.max, count.qualifier,
                          ", ".join(count.victims) or None, count.text, count.start, count.end,
                          "; ".join(s.name for s in sources) or None, rule))
    conn.executemany("INSERT INTO sources(event_id, position, name, actor_id, start, \"end\") VALUES (?,?,?,?,?,?)",
                     [(event_id, n, s.name, actor_ids.get(s.actor), s.start, s.end)
                      for n, s in enumerate(e.sources)])
    return event_id


def _figure_origin(toll, kind: str, count) -> tuple[list, Optional[str]]:
    """(sources, rule) of an event's casualty count, from the Report's incident toll."""
    if toll is None:
        return [], None
    same = lambda c: (c.start, c.end, c.min, c.max) == (count.start, count.end, count.min, count.max)  # noqa: E731
    chosen = getattr(toll, kind)
    if chosen is not None and same(chosen.count):
        return chosen.sources, chosen.rule
    figure = next((f for f in toll.figures if f.kind == kind and not f.in_title and same(f.count)), None)
    return (figure.sources if figure else []), None


def _dates(ref) -> tuple:
    """The date columns of a quote or event row (tacitus.store.dates)."""
    cols = row_dates(ref.value if ref else None, bool(ref and ref.inferred), ref.mod if ref else None)
    return tuple(cols[c] for c in COLUMNS)


def _is_country(name: str) -> bool:
    from tacitus.geo import gazetteer

    entry = gazetteer().place(name)
    return bool(entry and entry.kind == "country")
