"""Opening a store file: SQLite in WAL mode, so readers (the web explorer) never
block the writer, and every article is written in one transaction."""
from __future__ import annotations

import sqlite3
from contextlib import contextmanager
from pathlib import Path
from typing import Iterator

from tacitus.errors import TacitusError
from tacitus.store import schema


class StoreError(TacitusError):
    """A store that cannot be opened or used; the message names the file."""


def connect(path: str | Path, readonly: bool = False) -> sqlite3.Connection:
    path = Path(path)
    try:
        if readonly:
            if not path.exists():
                raise StoreError(f"{path}: no such store (run `tacitus ingest ... --db {path}` first)")
            conn = sqlite3.connect(f"file:{path}?mode=ro", uri=True, isolation_level=None,
                                   check_same_thread=False)
        else:
            if path.parent and not path.parent.exists():
                raise StoreError(f"{path}: directory {path.parent} does not exist")
            conn = sqlite3.connect(str(path), isolation_level=None, check_same_thread=False)
        conn.row_factory = sqlite3.Row
        conn.execute("PRAGMA busy_timeout = 30000")
        conn.execute("PRAGMA foreign_keys = ON")
        if not readonly:
            conn.execute("PRAGMA journal_mode = WAL")
            conn.execute("PRAGMA synchronous = NORMAL")  # durable at each commit under WAL, minus power loss
            schema.migrate(conn)
        else:
            version = conn.execute("PRAGMA user_version").fetchone()[0]
            if version == 0:
                raise StoreError(f"{path}: not a Tacitus store")
        return conn
    except sqlite3.DatabaseError as exc:
        raise StoreError(f"{path}: not a usable Tacitus store ({exc})") from None


@contextmanager
def transaction(conn: sqlite3.Connection) -> Iterator[sqlite3.Connection]:
    """All or nothing: BEGIN IMMEDIATE takes the write lock up front, so two
    writers queue instead of failing half-way."""
    conn.execute("BEGIN IMMEDIATE")
    try:
        yield conn
    except BaseException:
        conn.execute("ROLLBACK")
        raise
    conn.execute("COMMIT")
