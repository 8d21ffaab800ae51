"""The committed event-type model: small, loads from the package, and reads sentences
written here (not from its training stories) sensibly."""
from __future__ import annotations

import pytest

from tacitus.learn import event_types

SENTENCES = [
    ("Thousands of nurses marched to the health ministry on Monday, chanting slogans against pay cuts.", "PROTEST"),
    ("The government pulled its soldiers out of the northern province after the truce.", "RETREAT"),
    ("Insurgents shelled a village overnight, killing three farmers.", "ASSAULT"),
    # a known weakness (docs/quality.md): the stories' ACCUSE class holds many arrests,
    # so a detention reads as an accusation first
    pytest.param("Riot police detained forty students outside the university gates.", "COERCE",
                 marks=pytest.mark.xfail(strict=True, reason="arrests lean to ACCUSE")),
]


def test_model_is_small_and_loads_from_the_package():
    assert event_types.MODEL_FILE.stat().st_size < 5_000_000
    model = event_types.model()
    assert model is not None and len(model.labels) == 16


@pytest.mark.parametrize("sentence, expected", SENTENCES)
def test_sentences_written_here_get_their_type_among_the_first_two(pipeline, sentence, expected):
    doc = pipeline.nlp(sentence)
    prediction = event_types.classify(doc[:])
    assert expected in [t for t, _ in prediction.ranking[:2]], prediction.ranking[:3]
    assert abs(sum(p for _, p in prediction.ranking) - 1.0) < 1e-4


def test_the_evidence_word_is_the_act(pipeline):
    doc = pipeline.nlp("Riot police detained forty students outside the university gates.")
    assert event_types.evidence_word(doc[:], "COERCE").text == "detained"


def test_without_the_model_nothing_is_classified(tmp_path, pipeline):
    doc = pipeline.nlp("Riot police detained forty students.")
    assert event_types.classify(doc[:], path=tmp_path / "absent.npz") is None
