"""Long articles are parsed in pieces and joined back over the unchanged text."""
from __future__ import annotations

from tacitus import pieces
from tacitus.report import Article


def test_split_covers_the_text_and_cuts_at_paragraphs():
    para = "The council met on Monday. It agreed to a plan.\n\n"
    text = para * 50
    parts = pieces.split(text, limit=300)
    assert "".join(parts) == text
    assert all(len(p) <= 300 for p in parts)
    assert all(p.endswith("\n\n") for p in parts[:-1])


def test_split_without_breaks_still_covers():
    text = "word " * 400
    parts = pieces.split(text, limit=250)
    assert "".join(parts) == text and len(parts) > 1


def test_long_article_gives_the_same_report_as_short_ones(pipeline, monkeypatch):
    paragraph = ("Velorian President Anya Brandt met Foreign Minister Tomas Keller in Marenza on "
                 "Monday. “We will rebuild,” Brandt said.\n\n")
    text = paragraph * 6
    whole = pipeline.process(Article(text=text, published="2025-03-04"))
    monkeypatch.setattr(pieces, "MAX_PIECE_CHARS", len(paragraph) * 2)
    monkeypatch.setattr(pieces.split, "__defaults__", (len(paragraph) * 2,))
    cut = pipeline.process(Article(text=text, published="2025-03-04"))
    assert cut.article.text == text
    assert [(q.speaker_name, q.start, q.end) for q in cut.quotes] == \
        [(q.speaker_name, q.start, q.end) for q in whole.quotes]
    assert {a.name for a in cut.actors} == {a.name for a in whole.actors}
