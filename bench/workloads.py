"""What one benchmark subprocess measures. Each workload runs in a fresh process so
that its peak RSS is its own; it returns a dict that run.py prints as JSON.

Timings exclude loading the model (reported apart as `load_s`): a long-running
ingest loads it once.
"""
from __future__ import annotations

import hashlib
import itertools
import resource
import tempfile
import time
from pathlib import Path

import corpus
from tacitus.errors import ReadError

WARM_UP = 5  # articles processed untimed after loading, by every configuration


def peak_rss_mb() -> float:
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024  # Linux: KiB


def baseline(args) -> dict:
    """spaCy's full pipeline with the same model over the same texts, nothing else."""
    import spacy

    from tacitus.nlp import DEFAULT_MODEL

    texts = [a.text for a in corpus.articles(args.corpus, args.limit)]  # read before timing
    start = time.perf_counter()
    nlp = spacy.load(args.model or DEFAULT_MODEL)
    for _ in nlp.pipe(texts[:WARM_UP]):  # first-use costs (caches) count as loading
        pass
    load_s = time.perf_counter() - start
    sentences = words = 0
    busy = cpu = 0.0
    docs = iter(nlp.pipe(texts, batch_size=args.batch_size))
    while True:
        start, start_cpu = time.perf_counter(), time.process_time()
        doc = next(docs, None)
        busy += time.perf_counter() - start  # only spaCy's time, not the counting below
        cpu += time.process_time() - start_cpu
        if doc is None:
            break
        sentences += sum(1 for _ in doc.sents)
        words += sum(1 for t in doc if not (t.is_punct or t.is_space))
    return {"articles": len(texts), "sentences": sentences, "words": words, "seconds": busy,
            "cpu_seconds": cpu, "load_s": load_s, "peak_rss_mb": peak_rss_mb()}


class _Sink:
    """Where end-to-end reports go: the SQLite store when it is there, else JSON Lines."""

    def __init__(self, folder: Path) -> None:
        self.digest = hashlib.sha256()
        try:
            from tacitus.store import Store

            self.store, self.kind = Store.open(folder / "bench.db"), "sqlite store"
            self.add = self.store.add_report
        except (ImportError, AttributeError):
            self.store, self.kind = None, "JSON Lines file"
            self.file = (folder / "reports.jsonl").open("w", encoding="utf-8")
            self.add = lambda report: self.file.write(report.to_json() + "\n")

    def put(self, report) -> None:
        self.add(report)
        self.digest.update(report.to_json().encode("utf-8"))  # to compare runs' results

    def close(self) -> None:
        closer = getattr(self.store, "close", None) if self.store is not None else self.file.close
        if closer:
            closer()


def _end_to_end(args, process) -> dict:
    """Read, extract (with `process`: articles -> reports) and store; timed together."""
    with tempfile.TemporaryDirectory(prefix="tacitus-bench-") as tmp:
        sink = _Sink(Path(tmp))
        count = 0
        start, start_cpu = time.perf_counter(), time.process_time()
        failed = 0
        for report in process(corpus.articles(args.corpus, args.limit)):
            if isinstance(report, ReadError):  # an extractor failed on this article
                failed += 1
                sink.digest.update(str(report).encode("utf-8"))
                continue
            sink.put(report)
            count += 1
        seconds, cpu = time.perf_counter() - start, time.process_time() - start_cpu
        sink.close()
    return {"articles": count + failed, "failed": failed, "seconds": seconds, "cpu_seconds": cpu, "store": sink.kind,
            "digest": sink.digest.hexdigest(), "peak_rss_mb": peak_rss_mb()}


def tacitus(args) -> dict:
    """Tacitus end to end in one process: read, extract, store."""
    from tacitus.pipeline import Pipeline, batched

    start = time.perf_counter()
    pipeline = Pipeline(args.model, fast=args.fast)
    for article in itertools.islice(corpus.articles(args.corpus, args.limit), WARM_UP):
        pipeline.process(article)  # lazy lexicons, gazetteer and caches count as loading
    load_s = time.perf_counter() - start
    def process(items):
        for batch in batched(items, args.batch_size):
            yield from pipeline.process_batch_or_errors(batch, args.batch_size)

    result = _end_to_end(args, process)
    return {**result, "load_s": load_s}


