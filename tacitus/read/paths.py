"""Expanding what the user names (files, directories, glob patterns, "-") into inputs to read."""
from __future__ import annotations

import glob
import os
from pathlib import Path
from typing import Iterable, Iterator

from tacitus.errors import ReadError

STDIN = "-"
# What a directory walk picks up; a file named explicitly is read whatever its name.
TEXT_SUFFIXES = {".txt", ".text"}
HTML_SUFFIXES = {".html", ".htm", ".xhtml"}
JSONL_SUFFIXES = {".jsonl", ".ndjson"}
JSON_SUFFIXES = {".json"}
CSV_SUFFIXES = {".csv"}
FEED_SUFFIXES = {".rss", ".atom", ".xml"}
ARTICLE_SUFFIXES = (TEXT_SUFFIXES | HTML_SUFFIXES | JSONL_SUFFIXES | JSON_SUFFIXES | CSV_SUFFIXES
                    | FEED_SUFFIXES)
_GLOB_CHARS = set("*?[")


def expand_paths(paths: Iterable[str | os.PathLike]) -> Iterator[Path | str | ReadError]:
    """Each input to read, in order: a file Path, STDIN ("-"), or a ReadError for a name
    that leads to nothing. Directories are walked recursively (sorted, hidden entries
    skipped) and lazily, so huge trees are not listed up front."""
    if isinstance(paths, (str, os.PathLike)):
        paths = [paths]
    for name in paths:
        name = os.fspath(name)
        path = Path(name)
        if name == STDIN:
            yield STDIN
        elif path.is_dir():
            found = False
            for file in walk(path):
                found = True
                yield file
            if not found:
                yield ReadError(name, "directory with no articles (looked for "
                                      + ", ".join(sorted(ARTICLE_SUFFIXES)) + " files)")
        elif path.exists():
            yield path
        elif _GLOB_CHARS & set(name):
            matches = sorted(glob.iglob(name, recursive=True))
            if not matches:
                yield ReadError(name, "no files match this pattern")
            else:
                yield from expand_paths(matches)
        else:
            yield ReadError(name, "no such file or directory")


def walk(directory: Path) -> Iterator[Path]:
    """Article files under `directory`, depth first in name order."""
    for root, dirs, files in os.walk(directory):
        dirs[:] = sorted(d for d in dirs if not d.startswith("."))
        for file in sorted(files):
            path = Path(root, file)
            if not file.startswith(".") and is_article_file(path):
                yield path


def is_article_file(path: Path) -> bool:
    """Whether a directory walk reads this file: a known suffix, or no suffix at all."""
    return path.suffix.lower() in ARTICLE_SUFFIXES or (path.suffix == "" and path.is_file())
