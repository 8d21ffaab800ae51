"""A quarter, half or fiscal year after its year ("the 1989 third quarter", "1988's fourth
quarter", "the 1990 first half", "the 1990 fiscal year"), "the 1988 year" no duration, and a
clause opened by a possessive read from its verb ("The company's third-quarter results were
weak"), each on sentences written for them. The publication date is a Wednesday in March."""
from __future__ import annotations

import datetime as dt

import pytest

from tacitus.timex import find_times_in_text

DCT = dt.date(2031, 3, 12)  # Wednesday


def times(text, published=DCT):
    return [(t.text, t.value) for t in find_times_in_text(text, published)]


@pytest.mark.parametrize("text, expected", [
    ("Net profit doubled in the 2027 third quarter.", [("the 2027 third quarter", "2027-Q3")]),
    ("In the 2026 fourth quarter, the mill lost money.", [("the 2026 fourth quarter", "2026-Q4")]),
    ("Orders fell in 2028's first quarter.", [("2028's first quarter", "2028-Q1")]),
    ("The 2029 second-quarter figures were revised.", [("The 2029 second-quarter", "2029-Q2")]),
    ("Exports recovered in the 2025 second half.", [("the 2025 second half", "2025-H2")]),
    ("The utility cut its dividend in the 2024 fiscal year.", [("the 2024 fiscal year", "FY2024")]),
    # the year after stays as it was
    ("Net profit doubled in the third quarter of 2027.", [("the third quarter of 2027", "2027-Q3")]),
])
def test_a_year_before_its_quarter_or_half_is_one_date_of_that_year(text, expected):
    assert times(text) == expected


def test_a_year_before_the_word_year_is_that_year_not_a_duration():
    assert times("Sales for the 2029 year rose 4%.") == [("2029", "2029")]
    assert times("The temple is a 2000 year old ruin.") == [("2000 year old", "P2000Y")]


@pytest.mark.parametrize("text, expected", [
    # a past clause opened by a possessive: a quarter still ahead this year is last year's
    ("The airline's fourth-quarter losses were smaller.", ("fourth-quarter", "2030-Q4")),
    ("Its third-quarter sales fell.", ("third-quarter", "2030-Q3")),
    # looking ahead it is this year's
    ("The airline's fourth-quarter losses will be smaller.", ("fourth-quarter", "2031-Q4")),
])
def test_a_clause_opened_by_a_possessive_is_read_from_its_verb(text, expected):
    assert times(text) == [expected]
