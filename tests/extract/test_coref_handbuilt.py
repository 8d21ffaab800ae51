"""Pronouns and descriptions resolved to the actors an article names, on hand-built
parses (tests/handbuilt.py). Fictional sentences written for these tests."""
from __future__ import annotations

from tacitus.extract.coref import actor_table

from tests.handbuilt import parse, word


def _refers(table, doc, text: str, nth: int = 0):
    """The actor the `nth` word `text` refers to, by its name, or None."""
    tok = word(doc, text, nth)
    actor_id = table.resolve(tok.idx, tok.idx + len(tok))
    return table.get(actor_id).name if actor_id else None


TWO_SENTENCES = """
    Ana     Ana     PROPN NNP compound 1 B-PERSON
    Lopes   Lopes   PROPN NNP nsubj    2 I-PERSON
    visited visit   VERB  VBD ROOT     2
    Dorn    Dorn    PROPN NNP dobj     2 B-GPE
    .       .       PUNCT .   punct    2
    She     she     PRON  PRP nsubj    6
    met     meet    VERB  VBD ROOT     6
    the     the     DET   DT  det      8
    mayor   mayor   NOUN  NN  dobj     6
    .       .       PUNCT .   punct    6
"""


def test_she_is_the_person_who_was_subject_of_the_sentence_before():
    doc = parse(TWO_SENTENCES)
    table = actor_table(doc)
    assert _refers(table, doc, "She") == "Ana Lopes"


def test_a_pronoun_inside_quotation_marks_belongs_to_the_quoted_world():
    doc = parse("""
        Ana     Ana     PROPN NNP compound 1 B-PERSON
        Lopes   Lopes   PROPN NNP nsubj    2 I-PERSON
        spoke   speak   VERB  VBD ROOT     2
        .       .       PUNCT .   punct    2
        "       "       PUNCT ``  punct    6
        She     she     PRON  PRP nsubj    6
        lied    lie     VERB  VBD ROOT     6
        "       "       PUNCT ''  punct    6
        .       .       PUNCT .   punct    6
    """)
    table = actor_table(doc)
    assert _refers(table, doc, "She") is None


def test_it_is_the_state_that_is_subject_in_its_own_sentence_only():
    # a real state: a place the gazetteer does not know is no actor at all
    doc = parse("""
        Chile   Chile   PROPN NNP nsubj 1 B-GPE
        said    say     VERB  VBD ROOT  1
        it      it      PRON  PRP nsubj 4
        would   would   AUX   MD  aux   4
        retaliate retaliate VERB VB ccomp 1
        .       .       PUNCT .   punct 1
        It      it      PRON  PRP nsubj 7
        rained  rain    VERB  VBD ROOT  7
        .       .       PUNCT .   punct 7
    """)
    table = actor_table(doc)
    assert _refers(table, doc, "it") == "Chile"
    assert _refers(table, doc, "It") is None  # another sentence: no antecedent taken across it


def test_a_description_is_the_person_holding_that_title():
    doc = parse("""
        Mayor   mayor   PROPN NNP compound 2
        Ivo     Ivo     PROPN NNP compound 2 B-PERSON
        Sand    Sand    PROPN NNP nsubj    3 I-PERSON
        resigned resign VERB  VBD ROOT     3
        .       .       PUNCT .   punct    3
        The     the     DET   DT  det      6
        mayor   mayor   NOUN  NN  nsubj    7
        left    leave   VERB  VBD ROOT     7
        .       .       PUNCT .   punct    7
    """)
    table = actor_table(doc)
    mayor = word(doc, "mayor")
    the = word(doc, "The")
    actor_id = table.resolve(the.idx, mayor.idx + len(mayor))
    assert actor_id and table.get(actor_id).name == "Ivo Sand"
