"""Modified periods (TIMEX3 mod START/MID/END), parts of days, generic sets and ranges, each
on sentences written for them. The publication date is a Wednesday in March."""
from __future__ import annotations

import datetime as dt

import pytest

from tacitus.timex import find_times_in_text

DCT = dt.date(2031, 3, 12)  # Wednesday, ISO week 11


def times(text, published=DCT):
    return [(t.text, t.value, t.type, t.mod) for t in find_times_in_text(text, published)]


@pytest.mark.parametrize("text, expected", [
    ("The ministry expects a decision by the end of the year.", ("the end of the year", "2031", "DATE", "END")),
    ("The contract runs out at the end of the month.", ("the end of the month", "2031-03", "DATE", "END")),
    ("The new rail line will open early next year.", ("early next year", "2032", "DATE", "START")),
    ("Prices climbed sharply in late 2029.", ("late 2029", "2029", "DATE", "END")),
    ("Output should recover by mid-2032.", ("mid-2032", "2032", "DATE", "MID")),
    ("The envoy will return in mid-April.", ("mid-April", "2031-04", "DATE", "MID")),
    ("Troops withdrew at the end of 2029.", ("the end of 2029", "2029", "DATE", "END")),
    ("The reforms began in the early 1990s.", ("the early 1990s", "199", "DATE", "START")),
    ("Fighting flared again late Sunday.", ("late Sunday", "2031-03-09", "DATE", "END")),
    ("The board will meet at the beginning of next month.", ("the beginning of next month", "2031-04", "DATE", "START")),
    ("The bank will publish its accounts at year end.", ("year end", "2031", "DATE", "END")),
    ("Talks stalled in the middle of last week.", ("the middle of last week", "2031-W10", "DATE", "MID")),
])
def test_mods_keep_the_period_and_say_which_part(text, expected):
    assert times(text) == [expected]


def test_the_end_of_the_year_in_a_narrative_is_that_year():
    found = times("The plant opened in 2027. By the end of the year it employed 300 people.")
    assert found[-1] == ("the end of the year", "2027", "DATE", "END")


@pytest.mark.parametrize("text, expected", [
    ("Sales recovered earlier this year.", [("earlier this year", "2031", "DATE", None)]),
    ("They spoke about the end of the war.", []),
    ("A late payment was fined.", []),
])
def test_no_mod_where_there_is_none(text, expected):
    assert times(text) == expected


@pytest.mark.parametrize("text, expected", [
    ("Gunmen attacked the convoy on Sunday night.", ("Sunday night", "2031-03-09TNI", "TIME")),
    ("The minister arrived Monday morning.", ("Monday morning", "2031-03-10TMO", "TIME")),
    ("Negotiators continue this afternoon.", ("this afternoon", "2031-03-12TAF", "TIME")),
    ("The vote is due tonight.", ("tonight", "2031-03-12TNI", "TIME")),
    ("He will fly out tomorrow night.", ("tomorrow night", "2031-03-13TNI", "TIME")),
    ("Drones struck the capital overnight, the mayor said.", ("overnight", "2031-03-11TNI", "TIME")),
    ("The bridge will stay closed overnight.", ("overnight", "2031-03-12TNI", "TIME")),
    ("Shelling resumed Friday overnight.", ("Friday overnight", "2031-03-07TNI", "TIME")),
    ("The blast came on the night of March 3.", ("the night of March 3", "2031-03-03TNI", "TIME")),
    ("The ceasefire will end at 15:00 GMT Saturday.", ("15:00 GMT Saturday", "2031-03-15T15:00", "TIME")),
    ("Polling stations closed at 8 PM.", ("8 PM", "2031-03-12T20:00", "TIME")),
])
def test_parts_of_days(text, expected):
    assert [t[:3] for t in times(text)] == [expected]


def test_early_this_morning_is_the_start_of_the_morning():
    assert times("Protesters gathered early this morning.") == [
        ("early this morning", "2031-03-12TMO", "TIME", "START")]


def test_overnight_as_an_adjective_is_no_time():
    assert times("The council imposed an overnight curfew.") == []


@pytest.mark.parametrize("text, expected", [
    ("Patrols pass the checkpoint every night.", ("every night", "XXXX-XX-XXTNI")),
    ("The clinic opens every morning.", ("every morning", "XXXX-XX-XXTMO")),
    ("Avalanches close the pass every winter season.", ("every winter season", "XXXX-WI")),
    ("The bazaar is held every Sunday morning.", ("every Sunday morning", "XXXX-WXX-7TMO")),
    ("Families picnic by the river on Sundays.", ("Sundays", "XXXX-WXX-7")),
    ("Crowds gather in the square Friday nights.", ("Friday nights", "XXXX-WXX-5TNI")),
    ("Volunteers clean the beach every weekend.", ("every weekend", "XXXX-WXX-WE")),
])
def test_generic_sets(text, expected):
    assert [(t[0], t[1]) for t in times(text) if t[2] == "SET"] == [expected]


def test_lower_case_plural_weekday_is_no_set():
    assert times("the sundays of his youth") == []


@pytest.mark.parametrize("text, published, expected", [
    # the future cue would put December ahead; a range starts before it ends
    ("The exhibition is to run from December 12 through February 2.", dt.date(2031, 1, 10),
     ["2030-12-12", "2031-02-02"]),
    ("The fair ran from Nov. 28 to Dec. 3 2030.", dt.date(2031, 1, 10), ["2030-11-28", "2030-12-03"]),
    ("Voting will take place between March 3 and March 5.", dt.date(2031, 2, 1), ["2031-03-03", "2031-03-05"]),
])
def test_ranges_keep_their_order(text, published, expected):
    assert [t[1] for t in times(text, published)] == expected


def test_a_year_before_a_numbered_day_is_a_year_not_a_duration():
    assert times("Rally 2031 day three: the leader crashed.") == [("2031", "2031", "DATE", None)]
    assert times("It is a 2000 year old custom.")[0][1] == "P2000Y"


@pytest.mark.parametrize("text, expected", [
    ("The ferry sank on March 3. Divers found the hull late the next day.",
     ("late the next day", "2031-03-04", "DATE", "END")),
    ("Troops left Dorn on March 3. Later the same day, shelling resumed.",
     ("Later the same day", "2031-03-03", "DATE", None)),
    ("The dam was finished in 2027 and flooded early the following year.",
     ("early the following year", "2028", "DATE", "START")),
])
def test_counted_from_the_last_date_with_a_word_before(text, expected):
    assert times(text)[-1] == expected


@pytest.mark.parametrize("text, expected", [
    ("The blast hit in the early hours of Sunday.", ("the early hours of Sunday", "2031-06-15TMO")),
    ("Troops moved in during the small hours of June 3.", ("the small hours of June 3", "2031-06-03TMO")),
])
def test_the_early_hours_of_a_day(text, expected):
    assert expected in [(t.text, t.value) for t in find_times_in_text(text, dt.date(2031, 6, 18))]
