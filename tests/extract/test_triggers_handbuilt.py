"""Trigger matching on hand-built parses (tests/handbuilt.py): the lexicon's words by
lemma and part of speech, phrases, and the words that look like events but are not.
Fictional sentences written for these tests."""
from __future__ import annotations

from tacitus.extract.triggers import find_triggers

from tests.handbuilt import parse


def _found(doc) -> dict[str, tuple]:
    """The triggers our lexicon finds (the CAMEO verb dictionary, when present, adds its own)."""
    return {t.span.text: (t.type, t.mode, t.nominal) for t in find_triggers(doc) if t.source == "lexicon"}


def test_a_verb_of_the_lexicon_by_its_lemma():
    doc = parse("""
        Velia    Velia    PROPN NNP nsubj 1 B-GPE
        shelled  shell    VERB  VBD ROOT  1
        Tellburg Tellburg PROPN NNP dobj  1 B-GPE
        .        .        PUNCT .   punct 1
    """)
    assert _found(doc)["shelled"] == ("ASSAULT", "heavy-weapons", False)


def test_a_noun_of_the_lexicon_is_a_nominal_trigger():
    doc = parse("""
        The     the     DET   DT  det   1
        arrests arrest  NOUN  NNS nsubj 2
        angered anger   VERB  VBD ROOT  2
        Velia   Velia   PROPN NNP dobj  2 B-GPE
        .       .       PUNCT .   punct 2
    """)
    assert _found(doc)["arrests"] == ("COERCE", "arrest", True)


def test_a_two_word_phrase_is_one_trigger():
    doc = parse("""
        Velia   Velia   PROPN NNP nsubj 1 B-GPE
        held    hold    VERB  VBD ROOT  1
        talks   talk    NOUN  NNS dobj  1
        with    with    ADP   IN  prep  1
        Marovia Marovia PROPN NNP pobj  3 B-GPE
        .       .       PUNCT .   punct 1
    """)
    found = [t for t in find_triggers(doc) if t.source == "lexicon"]
    assert [(t.span.text, t.type) for t in found] == [("held talks", "CONSULT")]
    assert [t.text for t in found[0].extra_tokens] == ["talks"]  # "talks" is not a trigger of its own


def test_an_event_word_inside_a_name_is_no_event():
    doc = parse("""
        Strike  Strike  PROPN NNP compound 1 B-ORG
        Capital Capital PROPN NNP nsubj    2 I-ORG
        opened  open    VERB  VBD ROOT     2
        .       .       PUNCT .   punct    2
    """)
    assert "Strike" not in _found(doc)


def test_a_participle_naming_a_thing_is_no_event():
    doc = parse("""
        the         the       DET  DT  det   2
        negotiating negotiate VERB VBG amod  2
        table       table     NOUN NN  ROOT  2
    """)
    assert _found(doc) == {}


def test_an_order_is_a_request_only_when_someone_is_told_to_act():
    told = parse("""
        Velia   Velia   PROPN NNP nsubj 1 B-GPE
        ordered order   VERB  VBD ROOT  1
        troops  troop   NOUN  NNS dobj  1
        to      to      PART  TO  aux   4
        leave   leave   VERB  VB  xcomp 1
        .       .       PUNCT .   punct 1
    """)
    assert _found(told)["ordered"][0] == "REQUEST"
    bought = parse("""
        Velia   Velia   PROPN NNP nsubj 1 B-GPE
        ordered order   VERB  VBD ROOT  1
        new     new     ADJ   JJ  amod  3
        tanks   tank    NOUN  NNS dobj  1
        .       .       PUNCT .   punct 1
    """)
    assert "ordered" not in _found(bought)
