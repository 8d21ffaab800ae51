"""Small shape checks for lexicon data: what a value must look like, and one line
saying where and how it does not.

A shape's `check(value, where)` raises `Mismatch(where, problem)` at the first value
that does not fit; `where` is the dotted path of keys ("titles.president.sector",
"patterns[2].regex"). Plain Python on purpose: the lexicons are small, and a schema
library would be one more dependency for a few dozen lines.
"""
from __future__ import annotations

import datetime as dt
import re
from typing import Any, Callable, Iterable


class Mismatch(Exception):
    def __init__(self, where: str, problem: str) -> None:
        super().__init__(f"{where}: {problem}" if where else problem)
        self.where = where
        self.problem = problem


def describe(value: Any) -> str:
    """What a value is, in a user's words ("a list", "the number 30")."""
    if value is None:
        return "nothing (an empty value)"
    if isinstance(value, bool):
        return f"the flag {str(value).lower()}"
    if isinstance(value, (int, float)):
        return f"the number {value}"
    if isinstance(value, str):
        short = value if len(value) <= 40 else value[:37] + "..."
        return f"the text {short!r}"
    if isinstance(value, dict):
        return "a mapping (key: value)"
    if isinstance(value, list):
        return "a list"
    if isinstance(value, (dt.date, dt.datetime)):
        return f"the date {value.isoformat()}"
    return f"a {type(value).__name__}"


def _join(where: str, key: Any) -> str:
    return f"{where}.{key}" if where else str(key)


class Shape:
    name = "a value"

    def check(self, value: Any, where: str) -> None:
        raise NotImplementedError

    def fail(self, value: Any, where: str) -> None:
        raise Mismatch(where, f"expected {self.name}, got {describe(value)}")


class Scalar(Shape):
    def __init__(self, name: str, test: Callable[[Any], bool], hint: str = "") -> None:
        self.name, self.test, self.hint = name, test, hint

    def check(self, value, where):
        if not self.test(value):
            hint = self.hint if self.hint and isinstance(value, (int, float, bool, dt.date)) else ""
            raise Mismatch(where, f"expected {self.name}, got {describe(value)}{hint}")


def _is_whole(v) -> bool:
    return isinstance(v, int) and not isinstance(v, bool)


TEXT = Scalar("text", lambda v: isinstance(v, str),
              " (YAML reads bare yes/no/on/off, numbers and dates as such: put the text in quotes)")
FLAG = Scalar("true or false", lambda v: isinstance(v, bool))
WHOLE = Scalar("a whole number", _is_whole)
NUMBER = Scalar("a number", lambda v: isinstance(v, (int, float)) and not isinstance(v, bool))
NOTHING = Scalar("nothing", lambda v: v is None)


def _is_iso_date(v) -> bool:
    if isinstance(v, dt.date):
        return True
    try:
        dt.date.fromisoformat(str(v))
    except ValueError:
        return False
    return isinstance(v, str)


DATE = Scalar("a date (YYYY-MM-DD)", _is_iso_date)
MONTH_DAY = Scalar('a day of the year as "MM-DD" (in quotes)',
                   lambda v: isinstance(v, str) and re.fullmatch(r"(0[1-9]|1[0-2])-(0[1-9]|[12]\d|3[01])", v))


class Regex(Shape):
    name = "a regular expression"

    def check(self, value, where):
        TEXT.check(value, where)
        try:
            re.compile(value)
        except re.error as exc:
            raise Mismatch(where, f"not a valid regular expression ({exc})") from None


REGEX = Regex()


class Choice(Shape):
    def __init__(self, *values: str) -> None:
        self.values = values
        self.name = "one of " + ", ".join(values)

    def check(self, value, where):
        if value not in self.values:
            self.fail(value, where)


class ListOf(Shape):
    def __init__(self, item: Shape) -> None:
        self.item = item
        self.name = f"a list of {item.name}" if isinstance(item, Scalar) else "a list"

    def check(self, value, where):
        if not isinstance(value, list):
            self.fail(value, where)
        for i, item in enumerate(value):
            self.item.check(item, f"{where}[{i}]")


class Row(Shape):
    """A list of fixed length, one shape a position: `[country, latitude, longitude]`."""

    def __init__(self, name: str, *items: Shape) -> None:
        self.items = items
        self.name = name

    def check(self, value, where):
        if not isinstance(value, list) or len(value) != len(self.items):
            self.fail(value, where)
        for i, (item, shape) in enumerate(zip(value, self.items)):
            shape.check(item, f"{where}[{i}]")


class MapOf(Shape):
    """A mapping of text keys (any key) to values of one shape."""

    def __init__(self, value: Shape, name: str = "a mapping") -> None:
        self.value = value
        self.name = name

    def check(self, value, where):
        if not isinstance(value, dict):
            self.fail(value, where)
        for key, item in value.items():
            if not isinstance(key, str):
                raise Mismatch(_join(where, key), f"a key must be text, got {describe(key)}"
                               " (YAML reads bare yes/no/on/off, numbers and dates as such: put it in quotes)")
            self.value.check(item, _join(where, key))


class Record(Shape):
    """A mapping with named keys, each of its own shape; a key not named is a mistake
    (usually a typo, or a line that lost its '#')."""

    def __init__(self, keys: dict[str, Shape], required: Iterable[str] = (), name: str = "a mapping",
                 extra: Callable[[dict, str], None] | None = None) -> None:
        self.keys = keys
        self.required = tuple(required)
        self.name = name
        self.extra = extra

    def check(self, value, where):
        if not isinstance(value, dict):
            self.fail(value, where)
        for key, item in value.items():
            if key not in self.keys:
                known = ", ".join(self.keys)
                raise Mismatch(_join(where, key), f"unknown key (known here: {known})")
            self.keys[key].check(item, _join(where, key))
        for key in self.required:
            if key not in value:
                raise Mismatch(where, f"the key {key!r} is missing")
        if self.extra:
            self.extra(value, where)


class Either(Shape):
    """The first of several shapes the value has the outer type of decides."""

    def __init__(self, *shapes: Shape, name: str) -> None:
        self.shapes = shapes
        self.name = name

    def check(self, value, where):
        for shape in self.shapes:
            try:
                shape.check(value, where)
                return
            except Mismatch:
                continue
        # report against the shape whose outer type fits, so the message points inside it
        for shape in self.shapes:
            if _outer_fits(shape, value):
                shape.check(value, where)
        self.fail(value, where)


def _outer_fits(shape: Shape, value: Any) -> bool:
    if isinstance(shape, (MapOf, Record)):
        return isinstance(value, dict)
    if isinstance(shape, (ListOf, Row)):
        return isinstance(value, list)
    return False
