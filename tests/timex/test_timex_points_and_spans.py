"""Durations vs points, and numbers that are no years: each class on sentences written for
it. The publication date is a Tuesday in December."""
from __future__ import annotations

import datetime as dt

import pytest

from tacitus.timex import find_times_in_text

DCT = dt.date(2032, 12, 14)


def times(text, published=DCT):
    return [(t.text, t.value, t.type) for t in find_times_in_text(text, published)]


@pytest.mark.parametrize("text, expected", [
    # "ago" takes no object, so what follows it does not matter
    ("Three years ago the mill was still open.", ("Three years ago", "2029", "DATE")),
    ("Two weeks ago the envoy left.", ("Two weeks ago", "2032-W49", "DATE")),
    # the past/last/next N units: one duration, not the past and a number of weeks
    ("Over the past two weeks, grain prices doubled.", ("the past two weeks", "P2W", "DURATION")),
    ("Exports fell in the last three years.", ("the last three years", "P3Y", "DURATION")),
    ("Rain is forecast for the next 24 hours.", ("the next 24 hours", "PT24H", "DURATION")),
    # "the last year" is a span like "the past year"; "last year" is the year before
    ("In the last year, ferry traffic halved.", ("the last year", "P1Y", "DURATION")),
    ("Ferry traffic halved last year.", ("last year", "2031", "DATE")),
    # an unstated number of units
    ("It has been months since the flood.", ("months", "PXM", "DURATION")),
    ("After days of fighting, the rebels withdrew.", ("days", "PXD", "DURATION")),
    ("Decades of neglect left the canal dry.", ("Decades", "PXY", "DURATION")),
    ("The rate is frozen for the time being.", ("the time being", "PRESENT_REF", "DATE")),
])
def test_durations_and_points(text, expected):
    assert expected in times(text)


def test_the_last_year_of_a_period_is_no_span():
    assert ("the last year", "P1Y", "DURATION") not in times("He spent the last year of the war in Tarsk.")


@pytest.mark.parametrize("text", [
    "A survey of 1709 schoolchildren found iodine deficits.",
    "More than 2000 people fled the valley.",
    "The ministry sent 1800 troops to the border.",
    "She won 2012 votes in the district.",
    "About 1500 protesters gathered outside.",
])
def test_a_number_that_counts_people_or_things_is_no_year(text):
    assert [t for t in times(text) if t[2] == "DATE"] == []


@pytest.mark.parametrize("text, year", [
    ("In 2000 people voted for the first time.", "2000"),
    ("2031 marks the centenary of the dam.", "2031"),
    ("The 2016 elections were close.", "2016"),
    ("Between 2000 and 2005 prices rose.", "2005"),
    ("Crop losses exceeded 10% of 2000 levels.", "2000"),
    ("In 1995 troops entered the town.", "1995"),
    ("The class of 2016 graduates next week.", "2016"),
])
def test_a_year_before_a_plural_noun_stays_a_year(text, year):
    assert (year, year, "DATE") in times(text)


@pytest.mark.parametrize("text, expected", [
    ("The trial lasted about two years.", ("about two years", "P2Y", "APPROX")),
    ("The dam will take nearly a decade to build.", ("nearly a decade", "P10Y", "LESS_THAN")),
    ("He was held for more than three years.", ("more than three years", "P3Y", "MORE_THAN")),
    ("The strike lasted less than a week.", ("less than a week", "P1W", "LESS_THAN")),
    ("Repairs need at least three days.", ("at least three days", "P3D", "EQUAL_OR_MORE")),
])
def test_a_duration_keeps_its_approximation_as_its_mod(text, expected):
    assert [(t.text, t.value, t.mod) for t in find_times_in_text(text, DCT)] == [expected]


@pytest.mark.parametrize("text, expected", [
    # TimeML marks the article with the season, as with "the third quarter" and "the 1990s"
    ("The summit will be held in the spring.", ("the spring", "2033-SP")),
    ("The reservoir dried up during the summer.", ("the summer", "2032-SU")),
    ("The mill closed in the summer of 2010.", ("the summer of 2010", "2010-SU")),
    # "the weekend": the last one up to the publication day, the coming one ahead
    ("Clashes eased over the weekend.", ("the weekend", "2032-W50-WE")),
    ("The talks will resume after the weekend.", ("the weekend", "2032-W51-WE")),
])
def test_seasons_with_their_article_and_the_weekend(text, expected):
    assert expected in [(t.text, t.value) for t in find_times_in_text(text, DCT)]


@pytest.mark.parametrize("text, expected", [
    ("The Sunday Courier reported the deal.", []),
    ("She wrote sketches for Saturday Night Revue for a decade.", [("a decade", "P10Y")]),
    ("A strip by Monday Morning Comics artist Ana Ruiz.", []),
    ("On Sunday President Ortel said no.", [("Sunday", "2032-12-12")]),
    ("The fair opened on Saturday Night as crowds gathered.", [("Saturday Night", "2032-12-11TNI")]),
    ("The Sunday vote was close.", [("Sunday", "2032-12-12")]),
])
def test_a_weekday_in_a_title_is_no_date(text, expected):
    assert [(t.text, t.value) for t in find_times_in_text(text, DCT)] == expected
