"""Ingest: articles in, extracted Reports into the store, streaming, resumable.

Articles are read lazily and sent to the pipeline a few at a time, so memory stays
flat whatever the corpus size. Each article is committed on its own, so an ingest
stopped at any point (Ctrl-C, a killed process) loses at most the article in hand;
running it again skips every article whose content is already stored.
"""
from __future__ import annotations

import multiprocessing
import sys
import time
from collections import deque
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Iterable, Iterator, Optional

from rich.console import Console
from rich.progress import BarColumn, MofNCompleteColumn, Progress, TextColumn, TimeRemainingColumn

from tacitus import lexicons
from tacitus.errors import ReadError, TacitusError
from tacitus.report import Article, Report
from tacitus.store import write

if TYPE_CHECKING:  # the Store calls this module (Store.ingest)
    from tacitus.store.api import Store

IN_FLIGHT_PER_WORKER = 4  # articles queued per worker process: enough to keep it busy, bounded


@dataclass
class IngestResult:
    run_id: int
    counts: dict[str, int] = field(default_factory=lambda: {"added": 0, "replaced": 0, "unchanged": 0, "failed": 0})
    seconds: float = 0.0
    interrupted: bool = False

    @property
    def processed(self) -> int:
        return self.counts["added"] + self.counts["replaced"]


def count_inputs(paths: list[str], published: Optional[str]) -> Optional[int]:
    """How many articles (or unreadable inputs) there are, for the progress bar; a cheap
    reading pass. None when the input is standard input (it can be read only once) or
    names URLs (they are fetched only once)."""
    from tacitus.fetch.inputs import has_urls
    from tacitus.read import iter_articles

    if any(str(p) == "-" for p in paths) or has_urls(paths):
        return None
    return sum(1 for _ in iter_articles(paths, published=published))


def ingest(store: Store, paths: list[str], *, workers: int = 1, cluster: Optional[str] = None,
           model: Optional[str] = None, published: Optional[str] = None, progress: bool = True,
           console: Optional[Console] = None, limits=None) -> IngestResult:
    """Read `paths` (files, or http(s) URLs fetched within `limits`, a tacitus.fetch.Limits),
    extract what is new or changed, and store it. Ctrl-C stops cleanly."""
    from tacitus.fetch.inputs import iter_inputs
    from tacitus.read.dates import missing_date_warning

    lexicons.check_all()  # a broken lexicon file stops the run before any article is read
    result = IngestResult(run_id=store.start_run([str(p) for p in paths]))
    started = time.monotonic()
    total = count_inputs(list(paths), published) if progress else None
    bar = _progress_bar(console) if progress else None
    task = bar.add_task("ingest", total=total, rate="0.0", errors=0) if bar else None

    def advance() -> None:
        if bar is not None:
            done = sum(result.counts.values())
            rate = done / max(time.monotonic() - started, 1e-6)
            bar.update(task, completed=done, rate=f"{rate:.1f}", errors=result.counts["failed"])

    def fail(source: str, reason: str) -> None:
        store.add_error(source, reason, result.run_id)
        result.counts["failed"] += 1
        advance()

    def to_extract() -> Iterator[Article]:
        """New or changed articles; unreadable and unchanged ones are settled here."""
        for item in iter_inputs(paths, published=published, limits=limits):
            if isinstance(item, ReadError):
                fail(item.source, item.problem)
                continue
            digest = write.content_hash(item)
            if store.stored_hash(write.article_key(item, digest)) == digest:
                result.counts["unchanged"] += 1
                advance()
                continue
            warning = missing_date_warning(item)
            if warning:  # once per article, and only for those extracted now
                (bar.console.print if bar is not None else _stderr)(f"tacitus: warning: {warning}",
                                                                       markup=False, highlight=False)
            yield item

    status = "done"
    try:
        if bar is not None:
            bar.start()
        for outcome in extract_reports(to_extract(), workers=workers, cluster=cluster, model=model):
            if isinstance(outcome, Report):
                result.counts[store.add_report(outcome, run_id=result.run_id)] += 1
                advance()
            else:
                fail(outcome.source, outcome.problem)
    except KeyboardInterrupt:
        status, result.interrupted = "interrupted", True
    except BaseException:
        status = "failed"  # a full disk, a damaged store: the articles committed so far stay
        raise
    finally:
        if bar is not None:
            bar.stop()
        result.seconds = time.monotonic() - started
        try:
            store.finish_run(result.run_id, result.counts, status)
        except Exception:  # noqa: BLE001 - the store may be what failed
            if status != "failed":
                raise  # otherwise the run's own error is the one to report; the run shows as
                # interrupted once this process is gone
    return result


