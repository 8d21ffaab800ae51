"""Resolution classes of time expressions (issue "dates", section 2), each on sentences
written for it: clock times and zones, times with days, tense and direction, durations vs
points, reference values, underspecified and generic expressions, centuries and decades."""
from __future__ import annotations

import datetime as dt

import pytest

from tacitus.timex import find_times_in_text
from tacitus.timex.period import acled_time_precision, bound, period

DCT = dt.date(2030, 12, 10)  # a Tuesday in December


def times(text, published=DCT):
    return [(t.text, t.value, t.type) for t in find_times_in_text(text, published)]


@pytest.mark.parametrize("text, expected", [
    # clock times with zones are times of the day, never years
    ("Shelling resumed at the crossing (1620 UTC), monitors said.", ("1620 UTC", "2030-12-10T16:20", "TIME")),
    ("The curfew starts at 2200 local time.", ("2200 local time", "2030-12-10T22:00", "TIME")),
    ("The first convoy left at 0545Z.", ("0545Z", "2030-12-10T05:45", "TIME")),
    ("A second blast was heard at 9:40 p.m. EST.", ("9:40 p.m. EST", "2030-12-10T21:40", "TIME")),
])
def test_clock_times_with_zones(text, expected):
    assert times(text) == [expected]


def test_a_year_followed_by_a_word_that_looks_like_a_zone_stays_a_year():
    assert times("In 2019 West Harbour voted to leave.") == [("2019", "2019", "DATE")]
    assert ("1620", "1620", "DATE") in times("The fort was built in 1620 by settlers.")


@pytest.mark.parametrize("text, expected", [
    ("Kick-off is at 15:00 GMT Saturday.", ("15:00 GMT Saturday", "2030-12-14T15:00", "TIME")),  # scheduled
    ("Kick-off was at 15:00 GMT Saturday.", ("15:00 GMT Saturday", "2030-12-07T15:00", "TIME")),
    ("The polls will close at 8 PM on Sunday.", ("8 PM on Sunday", "2030-12-15T20:00", "TIME")),
    ("The ferry sank on Friday, at 6 a.m.", ("Friday, at 6 a.m.", "2030-12-06T06:00", "TIME")),
    ("Gunfire was heard Sunday night near the port.", ("Sunday night", "2030-12-08TNI", "TIME")),
    ("Rescuers arrived at 8 PM.", ("8 PM", "2030-12-10T20:00", "TIME")),
])
def test_times_with_their_days(text, expected):
    assert times(text) == [expected]


@pytest.mark.parametrize("text, expected", [
    ("The two ministers will meet on Jan. 14 in Oslo.", "2031-01-14"),   # after a December DCT: next January
    ("The two ministers met on Jan. 14 in Oslo.", "2030-01-14"),
    ("The council will vote on Wednesday.", "2030-12-11"),               # the coming one
    ("The council voted on Wednesday.", "2030-12-04"),
    ("The summit will be held in March.", "2031-03"),                   # a month follows the same rule
    ("The summit was held in March.", "2030-03"),
])
def test_tense_decides_the_direction(text, expected):
    [(_, value, _)] = times(text)
    assert value == expected


@pytest.mark.parametrize("text, expected", [
    ("She spent eight years in exile.", ("eight years", "P8Y", "DURATION")),
    ("Repairs took a month.", ("a month", "P1M", "DURATION")),
    ("Prices climbed in recent weeks.", ("recent weeks", "PXW", "DURATION")),
    ("Exports fell sharply in recent years.", ("recent years", "PXY", "DURATION")),
    ("The plan will cut emissions over the next decade.", ("the next decade", "P10Y", "DURATION")),
    ("He fled the country a year ago.", ("a year ago", "2029", "DATE")),
    ("Output grew in the third quarter.", ("the third quarter", "2030-Q3", "DATE")),
    ("Output grew in Q2.", ("Q2", "2030-Q2", "DATE")),
    ("Sales rose in H1 2029.", ("H1 2029", "2029-H1", "DATE")),
    ("In the first half of the year, exports rose.", ("the first half of the year", "2030-H1", "DATE")),
    ("Fiscal 2029 revenue fell.", ("Fiscal 2029", "FY2029", "DATE")),
    ("The FY2031 budget was passed.", ("FY2031", "FY2031", "DATE")),
])
def test_durations_points_quarters_and_halves(text, expected):
    assert times(text) == [expected]


