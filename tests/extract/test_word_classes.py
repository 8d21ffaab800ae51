"""The word classes of the extraction rules are lexicon data (lexicons/word_classes.yaml):
a user folder adds words to them, for its own Config only, and the modules' old constant
names still answer. Fictional sentences written for these tests."""
from __future__ import annotations

import datetime as dt

import pytest

from tacitus import config
from tacitus.config import Config
from tacitus.extract import actors, quotes, sourcing, status
from tacitus.extract.triggers import Trigger
from tacitus.lexicons import kinds
from tacitus.lexicons.word_classes import word_class

from tests.handbuilt import parse, word

HESITATED = """
    Velia     Velia    PROPN NNP nsubj 1 B-GPE
    hesitated hesitate VERB  VBD ROOT  1
    to        to       PART  TO  aux   3
    sign      sign     VERB  VB  xcomp 1
    the       the      DET   DT  det   5
    treaty    treaty   NOUN  NN  dobj  3
    .         .        PUNCT .   punct 1
"""


@pytest.fixture()
def own_words(tmp_path):
    """A user folder that makes "hesitate" a verb whose complement does not happen."""
    folder = tmp_path / "words"
    folder.mkdir()
    (folder / "word_classes.yaml").write_text("negating_governors: [hesitate]\n", encoding="utf-8")
    return Config(lexicons=(str(folder),))


def _status(doc) -> str:
    token = word(doc, "sign")
    return status.status_of(Trigger(token, token.i, token.i + 1, "AGREE"), dt.date(2025, 4, 24))


def test_a_users_word_joins_the_class_for_that_config_only(own_words):
    doc = parse(HESITATED)
    assert _status(doc) == "asserted"
    with config.using(own_words):
        assert _status(doc) == "negated"
        assert "hesitate" in status.NEGATING_GOVERNORS and "refuse" in status.NEGATING_GOVERNORS
    assert _status(doc) == "asserted" and "hesitate" not in status.NEGATING_GOVERNORS


def test_every_class_is_read_and_the_old_names_still_answer():
    assert set(kinds.WORD_CLASS_NAMES) == set(kinds.WORD_CLASSES.keys)
    for name in kinds.WORD_CLASS_NAMES:
        words = word_class(name)
        assert words and all(w == w.lower() for w in words), name
    assert "n't" in status.NEGATORS and "no" in status.NEGATORS  # quoted in the YAML: not read as false
    assert "plan" in status.INTENT_NOUNS and "would" not in status.HYPOTHETICAL_AUX
    assert "reported" not in sourcing.ATTRIBUTION_VERBS and "report" in sourcing.ATTRIBUTION_VERBS
    assert "dubbed" in quotes.NAMING_WORDS and "whereas" in quotes.SUBORDINATORS
    assert "senior" in actors.QUANTIFIERS and "plc" in actors.GENERIC_ORGANISATION_WORDS
    with pytest.raises(AttributeError):
        status.NO_SUCH_CLASS
    with pytest.raises(KeyError):
        word_class("no_such_class")