def _stderr(line: str, **_) -> None:
    print(line, file=sys.stderr)


def _progress_bar(console: Optional[Console]) -> Progress:
    return Progress(TextColumn("[bold]{task.description}"), BarColumn(), MofNCompleteColumn(),
                    TextColumn("{task.fields[rate]} articles/s"), TextColumn("errors: {task.fields[errors]}"),
                    TextColumn("left:"), TimeRemainingColumn(),
                    console=console or Console(stderr=True), transient=False)


def extract_reports(articles: Iterable[Article], workers: int = 1, cluster: Optional[str] = None,
                    model: Optional[str] = None, dask_client=None, pool=None) -> Iterator[Report | ReadError]:
    """Reports in input order (a ReadError for an article the pipeline failed on): in this
    process, in `workers` processes, or on the Dask `cluster`. `tacitus watch` keeps its
    workers across rounds: an open `dask_client`, or a `pool` from `worker_pool`."""
    if cluster:
        try:
            from tacitus.scale import run_on_cluster
        except ImportError:
            raise TacitusError("--cluster: distributed extraction (tacitus.scale) is not available") from None
        yield from run_on_cluster(articles, cluster, model=model, client=dask_client)
    elif workers > 1:
        yield from _extract_in_processes(articles, workers, model, pool)
    else:
        from tacitus.pipeline import get_pipeline

        pipeline = get_pipeline(model)
        for article in articles:
            yield pipeline.process_or_error(article)




_worker_pipeline = None


def _worker_start(model: Optional[str], config=None) -> None:
    """Runs once in each worker process: the model is loaded there, once, with the
    parent's Config (its lexicon and dictionary folders)."""
    import signal

    signal.signal(signal.SIGINT, signal.SIG_IGN)  # Ctrl-C is handled by the parent
    global _worker_pipeline
    from tacitus.pipeline import Pipeline

    _worker_pipeline = Pipeline(model, config=config)


def _worker_process(article: Article) -> Report | ReadError:
    return _worker_pipeline.process_or_error(article)


def worker_pool(workers: int, model: Optional[str], config=None):
    """`workers` processes, each loading the model once (a context manager: it ends them);
    their pipelines use `config`, by default the Config in force here (a context variable
    does not cross into another process by itself)."""
    from tacitus import config as config_mod

    context = multiprocessing.get_context("spawn")  # no fork of a process holding threads and a model
    return context.Pool(workers, initializer=_worker_start, initargs=(model, config or config_mod.active()))


def _extract_in_processes(articles: Iterable[Article], workers: int, model: Optional[str], pool=None
                          ) -> Iterator[Report | ReadError]:
    own = pool is None
    if own:
        pool = worker_pool(workers, model)
    pending: deque = deque()
    try:
        for article in articles:
            pending.append(pool.apply_async(_worker_process, (article,)))
            while len(pending) >= workers * IN_FLIGHT_PER_WORKER:
                yield pending.popleft().get()
        while pending:
            yield pending.popleft().get()
        if own:
            pool.close()
    finally:
        if own:
            pool.terminate()
            pool.join()
