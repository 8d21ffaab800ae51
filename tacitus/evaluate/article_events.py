"""Scoring whole articles against every event a reader labelled in them.

The sentence files score one sentence at a time; a user meets whole articles, where
background, interviews and quotes add events nobody asked for. The gold file
(`tests/data/wikinews_article_events_hand20.json`) lists, for each Wikinews article,
the sentences that state a PLOVER event (`sentence`: the sentence's opening words,
`type`, `also`: other defensible types, `NONE` among them when the event may be no
event at all). Every other sentence of the article states none.

Scores:
- found: of the sure events (type not NONE, no NONE in `also`), how many sentences carry
  a non-negated event of Tacitus (its trigger or a later mention in that sentence);
- right: of those found, how many carry one of the labelled types;
- false events: non-negated events in sentences labelled as stating none (or NONE
  sentences whose types are not in `also`).
"""
from __future__ import annotations

import json
import re
from dataclasses import dataclass
from pathlib import Path
from typing import Optional

from tacitus.errors import TacitusError
from tacitus.report import Article

# A sentence ends at a full stop, question or exclamation mark, with closing quotes or
# brackets, before white space or the end of the text.
_SENTENCE_END = re.compile(r'[.!?]["”’)\]]*(?=\s|$)')


class GoldError(TacitusError):
    """A gold file of article events that cannot be used."""


@dataclass
class Scores:
    articles: int = 0
    sure: int = 0
    found: int = 0
    right: int = 0
    coded: int = 0
    false: int = 0

    def to_dict(self) -> dict:
        return dict(self.__dict__)


def load(path: Path) -> list[dict]:
    try:
        data = json.loads(Path(path).read_text(encoding="utf-8"))
        return list(data["articles"])
    except (OSError, ValueError, KeyError, TypeError) as exc:
        raise GoldError(f"{path}: cannot read article events ({exc})") from None


def _sentence_span(text: str, opening: str) -> Optional[tuple[int, int]]:
    at = text.find(opening)
    if at < 0:
        return None
    end = _SENTENCE_END.search(text, at + max(len(opening) - 2, 0))
    return at, (end.end() if end else len(text))


def score_article(scores: Scores, gold: dict, report, on_miss=None) -> None:
    """Add one article's counts; `on_miss(kind, text, types)` hears each miss and false event."""
    text = report.article.text
    limit = None
    if gold.get("labelled_chars"):
        end = _SENTENCE_END.search(text, int(gold["labelled_chars"]))
        limit = end.end() if end else len(text)
    events = []
    for event in report.events:
        if event.status == "negated" or (limit is not None and event.trigger.start >= limit):
            continue
        events.append((event, [event.trigger.start] + [m.start for m in event.mentions]))
    scores.articles += 1
    scores.coded += len(events)
    labelled = []
    for item in gold.get("events", []):
        span = _sentence_span(text, item["sentence"])
        if span is None:
            raise GoldError(f"{gold.get('url')}: labelled sentence not in the article: {item['sentence'][:60]!r}")
        labelled.append((span, item["type"], set(item.get("also", []))))
    for (start, end), kind, also in labelled:
        types = {e.type for e, points in events if any(start <= p < end for p in points)}
        if kind != "NONE" and "NONE" not in also:
            scores.sure += 1
            if types:
                scores.found += 1
                scores.right += bool(types & ({kind} | also))
            if on_miss and not types & ({kind} | also):
                on_miss("missed", text[start:end], sorted(types))
        elif kind == "NONE" and types and not types <= also:
            scores.false += 1
            if on_miss:
                on_miss("false", text[start:end], sorted(types))
    for event, points in events:
        if not any(start <= p < end for (start, end), _, _ in labelled for p in points):
            scores.false += 1
            if on_miss:
                on_miss("false", text[event.sentence.start:event.sentence.end], [event.type])


def evaluate(path: Path, corpus: Path, pipeline=None, on_miss=None) -> Scores:
    from tacitus.evaluate.casualties import load_articles

    if pipeline is None:
        from tacitus.pipeline import get_pipeline

        pipeline = get_pipeline()
    rows = load_articles(corpus)
    scores = Scores()
    for gold in load(path):
        row = rows.get(str(gold.get("url", "")).rsplit("/", 1)[-1])
        if row is None:
            raise GoldError(f"{corpus}: no article for {gold.get('url')}")
        report = pipeline.process(Article(text=row["text"], published=row.get("date"), title=row.get("title"),
                                          url=row.get("url")))
        score_article(scores, gold, report, on_miss)
    return scores


def format_scores(s: Scores) -> str:
    def share(part, whole):
        return f"{100 * part / whole:.0f} %" if whole else "-"

    return "\n".join([
        f"articles {s.articles}; sure events {s.sure}",
        f"found            {s.found} ({share(s.found, s.sure)})",
        f"right type       {s.right} ({share(s.right, s.found)} of found, {share(s.right, s.sure)} of all)",
        f"false events     {s.false} of {s.coded} coded",
    ])
