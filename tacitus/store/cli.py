"""Store commands: ingest, events, quotes, actors, timeline, errors, merge, export."""
from __future__ import annotations

import csv
import json
import sqlite3
import sys
from contextlib import contextmanager
from pathlib import Path

import click

from tacitus.cli_types import DATE_OR_PERIOD, FILTER_TEXT, ISO_DATE, config_options
from tacitus.errors import TacitusError
from tacitus.store.dates import label
from tacitus.store.filters import EVENTS, QUOTES, unset

DEFAULT_DB = "tacitus.db"
MAX_WINDOW_DAYS = 36_500  # a merge window of a century is already no window; more overflows dates


def _fail(message: str) -> None:
    click.echo(f"tacitus: {message}", err=True)
    sys.exit(1)


def _open(db: str, readonly: bool = True):
    from tacitus.store import Store

    try:
        return Store.open(db, readonly=readonly)
    except TacitusError as exc:
        _fail(str(exc))


@contextmanager
def _store_errors(db: str):
    """A store that fails while read or written (damaged, a full disk): one line, no traceback."""
    from tacitus.store.db import damaged, is_sqlite_message

    try:
        yield
    except sqlite3.Error as exc:
        _fail(str(damaged(db, exc)))
    except UnicodeDecodeError as exc:  # SQLite's message quoting a damaged file's bytes
        if not is_sqlite_message(exc):
            raise
        _fail(str(damaged(db, exc)))


def _db_option(f):
    return click.option("--db", default=DEFAULT_DB, show_default=True, help="The store file.")(f)


def _format_option(f):
    return click.option("--format", "fmt", type=click.Choice(["table", "json", "csv"]), default="table",
                        show_default=True)(f)


MAX_ROWS = 1_000_000


def _page_options(f):
    f = click.option("--limit", type=click.IntRange(1, MAX_ROWS), default=50, show_default=True,
                     help="Rows to show.")(f)
    f = click.option("--offset", type=click.IntRange(0, 2**62), default=0, help="Rows to skip.")(f)
    return click.option("--all", "show_all", is_flag=True, help="Every matching row (no --limit).")(f)


def _order_option(f):
    return click.option("--oldest-first", is_flag=True, help="Oldest first (default: newest first).")(f)


def _check_actors(store, **named) -> None:
    """A name that matches no actor is a mistake a script should notice (exit 1), not an empty table."""
    for option, value in named.items():
        if value and not store.actor_matches(value):
            _fail(f"{option} {value!r}: no actor matches (see `tacitus actors --search`)")


def _shown(n_rows: int, total: int, offset: int, what: str) -> None:
    """Say when a table is a page of a longer result, or empty, so nothing is hidden silently."""
    if total == 0:
        click.echo(f"tacitus: no {what} match", err=True)
    elif n_rows == 0:
        click.echo(f"tacitus: --offset {offset} is past the last of {total} {what}", err=True)
    elif n_rows < total:
        click.echo(f"tacitus: showing {offset + 1}-{offset + n_rows} of {total} {what} "
                   f"(--limit N, --offset N or --all for more)", err=True)


class FilterValue(click.ParamType):
    """A filter's value, checked by the filter itself (tacitus.store.filters)."""

    def __init__(self, filter) -> None:
        self.filter = filter
        self.name = {"period": DATE_OR_PERIOD.name, "share": "0-1"}.get(filter.kind, "TEXT")

    def convert(self, value, param, ctx):
        try:
            return self.filter.clean(value)
        except ValueError as exc:
            self.fail(str(exc), param, ctx)


def filter_options(filters):
    """A decorator adding one option for each filter declared in `filters` (events or quotes):
    the command gets each as a keyword of the filter's name, already checked."""
    def decorate(f):
        for flt in reversed(filters.filters):
            if flt.kind == "flag":
                f = click.option(flt.cli_option, flt.name, is_flag=True, default=None, help=flt.help)(f)
            else:
                f = click.option(flt.cli_option, flt.name, type=FilterValue(flt), default=None, help=flt.help)(f)
        return f
    return decorate


_event_filters = filter_options(EVENTS)
_quote_filters = filter_options(QUOTES)