def cluster(args) -> dict:
    """Tacitus end to end with extraction on a LocalCluster of `args.workers` processes."""
    from tacitus.scale import connect, run_on_cluster

    start = time.perf_counter()
    warm = list(itertools.islice(corpus.articles(args.corpus, args.limit), WARM_UP))

    def warm_up(model, articles):  # a closure: the workers cannot import this module
        from tacitus.pipeline import get_pipeline

        for article in articles:
            get_pipeline(model).process(article)

    with connect(f"local:{args.workers}") as client:
        client.run(warm_up, args.model, warm)
        load_s = time.perf_counter() - start
        result = _end_to_end(args, lambda items: (r for r in run_on_cluster(
            items, "", model=args.model, batch_size=args.batch_size, client=client)))
        worker_rss = client.run(peak_rss_mb)
    return {**result, "load_s": load_s, "workers": args.workers,
            "worker_peak_rss_mb": max(worker_rss.values())}


def breakdown(args) -> dict:
    """Where the time goes: each spaCy component over the whole corpus, then each
    extractor step (the functions tacitus.extract.run calls), profiled with cProfile;
    after the same untimed warm-up as the other workloads."""
    import cProfile
    import pstats

    import importlib

    extractors = importlib.import_module("tacitus.extract")  # the package, not tacitus.extract()
    from tacitus import config as config_mod
    from tacitus.pipeline import Pipeline

    articles = list(corpus.articles(args.corpus, args.limit))
    pipeline = Pipeline(args.model)
    for article in articles[:WARM_UP]:
        pipeline.process(article)  # as every configuration: first-use loading is not a step's time
    nlp = pipeline.nlp
    seconds: dict[str, float] = {}
    start = time.perf_counter()
    docs = [nlp.make_doc(a.text) for a in articles]
    seconds["spacy:tokenizer"] = time.perf_counter() - start
    for name, component in nlp.pipeline:
        start = time.perf_counter()
        docs = list(component.pipe(docs, batch_size=args.batch_size)) if hasattr(component, "pipe") \
            else [component(d) for d in docs]
        seconds[f"spacy:{name}"] = time.perf_counter() - start
    profile = cProfile.Profile()
    start = time.perf_counter()
    with config_mod.using(config_mod.active()):  # fixed once, as the Pipeline does per article
        profile.enable()
        for doc, article in zip(docs, articles):
            extractors.run(doc, article)
        profile.disable()
    total_extract = time.perf_counter() - start
    stats = pstats.Stats(profile).stats  # {func: (cc, nc, tt, ct, callers)}
    run_key = next(k for k in stats if k[2] == "run" and k[0].endswith("extract/__init__.py"))
    steps = {k: v[4][run_key][3] for k, v in stats.items() if run_key in v[4]}
    profiled_total = stats[run_key][3] or 1.0
    for (filename, _, func), cum in sorted(steps.items(), key=lambda kv: -kv[1]):
        label = f"{Path(filename).stem}.{func}" if "tacitus" in filename else func
        # cProfile slows Python code down; scale its shares to the unprofiled wall time
        seconds[f"extract:{label}"] = seconds.get(f"extract:{label}", 0) + cum / profiled_total * total_extract
    return {"articles": len(articles), "seconds": seconds}


def long_text(corpus_path, kilobytes: int) -> str:
    """One long article of about `kilobytes` KB (UTF-8): the corpus's texts one after
    another, repeated when it is shorter; built in memory, never written anywhere."""
    texts = [a.text for a in corpus.read(corpus_path)]
    parts, size = [], 0
    for text in itertools.cycle(texts):
        if size >= kilobytes * 1000:
            break
        parts.append(text)
        size += len(text.encode("utf-8")) + 2
    joined = "\n\n".join(parts)
    return joined.encode("utf-8")[:kilobytes * 1000].decode("utf-8", "ignore")


def long_articles(args) -> dict:
    """Tacitus on one article of each size in `args.long_sizes` (KB), in one process with
    the model loaded: seconds and the peak RSS so far. Time linear in length keeps
    seconds per KB level."""
    from tacitus.pipeline import Pipeline
    from tacitus.report import Article

    pipeline = Pipeline(args.model)
    for article in itertools.islice(corpus.articles(args.corpus, args.limit), WARM_UP):
        pipeline.process(article)
    sizes = [int(s) for s in args.long_sizes.split(",")]
    out = []
    for kilobytes in sizes:
        text = long_text(args.corpus, kilobytes)
        start, start_cpu = time.perf_counter(), time.process_time()
        report = pipeline.process(Article(text=text, id=f"long-{kilobytes}", published="2020-01-01"))
        out.append({"kb": kilobytes, "chars": len(text), "seconds": time.perf_counter() - start,
                    "cpu_seconds": time.process_time() - start_cpu, "events": len(report.events),
                    "actors": len(report.actors), "peak_rss_mb": peak_rss_mb()})
    return {"articles": len(out), "sizes": out}


WORKLOADS = {"baseline": baseline, "tacitus": tacitus, "cluster": cluster, "breakdown": breakdown,
             "long": long_articles}
