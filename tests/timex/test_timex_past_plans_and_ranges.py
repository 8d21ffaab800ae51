"""Direction classes read on news text, each on sentences written for it: a plan told in the
past ("was expected to end on December 15") is not ahead of the publication day, a date
after "until" or "to" ends a stretch that may run past it ("extended the curfew until May
1"), a weekday written with its date fixes the year ("Tuesday, January 21"), and a range of
weekdays is days apart, not a year ("Wednesday through Friday")."""
from __future__ import annotations

import datetime as dt

import pytest

from tacitus.extract import time
from tacitus.timex import find_times_in_text


def times(text, published):
    return [(t.text, t.value) for t in find_times_in_text(text, published)]


@pytest.mark.parametrize("text, published, expected", [
    # a plan told in the past: the news default (the nearest past, or weeks ahead)
    ("The ban was expected to end on December 15, officials said.", dt.date(2031, 1, 2),
     ("December 15", "2030-12-15")),
    ("The ferry was scheduled to sail on November 30.", dt.date(2031, 1, 2), ("November 30", "2030-11-30")),
    ("The hearing was due to open on January 20.", dt.date(2031, 1, 14), ("January 20", "2031-01-20")),
    # a plan told now still points forward
    ("The ban is expected to end on December 15.", dt.date(2031, 1, 2), ("December 15", "2031-12-15")),
    # "until", "to": the nearest, before or after the publication day
    ("The governor extended the curfew until May 1.", dt.date(2031, 4, 5), ("May 1", "2031-05-01")),
    ("Officials pushed the deadline back to June 3.", dt.date(2031, 5, 20), ("June 3", "2031-06-03")),
    ("The curfew lasted until March 30.", dt.date(2031, 4, 5), ("March 30", "2031-03-30")),
    # a weekday with its date: the year in which the date falls on that weekday
    ("The trial could open on Tuesday, January 21, subject to a vote.", dt.date(2031, 1, 15),
     ("Tuesday, January 21", "2031-01-21")),
    ("The strike began on Sunday, December 29.", dt.date(2031, 1, 15), ("Sunday, December 29", "2030-12-29")),
])
def test_past_plans_ends_of_stretches_and_weekdays_with_dates(text, published, expected):
    assert expected in times(text, published)


def test_a_range_of_weekdays_is_days_apart():
    found = times("The president declared three days of mourning, Wednesday through Friday.", dt.date(2031, 2, 27))
    assert ("Wednesday", "2031-02-26") in found and ("Friday", "2031-02-28") in found


def test_a_plan_told_in_the_past_in_a_parsed_sentence(pipeline):
    text = "The state of emergency was expected to end on December 15, the ministry said."
    found = {(t.text, t.value) for t in time.find_times(pipeline.nlp(text), dt.date(2031, 1, 2))}
    assert ("December 15", "2030-12-15") in found


@pytest.mark.parametrize("text, published, expected", [
    # a weekday planned in the past: the nearest one, before or after the publication day
    ("The council was set to meet on Wednesday, but the session was called off.", dt.date(2031, 8, 3),
     ("Wednesday", "2031-08-06")),
    ("The council was set to meet on Friday, but the session was called off.", dt.date(2031, 8, 3),
     ("Friday", "2031-08-01")),
])
def test_a_weekday_planned_in_the_past_is_the_nearest(text, published, expected):
    assert expected in times(text, published)
