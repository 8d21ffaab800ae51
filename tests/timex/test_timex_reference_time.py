"""Expressions of a narrative counted from the last date the text gave (TimeML's reference
time) rather than from the publication date, and months of plans told in the past, each on
sentences written for them. The publication date is a Wednesday in March."""
from __future__ import annotations

import datetime as dt

import pytest

from tacitus.timex import find_times_in_text

DCT = dt.date(2031, 3, 12)  # Wednesday


def times(text, published=DCT):
    return [(t.text, t.value) for t in find_times_in_text(text, published)]


@pytest.mark.parametrize("text, expected", [
    # "the following Monday": the first Monday after the last day given
    ("The ferry sank on March 3, 2029. The following Monday, the inquiry opened.",
     [("March 3, 2029", "2029-03-03"), ("The following Monday", "2029-03-05")]),
    ("The ferry sank on Thursday, May 9, 2030, and divers found it the next Saturday.",
     [("Thursday, May 9, 2030", "2030-05-09"), ("the next Saturday", "2030-05-11")]),
    # after a week: the first such day after that week
    ("The talks resume next week. The following Monday, the panel reports.",
     [("next week", "2031-W12"), ("The following Monday", "2031-03-24")]),
    # with no date before it, after the publication day
    ("The following Monday, the panel will report.", [("The following Monday", "2031-03-17")]),
    # "That summer": of the year the text last gave
    ("The war began in 2014. That summer, the rebels took the city.", [("2014", "2014"), ("That summer", "2014-SU")]),
    # a month told in the past right after a month or day of an earlier year: the next such month after it
    ("In June 2028 the firm collapsed. By December, 300 workers had lost their jobs.",
     [("June 2028", "2028-06"), ("December", "2028-12")]),
    ("The mill shut on 4 June 2028. In March, the owners were charged.",
     [("4 June 2028", "2028-06-04"), ("March", "2029-03")]),
])
def test_a_narrative_counts_from_the_last_date_it_gave(text, expected):
    assert times(text) == expected


@pytest.mark.parametrize("text, expected", [
    # a year alone is no narrative of months: the news reading stays
    ("The station opened in 1998. In March, a fire closed it.", [("1998", "1998"), ("March", "2031-03")]),
    # a month ahead is not counted from a past one
    ("The ferry sank on 3 March 2029. Divers will return in May.", [("3 March 2029", "2029-03-03"), ("May", "2031-05")]),
    # a recent month before it: the news reading
    ("The police arrived in December. In January the suspect was freed.", [("December", "2030-12"), ("January", "2031-01")]),
])
def test_the_news_reading_stays_outside_a_narrative_of_months(text, expected):
    assert times(text) == expected


@pytest.mark.parametrize("text, expected", [
    # a plan told in the past: the nearest such month, before or after the publication date
    ("Officials said the plant would reopen in June.", ("June", "2031-06")),
    ("Officials said the plant would reopen in December.", ("December", "2030-12")),
    ("The ministry was expected to publish the report in April.", ("April", "2031-04")),
])
def test_a_month_of_a_plan_told_in_the_past_is_the_nearest(text, expected):
    assert times(text) == [expected]
