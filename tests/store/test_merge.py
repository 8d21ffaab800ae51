"""Merging reports into events, on hand-made Reports of fictional events."""
from __future__ import annotations

import datetime as dt

import pytest

from tacitus.store import Store

from .helpers import report

MAROVIA = ("m", "Marovia", "state", "MRV", "GOV")
VELIA = ("v", "Velia", "state", "VEL", "GOV")
OSTRIA = ("o", "Ostria", "state", "OST", "GOV")


@pytest.fixture
def store(tmp_path):
    s = Store.open(tmp_path / "merge.db")
    yield s
    s.close()


def shelling(key, text, day, published, killed, trigger, place="Tellburg", actor=MAROVIA):
    return report(key, text, published, actors=[actor, VELIA],
                  events=[dict(type="ASSAULT", trigger=trigger, actors=[actor[0]], recipients=["v"], place=place,
                               country="VEL", date=day, killed=killed)])


def test_a_pair_reported_differently_is_one_event(store):
    store.add_report(shelling("a", "Marovia shelled Tellburg in Velia on Monday, killing 12.",
                              "2024-03-04", "2024-03-04", (12, 12), "shelled"))
    store.add_report(shelling("b", "Rockets fired by Marovia hit Tellburg; Velia said at least 15 died.",
                              "2024-03-05", "2024-03-05", (15, None), "hit"))
    assert store.count_events() == 1
    assert store.count_events(merged=False) == 2
    (event,) = store.events()
    assert event["n_reports"] == 2 and len(event["article_ids"]) == 2
    assert event["killed"] == 15  # the largest of the minimums
    detail = store.event(event["id"])
    figures = sorted((r["article"]["key"], c["min"]) for r in detail["reports"] for c in r["casualties"])
    assert figures == [("a", 12), ("b", 15)]  # every value kept with its source


def test_a_triple_a_day_apart_with_other_figures_is_one_event(store):
    texts = ["Marovia shelled Tellburg overnight; 9 were killed, Velia said.",
             "Velia says Marovian shelling of Tellburg killed between 10 and 14 people.",
             "The toll from Marovia's attack on Tellburg rose to 20, Velia said a day later."]
    for n, (text, trig, k) in enumerate(zip(texts, ["shelled", "shelling", "attack"], [(9, 9), (10, 14), (20, 20)])):
        day = f"2024-03-0{4 + min(n, 1)}"
        store.add_report(shelling(f"t{n}", text, day, day, k, trig))
    (event,) = store.events()
    assert event["n_reports"] == 3
    assert (event["killed"], event["killed_high"]) == (20, 20)
    assert event["date"] == "2024-03-04" and event["date_last"] == "2024-03-05"


def test_look_alike_events_do_not_merge(store):
    # same day, same attacker: two different towns
    store.add_report(shelling("x1", "Marovia shelled Tellburg in Velia, killing 3.", "2024-05-01", "2024-05-01",
                              (3, 3), "shelled"))
    store.add_report(shelling("x2", "Marovia shelled Dunmere in Velia, killing 3.", "2024-05-01", "2024-05-01",
                              (3, 3), "shelled", place="Dunmere"))
    # same town, a week later
    store.add_report(shelling("x3", "Marovia shelled Tellburg again, killing 2.", "2024-05-08", "2024-05-08",
                              (2, 2), "shelled"))
    # same town and day, another attacker
    store.add_report(shelling("x4", "Ostria shelled Tellburg, killing 3.", "2024-05-01", "2024-05-01",
                              (3, 3), "shelled", actor=OSTRIA))
    assert store.count_events() == 4


def test_other_type_or_status_does_not_merge(store):
    text = "Marovia met Velia in Tellburg on Monday."
    store.add_report(report("c1", text, "2024-06-03", actors=[MAROVIA, VELIA], events=[
        dict(type="CONSULT", trigger="met", actors=["m"], recipients=["v"], place="Tellburg", date="2024-06-03")]))
    store.add_report(report("c2", "Marovia will not meet Velia in Tellburg.", "2024-06-03", actors=[MAROVIA, VELIA],
                            events=[dict(type="CONSULT", trigger="meet", actors=["m"], recipients=["v"],
                                         place="Tellburg", date="2024-06-03", status="negated")]))
    store.add_report(report("c3", "Marovia accused Velia in Tellburg.", "2024-06-03", actors=[MAROVIA, VELIA],
                            events=[dict(type="ACCUSE", trigger="accused", actors=["m"], recipients=["v"],
                                         place="Tellburg", date="2024-06-03")]))
    assert store.count_events() == 3


