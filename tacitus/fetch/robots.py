"""robots.txt: fetched once per host (through the same polite client), cached, obeyed.

As RFC 9309 says: a robots.txt that is missing (4xx) allows everything; one that cannot be
fetched (5xx, network failure) disallows everything until it can be, since the site may
be down or overloaded. A Crawl-delay for Tacitus (or for every robot) slows the host down.
"""
from __future__ import annotations

import threading
import time
from typing import Callable
from urllib.robotparser import RobotFileParser

from tacitus.fetch.limits import ROBOTS_AGENT

ROBOTS_MAX_BYTES = 500 * 1024  # RFC 9309: at least 500 KiB must be parsed; more is ignored
RETRY_UNREACHABLE = 600.0  # seconds before a robots.txt that could not be fetched is asked for again


class Robots:
    """`check(url, origin)`: None when robots.txt of the host lets Tacitus fetch the URL,
    else (problem, transient) saying why not."""

    def __init__(self, fetch: Callable[[str], tuple[int, bytes, str]], ttl: float,
                 on_delay: Callable[[str, float], None] | None = None) -> None:
        self._fetch = fetch  # URL of robots.txt -> (status, body, problem); status 0 when unreachable
        self._ttl = ttl
        self._on_delay = on_delay
        self._cache: dict[str, tuple[float, RobotFileParser, str]] = {}
        self._locks: dict[str, threading.Lock] = {}
        self._lock = threading.Lock()

    def check(self, url: str, origin: str) -> tuple[str, bool] | None:
        parser, unreachable = self._parser(origin)
        if unreachable:
            return f"robots.txt of {origin} could not be fetched ({unreachable})", True
        if not parser.can_fetch(ROBOTS_AGENT, url):
            return f"robots.txt of {origin} disallows it for Tacitus; skipped", False
        return None

    def _parser(self, origin: str) -> tuple[RobotFileParser, str]:
        with self._lock:
            lock = self._locks.setdefault(origin, threading.Lock())
        with lock:  # one fetch of robots.txt per host, however many threads ask at once
            cached = self._cache.get(origin)
            if cached and cached[0] > time.monotonic():
                return cached[1], cached[2]
            parser, unreachable, ttl = self._load(origin)
            self._cache[origin] = (time.monotonic() + ttl, parser, unreachable)
            return parser, unreachable

    def _load(self, origin: str) -> tuple[RobotFileParser, str, float]:
        parser = RobotFileParser(origin + "/robots.txt")
        status, body, problem = self._fetch(origin + "/robots.txt")
        if status == 200:
            parser.parse(body[:ROBOTS_MAX_BYTES].decode("utf-8", "replace").splitlines())
            delay = parser.crawl_delay(ROBOTS_AGENT)
            if delay and self._on_delay:
                self._on_delay(origin, float(delay))
            return parser, "", self._ttl
        if 400 <= status < 500 and status != 429:
            parser.allow_all = True
            return parser, "", self._ttl
        parser.disallow_all = True  # unreachable: nothing of the host is fetched until it can be read
        return parser, problem or f"HTTP {status}", min(self._ttl, RETRY_UNREACHABLE)
