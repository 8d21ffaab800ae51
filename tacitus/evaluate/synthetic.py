"""Scoring the event coder on synthetic stories labelled with one PLOVER type.

The NGEC synthetic stories (Halterman 2023: a CSV with `text`, `label` = the PLOVER type
the story was written about, `mode`) are not gold for every event of a story, only for
the one it is about. The measure is therefore a recall: the share of stories whose
labelled type is among the events Tacitus codes as not negated, per type.

The stories are split once, by their text alone, so that a split never moves: the
measurement fifth is the stories whose SHA-1 digest of the UTF-8 text starts with a byte
divisible by 5 (`sha1(text).digest()[0] % 5 == 0`); the rest (4/5) is where errors may be
looked at. Stories whose extraction fails are counted as misses and listed.
"""
from __future__ import annotations

import csv
import hashlib
import sys
import time
from collections import Counter
from dataclasses import dataclass, field
from pathlib import Path
from typing import Callable, Iterable, Optional

from tacitus.errors import ReadError, TacitusError
from tacitus.report import Article, Report

SPLITS = ("fifth", "rest", "all")


class SyntheticError(TacitusError):
    """A file that cannot be read as labelled synthetic stories."""


@dataclass
class Story:
    id: str  # the row number in the file, 1-based
    text: str
    label: str  # PLOVER type
    mode: Optional[str] = None


@dataclass
class Scores:
    total: Counter = field(default_factory=Counter)  # label -> stories
    found: Counter = field(default_factory=Counter)  # label -> stories whose label was coded
    # (label, coded type) -> stories that missed their label but coded that type ("-": nothing)
    coded: Counter = field(default_factory=Counter)
    failures: list[tuple[str, str]] = field(default_factory=list)  # (story id, message)
    seconds: float = 0.0

    @property
    def stories(self) -> int:
        return sum(self.total.values())

    @property
    def recall(self) -> float:
        return sum(self.found.values()) / self.stories if self.stories else 0.0

    def type_recall(self, label: str) -> float:
        return self.found[label] / self.total[label] if self.total[label] else 0.0

    def to_dict(self) -> dict:
        return {
            "stories": self.stories,
            "recall": round(self.recall, 4),
            "types": {t: {"stories": self.total[t], "found": self.found[t],
                          "recall": round(self.type_recall(t), 4)} for t in sorted(self.total)},
            "failures": [{"id": i, "error": m} for i, m in self.failures],
            "seconds": round(self.seconds, 1),
        }


def in_fifth(text: str) -> bool:
    """The measurement fifth: the first byte of the text's SHA-1 digest is divisible by 5."""
    return hashlib.sha1(text.encode("utf-8")).digest()[0] % 5 == 0


def load(path, split: str = "fifth") -> list[Story]:
    """The stories of one split ('fifth', 'rest' or 'all'), in file order."""
    if split not in SPLITS:
        raise SyntheticError(f"unknown split {split!r} (one of {', '.join(SPLITS)})")
    csv.field_size_limit(min(sys.maxsize, 2**31 - 1))
    try:
        with open(path, encoding="utf-8", newline="") as fh:
            rows = list(csv.DictReader(fh))
    except FileNotFoundError:
        raise SyntheticError(f"{path}: no such file") from None
    except (OSError, UnicodeDecodeError, csv.Error) as exc:
        raise SyntheticError(f"{path}: not a CSV of labelled stories ({exc.__class__.__name__})") from None
    if not rows or "text" not in rows[0] or "label" not in rows[0]:
        raise SyntheticError(f"{path}: expected a CSV with 'text' and 'label' columns")
    stories = []
    for n, row in enumerate(rows, 1):
        text, label = (row.get("text") or "").strip(), (row.get("label") or "").strip().upper()
        if not text or not label:
            continue
        if split != "all" and in_fifth(row["text"]) != (split == "fifth"):
            continue
        stories.append(Story(id=str(n), text=row["text"], label=label,
                             mode=(row.get("mode") or "").strip().lower() or None))
    if not stories:
        raise SyntheticError(f"{path}: no labelled stories in the {split} split")
    return stories


def coded_types(report: Report) -> set[str]:
    """The PLOVER types of the report's events that are not negated."""
    return {e.type for e in report.events if e.status != "negated"}


def evaluate(stories: Iterable[Story], pipeline=None,
             on_story: Optional[Callable[[Story, Optional[Report]], None]] = None,
             batch_size: int = 32) -> Scores:
    """Run the pipeline over the stories (batched; a failing story is a miss and listed)."""
    if pipeline is None:
        from tacitus.pipeline import get_pipeline

        pipeline = get_pipeline()
    stories = list(stories)
    scores = Scores()
    began = time.perf_counter()
    for start in range(0, len(stories), batch_size):
        batch = stories[start:start + batch_size]
        articles = [Article(text=s.text, id=s.id, source=f"story {s.id}") for s in batch]
        for story, result in zip(batch, pipeline.process_batch_or_errors(articles, batch_size=batch_size)):
            scores.total[story.label] += 1
            report = None if isinstance(result, ReadError) else result
            if report is None:
                scores.failures.append((story.id, str(result)))
                scores.coded[(story.label, "failed")] += 1
            else:
                types = coded_types(report)
                scores.found[story.label] += story.label in types
                if story.label not in types:
                    for t in types or {"-"}:
                        scores.coded[(story.label, t)] += 1
            if on_story:
                on_story(story, report)
    scores.seconds = time.perf_counter() - began
    return scores


def format_scores(scores: Scores) -> str:
    lines = [f"stories {scores.stories}  labelled type among the non-negated events: "
             f"{scores.recall:.1%}  ({scores.seconds:.0f} s)",
             f"{'type':<11}{'stories':>8}{'found':>7}{'recall':>8}   missed stories coded instead (- none)"]
    for label in sorted(scores.total, key=lambda t: scores.type_recall(t)):
        others = sorted(((n, t) for (g, t), n in scores.coded.items() if g == label), reverse=True)
        instead = ", ".join(f"{t} {n}" for n, t in others[:4])
        lines.append(f"{label:<11}{scores.total[label]:>8}{scores.found[label]:>7}"
                     f"{scores.type_recall(label):>8.1%}   {instead}")
    lines.append(f"extraction failures: {len(scores.failures)}")
    for story_id, message in scores.failures:
        lines.append(f"  {message}")
    return "\n".join(lines)
