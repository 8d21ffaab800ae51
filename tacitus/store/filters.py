"""The filters a store query takes, each declared once (after Datasette's filters.py).

A `Filter` holds everything the layers need to know about one filter: its name (the
keyword of the `Store` methods and the web API's query parameter), its CLI option, its
help, how a value given by a person is checked (`clean`) and the SQL condition it adds
(`where`). The CLI's options (tacitus/store/cli.py) and the web API's query parameters
(tacitus/web/api.py) are generated from these lists, so a filter added here appears in
`--help`, in /openapi.json and in the SQL at once.

`where` takes values as the `Store` methods get them (no checking: a Python caller's
"assault" still finds ASSAULT); `clean` is what the CLI and the web API run first, so
that a misspelt code, an impossible date or an over-long text is refused with one line
rather than answered with an empty list.
"""
from __future__ import annotations

from dataclasses import dataclass
from typing import Any, Callable, Iterable, Optional

from tacitus.store import codes, limits
from tacitus.timex.period import bound

# what a filter's value is, for the CLI and the web API: text, a flag, or a number from 0 to 1
TEXT, PERIOD, FLAG, SHARE = "text", "period", "flag", "share"


@dataclass(frozen=True)
class Filter:
    name: str
    help: str
    where: Callable[[str, Any], tuple[str, list]]  # (table alias, value) -> SQL condition and its arguments
    kind: str = TEXT
    option: Optional[str] = None  # the CLI option, when it is not --name ("--from", "--search")
    check: Optional[Callable[[str], Any]] = None  # a text value's own check (codes), after the length check

    @property
    def cli_option(self) -> str:
        return self.option or "--" + self.name.replace("_", "-")

    def clean(self, value: Any) -> Any:
        """The value a person gave as the query takes it, None for 'no filter' (an empty
        form field); ValueError saying what is wrong (without the filter's name, which
        the CLI and the API each add in their own way)."""
        if value is None or isinstance(value, str) and not value.strip():
            return None if self.kind != FLAG else False
        if self.kind == FLAG:
            return bool(value)
        if self.kind == SHARE:
            return _share(value)
        text = limits.check_text(str(value), "the value").strip()
        if self.kind == PERIOD:
            return _period(text)
        return self.check(text) if self.check else text


def unset(value: Any) -> bool:
    """No filter: None, False, or text with nothing but spaces (0 is a threshold)."""
    return value is None or value is False or isinstance(value, str) and not value.strip()


def _share(value: Any) -> float:
    try:
        number = float(value)
    except (TypeError, ValueError):
        number = float("nan")
    if not 0 <= number <= 1:  # also NaN
        raise ValueError(f"{value}: expected a number from 0 to 1")
    return number


def _period(text: str) -> str:
    try:
        bound(text, "from")
    except ValueError:
        raise ValueError(f"{text[:40]!r}: expected a day YYYY-MM-DD, a month YYYY-MM or a year YYYY") from None
    return text


class Filters:
    """The filters of one kind of row (events, quotes), in the order --help lists them."""

    def __init__(self, table: str, alias: str, filters: Iterable[Filter]) -> None:
        self.table, self.alias = table, alias
        self.filters = tuple(filters)
        self.by_name = {f.name: f for f in self.filters}

    def __iter__(self):
        return iter(self.filters)

    @property
    def names(self) -> tuple[str, ...]:
        return tuple(self.by_name)

    def pick(self, values: dict[str, Any]) -> dict[str, Any]:
        """The filters among `values` (a command's or a route's arguments)."""
        return {k: v for k, v in values.items() if k in self.by_name}

    def clean(self, values: dict[str, Any]) -> dict[str, Any]:
        """Each filter given, checked (ValueError naming the filter); unset ones left out."""
        out = {}
        for name, value in self.pick(values).items():
            try:
                value = self.by_name[name].clean(value)
            except ValueError as exc:
                raise FilterError(self.by_name[name], str(exc)) from None
            if not unset(value):
                out[name] = value
        return out

    def where(self, values: dict[str, Any]) -> tuple[str, list]:
        """The SQL condition (over `self.table` as `self.alias`) of the filters set in `values`."""
        unknown = set(values) - set(self.by_name)
        if unknown:
            raise TypeError(f"unknown {self.table} filter(s): {', '.join(sorted(unknown))}")
        conds, args = ["1"], []
        for f in self.filters:
            value = values.get(f.name)
            if not unset(value):
                cond, a = f.where(self.alias, value)
                conds.append(cond)
                args += a
        return " AND ".join(conds), args


class FilterError(ValueError):
    """A filter's value that cannot be used, with the filter it was given for."""

    def __init__(self, filter: Filter, problem: str) -> None:
        super().__init__(f"{filter.name}: {problem}")
        self.filter, self.problem = filter, problem


# ---- the SQL each filter adds --------------------------------------------------------------

def fts(q: str) -> str:
    """A user's words as an FTS5 query: each word must appear (quoted, so no syntax errors)."""
    words = [w.replace('"', '""') for w in q.split()]
    return " ".join(f'"{w}"' for w in words) or '""'


