"""JSON Lines: one article per line, `{"text": ..., "id", "published", "url", "title", "outlet", "author"}`.

Read line by line, so a file of any size takes constant memory; each bad line is
its own ReadError ("file.jsonl:12: ...") and the other lines are still read.
"""
from __future__ import annotations

import json
from typing import IO, Iterator

from tacitus.errors import ReadError
from tacitus.read.records import record_article
from tacitus.report import Article

# Python's JSON parser recurses once per level; thousands of nested brackets are no article
TOO_DEEP = "not valid JSON (nested too deeply to be an article)"


def read_jsonl(lines: IO[bytes], source: str, *, name: str | None = None,
               published: str | None = None) -> Iterator[Article | ReadError]:
    """`source` names the file in errors ("data/news.jsonl:3"), `name` in ids ("news.jsonl:3")."""
    seen = False
    for number, raw in enumerate(lines, 1):
        where = f"{source}:{number}"
        try:
            line = raw.decode("utf-8-sig" if number == 1 else "utf-8").strip()
        except UnicodeDecodeError:
            yield ReadError(where, "line is not UTF-8")
            continue
        if not line:
            continue
        seen = True
        try:
            record = json.loads(line)
        except json.JSONDecodeError as exc:
            yield ReadError(where, f"not valid JSON ({exc.msg} at column {exc.colno})")
            continue
        except RecursionError:
            yield ReadError(where, TOO_DEEP)
            continue
        if not isinstance(record, dict):
            yield ReadError(where, f"expected a JSON object, got {type(record).__name__}")
            continue
        try:
            yield record_article(record, where, default_id=f"{name or source}:{number}", published=published)
        except ReadError as error:
            yield error
    if not seen:
        yield ReadError(source, "no records (empty file)")


def read_json(data: bytes, source: str, *, name: str | None = None,
              published: str | None = None) -> Iterator[Article | ReadError]:
    """A .json file: one record, or a list of records named "file.json:N" (N from 1)."""
    try:
        document = json.loads(data.decode("utf-8-sig"))
    except (UnicodeDecodeError, json.JSONDecodeError) as exc:
        yield ReadError(source, f"not valid JSON ({getattr(exc, 'msg', exc)})")
        return
    except RecursionError:
        yield ReadError(source, TOO_DEEP)
        return
    records = document if isinstance(document, list) else [document]
    if not records:
        yield ReadError(source, "no records (empty list)")
    for number, record in enumerate(records, 1):
        where = f"{source}:{number}" if isinstance(document, list) else source
        if not isinstance(record, dict):
            yield ReadError(where, f"expected a JSON object, got {type(record).__name__}")
            continue
        default_id = (f"{name or source}:{number}" if isinstance(document, list)
                      else name and name.rsplit(".", 1)[0])
        try:
            yield record_article(record, where, default_id=default_id, published=published)
        except ReadError as error:
            yield error
