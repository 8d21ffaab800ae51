"""News rules of the time recogniser, on plain text (no spaCy): every weekday as
publication day, month and year boundaries, holidays, relative units, durations, sets."""
from __future__ import annotations

import datetime as dt

import pytest

from tacitus.timex import find_times_in_text


def values(text, published):
    return [(t.text, t.value) for t in find_times_in_text(text, published)]


def only(text, published):
    found = find_times_in_text(text, published)
    assert len(found) == 1, found
    return found[0]


# 2031-03-03 is a Monday: one publication day for each weekday of that week.
WEEK = [dt.date(2031, 3, 3) + dt.timedelta(days=i) for i in range(7)]


@pytest.mark.parametrize("published", WEEK, ids=lambda d: d.strftime("%a"))
def test_bare_weekday_is_most_recent_up_to_publication_day(published):
    for offset, name in enumerate(["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"]):
        ref = only(f"The ministry of Veldora confirmed {name}'s raid on the harbour.", published)
        expected = published - dt.timedelta(days=(published.weekday() - offset) % 7)
        assert ref.text == name and ref.value == expected.isoformat() and ref.granularity == "day"


@pytest.mark.parametrize("published", WEEK, ids=lambda d: d.strftime("%a"))
def test_weekday_with_future_tense_points_forward(published):
    ref = only("The envoys will meet again on Friday in Port Amsel.", published)
    day = dt.date.fromisoformat(ref.value)
    assert day.weekday() == 4 and published < day <= published + dt.timedelta(days=7)


def test_last_and_next_weekday_exclude_the_publication_day():
    friday = dt.date(2031, 3, 7)
    assert values("She resigned last Friday.", friday) == [("last Friday", "2031-02-28")]
    assert values("The vote comes next Friday.", friday) == [("next Friday", "2031-03-14")]


def test_month_day_is_nearest_past_across_the_year_boundary():
    assert values("The treaty was signed on December 28.", dt.date(2031, 1, 3)) == [("December 28", "2030-12-28")]
    assert values("Talks resume on January 5, officials will say.", dt.date(2030, 12, 30))[0][1] == "2031-01-05"
    assert values("Talks will resume on January 5.", dt.date(2030, 12, 30)) == [("January 5", "2031-01-05")]
    assert values("In an August 2 speech, Orlan spoke.", dt.date(2031, 8, 2)) == [("August 2", "2031-08-02")]


def test_months_years_and_month_boundaries():
    published = dt.date(2031, 3, 1)
    assert values("earlier this month", published) == [("earlier this month", "2031-03")]
    assert values("last month", published) == [("last month", "2031-02")]
    assert values("last week", published) == [("last week", "2031-W08")]
    assert values("this week", dt.date(2031, 1, 1)) == [("this week", "2031-W01")]
    assert values("next year", published) == [("next year", "2032")]
    assert values("their tense November meeting", published) == [("November", "2030-11")]
    assert values("last February", published) == [("last February", "2031-02")]
    assert values("last February", dt.date(2031, 2, 10)) == [("last February", "2030-02")]
    assert values("since the invasion of June 2019", published) == [("June 2019", "2019-06")]
    assert values("the port was seized in 2009", published) == [("2009", "2009")]
    assert values("in late January", published) == [("late January", "2031-01")]


def test_ago_and_decades_and_seasons_and_quarters():
    published = dt.date(2031, 3, 5)
    assert values("two years ago", published) == [("two years ago", "2029")]
    assert values("three days ago", published) == [("three days ago", "2031-03-02")]
    assert values("in the 1990s", published) == [("the 1990s", "199")]
    assert values("last summer", published) == [("last summer", "2030-SU")]
    assert values("in the second quarter of 2030", published) == [("the second quarter of 2030", "2030-Q2")]


def test_may_and_march_need_context_to_be_months():
    published = dt.date(2031, 6, 1)
    assert values("Veldora may withdraw its envoy.", published) == []
    assert values("March on the capital, they said.", published) == []
    assert values("The talks began in May.", published) == [("May", "2031-05")]
    assert values("It echoed their tense March meeting.", published) == [("March", "2031-03")]
    assert values("May officials said so.", published) == []


def test_holidays_fixed_and_movable():
    assert values("On Easter, the bishop spoke.", dt.date(2025, 4, 24)) == [("Easter", "2025-04-20")]
    assert values("On Easter, the bishop spoke.", dt.date(2024, 4, 2)) == [("Easter", "2024-03-31")]
    assert values("Orthodox Easter 2023 was quiet.", dt.date(2031, 1, 1)) == [("Orthodox Easter 2023", "2023-04-16")]
    assert values("after Thanksgiving", dt.date(2030, 12, 1)) == [("Thanksgiving", "2030-11-28")]
    assert values("on Christmas", dt.date(2031, 1, 2)) == [("Christmas", "2030-12-25")]
    assert values("since Ramadan", dt.date(2025, 3, 20)) == [("Ramadan", "2025-03-01")]


def test_durations_sets_and_vague_references():
    published = dt.date(2031, 3, 5)
    assert only("The siege lasted three years.", published).value == "P3Y"
    assert only("for weeks", published).value == "PXW"
    assert only("a 62-year-old farmer", published).value == "P62Y"
    ref = only("2,000 refugees a week cross the border.", published)
    assert (ref.text, ref.value, ref.type) == ("a week", "P1W", "SET")
    assert only("The council meets every Monday.", published).type == "SET"
    ref = only("Recently, the council voted.", published)
    assert (ref.value, ref.granularity) == ("PAST_REF", "ref")


def test_without_publication_date_relative_values_stay_unknown():
    found = find_times_in_text("On Thursday, after the February 2022 invasion and Easter.", None)
    assert [(t.text, t.value) for t in found] == [("Thursday", None), ("February 2022", "2022-02"), ("Easter", None)]


def test_spans_are_evidence():
    text = "Mid-talks on 3 March 2031, the envoy of Orlan left; he returns next week."
    for ref in find_times_in_text(text, dt.date(2031, 3, 4)):
        assert text[ref.start:ref.end] == ref.text
    assert values(text, dt.date(2031, 3, 4)) == [("3 March 2031", "2031-03-03"), ("next week", "2031-W11")]


def test_this_past_week_clock_times_and_decade_words():
    published = dt.date(2031, 3, 6)
    assert values("This past week, polls closed at 22:30.", published) == [
        ("This past week", "2031-W09"), ("22:30", "2031-03-06T22:30")]
    assert values("at 3 p.m.", published) == [("3 p.m.", "2031-03-06T15:00")]
    assert values("a star of the sixties", published) == [("the sixties", "196")]
