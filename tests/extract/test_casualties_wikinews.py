"""Incident tolls of hand-annotated Wikinews articles (ids and figures in
data/wikinews_casualties.yaml; the articles are read from ../shared, never copied).

Only the development half runs here, as a floor that catches regressions; the held-out
half is measured with `tacitus eval casualties ... --set heldout` (docs/quality.md)."""
from __future__ import annotations

from pathlib import Path

import pytest

ANNOTATIONS = Path(__file__).parent / "data" / "wikinews_casualties.yaml"


@pytest.fixture(scope="module")
def dev_scores(shared_dir, pipeline):
    from tacitus.evaluate.casualties import evaluate

    corpus = shared_dir / "corpora" / "wikinews_2019_2021_sample"
    if not corpus.is_dir():
        pytest.skip("the Wikinews sample is not present")
    return evaluate(ANNOTATIONS, corpus, pipeline, "dev")


def test_annotations_are_split_and_complete():
    from tacitus.evaluate.casualties import expected_number, load_annotations

    entries = load_annotations(ANNOTATIONS)
    assert len(entries) >= 40
    assert sum(e["set"] == "heldout" for e in entries) >= 20
    for e in entries:
        for kind in ("killed", "injured"):
            expected_number(e[kind])  # every figure reads as a number


def test_dev_killed_floor(dev_scores):
    right, total = dev_scores.rate("killed")
    assert right / total >= 0.9, [(r.id, r.expected["killed"], r.found["killed"]) for r in dev_scores.rows
                                  if not r.right["killed"]]


def test_dev_injured_floor(dev_scores):
    right, total = dev_scores.rate("injured")
    assert right / total >= 0.8, [(r.id, r.expected["injured"], r.found["injured"]) for r in dev_scores.rows
                                  if not r.right["injured"]]
