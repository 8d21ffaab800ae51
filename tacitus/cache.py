"""A per-user cache of tables Tacitus derives from large files it reads (the Phoenix
dictionaries, the gazetteer's towns), so that each new process loads them in a
fraction of the time it takes to parse the sources.

Only derived data from files already on the machine goes here, never anything
fetched. The key holds each source's path, size and modification time and the
table's format version, so a changed source or a new Tacitus builds anew. The folder
is TACITUS_CACHE, else $XDG_CACHE_HOME/tacitus, else ~/.cache/tacitus; when it cannot
be written, the table is simply built each time.
"""
from __future__ import annotations

import hashlib
import os
import pickle
import tempfile
from pathlib import Path
from typing import Callable, Iterable, TypeVar

T = TypeVar("T")


def folder() -> Path:
    if os.environ.get("TACITUS_CACHE"):
        return Path(os.environ["TACITUS_CACHE"])
    base = os.environ.get("XDG_CACHE_HOME") or str(Path.home() / ".cache")
    return Path(base) / "tacitus"


def cached(name: str, version: int, sources: Iterable[str | Path], build: Callable[[], T]) -> T:
    """The table `build()` makes from `sources`, read from the cache when it is there."""
    parts = [name, str(version)]
    for source in sources:
        try:
            st = os.stat(source)
        except OSError:
            return build()  # a source that cannot be read: nothing to key on
        parts.append(f"{Path(source).resolve()}:{st.st_size}:{st.st_mtime_ns}")
    key = hashlib.sha1("\n".join(parts).encode()).hexdigest()[:16]
    path = folder() / f"{name}-{key}.pickle"
    try:
        with path.open("rb") as fh:
            return pickle.load(fh)
    except (OSError, EOFError, pickle.UnpicklingError, AttributeError, ImportError, TypeError):
        pass
    value = build()
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        with tempfile.NamedTemporaryFile(dir=path.parent, prefix=path.name, delete=False) as fh:
            pickle.dump(value, fh, protocol=pickle.HIGHEST_PROTOCOL)
        os.replace(fh.name, path)  # atomic: a concurrent reader sees the old file or the whole new one
        for old in path.parent.glob(f"{name}-*.pickle"):
            if old != path:
                old.unlink(missing_ok=True)  # a table of changed sources: never read again
    except OSError:
        pass
    return value