def test_window_is_tunable_and_counts_follow(store):
    store.add_report(shelling("w1", "Marovia shelled Tellburg, killing 4.", "2024-07-01", "2024-07-01",
                              (4, 4), "shelled"))
    store.add_report(shelling("w2", "Marovia shelled Tellburg, killing 4, Velia said.", "2024-07-04", "2024-07-04",
                              (4, 4), "shelled"))
    assert store.count_events() == 2  # three days apart: outside the default window of 2
    assert store.remerge(3) == 1
    assert store.count_events() == 1 and store.count_events(merged=False) == 2
    assert [t["count"] for t in store.timeline_counts()] == [1]  # counted once, never per report


def test_replacing_an_article_regroups_its_events(store):
    store.add_report(shelling("r1", "Marovia shelled Tellburg, killing 6.", "2024-08-01", "2024-08-01",
                              (6, 6), "shelled"))
    store.add_report(shelling("r2", "Marovia shelled Tellburg, killing 7.", "2024-08-01", "2024-08-01",
                              (7, 7), "shelled"))
    assert store.events()[0]["killed"] == 7
    corrected = shelling("r2", "Marovia shelled Dunmere, killing 7.", "2024-08-01", "2024-08-01",
                         (7, 7), "shelled", place="Dunmere")
    assert store.add_report(corrected) == "replaced"
    assert store.count_events() == 2
    killed = sorted(e["killed"] for e in store.events())
    assert killed == [6, 7]


def test_every_group_summary_is_up_to_date_after_adds_and_replacements(store):
    """`add_report` refreshes each group it touches once (assign's, then the old rows' the
    new events left): refreshing every group again afterwards changes no summary."""
    from tacitus.store import merge

    store.add_report(shelling("s1", "Marovia shelled Tellburg, killing 6.", "2024-08-01", "2024-08-01",
                              (6, 6), "shelled"))
    store.add_report(shelling("s2", "Marovia shelled Tellburg, killing 9.", "2024-08-01", "2024-08-01",
                              (9, 9), "shelled"))
    store.add_report(shelling("s3", "Marovia shelled Tellburg, killing 4.", "2024-08-02", "2024-08-02",
                              (4, 4), "shelled"))
    store.add_report(shelling("s2", "Marovia shelled Dunmere, killing 9.", "2024-08-01", "2024-08-01",
                              (9, 9), "shelled", place="Dunmere"))  # leaves its group for a new one

    def summaries():
        return [tuple(r) for r in store.conn.execute("SELECT * FROM merged_events ORDER BY id")]

    before = summaries()
    assert [r[0] for r in before] and max(e["n_reports"] for e in store.events()) == 2
    for (group,) in store.conn.execute("SELECT id FROM merged_events").fetchall():
        merge.refresh(store.conn, group)
    assert summaries() == before


def _protest(key, text, published, date, actors=(VELIA,), place="Tellburg", trigger="rallied"):
    return report(key, text, published, actors=list(actors), events=[
        dict(type="PROTEST", trigger=trigger, actors=[a[0] for a in actors], place=place, date=date)])


def test_a_coarse_date_never_merges_with_a_day_months_away(store):
    store.add_report(_protest("m1", "Velia's opposition rallied in Tellburg in March.", "2024-03-30", "2024-03"))
    store.add_report(_protest("m2", "Velia's opposition rallied in Tellburg again.", "2024-07-15", "2024-07-15"))
    store.add_report(_protest("m3", "Velia's opposition rallied in Tellburg on March 12.", "2024-03-13",
                              "2024-03-12"))
    assert store.count_events() == 2  # the March report joins the March 12 one, not July's
    (march,) = [e for e in store.events() if e["n_reports"] == 2]
    assert sorted(march["article_ids"]) == sorted(a["id"] for a in store.articles() if a["key"] in ("m1", "m3"))


