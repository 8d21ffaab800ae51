"""Readers: turn files, directories, JSON Lines, feeds and standard input into Articles.

(Being written; the contract:) `iter_articles(paths, published=None)` yields an
`Article` for each article read, or a `ReadError` for each input that could not be
read, so that one bad input never stops the others.
"""
from __future__ import annotations

from pathlib import Path
from typing import Iterable, Iterator

from tacitus.errors import ReadError
from tacitus.report import Article


def iter_articles(paths: Iterable[str], published: str | None = None) -> Iterator[Article | ReadError]:
    for p in paths:
        path = Path(p)
        if not path.exists():
            yield ReadError(p, "no such file or directory")
            continue
        text = path.read_text(encoding="utf-8")
        yield Article(text=text, id=path.stem, published=published, source=p)
