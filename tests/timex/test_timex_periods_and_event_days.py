"""Issue 12's last classes, each on sentences written for it: seasons that come back ("each
season"), "the second half" without a year, fiscal quarters and years, a holiday after
"ahead of" in a past clause, and days named by their event ("opening night") where the text
gives the day. The publication date is a Wednesday in May."""
from __future__ import annotations

import datetime as dt

import pytest

from tacitus.extract import time
from tacitus.timex import find_times_in_text

DCT = dt.date(2033, 5, 11)


def times(text, published=DCT):
    return [(t.text, t.value) for t in find_times_in_text(text, published)]


@pytest.mark.parametrize("text, expected", [
    # the season the sentence names, or the text just before
    ("Every season the river floods the lower town, and this winter was no different.",
     ("Every season", "XXXX-WI")),
    ("Avalanches shut the pass in winter. Each season, crews clear the road by hand.",
     ("Each season", "XXXX-WI")),
    # a season of its kind
    ("The resort hires 200 instructors every ski season.", ("every ski season", "XXXX-WI")),
    ("Pickers come from abroad each harvest season.", ("each harvest season", "XXXX-FA")),
    # a sports or farming season: once a year
    ("The club signs two new players each season.", ("each season", "P1Y")),
    ("Every football season the stadium sells out.", ("Every football season", "P1Y")),
    # still the `every` rule
    ("Snow closes the pass every winter.", ("every winter", "XXXX-WI")),
    ("The ferry stops each summer season.", ("each summer season", "XXXX-SU")),
])
def test_a_season_that_comes_back(text, expected):
    assert expected in times(text)


@pytest.mark.parametrize("text, expected", [
    # a half of the year in business and economic news; H2 still ahead in May is last
    # year's in a past clause, this year's otherwise
    ("Sales rose 4% in the second half, the company said.", [("the second half", "2032-H2")]),
    ("The company expects exports to recover in the second half.", [("the second half", "2033-H2")]),
    ("Inflation eased in the first half, the central bank said.", [("the first half", "2033-H1")]),
    ("Profits slipped in the latter half as demand cooled.", [("the latter half", "2032-H2")]),
    # a match's half is no date; nor a half the sentence does not place
    ("The striker scored twice in the second half.", []),
    ("Rain delayed the game in the second half.", []),
    ("She read the second half of the novel on the train.", []),
    ("The second half of the speech was drowned out.", []),
])
def test_the_second_half_without_a_year(text, expected):
    assert [t for t in times(text) if "half" in t[0]] == expected


@pytest.mark.parametrize("text, expected", [
    ("Revenue fell 3% in the fiscal third quarter.", ("the fiscal third quarter", "FY2033-Q3")),
    ("The chain reported fiscal fourth-quarter earnings on Tuesday.", ("fiscal fourth-quarter", "FY2033-Q4")),
    ("Revenue in the third fiscal quarter of 2032 was flat.", ("the third fiscal quarter of 2032", "FY2032-Q3")),
    ("Profit rose in Q3 of fiscal 2031.", ("Q3 of fiscal 2031", "FY2031-Q3")),
    ("Net income fell in the first quarter of fiscal 2034.", ("the first quarter of fiscal 2034", "FY2034-Q1")),
    ("Margins improved in Q4 FY32.", ("Q4 FY32", "FY2032-Q4")),
    ("Shipments doubled in FY2030 Q2.", ("FY2030 Q2", "FY2030-Q2")),
    ("Sales fell in fiscal 2031's fourth quarter.", ("fiscal 2031's fourth quarter", "FY2031-Q4")),
    ("The carrier expects to break even in fiscal 2035.", ("fiscal 2035", "FY2035")),
    ("The agency's budget for next fiscal year was cut.", ("next fiscal year", "FY2034")),
    ("Grants fell in the previous fiscal year.", ("the previous fiscal year", "FY2032")),
    ("Spending this fiscal year is capped.", ("this fiscal year", "FY2033")),
])
def test_fiscal_quarters_and_years(text, expected):
    assert expected in times(text)


def test_a_calendar_quarter_stays_a_calendar_quarter():
    assert ("the third quarter", "2033-Q3") in times("Output will rise in the third quarter.")


@pytest.mark.parametrize("text, published, expected", [
    # the holiday came after a past event: the nearest one, this year's even if still ahead
    ("The group launched the campaign on Monday ahead of International Women's Day.",
     dt.date(2033, 3, 5), ("International Women's Day", "2033-03-08")),
    ("Lanterns were hung in the old town ahead of Christmas.", DCT, ("Christmas", "2032-12-25")),
    ("Shops closed early in the run-up to Easter.", dt.date(2033, 4, 14), ("Easter", "2033-04-17")),
    # a forward-looking clause keeps the coming one
    ("Shops will close ahead of Christmas.", DCT, ("Christmas", "2033-12-25")),
])
def test_a_holiday_after_ahead_of(text, published, expected):
    assert expected in times(text, published)


def test_a_holiday_after_ahead_of_in_a_parsed_past_clause(pipeline):
    text = "Activists launched the campaign on Monday ahead of International Women's Day."
    found = {(t.text, t.value) for t in time.find_times(pipeline.nlp(text), dt.date(2033, 3, 5))}
    assert ("International Women's Day", "2033-03-08") in found


@pytest.mark.parametrize("text, expected", [
    # the day in apposition, after or before the phrase
    ("Opening night, May 6, 2033, drew 400 people.", ("Opening night", "2033-05-06")),
    ("I went on Saturday night, the opening night, and the square was full.",
     ("the opening night", "2033-05-07TNI")),
    ("On the final day, Friday, the jury retired.", ("the final day", "2033-05-06")),
    ("Yesterday, day five of the regatta, two boats capsized.", ("day five", "2033-05-10")),
    # another mention of the same phrase gives the day
    ("Opening night, May 6, drew 400 people. Critics praised the gallery's opening night.",
     ("opening night", "2033-05-06")),
    ("Yesterday, day five of the regatta, two boats capsized.\nRegatta day five: two capsize",
     ("day five", "2033-05-10")),
])
def test_a_day_named_by_its_event(text, expected):
    found = times(text)
    assert expected in found
    assert sum(1 for t in found if t[0] == expected[0]) == found.count(expected)


@pytest.mark.parametrize("text", [
    "The hall was packed on opening night.",
    "The first day of the trial was adjourned.",
    "Day one of the festival sold out.",
    "The last day of the month is a holiday.",
])
def test_a_day_named_by_its_event_without_its_day_is_no_date(text):
    assert not [t for t in times(text) if "day" in t[0].lower() or "night" in t[0].lower()]
