"""The TIMEX3 mod of a date ("the end of 2030": 2030 with END) kept by the store, shown by
every output where the date is shown, and filled by a migration for stores written before."""
from __future__ import annotations

import csv
import io
import json
import sqlite3

import pytest
from click.testing import CliRunner

from tacitus.cli import main
from tacitus.report import TimeRef
from tacitus.store import Store, schema
from tacitus.store.export import export

from .helpers import report

TEXT = ("Orvan will withdraw its garrison from Pellum by the end of 2030, the ministry said. "
        "Orvan troops shelled Pellum in early March 2029. Orvan seized the docks on Tuesday.")
ACTORS = [("o", "Orvan", "state", "ORV", "GOV"), ("p", "Pellum", "state", "PLM", "GOV")]


def modded_report(key="m1", published="2029-03-30"):
    r = report(key, TEXT, published, actors=ACTORS, quotes=[("o", "will withdraw its garrison")], events=[
        dict(type="RETREAT", trigger="withdraw", actors=["o"], recipients=["p"]),
        dict(type="ASSAULT", trigger="shelled", actors=["o"], recipients=["p"]),
        dict(type="COERCE", trigger="seized", actors=["o"], recipients=["p"]),
    ])
    for e, (words, value, mod) in zip(r.events, [("by the end of 2030", "2030", "END"),
                                                 ("early March 2029", "2029-03", "START"),
                                                 ("Tuesday", "2029-03-27", None)]):
        start = TEXT.index(words)
        e.date = TimeRef(words, start, start + len(words), value, mod=mod)
    r.quotes[0].date = TimeRef("by the end of 2030", TEXT.index("by the end"), TEXT.index("by the end") + 18,
                               "2030", "year", mod="END")
    return r


@pytest.fixture
def store(tmp_path):
    s = Store.open(tmp_path / "mods.db")
    s.add_report(modded_report())
    yield s
    s.close()


def by_type(rows):
    return {r["type"]: r for r in rows}


def test_events_and_quotes_keep_the_mod_and_the_whole_period(store):
    for merged in (True, False):
        rows = by_type(store.events(merged=merged))
        assert (rows["RETREAT"]["date"], rows["RETREAT"]["date_mod"], rows["RETREAT"]["date_first"],
                rows["RETREAT"]["date_last"]) == ("2030", "END", "2030-01-01", "2030-12-31")
        assert (rows["ASSAULT"]["date"], rows["ASSAULT"]["date_mod"]) == ("2029-03", "START")
        assert (rows["COERCE"]["date"], rows["COERCE"]["date_mod"]) == ("2029-03-27", None)
    [quote] = store.quotes()
    assert (quote["date"], quote["date_precision"], quote["date_mod"]) == ("2030", "year", "END")
    # the filter still reads the whole period: "the end of 2030" overlaps any part of 2030
    assert store.count_events(date_from="2030-02", date_to="2030-02") == 1


def test_a_merged_event_takes_the_mod_of_the_report_whose_date_it_shows(tmp_path):
    store = Store.open(tmp_path / "merge.db")
    text = "Orvan troops shelled Pellum in March 2029."
    plain = report("a1", text, "2029-04-02", actors=ACTORS,
                   events=[dict(type="ASSAULT", trigger="shelled", actors=["o"], recipients=["p"], date="2029-03")])
    late = report("a2", "Orvan troops shelled Pellum in late March 2029.", "2029-04-03", actors=ACTORS,
                  events=[dict(type="ASSAULT", trigger="shelled", actors=["o"], recipients=["p"])])
    late.events[0].date = TimeRef("late March 2029", 28, 43, "2029-03", "month", mod="END")
    store.add_report(plain)
    store.add_report(late)
    [merged] = store.events()
    assert (merged["n_reports"], merged["date"], merged["date_mod"]) == (2, "2029-03", "END")


def test_cli_table_shows_the_mod_after_the_date_and_csv_keeps_a_column(store):
    db = str(store.path)
    table = CliRunner().invoke(main, ["events", "--db", db])
    assert table.exit_code == 0, table.output
    assert "2030 (END)" in table.output and "2029-03 (START)" in table.output
    assert "2029-03-27 (" not in table.output
    rows = list(csv.DictReader(io.StringIO(CliRunner().invoke(main, ["events", "--db", db, "--format", "csv"]).output)))
    assert {(r["date"], r["date_mod"]) for r in rows} == {("2030", "END"), ("2029-03", "START"), ("2029-03-27", "")}
    quotes = CliRunner().invoke(main, ["quotes", "--db", db])
    assert "2030 (END)" in quotes.output
    timeline = CliRunner().invoke(main, ["timeline", "Orvan", "--db", db])
    assert timeline.exit_code == 0, timeline.output
    assert "2030 (END)" in timeline.output


