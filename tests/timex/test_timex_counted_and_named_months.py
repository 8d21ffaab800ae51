"""Value classes of the second step of issue 12's last round, each on sentences written for
it: a span counted from the date that follows it ("three days after January 12"), a month
of a relative year ("June next year"), "this September" and "this summer" of the current
year, and written dates the grammar did not read ("2031/08/12", "July 4th of 1995", an
amount before a date). The publication date is a Wednesday in May."""
from __future__ import annotations

import datetime as dt

import pytest

from tacitus.timex import find_times_in_text

DCT = dt.date(2033, 5, 11)


def times(text, published=DCT):
    return [(t.text, t.value) for t in find_times_in_text(text, published)]


@pytest.mark.parametrize("text, expected", [
    ("The ceasefire collapsed three days after January 12.", ("three days after", "2033-01-15")),
    ("Rebels struck two days after Easter.", ("two days after", "2033-04-19")),
    ("Troops left a month after May 3, 2031.", ("a month after", "2031-06")),
    ("The dam burst a week before March 20, 2030.", ("a week before", "2030-W11")),
    # the following date is too coarse for the unit: unknown, not the publication date's
    ("The vote came five days after March.", ("five days after", None)),
    # no date follows: counted from the last date given, as before
    ("Police arrived on Monday. Two days later the road reopened.", ("Two days later", "2033-05-11")),
])
def test_counted_from_the_date_that_follows(text, expected):
    assert expected in times(text)


@pytest.mark.parametrize("text, expected", [
    ("Elections are due in June next year.", ("June next year", "2034-06")),
    ("The plant closed in March of last year.", ("March of last year", "2032-03")),
    ("Prices rose in May this year.", ("May this year", "2033-05")),
    # "this" with a month or a season: of the current year, before or after the publication
    ("Officials will meet this September.", ("this September", "2033-09")),
    ("Exports slumped this February.", ("this February", "2033-02")),
    ("The drought this summer will be severe.", ("this summer", "2033-SU")),
])
def test_months_of_relative_years_and_this_month(text, expected):
    assert expected in times(text)


def test_this_winter_in_january_is_the_winter_around_the_turn_of_the_year():
    assert ("This winter", "2032-WI") in times("This winter has been mild.", dt.date(2033, 1, 20))


def test_the_modal_may_before_this_year_is_no_month():
    assert times("May this year be better than the last.") == [("this year", "2033")]


@pytest.mark.parametrize("text, expected", [
    ("The law took effect on 2031/08/12.", ("2031/08/12", "2031-08-12")),
    ("The fort fell on July 4th of 1995.", ("July 4th of 1995", "1995-07-04")),
    ("She paid $12 December 27 for the ticket.", ("December 27", "2032-12-27")),
])
def test_written_dates(text, expected):
    assert expected in times(text)


@pytest.mark.parametrize("text, expected", [
    ("Police reached the port on Monday. In the last match of the day, the hosts lost.", ("the day", "2033-05-09")),
    ("It was the second attack of the day, officials said.", ("the day", "2033-05-11")),
    ("Shares closed 2% higher for the day.", ("the day", "2033-05-11")),
])
def test_of_the_day_is_the_day_the_text_is_about(text, expected):
    assert expected in times(text)


@pytest.mark.parametrize("text", [
    "At the end of the day, voters decide.",
    "She was the player of the day.",
    "Soup of the day: leek.",
])
def test_idioms_of_the_day_are_no_date(text):
    assert not [t for t in times(text) if t[0] == "the day"]


@pytest.mark.parametrize("text, expected", [
    ("The protest began on August 20, 2030. That September, it spread abroad.", ("That September", "2030-09")),
    ("The mill closed in 2029. That March, the town lost its bank.", ("That March", "2029-03")),
    # with no year given before: the last one, as a past month
    ("That September, the rains failed.", ("That September", "2032-09")),
])
def test_that_month_is_in_the_year_the_text_last_gave(text, expected):
    assert expected in times(text)


def test_anticipated_to_looks_forward():
    assert ("January", "2034-01") in times("A trial, anticipated to begin in January, was set.")


@pytest.mark.parametrize("text, expected", [
    ("The rally was held a week ago today.", ("a week ago today", "2033-05-04")),
    ("The dam burst two years ago Tuesday.", ("two years ago Tuesday", "2031-05-10")),
    ("The war ended two decades ago this week.", ("two decades ago this week", "2013-W19")),
])
def test_ago_with_a_day_is_that_day_counted_back(text, expected):
    assert expected in times(text)


def test_ago_then_a_day_of_another_clause_stays_apart():
    found = times("He left a year ago, Tuesday's report said.")
    assert ("a year ago", "2032") in found and ("Tuesday", "2033-05-10") in found


@pytest.mark.parametrize("text, expected", [
    ("The trial begins on the 15th.", ("the 15th", "2033-05-15")),
    ("Talks will resume on the 5th.", ("the 5th", "2033-06-05")),
    ("Voting closed on the 28th.", ("the 28th", "2033-04-28")),
    ("The ferry sank on the 3rd, officials said.", ("the 3rd", "2033-05-03")),
])
def test_a_day_of_the_month_alone(text, expected):
    assert expected in times(text)


@pytest.mark.parametrize("text", ["He lives on the 15th floor.", "It fell on the 3rd attempt."])
def test_an_ordinal_of_something_else_is_no_day(text):
    assert times(text) == []
