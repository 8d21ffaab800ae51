"""RSS and Atom feeds (feedparser): one article per entry, its HTML cleaned to text."""
from __future__ import annotations

import re
from typing import Iterator

from tacitus.errors import ReadError
from tacitus.read.article import make_article
from tacitus.read.dates import iso_date
from tacitus.read.html import fragment_text
from tacitus.report import Article


def looks_like_feed(text: str) -> bool:
    head = text[:2048].lstrip().lower()
    return head.startswith("<") and bool(re.search(r"<(rss|feed|rdf:rdf)[\s>]", head))


def read_feed(data: bytes, source: str, *, published: str | None = None) -> Iterator[Article | ReadError]:
    """One Article (or ReadError) per entry; a file that is not a feed is one ReadError."""
    import feedparser

    try:
        parsed = feedparser.parse(data)  # bytes: feedparser never fetches anything
    except Exception as exc:  # a parser failure on one odd feed must not stop the other inputs
        yield ReadError(source, f"feed that could not be parsed ({type(exc).__name__})")
        return
    if not parsed.entries:
        problem = "feed with no entries" if parsed.get("version") else "not an RSS or Atom feed"
        if parsed.get("bozo") and not parsed.get("version"):
            problem += f" ({_reason(parsed.get('bozo_exception'))})"
        yield ReadError(source, problem)
        return
    outlet = parsed.feed.get("title")
    for number, entry in enumerate(parsed.entries, 1):
        where = f"{source}:entry {number}"
        try:
            yield make_article(
                _entry_text(entry), where, id=entry.get("id") or entry.get("link") or f"{source}:{number}",
                published=_entry_date(entry), published_override=published,
                title=entry.get("title"), url=entry.get("link"), outlet=outlet,
                author=entry.get("author"))
        except ReadError as error:
            yield error


def _entry_text(entry) -> str:
    contents = [c.get("value", "") for c in entry.get("content", [])]
    body = max(contents, key=len) if contents else ""
    summary = entry.get("summary", "")
    return fragment_text(body if len(body) >= len(summary) else summary)


def _entry_date(entry) -> str | None:
    for key in ("published_parsed", "updated_parsed", "created_parsed"):
        if entry.get(key):
            return iso_date(entry[key])
    return None


def _reason(exc) -> str:
    return str(exc).splitlines()[0] if exc else "unreadable"
