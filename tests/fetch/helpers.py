"""Shared set-up of the fetch tests: short waits, a news site from the samples, a watcher."""
from __future__ import annotations

import datetime as dt

from tacitus.fetch.client import Client
from tacitus.fetch.limits import Limits
from tacitus.fetch.watch import Watcher
from tests.fetch.server import Route, Site, etag_of, rss, sample_pages


def fast_limits(**overrides) -> Limits:
    """The real client with waits measured in hundredths of a second."""
    values = dict(connect_timeout=2, read_timeout=2, total_timeout=3, retries=2, backoff=0.01, max_wait=2,
                  host_interval=0.0, slowed_interval=0.2, contact="tests@tacitus.invalid")
    values.update(overrides)
    return Limits(**values)


def publish(site: Site, n: int | None = None, feed_path: str = "/feed.xml", prefix: str = "/news/") -> list[str]:
    """Serve the first `n` sample pages and a feed listing them; returns the page URLs."""
    pages = list(sample_pages().items())[:n]
    links = []
    for path, (title, date, page) in pages:
        site.routes[path] = Route(page.encode("utf-8"))
        links.append((site.url(path), title, date))
    set_feed(site, links, feed_path)
    return [link for link, _, _ in links]


def set_feed(site: Site, items: list[tuple[str, str, str]], feed_path: str = "/feed.xml") -> None:
    body = rss(items)
    site.routes[feed_path] = Route(body, "application/rss+xml; charset=utf-8", etag=etag_of(body))


class Clock:
    """A clock the test moves forward (feed backoff is measured in rounds of 15 minutes)."""

    def __init__(self) -> None:
        self.now = dt.datetime(2026, 1, 5, 8, 0, tzinfo=dt.timezone.utc)

    def __call__(self) -> dt.datetime:
        return self.now

    def advance(self, minutes: float) -> None:
        self.now += dt.timedelta(minutes=minutes)


def watcher(store, feeds: list[str], limits: Limits | None = None, **kw) -> tuple[Watcher, list[str], Client]:
    """A Watcher on the real client and pipeline; the lines it says are collected."""
    lines: list[str] = []
    client = Client(limits or fast_limits())
    return Watcher(store, feeds, client, say=lines.append, **kw), lines, client
