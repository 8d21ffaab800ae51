"""Each event's confidence in the store: kept at ingest (a merged event: its surest report),
filled by a migration for stores written before, filtered on, and carried by every export."""
from __future__ import annotations

import csv
import io
import json
import sqlite3

import pytest
from click.testing import CliRunner

from tacitus.cli import main
from tacitus.store import Store, schema
from tacitus.store.export import GDELT_COLUMNS, GDELT_EXTRA_COLUMNS, GDELT_MENTION_COLUMNS, export
from tests.web.handmade import TEXT_D, report_followup, report_roundup


@pytest.fixture
def store(tmp_path):
    """The round-up (arrest 0.8, march 0.5, a historical shelling of unknown confidence) and a
    second article on the arrest (0.7), merged with the round-up's."""
    s = Store.open(tmp_path / "c.db")
    roundup, followup = report_roundup(), report_followup()
    for r in (roundup, followup):  # located, for the map
        r.events[0].place.lat, r.events[0].place.lon = 48.5, 11.25
    s.add_report(roundup)
    s.add_report(followup)
    yield s
    s.close()


def by_type(rows):
    return {r["type"]: r for r in rows}


def test_ingest_keeps_each_reports_confidence_and_a_merged_event_its_highest(store):
    reports = sorted((r["type"], r["confidence"]) for r in store.events(merged=False))
    assert reports == [("ASSAULT", None), ("COERCE", 0.7), ("COERCE", 0.8), ("PROTEST", 0.5)]
    merged = by_type(store.events())
    assert merged["COERCE"]["n_reports"] == 2 and merged["COERCE"]["confidence"] == 0.8
    assert merged["PROTEST"]["confidence"] == 0.5 and merged["ASSAULT"]["confidence"] is None


def test_replacing_the_surer_report_lowers_the_merged_confidence(tmp_path):
    store = Store.open(tmp_path / "r.db")
    store.add_report(report_followup())
    roundup = report_roundup()
    store.add_report(roundup)
    assert by_type(store.events())["COERCE"]["confidence"] == 0.8
    roundup.article.text += " "  # changed text: the article is re-extracted
    roundup.events[0].confidence = 0.6
    assert store.add_report(roundup) == "replaced"
    assert by_type(store.events())["COERCE"]["confidence"] == 0.7


def test_min_confidence_filters_reports_and_merged_events(store):
    assert store.count_events(merged=False, min_confidence=0.75) == 1
    assert store.count_events(merged=False, min_confidence=0.7) == 2
    # a merged event passes when one of its reports does: counted once
    assert store.count_events(min_confidence=0.75) == 1
    assert sorted(e["type"] for e in store.events(min_confidence=0.5)) == ["COERCE", "PROTEST"]
    assert store.count_events(min_confidence=0) == 2  # unknown confidence passes no threshold
    assert store.count_events() == 3
    assert store.count_events(min_confidence=0.81) == 0
    # the counts, the chart and the map take the same filter
    assert sum(r["events"] for r in store.event_counts(by="type", min_confidence=0.75)) == 1
    assert {c["key"] for c in store.timeline_counts(min_confidence=0.75)} == {"COERCE"}
    assert [p["events"] for p in store.event_points(min_confidence=0.75)] == [1]
    assert store.event_points(min_confidence=0.81) == []


def _old_store(path) -> None:
    """A store of schema 6 (before confidence), written by hand: the round-up with its
    confidences in its Report, and an article whose Report predates them."""
    conn = sqlite3.connect(path, isolation_level=None)
    for step in schema.MIGRATIONS[:6]:
        if step.isidentifier():
            getattr(schema, step)(conn)
        else:
            for statement in schema._statements(step):
                conn.execute(statement)
    conn.execute("PRAGMA user_version = 6")
    new, old = report_roundup(), report_followup()
    old_json = old.to_dict()
    for e in old_json["events"]:
        del e["confidence"]
    rows = [(1, new.article.id, new.article.text, new.to_json()), (2, old.article.id, TEXT_D, json.dumps(old_json))]
    for article_id, key, text, report_json in rows:
        conn.execute("INSERT INTO articles(id, key, content_hash, text, report_json, ingested_at) "
                     "VALUES (?, ?, 'h', ?, ?, 'then')", (article_id, key, text, report_json))
    events = [(1, 1, "e1", 1, "COERCE"), (2, 1, "e2", 2, "PROTEST"), (3, 1, "e3", 3, "ASSAULT"),
              (4, 2, "e1", 1, "COERCE")]
    for group, kind in ((1, "COERCE"), (2, "PROTEST"), (3, "ASSAULT")):
        conn.execute("INSERT INTO merged_events(id, type, n_reports, n_articles) VALUES (?, ?, 1, 1)", (group, kind))
    conn.executemany("INSERT INTO events(id, article_id, local_id, merged_id, type) VALUES (?,?,?,?,?)", events)
    conn.close()


def test_migration_fills_confidence_from_the_stored_reports_without_losing_a_row(tmp_path):
    path = tmp_path / "old.db"
    _old_store(path)
    store = Store.open(path)
    assert store.conn.execute("PRAGMA user_version").fetchone()[0] == schema.VERSION
    assert store.counts()["events"] == 4 and store.counts()["merged_events"] == 3
    reports = {(r["article_ids"][0], r["type"]): r["confidence"] for r in store.events(merged=False)}
    # the older Report had no confidence: unknown, not zero
    assert reports == {(1, "COERCE"): 0.8, (1, "PROTEST"): 0.5, (1, "ASSAULT"): None, (2, "COERCE"): None}
    assert by_type(store.events())["COERCE"]["confidence"] == 0.8
    assert store.count_events(min_confidence=0.6) == 1


