"""Time expressions and dates: the extractor's entry points.

The work is done in `tacitus.timex` (grammar, news rules, holidays, anchoring); this module
adds what needs the parse: the tense of the governing verb ("will meet on Friday").
"""
from __future__ import annotations

import datetime as dt
from typing import Optional

from tacitus.nlp import doc_text
from tacitus.report import TimeRef
from tacitus.timex import find_times_in_text
from tacitus.timex.anchor import date_quotes_and_events
from tacitus.timex.tense import doc_direction

__all__ = ["find_times", "find_times_in_text", "date_quotes_and_events"]


def find_times(doc, published: Optional[dt.date]) -> list[TimeRef]:
    """Every time expression of a parsed article, resolved against its publication date."""
    return find_times_in_text(doc_text(doc), published, direction=doc_direction(doc))
