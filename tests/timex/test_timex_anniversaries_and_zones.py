"""Anniversaries dated from the day the text counts them from or gives them, clock pairs in
two zones on the day written beside them, "last" the verb before a duration, and "every
quarter", each on sentences written for them. The publication date is a Wednesday in March."""
from __future__ import annotations

import datetime as dt

import pytest

from tacitus.timex import find_times_in_text

DCT = dt.date(2031, 3, 12)  # Wednesday


def times(text, published=DCT):
    return [(t.text, t.value) for t in find_times_in_text(text, published)]


@pytest.mark.parametrize("text, expected", [
    # a day with its year n years back, in apposition: counted from
    ("Crowds marked the 30th anniversary of the first orbital flight, April 12, 2001, at the museum.",
     [("the 30th anniversary of the first orbital flight", "2031-04-12"), ("April 12, 2001", "2001-04-12")]),
    ("The centenary of the armistice, November 11, 1931, will be marked in Paris.",
     [("The centenary of the armistice", "2031-11-11"), ("November 11, 1931", "1931-11-11")]),
    ("The show coincided with the 20th anniversary of the painter's death in 2011.",
     [("the 20th anniversary of the painter's death", "2031"), ("2011", "2011")]),
    # a date inside the phrase: n years on, at its precision; the phrase ends before "of"
    ("Veterans gathered for the 50th anniversary of the 1981 ceasefire.",
     [("the 50th anniversary", "2031"), ("1981", "1981")]),
    ("Flags flew at half-mast on the 30th anniversary of 9/11.",
     [("the 30th anniversary", "2031-09-11"), ("9/11", "2001-09-11")]),
    # the anniversary's own day beside it
    ("The city marked the tenth anniversary of the uprising on Sunday.",
     [("the tenth anniversary of the uprising", "2031-03-09"), ("Sunday", "2031-03-09")]),
    ("Its 20th anniversary falls on March 20.", [("Its 20th anniversary", "2031-03-20"), ("March 20", "2031-03-20")]),
    # another mention of the same anniversary
    ("Crowds marked the 30th anniversary of the first orbital flight, April 12, 2001. "
     "The 30th anniversary also drew protests.",
     [("the 30th anniversary of the first orbital flight", "2031-04-12"), ("April 12, 2001", "2001-04-12"),
      ("The 30th anniversary", "2031-04-12")]),
])
def test_an_anniversary_is_dated_from_the_day_the_text_gives(text, expected):
    assert times(text) == expected


@pytest.mark.parametrize("text", [
    "Families mourned on the anniversary of the disaster.",
    "Survivors met for the fifth anniversary of the quake.",
    "The couple celebrated their anniversary with friends.",
])
def test_an_anniversary_the_text_does_not_date_is_no_expression(text):
    assert times(text) == []


@pytest.mark.parametrize("text, expected", [
    ("Police said the man died at 3:15 a.m. EDT (0715 GMT) on Tuesday.",
     [("3:15 a.m. EDT", "2031-03-11T03:15"), ("0715 GMT", "2031-03-11T07:15"), ("Tuesday", "2031-03-11")]),
    ("The launch is set for 10:30 a.m. local time (0230 GMT) Friday.",
     [("10:30 a.m. local time", "2031-03-14T10:30"), ("0230 GMT", "2031-03-14T02:30"), ("Friday", "2031-03-14")]),
    ("The quake struck on Monday at 10 p.m. local time (1900 GMT).",
     [("Monday at 10 p.m. local time", "2031-03-10T22:00"), ("1900 GMT", "2031-03-10T19:00")]),
    # across midnight, the bracketed clock is on the next day
    ("The polls closed on Monday at 8:30 p.m. (0030 UTC).",
     [("Monday at 8:30 p.m.", "2031-03-10T20:30"), ("0030 UTC", "2031-03-11T00:30")]),
])
def test_a_clock_in_two_zones_is_on_the_day_beside_it(text, expected):
    assert times(text) == expected


