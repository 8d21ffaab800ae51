"""The query commands never hide rows or mistakes: counts, pages, newest first, codes checked."""
from __future__ import annotations

import datetime as dt

import pytest
from click.testing import CliRunner

from tacitus.cli import main
from tacitus.store import Store

from .helpers import report

N_EVENTS = 62


@pytest.fixture
def db(tmp_path):
    path = tmp_path / "q.db"
    store = Store.open(path)
    day = dt.date(2024, 1, 1)
    for n in range(N_EVENTS):
        published = (day + dt.timedelta(days=n)).isoformat()
        text = f"Marovia shelled Tellburg in Velia on day {n}. \"We will answer,\" said Velia minister Ada Rhee."
        store.add_report(report(f"a{n}", text, published,
                                actors=[("m", "Marovia", "state", "MRV", "GOV"), ("v", "Velia", "state", "VEL", "GOV"),
                                        ("a", "Ada Rhee", "person", "VEL", "GOV", "minister")],
                                events=[dict(type="ASSAULT", trigger="shelled", actors=["m"], recipients=["v"],
                                             place=f"Tellburg", country="VEL", date=published)],
                                quotes=[("a", "We will answer")]))
    store.close()
    return str(path)


def run(*args):
    return CliRunner().invoke(main, list(args))


def test_events_say_how_many_are_hidden_and_show_the_newest_first(db):
    out = run("events", "--db", db, "--per-report", "--format", "json")
    rows = __import__("json").loads(out.stdout)
    assert out.exit_code == 0 and len(rows) == 50
    assert rows[0]["date"] == "2024-03-02" and rows[-1]["date"] > "2024-01-12"  # newest first
    assert f"showing 1-50 of {N_EVENTS} events" in out.stderr
    everything = run("events", "--db", db, "--per-report", "--all", "--format", "csv")
    assert everything.stdout.count("\n") == N_EVENTS + 1 and "showing" not in everything.stderr
    oldest = __import__("json").loads(run("events", "--db", db, "--per-report", "--oldest-first", "--limit", "1",
                                          "--format", "json").stdout)
    assert oldest[0]["date"] == "2024-01-01"


def test_quotes_are_paged_the_same_way(db):
    out = run("quotes", "--db", db, "--limit", "10")
    assert out.exit_code == 0 and f"showing 1-10 of {N_EVENTS} quotes" in out.stderr


def test_unknown_codes_are_refused_with_the_nearest(db):
    out = run("events", "--db", db, "--type", "ASSAUL")
    assert out.exit_code == 2 and "did you mean ASSAULT" in out.stderr
    assert run("events", "--db", db, "--status", "asserte").exit_code == 2
    assert run("export", "--db", db, "--format", "jsonl", "--mode", "nonsense").exit_code == 2
    assert run("events", "--db", db, "--type", "assault", "--limit", "1").exit_code == 0  # any case


def test_a_name_that_matches_no_actor_is_an_error(db):
    out = run("timeline", "Nobody", "--db", db)
    assert out.exit_code == 1 and "no actor matches" in out.stderr
    assert run("events", "--db", db, "--actor", "Nobody").exit_code == 1
    empty = run("events", "--db", db, "--type", "PROTEST")
    assert empty.exit_code == 0 and "no events match" in empty.stderr


def test_limits_are_checked(db):
    assert run("events", "--db", db, "--limit", "-1").exit_code == 2
    assert run("events", "--db", db, "--limit", str(2**63)).exit_code == 2


def test_explain_says_why_reports_were_merged(tmp_path):
    path = tmp_path / "m.db"
    store = Store.open(path)
    for key, day in (("k1", "2024-03-04"), ("k2", "2024-03-05")):
        text = "Marovia shelled Tellburg in Velia, killing 12."
        store.add_report(report(key, text, day, actors=[("m", "Marovia", "state", "MRV", "GOV"),
                                                        ("v", "Velia", "state", "VEL", "GOV")],
                                events=[dict(type="ASSAULT", trigger="shelled", actors=["m"], recipients=["v"],
                                             place="Tellburg", country="VEL", date=day)]))
    store.close()
    out = run("events", "--db", str(path), "--explain", "--format", "json")
    (row,) = __import__("json").loads(out.stdout)
    assert row["n_reports"] == 2 and "same type ASSAULT" in row["why"][0] and "shared Marovia" in row["why"][0]