@pytest.mark.parametrize("text, expected", [
    ("The minister is now in Geneva.", ("now", "PRESENT_REF")),
    ("The envoy is currently travelling.", ("currently", "PRESENT_REF")),
    # TimeML marks no preposition: "the time", "the past", "the future"
    ("At the time, the ministry denied the report.", ("the time", "PAST_REF")),
    ("In the past, such talks collapsed.", ("the past", "PAST_REF")),
    ("Such talks may resume in the future.", ("the future", "FUTURE_REF")),
    ("The envoy is at present in Geneva.", ("present", "PRESENT_REF")),
    ("The mayor recently resigned.", ("recently", "PAST_REF")),
])
def test_reference_values(text, expected):
    [(found, value, _)] = times(text)
    assert (found, value) == expected


@pytest.mark.parametrize("text, expected", [
    ("The ferry runs every morning.", ("every morning", "XXXX-XX-XXTMO", "SET")),
    ("Floods cut the valley off each winter.", ("each winter", "XXXX-WI", "SET")),
    ("The market opens every Friday.", ("every Friday", "XXXX-WXX-5", "SET")),
    ("The cathedral dates from the 12th century.", ("the 12th century", "11", "DATE")),
    ("Most of the mills closed in the twentieth century.", ("the twentieth century", "19", "DATE")),
    ("Shipyards boomed in the 1890s.", ("the 1890s", "189", "DATE")),
    ("The canal was dug in the 1800s.", ("the 1800s", "18", "DATE")),
    ("She left the island in '58.", ("'58", "1958", "DATE")),
    ("The team last won the cup in June '24.", ("June '24", "2024-06", "DATE")),
])
def test_underspecified_and_generic_expressions(text, expected):
    assert times(text) == [expected]


def test_a_two_digit_number_with_an_apostrophe_is_no_year_everywhere():
    assert times("He wore the number '58 jersey.") == []
    assert [t for t in times("The '90s were loud.") if t[1] != "199"] == []


@pytest.mark.parametrize("value, precision, first, last", [
    ("2025-04-24", "day", "2025-04-24", "2025-04-24"),
    ("2025-04-24T16:20", "day", "2025-04-24", "2025-04-24"),
    ("2025-W17", "week", "2025-04-21", "2025-04-27"),
    ("2025-02", "month", "2025-02-01", "2025-02-28"),
    ("2024-WI", "season", "2024-12-01", "2025-02-28"),
    ("2025-Q2", "quarter", "2025-04-01", "2025-06-30"),
    ("2025-H2", "half", "2025-07-01", "2025-12-31"),
    ("2014", "year", "2014-01-01", "2014-12-31"),
    ("199", "decade", "1990-01-01", "1999-12-31"),
    ("19", "century", "1900-01-01", "1999-12-31"),
])
def test_periods_of_values(value, precision, first, last):
    found = period(value)
    assert (found.precision, *found.iso()) == (precision, first, last)


def test_values_without_a_period_and_acled_codes():
    assert [period(v) for v in ("P3Y", "PRESENT_REF", "XXXX-05", "FY2029", "2025-02-30", None)] == [None] * 6
    assert [acled_time_precision(p) for p in ("day", "week", "month", "year", None)] == [1, 2, 3, 3, None]
    assert (bound("2025-05", "from"), bound("2025-05", "to"), bound("2024", "to")) == \
        ("2025-05-01", "2025-05-31", "2024-12-31")
    with pytest.raises(ValueError):
        bound("May 2025", "from")


@pytest.mark.parametrize("text, expected", [
    ("Troops entered Varn on May 3, 2029. Two days later, the town fell.", ("Two days later", "2029-05-05")),
    ("The plant closed in 2026. A year earlier, its owner had sold the mines.", ("A year earlier", "2025")),
    ("The vote was held on March 2, 2030. The next day, protests began.", ("The next day", "2030-03-03")),
    ("The truce was signed in June 2028; the following year, fighting resumed.", ("the following year", "2029")),
    ("The dam burst in April 2027. The year before, engineers had warned of cracks.", ("The year before", "2026")),
    ("The envoy arrived on June 4, 2029 and met the rebels the same day.", ("the same day", "2029-06-04")),
])
def test_counted_from_the_last_date_the_text_gave(text, expected):
    assert expected in [(t, v) for t, v, _ in times(text)]


def test_without_an_earlier_date_the_publication_date_counts():
    assert times("Two days later, the army withdrew.") == [("Two days later", "2030-12-12", "DATE")]
    assert times("He left the city a year ago.") == [("a year ago", "2029", "DATE")]
    # a month is too coarse to count days from, and the publication date would be wrong
    assert ("Two days later", None) in [(t, v) for t, v, _ in times(
        "The siege began in May 2029. Two days later, the army withdrew.")]


def test_phrases_that_only_look_counted_from_a_date():
    text = "The index fell on March 3, 2029. It rebounded late in the day after falling 250 points."
    assert [v for t, v, _ in times(text) if "day after" in t] == []
    assert times("The ship arrived three days later than planned.") == [("three days", "P3D", "DURATION")]
