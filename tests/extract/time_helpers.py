"""Helpers for dating tests that build quotes and events by hand over parsed sentences."""
from __future__ import annotations

from tacitus.extract import time
from tacitus.extract.context import Context
from tacitus.report import Article, Span


def dated_context(nlp, text, published):
    """The article context of `text` with its time expressions found, as the extractor builds it."""
    doc = nlp(text)
    ctx = Context.create(doc, Article(text=text, published=published))
    ctx.times = time.find_times(doc, ctx.published)
    return ctx


def span(text, part, after=0):
    """The Span of the first `part` in `text` at or after `after`."""
    start = text.index(part, after)
    return Span(start, start + len(part), part)
