"""Argument patterns of attribution beyond "X said": "as X reported", headline labels,
"according to" in mid-sentence and with a document, outlets as secondary sources, and
where a statement's content stops. Passages written for these tests."""
from __future__ import annotations

import pytest

from tests.extract.quote_helpers import one_quote, process


@pytest.mark.parametrize("text,contains,speaker", [
    ("The ferry will resume service in May, as the council reported on Monday.", "resume service", "council"),
    ("As Radio Kestra reported, the northern bridge will stay closed until June.", "bridge will stay closed",
     "Radio Kestra"),
])
def test_as_x_reported(pipeline, text, contains, speaker):
    quote = one_quote(process(pipeline, text), contains)
    assert speaker in (quote.speaker_name or "")
    assert "reported" not in quote.text


@pytest.mark.parametrize("text,contains,speaker,kind", [
    ("Finance Minister Ana Lopes: talks with the unions will resume in May\n\nThe port reopened.",
     "talks with the unions", "Ana Lopes", "indirect"),
    ('Police chief: "Two suspects were arrested overnight."', "Two suspects", "Police chief", "direct"),
    # blank lines before the label belong to no one's name (they once made a speaker of white space)
    ('[Note: the mayor spoke first, in downtown Lima.]\n\n\nLima Times: "Crowds had gathered; shops had closed."',
     "Crowds had gathered", "Lima Times", "direct"),
])
def test_headline_label(pipeline, text, contains, speaker, kind):
    quote = one_quote(process(pipeline, text), contains)
    assert speaker in (quote.speaker_name or "") and quote.kind == kind


@pytest.mark.parametrize("text", [
    "Note: the figures are provisional.",  # a label that names no one
    "The states that voted were: Alabama, Texas and Maine.",  # a sentence, not a label
])
def test_colon_lines_that_are_no_headline_statement(pipeline, text):
    assert process(pipeline, text).quotes == []


def test_narrators_subordinate_clause_is_not_said(pipeline):
    text = "President Ana Lopes urged the rebels to lay down their arms, as the government continues its push for talks."
    quote = one_quote(process(pipeline, text), "lay down their arms")
    assert "continues" not in quote.text


def test_a_reported_as_clause_in_the_past_stays(pipeline):
    text = "The minister said the plant closed early, as demand fell sharply in the spring."
    assert "demand fell" in one_quote(process(pipeline, text), "plant closed").text


def test_according_to_in_mid_sentence(pipeline):
    text = "The port's debt, according to the Harbour Gazette in March, is too large for a single sale."
    quote = one_quote(process(pipeline, text), "too large")
    assert "Harbour Gazette" in (quote.speaker_name or "")


def test_according_to_a_document_without_issuer(pipeline):
    quote = one_quote(process(pipeline, "According to initial reports, the fire started in a kitchen."), "fire started")
    assert quote.speaker_name == "initial reports" and quote.act == "document"


def test_an_outlet_reporting_a_groups_demand_is_via(pipeline):
    text = "Protesters demanded that the mayor resign, the BBC reported."
    quote = one_quote(process(pipeline, text), "the mayor resign")
    assert quote.speaker_name == "Protesters"
    assert "BBC" in [v.name for v in quote.via]


def test_an_outlet_passing_on_a_statement_is_not_its_speaker(pipeline):
    quote = one_quote(process(pipeline, "Port officials said the storm sank two trawlers, Radio Kestra reported."),
                      "sank two trawlers")
    assert quote.speaker_name == "Port officials"
    assert [v.name for v in quote.via] == ["Radio Kestra"]
    assert "Radio Kestra" not in quote.text


def test_an_outlet_reporting_on_its_own_speaks(pipeline):
    quote = one_quote(process(pipeline, "The storm sank two trawlers, Radio Kestra reported."), "sank two trawlers")
    assert quote.speaker_name == "Radio Kestra"
