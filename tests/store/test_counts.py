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
