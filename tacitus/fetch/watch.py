"""`tacitus watch`: rounds that keep a store current with a list of feeds.

A round: (1) every feed that is due is fetched with a conditional GET (ETag /
If-Modified-Since), concurrently within the client's limits; the links of a changed
feed that the store has not seen become pending (tacitus/fetch/state.py); a feed that
fails is counted, backed off and reported in `errors`, and the others go on.
(2) Every pending link, including those a stopped run left, is fetched, extracted
(in this process, worker processes or on Dask, as `tacitus ingest` does) and stored,
one article per transaction. Each problem is one line; nothing stops the round.
"""
from __future__ import annotations

import datetime as dt
from concurrent.futures import FIRST_COMPLETED, ThreadPoolExecutor, wait
from dataclasses import dataclass
from typing import Callable, Iterator, Optional

from tacitus.errors import ReadError
from tacitus.fetch import state
from tacitus.fetch.client import Client, Response
from tacitus.fetch.errors import FetchError
from tacitus.fetch.feeds import feed_items, is_feed
from tacitus.fetch.pages import fetch_articles
from tacitus.report import Article, Report
from tacitus.store.api import Store

# A feed due within this is due now: a round (or a cron run) starts a little early or late,
# and a feed put off by one round must not miss the next one by a second.
FEED_SLACK = dt.timedelta(seconds=60)


@dataclass
class RoundStatus:
    """What the status line shows; updated as the round goes."""

    number: int = 0
    feeds_due: int = 0
    feeds_done: int = 0
    feeds_ok: int = 0
    feeds_failed: int = 0
    feeds_waiting: int = 0  # backing off after failures: not asked this round
    new_links: int = 0
    links_to_fetch: int = 0
    links_done: int = 0
    articles_added: int = 0
    events_added: int = 0
    failed: int = 0  # links that could not be fetched, read or extracted
    interrupted: bool = False

    def line(self, phase: str = "") -> str:
        parts = [f"round {self.number}"]
        if phase == "feeds":
            parts.append(f"fetching feeds {self.feeds_done}/{self.feeds_due}")
        feeds = f"feeds {self.feeds_ok} ok, {self.feeds_failed} failed"
        if self.feeds_waiting:
            feeds += f", {self.feeds_waiting} backing off"
        parts.append(feeds)
        if phase == "articles":
            parts.append(f"articles {self.links_done}/{self.links_to_fetch}")
        parts.append(f"{self.articles_added} new article{'s' if self.articles_added != 1 else ''}")
        parts.append(f"{self.events_added} event{'s' if self.events_added != 1 else ''} added")
        if self.failed:
            parts.append(f"{self.failed} skipped")
        return " · ".join(parts)

    def counts(self) -> dict[str, int]:
        return {"added": self.articles_added, "replaced": 0, "unchanged": 0, "failed": self.failed}


