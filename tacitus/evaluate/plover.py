"""Scoring the event coder on PLOVER gold records (the format of PLOVER_GSR_CAMEO).

Each gold record has one sentence (`text`), one event type (pre-2021 names mapped:
DEMAND->REQUEST, DISAPPROVE->ACCUSE, INVESTIGATE->ACCUSE, FIGHT->ASSAULT; old modes, and
type/mode pairs the current codebook files elsewhere such as COERCE destroy -> ASSAULT
destroy), source and target actors with CAMEO-style codes, and sometimes a mode, dead and injured.
The full pipeline runs on every text (batched); of the events it codes, the one
that best matches the gold is compared. Country codes are compared on ISO alpha-3
(`lexicons/cameo_countries.yaml` maps the CAMEO codes that differ).
"""
from __future__ import annotations

import json
import re
from collections import Counter
from dataclasses import dataclass, field
from pathlib import Path
from typing import Iterable, Optional

from tacitus import lexicons
from tacitus.errors import TacitusError
from tacitus.evaluate import jsonlines
from tacitus.report import Article, Event, Report

NO_EVENT = "-"


class GoldError(TacitusError):
    """A gold file that cannot be read as PLOVER records."""


@dataclass
class GoldRecord:
    id: str
    text: str
    type: str
    mode: Optional[str]
    sources: set[str]
    targets: set[str]
    dead: Optional[int]
    injured: Optional[int]
    date: Optional[str] = None
    url: Optional[str] = None  # the article the sentence comes from (records of tests/data)
    score_sides: bool = True  # False when the gold's actor codes are no countries (PETRARCH's test states)


@dataclass
class Scores:
    records: int = 0
    type_correct: int = 0
    mode_total: int = 0
    mode_correct: int = 0
    dead_total: int = 0
    dead_correct: int = 0
    injured_total: int = 0
    injured_correct: int = 0
    counts: dict = field(default_factory=lambda: {"actor": Counter(), "recipient": Counter()})
    confusion: Counter = field(default_factory=Counter)  # (gold, predicted) -> n
    seconds: float = 0.0

    def prf(self, role: str) -> tuple[float, float, float]:
        c = self.counts[role]
        p = c["tp"] / (c["tp"] + c["fp"]) if c["tp"] + c["fp"] else 0.0
        r = c["tp"] / (c["tp"] + c["fn"]) if c["tp"] + c["fn"] else 0.0
        f = 2 * p * r / (p + r) if p + r else 0.0
        return p, r, f

    @property
    def type_accuracy(self) -> float:
        return self.type_correct / self.records if self.records else 0.0

    def to_dict(self) -> dict:
        out = {
            "records": self.records,
            "type_accuracy": round(self.type_accuracy, 4),
            "mode_accuracy": round(self.mode_correct / self.mode_total, 4) if self.mode_total else None,
            "mode_records": self.mode_total,
            "dead_exact": round(self.dead_correct / self.dead_total, 4) if self.dead_total else None,
            "dead_records": self.dead_total,
            "injured_exact": round(self.injured_correct / self.injured_total, 4) if self.injured_total else None,
            "injured_records": self.injured_total,
            "seconds": round(self.seconds, 2),
        }
        for role in ("actor", "recipient"):
            p, r, f = self.prf(role)
            scored = sum(self.counts[role].values()) > 0
            out[role] = {"precision": round(p, 4), "recall": round(r, 4), "f1": round(f, 4)} if scored else None
        out["confusion"] = {f"{g}->{p}": n for (g, p), n in sorted(self.confusion.items())}
        return out


# --- gold ---------------------------------------------------------------------------

def _country_map() -> tuple[dict, set]:
    data = lexicons.load("cameo_countries.yaml")
    return data.get("countries") or {}, set(data.get("non_state") or [])


def normalise_code(code: str) -> Optional[str]:
    """The comparable part of a CAMEO actor code: ISO alpha-3 country, or a non-state code."""
    if not code:
        return None
    countries, non_state = _country_map()
    head = code.strip().upper()[:3]
    if not head.isalpha():
        return None
    return countries.get(head, head) if head not in non_state else head


def _codes(actors) -> set[str]:
    if not isinstance(actors, list):
        return set()
    return {c for c in (normalise_code(a.get("code", "")) for a in actors if isinstance(a, dict)) if c}


def _int(value) -> Optional[int]:
    try:
        return int(value) if value not in (None, "") else None
    except (TypeError, ValueError):
        return None


