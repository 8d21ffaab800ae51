"""HTML pages: the main text and metadata (title, date, site, URL, author) by trafilatura.

Navigation, footers, share links and related-story lists are left out by trafilatura.
Paragraphs are joined by a blank line. Nothing is fetched: the page is parsed as given.
"""
from __future__ import annotations

import re

from tacitus.errors import ReadError
from tacitus.read.article import make_article
from tacitus.read.dates import iso_date
from tacitus.report import Article

MIN_MAIN_WORDS = 12  # fewer words is page furniture trafilatura kept (a menu, a cookie line), not an article
# The publication date from the page's markup (meta tags, JSON-LD, <time>, URL) only:
# a date guessed from the body text is too often a date the article talks about.
_DATE_SEARCH = {"extensive_search": False, "original_date": True}
_BLOCKS = ("p", "div", "li", "h1", "h2", "h3", "h4", "h5", "h6", "blockquote", "tr", "br", "pre")


def read_html(html: str, source: str, *, id: str | None = None, published: str | None = None,
              defaults: dict | None = None) -> Article:
    """An Article from a whole HTML page; `defaults` fill metadata the page lacks."""
    import trafilatura  # imported on first use: it is slow to import

    try:
        doc = trafilatura.bare_extraction(html, with_metadata=True, include_comments=False,
                                          include_tables=False, include_images=False,
                                          date_extraction_params=_DATE_SEARCH)
    except Exception as exc:  # a parser failure on one odd page must not stop the other inputs
        raise ReadError(source, f"HTML that could not be parsed ({type(exc).__name__})") from None
    text = (doc.text or "").strip() if doc is not None else ""
    if not text:
        raise ReadError(source, "HTML page with no main text")
    title = doc.title
    lines = [line.strip() for line in text.split("\n") if line.strip()]
    if title and lines and lines[0] == title.strip():
        lines = lines[1:]  # the headline is metadata, not a sentence of the article
    words = sum(len(line.split()) for line in lines)
    if words < MIN_MAIN_WORDS:
        raise ReadError(source, "HTML page with no main text" + (f" (only {words} words)" if words else ""))
    meta = dict(defaults or {})
    try:
        page_date = iso_date(doc.date)
    except ValueError:
        page_date = None
    return make_article(
        "\n\n".join(lines), source, id=id or meta.get("id"),
        published=page_date or meta.get("published"), published_override=published,
        title=title or meta.get("title"), url=doc.url or meta.get("url"),
        outlet=doc.sitename or meta.get("outlet"), author=doc.author or meta.get("author"))


def fragment_text(html: str) -> str:
    """Plain text of an HTML fragment (a feed entry): one paragraph per block element."""
    import lxml.html

    if not re.search(r"<[a-zA-Z!/]", html):
        return html.strip()
    try:
        root = lxml.html.fragment_fromstring(html, create_parent="div")
    except Exception:  # lxml raises several types on broken markup; fall back to the raw text
        return re.sub(r"<[^>]+>", " ", html).strip()
    for bad in root.xpath("//script|//style"):
        bad.drop_tree()
    for element in root.iter(*_BLOCKS):
        element.tail = "\n\n" + (element.tail or "")
    paragraphs = (re.sub(r"[ \t\r\f\v\xa0]+", " ", p).strip() for p in root.text_content().split("\n\n"))
    return "\n\n".join(p for p in paragraphs if p)


def looks_like_html(text: str) -> bool:
    head = text[:2048].lstrip().lower()
    return head.startswith("<") and bool(re.search(r"<(!doctype html|html|head|body)[\s>]", head))
