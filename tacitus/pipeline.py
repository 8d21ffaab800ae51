"""The per-article function: text in, Report out. The CLI, the store and the
distributed engine all call this, so an article gives the same Report everywhere."""
from __future__ import annotations

import functools
from typing import Iterable, Iterator

from tacitus import config as config_mod
from tacitus import extract as extractors
from tacitus import lexicons
from tacitus import nlp as nlp_mod
from tacitus import pieces
from tacitus.config import Config
from tacitus.errors import ReadError
from tacitus.report import Article, Report


class Pipeline:
    """A loaded spaCy model and the extractors; load once, reuse for many articles.

    `config` (tacitus/config.py) names the lexicon and dictionary folders this pipeline
    reads, whatever the environment says; it is set around each article, so pipelines
    with different configs give their own results in one process. Without one, each
    article is read with the Config in force when it is processed (the environment's
    unless a caller set one)."""

    def __init__(self, model: str | None = None, fast: bool = False, config: Config | None = None) -> None:
        self.config = config
        with config_mod.using(config):
            lexicons.check_all()  # a broken lexicon file is one error here, before any article
        self.nlp = nlp_mod.load(model)
        self.model = nlp_mod.model_name(self.nlp)
        # fast: the full spaCy pipeline only on sentences that may hold a statement or
        # an event (tacitus/fast.py); off by default, it finds fewer actors
        self.fast = fast and "senter" in self.nlp.component_names

    def _scope(self):
        """This pipeline's Config in force, or the caller's, fixed once for a piece of
        work (the cached tables look it up on every call: a set one is found fastest)."""
        return config_mod.using(self.config or config_mod.active())

    def _parse(self, items: Iterable[tuple[str, Article]], batch_size: int) -> Iterator[tuple[object, Article]]:
        """(Doc, article) for each (text, article), in order; the Config is in force
        while spaCy runs (the components read lexicons), never while the caller holds a Doc."""
        parsed = self._parse_unscoped(items, batch_size)
        while True:
            with self._scope():
                item = next(parsed, None)
            if item is None:
                return
            yield item

    def _parse_unscoped(self, items, batch_size: int) -> Iterator[tuple[object, Article]]:
        if self.fast:
            from tacitus import fast

            for batch in batched(items, batch_size):
                docs = fast.parse_many(self.nlp, [text for text, _ in batch], batch_size=batch_size)
                yield from zip(docs, [article for _, article in batch])
        else:
            yield from pieces.parse_many(self.nlp, items, batch_size=batch_size)

    def process(self, article: Article) -> Report:
        with self._scope():
            doc, _ = next(self._parse_unscoped([(article.text, article)], 1))
            return extractors.run(doc, article, self.model)

    def process_or_error(self, article: Article) -> Report | ReadError:
        """The Report, or a one-line error naming the article: one article's failure
        must not take a batch down with it."""
        try:
            return self.process(article)
        except Exception as exc:  # noqa: BLE001 - reported per article, the others go on
            return ReadError(article.source or article.id or "article",
                             f"extraction failed: {type(exc).__name__}: {exc}")

    def process_batch_or_errors(self, articles: list[Article], batch_size: int = pieces.BATCH_SIZE) -> list[Report | ReadError]:
        """`process_many` over one batch; when it fails, article by article, so that
        only the articles that fail become errors (the distributed engine uses this)."""
        try:
            return list(self.process_many(articles, batch_size=batch_size))
        except Exception:  # noqa: BLE001 - find the article that failed, keep the others
            return [self.process_or_error(a) for a in articles]

    def process_many(self, articles: Iterable[Article], batch_size: int = pieces.BATCH_SIZE) -> Iterator[Report]:
        """Reports in input order; spaCy batches the parsing."""
        for doc, article in self._parse(((a.text, a) for a in articles), batch_size):
            with self._scope():
                report = extractors.run(doc, article, self.model)
            yield report


def batched(items: Iterable, size: int) -> Iterator[list]:
    """Lists of up to `size` items, in order."""
    batch: list = []
    for item in items:
        batch.append(item)
        if len(batch) >= size:
            yield batch
            batch = []
    if batch:
        yield batch


def get_pipeline(model: str | None = None, fast: bool = False, config: Config | None = None) -> Pipeline:
    """A Pipeline, kept for the next caller asking for the same. One without a Config of its
    own is kept per Config in force, so that it has been checked against the lexicons it
    will read (`tacitus extract --lexicons DIR` after another command in one process)."""
    return _kept_pipeline(model, fast, config, config_mod.active() if config is None else None)


@functools.lru_cache(maxsize=4)
def _kept_pipeline(model, fast, config, checked_under) -> Pipeline:
    return Pipeline(model, fast=fast, config=config)


def extract(text: str, published: str | None = None, model: str | None = None,
            config: Config | None = None, **meta) -> Report:
    """Extract one article from its text. `published` is an ISO date (YYYY-MM-DD);
    `config` names other lexicon and dictionary folders than the environment's."""
    return get_pipeline(model, config=config).process(Article(text=text, published=published, **meta))
