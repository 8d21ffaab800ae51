"""Dating quotes and events: tied by syntax, governing scope, carry-over, inferred
publication date, historical background. Quotes and events are built here by hand
over our own parsed sentences."""
from __future__ import annotations

import datetime as dt

import pytest

from tacitus.extract import time
from tacitus.report import Cue, Event, Quote, Span
from tests.extract.time_helpers import dated_context, span


@pytest.fixture(scope="module")
def nlp(pipeline):
    return pipeline.nlp


def context(nlp, text, published="2031-03-06"):  # a Thursday
    return dated_context(nlp, text, published)


def quote(text, content, cue, speaker="Mira Oskar"):
    c, q = span(text, cue), span(text, content)
    return Quote(id="q", text=content, start=q.start, end=q.end, kind="indirect", speaker_name=speaker,
                 cue=Cue(text=cue, lemma=cue, start=c.start, end=c.end))


def event(text, trigger, status="asserted"):
    t = span(text, trigger)
    return Event(id="e", type="ASSAULT", trigger=t, sentence=Span(0, len(text), text), status=status)


def test_sentence_opening_scope_dates_the_quote_not_the_reported_week(nlp):
    text = "On Easter, Mira Oskar said that the two states could sign a truce this week."
    ctx = context(nlp, text, "2031-04-17")
    ctx.quotes = [quote(text, "the two states could sign a truce this week", "said")]
    time.date_quotes_and_events(ctx)
    date = ctx.quotes[0].date
    assert (date.text, date.value, date.inferred) == ("Easter", "2031-04-13", False)


def test_possessive_weekday_dates_its_event(nlp):
    text = "Tuesday's shelling of Port Amsel killed four people, the governor said."
    ctx = context(nlp, text)
    ctx.events = [event(text, "shelling")]
    time.date_quotes_and_events(ctx)
    assert ctx.events[0].date.value == "2031-03-04"


def test_undated_statement_gets_the_inferred_publication_date(nlp):
    text = "Mira Oskar said the harbour of Veldora would stay closed."
    ctx = context(nlp, text)
    ctx.quotes = [quote(text, "the harbour of Veldora would stay closed", "said")]
    time.date_quotes_and_events(ctx)
    date = ctx.quotes[0].date
    assert (date.value, date.inferred, date.start, date.end) == ("2031-03-06", True, 0, 0)


def test_no_publication_date_means_no_value(nlp):
    text = "Mira Oskar said the harbour of Veldora would stay closed."
    ctx = context(nlp, text, None)
    ctx.quotes = [quote(text, "the harbour of Veldora would stay closed", "said")]
    time.date_quotes_and_events(ctx)
    assert (ctx.quotes[0].date.value, ctx.quotes[0].date.inferred) == (None, True)


def test_historical_background_keeps_its_own_date_and_never_the_publication_date(nlp):
    text = "The islands, which were annexed in 2019, remain disputed. The blockade began long ago."
    ctx = context(nlp, text)
    ctx.events = [event(text, "annexed", "historical"), event(text, "blockade", "historical")]
    time.date_quotes_and_events(ctx)
    assert ctx.events[0].date.value == "2019"
    assert (ctx.events[1].date.value, ctx.events[1].date.inferred) == (None, False)


def test_expression_inside_the_quoted_words_does_not_date_the_quote(nlp):
    text = "Mira Oskar said on Monday that the army will withdraw by Friday."
    ctx = context(nlp, text)
    ctx.quotes = [quote(text, "the army will withdraw by Friday", "said")]
    time.date_quotes_and_events(ctx)
    assert (ctx.quotes[0].date.text, ctx.quotes[0].date.value) == ("Monday", "2031-03-03")


def test_quote_in_next_paragraph_takes_the_date_of_the_sentence_naming_its_speaker(nlp):
    text = ("On Wednesday, Mira Oskar warned both delegations.\n\n"
            "\u201cWe are out of patience,\u201d Oskar told reporters.")
    ctx = context(nlp, text)
    q = span(text, "We are out of patience")
    c = span(text, "told")
    ctx.quotes = [Quote(id="q", text=q.text, start=q.start, end=q.end, kind="direct",
                        speaker_name="Mira Oskar", cue=Cue("told", "tell", c.start, c.end))]
    time.date_quotes_and_events(ctx)
    assert (ctx.quotes[0].date.text, ctx.quotes[0].date.value) == ("Wednesday", "2031-03-05")


def test_reference_article_time_expressions(shared_dir, pipeline):
    from tests.conftest import EXAMPLE

    text = EXAMPLE.read_text(encoding="utf-8")
    found = {(t.text, t.value) for t in time.find_times(pipeline.nlp(text), dt.date(2025, 4, 24))}
    for expected in [("Easter", "2025-04-20"), ("April 11", "2025-04-11"), ("Wednesday", "2025-04-23"),
                     ("earlier this month", "2025-04"), ("February", "2025-02"),
                     ("February 2022", "2022-02"), ("2014", "2014"), ("Thursday", "2025-04-24")]:
        assert expected in found


