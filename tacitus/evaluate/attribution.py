"""Attribution scores: statements found against statements marked by hand.

The rule is end to end: a found statement is right when its text overlaps the content
of a marked attribution and its speaker is that attribution's source (one of the
source's names is part of the reported speaker's name, its mention or its actor's name).
Recall is also given separately for content holding the source's own quoted words and
for content without them, and the act is compared on the matched statements.

The marked file (YAML) names a CSV corpus file and its rows; the article texts are read
from that corpus when scoring, never stored with the marks:

    file: wikinews_2020.csv
    articles:
    - row: 0
      attributions:
      - {source: "NEOC|National Emergency Operation", start: 275, end: 394, quoted: false, act: speech}
"""
from __future__ import annotations

import csv
from dataclasses import dataclass, field
from pathlib import Path

import yaml

from tacitus.errors import TacitusError


@dataclass
class Marked:
    sources: tuple[str, ...]  # alternative names of the source, lower case
    start: int
    end: int
    quoted: bool
    act: str


@dataclass
class Scores:
    gold: int = 0
    gold_quoted: int = 0
    found: int = 0  # statements Tacitus reported
    right: int = 0  # of those, overlapping a marked content with the right speaker
    recalled: int = 0  # marked attributions found with the right speaker
    recalled_quoted: int = 0
    act_right: int = 0  # of the recalled ones, act equal to the mark
    misses: list[tuple[str, Marked, str]] = field(default_factory=list)  # (article, mark, text)
    wrong: list[tuple[str, object]] = field(default_factory=list)  # (article, quote)

    @property
    def precision(self) -> float:
        return self.right / self.found if self.found else 0.0

    @property
    def recall(self) -> float:
        return self.recalled / self.gold if self.gold else 0.0

    @property
    def f1(self) -> float:
        p, r = self.precision, self.recall
        return 2 * p * r / (p + r) if p + r else 0.0

    @property
    def recall_quoted(self) -> float:
        return self.recalled_quoted / self.gold_quoted if self.gold_quoted else 0.0

    @property
    def recall_unquoted(self) -> float:
        unquoted = self.gold - self.gold_quoted
        return (self.recalled - self.recalled_quoted) / unquoted if unquoted else 0.0

    @property
    def act_accuracy(self) -> float:
        return self.act_right / self.recalled if self.recalled else 0.0


def load_marks(path: str | Path) -> tuple[str, list[tuple[int, list[Marked]]]]:
    """(corpus file name, [(row, marks)]) from a marked YAML file."""
    try:
        data = yaml.safe_load(Path(path).read_text(encoding="utf-8"))
        articles = []
        for art in data["articles"]:
            marks = [Marked(tuple(s.strip().lower() for s in a["source"].split("|")), int(a["start"]),
                            int(a["end"]), bool(a.get("quoted")), a.get("act", "speech"))
                     for a in art["attributions"]]
            articles.append((int(art["row"]), marks))
        return data["file"], articles
    except (OSError, yaml.YAMLError, KeyError, TypeError, ValueError) as exc:
        raise TacitusError(f"{path}: not a file of marked attributions ({exc})") from exc


def corpus_rows(path: str | Path) -> list[dict]:
    csv.field_size_limit(1 << 30)
    try:
        with open(path, encoding="utf-8", newline="") as fh:
            return list(csv.DictReader(fh))
    except OSError as exc:
        raise TacitusError(f"{path}: cannot read the corpus ({exc})") from exc


def speaker_names(report, quote) -> list[str]:
    names = [quote.speaker_name or ""]
    if quote.speaker_span is not None:
        names.append(quote.speaker_span.text)
    actor = report.actor(quote.speaker) if quote.speaker else None
    if actor is not None:
        names.append(actor.name)
    return [n.lower() for n in names if n]


def right_speaker(mark: Marked, names: list[str]) -> bool:
    return any(source in name for source in mark.sources for name in names)


def overlaps(mark: Marked, quote) -> bool:
    return quote.start < mark.end and mark.start < quote.end


def score_article(scores: Scores, name: str, report, marks: list[Marked]) -> None:
    quotes = report.quotes
    names = {q.id: speaker_names(report, q) for q in quotes}
    for mark in marks:
        scores.gold += 1
        scores.gold_quoted += mark.quoted
        hits = [q for q in quotes if overlaps(mark, q) and right_speaker(mark, names[q.id])]
        if hits:
            scores.recalled += 1
            scores.recalled_quoted += mark.quoted
            scores.act_right += any(getattr(q, "act", "speech") == mark.act for q in hits)
        else:
            scores.misses.append((name, mark, report.article.text[mark.start:mark.end]))
    for quote in quotes:
        scores.found += 1
        if any(overlaps(m, quote) and right_speaker(m, names[quote.id]) for m in marks):
            scores.right += 1
        else:
            scores.wrong.append((name, quote))


def evaluate(marks_path: str | Path, corpus_dir: str | Path, pipeline=None) -> Scores:
    """Run Tacitus on the marked articles of the corpus and score its statements."""
    from tacitus.pipeline import get_pipeline
    from tacitus.report import Article

    file_name, articles = load_marks(marks_path)
    rows = corpus_rows(Path(corpus_dir) / file_name)
    pipeline = pipeline or get_pipeline()
    scores = Scores()
    for row, marks in articles:
        if row >= len(rows):
            raise TacitusError(f"{marks_path}: row {row} is not in {file_name}")
        record = rows[row]
        report = pipeline.process(Article(text=record["text"], published=record.get("date") or None,
                                          id=f"{file_name}:{row}", title=record.get("title")))
        score_article(scores, f"{file_name}:{row}", report, marks)
    return scores
