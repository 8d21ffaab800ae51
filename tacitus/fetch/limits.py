"""Every bound the HTTP client keeps, in one place (tests shorten the waits)."""
from __future__ import annotations

import os
from dataclasses import dataclass, field

from tacitus.read.article import MAX_ARTICLE_BYTES

RETRY_STATUSES = frozenset({429, 500, 502, 503, 504})  # worth asking again, later
CONTACT_ENV = "TACITUS_CONTACT"  # an e-mail or web address for site owners, when no --contact is given


def _version() -> str:
    try:
        from importlib.metadata import version

        return version("tacitus")
    except Exception:  # not installed as a package (running from a source tree)
        return "dev"


@dataclass
class Limits:
    connect_timeout: float = 10.0  # seconds to open a connection
    read_timeout: float = 20.0  # seconds of silence while reading
    total_timeout: float = 60.0  # seconds one response may take in all (an endless trickle ends here)
    max_bytes: int = MAX_ARTICLE_BYTES  # a body larger than this (after decompression) is refused
    max_redirects: int = 5
    retries: int = 3  # further attempts after a 429, 5xx, timeout or dropped connection
    backoff: float = 1.0  # first wait before a retry, doubled each time
    max_wait: float = 120.0  # longest wait a Retry-After may ask for; longer is a failure for this round
    host_interval: float = 1.0  # seconds between two requests to one host
    slowed_interval: float = 0.5  # the least interval a host that answered 429 gets (doubled at each 429)
    host_concurrency: int = 2  # requests in flight to one host
    workers: int = 8  # requests in flight in all
    robots_ttl: float = 24 * 3600.0  # seconds a host's robots.txt is trusted before it is fetched again
    contact: str | None = field(default_factory=lambda: os.environ.get(CONTACT_ENV) or None)

    @property
    def user_agent(self) -> str:
        """Names Tacitus (robots.txt rules for "Tacitus" apply) and how to reach its operator."""
        contact = f"; +{self.contact}" if self.contact else ""
        return f"Tacitus/{_version()} (news event extraction{contact})"


ROBOTS_AGENT = "Tacitus"  # the product token robots.txt rules are matched against
