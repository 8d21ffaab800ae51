"""CSV files with a `text` column (and optional id, published/date, url, title, outlet, author),
such as the Wikinews sample corpus. Read row by row: constant memory."""
from __future__ import annotations

import csv
import io
from typing import IO, Iterator

from tacitus.errors import ReadError
from tacitus.read.article import MAX_ARTICLE_BYTES
from tacitus.read.records import record_article
from tacitus.report import Article


# A field up to this many characters is read, so that a text over the article limit is
# reported as such and the rows after it are still read; a longer one ends the file's reading
# with a line saying so (its layout after it cannot be trusted).
FIELD_LIMIT = 10 * MAX_ARTICLE_BYTES


def allow_long_fields() -> None:
    """Let a field be much longer than one article may be (see FIELD_LIMIT)."""
    csv.field_size_limit(max(csv.field_size_limit(), FIELD_LIMIT))


def read_csv(stream: IO[bytes], source: str, *, name: str | None = None,
             published: str | None = None) -> Iterator[Article | ReadError]:
    """Each row is named "file.csv:LINE" (the line where the row starts) in errors and ids;
    `source` is the path for errors, `name` the file name for ids."""
    allow_long_fields()
    text = io.TextIOWrapper(stream, encoding="utf-8-sig", newline="")
    reader = csv.DictReader(text)
    try:
        header = reader.fieldnames
    except (UnicodeDecodeError, csv.Error) as exc:
        yield ReadError(source, f"not a readable CSV file ({exc})")
        return
    if not header:
        yield ReadError(source, "no records (empty file)")
        return
    if "text" not in [h.strip().lower() for h in header if h]:
        yield ReadError(source, f"CSV without a \"text\" column (columns: {', '.join(header)})")
        return
    line = reader.line_num + 1
    while True:
        where = f"{source}:{line}"
        try:
            row = next(reader)
        except StopIteration:
            return
        except (UnicodeDecodeError, csv.Error) as exc:
            yield ReadError(where, f"unreadable CSV row ({exc}); the rows after it are not read")
            return
        default_id = f"{name or source}:{line}"
        line = reader.line_num + 1
        try:
            yield record_article({k.strip(): v for k, v in row.items() if k}, where,
                                 default_id=default_id, published=published)
        except ReadError as error:
            yield error
