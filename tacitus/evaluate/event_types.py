"""Scoring event types on sentences labelled by hand with their main PLOVER type, or NONE.

Input: JSON lines with `text` (a sentence, extracted as an article of its own), `type`
(the PLOVER type of its main event, or NONE when it states no PLOVER event) and `also`
(other answers a careful coder could defend, NONE among them). `tests/data/` holds two
such files of English Wikinews sentences (CC BY 2.5), labelled before Tacitus was run on
them (tests/data/README.md).

A sentence with an event is found when its type is among Tacitus's non-negated event types
(lenient: or one of `also`, or nothing coded when `also` holds NONE); a NONE sentence is
kept clean when no non-negated event is coded (lenient: or only types of `also`). Accuracy
counts both. With `min_confidence`, events below that confidence are left out first, to
see what a user filtering on it would get. A sentence whose extraction fails is a miss and
is listed.
"""
from __future__ import annotations

from collections import Counter
from dataclasses import dataclass, field
from typing import Optional

from tacitus.errors import ReadError, TacitusError
from tacitus.evaluate import jsonlines
from tacitus.report import Article, Report

NONE = "NONE"


class LabelledSentencesError(TacitusError):
    """A file that cannot be read as labelled sentences."""


@dataclass
class Sentence:
    id: str  # the line number in the file
    text: str
    type: str  # a PLOVER type or NONE
    also: frozenset[str] = frozenset()


@dataclass
class Scores:
    events: int = 0  # sentences labelled with a type
    found: int = 0  # ... whose type was coded
    found_lenient: int = 0
    quiet: int = 0  # NONE sentences
    kept_clean: int = 0  # ... where nothing was coded
    kept_clean_lenient: int = 0
    by_type: Counter = field(default_factory=Counter)  # type -> event sentences
    found_by_type: Counter = field(default_factory=Counter)  # type -> ... found
    # (gold type, coded type) for every event sentence whose type was not coded ("-": nothing)
    missed_as: Counter = field(default_factory=Counter)
    false_events: Counter = field(default_factory=Counter)  # type coded on NONE sentences
    wrong: list[tuple[Sentence, list[str]]] = field(default_factory=list)  # (sentence, types coded)
    failures: list[tuple[str, str]] = field(default_factory=list)  # (sentence id, message)

    @property
    def sentences(self) -> int:
        return self.events + self.quiet

    @property
    def accuracy(self) -> float:
        return (self.found + self.kept_clean) / self.sentences if self.sentences else 0.0

    @property
    def lenient_accuracy(self) -> float:
        return (self.found_lenient + self.kept_clean_lenient) / self.sentences if self.sentences else 0.0

    def add(self, sentence: Sentence, coded: set[str]) -> None:
        accepted = {sentence.type, *sentence.also}
        lenient = bool(coded & accepted) or (not coded and NONE in accepted)
        if sentence.type == NONE:
            self.quiet += 1
            self.kept_clean += not coded
            self.kept_clean_lenient += lenient
            self.false_events.update(coded)
            right = not coded
        else:
            right = sentence.type in coded
            self.events += 1
            self.by_type[sentence.type] += 1
            self.found += right
            self.found_by_type[sentence.type] += right
            self.found_lenient += lenient
            if not right:
                self.missed_as.update((sentence.type, t) for t in coded or {"-"})
        if not right:
            self.wrong.append((sentence, sorted(coded)))

    def to_dict(self) -> dict:
        return {
            "sentences": self.sentences, "accuracy": round(self.accuracy, 4),
            "lenient_accuracy": round(self.lenient_accuracy, 4),
            "events": self.events, "found": self.found, "found_lenient": self.found_lenient,
            "none": self.quiet, "kept_clean": self.kept_clean, "kept_clean_lenient": self.kept_clean_lenient,
            "types": {t: {"sentences": n, "found": self.found_by_type[t]} for t, n in sorted(self.by_type.items())},
            "missed_as": {f"{g}>{c}": n for (g, c), n in sorted(self.missed_as.items())},
            "false_events": dict(sorted(self.false_events.items())),
            "failures": [{"id": i, "error": m} for i, m in self.failures],
        }


def load(path) -> list[Sentence]:
    """The labelled sentences of a JSON-lines file; a bad line ends with one message naming it."""
    from tacitus.store import codes

    known = {*codes.known("type"), NONE}
    sentences = []
    for n, row in jsonlines.read(path, LabelledSentencesError):
        try:
            text, label = row["text"], row["type"].strip().upper()
            also = frozenset(a.strip().upper() for a in row.get("also") or [])
            if not text.strip():
                raise ValueError
        except (KeyError, TypeError, AttributeError, ValueError):
            raise LabelledSentencesError(f"{path}:{n}: expected a JSON object with 'text' and 'type'") from None
        unknown = sorted(({label} | also) - known)
        if unknown:
            raise LabelledSentencesError(f"{path}:{n}: unknown type {', '.join(unknown)} (a PLOVER type or NONE)")
        sentences.append(Sentence(str(n), text, label, also))
    if not sentences:
        raise LabelledSentencesError(f"{path}: no labelled sentences")
    return sentences


def coded_types(report: Report, min_confidence: Optional[float] = None) -> set[str]:
    """The types of the report's non-negated events (at or above `min_confidence` if given)."""
    return {e.type for e in report.events if e.status != "negated"
            and (min_confidence is None or (e.confidence is not None and e.confidence >= min_confidence))}


def evaluate(sentences: list[Sentence], pipeline=None, min_confidence: Optional[float] = None,
             batch_size: int = 32) -> Scores:
    if pipeline is None:
        from tacitus.pipeline import get_pipeline

        pipeline = get_pipeline()
    scores = Scores()
    articles = [Article(text=s.text, id=s.id, source=f"line {s.id}") for s in sentences]
    for sentence, result in zip(sentences, pipeline.process_batch_or_errors(articles, batch_size=batch_size)):
        if isinstance(result, ReadError):
            scores.failures.append((sentence.id, str(result)))
            coded = set()
        else:
            coded = coded_types(result, min_confidence)
        scores.add(sentence, coded)
    return scores


def format_scores(scores: Scores) -> str:
    s = scores
    lines = [f"sentences {s.sentences}  accuracy {s.accuracy:.1%} (lenient {s.lenient_accuracy:.1%})",
             f"event sentences whose type is found  {s.found} of {s.events} (lenient {s.found_lenient})",
             f"no-event sentences kept clean        {s.kept_clean} of {s.quiet} (lenient {s.kept_clean_lenient})",
             f"{'type':<11}{'sentences':>10}{'found':>7}   missed sentences coded instead (- none)"]
    for label in sorted(s.by_type, key=lambda t: (s.found_by_type[t] / s.by_type[t], t)):
        instead = sorted(((n, c) for (g, c), n in s.missed_as.items() if g == label), key=lambda nc: (-nc[0], nc[1]))
        lines.append(f"{label:<11}{s.by_type[label]:>10}{s.found_by_type[label]:>7}   "
                     + ", ".join(f"{c} {n}" for n, c in instead))
    false = ", ".join(f"{t} {n}" for t, n in sorted(s.false_events.items(), key=lambda tn: (-tn[1], tn[0])))
    lines.append(f"types coded on no-event sentences: {false or '-'}")
    lines.append(f"extraction failures: {len(s.failures)}")
    lines.extend(f"  line {i}: {m}" for i, m in s.failures)
    return "\n".join(lines)