def load_gold(path: Path) -> list[GoldRecord]:
    """PLOVER gold records with a text and an event (documentation records skipped)."""
    try:
        data = json.loads(Path(path).read_text(encoding="utf-8"))
    except FileNotFoundError:
        raise GoldError(f"{path}: no such file") from None
    except (OSError, UnicodeDecodeError, json.JSONDecodeError) as exc:
        raise GoldError(f"{path}: not a JSON file of PLOVER records ({exc.__class__.__name__})") from None
    if isinstance(data, dict):
        data = [data]
    if not isinstance(data, list):
        raise GoldError(f"{path}: expected a JSON list of PLOVER records")
    old = lexicons.load("plover.yaml").get("old_names") or {}
    old_modes = lexicons.load("plover.yaml").get("old_modes") or {}
    old_type_modes = lexicons.load("plover.yaml").get("old_type_modes") or {}
    records = []
    for n, raw in enumerate(data):
        if not isinstance(raw, dict) or not raw.get("text") or not raw.get("event") or raw["event"] == "DOCUMENT":
            continue
        event = str(raw["event"]).upper()
        mapped = old.get(event) or {}
        mode = (raw.get("mode") or "").strip() or mapped.get("mode")
        mode = old_modes.get(mode, mode)
        type_ = mapped.get("type", event)
        moved = old_type_modes.get(f"{type_}/{mode}") or {}  # filed under another type or mode now
        type_, mode = moved.get("type", type_), moved.get("mode", mode)
        records.append(GoldRecord(
            id=str(raw.get("id") or n), text=raw["text"], type=type_, mode=mode or None,
            sources=_codes(raw.get("source")), targets=_codes(raw.get("target")),
            dead=_int(raw.get("dead")), injured=_int(raw.get("injured")), date=raw.get("date"),
            url=raw.get("url")))
    if not records:
        raise GoldError(f"{path}: no PLOVER records with a text and an event")
    return records


def load_cameo_map(path: Path) -> dict[str, tuple[str, Optional[str]]]:
    """CAMEO code -> (PLOVER type, mode) from the CAMEO-to-PLOVER table ("0874: RETREAT, disarm, ...")."""
    from tacitus.extract.cameo_verbs import read_cameo_map

    try:
        table = read_cameo_map(path)
    except (OSError, UnicodeDecodeError) as exc:
        raise GoldError(f"{path}: cannot read the CAMEO-to-PLOVER table ({exc.__class__.__name__})") from None
    if not table:
        raise GoldError(f"{path}: no 'code: TYPE, mode, context' lines")
    return table


def load_petrarch(path: Path, cameo_map: dict, sides: bool = False) -> list[GoldRecord]:
    """PETRARCH2 unit-test records (JSON lines): the first expected CAMEO code as a PLOVER
    type. Their actors are invented states: sides are scored only when `sides` is set (the
    records' own actor dictionary loaded as extra lexicon entries)."""
    records = []
    for n, raw in jsonlines.read(path, GoldError):
        expected = raw.get("expected_events") or []
        code = str(expected[0].get("event", "")) if expected else ""
        mapped = cameo_map.get(code) or cameo_map.get(code[:3]) or cameo_map.get(code[:2])
        if not raw.get("text") or not mapped:
            continue
        first = expected[0]
        records.append(GoldRecord(id=str(raw.get("id") or n), text=raw["text"], type=mapped[0], mode=None,
                                  sources={c for c in [normalise_code(str(first.get("source") or ""))] if c},
                                  targets={c for c in [normalise_code(str(first.get("target") or ""))] if c},
                                  dead=None, injured=None, score_sides=sides))
    if not records:
        raise GoldError(f"{path}: no PETRARCH records with an expected event")
    return records


# --- matching and scoring -----------------------------------------------------------

def actor_codes(report: Report, ids: Iterable[str]) -> set[str]:
    _, non_state = _country_map()
    out = set()
    for actor_id in ids:
        actor = report.actor(actor_id)
        if actor is None:
            continue
        if actor.country:
            out.add(actor.country)
        elif actor.sector in non_state:
            out.add(actor.sector)
    return out


def best_event(report: Report, gold: GoldRecord, within: Optional[tuple[int, int]] = None) -> Optional[Event]:
    """The coded event closest to the gold: same type first, then shared actors; with
    `within`, only events whose trigger lies in that stretch of the article (the gold's
    sentence when the whole article was run)."""
    def score(e: Event):
        return (2 * (e.type == gold.type)
                + len(actor_codes(report, e.actors) & gold.sources)
                + len(actor_codes(report, e.recipients) & gold.targets),
                e.status in ("asserted", "historical"))
    events = report.events
    if within is not None:
        events = [e for e in events if within[0] <= e.trigger.start < within[1]]
    events = [e for e in events if e.status != "negated"] or events
    return max(events, key=score) if events else None


