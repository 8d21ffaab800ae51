"""The one thing every route needs: the calling thread's read-only Store."""
from __future__ import annotations

import threading
from pathlib import Path

from fastapi import Request


class StoreHandle:
    """One read-only Store per server thread (SQLite objects are not
    meant to be shared between threads; WAL lets many readers run beside a writer)."""

    def __init__(self, db_path: str | Path) -> None:
        self.db_path = Path(db_path)
        self._local = threading.local()
        self.get()  # fail now, with the store's own message, if the file is not a store

    def get(self):
        store = getattr(self._local, "store", None)
        if store is None:
            from tacitus.store import Store

            store = self._local.store = Store.open(self.db_path, readonly=True)
        return store


def store_of(request: Request):
    """The calling thread's read-only Store."""
    return request.app.state.store.get()