def _filters(kw: dict, filters=EVENTS) -> dict:
    """The filters among a command's arguments (those given)."""
    return {k: v for k, v in filters.pick(kw).items() if not unset(v)}


_MOD_OF_DATE = {"date_mod": "date", "mod": "day"}  # the column of a date's TIMEX3 mod, and the date's


def _emit(rows: list[dict], fmt: str, columns: list[str], title: str) -> None:
    if fmt == "json":
        click.echo(json.dumps(rows, ensure_ascii=False, indent=2))
        return
    cells = [{c: "; ".join(map(str, r.get(c) or [])) if isinstance(r.get(c), list) else r.get(c) for c in columns}
             for r in rows]
    for mod, date in _MOD_OF_DATE.items():  # a table reads "2025-12 (END)"; CSV and JSON keep the column
        if fmt == "table" and mod in columns:
            cells = [{**r, date: label(r[date], r.pop(mod))} for r in cells]
            columns = [c for c in columns if c != mod]
    if fmt == "table":
        cells = [{c: _short(v, 400 if c == "why" else 70) for c, v in r.items()} for r in cells]
    if fmt == "csv":
        writer = csv.DictWriter(sys.stdout, fieldnames=columns)
        writer.writeheader()
        writer.writerows(cells)
        return
    from rich.console import Console
    from rich.table import Table

    table = Table(title=title)
    for c in columns:
        table.add_column(c)
    for r in cells:
        table.add_row(*("" if r[c] is None else str(r[c]) for c in columns))
    console = Console()
    if not console.is_terminal:
        console = Console(width=160)  # piped: wide rows rather than one word a line
    console.print(table)


def _short(value, limit: int = 70):
    text = "" if value is None else str(value).replace("\n", " ")
    return text if len(text) <= limit else text[: limit - 1] + "…"


@click.command()
@config_options
@click.argument("paths", nargs=-1, required=True)
@_db_option
@click.option("--workers", type=click.IntRange(1, 1024), default=1, show_default=True,
              help="Worker processes on this machine.")
@click.option("--cluster", default=None, metavar="tcp://HOST:8786|local:N", help="Extract on a Dask cluster.")
@click.option("--model", default=None, metavar="NAME_OR_PATH", help="An installed spaCy pipeline.")
@click.option("--published", type=ISO_DATE, help="Publication date: sets or overrides the articles' own.")
@click.option("--actors", "actors_file", type=click.Path(), default=None,
              help="YAML file of actors to add or correct (see docs/store.md).")
@click.option("--merge-window", type=click.IntRange(0, MAX_WINDOW_DAYS), default=None,
              help="Days apart two reports of one event may be (default 2; regroups the store when changed).")
@click.option("--no-progress", is_flag=True, help="No progress bar.")
@click.option("--contact", default=None, metavar="EMAIL_OR_URL",
              help="For URLs: how site owners reach you, sent in the User-Agent (or $TACITUS_CONTACT).")
def ingest(paths, db, workers, cluster, model, published, actors_file, merge_window, no_progress, contact):
    """Extract articles (files, directories, globs, JSONL, feeds, http(s) URLs of pages or
    feeds) into a store; resumable."""
    from tacitus.fetch.limits import Limits

    store = _open(db, readonly=False)
    _signals_interrupt()
    try:
        with _store_errors(db):
            if actors_file:
                try:
                    n = store.apply_actors_file(actors_file)
                except UnicodeDecodeError:
                    _fail(f"--actors {actors_file}: not UTF-8 text")
                click.echo(f"tacitus: applied {n} actors from {actors_file}", err=True)
            if merge_window is not None and store.merge_window() != merge_window:
                store.remerge(merge_window)
            limits = Limits(contact=contact) if contact else None
            result = store.ingest(list(paths), workers=workers, cluster=cluster, model=model,
                                  published=published, progress=not no_progress, limits=limits)
    except (TacitusError, ValueError) as exc:
        _fail(str(exc))
    c = result.counts
    rate = result.processed / result.seconds if result.seconds else 0.0
    click.echo(f"tacitus: {c['added']} added, {c['replaced']} replaced, {c['unchanged']} unchanged, "
               f"{c['failed']} failed in {result.seconds:.1f}s ({rate:.1f} articles/s) -> {db}", err=True)
    if c["failed"]:
        click.echo(f"tacitus: see `tacitus errors --db {db}`", err=True)
    if result.interrupted:
        click.echo("tacitus: interrupted; run the same command again to resume", err=True)
        sys.exit(130)
    if not (c["added"] or c["replaced"] or c["unchanged"]):  # as `extract`: nothing could be read
        _fail(f"no article could be read ({c['failed']} input{'s' if c['failed'] != 1 else ''} skipped)")


