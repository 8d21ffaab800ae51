"""Which addresses Tacitus fetches, and the form it stores them in.

Only http and https are fetched: a `file:` or `ftp:` link in a feed is refused, so a
hostile feed cannot point the client at local files or other protocols. An article's
URL is its identity in the store, so it is normalised the same way everywhere: the
fragment (#...) and utm_* tracking parameters are dropped, and scheme and host are
lower-cased.
"""
from __future__ import annotations

import re
from urllib.parse import urljoin, urlsplit, urlunsplit

SCHEMES = ("http", "https")
_ADDRESS = re.compile(r"^[a-z][a-z0-9+.-]*://", re.I)
# Campaign-tracking parameters feeds add to their links (utm_source=rss ...): the same
# article linked from two feeds keeps one identity.
_TRACKING = ("utm_",)


def is_url(text: str) -> bool:
    """Whether a command-line argument is an address (scheme://...) rather than a file;
    one that is not http(s) is then refused with a line, not looked for on disk."""
    return bool(_ADDRESS.match(text))


def normalise(url: str, base: str | None = None) -> str | None:
    """`url` (resolved against `base`) in stored form, or None when it is not an http(s)
    address with a host."""
    url = (url or "").strip()
    if base:
        url = urljoin(base, url)
    try:
        parts = urlsplit(url)
        parts.port  # raises ValueError on a malformed port
    except ValueError:
        return None
    if parts.scheme.lower() not in SCHEMES or not parts.hostname:
        return None
    query = "&".join(p for p in parts.query.split("&") if p and not p.lower().startswith(_TRACKING))
    return urlunsplit((parts.scheme.lower(), parts.netloc.lower(), parts.path or "/", query, ""))


def origin(url: str) -> str:
    """scheme://host[:port]: the unit of politeness (rate limit, robots.txt)."""
    parts = urlsplit(url)
    return f"{parts.scheme}://{parts.netloc}"
