"""The corpus store: many articles' Reports in one SQLite file (WAL, FTS5), actors
learned across the corpus, and reports of one real-world event merged into one event.

    from tacitus.store import Store
    store = Store.open("tacitus.db", readonly=True)
    store.events(actor="Putin", type="ASSAULT", date_from="2025-04-01")

Modules: schema (tables, migrations), db (connection), write (one Report's rows),
kb (actor knowledge base), merge (reports -> events), query (reads), ingest
(files -> store), export (jsonl, csv, parquet, PLOVER, GDELT-style), cli.
"""
from tacitus.store.api import Store
from tacitus.store.db import StoreError

__all__ = ["Store", "StoreError"]
