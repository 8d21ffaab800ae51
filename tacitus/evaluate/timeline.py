"""Event dating scored on SemEval-2015 Task 4 (TimeLine) gold timelines.

The gold lists event mentions of Wikinews articles ("3307-5-project": document 3307,
sentence 5, the word "project") with the date each happened on, written at its known
precision ("2005-01-18", "2005-06-XX", "2003-XX-XX", or "XXXX-XX-XX" when the text gives
none). The articles come as TimeML with the document date and the event mentions marked.

Each gold mention becomes an event with its word as trigger, and Tacitus' anchoring
(`tacitus.timex.anchor`) dates it exactly as it dates extracted events: the date is right
when, written at the gold's precision, it is the gold date. An event Tacitus dates with the
assumed publication date counts as dated by the document date.
"""
from __future__ import annotations

import datetime as dt
import re
import xml.etree.ElementTree as ET
from collections import Counter
from dataclasses import dataclass, field
from pathlib import Path
from typing import Optional

from tacitus.errors import TacitusError
from tacitus.timex.period import period


@dataclass
class Mention:
    doc: str
    sentence: int
    word: str
    gold: str  # "2005-01-18", "2005-06-XX", "2003-XX-XX", "XXXX-XX-XX"


@dataclass
class Article:
    doc: str
    text: str
    published: Optional[dt.date]
    sentences: dict[int, tuple[int, int]]
    events: dict[tuple[int, str], list[tuple[int, int]]]  # (sentence, word) -> spans


@dataclass
class Scores:
    mentions: int = 0
    anchorable: int = 0  # gold has a date
    correct: int = 0
    by_precision: Counter = field(default_factory=Counter)
    correct_by_precision: Counter = field(default_factory=Counter)
    stated: int = 0  # anchorable mentions Tacitus dated from the text (not the assumed DCT)
    stated_correct: int = 0
    dct_baseline: int = 0  # anchorable mentions the document date alone gets right
    unanchorable_given_text_date: int = 0
    missing: int = 0  # gold mentions not found in the TimeML
    failures: list[tuple[str, str, str, str]] = field(default_factory=list)


def read_gold(folder: Path) -> list[Mention]:
    out = []
    for path in sorted(folder.rglob("TimeLines_Gold_Standard/*.txt")):
        for line in path.read_text(encoding="utf-8").splitlines()[1:]:
            parts = line.split("\t")
            if len(parts) < 3:
                continue
            for ref in parts[2:]:
                m = re.fullmatch(r"(\d+)-(\d+)-(.+)", ref.strip())
                if m:
                    out.append(Mention(m[1], int(m[2]), m[3], parts[1].strip()))
    return out


def read_articles(folder: Path) -> dict[str, Article]:
    articles = {}
    for path in sorted(folder.rglob("corpus_trackB_TimeML/*.tml")):
        article = _read(path)
        articles[article.doc] = article
    return articles


def _read(path: Path) -> Article:
    try:
        root = ET.fromstring(path.read_text(encoding="utf-8"))
    except ET.ParseError as exc:
        raise TacitusError(f"{path}: not well-formed TimeML ({exc})") from None
    doc = (root.findtext("DOCID") or path.name.split("_")[0]).strip()
    published = None
    for timex in root.iter("TIMEX3"):
        if timex.get("functionInDocument") == "CREATION_TIME":
            try:
                published = dt.date.fromisoformat(timex.get("value", "")[:10])
            except ValueError:
                published = None
    pieces: list[str] = []
    size = 0
    sentences: dict[int, tuple[int, int]] = {}
    events: dict[tuple[int, str], list[tuple[int, int]]] = {}
    body = root.find("TEXT")
    for s in body.iter("s") if body is not None else []:
        number = int(s.get("id"))
        start = size
        for kind, text in _pieces(s):
            if kind == "event":
                events.setdefault((number, text), []).append((size, size + len(text)))
            pieces.append(text)
            size += len(text)
        sentences[number] = (start, size)
        pieces.append("\n")
        size += 1
    return Article(doc, "".join(pieces), published, sentences, events)


def _pieces(node):
    """(kind, text) pieces of a sentence in order; tokens are space-separated in the files."""
    if node.text:
        yield "text", node.text
    for child in node:
        if child.tag == "EVENT":
            yield "event", "".join(child.itertext())
        else:
            yield "text", "".join(child.itertext())
        if child.tail:
            yield "text", child.tail


def written_at(value: Optional[str], gold: str) -> Optional[str]:
    """A TIMEX value written as the gold writes dates, at the gold's precision."""
    found = period(value)
    if found is None:
        return None
    keep = len(gold.split("-XX")[0])  # 10, 7 or 4 characters known
    if found.first != found.last and not (keep == 7 and found.first.strftime("%Y-%m") == found.last.strftime("%Y-%m")
                                          or keep == 4 and found.first.year == found.last.year):
        return None  # coarser than the gold: not that date
    day = found.first.isoformat()
    return day[:keep] + "-XX" * ((10 - keep) // 3)


def evaluate(folder, nlp) -> Scores:
    from tacitus.extract.context import Context
    from tacitus.extract.time import date_quotes_and_events, find_times
    from tacitus.report import Article as Art, Event, Span

    folder = Path(folder)
    gold = read_gold(folder)
    articles = read_articles(folder)
    if not gold or not articles:
        raise TacitusError(f"{folder}: no TimeLine gold standard or track B TimeML found")
    scores = Scores()
    by_doc: dict[str, list[Mention]] = {}
    for mention in gold:
        by_doc.setdefault(mention.doc, []).append(mention)
    for doc_id, mentions in sorted(by_doc.items()):
        article = articles.get(doc_id)
        if article is None:
            scores.missing += len(mentions)
            continue
        doc = nlp(article.text)
        ctx = Context.create(doc, Art(text=article.text, published=article.published.isoformat()
                                      if article.published else None))
        ctx.times = find_times(doc, ctx.published)
        placed = []
        for n, mention in enumerate(mentions):
            spans = article.events.get((mention.sentence, mention.word))
            sentence = article.sentences.get(mention.sentence)
            if not spans or sentence is None:
                scores.missing += 1
                continue
            start, end = spans[0]
            event = Event(id=f"g{n}", type="OTHER", trigger=Span(start, end, mention.word),
                          sentence=Span(*sentence, article.text[sentence[0]:sentence[1]]))
            placed.append((mention, event))
        ctx.events = [event for _, event in sorted(placed, key=lambda p: p[1].trigger.start)]
        date_quotes_and_events(ctx)
        for mention, event in placed:
            _score(scores, mention, event, article)
    return scores


def _score(scores: Scores, mention: Mention, event, article: Article) -> None:
    scores.mentions += 1
    got = written_at(event.date.value if event.date else None, mention.gold)
    if mention.gold.startswith("XXXX"):
        if event.date is not None and not event.date.inferred and event.date.value:
            scores.unanchorable_given_text_date += 1
        return
    scores.anchorable += 1
    precision = {10: "day", 7: "month", 4: "year"}[len(mention.gold.split("-XX")[0])]
    scores.by_precision[precision] += 1
    right = got == mention.gold
    scores.correct += right
    scores.correct_by_precision[precision] += right
    if article.published is not None:
        scores.dct_baseline += written_at(article.published.isoformat(), mention.gold) == mention.gold
    if event.date is not None and not event.date.inferred:
        scores.stated += 1
        scores.stated_correct += right
    if not right:
        scores.failures.append((f"{mention.doc}-{mention.sentence}-{mention.word}",
                                event.date.text if event.date else "", str(got), mention.gold))
