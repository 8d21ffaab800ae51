"""Casualty figures of an article's main incident against hand annotations.

The annotations (a YAML list of `id`, `year`, `killed`, `injured`, `set`, `note`) name
articles of the Wikinews sample CSVs (`wikinews_YEAR.csv`, columns url,date,title,text)
by the last part of their URL; the articles are read from the corpus folder at
evaluation time. A figure is written as the text would state it ("7", "at least 20",
"around 20"); null means the article states none and "0" that it says none (no figure
found counts as right for "0"). A figure matches when the number Tacitus reports (the
summary's min, or its max when only a bound from above is known) is the annotated
figure read with the same conventions ("more than 90" -> 91).
"""
from __future__ import annotations

import csv
from dataclasses import dataclass, field
from pathlib import Path
from typing import Optional

from tacitus.errors import TacitusError


@dataclass
class Row:
    id: str
    set: str
    expected: dict  # kind -> annotated text or None
    found: dict  # kind -> number found or None
    right: dict  # kind -> bool


@dataclass
class Scores:
    rows: list[Row] = field(default_factory=list)

    def rate(self, kind: str, subset: Optional[str] = None, stated_only: bool = False) -> tuple[int, int]:
        """(right, total) for killed or injured, on one set, optionally only where a figure is stated."""
        rows = [r for r in self.rows if subset in (None, r.set)]
        if stated_only:
            rows = [r for r in rows if r.expected[kind] not in (None, "0")]
        return sum(r.right[kind] for r in rows), len(rows)


def expected_number(text: Optional[str]) -> Optional[int]:
    """The annotated figure as one number, with the extractor's conventions."""
    from tacitus.extract.casualties import find_amount

    if text is None:
        return None
    amount = find_amount(text)
    if amount is None:
        raise TacitusError(f"casualty annotation {text!r}: no figure")
    lo, hi = amount
    return lo if lo is not None else hi


def reported_number(count) -> Optional[int]:
    if count is None:
        return None
    return count.min if count.min is not None else count.max


def summary_counts(report) -> dict:
    """killed/injured of the article's main incident: the Report's summary."""
    summary = getattr(report, "casualties", None)
    if summary is not None:
        return {kind: getattr(summary, kind).count if getattr(summary, kind) else None
                for kind in ("killed", "injured")}
    # before there was a summary: the first figure any event carries
    first = {}
    for kind in ("killed", "injured"):
        first[kind] = next((getattr(e, kind) for e in report.events if getattr(e, kind) is not None), None)
    return first


def load_articles(corpus: Path) -> dict[str, dict]:
    """Wikinews rows by the last part of their URL."""
    csv.field_size_limit(1 << 30)
    rows = {}
    for path in sorted(Path(corpus).glob("wikinews_*.csv")):
        with path.open(encoding="utf-8", newline="") as handle:
            for row in csv.DictReader(handle):
                rows[row["url"].rsplit("/", 1)[-1]] = row
    if not rows:
        raise TacitusError(f"{corpus}: no wikinews_*.csv files")
    return rows


def load_annotations(path: Path) -> list[dict]:
    import yaml

    try:
        data = yaml.safe_load(Path(path).read_text(encoding="utf-8"))
    except (OSError, yaml.YAMLError) as exc:
        raise TacitusError(f"{path}: cannot read casualty annotations ({exc})") from None
    return data["articles"]


def evaluate(annotations: Path, corpus: Path, pipeline, subset: Optional[str] = None) -> Scores:
    from tacitus.report import Article

    articles = load_articles(corpus)
    scores = Scores()
    for entry in load_annotations(annotations):
        if subset and entry["set"] != subset:
            continue
        row = articles.get(entry["id"])
        if row is None:
            raise TacitusError(f"{corpus}: article {entry['id']} not found")
        report = pipeline.process(Article(text=row["text"], published=row["date"], title=row["title"],
                                          id=entry["id"], url=row["url"]))
        counts = summary_counts(report)
        found, right, expected = {}, {}, {}
        for kind in ("killed", "injured"):
            wanted = entry.get(kind)
            expected[kind] = wanted
            got = reported_number(counts[kind])
            found[kind] = got
            want = expected_number(wanted)
            right[kind] = got == want or (want == 0 and got is None)
        scores.rows.append(Row(entry["id"], entry["set"], expected, found, right))
    return scores
