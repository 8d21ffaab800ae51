"""Parsing long articles in pieces, so that peak memory follows the piece size, not
the longest article in an archive.

spaCy's memory for a batch grows with the text it holds: one 100,000-character
article costs several times the memory of a typical one. Texts longer than
`MAX_PIECE_CHARS` are cut at paragraph breaks (else line breaks, else sentence
ends) into pieces that cover the text exactly, parsed in the same batches as the
other texts, and joined back into one Doc over the unchanged text, so every offset
stays valid. Tacitus's article-level components (the gazetteer and the label vote)
run on the joined Doc, as they would on a whole one.
"""
from __future__ import annotations

import re
from typing import Iterable, Iterator

import numpy
from spacy.tokens import Doc

MAX_PIECE_CHARS = 5_000
# texts per spaCy batch: with pieces of at most MAX_PIECE_CHARS, a batch's memory is
# bounded (on the Wikinews sample: peak RSS 980 MiB unbounded, 384 MiB so, same speed)
BATCH_SIZE = 8
ARTICLE_COMPONENTS = ("tacitus_gazetteer", "tacitus_label_vote")
_BREAKS = (re.compile(r"\n\s*\n"), re.compile(r"\n"), re.compile(r"[.!?][\"”’)]?\s+"))


def split(text: str, limit: int = MAX_PIECE_CHARS) -> list[str]:
    """Contiguous pieces of `text`, each at most about `limit` characters, joined = text."""
    pieces, start = [], 0
    while len(text) - start > limit:
        window = text[start:start + limit]
        cut = None
        for pattern in _BREAKS:
            ends = [m.end() for m in pattern.finditer(window) if m.end() > limit // 4]
            if ends:
                cut = ends[-1]
                break
        if cut is None:
            space = window.rfind(" ")
            cut = space + 1 if space > 0 else limit
        pieces.append(text[start:start + cut])
        start += cut
    pieces.append(text[start:])
    return pieces


def article_components(nlp) -> list[str]:
    return [name for name in ARTICLE_COMPONENTS if name in nlp.pipe_names]


def join(nlp, parts: list[Doc], text: str) -> Doc:
    """One Doc over `text` from Docs over its consecutive pieces, with the article-level
    components run on it."""
    if len(parts) == 1:
        doc = parts[0]
    else:
        widths = {p.tensor.shape[1] for p in parts if p.tensor is not None and p.tensor.ndim == 2 and len(p)}
        width = max(widths) if widths else 0
        for part in parts:  # Doc.from_docs needs tensors of one width
            if part.tensor is None or part.tensor.ndim != 2 or part.tensor.shape[1] != width:
                part.tensor = numpy.zeros((len(part), width), dtype="float32")
        doc = Doc.from_docs(parts, ensure_whitespace=False)
        if doc.text != text:  # never expected: then parse the whole text as it is
            return nlp(text)
    for name in article_components(nlp):
        doc = nlp.get_pipe(name)(doc)
    return doc


def parse_many(nlp, items: Iterable[tuple[str, object]], batch_size: int = BATCH_SIZE) -> Iterator[tuple[Doc, object]]:
    """(Doc, context) for each (text, context), in order, streaming; long texts are
    parsed in pieces."""
    def stream():
        for text, context in items:
            chunks = split(text)
            for number, chunk in enumerate(chunks):
                yield chunk, (text, context, number == len(chunks) - 1)

    parts: list[Doc] = []
    for doc, (text, context, last) in nlp.pipe(stream(), as_tuples=True, batch_size=batch_size,
                                               disable=article_components(nlp)):
        parts.append(doc)
        if last:
            yield join(nlp, parts, text), context
            parts = []