def test_migration_keeps_the_rows_of_a_damaged_report(tmp_path):
    path = tmp_path / "damaged.db"
    _old_store(path)
    conn = sqlite3.connect(path)
    conn.execute("UPDATE articles SET report_json = '{not json' WHERE id = 1")
    conn.commit()
    conn.close()
    store = Store.open(path)
    assert store.counts()["events"] == 4
    assert {r["confidence"] for r in store.events(merged=False)} == {None}


def run(*args):
    return CliRunner().invoke(main, list(args))


def test_cli_verbs_take_min_confidence(store):
    db = str(store.path)
    out = run("events", "--db", db, "--min-confidence", "0.75", "--format", "json")
    assert out.exit_code == 0, out.output
    [row] = json.loads(out.stdout)
    assert (row["type"], row["confidence"]) == ("COERCE", 0.8)
    table = run("events", "--db", db, "--per-report", "--format", "csv", "--min-confidence", "0.6")
    assert sorted(r["confidence"] for r in csv.DictReader(io.StringIO(table.stdout))) == ["0.7", "0.8"]
    counted = run("counts", "--db", db, "--by", "type", "--min-confidence", "0.5", "--format", "json")
    assert {r["type"]: r["events"] for r in json.loads(counted.stdout)} == {"COERCE": 1, "PROTEST": 1}
    exported = run("export", "--db", db, "--format", "jsonl", "--min-confidence", "0.75")
    assert [json.loads(line)["type"] for line in exported.stdout.splitlines()] == ["COERCE"]
    for bad in ("1.5", "-0.1", "high"):
        refused = run("events", "--db", db, "--min-confidence", bad)
        assert refused.exit_code == 2 and "--min-confidence" in refused.output


def _export(store, fmt, **filters) -> str:
    out = io.StringIO()
    export(store, fmt, out, **filters)
    return out.getvalue()


def test_csv_jsonl_and_plover_exports_carry_the_confidence(store):
    rows = by_type(csv.DictReader(io.StringIO(_export(store, "csv"))))
    assert (rows["COERCE"]["confidence"], rows["PROTEST"]["confidence"], rows["ASSAULT"]["confidence"]) == \
        ("0.8", "0.5", "")
    lines = by_type(json.loads(line) for line in _export(store, "jsonl").splitlines())
    assert lines["COERCE"]["confidence"] == 0.8
    records = json.loads(_export(store, "plover", min_confidence=0.5))
    assert sorted((r["event"][0], r["confidence"]) for r in records) == [("COERCE", 0.8), ("PROTEST", 0.5)]


def test_gdelt_event_table_keeps_its_columns_and_the_mentions_table_holds_the_confidence(store):
    events = list(csv.DictReader(io.StringIO(_export(store, "gdelt")), delimiter="\t"))
    assert list(events[0]) == GDELT_COLUMNS + GDELT_EXTRA_COLUMNS  # no column of GDELT's own for it
    mentions = list(csv.DictReader(io.StringIO(_export(store, "gdelt-mentions")), delimiter="\t"))
    assert list(mentions[0]) == GDELT_MENTION_COLUMNS and len(GDELT_MENTION_COLUMNS) == 16
    arrest = next(e["GlobalEventID"] for e in events if e["PLOVERType"] == "COERCE")
    two = [m for m in mentions if m["GlobalEventID"] == arrest]
    assert sorted(m["Confidence"] for m in two) == ["70", "80"]  # GDELT's whole percentages, one per report
    roundup, followup = report_roundup(), report_followup()
    web = next(m for m in two if m["Confidence"] == "80")
    coded = roundup.events[0]
    assert (web["MentionType"], web["MentionIdentifier"], web["MentionSourceName"]) == \
        ("1", roundup.article.url, "Test Wire")
    assert (int(web["ActionCharOffset"]), int(web["Actor1CharOffset"]), int(web["Actor2CharOffset"])) == \
        (coded.trigger.start, coded.actor_spans[0].start, coded.recipient_spans[0].start)
    assert int(web["MentionDocLen"]) == len(roundup.article.text)
    local = next(m for m in two if m["Confidence"] == "70")
    assert (local["MentionType"], local["MentionIdentifier"]) == ("", followup.article.source)
    march = next(m for m in mentions if m["GlobalEventID"] != arrest and m["Confidence"] == "50")
    assert march["Actor2CharOffset"] == "-1"  # no recipient: GDELT's -1
    unknown = [m for m in mentions if m["Confidence"] == ""]
    assert len(unknown) == 1 and len(mentions) == 4
    assert len(list(csv.DictReader(io.StringIO(_export(store, "gdelt-mentions", min_confidence=0.75)),
                                   delimiter="\t"))) == 2  # the event passes: both its reports are listed


def test_parquet_export_carries_the_confidence(store, tmp_path):
    pq = pytest.importorskip("pyarrow.parquet")
    out = tmp_path / "e.parquet"
    export(store, "parquet", out)
    table = pq.read_table(out)
    assert str(table.schema.field("confidence").type) == "double"
    assert sorted(table.column("confidence").to_pylist(), key=lambda v: (v is None, v)) == [0.5, 0.8, None]
