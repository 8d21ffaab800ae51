"""Partial dates in the store: precision and interval kept, filters by overlap, shown in
every output, and a migration that converts a store of the first schema."""
from __future__ import annotations

import csv
import io
import json

import pytest

from tacitus.report import TimeRef
from tacitus.store import Store, schema
from tacitus.store.export import export

from .helpers import report

TEXT = ("Orvan troops shelled Pellum on Tuesday. Orvan forces had seized the Pellum docks in "
        "March 2029, and Orvan occupied the Tessel coast in 2027.")
ACTORS = [("o", "Orvan", "state", "ORV", "GOV"), ("p", "Pellum", "state", "PLM", "GOV")]


def dated_report(key="d1", published="2031-03-06"):
    r = report(key, TEXT, published, actors=ACTORS, events=[
        dict(type="ASSAULT", trigger="shelled", actors=["o"], recipients=["p"], date="2031-03-04"),
        dict(type="COERCE", trigger="seized", actors=["o"], recipients=["p"], date="2029-03"),
        dict(type="COERCE", trigger="occupied", actors=["o"], recipients=["p"], date="2027",
             status="historical"),
    ])
    r.events[0].date = TimeRef("Tuesday", TEXT.index("Tuesday"), TEXT.index("Tuesday") + 7, "2031-03-04", "day")
    return r


@pytest.fixture
def store(tmp_path):
    s = Store.open(tmp_path / "s.db")
    s.add_report(dated_report())
    yield s
    s.close()


def by_type(rows):
    return {r["type"] + ("-" + r["date_precision"] if r["date_precision"] else ""): r for r in rows}


def test_month_and_year_are_kept_with_their_precision_and_interval(store):
    rows = by_type(store.events())
    assert [(r["date"], r["date_precision"], r["time_precision"], r["date_first"], r["date_last"])
            for r in sorted(rows.values(), key=lambda r: r["date_first"])] == [
        ("2027", "year", 3, "2027-01-01", "2027-12-31"),
        ("2029-03", "month", 3, "2029-03-01", "2029-03-31"),
        ("2031-03-04", "day", 1, "2031-03-04", "2031-03-04"),
    ]
    per_report = store.events(merged=False)
    assert {r["date"] for r in per_report} == {"2027", "2029-03", "2031-03-04"}


@pytest.mark.parametrize("date_from, date_to, expected", [
    ("2029-03", None, {"2029-03", "2031-03-04"}),   # a month as the first bound: from its first day
    ("2029", "2029", {"2029-03"}),                  # a year as both bounds
    ("2029-03-15", "2029-03-15", {"2029-03"}),      # a day inside the month overlaps it
    ("2027-06-01", "2028-12-31", {"2027"}),
    (None, "2026", set()),
    ("2031-03-05", None, set()),
])
def test_date_filters_select_by_interval_overlap(store, date_from, date_to, expected):
    rows = store.events(date_from=date_from, date_to=date_to)
    assert {r["date"] for r in rows} == expected
    assert store.count_events(date_from=date_from, date_to=date_to) == len(expected)


def test_a_filter_that_is_no_date_is_refused(store):
    with pytest.raises(ValueError):
        store.events(date_from="March")


def test_cli_accepts_month_and_year_bounds(store, tmp_path):
    from click.testing import CliRunner

    from tacitus.cli import main

    db = str(store.path)
    result = CliRunner().invoke(main, ["events", "--db", db, "--from", "2029-03", "--to", "2030",
                                       "--format", "csv"])
    assert result.exit_code == 0, result.output
    rows = list(csv.DictReader(io.StringIO(result.output)))
    assert [(r["date"], r["date_precision"]) for r in rows] == [("2029-03", "month")]
    bad = CliRunner().invoke(main, ["events", "--db", db, "--from", "03/2029"])
    assert bad.exit_code != 0 and "YYYY-MM" in bad.output


def test_exports_show_the_precision(store):
    out = io.StringIO()
    export(store, "gdelt", out)
    rows = {r["PLOVERType"] + r["DatePrecision"]: r for r in csv.DictReader(io.StringIO(out.getvalue()),
                                                                             delimiter="\t")}
    assert (rows["ASSAULTday"]["Day"], rows["ASSAULTday"]["TimePrecision"]) == ("20310304", "1")
    month = rows["COERCEmonth"]  # as ACLED: the first day, with the precision that says it is a month
    assert (month["Day"], month["MonthYear"], month["Year"], month["TimePrecision"]) == ("20290301", "202903", "2029", "3")
    assert (rows["COERCEyear"]["Year"], rows["COERCEyear"]["DatePrecision"]) == ("2027", "year")

    out = io.StringIO()
    export(store, "plover", out)
    records = {r["date"]: r for r in json.loads(out.getvalue())}
    assert (records["2029-03"]["date_precision"], records["2029-03"]["time_precision"]) == ("month", 3)
    assert records["2029-03"].get("enddate") is None  # a month is no range of days

    out = io.StringIO()
    export(store, "csv", out)
    flat = {r["date"]: r for r in csv.DictReader(io.StringIO(out.getvalue()))}
    assert (flat["2027"]["date_precision"], flat["2027"]["date_first"], flat["2027"]["date_last"]) == \
        ("year", "2027-01-01", "2027-12-31")


def test_parquet_export_keeps_the_date_columns(store, tmp_path):
    pq = pytest.importorskip("pyarrow.parquet")
    export(store, "parquet", tmp_path / "e.parquet")
    table = pq.read_table(tmp_path / "e.parquet").to_pylist()
    assert {(r["date"], r["date_precision"], r["time_precision"]) for r in table} == {
        ("2027", "year", 3), ("2029-03", "month", 3), ("2031-03-04", "day", 1)}


