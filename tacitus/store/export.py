"""Exports of a store: JSON Lines, CSV, Parquet, PLOVER-style JSON and a GDELT-style table.

All of them stream events page by page, so a large store never sits in memory whole
(Parquet is written in row groups)."""
from __future__ import annotations

import csv
import json
from pathlib import Path
from typing import Any, Callable, Iterator, TextIO

from tacitus.store import cameo
from tacitus.store.api import Store

FORMATS = ("jsonl", "csv", "parquet", "plover", "gdelt")
PAGE = 500

FLAT_COLUMNS = ["id", "type", "mode", "cameo", "quad_class", "goldstein", "status", "date", "date_last",
                "actors", "actor_countries", "recipients", "recipient_countries", "place", "place_country",
                "lat", "lon", "killed", "killed_high", "injured", "injured_high", "n_reports", "article_ids",
                "trigger", "trigger_start", "trigger_end", "sentence"]

GDELT_COLUMNS = ["GlobalEventID", "Day", "Actor1Name", "Actor1CountryCode", "Actor1Type1Code",
                 "Actor2Name", "Actor2CountryCode", "Actor2Type1Code", "IsRootEvent", "EventCode",
                 "EventBaseCode", "EventRootCode", "QuadClass", "GoldsteinScale", "NumMentions", "NumSources",
                 "NumArticles", "ActionGeo_FullName", "ActionGeo_CountryCode", "ActionGeo_Lat", "ActionGeo_Long",
                 "SOURCEURL", "PLOVERType", "PLOVERMode", "Killed", "KilledHigh", "Injured", "InjuredHigh"]


def iter_events(store: Store, merged: bool = True, **filters) -> Iterator[dict]:
    offset = 0
    while True:
        page = store.events(merged=merged, limit=PAGE, offset=offset, **filters)
        yield from page
        if len(page) < PAGE:
            return
        offset += PAGE


def flat(event: dict) -> dict[str, Any]:
    """One CSV/Parquet row: lists joined with '; '."""
    return {c: "; ".join(map(str, event[c])) if isinstance(event[c], list) else event[c] for c in FLAT_COLUMNS}


def plover(store: Store, event: dict) -> dict[str, Any]:
    """An event with the field names of the PLOVER specification."""
    actors = [store.actor(i) for i in event["actor_ids"]]
    recipients = [store.actor(i) for i in event["recipient_ids"]]
    out: dict[str, Any] = {
        "id": f"tacitus-{event['id']}",
        "date": event["date"],
        "event": event["type"],
        "mode": event["mode"] or "",
        "context": ", ".join(event["contexts"]),
        "source": [{"actorText": a["name"], "code": a["country"] or "", "sector": a["sector"] or ""} for a in actors],
        "target": [{"actorText": a["name"], "code": a["country"] or "", "sector": a["sector"] or ""}
                   for a in recipients],
        "eventText": event["trigger"],
        "text": event["sentence"],
        "language": "en",
        "publication": event["article_ids"],
    }
    if event["place"]:
        out["eventLoc"] = {"name": event["place"], "country": event["place_country"],
                           "lat": event["lat"], "lon": event["lon"]}
    if event["killed"] is not None:
        out["dead"] = event["killed"]
    if event["injured"] is not None:
        out["injured"] = event["injured"]
    return out


