"""Generic "today", events named by their date, halves and decades written short, ranges of
years, and a clock time opening its clause: each class on sentences written for it. The
publication date is a Wednesday in May."""
from __future__ import annotations

import datetime as dt

import pytest

from tacitus.timex import find_times_in_text

DCT = dt.date(2033, 5, 11)


def times(text, published=DCT):
    return [(t.text, t.value) for t in find_times_in_text(text, published)]


@pytest.mark.parametrize("text, expected", [
    # "today" as the present in general: TimeML's PRESENT_REF
    ("Today's schoolchildren rarely see a glacier.", ("Today", "PRESENT_REF")),
    ("In today's hyper-connected world, rumours spread fast.", ("today", "PRESENT_REF")),
    ("Wages buy less in today's money than in 1990.", ("today", "PRESENT_REF")),
    ("The choir is as popular today as it was in the 1950s.", ("today", "PRESENT_REF")),
    ("Few remember how small the port was compared with what it is today.", ("today", "PRESENT_REF")),
    ("The harbour as we know it today was dredged later.", ("today", "PRESENT_REF")),
    # the publication day
    ("Today's ballot closes at noon.", ("Today", "2033-05-11")),
    ("Today's meeting of farm ministers was cut short.", ("Today", "2033-05-11")),
    ("The governor said today that the bridge would reopen.", ("today", "2033-05-11")),
    ("The hearing is today.", ("today", "2033-05-11")),
])
def test_today_in_general_or_the_publication_day(text, expected):
    assert expected in times(text)


@pytest.mark.parametrize("text, expected", [
    ("Airport checks have tightened since 9/11.", ("9/11", "2001-09-11")),
    ("Her brother died in the 9/11 attacks.", ("9/11", "2001-09-11")),
    ("Survivors of 7/7 met the mayor.", ("7/7", "2005-07-07")),
    # a written-out date keeps its own year
    ("The ferry sank on 9/11/1994.", ("9/11/1994", "1994-09-11")),
])
def test_an_event_named_by_its_date_is_that_day(text, expected):
    assert expected in times(text)


@pytest.mark.parametrize("text, expected", [
    ("Steel output rose in H1, the ministry said.", ("H1", "2033-H1")),
    # H2 still ahead in May: last year's, unless the clause looks forward
    ("Margins narrowed in H2.", ("H2", "2032-H2")),
    ("The mill will add a shift in H2.", ("H2", "2033-H2")),
    ("Losses widened in H2 2031.", ("H2 2031", "2031-H2")),
    # decades written short, with and without the apostrophe, with their mod word
    ("The 80s brought the first container ships.", ("The 80s", "198")),
    ("Rents doubled in the mid-'90s.", ("the mid-'90s", "199")),
    ("By the late 70s the line had closed.", ("the late 70s", "197")),
])
def test_halves_and_short_decades(text, expected):
    assert expected in times(text)


@pytest.mark.parametrize("text", ["The guide was in her 80s.", "Tag h1 marks the title.", "Route H1-7 is shut."])
def test_ages_and_codes_are_no_dates(text):
    assert times(text) == []


@pytest.mark.parametrize("text, expected", [
    ("Grain exports fell in 1998-2001.", [("1998", "1998"), ("2001", "2001")]),
    ("The 2031-32 harvest was poor.", [("2031", "2031"), ("32", "2032")]),
    ("The siege of 1870-71 starved the city.", [("1870", "1870"), ("71", "1871")]),
    ("The 1999-00 budget was cut.", [("1999", "1999"), ("00", "2000")]),
    ("Between 2000-3000 people marched.", []),
])
def test_a_range_of_years_is_its_two_years(text, expected):
    assert times(text) == expected


@pytest.mark.parametrize("text, expected", [
    ("At 15:00 GMT on Saturday the polls close.", ("15:00 GMT on Saturday", "2033-05-14T15:00")),
    ("At 9 a.m. Friday the talks resume.", ("9 a.m. Friday", "2033-05-13T09:00")),
    ("At 15:00 GMT on Saturday the polls closed.", ("15:00 GMT on Saturday", "2033-05-07T15:00")),
])
def test_a_clock_time_opening_its_clause_reads_the_verb_after_it(text, expected):
    assert expected in times(text)


@pytest.mark.parametrize("text, expected", [
    # "for the year", "later in the week": the period the text is about (TimeML DATE)
    ("Net profit for the year rose 8%.", ("the year", "2033")),
    ("In 2029 the yard built four ships, and revenue for the year doubled.", ("the year", "2029")),
    ("The envoy will return later in the week.", ("the week", "2033-W19")),
    ("Fares rose throughout the month.", ("the month", "2033-05")),
])
def test_the_year_the_text_is_about(text, expected):
    assert expected in times(text)


@pytest.mark.parametrize("text", ["She was named farmer of the year.", "Sales in the year to March rose.",
                                  "He sang in the year of the flood."])
def test_the_year_of_something_is_no_date(text):
    assert not any(t == "the year" for t, _ in times(text))


