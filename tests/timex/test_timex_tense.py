"""Tense decides the direction of a weekday, month-day or month without a year: a
scheduled event told in the simple present is ahead ("the museum opens on Thursday"), the
nearest verb before the date decides between two clauses, "since Friday" is behind, and a
headline (which tells past events in the present) is left to the news default.
The publication date is a Tuesday in December; every sentence is written for these tests."""
from __future__ import annotations

import datetime as dt

import pytest

from tacitus.timex import find_times_in_text

DCT = dt.date(2032, 12, 14)  # a Tuesday


def value_of(text, words, published=DCT):
    return next(t.value for t in find_times_in_text(text, published) if t.text == words)


@pytest.mark.parametrize("text, words, expected", [
    # scheduled events in the simple present: the coming day, date or month
    ("The new bridge opens to traffic on Thursday.", "Thursday", "2032-12-16"),
    ("The probe launches March 3 from the coast.", "March 3", "2033-03-03"),
    ("The envoy arrives in Tarsk on Friday, officials said.", "Friday", "2032-12-17"),
    ("Voters go to the polls on Sunday.", "Sunday", "2032-12-19"),
    ("Negotiations resume on Monday in Geneva.", "Monday", "2032-12-20"),
    ("The summit, which begins Monday, will focus on water.", "Monday", "2032-12-20"),
    ("The fishing ban takes effect in February.", "February", "2033-02"),
    ("Her contract expires in June.", "June", "2033-06"),
    ("The two clubs meet again on Saturday.", "Saturday", "2032-12-18"),
    ("The final is on Sunday.", "Sunday", "2032-12-19"),
    ("The deadline is January 9.", "January 9", "2033-01-09"),
    ("Elections are due in March.", "March", "2033-03"),
    ("The agency expects to publish the figures in February.", "February", "2033-02"),
    # the nearest verb before the date decides
    ("The side that lost on Saturday plays again on Wednesday.", "Saturday", "2032-12-11"),
    ("The side that lost on Saturday plays again on Wednesday.", "Wednesday", "2032-12-15"),
    ("The ferry service, which closed in October, draws no passengers.", "October", "2032-10"),
    ("Fighting continues after militias shelled the port on Monday.", "Monday", "2032-12-13"),
    ("The court rules that the vote held in March was valid.", "March", "2032-03"),
    # since, possessives, reporting verbs and nouns stay in the past
    ("Prices have doubled since the start of the blockade in February.", "February", "2032-02"),
    ("Police have detained four men since Friday.", "Friday", "2032-12-10"),
    ("The inquiry is on Monday's collapse of the roof.", "Monday", "2032-12-13"),
    ("Officials say the fire started on Sunday.", "Sunday", "2032-12-12"),
    ("The ministry says 30 people died in the floods on Sunday.", "Sunday", "2032-12-12"),
    ("The visit on Monday angered the neighbours.", "Monday", "2032-12-13"),
    ("Their return in August surprised the village.", "August", "2032-08"),
])
def test_tense_sets_the_direction(text, words, expected):
    assert value_of(text, words) == expected


def test_a_headline_tells_past_events_in_the_present():
    text = "Militias storm border post on Monday\nMilitias stormed a border post on Monday, the army said."
    assert [t.value for t in find_times_in_text(text, DCT)] == ["2032-12-13", "2032-12-13"]


def test_the_parse_reader_agrees_on_scheduled_events(pipeline):
    """The pipeline's reader (spaCy parse) gives the same direction."""
    from tacitus.extract.time import find_times

    for text, expected in [("The new bridge opens to traffic on Thursday.", "2032-12-16"),
                           ("The new bridge opened to traffic on Thursday.", "2032-12-09"),
                           ("The side that lost on Saturday plays again on Thursday.", "2032-12-16")]:
        assert find_times(pipeline.nlp(text), DCT)[-1].value == expected


def test_a_noun_that_is_also_a_scheduled_verb_points_nowhere():
    """"a bright start", "their return": a base form counts only after a plural subject."""
    text = "The lantern festival was off to a bright start on Saturday night, organisers said."
    assert find_times_in_text(text, DCT)[0].value == "2032-12-11TNI"
    assert value_of("Both sides meet again on Friday.", "Friday") == "2032-12-17"
