"""How many items `iter_articles` will yield, counted without decoding or extracting
anything: for progress bars over large inputs."""
from __future__ import annotations

import csv
import os
import re
from pathlib import Path
from typing import Iterable

from tacitus.read.document import MAX_FILE_BYTES, kind_of
from tacitus.read.paths import STDIN, expand_paths
from tacitus.read.table import allow_long_fields

_FEED_ITEM = re.compile(rb"<(item|entry)[\s>]")


def count_articles(paths: Iterable[str | os.PathLike] | str) -> int | None:
    """Articles plus unreadable inputs in `paths` (records of JSON Lines/CSV, entries of
    feeds, one per other file); None with standard input, which can be read only once.
    An estimate where a record or entry turns out unreadable in several ways at once."""
    total = 0
    for item in expand_paths(paths):
        if item == STDIN:
            return None
        total += _count_file(item) if isinstance(item, Path) else 1
    return total


def _count_file(path) -> int:
    kind = kind_of(path.name)
    try:
        if kind == "jsonl":
            with path.open("rb") as stream:
                return max(1, sum(1 for line in stream if line.strip()))
        if kind == "csv":
            allow_long_fields()
            with path.open("r", encoding="utf-8", errors="replace", newline="") as stream:
                return max(1, sum(1 for _ in csv.reader(stream)) - 1)
        if kind == "feed" and path.stat().st_size <= MAX_FILE_BYTES:
            return max(1, len(_FEED_ITEM.findall(path.read_bytes())))
    except (OSError, csv.Error):
        return 1
    return 1
