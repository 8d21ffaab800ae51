"""Fixtures shared by the extraction tests."""
from __future__ import annotations

import pytest

from tacitus.report import Article


@pytest.fixture(scope="module")
def placed(pipeline):
    """text, published -> [(trigger text, Place or None)] of each event, in order."""
    def run(text, published="2020-06-21"):
        report = pipeline.process(Article(text=text, published=published, id="t"))
        return [(e.trigger.text, e.place) for e in report.events]
    return run