def test_a_year_read_from_a_clock_time_never_merges(store):
    store.add_report(_protest("y1", "Velia's opposition rallied in Tellburg (1620 UTC).", "2024-03-12", "1620"))
    store.add_report(_protest("y2", "Velia's opposition rallied in Tellburg on Tuesday.", "2024-03-12", "2024-03-12"))
    assert store.count_events() == 2


def test_the_same_place_without_a_shared_participant_does_not_merge(store):
    gunmen = ("g", "gunmen", "group", None, "REB")
    police = ("p", "police", "group", None, "COP")
    store.add_report(report("s1", "gunmen attacked a bus in Tellburg.", "2024-04-02", actors=[gunmen], events=[
        dict(type="ASSAULT", trigger="attacked", actors=["g"], place="Tellburg", date="2024-04-02")]))
    store.add_report(report("s2", "police attacked a crowd in Tellburg.", "2024-04-02", actors=[police], events=[
        dict(type="ASSAULT", trigger="attacked", actors=["p"], place="Tellburg", date="2024-04-02")]))
    assert store.count_events() == 2


def test_every_merge_says_why(store):
    store.add_report(shelling("e1", "Marovia shelled Tellburg in Velia on Monday, killing 12.",
                              "2024-03-04", "2024-03-04", (12, 12), "shelled"))
    store.add_report(shelling("e2", "Marovia's shelling of Tellburg killed 12, Velia said.",
                              "2024-03-05", "2024-03-05", (12, 12), "shelling"))
    (event,) = store.events()
    (pair,) = store.explain(event["id"])
    assert pair["merged"] and pair["reasons"][0] == "same type ASSAULT"
    assert "dates 1 day apart (window 2)" in pair["reasons"]
    assert any(r.startswith("shared ") and "Marovia" in r for r in pair["reasons"])
    assert "same place tellburg" in [r.lower() for r in pair["reasons"]]


def test_a_shared_person_alone_is_not_enough(store):
    ada = ("a", "Ada Rhee", "person", "VEL", "GOV")
    bo = ("b", "Bo Tran", "person", "MRV", "GOV")
    cy = ("c", "Cy Orr", "person", "OST", "GOV")
    store.add_report(report("p1", "Ada Rhee urged Bo Tran to talk.", "2024-05-02", actors=[ada, bo], events=[
        dict(type="REQUEST", trigger="urged", actors=["a"], recipients=["b"], date="2024-05-02")]))
    store.add_report(report("p2", "Ada Rhee urged Cy Orr to resign.", "2024-05-02", actors=[ada, cy], events=[
        dict(type="REQUEST", trigger="urged", actors=["a"], recipients=["c"], date="2024-05-02")]))
    store.add_report(report("p3", "Ada Rhee asked for calm.", "2024-05-02", actors=[ada], events=[
        dict(type="REQUEST", trigger="asked", actors=["a"], date="2024-05-02")]))
    assert store.count_events() == 3


def test_the_same_people_and_words_are_one_event(store):
    bo = ("b", "Bo Tran", "person", "MRV", "GOV")
    for key in ("w1", "w2"):
        store.add_report(report(key, "Bo Tran withdrew in March 2024.", "2024-05-02", actors=[bo], events=[
            dict(type="RETREAT", trigger="withdrew", actors=["b"], date="2024-03")]))
    (event,) = store.events()
    assert event["n_reports"] == 2
    assert "the same participants and the same words ('withdrew')" in store.explain(event["id"])[0]["reasons"]


def test_date_intervals_of_each_precision():
    from tacitus.store.merge import date_interval

    def row(date, day=None):
        return {"date": date, "day": day}

    assert date_interval(row("2024-02")) == (dt.date(2024, 2, 1), dt.date(2024, 2, 29))
    assert date_interval(row("2024-12")) == (dt.date(2024, 12, 1), dt.date(2024, 12, 31))
    assert date_interval(row("2020-W01")) == (dt.date(2019, 12, 30), dt.date(2020, 1, 5))
    assert date_interval(row("1620")) == (dt.date(1620, 1, 1), dt.date(1620, 12, 31))
    assert date_interval(row("2024-03-05", "2024-03-05")) == (dt.date(2024, 3, 5),) * 2
    assert date_interval(row("PRESENT_REF")) == (None, None) and date_interval(row(None)) == (None, None)
