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
    """`allowed(url)`: whether robots.txt of the URL's host lets Tacitus fetch it."""

    def __init__(self, fetch: Callable[[str], tuple[int, bytes]], ttl: float,
                 on_delay: Callable[[str, float], None] | None = None) -> None:
        self._fetch = fetch  # origin URL of robots.txt -> (status, body); status 0 when unreachable
        self._ttl = ttl
        self._on_delay = on_delay
        self._cache: dict[str, tuple[float, RobotFileParser]] = {}
        self._locks: dict[str, threading.Lock] = {}
        self._lock = threading.Lock()

    def allowed(self, url: str, origin: str) -> bool:
        return self._parser(origin).can_fetch(ROBOTS_AGENT, url)

    def _parser(self, origin: str) -> RobotFileParser:
        with self._lock:
            lock = self._locks.setdefault(origin, threading.Lock())
        with lock:  # one fetch of robots.txt per host, however many threads ask at once
            cached = self._cache.get(origin)
            if cached and cached[0] > time.monotonic():
                return cached[1]
            parser, ttl = self._load(origin)
            self._cache[origin] = (time.monotonic() + ttl, parser)
            return parser

    def _load(self, origin: str) -> tuple[RobotFileParser, float]:
        parser = RobotFileParser(origin + "/robots.txt")
        status, body = self._fetch(origin + "/robots.txt")
        if status == 200:
            parser.parse(body[:ROBOTS_MAX_BYTES].decode("utf-8", "replace").splitlines())
            delay = parser.crawl_delay(ROBOTS_AGENT)
            if delay and self._on_delay:
                self._on_delay(origin, float(delay))
            return parser, self._ttl
        if 400 <= status < 500 and status != 429:
            parser.allow_all = True
            return parser, self._ttl
        parser.disallow_all = True
        return parser, min(self._ttl, RETRY_UNREACHABLE)
