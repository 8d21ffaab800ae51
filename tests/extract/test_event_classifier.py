"""Candidates the rules drop for naming no side, confirmed by the learned classifier when it
gives their sentence their very type. Sentences written for these tests."""
from __future__ import annotations

from tacitus.extract import event_classifier
from tacitus.learn import event_types
from tacitus.report import Article


def _events(pipeline, text):
    return pipeline.process(Article(text=text, published="2024-03-01")).events


def test_a_sideless_candidate_the_classifier_confirms_stands_with_a_low_confidence(pipeline):
    events = _events(pipeline, "A new round of negotiations began in Geneva on Monday.")
    talks = [e for e in events if e.type == "CONSULT"]
    assert talks and talks[0].trigger.text == "negotiations"
    assert 0 < talks[0].confidence <= event_classifier.CONFIDENCE_SCALE


def test_the_classifier_never_invents_or_retypes(pipeline):
    # no candidate at all: nothing; a candidate whose sentence reads as another type: dropped
    assert _events(pipeline, "The museum reopened its east wing after a long renovation.") == []
    events = _events(pipeline, "The talks ended without agreement.")
    assert not any(e.type == "AGREE" for e in events)


def test_what_another_event_acts_on_is_not_confirmed(pipeline):
    events = _events(pipeline, "Sanctions on oil exports were eased in March.")
    assert {e.type for e in events} == {"CONCEDE"}


def test_without_the_model_only_the_rules_code(pipeline, monkeypatch):
    monkeypatch.setattr(event_types, "model", lambda path=event_types.MODEL_FILE: None)
    assert not any(e.type == "CONSULT" for e in _events(pipeline, "A new round of negotiations began in Geneva on Monday."))
