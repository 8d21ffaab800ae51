"""Fixtures shared by the scorers' tests."""
from __future__ import annotations

import pytest


@pytest.fixture
def break_article(monkeypatch):
    """Call with an article id: the extractors raise on that article, as a broken one would."""
    from tacitus import pipeline as pipeline_mod

    real = pipeline_mod.extractors.run

    def breaking(article_id: str) -> None:
        def run(doc, article, model=None):
            if article.id == article_id:
                raise ValueError("broken on purpose")
            return real(doc, article, model)

        monkeypatch.setattr(pipeline_mod.extractors, "run", run)

    return breaking
