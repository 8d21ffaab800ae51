"""Exports of a store: JSON Lines, CSV, Parquet, PLOVER-style JSON and GDELT-style tables
(the event table, and the mentions table that holds each report's confidence).

All of them stream events page by page, so a large store never sits in memory whole
(Parquet is written in row groups)."""
from __future__ import annotations

import csv
import datetime as dt
import json
import os
import stat
import tempfile
from pathlib import Path
from typing import TYPE_CHECKING, Any, Callable, Iterator, Optional, TextIO
from urllib.parse import urlparse

from tacitus.errors import TacitusError
from tacitus.store import cameo

if TYPE_CHECKING:  # the Store calls this module (Store.export)
    from tacitus.store.api import Store

FORMATS = ("jsonl", "csv", "parquet", "plover", "gdelt", "gdelt-mentions")
PAGE = 500

FLAT_COLUMNS = ["id", "type", "mode", "cameo", "cameo_name", "quad_class", "goldstein", "status", "confidence",
                "date", "date_precision", "time_precision", "date_first", "date_last", "date_inferred", "date_mod", "actors", "actor_countries", "recipients", "recipient_countries", "place",
                "place_country", "lat", "lon", "killed", "killed_high", "injured", "injured_high", "n_reports",
                "article_ids", "source_urls", "source_titles", "source_outlets", "source_published",
                "trigger", "trigger_start", "trigger_end", "sentence"]
# per-source fields, flattened into one column each (lists joined with '; ')
SOURCE_COLUMNS = {"source_urls": "url", "source_titles": "title", "source_outlets": "outlet",
                  "source_published": "published"}

# The GDELT 2.0 event table, all 61 columns in their order (GDELT Event Codebook V2.0).
_ACTOR = ["Code", "Name", "CountryCode", "KnownGroupCode", "EthnicCode", "Religion1Code", "Religion2Code",
          "Type1Code", "Type2Code", "Type3Code"]
_GEO = ["Type", "FullName", "CountryCode", "ADM1Code", "ADM2Code", "Lat", "Long", "FeatureID"]
GDELT_COLUMNS = (["GlobalEventID", "Day", "MonthYear", "Year", "FractionDate"]
                 + [f"Actor1{c}" for c in _ACTOR] + [f"Actor2{c}" for c in _ACTOR]
                 + ["IsRootEvent", "EventCode", "EventBaseCode", "EventRootCode", "QuadClass", "GoldsteinScale",
                    "NumMentions", "NumSources", "NumArticles", "AvgTone"]
                 + [f"Actor1Geo_{c}" for c in _GEO] + [f"Actor2Geo_{c}" for c in _GEO]
                 + [f"ActionGeo_{c}" for c in _GEO] + ["DATEADDED", "SOURCEURL"])
# Tacitus's own columns after GDELT's 61 (a loader reading 61 columns by position still works)
GDELT_EXTRA_COLUMNS = ["PLOVERType", "PLOVERMode", "Killed", "KilledHigh", "Injured", "InjuredHigh",
                       "DatePrecision", "TimePrecision", "DateMod"]
# The GDELT 2.0 mentions table (one row per article reporting an event), all 16 columns in
# their order: the format's place for a confidence (`Confidence`, a percentage), which the
# event table has none of.
GDELT_MENTION_COLUMNS = ["GlobalEventID", "EventTimeDate", "MentionTimeDate", "MentionType", "MentionSourceName",
                         "MentionIdentifier", "SentenceID", "Actor1CharOffset", "Actor2CharOffset",
                         "ActionCharOffset", "InRawText", "Confidence", "MentionDocLen", "MentionDocTone",
                         "MentionDocTranslationInfo", "Extras"]


def iter_events(store: Store, merged: bool = True, **filters) -> Iterator[dict]:
    offset = 0
    while True:
        page = store.events(merged=merged, limit=PAGE, offset=offset, **filters)
        yield from page
        if len(page) < PAGE:
            return
        offset += PAGE


def flat(event: dict) -> dict[str, Any]:
    """One CSV/Parquet row: lists joined with '; ', one column per source field."""
    values = dict(event)
    for column, field in SOURCE_COLUMNS.items():
        values[column] = [s[field] or "" for s in event["sources"]]
    return {c: "; ".join(map(str, values[c])) if isinstance(values[c], list) else values[c] for c in FLAT_COLUMNS}


def _plover_actor(actor: dict) -> dict[str, Any]:
    return {"actor_text": actor["name"], "code": actor["country"] or "", "sector": actor["sector"] or ""}


