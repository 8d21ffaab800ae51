"""Speech cues and their speakers on hand-built parses (tests/handbuilt.py).
Fictional sentences written for these tests."""
from __future__ import annotations

from tacitus.extract import speech

from tests.handbuilt import parse, word


def nowhere(start: int, end: int) -> bool:
    return False  # no quotation marks in these sentences


SAID = """
    Minister minister NOUN  NN  compound 2
    Ana      Ana      PROPN NNP compound 2 B-PERSON
    Lopes    Lopes    PROPN NNP nsubj    3 I-PERSON
    said     say      VERB  VBD ROOT     3
    the      the      DET   DT  det      5
    talks    talk     NOUN  NNS nsubj    6
    failed   fail     VERB  VBD ccomp    3
    .        .        PUNCT .   punct    3
"""


def test_a_reporting_verb_is_a_cue_and_its_subject_the_speaker():
    doc = parse(SAID)
    cue = speech.cue_at(word(doc, "said"), nowhere)
    assert cue is not None and cue.entry.lemma == "say" and cue.entry.act == "speech"
    assert cue.text(doc) == "said"
    assert speech.subject_token(word(doc, "said"), nowhere).text == "Lopes"
    assert [c.verb.text for c in speech.find_cues(doc[:], nowhere)] == ["said"]
    assert speech.cue_at(word(doc, "failed"), nowhere) is None  # no reporting verb


def test_words_inside_quotation_marks_are_never_cues():
    doc = parse(SAID)
    assert speech.cue_at(word(doc, "said"), lambda start, end: True) is None


def test_a_belief_verb_attributes_a_belief():
    doc = parse("""
        Lopes    Lopes    PROPN NNP nsubj 1 B-PERSON
        believes believe  VERB  VBZ ROOT  1
        talks    talk     NOUN  NNS nsubj 3
        failed   fail     VERB  VBD ccomp 1
        .        .        PUNCT .   punct 1
    """)
    assert speech.cue_at(word(doc, "believes"), nowhere).entry.act == "belief"


def test_a_phrasal_cue_takes_its_particle():
    doc = parse("""
        Velia   Velia   PROPN NNP nsubj 1 B-GPE
        called  call    VERB  VBD ROOT  1
        on      on      ADP   IN  prep  1
        Marovia Marovia PROPN NNP pobj  2 B-GPE
        to      to      PART  TO  aux   5
        stop    stop    VERB  VB  xcomp 1
        .       .       PUNCT .   punct 1
    """)
    cue = speech.cue_at(word(doc, "called"), nowhere)
    assert cue.entry.lemma == "call on" and [t.text for t in cue.tokens] == ["called", "on"]
    assert cue.text(doc) == "called on"


def test_show_is_a_cue_only_for_a_document():
    def shows(subject, lemma):
        return parse(f"""
            the        the      DET   DT  det   1
            {subject}  {lemma}  NOUN  NNS nsubj 2
            show       show     VERB  VBP ROOT  2
            prices     price    NOUN  NNS nsubj 4
            rose       rise     VERB  VBD ccomp 2
            .          .        PUNCT .   punct 2
        """)
    assert speech.cue_at(word(shows("polls", "poll"), "show"), nowhere) is not None
    assert speech.cue_at(word(shows("farmers", "farmer"), "show"), nowhere) is None


def test_the_one_quoted_as_saying_speaks_not_the_outlet():
    doc = parse("""
        Politico Politico PROPN NNP nsubj 1 B-ORG
        quoted   quote    VERB  VBD ROOT  1
        Ana      Ana      PROPN NNP compound 3 B-PERSON
        Lopes    Lopes    PROPN NNP dobj  1 I-PERSON
        as       as       ADP   IN  prep  1
        saying   say      VERB  VBG pcomp 4
        talks    talk     NOUN  NNS nsubj 7
        failed   fail     VERB  VBD ccomp 5
        .        .        PUNCT .   punct 1
    """)
    assert speech.subject_token(word(doc, "saying"), nowhere).text == "Lopes"


def test_a_bare_passive_names_no_speaker():
    doc = parse("""
        When     when     SCONJ WRB advmod 1
        asked    ask      VERB  VBN advcl  4
        ,        ,        PUNCT ,   punct  4
        Lopes    Lopes    PROPN NNP nsubj  4 B-PERSON
        smiled   smile    VERB  VBD ROOT   4
        .        .        PUNCT .   punct  4
    """)
    assert speech.is_bare_passive(word(doc, "asked"))
    assert speech.subject_token(word(doc, "asked"), nowhere) is None
