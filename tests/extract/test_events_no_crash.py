"""Shapes of text that once made extraction fail (spaCy E035 on an empty character span)."""
from __future__ import annotations

import pytest

from tacitus.report import Article

ENDINGS = [
    # a paragraph that ends on a colon, then a quotation the text cuts off
    'The minister spoke to farmers on Monday, saying:\n\n"We will',
    'The union leader addressed the crowd in the square, declaring:\n\n"No more',
    'Talks ended late.\n\nThe envoy then told reporters:\n\n"Both sides agreed to',
]


@pytest.mark.parametrize("text", ENDINGS)
def test_a_colon_paragraph_before_a_cut_quotation(pipeline, text):
    report = pipeline.process(Article(text=text))
    assert report.article.text == text
    quote = report.quotes[-1]
    assert text[quote.start:quote.end] == quote.text and quote.kind == "direct"
