"""`tacitus ingest` inputs: web addresses mixed freely with files.

A URL is fetched once: an article page becomes one Article; an RSS/Atom feed becomes
one Article per item, each item's link fetched and read as a page. Everything else
goes to the file readers (tacitus.read) unchanged.
"""
from __future__ import annotations

import os
from typing import Iterable, Iterator

from tacitus.errors import ReadError
from tacitus.fetch import urls
from tacitus.fetch.limits import Limits
from tacitus.report import Article


def has_urls(paths: Iterable[str | os.PathLike]) -> bool:
    return any(urls.is_url(os.fspath(p)) for p in paths)


def iter_inputs(paths: Iterable[str | os.PathLike], published: str | None = None,
                limits: Limits | None = None) -> Iterator[Article | ReadError]:
    """Every article of `paths` (files, directories, globs, "-", http(s) URLs), in order."""
    from tacitus.fetch.client import Client
    from tacitus.read import iter_articles

    client = None
    try:
        for path in paths:
            name = os.fspath(path)
            if urls.is_url(name):
                client = client or Client(limits)
                yield from iter_url(name, client, published)
            else:
                yield from iter_articles([name], published=published)
    finally:
        if client is not None:
            client.close()


def iter_url(url: str, client, published: str | None = None) -> Iterator[Article | ReadError]:
    """The article at `url`, or one per item when it is a feed."""
    from tacitus.fetch.feeds import feed_items, is_feed
    from tacitus.fetch.pages import fetch_articles, page_article

    try:
        response = client.get(url)
        if not is_feed(response.content_type, response.body):
            yield page_article(response, published=published)
            return
        _, items, problems = feed_items(response.body, response.url)
    except ReadError as error:  # FetchError included
        yield error
        return
    yield from problems
    for _, result in fetch_articles(client, items, published):
        yield result
