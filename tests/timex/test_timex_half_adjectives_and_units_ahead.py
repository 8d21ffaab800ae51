"""A half of the year as an adjective ("first-half sales") and an unstated number of units
ahead or since ("the weeks ahead", "in the years since the war"), each on sentences written
for them. The publication date is a Wednesday in March."""
from __future__ import annotations

import datetime as dt

import pytest

from tacitus.timex import find_times_in_text

DCT = dt.date(2031, 3, 12)  # Wednesday


def times(text, published=DCT):
    return [(t.text, t.value) for t in find_times_in_text(text, published)]


@pytest.mark.parametrize("text, expected", [
    ("First-half revenue fell 3%.", [("First-half", "2031-H1")]),
    # the second half still ahead, told in the past: last year's
    ("The brewer's second-half profit rose.", [("second-half", "2030-H2")]),
    ("The brewer expects second-half sales to improve.", [("second-half", "2031-H2")]),
    # a match's half is no date
    ("The striker scored a second-half goal.", []),
    ("A first-half penalty decided the match.", []),
])
def test_a_half_as_an_adjective_is_a_half_of_the_year_in_business_news(text, expected):
    assert times(text) == expected


@pytest.mark.parametrize("text, expected", [
    ("The weeks ahead will test the truce.", ("The weeks ahead", "PXW")),
    ("In the months ahead, the council will vote.", ("the months ahead", "PXM")),
    ("In the years since, the port has doubled in size.", ("the years", "PXY")),
    ("In the decades since the war, the town has grown.", ("the decades", "PXY")),
    ("The days ahead of the vote were tense.", ("The days", "PXD")),
])
def test_units_ahead_or_since_are_an_unstated_duration(text, expected):
    assert times(text)[0] == expected