def test_reference_article_quote_dates(example_report, example_expected):
    """Quotes the quote extractor finds carry the analyst's date (those it misses are not ours)."""
    checked = 0
    for want in example_expected["quotes"]:
        if "date" not in want:
            continue
        got = next((q for q in example_report.quotes if want["contains"] in q.text), None)
        if got is None:
            continue
        assert got.date is not None and got.date.value == str(want["date"]), want["contains"]
        checked += 1
    assert checked or not example_report.quotes


def test_a_date_an_event_is_set_for_points_forward(nlp):
    from tacitus.extract.time import find_times

    published = dt.date(2031, 5, 12)
    doc = nlp("On Monday the president dissolved parliament and called an early election for June 29.")
    assert [(t.text, t.value) for t in find_times(doc, published)] == [("Monday", "2031-05-12"),
                                                                       ("June 29", "2031-06-29")]
    doc = nlp("Police arrested him on June 29.")
    assert [t.value for t in find_times(doc, published)] == ["2030-06-29"]


# ---- an event's own date from its sentence, not the publication date (issue: dates, section 1)

def test_event_takes_the_date_of_the_adverbial_clause_that_tells_it(nlp):
    text = ("Nine people were killed and dozens hurt when rockets hit a bus depot in Sarnow on Monday, "
            "the regional council said.")
    ctx = context(nlp, text)
    ctx.events = [event(text, "killed")]
    time.date_quotes_and_events(ctx)
    assert (ctx.events[0].date.text, ctx.events[0].date.value, ctx.events[0].date.inferred) == \
        ("Monday", "2031-03-03", False)


def test_a_definite_noun_takes_the_date_of_the_event_it_refers_back_to(nlp):
    text = ("A patrol boat was sunk off Kerrin on Tuesday. The navy blamed the attack on the rebels, "
            "who denied it.")
    ctx = context(nlp, text)
    sunk, attack = event(text, "sunk"), event(text, "attack")
    attack.id = "e2"
    ctx.events = [sunk, attack]
    time.date_quotes_and_events(ctx)
    assert ctx.events[0].date.value == "2031-03-04"
    assert (ctx.events[1].date.value, ctx.events[1].date.inferred) == ("2031-03-04", False)


def test_the_event_an_anniversary_is_of_refers_back_to_the_one_told_as_history(nlp):
    text = ("Militants shelled the port of Kerrin on March 2, 2026. Crowds gathered in the port on the "
            "fifth anniversary of the shelling.")
    ctx = context(nlp, text)
    shelled, gathered, shelling = event(text, "shelled", "historical"), event(text, "gathered"), event(text, "shelling")
    gathered.id, gathered.type, shelling.id = "e2", "PROTEST", "e3"
    ctx.events = [shelled, gathered, shelling]
    time.date_quotes_and_events(ctx)
    assert ctx.events[0].date.value == "2026-03-02"
    assert (ctx.events[1].date.value, ctx.events[1].date.text) == ("2031-03-02", "the fifth anniversary of the shelling")
    assert (ctx.events[2].date.value, ctx.events[2].date.inferred) == ("2026-03-02", False)


def test_an_indefinite_noun_does_not_refer_back(nlp):
    text = "A patrol boat was sunk off Kerrin on Tuesday. The navy reported an attack on a convoy."
    ctx = context(nlp, text)
    ctx.events = [event(text, "sunk"), event(text, "attack")]
    time.date_quotes_and_events(ctx)
    assert ctx.events[1].date.inferred


def test_a_date_of_another_clause_does_not_date_the_event(nlp):
    """A reported clause ("said that ... next week"), a relational one ("since the truce of
    May 2") and an earlier, perfect one ("having joined in 2027") are other times."""
    for text, trigger in [
        ("Dara Velk demanded an inquiry and said that her party would table a motion next week.", "demanded"),
        ("The army denied the raid and said it had not fired since the truce of March 2.", "denied"),
        ("Lio Brant was signed by the Harriers, having joined their academy in 2027.", "signed"),
    ]:
        ctx = context(nlp, text)
        ctx.events = [event(text, trigger)]
        time.date_quotes_and_events(ctx)
        assert ctx.events[0].date.inferred, text


def test_the_sample_shelling_is_dated_monday(pipeline):
    """The project's sample: the shelling "on Monday" (a Tuesday dateline) is Monday's."""
    from tests.conftest import SAMPLES
    from tacitus.read import read_path

    [article] = read_path(SAMPLES / "veloria-market-shelling.txt")
    report = pipeline.process(article)
    killed = next(e for e in report.events if e.trigger.text == "killed")
    assert (killed.date.text, killed.date.value, killed.date.inferred) == ("Monday", "2025-03-03", False)
