"""Support verbs come from the `support_verbs` lexicon key, for the actor (roles.py) and
the status (status.py) alike: a user's addition changes both, on a hand-built Doc."""
from __future__ import annotations

import pytest
import spacy
from spacy.tokens import Doc

from tacitus import lexicons
from tacitus.extract import roles, status, support_verbs, triggers

VOCAB = spacy.blank("en").vocab  # English lexical attributes (lower case), no model


def _doc(verb: str) -> Doc:
    """ "Rebels will <verb> an offensive" """
    return Doc(VOCAB, words=["Rebels", "will", verb, "an", "offensive"], heads=[2, 2, 2, 4, 2],
               deps=["nsubj", "aux", "ROOT", "det", "dobj"], pos=["NOUN", "AUX", "VERB", "DET", "NOUN"],
               lemmas=["rebel", "will", verb, "an", "offensive"], tags=["NNS", "MD", "VB", "DT", "NN"])


@pytest.fixture()
def fresh_caches():
    lexicons.load.cache_clear()
    triggers.lexicon.cache_clear()
    yield
    lexicons.load.cache_clear()
    triggers.lexicon.cache_clear()


def test_every_lexicon_support_verb_makes_the_noun_as_real_as_the_verb(fresh_caches):
    words = triggers.lexicon()["support_verbs"]
    assert len(words) > 8  # more than the eight words status.py once kept for itself
    for verb in ("launch", "resume", "intensify"):
        assert verb in words
        doc = _doc(verb)
        assert support_verbs.is_support_verb(doc[2])
        assert status._nominal_modality(doc[4]) == "future", verb


def test_a_user_support_verb_reaches_roles_and_status(fresh_caches, tmp_path, monkeypatch):
    doc = _doc("orchestrate")
    assert status._nominal_modality(doc[4]) is None
    (tmp_path / "plover_triggers.yaml").write_text("support_verbs: [orchestrate]\n", encoding="utf-8")
    monkeypatch.setenv("TACITUS_LEXICONS", str(tmp_path))
    lexicons.load.cache_clear()
    triggers.lexicon.cache_clear()
    assert status._nominal_modality(doc[4]) == "future"
    assert roles.is_support_verb is support_verbs.is_support_verb and roles.is_support_verb(doc[2])


def test_an_inflected_form_counts_when_the_lemma_slips(fresh_caches):
    doc = Doc(VOCAB, words=["staged"], lemmas=["stag"])
    assert support_verbs.verb_in(doc[0], {"stage"})
    assert not support_verbs.verb_in(doc[0], {"launch"})