@pytest.mark.parametrize("text, expected", [
    ("The mission is expected to last 18 months.", [("18 months", "P18M")]),
    ("The talks could last two weeks.", [("two weeks", "P2W")]),
    ("Prices doubled over the last two years.", [("the last two years", "P2Y")]),
    ("The company reports its earnings every quarter.", [("every quarter", "P3M")]),
])
def test_last_the_verb_and_every_quarter(text, expected):
    assert times(text) == expected


@pytest.mark.parametrize("text, expected", [
    ("It took a quarter of a century to rebuild the bridge.", [("a quarter of a century", "P25Y")]),
    ("The feud lasted a quarter-century.", [("a quarter-century", "P25Y")]),
    ("The siege lasted two-and-a-half months.", [("two-and-a-half months", "P2.5M")]),
    ("The weeks-long strike ended on Monday.", [("weeks-long", "PXW"), ("Monday", "2031-03-10")]),
    ("A decades-long feud is over.", [("decades-long", "PXY")]),
    ("The market opens on weekends.", [("weekends", "XXXX-WXX-WE")]),
])
def test_quarter_centuries_hyphenated_halves_and_weekends(text, expected):
    assert times(text) == expected


@pytest.mark.parametrize("text, expected", [
    # the period the text last gave, a year back (TimeML's reference time)
    ("Net income rose 12% in the third quarter from the year-earlier period.",
     [("the third quarter", "2030-Q3"), ("the year-earlier period", "2029-Q3")]),
    ("Sales fell 3% in the fourth quarter of 2029 from the year-ago quarter.",
     [("the fourth quarter of 2029", "2029-Q4"), ("the year-ago quarter", "2028-Q4")]),
    ("Exports rose 5% in September from a year earlier.", [("September", "2030-09"), ("a year earlier", "2029-09")]),
    ("Exports rose 5% in September 2030 from the same month last year.",
     [("September 2030", "2030-09"), ("the same month last year", "2029-09")]),
    ("In 2027 the plant opened. A year earlier, the site was empty.", [("2027", "2027"), ("A year earlier", "2026")]),
    # no period given before: unknown, not a guess from the publication date
    ("Sales fell from the year-ago quarter.", [("the year-ago quarter", None)]),
    # "the latest quarter": the last one reported
    ("In the latest quarter, sales slipped.", [("the latest quarter", "2030-Q4")]),
])
def test_year_earlier_periods_count_from_the_period_last_given(text, expected):
    assert times(text) == expected


@pytest.mark.parametrize("text, expected", [
    # the event dated in another sentence that names it again (a compound or a verb form too)
    ("The quake struck on March 11, 2026, killing 300 people. Survivors gathered on the coast for "
     "the fifth anniversary of the quake.", ("the fifth anniversary of the quake", "2031-03-11")),
    ("The earthquake struck on March 14, 2026. Vigils marked the fifth anniversary of the quake.",
     ("the fifth anniversary of the quake", "2031-03-14")),
    ("The town flooded in 2021. Residents marked the tenth anniversary of the flood with a march.",
     ("the tenth anniversary of the flood", "2031")),
    ("Rebels seized the base on March 11, 2026. Protesters marched on the fifth anniversary of the seizure.",
     ("the fifth anniversary of the seizure", "2031-03-11")),
    # dated later in the anniversary's own sentence
    ("Residents marked the tenth anniversary of the coup, which brought the army to power in 2021.",
     ("the tenth anniversary of the coup", "2031")),
])
def test_an_anniversary_is_counted_from_the_date_the_text_gives_its_event(text, expected):
    assert expected in times(text)


@pytest.mark.parametrize("text", [
    # the dated event is not the anniversary's: another noun, or n years on is far from the publication date
    "The mine opened in 2001. Miners marked the tenth anniversary of the strike.",
    "The quake struck on March 11, 2029. Survivors met for the fifth anniversary of the quake.",
    # a day of this year at the site is no day to count the first anniversary from
    "Relatives gathered on March 3, 2031 at the site of the crash. The first anniversary of the crash passed quietly.",
])
def test_an_anniversary_is_not_counted_from_a_date_of_another_event(text):
    assert not any("anniversary" in found for found, _ in times(text))
