"""Articles from records (a JSON Lines object, a CSV row): the fields they may carry."""
from __future__ import annotations

from tacitus.errors import ReadError
from tacitus.read.article import make_article
from tacitus.read.dates import iso_date
from tacitus.read.decode import normalise_newlines
from tacitus.report import Article

FIELDS = ("text", "id", "published", "url", "title", "outlet", "author")
_ALIASES = {"date": "published", "body": "text", "content": "text", "source": "outlet",
            "site": "outlet", "link": "url"}


def record_article(record: dict, where: str, *, default_id: str | None = None,
                   published: str | None = None) -> Article:
    """`where` ("data/file.jsonl:12") names the record in errors; `default_id` ("file.jsonl:12")
    is its id when it has none."""
    fields = {_ALIASES.get(k.lower(), k.lower()): v for k, v in record.items() if k}
    # An explicit field wins over its alias ("published" over "date").
    fields.update({k.lower(): v for k, v in record.items() if k and k.lower() in FIELDS})
    text = fields.get("text")
    if not isinstance(text, str) or not text.strip():
        raise ReadError(where, 'record has no "text"')
    try:
        own_date = iso_date(fields.get("published"))
    except ValueError as exc:
        raise ReadError(where, f'"published": {exc}') from None
    meta = {k: _as_text(fields.get(k)) for k in ("url", "title", "outlet", "author")}
    record_id = _as_text(fields.get("id")) or default_id or where
    return make_article(normalise_newlines(text), where, id=record_id, published=own_date,
                        published_override=published, **meta)


def _as_text(value) -> str | None:
    if value is None or value == "":
        return None
    return value if isinstance(value, str) else str(value)
