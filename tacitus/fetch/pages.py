"""A fetched page as an Article: main text and metadata by trafilatura, as for HTML
files (tacitus/read/html.py), with the URL as the article's identity and the feed's
item metadata filling what the page lacks."""
from __future__ import annotations

import codecs
from concurrent.futures import FIRST_COMPLETED, ThreadPoolExecutor, wait
from typing import Iterable, Iterator

from tacitus.errors import ReadError
from tacitus.fetch.client import Client, Response
from tacitus.read.decode import decode
from tacitus.read.html import looks_like_html, read_html
from tacitus.read.text import read_text
from tacitus.report import Article


def page_article(response: Response, *, meta: dict | None = None, published: str | None = None) -> Article:
    """The article at `response.url`, or ReadError naming the URL (not a page, no main text...)."""
    url = response.url
    text = _text(response)
    kind = response.content_type
    if kind in ("text/html", "application/xhtml+xml") or (kind in (None, "text/xml", "application/xml")
                                                          and looks_like_html(text)):
        article = read_html(text, url, id=url, published=published, defaults=meta)
    elif kind in (None, "text/plain"):
        article = read_text(text, url, id=url, published=published)
        article.title = article.title or (meta or {}).get("title")
        article.published = article.published or (meta or {}).get("published")
    else:
        raise ReadError(url, f"{kind} that is not an article page")
    # The address asked for is the identity: a page's own canonical link may differ, and
    # the same link seen again in a feed must be recognised as already stored.
    article.url = url
    article.source = url
    return article


def _text(response: Response) -> str:
    """The body as text: the charset the server names when it decodes cleanly, else detected."""
    charset = response.charset
    if charset:
        try:
            codecs.lookup(charset)
            text = response.body.decode(charset)
        except (LookupError, UnicodeDecodeError):
            text = None
        if text is not None and not text.startswith("\x00"):
            return decode(text.encode("utf-8"), response.url)  # the same checks as files (binary, control characters)
    return decode(response.body, response.url)


def fetch_articles(client: Client, items: Iterable, published: str | None = None
                   ) -> Iterator[tuple[object, Article | ReadError]]:
    """(item, Article or ReadError) for each item (anything with `.link` and `.meta`),
    fetched on up to `client.limits.workers` threads (the client keeps each host's own
    cap), in the order they complete; a bounded number is in flight at any time."""
    def one(item) -> Article | ReadError:
        try:
            return page_article(client.get(item.link), meta=item.meta, published=published)
        except ReadError as error:  # FetchError included
            return error

    workers = max(1, client.limits.workers)
    pool = ThreadPoolExecutor(workers, thread_name_prefix="tacitus-fetch")
    pending: dict = {}
    todo = iter(items)
    try:
        while True:
            for item in todo:
                pending[pool.submit(one, item)] = item
                if len(pending) >= 2 * workers:
                    break
            if not pending:
                return
            done, _ = wait(pending, return_when=FIRST_COMPLETED)
            for future in done:
                yield pending.pop(future), future.result()
    finally:
        # stopped early (Ctrl-C): queued fetches never start, those in flight end within their timeouts
        pool.shutdown(wait=False, cancel_futures=True)
