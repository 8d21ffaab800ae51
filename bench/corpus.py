"""The articles a benchmark runs over: any corpus `tacitus.read` can read, limited,
or repeated with distinct ids to reach a larger count (for the memory check)."""
from __future__ import annotations

import csv
import dataclasses
import itertools
import sys
from pathlib import Path
from typing import Iterator

from tacitus.errors import ReadError
from tacitus.read import iter_articles
from tacitus.report import Article

ROOT = Path(__file__).resolve().parent.parent
DEFAULT_CORPUS = ROOT.parent / "shared" / "corpora" / "wikinews_2019_2021_sample"


def _csv_files(path: Path) -> list[Path]:
    return sorted(path.glob("*.csv")) if path.is_dir() else [path] if path.suffix == ".csv" else []


def _read_csv(path: Path) -> Iterator[Article]:
    """A CSV with a `text` column (and optionally id/url/date/title), one article a row."""
    csv.field_size_limit(sys.maxsize)
    with path.open(encoding="utf-8", newline="") as fh:
        for n, row in enumerate(csv.DictReader(fh), start=2):
            if row.get("text", "").strip():
                yield Article(text=row["text"], id=row.get("id") or f"{path.stem}:{n}",
                              published=(row.get("date") or None), title=row.get("title"),
                              url=row.get("url"), source=f"{path.name}:{n}")


def read(corpus: str | Path) -> Iterator[Article]:
    """Every article of `corpus` (a file or folder), streamed. Inputs the readers
    cannot take are skipped; when they take none, CSV files are read here, one
    article a row (until the readers know the corpus's CSV layout)."""
    corpus = Path(corpus)
    any_read = False
    try:
        for item in iter_articles([str(corpus)]):
            if not isinstance(item, ReadError):
                any_read = True
                yield item
    except OSError:
        if any_read:
            raise
    if not any_read:
        for path in _csv_files(corpus):
            yield from _read_csv(path)


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