def _signals_interrupt() -> None:
    """A run stopped by a signal (kill, a closed terminal) ends like Ctrl-C: recorded as
    interrupted, resumable. (SIGKILL cannot be caught: `tacitus runs` shows that run as
    interrupted once its process is gone.)"""
    import signal

    def interrupt(signum, frame):
        raise KeyboardInterrupt

    for name in ("SIGTERM", "SIGHUP"):
        if hasattr(signal, name):
            signal.signal(getattr(signal, name), interrupt)


@click.command()
@_db_option
@_event_filters
@click.option("--per-report", is_flag=True, help="One row per article's report, not per merged event.")
@click.option("--explain", is_flag=True, help="Say why the reports of each merged event were merged.")
@_format_option
@_page_options
@_order_option
def events(db, per_report, explain, fmt, limit, offset, show_all, oldest_first, **kw):
    """Events (merged across articles), filtered; newest first."""
    store = _open(db)
    with _store_errors(db):
        _check_actors(store, **{"--actor": kw["actor"], "--recipient": kw["recipient"]})
        total = store.count_events(merged=not per_report, **_filters(kw))
        rows = store.events(merged=not per_report, limit=total if show_all else limit, offset=offset,
                            newest_first=not oldest_first, **_filters(kw))
        columns = ["id", "date", "date_precision", "date_mod", "type", "mode", "actors", "recipients", "place", "killed", "injured",
                   "status", "confidence", "n_reports", "trigger"]
        if explain and not per_report:
            for row in rows:
                row["why"] = [f"reports {p['events'][0]}+{p['events'][1]}: {', '.join(p['reasons'])}"
                              for p in store.explain(row["id"])]
            columns.append("why")
        _emit(rows, fmt, columns, f"Events ({total})")
        _shown(len(rows), total, offset, "events")


@click.command()
@_db_option
@_quote_filters
@_format_option
@_page_options
@_order_option
def quotes(db, fmt, limit, offset, show_all, oldest_first, **kw):
    """Quotes with their speakers, filtered; newest first."""
    store = _open(db)
    with _store_errors(db):
        filters = _filters(kw, QUOTES)
        total = store.count_quotes(**filters)
        rows = store.quotes(limit=total if show_all else limit, offset=offset, newest_first=not oldest_first,
                            **filters)
        _emit(rows, fmt, ["id", "date", "date_precision", "date_mod", "speaker", "kind", "act", "text", "channel", "via"],
              f"Quotes ({total})")
        _shown(len(rows), total, offset, "quotes")


@click.command()
@_db_option
@click.option("--search", type=FILTER_TEXT, help="name or alias (part of it)")
@click.option("--merge", nargs=2, metavar="KEEP OTHER", default=None,
              help="Make OTHER (name, alias or id) the same actor as KEEP, for good.")
@click.option("--split", nargs=2, metavar="ACTOR NAME", default=None,
              help="The articles where ACTOR went by NAME become a separate actor NAME.")
@_format_option
@_page_options
def actors(db, search, merge, split, fmt, limit, offset, show_all):
    """Actors learned across the corpus: names, aliases, country, sector, roles (most seen first)."""
    if merge or split:
        _correct_actors(db, merge, split)
        return
    store = _open(db)
    with _store_errors(db):
        rows = store.actors(q=search, limit=MAX_ROWS if show_all else limit, offset=offset)
    for r in rows:
        r["roles"] = [f"{x['role']} ({x['first_seen'] or '?'}..{x['last_seen'] or '?'})" for x in r["roles"]]
        r["merged"] = [f"{x['name']} ({x['reason']})" for x in r.pop("merges")]
    _emit(rows, fmt, ["id", "name", "country", "sector", "aliases", "roles", "merged", "n_articles", "n_events",
                      "n_quotes"], "Actors")


