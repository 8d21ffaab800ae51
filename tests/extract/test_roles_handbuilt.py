"""Who acts on whom, from the trigger's syntax, on hand-built parses (tests/handbuilt.py).
Fictional sentences written for these tests."""
from __future__ import annotations

from tacitus.extract.roles import find_roles
from tacitus.extract.triggers import Trigger

from tests.handbuilt import parse, word


def _roles(doc, text: str, type_: str, nominal: bool = False) -> tuple[list[str], list[str]]:
    token = word(doc, text)
    actors, recipients = find_roles(Trigger(token, token.i, token.i + 1, type_, nominal=nominal), type_)
    return [t.text for t in actors], [t.text for t in recipients]


def test_subject_acts_on_object():
    doc = parse("""
        Velia    Velia    PROPN NNP nsubj 1 B-GPE
        shelled  shell    VERB  VBD ROOT  1
        Tellburg Tellburg PROPN NNP dobj  1 B-GPE
        .        .        PUNCT .   punct 1
    """)
    assert _roles(doc, "shelled", "ASSAULT") == (["Velia"], ["Tellburg"])


def test_a_passive_names_the_agent_as_actor():
    doc = parse("""
        Tellburg Tellburg PROPN NNP nsubjpass 2 B-GPE
        was      be       AUX   VBD auxpass   2
        shelled  shell    VERB  VBN ROOT      2
        by       by       ADP   IN  agent     2
        Velia    Velia    PROPN NNP pobj      3 B-GPE
        .        .        PUNCT .   punct     2
    """)
    assert _roles(doc, "shelled", "ASSAULT") == (["Velia"], ["Tellburg"])


def test_the_one_urged_is_the_one_who_acts():
    doc = parse("""
        Marovia  Marovia  PROPN NNP nsubj 1 B-GPE
        urged    urge     VERB  VBD ROOT  1
        Velia    Velia    PROPN NNP dobj  1 B-GPE
        to       to       PART  TO  aux   4
        attack   attack   VERB  VB  xcomp 1
        Tellburg Tellburg PROPN NNP dobj  4 B-GPE
        .        .        PUNCT .   punct 1
    """)
    assert _roles(doc, "attack", "ASSAULT") == (["Velia"], ["Tellburg"])


def test_coordinated_sides_are_all_kept():
    doc = parse("""
        Velia    Velia    PROPN NNP nsubj 3 B-GPE
        and      and      CCONJ CC  cc    0
        Marovia  Marovia  PROPN NNP conj  0 B-GPE
        attacked attack   VERB  VBD ROOT  3
        Tellburg Tellburg PROPN NNP dobj  3 B-GPE
        .        .        PUNCT .   punct 3
    """)
    assert _roles(doc, "attacked", "ASSAULT") == (["Velia", "Marovia"], ["Tellburg"])


def test_the_recipient_preposition_depends_on_the_type():
    doc = parse("""
        Velia   Velia   PROPN NNP nsubj 1 B-GPE
        met     meet    VERB  VBD ROOT  1
        with    with    ADP   IN  prep  1
        Marovia Marovia PROPN NNP pobj  2 B-GPE
        .       .       PUNCT .   punct 1
    """)
    assert _roles(doc, "met", "CONSULT") == (["Velia"], ["Marovia"])
    assert _roles(doc, "met", "AID") == (["Velia"], [])  # aid goes "to" or "for" someone, not "with"


def test_a_noun_event_takes_its_possessor_and_its_target():
    doc = parse("""
        Velia    Velia    PROPN NNP poss  2 B-GPE
        's       's       PART  POS case  0
        attack   attack   NOUN  NN  nsubj 5
        on       on       ADP   IN  prep  2
        Tellburg Tellburg PROPN NNP pobj  3 B-GPE
        failed   fail     VERB  VBD ROOT  5
        .        .        PUNCT .   punct 5
    """)
    assert _roles(doc, "attack", "ASSAULT", nominal=True) == (["Velia"], ["Tellburg"])


def test_a_noun_after_a_support_verb_takes_the_verbs_subject():
    doc = parse("""
        Velia    Velia    PROPN NNP nsubj 1 B-GPE
        launched launch   VERB  VBD ROOT  1
        an       an       DET   DT  det   3
        attack   attack   NOUN  NN  dobj  1
        on       on       ADP   IN  prep  3
        Tellburg Tellburg PROPN NNP pobj  4 B-GPE
        .        .        PUNCT .   punct 1
    """)
    assert _roles(doc, "attack", "ASSAULT", nominal=True) == (["Velia"], ["Tellburg"])


def test_a_relative_pronoun_stands_for_its_noun():
    doc = parse("""
        Crimea  Crimea  PROPN NNP ROOT      0 B-GPE
        ,       ,       PUNCT ,   punct     0
        which   which   PRON  WDT nsubjpass 4
        was     be      AUX   VBD auxpass   4
        annexed annex   VERB  VBN relcl     0
        by      by      ADP   IN  agent     4
        Velia   Velia   PROPN NNP pobj      5 B-GPE
        .       .       PUNCT .   punct     0
    """)
    assert _roles(doc, "annexed", "COERCE") == (["Velia"], ["Crimea"])


def test_the_actors_own_things_are_no_recipients():
    doc = parse("""
        Velia    Velia    PROPN NNP  nsubj 1 B-GPE
        withdrew withdraw VERB  VBD  ROOT  1
        its      its      PRON  PRP$ poss  3
        troops   troop    NOUN  NNS  dobj  1
        .        .        PUNCT .    punct 1
    """)
    assert _roles(doc, "withdrew", "RETREAT") == (["Velia"], [])
