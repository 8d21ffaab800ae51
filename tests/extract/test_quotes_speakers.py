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


def test_pronoun_takes_the_previous_quotes_speaker_in_its_paragraph(pipeline):
    text = ("Governor Amal Reyes met the rival candidate, Tomas Okafor, on Monday.\n\n"
            "Okafor said in a speech, \"I will not give up this fight\", calling it \"a fight for every family\". "
            "He wrote in a post, \"the campaign ends but the work goes on\".")
    report = process(pipeline, text)
    assert one_quote(report, "the work goes on").speaker_name == one_quote(report, "give up").speaker_name
    assert "Okafor" in one_quote(report, "the work goes on").speaker_name


def test_another_person_named_in_between_keeps_the_pronoun_to_the_actor_table(pipeline):
    text = ('Okafor said, "I will not give up." Governor Amal Reyes, asked about it, shrugged. '
            'She said the race was over.')
    assert one_quote(process(pipeline, text), "race was over").speaker_name != "Okafor"


def test_they_is_the_plural_subject_of_the_paragraph(pipeline):
    text = ("The foreign minister of Varnland, Ilse Moor, and her Kestrian counterpart met in Lisbon on Friday. "
            "A trade envoy joined the talks as an observer.\n\n"
            "They concluded that the fishing accord is \"void\" and called on the fleet to return to port.")
    quote = one_quote(process(pipeline, text), "fishing accord")
    assert "Ilse Moor" in (quote.speaker_name or "")


def test_a_cue_inside_another_statement_is_part_of_it(pipeline):
    report = process(pipeline, "Port officials said they believed the fire had started in a storage shed.")
    assert len(report.quotes) == 1
    assert "they believed" in report.quotes[0].text


def test_the_outer_cue_before_a_quotation_speaks(pipeline):
    text = ('Biologist Nora Fell told the Valley Courier the pattern suggested an ancient switch: '
            '"Somehow these beetles remember how to grow wings."')
    report = process(pipeline, text)
    assert one_quote(report, "Somehow these beetles").speaker_name == "Nora Fell"
    assert one_quote(report, "the pattern suggested").speaker_name == "Nora Fell"


@pytest.mark.parametrize("text", [
    '"Kestrel-9" is the name of the new strain rather than of the disease.',  # a quoted term
    'That year the outbreak was commonly called "marsh fever."',  # no one is said to speak
    "It was reported he was in a coma at the time.",  # reported, by no one named
])
def test_no_statement_without_a_speaker(pipeline, text):
    assert process(pipeline, text).quotes == []


def test_a_name_given_by_another_verb_is_no_part_of_the_statement(pipeline):
    text = 'Officials announced the arrest of a driver, a man in his forties identified only as "K Berg".'
    assert not any("K Berg" in q.text for q in process(pipeline, text).quotes)


def test_consecutive_quotes_of_a_spokeswoman_not_the_leader_named_before(pipeline):
    text = ("Reuters reported the caretaker Prime Minister of Varnland, Ilan Brod, asked the foreign troops to "
            "leave.\n\nAfter the vote, a Kestrian foreign ministry spokeswoman, Lena Sorn, indicated Kestria was "
            "disappointed: \"While we study the text of today's motion,\" she said, \"we urge the leaders of "
            "Varnland to keep the treaty in force.\"")
    report = process(pipeline, text)
    assert one_quote(report, "While we study").speaker_name == "Lena Sorn"
    assert one_quote(report, "we urge the leaders").speaker_name == "Lena Sorn"
    assert one_quote(report, "Kestria was disappointed").speaker_name == "Lena Sorn"


def test_an_announced_intention_is_the_announcers_statement(pipeline):
    quote = one_quote(process(pipeline, "Defence lawyer Ivo Rant announced his client intended to appeal the verdict."),
                      "intended to appeal")
    assert quote.speaker_name == "Ivo Rant"


def test_a_negated_cue_with_its_auxiliary_apart_states_nothing(pipeline):
    text = "The ministry had not, as of Sunday, announced any plans to close the border."
    assert process(pipeline, text).quotes == []
