"""One input file (or standard input's bytes): its kind from its name and content, then
the reader for that kind. Every failure becomes a ReadError naming the input."""
from __future__ import annotations

import dataclasses
from pathlib import Path
from typing import Iterator

from tacitus.errors import ReadError
from tacitus.read import paths as names
from tacitus.read.article import MAX_ARTICLE_BYTES
from tacitus.read.dates import date_in_name
from tacitus.read.decode import decode
from tacitus.read.feed import looks_like_feed, read_feed
from tacitus.read.html import looks_like_html, read_html
from tacitus.read.jsonl import read_json, read_jsonl
from tacitus.read.table import read_csv
from tacitus.read.text import read_text
from tacitus.report import Article

MAX_FILE_BYTES = 20_000_000  # an HTML page, feed or .json file read whole (JSONL and CSV are streamed)
STREAMED = {"jsonl": read_jsonl, "csv": read_csv}  # kinds read record by record from a byte stream


def kind_of(name: str) -> str | None:
    """"text", "html", "jsonl", "json", "csv" or "feed" from a file name; None when the name does not say."""
    suffix = Path(name).suffix.lower()
    for kind, suffixes in (("text", names.TEXT_SUFFIXES), ("html", names.HTML_SUFFIXES),
                           ("jsonl", names.JSONL_SUFFIXES), ("json", names.JSON_SUFFIXES),
                           ("csv", names.CSV_SUFFIXES),
                           ("feed", names.FEED_SUFFIXES)):
        if suffix in suffixes:
            return kind
    return None


def read_file(path: Path, published: str | None = None) -> Iterator[Article | ReadError]:
    """The articles of one file: one for a text or HTML file, one per record or entry
    for JSON Lines, CSV and feeds. An article without a date of its own takes the
    YYYY-MM-DD its file name carries ("2025-04-24-kyiv.txt")."""
    named = date_in_name(path.name)
    for item in _read_file(path, published):
        if named and isinstance(item, Article) and not item.published:
            item = dataclasses.replace(item, published=named)
        yield item


def _read_file(path: Path, published: str | None) -> Iterator[Article | ReadError]:
    source = names.display_name(path)
    kind = kind_of(path.name)
    try:
        if kind in STREAMED:
            with path.open("rb") as stream:
                yield from STREAMED[kind](stream, source, name=names.display_name(path.name), published=published)
            return
        size = path.stat().st_size
        limit = MAX_ARTICLE_BYTES if kind == "text" else MAX_FILE_BYTES
        if size > limit:
            yield ReadError(source, f"file is {size / 1e6:.1f} MB, over the {limit / 1e6:g} MB limit"
                                    + (" for one article" if kind == "text" else ""))
            return
        data = path.read_bytes()
    except OSError as exc:
        yield ReadError(source, exc.strerror or str(exc))
        return
    yield from read_bytes(data, source, name=names.display_name(path.name if kind == "json" else path.stem),
                          kind=kind, published=published)


def read_bytes(data: bytes, source: str, *, name: str | None = None, kind: str | None = None,
               published: str | None = None) -> Iterator[Article | ReadError]:
    """The articles in `data` (a whole document: text, HTML or a feed; JSON, JSON Lines and
    CSV when `kind` says so). `name` is the id of a single article ("report-2025")."""
    if not data.strip():
        yield ReadError(source, "empty file" if not data else "no text (only whitespace)")
        return
    if kind in STREAMED:
        import io

        yield from STREAMED[kind](io.BytesIO(data), source, name=name, published=published)
        return
    if kind == "json":
        yield from read_json(data, source, name=name, published=published)
        return
    try:
        text = decode(data, source)
        if kind == "feed" or (kind in (None, "text") and looks_like_feed(text)):
            yield from read_feed(data, source, published=published)
        elif kind == "html" or (kind in (None, "text") and looks_like_html(text)):
            yield read_html(text, source, id=name, published=published)
        else:
            yield read_text(text, source, id=name, published=published)
    except ReadError as error:
        yield error