def score_one(scores: Scores, gold: GoldRecord, report: Report,
              within: Optional[tuple[int, int]] = None) -> Optional[Event]:
    event = best_event(report, gold, within)
    predicted = event.type if event else NO_EVENT
    scores.records += 1
    scores.type_correct += predicted == gold.type
    scores.confusion[(gold.type, predicted)] += 1
    for role, gold_codes, ids in (("actor", gold.sources, event.actors if event else []),
                                  ("recipient", gold.targets, event.recipients if event else [])):
        if not gold.score_sides:
            continue
        got = actor_codes(report, ids)
        c = scores.counts[role]
        c["tp"] += len(got & gold_codes)
        c["fp"] += len(got - gold_codes)
        c["fn"] += len(gold_codes - got)
    if gold.mode:
        scores.mode_total += 1
        scores.mode_correct += bool(event and event.mode == gold.mode)
    if gold.dead is not None:
        scores.dead_total += 1
        scores.dead_correct += bool(event and event.killed and event.killed.min == gold.dead)
    if gold.injured is not None:
        scores.injured_total += 1
        scores.injured_correct += bool(event and event.injured and event.injured.min == gold.injured)
    return event


def evaluate(records: list[GoldRecord], pipeline=None, on_record=None) -> Scores:
    """Run the pipeline over the gold texts (batched) and score them."""
    import time

    if pipeline is None:
        from tacitus.pipeline import get_pipeline

        pipeline = get_pipeline()
    scores = Scores()
    began = time.perf_counter()
    articles = [Article(text=r.text, id=r.id, published=_iso(r.date)) for r in records]
    for gold, report in zip(records, pipeline.process_many(articles, batch_size=32)):
        event = score_one(scores, gold, report)
        if on_record:
            on_record(gold, report, event)
    scores.seconds = time.perf_counter() - began
    return scores


def evaluate_in_articles(records: list[GoldRecord], corpus: Path, pipeline=None, on_record=None) -> Scores:
    """Each record scored where it was written: its whole article (found in the Wikinews
    `corpus` folder by the record's `url`) is run, and only the events of the record's
    sentence are matched, so that the other sentences' names, places and dates count
    as they do for a user."""
    import time

    from tacitus.evaluate.casualties import load_articles

    if pipeline is None:
        from tacitus.pipeline import get_pipeline

        pipeline = get_pipeline()
    rows = load_articles(corpus)
    scores = Scores()
    began = time.perf_counter()
    for gold in records:
        row = rows.get((gold.url or "").rsplit("/", 1)[-1])
        if row is None:
            raise GoldError(f"{corpus}: no article for record {gold.id} ({gold.url or 'no url'})")
        report = pipeline.process(Article(text=row["text"], published=row.get("date"), title=row.get("title"),
                                          id=gold.id, url=row.get("url")))
        start = _find_sentence(report.article.text, gold.text)
        if start is None:
            raise GoldError(f"{corpus}: the sentence of record {gold.id} is not in its article")
        event = score_one(scores, gold, report, within=(start, start + len(gold.text)))
        if on_record:
            on_record(gold, report, event)
    scores.seconds = time.perf_counter() - began
    return scores


def _find_sentence(text: str, sentence: str) -> Optional[int]:
    at = text.find(sentence)
    if at >= 0:
        return at
    words = sentence.split()  # the reader may have joined or split lines within it
    found = re.search(r"\s+".join(re.escape(w) for w in words), text) if words else None
    return found.start() if found else None


def _iso(value) -> Optional[str]:
    value = str(value or "")
    return value[:10] if len(value) >= 10 and value[4] == "-" else None


def format_scores(scores: Scores) -> str:
    d = scores.to_dict()
    lines = [f"records            {d['records']}  ({d['seconds']} s)",
             f"event type         {d['type_accuracy']:.1%}"]
    for role in ("actor", "recipient"):
        r = d[role]
        lines.append(f"{role:<10} country P {r['precision']:.1%}  R {r['recall']:.1%}  F1 {r['f1']:.1%}"
                     if r else f"{role:<10} country -  (not scored)")
    for key, label in (("mode", "mode"), ("dead", "dead exact"), ("injured", "injured exact")):
        value = d[f"{key}_accuracy" if key == "mode" else f"{key}_exact"]
        total = d[f"{key}_records"]
        lines.append(f"{label:<18} {'-' if value is None else f'{value:.1%}'}  (of {total})")
    lines.append("")
    lines.append(confusion_table(scores))
    return "\n".join(lines)


def confusion_table(scores: Scores) -> str:
    """Rows: gold type; columns: predicted type (- for no event)."""
    gold_types = sorted({g for g, _ in scores.confusion})
    predicted = sorted({p for _, p in scores.confusion}, key=lambda t: (t == NO_EVENT, t))
    width = max([len(t) for t in gold_types + predicted] + [4])
    head = "gold\\pred".ljust(width + 1) + " ".join(p[:5].rjust(5) for p in predicted)
    rows = [head]
    for g in gold_types:
        cells = " ".join(str(scores.confusion.get((g, p), "") or ".").rjust(5) for p in predicted)
        rows.append(g.ljust(width + 1) + cells)
    return "\n".join(rows)