def _correct_actors(db: str, merge, split) -> None:
    """--merge / --split: the user's corrections of the knowledge base, all or nothing."""
    store = _open(db, readonly=False)
    try:
        done = store.correct_actors(merge=merge, split=split)
    except ValueError as exc:
        _fail(str(exc))
    if merge:
        click.echo(f"tacitus: {merge[1]!r} merged into {merge[0]!r} (actor {done['kept']})", err=True)
    if split:
        click.echo(f"tacitus: {split[1]!r} is now actor {done['split_to']}, apart from actor "
                   f"{done['split_from']}", err=True)


@click.command()
@click.argument("actor", type=FILTER_TEXT)
@_db_option
@_format_option
@click.option("--limit", type=click.IntRange(1, MAX_ROWS), default=200, show_default=True)
def timeline(actor, db, fmt, limit):
    """What ACTOR (name or id) did, suffered and said, in date order."""
    store = _open(db)
    with _store_errors(db):
        _check_actors(store, actor=actor)
        rows = store.timeline(actor, limit=limit)
    _emit(rows, fmt, ["day", "precision", "mod", "what", "role", "type", "others", "text"], f"Timeline: {actor}")


@click.command()
@_db_option
@_format_option
def errors(db, fmt):
    """Inputs that could not be read or extracted, with the reason."""
    store = _open(db)
    with _store_errors(db):
        rows = store.errors()
    _emit(rows, fmt, ["source", "reason", "at"], "Errors")


@click.command()
@_db_option
@_format_option
def runs(db, fmt):
    """Ingest runs: running, done, interrupted (Ctrl-C, a signal, a killed process) or failed."""
    store = _open(db)
    with _store_errors(db):
        rows = store.runs()
    _emit(rows, fmt, ["id", "started", "finished", "status", "added", "replaced", "unchanged", "failed",
                      "paths"], "Ingest runs")


@click.command()
@_db_option
@click.option("--window", type=click.IntRange(0, MAX_WINDOW_DAYS), required=True,
              help="Days apart two reports of one event may be.")
def merge(db, window):
    """Regroup the store's reports into events with a new merge window."""
    store = _open(db, readonly=False)
    with _store_errors(db):
        n = store.remerge(window)
        click.echo(f"tacitus: {n} events from {store.count_events(merged=False)} reports (window {window} days)",
                   err=True)


@click.command()
@_db_option
@click.option("--format", "fmt", type=click.Choice(["jsonl", "csv", "parquet", "plover", "gdelt", "gdelt-mentions"]),
              required=True)
@click.option("-o", "--output", type=click.Path(), default=None, help="Output file (default: standard output).")
@click.option("--force", is_flag=True, help="Replace the output file if it exists.")
@click.option("--per-report", is_flag=True, help="One record per article's report, not per merged event.")
@_event_filters
def export(db, fmt, output, force, per_report, **kw):
    """Export events: JSON Lines, CSV, Parquet, PLOVER JSON, or GDELT-style tables (TSV): the
    event table, or the mentions table (one row per report, with its confidence)."""
    if fmt == "parquet" and not output:
        _fail("--format parquet: needs an output file (-o FILE)")
    store = _open(db)
    with _store_errors(db):
        try:
            n = store.export(fmt, output, force=force, merged=not per_report, **_filters(kw))
        except TacitusError as exc:
            _fail(str(exc))
    click.echo(f"tacitus: {n} events written{' to ' + output if output else ''}", err=True)


@click.command()
@_db_option
@click.option("--by", default="country,type,week", show_default=True,
              help="Comma-separated: country, admin1, admin2, actor_country, recipient_country, dyad, type, mode, day, week, month.")
@_event_filters
@_format_option
def counts(db, by, fmt, **kw):
    """Events counted per country, dyad, type, week, ... (an event reported twice counts once)."""
    from tacitus.store.counts import CountsError, parse_by

    try:
        dims = parse_by(by)
    except CountsError as exc:
        _fail(str(exc))
    store = _open(db)
    with _store_errors(db):
        rows = store.event_counts(by=dims, **_filters(kw))
    _emit(rows, fmt, [*dims, "events"], f"Events by {', '.join(dims)}")


COMMANDS = [ingest, events, quotes, actors, timeline, errors, runs, merge, export, counts]
