"""Sets counted out ("twice daily", "three times a year", "every 15 minutes") and the year a
counted part of it belongs to ("the first nine months of the year"), each on sentences
written for them. The publication date is a Wednesday in March."""
from __future__ import annotations

import datetime as dt

import pytest

from tacitus.timex import find_times_in_text

DCT = dt.date(2031, 3, 12)  # Wednesday


def times(text, published=DCT):
    return [(t.text, t.type, t.value) for t in find_times_in_text(text, published)]


@pytest.mark.parametrize("text, expected", [
    # the count is part of the set, as TimeML marks it (freq 2X): the value is the period
    ("Patients take the tablets twice daily.", ("twice daily", "SET", "P1D")),
    ("The ferry sails three times weekly.", ("three times weekly", "SET", "P1W")),
    ("The bulletin appears twice monthly.", ("twice monthly", "SET", "P1M")),
    ("The board meets four times a year.", ("four times a year", "SET", "P1Y")),
    ("Guards change 10 times a day.", ("10 times a day", "SET", "P1D")),
    ("She calls her mother several times a week.", ("several times a week", "SET", "P1W")),
    ("Inspectors come once every two weeks.", ("once every two weeks", "SET", "P2W")),
    # "every" with a number of units, hours and minutes included
    ("Shuttles leave every 20 minutes.", ("every 20 minutes", "SET", "PT20M")),
    ("The pumps are checked every six hours.", ("every six hours", "SET", "PT6H")),
    ("Buses stop every hour.", ("every hour", "SET", "PT1H")),
    ("Sirens sounded every few hours.", ("every few hours", "SET", "PTXH")),
    ("The census is taken every ten years.", ("every ten years", "SET", "P10Y")),
])
def test_a_counted_set_is_one_expression(text, expected):
    assert times(text) == [expected]


@pytest.mark.parametrize("text, expected", [
    ("Prices rose three times a year ago.", [("a year ago", "DATE", "2030")]),  # a point counted back
    ("It snowed for a few days.", [("a few days", "DURATION", "PXD")]),
    ("The mill makes 4,000 tonnes a week.", [("a week", "SET", "P1W")]),
    ("Every day counts.", [("Every day", "SET", "P1D")]),
])
def test_what_is_no_counted_set_stays_as_it_was(text, expected):
    assert times(text) == expected


@pytest.mark.parametrize("text, published, year", [
    # a past report: the months must be over (or in their last month) by the publication date
    ("Exports rose 6% in the first nine months of the year.", DCT, "2030"),
    ("Exports rose 6% in the first nine months of the year.", dt.date(2031, 10, 20), "2031"),
    ("Tourist numbers fell in the first two months of the year.", DCT, "2031"),
    ("Shops sold more in the last three months of the year.", DCT, "2030"),
    ("Shops sold more in the last three months of the year.", dt.date(2031, 12, 18), "2031"),
    ("Rain fell on most of the first six weeks of the year.", DCT, "2031"),
    # looking ahead: the current year
    ("The plant will run at half speed for the first six months of the year.", DCT, "2031"),
])
def test_the_year_of_a_counted_part_is_the_year_it_belongs_to(text, published, year):
    found = times(text, published)
    assert [t for t in found if t[0] == "the year"] == [("the year", "DATE", year)]
    assert found[0][1] == "DURATION"  # "the first nine months" stays the duration (TimeML nests nothing)


def test_in_a_narrative_of_an_earlier_year_it_is_that_year():
    text = "The airline nearly collapsed in 2028. Bookings fell 40% in the first nine months of the year."
    assert ("the year", "DATE", "2028") in times(text)


def test_a_day_of_this_year_does_not_move_a_part_not_yet_over():
    text = "The firm said on Monday that profit rose in the first nine months of the year."
    assert ("the year", "DATE", "2030") in times(text)