def plover(store: Store, event: dict) -> dict[str, Any]:
    """An event as a PLOVER JSON record (field names of the PLOVER specification's JSON table:
    `source`/`recipient` actor objects, `event_loc` with geonames field names, `cite_info`)."""
    actors = [store.actor(i) for i in event["actor_ids"]]
    recipients = [store.actor(i) for i in event["recipient_ids"]]
    out: dict[str, Any] = {
        "id": f"tacitus-{event['id']}",
        "date": event["date"],
        "enddate": event["date_last"] if event["date_precision"] == "day" and event["date_last"] != event["date"]
        else None,
        "date_precision": event["date_precision"],  # day, week, month, ..., year: "date" is written at it
        "time_precision": event["time_precision"],  # ACLED's code: 1 day, 2 week, 3 month or coarser
        "date_mod": event["date_mod"],  # TIMEX3 START | MID | END ("late 2025"); absent when none
        "source": [_plover_actor(a) for a in actors],
        "recipient": [_plover_actor(a) for a in recipients],
        "event": [event["type"]],
        "confidence": event["confidence"],  # Tacitus's, 0-1 (the specification has no such field)
        "mode": event["mode"] or "",
        "context": event["contexts"],
        "event_text": [event["trigger"]] if event["trigger"] else [],
        "quad_code": event["quad_class"],
        "event_scale": event["goldstein"],
        "text": event["sentence"],
        "text_info": {"start": event["sentence_start"], "end": event["sentence_end"]},
        # the specification has one citation object; a merged event has one per report
        "cite_info": [{"corpus": "tacitus", "citation": f"article {s['article_id']}", "url": s["url"],
                       "title": s["title"], "publication": s["outlet"], "date": s["published"],
                       "language": "en"} for s in event["sources"]],
        "coder": "Tacitus",
    }
    if event["place"]:
        out["event_loc"] = {"name": event["place"], "cc3": event["place_country"],
                            "latitude": event["lat"], "longitude": event["lon"]}
    if event["killed"] is not None:
        out["dead"] = event["killed"]
    if event["injured"] is not None:
        out["injured"] = event["injured"]
    return {k: v for k, v in out.items() if v is not None}


def _gdelt_day(value: Optional[str]) -> dict[str, Any]:
    """Day, MonthYear, Year and FractionDate of an ISO date (its first day when coarser)."""
    if not value or not value[:4].isdigit():
        return {"Day": None, "MonthYear": None, "Year": None, "FractionDate": None}
    year = int(value[:4])
    month = int(value[5:7]) if len(value) >= 7 and value[5:7].isdigit() else 1
    day = int(value[8:10]) if len(value) >= 10 and value[8:10].isdigit() else 1
    try:
        when = dt.date(year, month, day)
    except ValueError:
        return {"Day": None, "MonthYear": None, "Year": year, "FractionDate": None}
    # GDELT's FractionDate: the year plus the share of it gone by on that day
    fraction = round(year + (when.timetuple().tm_yday - 1) / 365.0, 4)
    return {"Day": when.strftime("%Y%m%d"), "MonthYear": when.strftime("%Y%m"), "Year": year,
            "FractionDate": fraction}


def _gdelt_added(value: Optional[str]) -> Optional[str]:
    """DATEADDED as YYYYMMDDHHMMSS (UTC) from the store's ingest time."""
    digits = "".join(c for c in (value or "") if c.isdigit())
    return digits[:14].ljust(14, "0") if len(digits) >= 8 else None


def gdelt(store: Store, event: dict) -> dict[str, Any]:
    """A row of the GDELT 2.0 event table (61 columns). Country codes are ISO 3166 alpha-3,
    as Tacitus gives them everywhere (GDELT's geography columns use FIPS codes)."""
    code = event["cameo"]
    first = lambda ids: store.actor(ids[0]) if ids else None  # noqa: E731 - tiny local helper
    row: dict[str, Any] = dict.fromkeys(GDELT_COLUMNS + GDELT_EXTRA_COLUMNS)
    row.update(_gdelt_day(event["date_first"]))  # as ACLED does: the first day, with its precision
    for n, actor in ((1, first(event["actor_ids"])), (2, first(event["recipient_ids"]))):
        if actor:
            row[f"Actor{n}Code"] = (actor["country"] or "") + (actor["sector"] or "") or None
            row[f"Actor{n}Name"] = actor["name"]
            row[f"Actor{n}CountryCode"] = actor["country"]
            row[f"Actor{n}Type1Code"] = actor["sector"]
    sources = event["sources"]
    row.update({
        "GlobalEventID": event["id"], "IsRootEvent": 1, "EventCode": code,
        "EventBaseCode": code[:3] if code else None, "EventRootCode": cameo.root(code),
        "QuadClass": event["quad_class"], "GoldsteinScale": event["goldstein"],
        "NumMentions": event["n_reports"], "NumSources": len({s["outlet"] or s["url"] for s in sources}),
        "NumArticles": len(event["article_ids"]),
        "DATEADDED": _gdelt_added(min((s["added"] for s in sources if s["added"]), default=None)),
        "SOURCEURL": sources[0]["url"] if sources else None,
        "PLOVERType": event["type"], "PLOVERMode": event["mode"],
        "DatePrecision": event["date_precision"], "TimePrecision": event["time_precision"],
        "DateMod": event["date_mod"],  # TIMEX3 START | MID | END: which part of the period
        # GDELT has no casualty fields: Tacitus adds its own after the GDELT ones
        "Killed": event["killed"], "KilledHigh": event["killed_high"],
        "Injured": event["injured"], "InjuredHigh": event["injured_high"],
    })
    if event["place"]:
        # GDELT's geography type: 1 country, 4 city or landmark
        row.update({"ActionGeo_Type": 1 if event["place_is_country"] else 4,
                    "ActionGeo_FullName": event["place"], "ActionGeo_CountryCode": event["place_country"],
                    "ActionGeo_Lat": event["lat"], "ActionGeo_Long": event["lon"]})
    return row


