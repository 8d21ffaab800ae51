"""Durations with halves and vague hours, each on sentences written for it: "two and a half
years" (P2.5Y), "an hour and a half", "half an hour", "a year and a half ago" (18 months
back), "a few hours" (PTXH). The publication date is a Wednesday in October."""
from __future__ import annotations

import datetime as dt

import pytest

from tacitus.timex import find_times_in_text

DCT = dt.date(2031, 10, 29)


def times(text, published=DCT):
    return [(t.text, t.value) for t in find_times_in_text(text, published)]


@pytest.mark.parametrize("text, expected", [
    ("The talks lasted two and a half years.", ("two and a half years", "P2.5Y")),
    ("The siege lasted an hour and a half.", ("an hour and a half", "PT1.5H")),
    ("Voters queued for half an hour.", ("half an hour", "PT0.5H")),
    ("The drought lasted half a decade.", ("half a decade", "P5Y")),
    ("Rescuers dug for a few hours before dawn.", ("a few hours", "PTXH")),
    ("The meeting lasted several minutes.", ("several minutes", "PTXM")),
    # a point counted back by a year and a half: the month, eighteen months back
    ("The mill shut a year and a half ago.", ("a year and a half ago", "2030-04")),
    ("Two and a half years ago the port reopened.", ("Two and a half years ago", "2029-04")),
])
def test_halves_and_vague_hours(text, expected):
    assert expected in times(text)


def test_a_clock_count_without_a_number_is_still_no_duration():
    assert not [t for t in times("Some hours are better than others.") if "hours" in t[0]]


@pytest.mark.parametrize("text, published, expected", [
    # a quarter still ahead, in a past clause: last year's (as "Q4" alone)
    ("Profit fell in the fourth quarter, the bank said.", dt.date(2032, 3, 14), ("the fourth quarter", "2031-Q4")),
    ("Profit will rise in the fourth quarter.", dt.date(2032, 3, 14), ("the fourth quarter", "2032-Q4")),
    ("Sales rose in the first quarter.", dt.date(2032, 3, 14), ("the first quarter", "2032-Q1")),
    # "a year earlier" after a quarter: that quarter of the year before
    ("Profit fell in the fourth quarter from a year earlier.", dt.date(2032, 3, 14), ("a year earlier", "2030-Q4")),
    ("Output rose in the second quarter of 2030. The same year, prices fell.", dt.date(2032, 3, 14),
     ("The same year", "2030")),
])
def test_quarters_in_past_clauses_and_counted_from(text, published, expected):
    assert expected in times(text, published)


@pytest.mark.parametrize("text, expected", [
    ("The attack came just weeks after the truce.", ("weeks", "PXW")),
    ("Talks broke down only days later.", ("days", "PXD")),
])
def test_just_weeks_and_only_days_are_vague_durations(text, expected):
    assert expected in times(text)


@pytest.mark.parametrize("text", [
    "The plant supplied about a quarter of the island's homes.",
    "Three quarters of voters backed the plan.",
    "The site hosted a quarter million clips.",
    "The Daily Telegraph first reported the fire.",
    "Officials raised the 2019-nCoV risk level.",
])
def test_fractions_titles_and_names_are_no_times(text):
    assert times(text) == []


def test_a_set_word_alone_is_still_a_set():
    assert ("daily", "P1D") in times("Ferries leave daily from the harbour.")
