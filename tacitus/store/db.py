"""Opening a store file: SQLite in WAL mode, so readers (the web explorer) never
block the writer, and every article is written in one transaction.

A file is written to only when it is empty or a Tacitus store: a foreign SQLite
database is refused before anything (not even its journal mode) is changed, and so is
a store written by a newer Tacitus."""
from __future__ import annotations

import sqlite3
import urllib.parse
from contextlib import contextmanager
from pathlib import Path
from typing import Iterator

from tacitus.errors import TacitusError
from tacitus.store import schema

# Tables every Tacitus store has had since its first schema version.
OWN_TABLES = {"articles", "events", "merged_events", "ingest_runs", "errors"}


class StoreError(TacitusError):
    """A store that cannot be opened or used; the message names the file."""


def uri(path: Path, readonly: bool) -> str:
    """The file: URI of `path`, escaped: a '#', '?' or '%' in a file name is part of the
    name, not of the URI ("we#ird.db" must not open "we")."""
    quoted = urllib.parse.quote(str(path.absolute()), safe="/")
    return f"file:{quoted}?mode={'ro' if readonly else 'rwc'}"


def connect(path: str | Path, readonly: bool = False) -> sqlite3.Connection:
    path = Path(path)
    try:
        if readonly:
            if not path.exists():
                raise StoreError(f"{path}: no such store (run `tacitus ingest ... --db {path}` first)")
        elif path.parent and not path.parent.exists():
            raise StoreError(f"{path}: directory {path.parent} does not exist")
        if path.is_dir():
            raise StoreError(f"{path}: is a directory, not a store file")
        conn = sqlite3.connect(uri(path, readonly), uri=True, isolation_level=None, check_same_thread=False)
        conn.row_factory = sqlite3.Row
        conn.execute("PRAGMA busy_timeout = 30000")
        conn.execute("PRAGMA foreign_keys = ON")
        check_own(conn, path, empty_ok=not readonly)
        if not readonly:
            conn.execute("PRAGMA journal_mode = WAL")
            conn.execute("PRAGMA synchronous = NORMAL")  # durable at each commit under WAL, minus power loss
            schema.migrate(conn)
        return conn
    except sqlite3.DatabaseError as exc:
        raise StoreError(f"{path}: not a usable Tacitus store ({exc})") from None
    except UnicodeDecodeError as exc:
        if not is_sqlite_message(exc):
            raise
        raise StoreError(f"{path}: not a usable Tacitus store ({sqlite_message(exc)})") from None


def is_sqlite_message(exc: UnicodeDecodeError) -> bool:
    """Whether this is SQLite's error about a damaged file that Python could not decode:
    the message quotes the file's garbage bytes ("malformed database schema (...\xa5...)")."""
    return isinstance(exc.object, bytes) and (b"malformed" in exc.object or b"database" in exc.object)


def sqlite_message(exc: UnicodeDecodeError) -> str:
    return exc.object.decode("utf-8", "backslashreplace")


def check_own(conn: sqlite3.Connection, path: Path, empty_ok: bool) -> None:
    """Refuse a database that is not a Tacitus store this version can use (StoreError)."""
    version = conn.execute("PRAGMA user_version").fetchone()[0]
    tables = {r[0] for r in conn.execute("SELECT name FROM sqlite_master WHERE type = 'table'")}
    if version > schema.VERSION:
        raise StoreError(f"{path}: written by a newer Tacitus (store schema {version}, this version reads up "
                         f"to {schema.VERSION}): upgrade Tacitus to use it")
    if version == 0 and not tables:
        if empty_ok:
            return
        raise StoreError(f"{path}: not a Tacitus store (an empty database)")
    if version == 0 or not OWN_TABLES <= tables:
        raise StoreError(f"{path}: not a Tacitus store (an SQLite database of something else); "
                         f"it is left untouched")


def damaged(path: Path | str, exc: sqlite3.Error | UnicodeDecodeError) -> StoreError:
    """The one-line error for a store that fails while being read or written."""
    text = sqlite_message(exc) if isinstance(exc, UnicodeDecodeError) else str(exc)
    if isinstance(exc, sqlite3.OperationalError) and ("full" in text or "disk I/O" in text):
        return StoreError(f"{path}: cannot write the store ({text})")
    if isinstance(exc, sqlite3.OperationalError) and "locked" in text:
        return StoreError(f"{path}: the store is locked by another process ({text})")
    return StoreError(f"{path}: the store is damaged or unreadable ({text}); restore it from a copy "
                      f"or ingest into a new store")


@contextmanager
def transaction(conn: sqlite3.Connection) -> Iterator[sqlite3.Connection]:
    """All or nothing: BEGIN IMMEDIATE takes the write lock up front, so two
    writers queue instead of failing half-way."""
    conn.execute("BEGIN IMMEDIATE")
    try:
        yield conn
    except BaseException:
        if conn.in_transaction:  # SQLite may have rolled back already (a full disk)
            conn.execute("ROLLBACK")
        raise
    conn.execute("COMMIT")