def gdelt(store: Store, event: dict) -> dict[str, Any]:
    """A row shaped like a GDELT 2.0 event record (the columns a GDELT user looks for)."""
    code = event["cameo"]
    first = lambda ids: store.actor(ids[0]) if ids else None  # noqa: E731 - tiny local helper
    a1, a2 = first(event["actor_ids"]), first(event["recipient_ids"])
    url = None
    if event["article_ids"]:
        row = store.conn.execute("SELECT url FROM articles WHERE id = ?", (event["article_ids"][0],)).fetchone()
        url = row["url"] if row else None
    return {
        "GlobalEventID": event["id"], "Day": (event["date"] or "").replace("-", "") or None,
        "Actor1Name": a1["name"] if a1 else None, "Actor1CountryCode": a1["country"] if a1 else None,
        "Actor1Type1Code": a1["sector"] if a1 else None,
        "Actor2Name": a2["name"] if a2 else None, "Actor2CountryCode": a2["country"] if a2 else None,
        "Actor2Type1Code": a2["sector"] if a2 else None,
        "IsRootEvent": 1, "EventCode": code, "EventBaseCode": code[:3] if code else None,
        "EventRootCode": cameo.root(code), "QuadClass": event["quad_class"], "GoldsteinScale": event["goldstein"],
        "NumMentions": event["n_reports"], "NumSources": len(event["article_ids"]),
        "NumArticles": len(event["article_ids"]),
        "ActionGeo_FullName": event["place"], "ActionGeo_CountryCode": event["place_country"],
        "ActionGeo_Lat": event["lat"], "ActionGeo_Long": event["lon"], "SOURCEURL": url,
        "PLOVERType": event["type"], "PLOVERMode": event["mode"],
        # GDELT has no casualty fields: Tacitus adds its own after the GDELT ones
        "Killed": event["killed"], "KilledHigh": event["killed_high"],
        "Injured": event["injured"], "InjuredHigh": event["injured_high"],
    }


def export(store: Store, fmt: str, out: Path | str | TextIO, merged: bool = True, **filters) -> int:
    """Write the events matching `filters` in `fmt`; returns how many were written."""
    if fmt not in FORMATS:
        raise ValueError(f"unknown export format {fmt!r} (choose from {', '.join(FORMATS)})")
    events = iter_events(store, merged=merged, **filters)
    if fmt == "parquet":
        return _parquet(events, out)
    row: Callable[[dict], dict] = {"jsonl": lambda e: e, "csv": flat, "plover": lambda e: plover(store, e),
                                   "gdelt": lambda e: gdelt(store, e)}[fmt]
    close = isinstance(out, (str, Path))
    fh = open(out, "w", encoding="utf-8", newline="") if close else out
    n = 0
    try:
        if fmt in ("csv", "gdelt"):
            writer = csv.DictWriter(fh, fieldnames=FLAT_COLUMNS if fmt == "csv" else GDELT_COLUMNS,
                                    delimiter="," if fmt == "csv" else "\t")
            writer.writeheader()
            for e in events:
                writer.writerow(row(e))
                n += 1
        elif fmt == "plover":
            # one JSON array, written record by record
            fh.write("[\n")
            for e in events:
                fh.write((",\n" if n else "") + json.dumps(row(e), ensure_ascii=False))
                n += 1
            fh.write("\n]\n")
        else:
            for e in events:
                fh.write(json.dumps(row(e), ensure_ascii=False) + "\n")
                n += 1
    finally:
        if close:
            fh.close()
    return n


def _parquet(events: Iterator[dict], out: Path | str | TextIO) -> int:
    import pyarrow as pa
    import pyarrow.parquet as pq

    if not isinstance(out, (str, Path)):
        raise ValueError("parquet needs an output file (-o FILE)")
    schema = pa.schema([(c, pa.float64() if c in ("goldstein", "lat", "lon") else
                         pa.int64() if c in ("id", "quad_class", "killed", "killed_high", "injured", "injured_high",
                                             "n_reports", "trigger_start", "trigger_end") else pa.string())
                        for c in FLAT_COLUMNS])
    n = 0
    with pq.ParquetWriter(str(out), schema) as writer:
        batch: list[dict] = []
        for e in events:
            batch.append(flat(e))
            if len(batch) == PAGE:
                writer.write_table(pa.Table.from_pylist(batch, schema=schema))
                n, batch = n + len(batch), []
        if batch or n == 0:
            writer.write_table(pa.Table.from_pylist(batch, schema=schema))
            n += len(batch)
    return n
