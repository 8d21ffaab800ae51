"""The Report: everything Tacitus extracts from one article, and its JSON form.

The JSON field names are a contract with other tools (see `tacitus/schemas/report.schema.json`).
Every extracted value carries evidence: `start`/`end` character offsets into
`article.text`, so `article.text[start:end]` is the text that supports it.
"""
from __future__ import annotations

import copy
import dataclasses
import json
import types
import typing
from dataclasses import dataclass, field
from typing import Any, Optional

SCHEMA_VERSION = 1


@dataclass
class Span:
    """A stretch of the article text: `text == article.text[start:end]`."""

    start: int
    end: int
    text: str = ""


@dataclass
class Article:
    text: str
    id: Optional[str] = None
    published: Optional[str] = None  # ISO date YYYY-MM-DD, or None when unknown
    title: Optional[str] = None
    url: Optional[str] = None
    outlet: Optional[str] = None
    author: Optional[str] = None
    source: Optional[str] = None  # where it was read from (file name, "<stdin>", "file.jsonl:12")
    language: Optional[str] = None


@dataclass
class Actor:
    """A person, organisation, state or group that acts or speaks in the article."""

    id: str
    name: str  # canonical: the fullest form used ("Donald Trump")
    kind: str = "person"  # person | organization | state | group
    country: Optional[str] = None  # ISO 3166 alpha-3
    sector: Optional[str] = None  # GOV, MIL, REB, OPP, CVL, MED, BUS, IGO, ...
    role: Optional[str] = None  # "President", "Kremlin spokesman"
    mentions: list[Span] = field(default_factory=list)


@dataclass
class TimeRef:
    """A time expression, normalised to a TIMEX3-style value when it can be."""

    text: str
    start: int
    end: int
    value: Optional[str] = None  # "2025-04-24", "2025-04", "2025-W17", "P3Y", "PAST_REF"
    granularity: Optional[str] = None  # day | week | month | quarter | season | year | decade | duration | set | ref
    type: str = "DATE"  # DATE | DURATION | SET | TIME
    inferred: bool = False  # True when no expression was stated and the publication date is assumed
    mod: Optional[str] = None  # TIMEX3 mod: START | MID | END of a date ("the end of the year": 2025, END);
    # APPROX | LESS_THAN | MORE_THAN | EQUAL_OR_MORE | EQUAL_OR_LESS of a duration ("about two years")


@dataclass
class Cue:
    """The speech verb or phrase that introduces a statement."""

    text: str
    lemma: str
    start: int
    end: int


@dataclass
class Source:
    """One link of a sourcing chain ("according to X", "Reuters reported")."""

    name: str
    start: int
    end: int
    actor: Optional[str] = None  # actor id when the source is one of the article's actors


@dataclass
class Quote:
    id: str
    text: str  # the statement itself (inside the marks for direct quotes)
    start: int
    end: int
    kind: str  # direct | mixed | indirect
    # what is attributed: speech (said, told, urged) | belief (believes, fears, denies:
    # cognition and stance) | intention (plans, vows) | document (a report, poll or data)
    act: str = "speech"
    speaker: Optional[str] = None  # actor id
    speaker_name: Optional[str] = None
    speaker_span: Optional[Span] = None  # the mention that names the speaker here
    cue: Optional[Cue] = None
    channel: Optional[Span] = None  # "Truth Social", "reporters", "an interview with ..."
    addressee: Optional[str] = None  # actor id
    via: list[Source] = field(default_factory=list)  # secondary sources, nearest first
    place: Optional[Span] = None  # where it was said ("in Paris")
    time: Optional[Span] = None  # the time expression tied to it
    date: Optional[TimeRef] = None  # that expression resolved (or the inferred publication date)


@dataclass
class Count:
    """A number of people, as a range with the words that qualify it."""

    min: Optional[int] = None
    max: Optional[int] = None
    qualifier: Optional[str] = None  # "at least", "more than", "about", "up to", ...
    text: str = ""
    start: int = 0
    end: int = 0
    victims: list[str] = field(default_factory=list)  # "children", "civilians"
    # every mention the count was built from ("a man ... he ... the victim"), not only a numeral
    evidence: list[Span] = field(default_factory=list)


@dataclass
class Place:
    name: str
    start: int
    end: int
    country: Optional[str] = None
    lat: Optional[float] = None
    lon: Optional[float] = None
    geonameid: Optional[int] = None
    precision: Optional[str] = None  # town | admin2 | admin1 | country (ACLED's geo_precision 1 / 2 / 3 / -), or None
    basis: Optional[str] = None  # what ties it to the event: trigger | sentence | article | actor | home
    admin1: Optional[str] = None  # the state or province it is or lies in, by name ("Kerala") ...
    admin1_code: Optional[str] = None  # ... and GeoNames code ("IN.13")
    admin2: Optional[str] = None  # the county or district ("Oxfordshire") ...
    admin2_code: Optional[str] = None  # ... and code ("GB.ENG.K2")


