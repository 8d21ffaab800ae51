"""Helpers shared by the quote tests."""
from __future__ import annotations

from tacitus.report import Article


def one_quote(report, contains):
    """The first quote whose text holds `contains`; fails listing the quotes found."""
    hits = [q for q in report.quotes if contains in q.text]
    assert hits, f"no quote contains {contains!r}: {[q.text for q in report.quotes]}"
    return hits[0]


def process(pipeline, text, article_id=None, published="2031-05-02"):
    return pipeline.process(Article(text=text, published=published, id=article_id))
