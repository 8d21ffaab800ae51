"""Politeness per host: at most N requests in flight, a minimum interval between two
requests, and a host that answers 429 (or asks to wait) slowed down for the rest of the
session rather than dropped."""
from __future__ import annotations

import threading
import time
from collections import defaultdict
from contextlib import contextmanager
from typing import Callable, Iterator

MAX_INTERVAL = 60.0  # a host is never slowed to fewer than one request a minute
SLOWED_FLOOR = 0.5  # the interval a rate-limited host gets at least, even with no interval set


class HostGate:
    def __init__(self, interval: float, concurrency: int, sleep: Callable[[float], None] = time.sleep,
                 floor: float = SLOWED_FLOOR) -> None:
        self.default_interval = interval
        self.floor = floor
        self._sleep = sleep
        self._lock = threading.Lock()
        self._slots: dict[str, threading.BoundedSemaphore] = defaultdict(
            lambda: threading.BoundedSemaphore(max(1, concurrency)))
        self._interval: dict[str, float] = {}
        self._next: dict[str, float] = {}

    def interval(self, host: str) -> float:
        with self._lock:
            return self._interval.get(host, self.default_interval)

    @contextmanager
    def slot(self, host: str) -> Iterator[None]:
        """Hold one of the host's request slots, starting no sooner than its interval allows."""
        with self._lock:
            slot = self._slots[host]
        with slot:
            while True:
                with self._lock:
                    now = time.monotonic()
                    start = self._next.get(host, now)
                    if start <= now:
                        self._next[host] = now + self._interval.get(host, self.default_interval)
                        break
                self._sleep(start - now)
            yield

    def slow_down(self, host: str, wait: float = 0.0) -> None:
        """The host asked us to slow down: double its interval, and send nothing for `wait` s."""
        with self._lock:
            current = self._interval.get(host, self.default_interval)
            slower = self._interval[host] = min(MAX_INTERVAL, max(current * 2, self.floor))
            self._next[host] = max(self._next.get(host, 0.0), time.monotonic() + max(wait, slower))

    def at_least(self, host: str, interval: float) -> None:
        """A robots.txt Crawl-delay: the host's interval is never shorter than this."""
        with self._lock:
            current = self._interval.get(host, self.default_interval)
            self._interval[host] = min(MAX_INTERVAL, max(current, interval))
