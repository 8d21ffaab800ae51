"""Expanding what the user names (files, directories, glob patterns, "-") into inputs to read."""
from __future__ import annotations

import glob
import os
import stat
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
        name = os.fsdecode(os.fspath(name))
        path = Path(name)
        if name == STDIN:
            yield STDIN
        elif path.is_dir():
            found = False
            for file in walk(path):
                found = True
                yield file
            if not found:
                yield ReadError(display_name(name), "directory with no articles (looked for "
                                                    + ", ".join(sorted(ARTICLE_SUFFIXES)) + " files)")
        elif path.exists():
            other = special_kind(path)
            yield ReadError(display_name(name), f"{other}, not a regular file: not read") if other else path
        elif _GLOB_CHARS & set(name):
            matches = sorted(glob.iglob(name, recursive=True))
            if not matches:
                yield ReadError(display_name(name), "no files match this pattern")
            else:
                yield from expand_paths(matches)
        else:
            yield ReadError(display_name(name), "no such file or directory")


def display_name(name: str | os.PathLike) -> str:
    """A file name as it can be printed on one line and stored: bytes that are not UTF-8
    and control characters (a newline in a name) written as escapes."""
    text = os.fsdecode(name) if isinstance(name, (bytes, os.PathLike)) else name
    text = text.encode("utf-8", "surrogateescape").decode("utf-8", "backslashreplace")
    if any(ord(c) < 32 or ord(c) == 127 for c in text):
        text = "".join(repr(c)[1:-1] if ord(c) < 32 or ord(c) == 127 else c for c in text)
    return text


def special_kind(path: Path) -> str | None:
    """What a path that is not a regular file is ("a named pipe (FIFO)"), else None. Only
    regular files are read: a pipe or a device may never end, and would hang a run."""
    try:
        mode = path.stat().st_mode
    except OSError:
        return None  # reading it will report the problem
    if stat.S_ISREG(mode) or stat.S_ISDIR(mode):
        return None
    for test, kind in ((stat.S_ISFIFO, "a named pipe (FIFO)"), (stat.S_ISSOCK, "a socket"),
                       (stat.S_ISCHR, "a character device"), (stat.S_ISBLK, "a block device")):
        if test(mode):
            return kind
    return "a special file"


def walk(directory: Path) -> Iterator[Path | ReadError]:
    """Article files under `directory`, depth first in name order; a ReadError for an
    article-like name that is no regular file (a FIFO named news.txt)."""
    for root, dirs, files in os.walk(directory):
        dirs[:] = sorted(d for d in dirs if not d.startswith("."))
        for file in sorted(files):
            path = Path(root, file)
            if file.startswith(".") or not is_article_file(path):
                continue
            other = special_kind(path)
            yield ReadError(display_name(path), f"{other}, not a regular file: not read") if other else path


def is_article_file(path: Path) -> bool:
    """Whether a directory walk reads this file: a known suffix, or no suffix at all
    (a suffixless name only when it is a regular file, or a pipe or device to report)."""
    if path.suffix.lower() in ARTICLE_SUFFIXES:
        return True
    return path.suffix == "" and (path.is_file() or special_kind(path) is not None)
