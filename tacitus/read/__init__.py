"""Readers: turn files, directories, JSON Lines, CSV, feeds and standard input into Articles.

`iter_articles(paths, published=None)` yields an `Article` for each article read and
a `ReadError` for each input that could not be read, so one bad input never stops the
others. It streams: directories are walked lazily and JSON Lines / CSV files are read
record by record. See docs/input.md for the formats and the errors.
"""
from __future__ import annotations

import os
from typing import Iterable, Iterator

from tacitus.errors import ReadError
from tacitus.read.article import MAX_ARTICLE_BYTES
from tacitus.read.count import count_articles
from tacitus.read.document import MAX_FILE_BYTES, read_bytes, read_file
from tacitus.read.paths import STDIN, expand_paths
from tacitus.report import Article

__all__ = ["iter_articles", "read_path", "read_bytes", "read_file", "expand_paths", "count_articles", "STDIN",
           "MAX_ARTICLE_BYTES", "MAX_FILE_BYTES", "ReadError"]


def iter_articles(paths: Iterable[str | os.PathLike] | str, published: str | None = None
                  ) -> Iterator[Article | ReadError]:
    """Every article in `paths` (files, directories, glob patterns, "-" for standard input).

    `published` (ISO YYYY-MM-DD) sets or overrides each article's own publication date."""
    for item in expand_paths(paths):
        if isinstance(item, ReadError):
            yield item
        elif item == STDIN:
            from tacitus.read.stdin import read_stdin

            yield from read_stdin(published)
        else:
            yield from read_file(item, published)


def read_path(path: str | os.PathLike, published: str | None = None) -> list[Article | ReadError]:
    """All that one path (file, directory or pattern) holds, as a list."""
    return list(iter_articles([path], published))
