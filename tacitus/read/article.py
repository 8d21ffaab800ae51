"""The checks every article passes, whatever it was read from, before it becomes an Article."""
from __future__ import annotations

import hashlib

from tacitus.errors import ReadError
from tacitus.read import language
from tacitus.report import Article

MAX_ARTICLE_BYTES = 2_000_000  # one article's text, UTF-8 encoded; longer is surely not one article


def make_article(text: str, source: str, *, published: str | None = None,
                 published_override: str | None = None, id: str | None = None,
                 **meta) -> Article:
    """An Article, or a ReadError naming `source` when the text cannot be one.

    `published_override` (the user's --published) wins over the date the input gives."""
    if not text.strip():
        raise ReadError(source, "no text (empty or only whitespace)")
    for field, value in (("text", text), ("id", id), *meta.items()):
        if isinstance(value, str) and not _encodable(value):
            raise ReadError(source, f'"{field}" holds a lone surrogate (like \\ud800): not valid Unicode')
    size = len(text.encode("utf-8"))
    if size > MAX_ARTICLE_BYTES:
        raise ReadError(source, f"article is {size / 1e6:.1f} MB, over the "
                                f"{MAX_ARTICLE_BYTES / 1e6:g} MB limit for one article")
    foreign = language.foreign_language(text)
    if foreign:
        raise ReadError(source, f"text is in {foreign}, not English")
    meta = {k: (v.strip() if isinstance(v, str) else v) or None for k, v in meta.items()}
    return Article(text=text, id=id or content_id(text), published=published_override or published,
                   source=source, language="en", **meta)


def _encodable(value: str) -> bool:
    """Whether `value` can be written as UTF-8: JSON "\\ud800" decodes to a lone surrogate,
    which cannot be, and would fail far later (hashing, storing)."""
    try:
        value.encode("utf-8")
    except UnicodeEncodeError:
        return False
    return True


def content_id(text: str) -> str:
    """A stable id for text that came with none (standard input)."""
    return "sha1-" + hashlib.sha1(text.encode("utf-8")).hexdigest()[:12]
