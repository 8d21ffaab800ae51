"""Who speaks: names in apposition, speakers quoted through an outlet, speakers of
consecutive quotes and of paragraphs that name several people. Passages written for
these tests."""
from __future__ import annotations

import pytest

from tests.extract.quote_helpers import one_quote, process


@pytest.mark.parametrize("text,contains,speaker", [
    # a name in apposition to "the <title> of <Place>"
    ("The mayor of Lindow, Petra Kaal, said the canal would be dredged.", "canal would be dredged", "Petra Kaal"),
    ("The governor of the central bank, Ilan Brod, said rates would stay at 4%.", "rates would stay", "Ilan Brod"),
    # "by saying": the speaker of the verb the phrase hangs on
    ('Ruth Adley ended the meeting by saying "we will not sign this."', "we will not sign", "Ruth Adley"),
    # a name the parser joins to a subject far before it
    ("At the time, the firm expanded online and opened new depots, but Radio Kestra reports only 3% of its "
     "sales come from the web.", "only 3%", "Radio Kestra"),
])
def test_speaker_named_in_the_clause(pipeline, text, contains, speaker):
    assert one_quote(process(pipeline, text), contains).speaker_name == speaker


def test_quoted_as_saying_the_outlet_is_via(pipeline):
    report = process(pipeline, 'The Daily Courier quoted Ivo Rant, a former pilot, as saying "the channel is '
                               'too shallow" and "ships will run aground."')
    quote = one_quote(report, "too shallow")
    assert quote.speaker_name == "Ivo Rant"
    assert [v.name for v in quote.via] == ["Daily Courier"]


def test_speaker_after_a_paragraph_that_closes_with_a_quote(pipeline):
    text = ("Union leader Mara Voss commented, “The plan will keep the trains running and the staff safe on "
            "every line we run.”\n\nThe secretary of the dockers' union (Harbour and Dock Workers), Ivo Rant, "
            "said the plan was \"far too little.\"")
    assert one_quote(process(pipeline, text), "far too little").speaker_name == "Ivo Rant"
