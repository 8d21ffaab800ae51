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


@pytest.mark.parametrize("text, published, expected", [
    # a forecast or a plan reported with "would" / "was to": the nearest day
    ("The storm was forecast to reach the coast possibly on Wednesday.", dt.date(2031, 7, 22),
     ("Wednesday", "2031-07-23")),
    ("The assembly announced it would meet on Monday.", dt.date(2031, 8, 3), ("Monday", "2031-08-04")),
    ("The union said the depot was to reopen on Friday.", dt.date(2031, 8, 3), ("Friday", "2031-08-01")),
])
def test_forecasts_and_plans_reported_in_the_past(text, published, expected):
    assert expected in times(text, published)


@pytest.mark.parametrize("text", [
    "Tourists flew to Easter Island to see the statues.",
    "The Good Friday Agreement ended decades of violence.",
    "Historians marked the Easter Rising centenary.",
])
def test_a_holiday_in_the_name_of_a_place_or_a_treaty_is_no_date(text):
    assert not [t for t in times(text, dt.date(2031, 8, 3)) if t[1] and t[1][:2] == "20"]


def test_the_holiday_itself_is_still_a_date():
    assert ("Good Friday", "2031-04-11") in times("Shops closed on Good Friday.", dt.date(2031, 8, 3))


@pytest.mark.parametrize("text, published, expected", [
    # "due to" as "because of" points nowhere; after a copula it looks forward
    ("Riots broke out due to the shooting of a driver in August.", dt.date(2031, 10, 29), ("August", "2031-08")),
    ("The vote is due to take place in August.", dt.date(2031, 10, 29), ("August", "2032-08")),
    # a month named with no tense, ten months back but weeks ahead: the coming one
    ('"We are the real choice for voters in November," she argued.', dt.date(2031, 10, 29),
     ("November", "2031-11")),
    # with a past tense it stays behind
    ("Voters chose a new mayor in November.", dt.date(2031, 10, 29), ("November", "2030-11")),
])
def test_due_to_and_months_without_a_tense(text, published, expected):
    assert expected in times(text, published)


def test_a_full_stop_after_a_month_ends_its_sentence():
    found = times("Three claims surfaced in early September. First, a reporter wrote.", dt.date(2031, 10, 29))
    assert found == [("early September", "2031-09")]


@pytest.mark.parametrize("text, expected", [
    ("The debate, moderated by USA Today Washington bureau chief Ann Lee, was civil.", []),
    ("Today, the ministry said the talks had failed.", [("Today", "2031-10-29")]),
    ('He told reporters: "Today we win."', [("Today", "2031-10-29")]),
])
def test_today_in_a_name_is_no_date(text, expected):
    assert [t for t in times(text, dt.date(2031, 10, 29)) if t[0].lower() == "today"] == expected


@pytest.mark.parametrize("text, expected", [
    # the clock in brackets is the same instant elsewhere: the next day across midnight ...
    ("Officers reached the scene on Monday at 8:30 p.m. (0030 UTC).", ("0030 UTC", "2031-08-19T00:30")),
    # ... or the day before
    ("The quake struck at 0330 local time (2130 GMT).", ("2130 GMT", "2031-08-22T21:30")),
    # the same day when no midnight lies between
    ("The fire started at 19:00 local time (1700 UTC).", ("1700 UTC", "2031-08-23T17:00")),
])
def test_a_clock_in_brackets_is_the_same_instant_in_another_zone(text, expected):
    assert expected in times(text, dt.date(2031, 8, 23))


@pytest.mark.parametrize("text, published, expected", [
    # the target date of a prediction is the nearest, whatever the tense of the report
    ("A model projected 32,000 more deaths by August 4.", dt.date(2031, 5, 29), ("August 4", "2031-08-04")),
    # a past event finished by a date stays in the past
    ("The bridge was finished by August 4.", dt.date(2031, 5, 29), ("August 4", "2030-08-04")),
    # a month with no tense three months ahead
    ("We are the real choice for voters in November.", dt.date(2031, 8, 4), ("November", "2031-11")),
])
def test_prediction_targets_and_months_a_season_ahead(text, published, expected):
    assert expected in times(text, published)


@pytest.mark.parametrize("text, published, expected", [
    # "set for", "scheduled for", "must": ahead
    ("The launch is set for September 1.", dt.date(2031, 10, 29), ("September 1", "2032-09-01")),
    ("Ballots must be received by November 3.", dt.date(2031, 10, 29), ("November 3", "2031-11-03")),
    ("Applicants must file by November 10.", dt.date(2031, 10, 29), ("November 10", "2031-11-10")),
    # "must have" infers the past
    ("He must have left on October 3.", dt.date(2031, 10, 29), ("October 3", "2031-10-03")),
    # a holiday drawing near is the coming one, even in a past clause
    ("As Election Day drew closer, tensions rose.", dt.date(2031, 10, 29), ("Election Day", "2031-11-04")),
    ("Shops filled as Christmas approached.", dt.date(2031, 12, 20), ("Christmas", "2031-12-25")),
])
def test_scheduled_obligations_and_approaching_holidays(text, published, expected):
    assert expected in times(text, published)