def test_timeline_counts_a_month_on_the_month_never_on_a_day(store):
    counts = store.timeline_counts()
    assert {(c["period"], c["precision"], c["day"]) for c in counts} == {
        ("2031-03-04", "day", "2031-03-04"), ("2029-03", "month", None), ("2027", "year", None)}


def test_an_inferred_date_is_marked_and_a_stated_one_wins_when_reports_merge(tmp_path):
    store = Store.open(tmp_path / "m.db")
    text = "Orvan troops shelled Pellum, officials said."
    first = report("a1", text, "2031-03-04", actors=ACTORS,
                   events=[dict(type="ASSAULT", trigger="shelled", actors=["o"], recipients=["p"])])
    first.events[0].date = TimeRef("", 0, 0, "2031-03-04", "day", inferred=True)
    second = report("a2", "On Monday Orvan troops shelled Pellum.", "2031-03-05", actors=ACTORS,
                    events=[dict(type="ASSAULT", trigger="shelled", actors=["o"], recipients=["p"])])
    second.events[0].date = TimeRef("Monday", 3, 9, "2031-03-03", "day")
    store.add_report(first)
    store.add_report(second)
    [merged] = store.events()
    assert (merged["date"], merged["date_inferred"], merged["n_reports"]) == ("2031-03-03", False, 2)
    inferred = [r for r in store.events(merged=False) if r["date_inferred"]]
    assert [r["date"] for r in inferred] == ["2031-03-04"]


def test_historical_event_without_a_date_is_not_given_the_publication_day(tmp_path):
    store = Store.open(tmp_path / "h.db")
    r = report("h1", TEXT, "2031-03-06", actors=ACTORS, events=[
        dict(type="COERCE", trigger="occupied", actors=["o"], recipients=["p"], status="historical")])
    store.add_report(r)
    [row] = store.events()
    assert (row["date"], row["date_first"], row["date_precision"]) == (None, None, None)


def test_migration_converts_a_first_schema_store_without_losing_a_row(tmp_path):
    """A store written by the first schema (dates as TIMEX value + start day only) is opened:
    every row stays, and months and years get their precision and interval."""
    import sqlite3

    path = tmp_path / "old.db"
    old = sqlite3.connect(path, isolation_level=None)
    for statement in schema._statements(schema.MIGRATIONS[0]):
        old.execute(statement)
    old.execute("PRAGMA user_version = 1")
    r = dated_report("old1")
    old.execute("INSERT INTO articles(id, key, content_hash, text, report_json, published, ingested_at) "
                "VALUES (1, 'old1', 'h', ?, ?, '2031-03-06', 'then')", (r.article.text, r.to_json()))
    for n, e in enumerate(r.events, 1):
        value = e.date.value
        day = value if len(value) == 10 else None  # the first schema: a month or year lost its day
        old.execute("INSERT INTO merged_events(id, type, day_first, day_last, n_reports, n_articles) "
                    "VALUES (?, ?, ?, ?, 1, 1)", (n, e.type, day, day))
        old.execute("INSERT INTO events(id, article_id, local_id, merged_id, type, status, date, day) "
                    "VALUES (?, 1, ?, ?, ?, ?, ?, ?)", (n, e.id, n, e.type, e.status, value, day))
    old.execute("INSERT INTO quotes(article_id, local_id, text, date, day) VALUES "
                "(1, 'q9', 'We hold', '2031-03-06', '2031-03-06')")
    old.close()

    store = Store.open(path)
    assert store.conn.execute("PRAGMA user_version").fetchone()[0] == schema.VERSION
    assert store.counts()["events"] == 3 and store.counts()["merged_events"] == 3
    assert store.counts()["quotes"] == 1
    assert {(e["date"], e["date_precision"], e["date_first"]) for e in store.events()} == {
        ("2031-03-04", "day", "2031-03-04"), ("2029-03", "month", "2029-03-01"), ("2027", "year", "2027-01-01")}
    assert store.count_events(date_from="2029-03", date_to="2029-03") == 1
    [quote] = store.quotes()
    assert (quote["date"], quote["date_precision"]) == ("2031-03-06", "day")


def test_web_timeline_shows_a_month_as_a_month(store):
    from fastapi.testclient import TestClient

    from tacitus.web.app import create_app

    client = TestClient(create_app(store.path))
    page = client.get("/timeline", params={"every_status": "true"}).text  # the year is history
    assert "2029-03 <span class=\"precision\"" in page and "(month)" in page and "(year)" in page
    assert 'id="coarse-dates"' in page
    chart = client.get("/api/timeline").json()["counts"]
    assert {c["day"] for c in chart if c["precision"] != "day"} == {None}
    assert client.get("/api/events", params={"date_from": "2029-03", "date_to": "2029-03"}).json()["total"] == 1
    assert client.get("/api/events", params={"date_from": "March"}).status_code == 400


def test_chart_bins_a_month_only_on_month_bins(store):
    from tacitus.web import chart

    counts = store.timeline_counts()
    days = chart.binned(counts, "day")
    assert sum(sum(s["counts"]) for s in days["series"]) == 1  # only the day-dated event
    assert {c["period"] for c in chart.not_charted(counts, "day")} == {"2029-03", "2027"}
    months = chart.binned(counts, "month")
    assert sum(sum(s["counts"]) for s in months["series"]) == 2  # the day and the month
    assert {c["period"] for c in chart.not_charted(counts, "month")} == {"2027"}
