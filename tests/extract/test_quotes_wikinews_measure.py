"""Attribution scores on Wikinews articles of 2020 marked by hand (offsets in
tests/extract/data, texts read from ../shared at test time; skipped without it).
The floors are the figures of docs/quality.md less a small margin."""
from __future__ import annotations

from pathlib import Path

import pytest

from tacitus.evaluate.attribution import evaluate

DATA = Path(__file__).parent / "data"


@pytest.fixture(scope="module")
def corpus(shared_dir):
    return shared_dir / "corpora" / "wikinews_2019_2021_sample"


@pytest.mark.parametrize("marks,f1,precision,unquoted", [
    ("attribution_wikinews_2020.yaml", 0.90, 0.93, 0.80),  # 20 articles, tuned on
    ("attribution_wikinews_2020_check.yaml", 0.88, 0.90, 0.75),  # 10 articles, looked at once
])
def test_attribution_scores_hold(pipeline, corpus, marks, f1, precision, unquoted):
    scores = evaluate(DATA / marks, corpus, pipeline=pipeline)
    misses = [f"{name}: {text[:60]!r}" for name, _, text in scores.misses]
    assert scores.f1 >= f1 and scores.precision >= precision, (scores.f1, scores.precision, misses)
    assert scores.recall_unquoted >= unquoted, (scores.recall_unquoted, misses)
