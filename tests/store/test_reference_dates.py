"""The reference article after ingest: every date of the expected YAML is in the store,
at its precision (a month stays a month), and no event is left without a date."""
from __future__ import annotations

import pytest

from tacitus.store import Store

from tests.extract.test_events_reference import DATE_GAPS, _entries, _find

PRECISION_OF_LENGTH = {10: "day", 7: "month", 4: "year"}


@pytest.fixture(scope="module")
def stored(example_report, tmp_path_factory):
    store = Store.open(tmp_path_factory.mktemp("reference") / "ref.db")
    assert store.add_report(example_report) == "added"
    rows = {r["local_id"]: r for r in map(dict, store.conn.execute("SELECT * FROM events"))}
    yield store, rows
    store.close()


@pytest.mark.parametrize("kind, entry", [pytest.param(p.id.split("-")[0], p.values[0], id=p.id)
                                         for p in _entries("events") + _entries("background")
                                         if "date" in p.values[0] and p.id not in DATE_GAPS])
def test_expected_date_is_stored_at_its_precision(example_report, stored, kind, entry):
    event = _find(example_report, entry, historical=kind == "background")
    assert event is not None, entry
    row = stored[1][event.id]
    want = str(entry["date"])
    assert (row["date"], row["date_precision"]) == (want, PRECISION_OF_LENGTH[len(want)])
    assert row["date_first"] <= row["date_last"] and row["date_first"].startswith(want)


def test_every_stored_event_has_a_date_in_every_output(stored):
    store, rows = stored
    listed = store.events(merged=False, limit=500)
    assert len(listed) == len(rows)
    assert all(e["date"] and e["date_precision"] and e["time_precision"] for e in listed)
    assert {e["date"] for e in listed} >= {"2025-04", "2022-02", "2014", "2025-02"}
