"""Standard input ("-"): its kind (text, HTML, feed, JSON Lines) told from its content.

JSON Lines are streamed line by line; any other input is one document, read whole."""
from __future__ import annotations

import itertools
import json
import sys
from typing import BinaryIO, Iterator

from tacitus.errors import ReadError
from tacitus.read.document import MAX_FILE_BYTES, read_bytes
from tacitus.read.jsonl import read_jsonl
from tacitus.report import Article

SOURCE = "<stdin>"


def read_stdin(published: str | None = None, stream: BinaryIO | None = None) -> Iterator[Article | ReadError]:
    stream = stream if stream is not None else sys.stdin.buffer
    if getattr(stream, "isatty", lambda: False)():
        yield ReadError(SOURCE, "standard input is a terminal: pipe an article into it")
        return
    first = stream.readline(MAX_FILE_BYTES)
    if _is_json_object(first):
        yield from read_jsonl(itertools.chain([first], stream), SOURCE, name="stdin", published=published)
        return
    data = first + stream.read(MAX_FILE_BYTES + 1 - len(first))
    yield from read_bytes(data, SOURCE, published=published)  # id: a hash of the text


def _is_json_object(line: bytes) -> bool:
    try:
        return isinstance(json.loads(line), dict)
    except ValueError:
        return False
    except RecursionError:  # nested too deeply: read as JSON Lines, which reports the line
        return line.lstrip().startswith(b"{")
