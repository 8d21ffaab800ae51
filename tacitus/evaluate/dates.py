"""Value accuracy on the Recognizers-Text English date/time specs (MIT, Microsoft).

Each spec item gives an input sentence, a reference date and the expected expressions
with their TIMEX values. An expected expression counts as correct when Tacitus finds an
overlapping expression whose value is the expected TIMEX, its past or future resolution
(Tacitus resolves by the news convention, Recognizers-Text gives both), or the same
interval as an expected range. Results are grouped by the spec's category.
"""
from __future__ import annotations

import datetime as dt
import json
from collections import defaultdict
from dataclasses import dataclass, field
from pathlib import Path
from typing import Iterator, Optional

from tacitus.errors import TacitusError
from tacitus.evaluate.intervals import interval, range_interval
from tacitus.timex import find_times_in_text


@dataclass
class Expected:
    category: str
    text: str
    start: int
    end: int
    accepted: set[str]
    range: Optional[tuple] = None


@dataclass
class Case:
    source: str
    input: str
    reference: dt.date
    expected: list[Expected]


@dataclass
class Tally:
    total: int = 0
    found: int = 0
    correct: int = 0
    failures: list[tuple[str, str, str, str]] = field(default_factory=list)  # input, text, got, wanted

    @property
    def accuracy(self) -> float:
        return self.correct / self.total if self.total else 0.0


def read_cases(folder: Path) -> Iterator[Case]:
    """Spec items that carry a reference date and resolved values."""
    folder = Path(folder)
    if not folder.is_dir():
        raise TacitusError(f"{folder}: not a directory of Recognizers-Text specs")
    files = sorted(p for p in folder.glob("*.json") if "Extractor" not in p.name)
    if not files:
        raise TacitusError(f"{folder}: no Recognizers-Text spec files (*.json) found")
    for path in files:
        try:
            items = json.loads(path.read_text(encoding="utf-8-sig"))
        except (OSError, ValueError) as exc:
            raise TacitusError(f"{path}: cannot read spec file ({exc})") from None
        for item in items:
            reference = (item.get("Context") or {}).get("ReferenceDateTime")
            if not reference:
                continue
            expected = [e for e in (_expected(r, path.stem) for r in item.get("Results") or []) if e]
            if expected:
                yield Case(path.stem, item["Input"], dt.date.fromisoformat(reference[:10]), expected)


def _expected(result: dict, source: str) -> Optional[Expected]:
    start = result.get("Start")
    if start is None:
        return None
    if "Value" in result:  # parser specs
        value = result["Value"] or {}
        category = result.get("Type", "?").replace("datetimeV2.", "")
        end = start + result.get("Length", len(result.get("Text", "")))
        timexes = [value.get("Timex")] + [v.get("timex") for v in value.get("values") or []]
        for resolution in (value.get("FutureResolution") or {}, value.get("PastResolution") or {}):
            timexes += [resolution.get("date")]
    elif "Resolution" in result:  # model specs
        category = result.get("TypeName", "?").replace("datetimeV2.", "")
        end = result.get("End", start + len(result.get("Text", ""))) + 1
        values = (result.get("Resolution") or {}).get("values") or []
        timexes = [v.get("timex") for v in values] + [v.get("value") for v in values
                                                        if v.get("type") == "date"]
    else:
        return None
    accepted = {t for t in timexes if isinstance(t, str) and t}
    ranges = [r for r in (range_interval(t) for t in accepted) if r]
    return Expected(category, result.get("Text", ""), start, end, accepted, ranges[0] if ranges else None)


def evaluate(folder: Path) -> dict[str, Tally]:
    """Tally of expected expressions by category (and "all")."""
    tallies: dict[str, Tally] = defaultdict(Tally)
    for case in read_cases(folder):
        found = find_times_in_text(case.input, case.reference)
        for exp in case.expected:
            hit = next((t for t in found if t.start < exp.end and exp.start < t.end), None)
            correct = hit is not None and _matches(hit.value, exp)
            for key in (exp.category, "all"):
                tally = tallies[key]
                tally.total += 1
                tally.found += hit is not None
                tally.correct += correct
                if not correct and key != "all":
                    tally.failures.append((case.input, exp.text, hit.value if hit else "-",
                                           sorted(exp.accepted)[0] if exp.accepted else "?"))
    return dict(tallies)


def _matches(value: Optional[str], exp: Expected) -> bool:
    if value is None:
        return False
    if value in exp.accepted:
        return True
    return exp.range is not None and interval(value) == exp.range