def gdelt_mentions(store: Store, event: dict, spans: Callable[[int], dict]) -> list[dict[str, Any]]:
    """The rows of the GDELT 2.0 mentions table for an event: one per report, with its
    confidence as GDELT gives it (a whole percentage) and the character offsets of its first
    actor, first recipient and trigger in the article text (-1 when there is none, as in
    GDELT). `spans(article_id)` maps an article's event local ids to their actor spans."""
    marks = ",".join("?" * len(event["event_ids"]))
    reports = store.conn.execute(
        f"SELECT e.id, e.local_id, e.article_id, e.trigger_start, e.confidence, a.url, a.source, a.outlet, "
        f"a.ingested_at, length(a.text) AS doc_len FROM events e JOIN articles a ON a.id = e.article_id "
        f"WHERE e.id IN ({marks}) ORDER BY a.published IS NULL, a.published, e.id", event["event_ids"]).fetchall()
    first_added = _gdelt_added(min((s["added"] for s in event["sources"] if s["added"]), default=None))
    rows = []
    for r in reports:
        actor, recipient = spans(r["article_id"]).get(r["local_id"], (-1, -1))
        url = r["url"] or r["source"]
        web = bool(url) and url.startswith(("http://", "https://"))
        rows.append({**dict.fromkeys(GDELT_MENTION_COLUMNS), **{
            "GlobalEventID": event["id"], "EventTimeDate": first_added,
            "MentionTimeDate": _gdelt_added(r["ingested_at"]),
            "MentionType": 1 if web else None,  # GDELT's 1 is the open web; a local file has no GDELT type
            "MentionSourceName": r["outlet"] or (urlparse(url).hostname if web else None), "MentionIdentifier": url,
            "Actor1CharOffset": actor, "Actor2CharOffset": recipient,
            "ActionCharOffset": -1 if r["trigger_start"] is None else r["trigger_start"],
            "Confidence": None if r["confidence"] is None else round(r["confidence"] * 100),
            "MentionDocLen": r["doc_len"],
        }})
    return rows


def _actor_offsets(store: Store) -> Callable[[int], dict]:
    """article row id -> {event local id: (first actor start, first recipient start)}, read
    from the stored Report (the store keeps no actor span per event), a few articles cached."""
    from functools import lru_cache

    @lru_cache(maxsize=64)
    def offsets(article_id: int) -> dict:
        row = store.conn.execute("SELECT report_json FROM articles WHERE id = ?", (article_id,)).fetchone()
        try:
            events = (json.loads(row["report_json"]).get("events") or []) if row else []
        except (ValueError, AttributeError):  # a damaged Report: no actor offsets, the rows still written
            return {}
        first = lambda spans: spans[0]["start"] if spans else -1  # noqa: E731 - tiny local helper
        return {e.get("id"): (first(e.get("actor_spans")), first(e.get("recipient_spans"))) for e in events}

    return offsets