class Watcher:
    """Runs rounds over `feeds` into `store`. `say(line)` receives each problem line and
    `update(status, phase)` each change of the status."""

    def __init__(self, store: Store, feeds: list[str], client: Client, *, workers: int = 1,
                 cluster: Optional[str] = None, dask_client=None, pool=None, model: Optional[str] = None,
                 published: Optional[str] = None, feed_backoff: dt.timedelta = dt.timedelta(minutes=15),
                 say: Callable[[str], None] = lambda line: None,
                 update: Callable[[RoundStatus, str], None] = lambda status, phase: None,
                 clock: Callable[[], dt.datetime] = lambda: dt.datetime.now(dt.timezone.utc)) -> None:
        self.store, self.feeds, self.client = store, list(dict.fromkeys(feeds)), client
        self.workers, self.cluster, self.model = workers, cluster, model
        self.dask_client, self.pool = dask_client, pool  # kept across rounds: the model loads once
        self.published, self.feed_backoff = published, feed_backoff
        self.say, self.update, self.clock = say, update, clock

    def round(self, number: int = 1) -> RoundStatus:
        status = RoundStatus(number)
        run_id = self.store.start_run([f"watch round {number}"] + self.feeds)
        outcome = "done"
        try:
            self._feeds(status, run_id)
            self._links(status, run_id)
        except KeyboardInterrupt:
            outcome, status.interrupted = "interrupted", True
            raise
        finally:
            self.store.finish_run(run_id, status.counts(), outcome)
        return status

    # ---- (1) feeds ---------------------------------------------------------------------------

    def _feeds(self, status: RoundStatus, run_id: int) -> None:
        now = self.clock()
        states = state.feed_states(self.store.conn, self.feeds)
        due = [s for s in states.values() if s.next_try is None or s.next_try <= now + FEED_SLACK]
        status.feeds_due, status.feeds_waiting = len(due), len(states) - len(due)
        self.update(status, "feeds")
        for feed, answer in self._fetch_feeds(due):
            status.feeds_done += 1
            try:
                self._settle_feed(feed, answer, now, status)
                status.feeds_ok += 1
            except ReadError as error:
                status.feeds_failed += 1
                failures, next_try = state.record_failure(self.store.conn, feed.url, error.problem, now,
                                                          self.feed_backoff, run_id)
                self.say(f"feed {feed.url}: {error.problem} ({failures} failure{'s' if failures > 1 else ''} "
                         f"in a row; next try after {state.iso(next_try)})")
            self.update(status, "feeds")

    def _fetch_feeds(self, due: list[state.FeedState]) -> Iterator[tuple[state.FeedState, Response | ReadError]]:
        def one(feed: state.FeedState) -> Response | ReadError:
            try:
                return self.client.get(feed.url, etag=feed.etag, last_modified=feed.last_modified)
            except ReadError as error:
                return error

        if not due:
            return
        pool = ThreadPoolExecutor(max(1, self.client.limits.workers), thread_name_prefix="tacitus-feed")
        try:
            pending = {pool.submit(one, feed): feed for feed in due}
            while pending:
                done, _ = wait(pending, return_when=FIRST_COMPLETED)
                for future in done:
                    yield pending.pop(future), future.result()
        finally:
            pool.shutdown(wait=False, cancel_futures=True)

    def _settle_feed(self, feed: state.FeedState, answer: Response | ReadError, now: dt.datetime,
                     status: RoundStatus) -> None:
        if isinstance(answer, ReadError):
            raise answer
        if answer.status == 304:
            state.record_unchanged(self.store.conn, feed.url, answer.etag, answer.last_modified, now)
            return
        if not is_feed(answer.content_type, answer.body):
            raise FetchError(feed.url, f"not an RSS or Atom feed ({answer.content_type or 'no content type'})")
        _, items, problems = feed_items(answer.body, feed.url)
        for problem in problems:
            self.say(str(problem))
        links = [state.Link(item.link, item.meta, feed.url) for item in items]
        status.new_links += state.record_listing(self.store.conn, feed.url, links, answer.etag,
                                                 answer.last_modified, now)

    # ---- (2) pending links -------------------------------------------------------------------

    def _links(self, status: RoundStatus, run_id: int) -> None:
        conn = self.store.conn
        todo = []
        for link in state.pending_links(conn):
            if state.is_stored(conn, link.link):  # stored by a run that stopped before marking it
                state.link_stored(conn, link.link, self.clock())
            else:
                todo.append(link)
        status.links_to_fetch = len(todo)
        self.update(status, "articles")
        from tacitus.store.ingest import extract_reports

        def fetched() -> Iterator[Article]:
            for link, result in fetch_articles(self.client, todo, self.published):
                if isinstance(result, ReadError):
                    self._link_failed(link.link, result, status, run_id)
                    continue
                yield result

        for outcome in extract_reports(fetched(), workers=self.workers, cluster=self.cluster, model=self.model,
                                       dask_client=self.dask_client, pool=self.pool):
            if isinstance(outcome, Report):
                if self.store.add_report(outcome, run_id=run_id) != "unchanged":
                    status.articles_added += 1
                    status.events_added += len(outcome.events)
                state.link_stored(conn, outcome.article.url, self.clock())
                status.links_done += 1
                self.update(status, "articles")
            else:
                self._link_failed(outcome.source, outcome, status, run_id)

    def _link_failed(self, url: str, error: ReadError, status: RoundStatus, run_id: int) -> None:
        transient = isinstance(error, FetchError) and error.transient
        given_up = state.link_failed(self.store.conn, url, transient, self.clock())
        self.store.add_error(url, error.problem, run_id)
        status.failed += 1
        status.links_done += 1
        if not given_up:
            note = " (will try again next round)"
        elif transient:
            note = f" (given up after {state.MAX_LINK_TRIES} rounds)"
        else:
            note = ""
        self.say(f"{url}: {error.problem}{note}")
        self.update(status, "articles")