def actor_match(column: str, value: Any) -> tuple[str, list]:
    """Condition for 'this actor id column is the actor named or numbered `value`'."""
    if isinstance(value, int) or (isinstance(value, str) and value.isdigit()):
        return f"{column} = ?", [int(value)]
    return (f"{column} IN (SELECT actor_id FROM actor_aliases WHERE alias LIKE ? "
            f"UNION SELECT id FROM actors WHERE name LIKE ?)", [f"%{value}%", f"%{value}%"])


def _in_role(role: str) -> Callable[[str, Any], tuple[str, list]]:
    def where(alias: str, value: Any) -> tuple[str, list]:
        cond, args = actor_match("ea.actor_id", value)
        return f"{alias}.id IN (SELECT ea.event_id FROM event_actors ea WHERE ea.role = '{role}' AND {cond})", args
    return where


def _country(alias: str, value: str) -> tuple[str, list]:
    return (f"({alias}.place_country = ? OR {alias}.id IN (SELECT ea.event_id FROM event_actors ea "
            f"JOIN actors ac ON ac.id = ea.actor_id WHERE ac.country = ?))", [value.upper(), value.upper()])


def _one_of(column: str, upper: bool = False) -> Callable[[str, Any], tuple[str, list]]:
    """Any of several values separated by commas ("asserted,future")."""
    def where(alias: str, value: Any) -> tuple[str, list]:
        values = [v.strip().upper() if upper else v.strip() for v in str(value).split(",") if v.strip()]
        return f"{alias}.{column} IN ({','.join('?' * len(values))})", values
    return where


def _like(column: str) -> Callable[[str, Any], tuple[str, list]]:
    return lambda alias, value: (f"{alias}.{column} LIKE ?", [f"%{value}%"])


def _from(alias: str, value: str) -> tuple[str, list]:
    """Rows whose date interval ends on or after the bound ("2025-05": its first day)."""
    return f"{alias}.date_last >= ?", [bound(value, "from")]


def _to(alias: str, value: str) -> tuple[str, list]:
    """Rows whose date interval starts on or before the bound ("2025-05": its last day)."""
    return f"{alias}.date_first <= ?", [bound(value, "to")]


def _code(kind: str) -> Callable[[str], str]:
    return lambda value: codes.check(kind, value)


def _speaker(alias: str, value: Any) -> tuple[str, list]:
    cond, args = actor_match(f"{alias}.speaker_id", value)
    if isinstance(value, str) and not value.isdigit():
        cond, args = f"({cond} OR {alias}.speaker_name LIKE ?)", args + [f"%{value}%"]  # unmatched speakers too
    return cond, args


def _act(value: str) -> str:
    from tacitus.extract.speech import ACTS

    unknown = [a for a in value.split(",") if a.strip() and a.strip() not in ACTS]
    if unknown:
        raise ValueError(f"{value!r}: expected {', '.join(ACTS)} (comma-separated)")
    return value


EVENTS = Filters("events", "e", [
    Filter("actor", "actor name (part of it) or id", _in_role("actor")),
    Filter("recipient", "recipient name or id", _in_role("recipient")),
    Filter("country", "ISO3 country of an actor, recipient or the place", _country),
    Filter("type", "PLOVER type (ASSAULT, CONSULT, ...; several comma-separated)", _one_of("type", upper=True),
           check=_code("type")),
    Filter("mode", "PLOVER mode", _one_of("mode"), check=_code("mode")),
    Filter("status", "asserted, negated, hypothetical, future, historical (several comma-separated)",
           _one_of("status"), check=_code("status")),
    Filter("date_from", "from this day, month or year (YYYY-MM-DD, YYYY-MM, YYYY)", _from, PERIOD, "--from"),
    Filter("date_to", "up to this day, month or year", _to, PERIOD, "--to"),
    Filter("place", "place name (part of it)", _like("place")),
    Filter("q", "words in the article text", lambda alias, value: (
        f"{alias}.article_id IN (SELECT rowid FROM articles_fts WHERE articles_fts MATCH ?)", [fts(value)]),
        option="--search"),
    # a merged event passes when one of its reports does (its confidence is theirs at most);
    # an unknown confidence passes no threshold
    Filter("min_confidence", "only events coded with at least this confidence, 0-1 (a merged event: its surest "
           "report); events of unknown confidence are left out",
           lambda alias, value: (f"{alias}.confidence >= ?", [float(value)]), SHARE),
    # a merged event shows when one of its reports gives its date
    Filter("date_stated", "only events whose text gives their date (not the publication date assumed for them)",
           lambda alias, value: (f"{alias}.date_inferred = 0", []), FLAG),
])

QUOTES = Filters("quotes", "qu", [
    Filter("speaker", "speaker name (part of it) or id", _speaker),
    Filter("q", "words in the quote", lambda alias, value: (
        f"{alias}.id IN (SELECT rowid FROM quotes_fts WHERE quotes_fts MATCH ?)", [fts(value)]), option="--search"),
    Filter("date_from", "from this day, month or year", _from, PERIOD, "--from"),
    Filter("date_to", "up to this day, month or year", _to, PERIOD, "--to"),
    Filter("channel", "channel (part of it): reporters, a broadcaster, ...", _like("channel")),
    Filter("via", "secondary source (part of it)", _like("via")),
    Filter("act", "what is attributed: speech, belief, intention, document (comma-separated)", _one_of("act"),
           check=_act),
])