def export(store: Store, fmt: str, out: Path | str | TextIO, merged: bool = True, **filters) -> int:
    """Write the events matching `filters` in `fmt`; returns how many were written."""
    if fmt not in FORMATS:
        raise ValueError(f"unknown export format {fmt!r} (choose from {', '.join(FORMATS)})")
    events = iter_events(store, merged=merged, **filters)
    if fmt == "parquet":
        return _parquet(events, out)
    spans = _actor_offsets(store)
    # each event's rows: one, or for the mentions table one per report
    rows: Callable[[dict], list[dict]] = {
        "jsonl": lambda e: [e], "csv": lambda e: [flat(e)], "plover": lambda e: [plover(store, e)],
        "gdelt": lambda e: [gdelt(store, e)], "gdelt-mentions": lambda e: gdelt_mentions(store, e, spans)}[fmt]
    close = isinstance(out, (str, Path))
    fh = open(out, "w", encoding="utf-8", newline="") if close else out
    n = 0
    try:
        if fmt in ("csv", "gdelt", "gdelt-mentions"):
            columns = {"csv": FLAT_COLUMNS, "gdelt": GDELT_COLUMNS + GDELT_EXTRA_COLUMNS,
                       "gdelt-mentions": GDELT_MENTION_COLUMNS}[fmt]
            writer = csv.DictWriter(fh, fieldnames=columns, delimiter="," if fmt == "csv" else "\t")
            writer.writeheader()
            for e in events:
                writer.writerows(rows(e))
                n += 1
        elif fmt == "plover":
            # one JSON array, written record by record
            fh.write("[\n")
            for e in events:
                fh.write((",\n" if n else "") + json.dumps(rows(e)[0], ensure_ascii=False))
                n += 1
            fh.write("\n]\n")
        else:
            for e in events:
                fh.write(json.dumps(rows(e)[0], ensure_ascii=False) + "\n")
                n += 1
    finally:
        if close:
            fh.close()
    return n


class ExportError(TacitusError):
    """An output an export cannot or must not write; the message names it."""


def export_to_file(store: Store, fmt: str, output: str | Path, force: bool = False, merged: bool = True,
                   **filters) -> int:
    """`export` into the file `output`, never losing data: the store itself (or its -wal and
    -shm files) is refused, an existing file is replaced only with `force`, and the events
    are written to a temporary file beside it that is renamed over it only once complete,
    so a failure (a full disk) leaves whatever was there. A pipe or device (/dev/stdout)
    is written to directly."""
    target = Path(output)
    _refuse_store(store, target)
    try:
        mode = target.stat().st_mode
    except FileNotFoundError:
        mode = None
    except OSError as exc:
        raise ExportError(f"-o {output}: {exc.strerror or exc}") from None
    if mode is not None and stat.S_ISDIR(mode):
        raise ExportError(f"-o {output}: is a directory; name a file")
    if mode is not None and not stat.S_ISREG(mode):
        return _write(lambda: export(store, fmt, str(target), merged=merged, **filters), output)
    if mode is not None and not force:
        raise ExportError(f"-o {output}: the file exists; add --force to replace it")
    folder = target.absolute().parent
    if not folder.is_dir():
        raise ExportError(f"-o {output}: directory {folder} does not exist")
    try:
        handle, temporary = tempfile.mkstemp(prefix=f".{target.name}.", suffix=".part", dir=folder)
    except OSError as exc:
        raise ExportError(f"-o {output}: cannot write in {folder} ({exc.strerror or exc})") from None
    os.close(handle)
    try:
        n = _write(lambda: export(store, fmt, temporary, merged=merged, **filters), output)
        os.replace(temporary, target)
    except BaseException:
        Path(temporary).unlink(missing_ok=True)
        raise
    return n


def _write(write: Callable[[], int], output) -> int:
    try:
        return write()
    except OSError as exc:
        raise ExportError(f"-o {output}: cannot write ({exc.strerror or exc})") from None


def _refuse_store(store: Store, target: Path) -> None:
    """Refuse to write over the store file or its -wal/-shm files, by any name (a link)."""
    own = [Path(str(store.path) + suffix) for suffix in ("", "-wal", "-shm", "-journal")]
    for path in own:
        same = target.absolute() == path.absolute() or target.resolve() == path.resolve()
        try:
            same = same or (target.exists() and path.exists() and os.path.samefile(target, path))
        except OSError:
            pass
        if same:
            raise ExportError(f"-o {target}: that is the store itself ({path.name}); name another file")


def _parquet(events: Iterator[dict], out: Path | str | TextIO) -> int:
    from tacitus.extras import require

    require("parquet", "--format parquet")
    import pyarrow as pa
    import pyarrow.parquet as pq

    if not isinstance(out, (str, Path)):
        raise ValueError("parquet needs an output file (-o FILE)")
    schema = pa.schema([(c, pa.float64() if c in ("goldstein", "lat", "lon", "confidence") else
                         pa.bool_() if c == "date_inferred" else
                         pa.int64() if c in ("id", "quad_class", "killed", "killed_high", "injured", "injured_high",
                                             "n_reports", "trigger_start", "trigger_end", "time_precision")
                         else pa.string())
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