@dataclass
class Event:
    id: str
    type: str  # PLOVER type
    trigger: Span
    sentence: Span
    mode: Optional[str] = None
    cameo: Optional[str] = None
    contexts: list[str] = field(default_factory=list)
    actors: list[str] = field(default_factory=list)  # actor ids
    recipients: list[str] = field(default_factory=list)
    actor_spans: list[Span] = field(default_factory=list)
    recipient_spans: list[Span] = field(default_factory=list)
    place: Optional[Place] = None
    killed: Optional[Count] = None
    injured: Optional[Count] = None
    status: str = "asserted"  # asserted | negated | hypothetical | future | historical
    sources: list[Source] = field(default_factory=list)  # sourcing chain, original source first
    quote: Optional[str] = None  # id of the quote the event was stated in
    date: Optional[TimeRef] = None
    # later mentions of the same event merged into this one ("Thursday's attack on Ukraine")
    mentions: list[Span] = field(default_factory=list)
    # how far the coding can be trusted, 0-1 (events.confidence): named sides, a curated
    # trigger and a plain assertion raise it; a dictionary default, no one named, a noun
    # mention or a hypothetical lower it
    confidence: Optional[float] = None


@dataclass
class Claim:
    """A figure stated by a speaker ("5,000 soldiers a week are dying")."""

    id: str
    speaker: Optional[str]
    text: str
    start: int
    end: int
    value: Optional[int] = None
    unit: Optional[str] = None
    per: Optional[str] = None
    quote: Optional[str] = None


# --- casualties of the article's incident (tacitus/extract/tolls.py) ----------------

@dataclass
class CasualtyFigure:
    """One killed or injured figure as the article states it, with who gave it and when."""

    kind: str  # killed | injured
    count: Count
    sentence: Span
    role: str = "toll"  # toll | earlier (superseded) | claim | perpetrator | background
    sources: list[Source] = field(default_factory=list)  # original source first
    time: Optional[TimeRef] = None  # when the figure was given or held ("as of Tuesday")
    in_title: bool = False  # stated in the headline: offsets then index article.title
    event: Optional[str] = None  # id of the event it belongs to, when one carries it


@dataclass
class Toll:
    """The incident's figure of one kind, the figure it was taken from and the rule that chose it."""

    count: Count
    rule: str  # "only figure", "highest current figure", "revised down", "victims named", ...
    figure: int  # index into Casualties.figures (-1 when counted from victims named across sentences)
    sources: list[Source] = field(default_factory=list)
    time: Optional[TimeRef] = None
    # what an analyst should know: "suicide" (a victim killed himself), "perpetrator not counted"
    marks: list[str] = field(default_factory=list)


@dataclass
class Casualties:
    """Killed and injured of the article's main incident, counted once across headline,
    lead and quotes, beside every figure the article gives."""

    killed: Optional[Toll] = None
    injured: Optional[Toll] = None
    event: Optional[str] = None  # id of the incident's event, when the incident is one of the events
    figures: list[CasualtyFigure] = field(default_factory=list)


@dataclass
class Report:
    article: Article
    actors: list[Actor] = field(default_factory=list)
    quotes: list[Quote] = field(default_factory=list)
    events: list[Event] = field(default_factory=list)
    claims: list[Claim] = field(default_factory=list)
    times: list[TimeRef] = field(default_factory=list)
    casualties: Optional[Casualties] = None  # the incident's toll (see Casualties)
    model: Optional[str] = None  # the spaCy pipeline used
    schema_version: int = SCHEMA_VERSION

    def actor(self, actor_id: str | None) -> Actor | None:
        return next((a for a in self.actors if a.id == actor_id), None)

    def to_dict(self) -> dict[str, Any]:
        return _as_plain(self)  # what dataclasses.asdict gives, faster (the store writes one per article)

    def to_json(self, indent: int | None = None) -> str:
        return json.dumps(self.to_dict(), ensure_ascii=False, indent=indent)

    @classmethod
    def from_dict(cls, data: dict[str, Any]) -> "Report":
        return _build(cls, data)

    @classmethod
    def from_json(cls, text: str) -> "Report":
        return cls.from_dict(json.loads(text))


_ATOMS = (str, int, float, bool, type(None))
_FIELD_NAMES: dict[type, tuple[str, ...]] = {}


def _as_plain(value: Any) -> Any:
    """`dataclasses.asdict` of a dataclass instance, and the same of what it holds: strings,
    numbers and None as they are, each class's field names read once instead of per object."""
    kind = type(value)
    if kind in _ATOMS:
        return value
    names = _FIELD_NAMES.get(kind)
    if names is None and dataclasses.is_dataclass(kind):
        names = _FIELD_NAMES[kind] = tuple(f.name for f in dataclasses.fields(kind))
    if names is not None:
        return {name: _as_plain(getattr(value, name)) for name in names}
    if isinstance(value, tuple) and hasattr(value, "_fields"):  # a named tuple, as asdict keeps it
        return kind(*[_as_plain(v) for v in value])
    if isinstance(value, (list, tuple)):
        return kind(_as_plain(v) for v in value)
    if isinstance(value, dict):
        return kind((_as_plain(k), _as_plain(v)) for k, v in value.items())
    return copy.deepcopy(value)


def _build(tp: Any, value: Any) -> Any:
    """Rebuild dataclasses from plain JSON data, guided by the type hints."""
    if value is None:
        return None
    origin = typing.get_origin(tp)
    if origin in (typing.Union, types.UnionType):
        inner = [a for a in typing.get_args(tp) if a is not type(None)]
        return _build(inner[0], value)
    if origin is list:
        (item,) = typing.get_args(tp)
        return [_build(item, v) for v in value]
    if dataclasses.is_dataclass(tp):
        hints = typing.get_type_hints(tp)
        names = {f.name for f in dataclasses.fields(tp)}
        return tp(**{k: _build(hints[k], v) for k, v in value.items() if k in names})
    return value