@pytest.mark.parametrize("text, expected", [
    # before another event's clause, "a day" is the duration TimeML marks
    ("The strike began a day after talks collapsed.", ("a day", "P1D")),
    ("Ballots were printed two weeks before voters registered.", ("two weeks", "P2W")),
    # "later" and "earlier" take no object: the point, counted from the last date given
    ("The dam opened on March 3, 2030. Three days later the gates jammed.", ("Three days later", "2030-03-06")),
    ("A year earlier the mill had closed.", ("A year earlier", "2032")),
    ("He left two days before, and nobody noticed.", ("two days before", "2033-05-09")),
])
def test_counted_days_before_a_clause_or_as_a_point(text, expected):
    assert expected in times(text)


@pytest.mark.parametrize("text, expected", [
    # an unstated number of units back or ahead: TimeML's PAST_REF / FUTURE_REF
    ("A few days ago the convoy turned back.", ("A few days ago", "PAST_REF")),
    ("Several years earlier the pier had burned.", ("Several years earlier", "PAST_REF")),
    ("Some months later the envoy returned.", ("Some months later", "FUTURE_REF")),
    # "later in the day": the day the text is about
    ("The dam opened on March 3, 2030. Later in the day the gates jammed.", ("the day", "2030-03-03")),
])
def test_vague_offsets_and_the_day(text, expected):
    assert expected in times(text)


def test_the_day_in_general_is_no_date():
    assert times("Bats sleep in the day and hunt at night.") == []


@pytest.mark.parametrize("text, expected", [
    # "over", "circa", "longer than" before a number of units
    ("The siege lasted over two years.", ("over two years", "P2Y", "MORE_THAN")),
    ("The repairs took circa 30 days.", ("circa 30 days", "P30D", "APPROX")),
    ("The strike lasted longer than a month.", ("longer than a month", "P1M", "MORE_THAN")),
    # "over" the preposition of a span stays out of it
    ("Rents rose over the past two years.", ("the past two years", "P2Y", None)),
])
def test_bounded_durations(text, expected):
    assert expected in [(t.text, t.value, t.mod) for t in find_times_in_text(text, DCT)]


@pytest.mark.parametrize("text, expected", [
    ("The abbey was founded a century ago.", ("a century ago", "19")),
    ("Two centuries earlier the town burned.", ("Two centuries earlier", "18")),
    ("In 1871 the bridge opened. A century later it fell.", ("A century later", "19")),
])
def test_centuries_counted_back_or_on(text, expected):
    assert expected in times(text)


@pytest.mark.parametrize("text, expected", [
    # a day written as an ordinal word, not the duration "twenty seconds"
    ("The referendum is on the twenty-second of June.", ("the twenty-second of June", "2033-06-22")),
    ("The canal froze on February twenty-first.", ("February twenty-first", "2033-02-21")),
    ("The toll takes effect July first, the ministry said.", ("July first", "2033-07-01")),
    ("The treaty was signed on the fifth of November 1921.", ("the fifth of November 1921", "1921-11-05")),
    ("The race took twenty seconds.", ("twenty seconds", "PT20S")),
])
def test_a_day_written_as_an_ordinal_word(text, expected):
    assert expected in times(text)


def test_a_month_before_an_ordinal_noun_phrase_is_only_the_month():
    assert times("In May the first ferry sailed.") == [("May", "2033-05")]


@pytest.mark.parametrize("text, expected", [
    # "that day", "that year": the day or year of the last date the text gave
    ("In March 2029 the dam broke. That year, floods reached the delta.", ("That year", "2029")),
    ("The strike began on June 3, 2030. Later that day police arrived.", ("that day", "2030-06-03")),
])
def test_that_day_counts_from_the_last_date_given(text, expected):
    assert expected in times(text)


@pytest.mark.parametrize("text", ["Envoys said that year-long talks had failed.",
                                  "She knew that day-to-day work mattered."])
def test_that_before_a_compound_is_no_date(text):
    assert times(text) == []


@pytest.mark.parametrize("text, expected", [
    # a clock time is on the last day the text gave (TimeML's reference time)
    ("Police reached the port on Monday. At 3 p.m., shots were fired.", ("3 p.m.", "2033-05-09T15:00")),
    ("The vote is on Saturday. Polls close at 20:00 GMT.", ("20:00 GMT", "2033-05-14T20:00")),
    # Atlantic time is a zone: the clock joins its day
    ("The advisory was issued at 8:00 p.m. AST on Monday.", ("8:00 p.m. AST on Monday", "2033-05-09T20:00")),
    # with no day given, or after a coarser date, the publication day
    ("Officials said at 10:30 a.m. that talks had resumed.", ("10:30 a.m.", "2033-05-11T10:30")),
    ("In May 2031 the dam broke. At 9 a.m. the alarm sounded.", ("9 a.m.", "2033-05-11T09:00")),
])
def test_a_clock_time_is_on_the_day_the_text_is_about(text, expected):
    assert expected in times(text)
