"""Distributed extraction on a Dask cluster.

`run_on_cluster(articles, "tcp://HOST:8786")` (an existing cluster) or
`run_on_cluster(articles, "local:4")` (a LocalCluster of 4 worker processes on this
machine) runs the same per-article function as a single process,
`tacitus.pipeline.Pipeline.process_many`, on the cluster's workers and yields the
Reports back in input order, so a distributed run gives the same results as a local one.

* Each worker process loads the spaCy model once (`get_pipeline` is cached per
  process) and keeps it for every batch it is sent.
* The client's Config (its lexicon and dictionary folders, `tacitus/config.py`) is
  sent with every task and used on the worker, whatever the worker's environment says
  (the folders must be readable there at the same paths).
* Articles travel in batches; only a bounded number of batches is in flight, so an
  archive of any size streams through with bounded memory on the client.
* A `ReadError` among the inputs is passed through in its place, and an article
  whose extraction fails comes back as a `ReadError` naming it: one bad article
  never stops the others.
"""
from __future__ import annotations

import contextlib
import re
from collections import deque
from typing import Iterable, Iterator

from tacitus import config as config_mod
from tacitus.config import Config
from tacitus.errors import ReadError, TacitusError
from tacitus.pipeline import batched
from tacitus.report import Article, Report

DEFAULT_BATCH_SIZE = 16
LOCAL = re.compile(r"^local(?::(\d+))?$")


class ClusterError(TacitusError):
    """A cluster address that cannot be used: one line, naming the address."""


# --- worker side ----------------------------------------------------------------------

def _process_batch(articles: list[Article], model: str | None, batch_size: int,
                   fast: bool = False, config: Config | None = None) -> list[str | tuple[str, str]]:
    """Runs on a worker: Report JSON per article, or (source, problem) when one fails."""
    from tacitus.pipeline import get_pipeline

    pipeline = get_pipeline(model, fast, config)  # cached per worker process: the model loads once
    return [(r.source, r.problem) if isinstance(r, ReadError) else r.to_json()
            for r in pipeline.process_batch_or_errors(articles, batch_size)]


def _warm(model: str | None, fast: bool = False, config: Config | None = None) -> str:
    """Load the model on a worker before the first batch arrives."""
    from tacitus.pipeline import get_pipeline

    return get_pipeline(model, fast, config).model


# --- client side ----------------------------------------------------------------------

def parse_cluster(cluster: str) -> tuple[str, int | str]:
    """("local", n_workers) or ("tcp", address); ClusterError for anything else."""
    match = LOCAL.match(cluster.strip())
    if match:
        workers = int(match.group(1) or 2)
        if workers < 1:
            raise ClusterError(f"--cluster {cluster!r}: a local cluster needs at least 1 worker")
        return "local", workers
    if re.match(r"^(tcp|tls)://[^\s:/]+:\d+/?$", cluster.strip()):
        return "tcp", cluster.strip().rstrip("/")
    raise ClusterError(f"--cluster {cluster!r}: expected tcp://HOST:PORT (a Dask scheduler) or local:N")


def _worker_environ() -> dict:
    """Dask's environment for new worker processes, without MALLOC_TRIM_THRESHOLD_:
    trimming the heap at every 64 KiB freed made extraction about 18% slower, and
    peak memory here is bounded by the batches in flight anyway."""
    import dask

    environ = dask.config.get("distributed.nanny.pre-spawn-environ", default={}) or {}
    return {k: v for k, v in environ.items() if k != "MALLOC_TRIM_THRESHOLD_"}


@contextlib.contextmanager
def connect(cluster: str, timeout: float = 30):
    """A Dask Client for `cluster`; a LocalCluster is started and closed with it."""
    from tacitus.extras import require

    require("scale", "--cluster")
    import dask
    from distributed import Client, LocalCluster

    kind, where = parse_cluster(cluster)
    if kind == "local":
        # processes (the GIL would serialise threads), one thread each, loopback only
        with dask.config.set({"distributed.nanny.pre-spawn-environ": _worker_environ()}):
            local = LocalCluster(n_workers=int(where), threads_per_worker=1, processes=True,
                                 host="127.0.0.1", dashboard_address=None, silence_logs=40)
        try:
            with Client(local, timeout=timeout) as client:
                yield client
        finally:
            local.close()
        return
    try:
        client = Client(str(where), timeout=timeout)
    except (OSError, TimeoutError) as exc:
        raise ClusterError(f"--cluster {cluster!r}: cannot reach the Dask scheduler ({exc})") from None
    try:
        yield client
    finally:
        client.close()


def run_on_cluster(articles: Iterable[Article | ReadError], cluster: str, model: str | None = None,
                   batch_size: int = DEFAULT_BATCH_SIZE, client=None,
                   timeout: float = 30, fast: bool = False,
                   config: Config | None = None) -> Iterator[Report | ReadError]:
    """Reports (or ReadErrors) for `articles`, in input order, computed on `cluster`.

    `cluster` is "tcp://HOST:PORT" (a running Dask scheduler) or "local:N". Pass an
    open `client` to reuse a connection across calls (then `cluster` is only a label).
    `timeout` is how long to wait for the scheduler, in seconds; `fast` runs the
    pipeline's fast mode (see tacitus/fast.py). `config` is the Config the workers use;
    by default the one in force on the client when the call is made.
    """
    config = config or config_mod.active()  # the client's, sent with every task
    if client is not None:
        yield from _stream(client, articles, model, batch_size, fast, config)
        return
    with connect(cluster, timeout=timeout) as own_client:
        yield from _stream(own_client, articles, model, batch_size, fast, config)


def _stream(client, articles, model, batch_size, fast, config) -> Iterator[Report | ReadError]:
    workers = max(1, len(client.scheduler_info().get("workers", {})))
    client.run(_warm, model, fast, config)  # every worker loads the model now, once
    window = 2 * workers + 1  # batches in flight: keeps workers busy, bounds memory
    pending: deque = deque()
    for batch in batched(articles, batch_size):
        todo = [a for a in batch if isinstance(a, Article)]
        future = client.submit(_process_batch, todo, model, batch_size, fast, config, pure=False) if todo else None
        pending.append((batch, future))
        if len(pending) >= window:
            yield from _collect(*pending.popleft())
    while pending:
        yield from _collect(*pending.popleft())


def _collect(batch, future) -> Iterator[Report | ReadError]:
    results = iter(future.result() if future is not None else [])
    for item in batch:
        if isinstance(item, ReadError):
            yield item
            continue
        result = next(results)
        yield ReadError(*result) if isinstance(result, (tuple, list)) else Report.from_json(result)
