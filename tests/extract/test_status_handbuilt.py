"""Event status rules on hand-built parses (tests/handbuilt.py): no model runs.
Fictional sentences written for these tests."""
from __future__ import annotations

import datetime as dt

from tacitus.extract import status
from tacitus.extract.triggers import Trigger

from tests.handbuilt import parse, word

PUBLISHED = dt.date(2025, 4, 24)


def _status(doc, text: str, nominal: bool = False, published=PUBLISHED) -> str:
    token = word(doc, text)
    return status.status_of(Trigger(token, token.i, token.i + 1, "ASSAULT", nominal=nominal), published)


def test_a_negated_verb_is_no_event():
    doc = parse("""
        Velia   Velia   PROPN NNP nsubj 3 B-GPE
        did     do      AUX   VBD aux   3
        not     not     PART  RB  neg   3
        attack  attack  VERB  VB  ROOT  3
        Marovia Marovia PROPN NNP dobj  3 B-GPE
        .       .       PUNCT .   punct 3
    """)
    assert status.is_negated(word(doc, "attack")) and _status(doc, "attack") == "negated"


def test_auxiliaries_make_future_and_hypothetical_events():
    future = parse("""
        Velia Velia PROPN NNP nsubj 2 B-GPE
        will  will  AUX   MD  aux   2
        shell shell VERB  VB  ROOT  2
        Dorn  Dorn  PROPN NNP dobj  2 B-GPE
        .     .     PUNCT .   punct 2
    """)
    assert _status(future, "shell") == "future"
    possible = parse("""
        Velia Velia PROPN NNP nsubj 2 B-GPE
        could could AUX   MD  aux   2
        shell shell VERB  VB  ROOT  2
        Dorn  Dorn  PROPN NNP dobj  2 B-GPE
        .     .     PUNCT .   punct 2
    """)
    assert _status(possible, "shell") == "hypothetical"


def test_would_is_a_future_in_reported_speech_and_a_condition_elsewhere():
    reported = parse("""
        Lopes  Lopes  PROPN NNP nsubj 1 B-PERSON
        said   say    VERB  VBD ROOT  1
        Velia  Velia  PROPN NNP nsubj 4 B-GPE
        would  would  AUX   MD  aux   4
        attack attack VERB  VB  ccomp 1
        .      .      PUNCT .   punct 1
    """)
    assert _status(reported, "attack") == "future"
    alone = parse("""
        Velia  Velia  PROPN NNP nsubj 2 B-GPE
        would  would  AUX   MD  aux   2
        attack attack VERB  VB  ROOT  2
        .      .      PUNCT .   punct 2
    """)
    assert _status(alone, "attack") == "hypothetical"


def _governed(verb: str, lemma: str) -> str:
    doc = parse(f"""
        Velia   Velia   PROPN NNP nsubj 1 B-GPE
        {verb}  {lemma} VERB  VBD ROOT  1
        to      to      PART  TO  aux   3
        sign    sign    VERB  VB  xcomp 1
        the     the     DET   DT  det   5
        treaty  treaty  NOUN  NN  dobj  3
        .       .       PUNCT .   punct 1
    """)
    return _status(doc, "sign")


def test_the_verb_governing_an_infinitive_decides():
    assert _governed("threatened", "threaten") == "hypothetical"
    assert _governed("plans", "plan") == "future"
    assert _governed("refused", "refuse") == "negated"
    assert _governed("hurried", "hurry") == "asserted"  # no class of ours: the act is told as done


def test_an_if_clause_makes_the_act_conditional():
    doc = parse("""
        Velia   Velia   PROPN NNP nsubj 1 B-GPE
        attacks attack  VERB  VBZ ROOT  1
        if      if      SCONJ IN  mark  4
        Marovia Marovia PROPN NNP nsubj 4 B-GPE
        refuses refuse  VERB  VBZ advcl 1
        .       .       PUNCT .   punct 1
    """)
    assert _status(doc, "attacks") == "hypothetical"


def test_an_order_is_no_event():
    doc = parse("""
        Stop    stop    VERB  VB  ROOT 0
        the     the     DET   DT  det  2
        strikes strike  NOUN  NNS dobj 0
        !       !       PUNCT .   punct 0
    """)
    assert status.is_imperative(word(doc, "Stop")) and _status(doc, "Stop") == "hypothetical"


