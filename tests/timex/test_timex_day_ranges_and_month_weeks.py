"""Days of ranges and lists that share a month ("March 3-5", "20-24 March", "3, 4 and 5
June"), weeks named by their place in a month ("the first week of March", "the week of
March 17") and the parts of a period told by its first or last days ("the closing days of
March"), each on sentences written for them. The publication date is a Wednesday in March."""
from __future__ import annotations

import datetime as dt

import pytest

from tacitus.timex import find_times_in_text

DCT = dt.date(2031, 3, 12)  # Wednesday, ISO week 11


def times(text, published=DCT):
    return [(t.text, t.value) for t in find_times_in_text(text, published)]


@pytest.mark.parametrize("text, expected", [
    ("The fair ran March 3-5 in the old port.", [("March 3", "2031-03-03"), ("5", "2031-03-05")]),
    ("The border stayed shut Feb. 20 to 24, traders said.", [("Feb. 20", "2031-02-20"), ("24", "2031-02-24")]),
    ("The congress met 20-24 February in the capital.", [("20", "2031-02-20"), ("24 February", "2031-02-24")]),
    ("Delegates gathered from 14 to 16 January.", [("14", "2031-01-14"), ("16 January", "2031-01-16")]),
    ("Voting took place on 3 and 4 March.", [("3", "2031-03-03"), ("4 March", "2031-03-04")]),
    ("Strikes shut the mines on 3, 4 and 5 February.",
     [("3", "2031-02-03"), ("4", "2031-02-04"), ("5 February", "2031-02-05")]),
    ("Storms battered the coast on March 3, 4 and 5.",
     [("March 3", "2031-03-03"), ("4", "2031-03-04"), ("5", "2031-03-05")]),
    ("Between 10 and 12 January the convoy waited at the border.",
     [("10", "2031-01-10"), ("12 January", "2031-01-12")]),
    # a year written after the range is the year of both ends
    ("The games were held July 3-5, 2029.", [("July 3", "2029-07-03"), ("5, 2029", "2029-07-05")]),
    ("The games were held 3-5 July 2029.", [("3", "2029-07-03"), ("5 July 2029", "2029-07-05")]),
])
def test_a_bare_day_shares_the_month_of_its_range(text, expected):
    assert times(text) == expected


@pytest.mark.parametrize("text, expected", [
    ("On March 3, 4 people were killed.", [("March 3", "2031-03-03")]),  # a count after the date
    ("On March 3 5 people were hurt.", [("March 3", "2031-03-03")]),
    ("Shares rose 2 to 3 March traders said.", [("3 March", "2031-03-03")]),  # a quantity before it
    ("The hearing on March 3 ran to 5 p.m.", [("March 3", "2031-03-03"), ("5 p.m.", "2031-03-03T17:00")]),
    ("Talks ran from March 5 to 3 April.", [("March 5", "2031-03-05"), ("3 April", "2031-04-03")]),
])
def test_numbers_that_are_no_days_of_the_range_stay_out(text, expected):
    assert times(text)[:len(expected)] == expected


@pytest.mark.parametrize("text, expected", [
    # the week that holds the month's n-th Thursday (ISO's rule for a year's first week)
    ("The vote is due in the first week of April.", ("the first week of April", "2031-W14")),
    ("Prices rose in the first week of February.", ("the first week of February", "2031-W06")),
    ("The last week of January was the coldest.", ("The last week of January", "2031-W05")),
    ("The deal was signed in the final week of February.", ("the final week of February", "2031-W09")),
    ("Exports fell in the second week of January 2030.", ("the second week of January 2030", "2030-W02")),
    ("Talks resume the week of March 17.", ("the week of March 17", "2031-W12")),
    ("The squad trained during the week of Jan. 7, 2030.", ("the week of Jan. 7, 2030", "2030-W02")),
])
def test_a_week_of_a_month_is_one_iso_week(text, expected):
    assert times(text) == [expected]


@pytest.mark.parametrize("text, expected", [
    ("The season ends in the closing days of April.", ("the closing days of April", "2031-04", "END")),
    ("The truce collapsed in the first days of February.", ("the first days of February", "2031-02", "START")),
    ("The last days of 2029 were calm.", ("The last days of 2029", "2029", "END")),
    ("Output rose in the first months of 2030.", ("the first months of 2030", "2030", "START")),
    ("In the final weeks of January, rebels advanced.", ("the final weeks of January", "2031-01", "END")),
    # TimeML marks no preposition: "early in March" is "March" alone
    ("Fighting flared early in February.", ("February", "2031-02", None)),
])
def test_the_first_or_last_days_of_a_period_are_its_start_or_end(text, expected):
    assert [(t.text, t.value, t.mod) for t in find_times_in_text(text, DCT)] == [expected]


def test_the_last_days_of_an_event_stay_a_vague_duration():
    assert times("The last days of the siege were brutal.") == [("The last days", "PXD")]
