"""A fetched RSS/Atom feed: the links of its items, with what the feed says of each
(title, date, outlet, author) to fill what the page itself does not say."""
from __future__ import annotations

from dataclasses import dataclass, field

import feedparser
from feedparser.exceptions import CharacterEncodingOverride, NonXMLContentType

from tacitus.fetch import urls
from tacitus.fetch.errors import FetchError
from tacitus.read.dates import iso_date
from tacitus.read.feed import looks_like_feed

MAX_ITEMS = 500  # a feed listing more is a sitemap or an archive, not news as it appears


# What feedparser flags but reads in full: an encoding it had to guess, an XML type it did not expect.
_HARMLESS = (CharacterEncodingOverride, NonXMLContentType)


@dataclass
class Item:
    link: str  # normalised: the article's identity
    meta: dict = field(default_factory=dict)  # title, published, outlet, author (those the feed gives)


def is_feed(content_type: str | None, body: bytes) -> bool:
    """Whether a response is a feed: by its type, else (XML or no type) by its first tags."""
    if content_type and any(k in content_type for k in ("rss", "atom", "rdf")):
        return True
    if content_type and content_type not in ("text/xml", "application/xml"):
        return False
    return looks_like_feed(body[:2048].decode("utf-8", "ignore"))


def feed_items(body: bytes, feed_url: str) -> tuple[str | None, list[Item], list[FetchError]]:
    """(the feed's title, its items with an http(s) link, a FetchError per item without
    one); a body that is no feed raises FetchError."""
    try:
        parsed = feedparser.parse(body)  # bytes: feedparser fetches nothing itself
    except Exception as exc:  # a parser failure on one hostile feed must not stop the round
        raise FetchError(feed_url, f"feed that could not be parsed ({type(exc).__name__})") from None
    if not parsed.get("version") and not parsed.entries:
        reason = parsed.get("bozo_exception")
        detail = f" ({str(reason).splitlines()[0][:100]})" if reason else ""
        raise FetchError(feed_url, f"not an RSS or Atom feed{detail}")
    outlet = parsed.feed.get("title")
    items, problems, seen = [], [], set()
    for number, entry in enumerate(parsed.entries[:MAX_ITEMS], 1):
        raw = (entry.get("link") or "").strip()
        link = urls.normalise(raw, base=feed_url) if raw else None  # an empty link is not the feed itself
        if link is None:
            problems.append(FetchError(f"{feed_url}:entry {number}", f"item link {raw[:80]!r} is not an http(s) "
                                                                      "address" if raw else "item with no link"))
            continue
        if link in seen:
            continue
        seen.add(link)
        meta = {"title": entry.get("title"), "published": _date(entry), "outlet": outlet,
                "author": entry.get("author")}
        items.append(Item(link, {k: v for k, v in meta.items() if v}))
    broken = parsed.get("bozo_exception")
    if broken is not None and not isinstance(broken, _HARMLESS):
        problems.insert(0, FetchError(feed_url, f"malformed feed ({str(broken).splitlines()[0][:100]}); "
                                                f"items read before the fault: {len(items)}"))
    return outlet, items, problems


def _date(entry) -> str | None:
    for key in ("published_parsed", "updated_parsed", "created_parsed"):
        if entry.get(key):
            try:
                return iso_date(entry[key])
            except ValueError:
                return None
    return None
