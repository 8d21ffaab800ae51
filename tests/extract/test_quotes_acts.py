"""The act of each statement (speech, belief, intention, document) by cue class, on
sentences written for these tests (none is taken from an article the classes were
built from)."""
from __future__ import annotations

import pytest

from tacitus.extract import speech

from tests.extract.quote_helpers import one_quote, process


@pytest.mark.parametrize("text,contains,speaker,act", [
    # communication
    ("The harbour master said the pier would close for repairs in July.", "pier would close",
     "harbour master", "speech"),
    ("Councillor Ines Vato announced that the bridge toll will be scrapped.", "bridge toll", "Ines Vato", "speech"),
    # directives
    ("The union instructed its members to stay away from the depot.", "stay away", "union", "speech"),
    # cognition
    ("Farmers in the valley believe the drought will last another year.", "drought will last",
     "Farmers", "belief"),
    ("Coach Ruth Adley fears her squad has lost its confidence.", "lost its confidence", "Ruth Adley", "belief"),
    ("The treasurer expects higher borrowing costs next spring.", "higher borrowing costs", "treasurer", "belief"),
    ("Analysts speculated the merger would cut hundreds of jobs.", "merger would cut", "Analysts", "belief"),
    # stance
    ("The mayor denied that any contracts had been awarded without a tender.", "contracts had been awarded",
     "mayor", "belief"),
    ("Opposition leader Karl Imre insisted the vote had been rigged.", "vote had been rigged", "Karl Imre", "belief"),
    ("The ferry operator acknowledged that two sailings were cancelled.", "two sailings", "ferry operator",
     "belief"),
    # intention
    ("The governor vowed to rebuild every school damaged by the floods.", "rebuild every school", "governor",
     "intention"),
    ("Both airlines plan to resume flights to the island in March.", "resume flights", "airlines", "intention"),
    ("The brewery stated its intention to close the old plant by 2030.", "close the old plant", "brewery",
     "intention"),
    ("Senator Lia Moss expressed a desire to meet the striking nurses.", "meet the striking nurses", "Lia Moss",
     "intention"),
])
def test_act_follows_the_cue_class(pipeline, text, contains, speaker, act):
    quote = one_quote(process(pipeline, text), contains)
    assert speaker in (quote.speaker_name or ""), quote
    assert quote.act == act, quote


@pytest.mark.parametrize("text,contains,speaker", [
    ("A survey of 900 tenants found that rents rose by a third in two years.", "rents rose", "survey"),
    ("Polls show the ruling party trailing in every northern district.", "ruling party trailing", "Polls"),
    ("Court records indicate the contractor was paid twice for the same work.", "paid twice", "records"),
    ("According to the audit, the agency lost track of 40 vehicles.", "lost track", "audit"),
    ("An autopsy determined the diver had drowned.", "diver had drowned", "autopsy"),
    ("The official port report said cargo volumes fell for a fifth month.", "cargo volumes fell", "report"),
])
def test_documents_and_data_are_sources_of_their_own_act(pipeline, text, contains, speaker):
    quote = one_quote(process(pipeline, text), contains)
    assert quote.act == "document", quote
    assert speaker.lower() in (quote.speaker_name or "").lower(), quote


@pytest.mark.parametrize("text", [
    "The guide showed the visitors the old mill.",  # a person showing is no source
    "The storm claimed the lives of three fishermen.",  # "claimed the lives" is no statement
    "The clerk reported the theft to the police.",  # an object that states nothing
    "She plans a long trip.",  # an intention needs what is intended
])
def test_cue_words_that_state_nothing(pipeline, text):
    assert process(pipeline, text).quotes == []


@pytest.mark.parametrize("text,contains", [
    ("The health ministry reported 56 new cases on Tuesday.", "56 new cases"),
    ("The agency confirmed a case of cholera in the port town.", "a case of cholera"),
    ("A property site reported some owners offering a free bicycle to the first buyer.", "offering a free bicycle"),
])
def test_a_reported_noun_phrase_with_a_figure_or_clause_is_a_statement(pipeline, text, contains):
    quote = one_quote(process(pipeline, text), contains)
    assert quote.kind == "indirect"


def test_every_class_names_its_act_and_verbs():
    verbs, phrases = speech.cue_lexicon()
    assert {e.act for e in verbs.values()} == set(speech.ACTS)
    assert verbs["show"].document_only and not verbs["say"].document_only
    assert any(e.words == ("state", "intention") and e.act == "intention" for e in phrases)