def test_an_intent_noun_announces_a_future_act():
    doc = parse("""
        Velia     Velia     PROPN NNP nsubj 1 B-GPE
        announced announce  VERB  VBD ROOT  1
        a         a         DET   DT  det   3
        plan      plan      NOUN  NN  dobj  1
        to        to        PART  TO  aux   5
        withdraw  withdraw  VERB  VB  acl   3
        troops    troop     NOUN  NNS dobj  5
        .         .         PUNCT .   punct 1
    """)
    assert _status(doc, "withdraw") == "future"


def test_a_bare_verb_asked_for_in_a_that_clause_is_hypothetical_a_tensed_one_is_not():
    def clause(verb, lemma, tag, governor="demanded", governor_lemma="demand"):
        return parse(f"""
            Velia       Velia            PROPN NNP nsubj 1 B-GPE
            {governor}  {governor_lemma} VERB  VBD ROOT  1
            that        that             SCONJ IN  mark  5
            the         the              DET   DT  det   4
            army        army             NOUN  NN  nsubj 5
            {verb}      {lemma}          VERB  {tag} ccomp 1
            .           .                PUNCT .   punct 1
        """)
    assert _status(clause("withdraw", "withdraw", "VB"), "withdraw") == "hypothetical"
    assert _status(clause("withdrew", "withdraw", "VBD"), "withdrew") == "asserted"
    assert _status(clause("withdraw", "withdraw", "VB", "said", "say"), "withdraw") == "asserted"


def test_the_possibility_of_an_act_is_hypothetical():
    doc = parse("""
        Lopes       Lopes       PROPN NNP nsubj 1 B-PERSON
        raised      raise       VERB  VBD ROOT  1
        the         the         DET   DT  det   3
        possibility possibility NOUN  NN  dobj  1
        of          of          ADP   IN  prep  3
        banning     ban         VERB  VBG pcomp 4
        parties     party       NOUN  NNS dobj  5
        .           .           PUNCT .   punct 1
    """)
    assert _status(doc, "banning") == "hypothetical"


def test_a_noun_event_is_as_real_as_the_clause_that_names_it():
    def noun_after(verb, lemma):
        return parse(f"""
            Velia   Velia   PROPN NNP nsubj 1 B-GPE
            {verb}  {lemma} VERB  VBD ROOT  1
            an      an      DET   DT  det   3
            attack  attack  NOUN  NN  dobj  1
            .       .       PUNCT .   punct 1
        """)
    assert _status(noun_after("threatened", "threaten"), "attack", nominal=True) == "hypothetical"
    assert _status(noun_after("denied", "deny"), "attack", nominal=True) == "negated"
    assert _status(noun_after("recalled", "recall"), "attack", nominal=True) == "historical"
    assert _status(noun_after("condemned", "condemn"), "attack", nominal=True) == "asserted"


def test_an_act_dated_well_before_publication_is_historical():
    doc = parse("""
        Velia     Velia     PROPN NNP nsubj 1 B-GPE
        annexed   annex     VERB  VBD ROOT  1
        the       the       DET   DT  det   3
        peninsula peninsula NOUN  NN  dobj  1
        in        in        ADP   IN  prep  1
        2014      2014      NUM   CD  pobj  4 B-DATE
        .         .         PUNCT .   punct 1
    """)
    assert [e.text for e in status.attached_dates(word(doc, "annexed"), False)] == ["2014"]
    assert _status(doc, "annexed") == "historical"
    assert _status(doc, "annexed", published=dt.date(2015, 1, 10)) == "asserted"  # 10 days after: news
    assert _status(doc, "annexed", published=None) == "asserted"


def test_period_end_reads_years_months_and_values():
    assert status.period_end("2014", PUBLISHED) == dt.date(2014, 12, 31)
    assert status.period_end("February 2022", PUBLISHED) == dt.date(2022, 2, 28)
    assert status.period_end("in June", PUBLISHED) == dt.date(2024, 6, 30)  # the last June before April 2025
    assert status.period_end("", PUBLISHED, value="2025-03") == dt.date(2025, 3, 31)
    assert status.period_end("last week", PUBLISHED) is None