def test_every_export_carries_the_mod(store, tmp_path):
    out = io.StringIO()
    export(store, "csv", out)
    assert {r["date"]: r["date_mod"] for r in csv.DictReader(io.StringIO(out.getvalue()))}["2030"] == "END"
    out = io.StringIO()
    export(store, "jsonl", out)
    assert {json.loads(line)["date_mod"] for line in out.getvalue().splitlines()} == {"END", "START", None}
    out = io.StringIO()
    export(store, "plover", out)
    records = {r["date"]: r for r in json.loads(out.getvalue())}
    assert records["2029-03"]["date_mod"] == "START" and "date_mod" not in records["2029-03-27"]
    out = io.StringIO()
    export(store, "gdelt", out)
    rows = {r["PLOVERType"]: r for r in csv.DictReader(io.StringIO(out.getvalue()), delimiter="\t")}
    assert (rows["RETREAT"]["DateMod"], rows["COERCE"]["DateMod"]) == ("END", "")
    pq = pytest.importorskip("pyarrow.parquet")
    export(store, "parquet", tmp_path / "e.parquet")
    assert {r["date_mod"] for r in pq.read_table(tmp_path / "e.parquet").to_pylist()} == {"END", "START", None}


def test_web_pages_show_the_mod(store):
    from fastapi.testclient import TestClient

    from tacitus.web.app import create_app

    client = TestClient(create_app(store.path))
    page = client.get("/timeline", params={"every_status": "true"}).text
    assert "(END)" in page and "(START)" in page
    assert "2030 (END)" in client.get("/quotes").text
    retreat = by_type(store.events())["RETREAT"]
    assert "2030 (END)" in client.get(f"/event/{retreat['id']}").text
    assert {e["date_mod"] for e in client.get("/api/events").json()["items"]} == {"END", "START", None}
    download = client.get("/timeline", params={"every_status": "true", "format": "csv"}).text
    assert "date_mod" in download.splitlines()[0]


def _schema7_store(path, report_json: str) -> None:
    """A store of schema 7 (before mods), written by hand: one article whose stored Report
    has mods, its three events (each its own merged event) and its quote."""
    conn = sqlite3.connect(path, isolation_level=None)
    for step in schema.MIGRATIONS[:7]:
        if step.isidentifier():
            getattr(schema, step)(conn)
        else:
            for statement in schema._statements(step):
                conn.execute(statement)
    conn.execute("PRAGMA user_version = 7")
    conn.execute("INSERT INTO articles(id, key, content_hash, text, report_json, ingested_at) "
                 "VALUES (1, 'm1', 'h', ?, ?, 'then')", (TEXT, report_json))
    for n, (local, kind, value, precision, first, last) in enumerate([
            ("e0", "RETREAT", "2030", "year", "2030-01-01", "2030-12-31"),
            ("e1", "ASSAULT", "2029-03", "month", "2029-03-01", "2029-03-31"),
            ("e2", "COERCE", "2029-03-27", "day", "2029-03-27", "2029-03-27")], 1):
        conn.execute("INSERT INTO merged_events(id, type, date, date_precision, day_first, day_last, n_reports, "
                     "n_articles) VALUES (?, ?, ?, ?, ?, ?, 1, 1)", (n, kind, value, precision, first, last))
        conn.execute("INSERT INTO events(id, article_id, local_id, merged_id, type, date, date_precision, "
                     "date_first, date_last) VALUES (?, 1, ?, ?, ?, ?, ?, ?, ?)",
                     (n, local, n, kind, value, precision, first, last))
    conn.execute("INSERT INTO quotes(article_id, local_id, text, date, date_precision, date_first, date_last) "
                 "VALUES (1, 'q0', 'will withdraw its garrison', '2030', 'year', '2030-01-01', '2030-12-31')")
    conn.close()


def test_migration_fills_the_mods_from_the_stored_reports_without_losing_a_row(tmp_path):
    path = tmp_path / "old.db"
    _schema7_store(path, modded_report().to_json())
    store = Store.open(path)
    assert store.conn.execute("PRAGMA user_version").fetchone()[0] == schema.VERSION
    assert store.counts()["events"] == 3 and store.counts()["merged_events"] == 3 and store.counts()["quotes"] == 1
    for merged in (True, False):
        assert {r["type"]: r["date_mod"] for r in store.events(merged=merged)} == {
            "RETREAT": "END", "ASSAULT": "START", "COERCE": None}
    assert store.quotes()[0]["date_mod"] == "END"


def test_migration_keeps_the_rows_of_a_damaged_report(tmp_path):
    path = tmp_path / "damaged.db"
    _schema7_store(path, "{not json")
    store = Store.open(path)
    assert store.counts()["events"] == 3 and store.counts()["quotes"] == 1
    assert {r["date_mod"] for r in store.events(merged=False)} == {None}
    assert {r["date"] for r in store.events()} == {"2030", "2029-03", "2029-03-27"}
