"""Dates counted from another event of the article ("two days after the attack"), and dates
inside quoted words, on sentences written for them. Events are built by hand over our own
parsed sentences, as the extractor would give them."""
from __future__ import annotations

import pytest

from tacitus.extract import time
from tacitus.report import Cue, Event, Quote, Span
from tests.extract.time_helpers import dated_context, span

PUBLISHED = "2031-03-14"  # a Friday


@pytest.fixture(scope="module")
def nlp(pipeline):
    return pipeline.nlp


def context(nlp, text, published=PUBLISHED):
    return dated_context(nlp, text, published)


def event(text, trigger, type_="ASSAULT", id_="e", after=0, mentions=()):
    return Event(id=id_, type=type_, trigger=span(text, trigger, after), sentence=Span(0, len(text), text),
                 status="asserted", mentions=[span(text, m, after) for m in mentions])


def dates(ctx):
    time.date_quotes_and_events(ctx)
    return [(e.date.text, e.date.value, e.date.inferred) for e in ctx.events]


def test_days_after_an_event_dated_earlier_in_the_article(nlp):
    text = ("Militants stormed the border post at Karsk on Monday. "
            "Two days after the attack, police arrested four men in the capital.")
    ctx = context(nlp, text)
    ctx.events = [event(text, "stormed", mentions=["attack"]), event(text, "arrested", "COERCE", "e2")]
    assert dates(ctx) == [("Monday", "2031-03-10", False),
                          ("Two days after the attack", "2031-03-12", False)]


def test_days_after_the_last_event_of_the_nouns_type(nlp):
    text = ("Militants stormed the border post at Karsk on Monday. "
            "Two days after the attack, police arrested four men in the capital.")
    ctx = context(nlp, text)  # "the attack" is no mention of the storming here: its type links them
    ctx.events = [event(text, "stormed"), event(text, "arrested", "COERCE", "e2")]
    assert dates(ctx)[1] == ("Two days after the attack", "2031-03-12", False)


@pytest.mark.parametrize("text, trigger, published, expected", [
    ("The assembly voted on the new charter on Thursday. "  # an earlier mention of the same word
     "The day before the vote, thousands of students marched through Lormont.",
     "marched", PUBLISHED, ("The day before the vote", "2031-03-12")),
    ("The summit opened in Varno on June 3, 2030. On the eve of the summit, activists blocked the main road.",
     "blocked", PUBLISHED, ("the eve of the summit", "2030-06-02")),
    ("The two sides signed a ceasefire in May 2030. "  # months from a month
     "Three months after the ceasefire, fighting resumed along the river.",
     "fighting", PUBLISHED, ("Three months after the ceasefire", "2030-08")),
    ("On the eve of Christmas, rebels freed twelve hostages near Tarn.",  # a named day
     "freed", "2030-12-30", ("the eve of Christmas", "2030-12-24")),
    ("Two days after the attack, police arrested four men in the capital.",  # the article never dates it
     "arrested", PUBLISHED, ("Two days after the attack", None)),
    ("The militia seized the dam in April. Two days after the seizure, engineers opened its gates.",
     "opened", PUBLISHED, ("Two days after the seizure", None)),  # days from a month: unknown
])
def test_one_event_counted_from_another(nlp, text, trigger, published, expected):
    ctx = context(nlp, text, published)
    ctx.events = [event(text, trigger)]
    assert dates(ctx) == [(*expected, False)]


def test_a_stated_date_of_the_clause_wins(nlp):
    text = ("Militants stormed the border post at Karsk on Monday. "
            "Police arrested four men on Thursday, three days after the attack.")
    ctx = context(nlp, text)
    ctx.events = [event(text, "stormed", mentions=["attack"]), event(text, "arrested", "COERCE", "e2")]
    assert dates(ctx)[1] == ("Thursday", "2031-03-13", False)


def test_the_expression_never_dates_its_own_anchor(nlp):
    text = "Two days after the bombing, police arrested four men in the capital."
    ctx = context(nlp, text)
    ctx.events = [event(text, "bombing"), event(text, "arrested", "COERCE", "e2")]
    bombing, arrest = dates(ctx)
    assert bombing[1:] == ("2031-03-14", True)  # nothing states it: the publication date, assumed
    assert arrest == ("Two days after the bombing", None, False)


# ----------------------------------------------------------------------------- quoted words


def test_a_date_in_quoted_words_resolves_against_the_publication_date(nlp):
    text = "“We shelled the depot on Tuesday and we will strike again on Sunday,” the commander said."
    ctx = context(nlp, text)
    values = {t.text: t.value for t in ctx.times}
    assert values == {"Tuesday": "2031-03-11", "Sunday": "2031-03-16"}
    start = text.index("We")
    said = span(text, "said")
    ctx.quotes = [Quote(id="q", text=text[start:text.index(",”")], start=start, end=text.index(",”"),
                        kind="direct", speaker_name="the commander",
                        cue=Cue(text="said", lemma="say", start=said.start, end=said.end))]
    ctx.events = [event(text, "shelled")]
    time.date_quotes_and_events(ctx)
    assert (ctx.events[0].date.text, ctx.events[0].date.value) == ("Tuesday", "2031-03-11")
    assert ctx.quotes[0].date.inferred  # the quoted days date what they tell, not the statement


@pytest.mark.parametrize("text", [
    "Two days after Marek Vold, the governor visited the camp.",   # a person, no event
    "The day after the next day, the governor visited the camp.",  # a time, no event
])
def test_no_event_to_count_from(nlp, text):
    ctx = context(nlp, text)
    ctx.events = [event(text, "visited", "CONSULT")]
    assert dates(ctx)[0][0] != text[:text.index(",")]
