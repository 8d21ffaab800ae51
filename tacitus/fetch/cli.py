"""The `watch` command: keep a store current with a list of feeds, round after round."""
from __future__ import annotations

import contextlib
import datetime as dt
import re
import signal
import sys
import time
from pathlib import Path

import click

from tacitus.cli_types import ISO_DATE, config_options
from tacitus.errors import TacitusError

_DURATION = re.compile(r"^\s*(\d+(?:\.\d+)?)\s*(s|m|h|d)\s*$", re.I)
_UNIT = {"s": 1, "m": 60, "h": 3600, "d": 86400}
MIN_EVERY = 60.0  # asking a feed more than once a minute is not polite


def _fail(message: str) -> None:
    click.echo(f"tacitus: {message}", err=True)
    sys.exit(1)


def parse_duration(text: str) -> float:
    """Seconds in "30s", "15m", "1h", "1d"; ValueError otherwise."""
    match = _DURATION.match(text or "")
    if not match:
        raise ValueError(f"{text!r}: expected a duration such as 90s, 15m, 1h or 1d")
    return float(match.group(1)) * _UNIT[match.group(2).lower()]


def read_feed_list(path: str) -> tuple[list[str], list[str]]:
    """(feed URLs, problems) from a file of one URL a line; blank lines and # comments skipped."""
    from tacitus.fetch import urls

    try:
        lines = Path(path).read_text(encoding="utf-8-sig").splitlines()
    except (OSError, UnicodeDecodeError) as exc:
        raise TacitusError(f"--feeds {path}: {getattr(exc, 'strerror', None) or exc}") from None
    feeds, problems = [], []
    for number, line in enumerate(lines, 1):
        text = re.sub(r"(^|\s)#.*$", "", line).strip()  # a comment; a URL's own #fragment stays
        if not text:
            continue
        url = urls.normalise(text)
        if url is None:
            problems.append(f"{path}:{number}: {text[:80]!r} is not an http(s) address; ignored")
        else:
            feeds.append(url)
    return list(dict.fromkeys(feeds)), problems


@click.command()
@config_options
@click.option("--feeds", "feeds_file", required=True, type=click.Path(dir_okay=False),
              help="File of feed URLs, one a line (# comments allowed).")
@click.option("--db", default="tacitus.db", show_default=True, help="The store file.")
@click.option("--every", default="15m", show_default=True, metavar="DURATION",
              help="Time between the starts of two rounds (at least 1m: 15m, 1h). With --once: how often cron runs "
                   "it, so failing feeds back off in rounds.")
@click.option("--once", is_flag=True, help="One round, then exit (for cron).")
@click.option("--workers", type=int, default=1, show_default=True, help="Extraction processes on this machine.")
@click.option("--cluster", default=None, metavar="tcp://HOST:8786|local:N", help="Extract on a Dask cluster.")
@click.option("--model", default=None, metavar="NAME_OR_PATH", help="An installed spaCy pipeline.")
@click.option("--published", type=ISO_DATE, help="Publication date: sets or overrides the articles' own.")
@click.option("--contact", default=None, metavar="EMAIL_OR_URL",
              help="How site owners reach you, sent in the User-Agent (or $TACITUS_CONTACT).")
@click.option("--host-interval", type=float, default=1.0, show_default=True,
              help="Seconds between two requests to one host.")
@click.option("--no-progress", is_flag=True, help="No live status line: one summary line a round.")
def watch(feeds_file, db, every, once, workers, cluster, model, published, contact, host_interval, no_progress):
    """Keep a store current with RSS/Atom feeds: each round fetches the feeds, then the new links."""
    from tacitus.fetch.client import Client
    from tacitus.fetch.limits import Limits
    from tacitus.fetch.watch import Watcher
    from tacitus.store import Store
    from tacitus.store.ingest import worker_pool

    try:
        seconds = parse_duration(every)
    except ValueError as exc:
        _fail(f"--every {exc}")
    if seconds < MIN_EVERY and not once:
        _fail(f"--every {every}: at least 1m between rounds, to be polite to the feeds' hosts")
    if workers < 1:
        _fail(f"--workers {workers}: expected 1 or more")
    if host_interval < 0:
        _fail(f"--host-interval {host_interval}: expected 0 or more seconds")
    try:
        feeds, problems = read_feed_list(feeds_file)
        for problem in problems:
            click.echo(f"tacitus: {problem}", err=True)
        if not feeds:
            raise TacitusError(f"--feeds {feeds_file}: no feed URLs in it")
        store = Store.open(db)
    except TacitusError as exc:
        _fail(str(exc))
    view = _View(no_progress)
    signal.signal(signal.SIGTERM, _stop)  # systemd's stop ends the round as Ctrl-C does
    try:
        with contextlib.ExitStack() as stack:
            limits = Limits(host_interval=host_interval)
            limits.contact = contact or limits.contact  # else $TACITUS_CONTACT
            client = stack.enter_context(Client(limits))
            dask_client = stack.enter_context(_dask(cluster)) if cluster else None
            pool = stack.enter_context(worker_pool(workers, model)) if workers > 1 and not cluster else None
            watcher = Watcher(store, feeds, client, workers=workers, cluster=cluster, dask_client=dask_client,
                              pool=pool, model=model, published=published, feed_backoff=dt.timedelta(seconds=seconds),
                              say=view.say, update=view.update)
            code = _loop(watcher, view, seconds, once, db)
    except KeyboardInterrupt:
        view.stop()
        click.echo("tacitus: stopped; run the same command again to resume", err=True)
        sys.exit(130)
    except TacitusError as exc:
        view.stop()
        _fail(str(exc))
    sys.exit(code)


def _loop(watcher, view, seconds: float, once: bool, db: str) -> int:
    number = 0
    while True:
        number += 1
        started = time.monotonic()
        status = watcher.round(number)
        view.finish(status, db)
        if once:
            view.stop()
            return 1 if status.feeds_failed and not status.feeds_ok and not status.feeds_waiting else 0
        while (left := seconds - (time.monotonic() - started)) > 0:
            view.waiting(status, left)
            time.sleep(min(1.0, left))


def _stop(signum, frame) -> None:
    raise KeyboardInterrupt


@contextlib.contextmanager
def _dask(cluster: str):
    """One Dask client for every round (a local cluster starts once, not each round)."""
    from tacitus.scale import connect

    with connect(cluster) as client:
        yield client


class _View:
    """The live status line on a terminal (rich); plain lines otherwise (cron, logs)."""

    def __init__(self, plain: bool) -> None:
        from rich.console import Console

        self.console = Console(stderr=True)
        self.live = None
        if not plain and self.console.is_terminal:
            from rich.live import Live

            self.live = Live("", console=self.console, refresh_per_second=4, transient=False)
            self.live.start()

    def say(self, line: str) -> None:
        self.console.print(f"tacitus: {line}", markup=False, highlight=False, soft_wrap=True)

    def update(self, status, phase: str) -> None:
        if self.live is not None:
            self.live.update(self._text(status.line(phase)))

    def finish(self, status, db: str) -> None:
        if self.live is None:
            self.say(status.line() + f" -> {db}")

    def waiting(self, status, left: float) -> None:
        if self.live is not None:
            minutes, secs = divmod(int(left + 0.5), 60)
            self.live.update(self._text(status.line() + f" · next round in {minutes}:{secs:02d}"))

    def stop(self) -> None:
        if self.live is not None:
            self.live.stop()
            self.live = None

    @staticmethod
    def _text(line: str):
        from rich.text import Text

        return Text(line, style="bold")


COMMANDS = [watch]
