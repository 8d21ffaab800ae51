"""Plain-text articles: boilerplate lines removed, publication date from a leading dateline."""
from __future__ import annotations

import datetime as dt
import re

from tacitus import lexicons
from tacitus.report import Article
from tacitus.read.article import make_article

_MONTHS = ("january february march april may june july august september october november december").split()
_MONTH = r"(?P<month>" + "|".join(m.capitalize() for m in _MONTHS) + r"|" + "|".join(
    m[:3].capitalize() + r"\.?" for m in _MONTHS) + r"|Sept\.?)"
_WEEKDAY = r"(?:(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday),?\s+)?"
# A first line that is only a date: "Friday, January 4, 2019", "4 January 2019", "2019-01-04".
_DATELINES = [
    re.compile(_WEEKDAY + _MONTH + r"\s+(?P<day>\d{1,2}),?\s+(?P<year>\d{4})"),
    re.compile(_WEEKDAY + r"(?P<day>\d{1,2})\s+" + _MONTH + r",?\s+(?P<year>\d{4})"),
    re.compile(r"(?P<year>\d{4})-(?P<month>\d{2})-(?P<day>\d{2})"),
]


def read_text(text: str, source: str, *, id: str | None = None, published: str | None = None) -> Article:
    """An Article from plain text; `published` (the user's date) overrides a dateline."""
    text = strip_boilerplate(text)
    return make_article(text, source, id=id, published=dateline_date(text),
                        published_override=published)


def dateline_date(text: str) -> str | None:
    """The ISO date of a first line that is only a date, else None (never today's date)."""
    first = text.lstrip().split("\n", 1)[0].strip()
    for pattern in _DATELINES:
        match = pattern.fullmatch(first)
        if match:
            return _iso(match["year"], match["month"], match["day"])
    return None


def _iso(year: str, month: str, day: str) -> str | None:
    number = int(month) if month.isdigit() else _MONTHS.index(
        next(m for m in _MONTHS if m.startswith(month.rstrip(".").lower()))) + 1
    try:
        return dt.date(int(year), number, int(day)).isoformat()
    except ValueError:
        return None


@lexicons.cached
def _patterns() -> tuple[int, re.Pattern, re.Pattern]:
    data = lexicons.load("boilerplate.yaml")
    anywhere = "|".join(f"(?:{p})" for p in data.get("anywhere", []))
    trailing = "|".join(f"(?:{p})" for p in data.get("trailing", []) + data.get("anywhere", []))
    return (int(data.get("max_line_length", 80)), re.compile(anywhere or "(?!)", re.I),
            re.compile(trailing or "(?!)", re.I))


def is_boilerplate(line: str, trailing: bool = False) -> bool:
    max_length, anywhere, at_end = _patterns()
    line = line.strip()
    if not line or len(line) > max_length:
        return False
    return bool((at_end if trailing else anywhere).fullmatch(line))


def strip_boilerplate(text: str) -> str:
    """The text without boilerplate lines: known lines anywhere, and the trailing block of
    furniture ("Related: ...", "Sign up for our newsletter") at the end."""
    lines = text.split("\n")
    end = len(lines)
    while end and (not lines[end - 1].strip() or is_boilerplate(lines[end - 1], trailing=True)):
        end -= 1
    kept = [line for line in lines[:end] if not is_boilerplate(line)]
    cleaned = "\n".join(kept)
    # Removing a line between two paragraphs must not leave a gap of several blank lines.
    cleaned = re.sub(r"\n{3,}", "\n\n", cleaned) if len(kept) < end else cleaned
    return cleaned.strip("\n").rstrip()
