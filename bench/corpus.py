"""The articles a benchmark runs over: any corpus `tacitus.read` can read, limited,
or repeated with distinct ids to reach a larger count (for the memory check)."""
from __future__ import annotations

import dataclasses
import itertools
from pathlib import Path
from typing import Iterator

from tacitus.errors import ReadError
from tacitus.read import iter_articles
from tacitus.report import Article

ROOT = Path(__file__).resolve().parent.parent
DEFAULT_CORPUS = ROOT.parent / "shared" / "corpora" / "wikinews_2019_2021_sample"


def read(corpus: str | Path) -> Iterator[Article]:
    """Every article `tacitus.read` finds in `corpus` (a file or folder), streamed;
    inputs it cannot read are skipped."""
    for item in iter_articles([str(corpus)]):
        if not isinstance(item, ReadError):
            yield item


def articles(corpus: str | Path, count: int | None = None) -> Iterator[Article]:
    """The first `count` articles of `corpus`; more than it holds repeats it, with
    ids made distinct ("id#2") so that a store keeps every copy."""
    if count is None:
        yield from read(corpus)
        return
    for n in itertools.count(1):
        produced = 0
        for article in read(corpus):
            if count <= 0:
                return
            yield article if n == 1 else dataclasses.replace(article, id=f"{article.id}#{n}")
            count -= 1
            produced += 1
        if not produced:
            return
