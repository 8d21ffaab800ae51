"""Quote shapes on articles written for these tests (fictional states and people)."""
from __future__ import annotations

import pytest

from tacitus.report import Article
from tests.extract.quote_helpers import one_quote

ARTICLE = """Eldorian Foreign Minister Petra Lind warned on Tuesday that the northern border would close within days.

“We have waited long enough. The crossings will shut at midnight,” Lind said in Geneva.

“The talks have failed,” Defence Minister Tomas Varga told reporters, “but we will try once more.”

Asked about the convoy, Varga replied: “Not this year.”

The so-called “peace caravan” reached the capital on Sunday.

Varga called the offer from Kestria “insulting” and “far too late” in an interview with Radio Marova.

In a post on Telegram on Wednesday, Lind said the ministry would publish the treaty text.

“My counterpart told me ‘we are finished,’ and then he left,” Lind said, per the Marova Herald.

Kestrian President Oskar Bel told Lind that the offer “remains on the table.”
"""

MULTI = """Opposition leader Ilse Maren spoke for an hour in the square on Friday.

“This government has lost the trust of the people. Every family in the valley knows it.

“We will not stop until the elections are called,” Maren said.

She said the rally would continue on Saturday.
"""

STRAIGHT = 'The mayor, Jon Ask, was blunt. "We are ready for the storm," said Ask. "Nobody should stay near the river."\n'

NEUTRAL = "The ministry published its annual report on Monday. It is titled “A Safer Valley” and runs to forty pages.\n"


@pytest.fixture(scope="module")
def report(pipeline):
    return pipeline.process(Article(text=ARTICLE, published="2031-03-04", id="shapes"))


_one = one_quote


def _speaker(q):
    return q.speaker_name or ""


def test_direct_quote_with_speaker_after_it(report):
    q = _one(report, "The crossings will shut at midnight")
    assert q.kind == "direct" and "Lind" in _speaker(q)
    assert q.cue.lemma == "say"
    assert q.place is not None and q.place.text == "Geneva"
    assert q.text.startswith("We have waited") and not q.text.endswith(",")


def test_quote_broken_by_its_attribution_keeps_one_speaker(report):
    first, second = _one(report, "The talks have failed"), _one(report, "but we will try once more")
    assert "Varga" in _speaker(first) and "Varga" in _speaker(second)
    assert first.kind == second.kind == "direct"
    assert first.channel is not None and first.channel.text == "reporters"


def test_attribution_before_a_colon(report):
    q = _one(report, "Not this year")
    assert q.kind == "direct" and "Varga" in _speaker(q) and q.cue.lemma == "reply"


def test_scare_quotes_are_not_statements(report):
    assert not [q for q in report.quotes if "peace caravan" in q.text]


def test_mixed_quote_with_fragments_and_interview_channel(report):
    q = _one(report, "insulting")
    assert q.kind == "mixed" and "Varga" in _speaker(q)
    assert "far too late" in q.text
    assert q.channel is not None and "interview with Radio Marova" in q.channel.text


def test_indirect_speech_with_time(report):
    q = _one(report, "the northern border would close")
    assert q.kind == "indirect" and "Lind" in _speaker(q) and q.cue.lemma == "warn"
    assert q.time is not None and q.time.text == "Tuesday"


def test_channel_of_a_social_media_post(report):
    q = _one(report, "would publish the treaty text")
    assert q.channel is not None and q.channel.text == "Telegram"
    assert q.time is not None and "Wednesday" in q.time.text


def test_nested_quote_stays_with_the_outer_speaker_and_via(report):
    q = _one(report, "we are finished")
    assert "Lind" in _speaker(q) and q.kind == "direct"
    assert not [x for x in report.quotes if x.text.startswith("we are finished")]
    assert [v.name for v in q.via] == ["Marova Herald"]


def test_addressee_of_told(report):
    q = _one(report, "remains on the table")
    assert q.kind == "mixed" and "Bel" in _speaker(q)
    lind = next(a.id for a in report.actors if "Lind" in a.name)
    assert q.addressee == lind


def test_quote_over_two_paragraphs_is_one_statement(pipeline):
    r = pipeline.process(Article(text=MULTI, published="2031-03-07"))
    q = _one(r, "lost the trust of the people")
    assert "until the elections are called" in q.text
    assert "Maren" in _speaker(q) and q.kind == "direct"
    assert MULTI[q.start:q.end] == q.text


def test_straight_marks_and_a_following_quote_without_attribution(pipeline):
    r = pipeline.process(Article(text=STRAIGHT))
    ready, river = _one(r, "We are ready for the storm"), _one(r, "Nobody should stay near the river")
    assert "Ask" in _speaker(ready) and "Ask" in _speaker(river)


def test_quoted_title_without_a_speech_cue_is_no_quote(pipeline):
    r = pipeline.process(Article(text=NEUTRAL))
    assert r.quotes == []


PANEL = ('Judge Mira Sol of the appeals court said, "The ruling stands for every district." '
         'Prosecutor Ivo Dane said, "We will respect it." Her son Karl Sol announced that the family would appeal.\n')


def test_said_comma_quotes_in_a_row_each_keep_their_speaker(pipeline):
    r = pipeline.process(Article(text=PANEL))
    assert "Sol" in _speaker(_one(r, "The ruling stands"))
    assert "Dane" in _speaker(_one(r, "We will respect it"))
    assert len([q for q in r.quotes if "ruling stands" in q.text]) == 1


def test_speaker_in_apposition_not_the_possessive(pipeline):
    r = pipeline.process(Article(text=PANEL))
    assert "Karl" in _speaker(_one(r, "the family would appeal"))
