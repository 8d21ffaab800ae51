"""Names the entity tagger offers that are no actors: time zones ("UTC", "PDT"),
diseases and pathogens ("COVID", "SARS-CoV-2"), words of another language quoted in
the text ("Le", "mon nom"), lower-case phrases, and platforms (a platform is the
channel of a statement, not who makes it: `channels.yaml` lists them).

Each test is a class drawn from a curated resource where one exists: the zone
abbreviations of the system's time-zone database, spaCy's stop-word lists of other
languages, and the disease-name patterns of `not_actors.yaml`.
"""
from __future__ import annotations

import datetime as dt
import functools
import importlib
import re
import zoneinfo

from tacitus import lexicons

OTHER_LANGUAGES = ("fr", "es", "de", "it", "pt", "nl")


@functools.lru_cache(maxsize=1)
def time_zones() -> frozenset[str]:
    """Abbreviations the time-zone database uses ("UTC", "EST", "CEST", "AEDT", "PKT")."""
    found = {"UTC", "GMT", "Z"}
    days = (dt.datetime(2021, 1, 15, 12), dt.datetime(2021, 7, 15, 12))
    try:
        zones = zoneinfo.available_timezones()
    except Exception:  # no time-zone database on this system: the fixed ones only
        zones = set()
    for key in zones:
        try:
            zone = zoneinfo.ZoneInfo(key)
        except Exception:
            continue
        for day in days:
            name = zone.tzname(day)
            if name and name.isalpha() and name.isupper():
                found.add(name)
    return frozenset(found)


@functools.lru_cache(maxsize=1)
def foreign_function_words() -> frozenset[str]:
    """Stop words of other languages that are not English words ("le", "mon", "und")."""
    from spacy.lang.en.stop_words import STOP_WORDS as ENGLISH

    words: set[str] = set()
    for code in OTHER_LANGUAGES:
        try:
            words |= importlib.import_module(f"spacy.lang.{code}.stop_words").STOP_WORDS
        except ImportError:
            continue
    return frozenset(w for w in words if w not in ENGLISH and w.isalpha())


@lexicons.cached
def _disease_pattern() -> re.Pattern:
    data = lexicons.load("not_actors.yaml") or {}
    return re.compile("|".join(f"(?:{p})" for p in data.get("diseases") or ["(?!)"]), re.I)


@lexicons.cached
def platforms() -> frozenset[str]:
    return frozenset(p.casefold() for p in (lexicons.load("channels.yaml") or {}).get("platforms") or [])


def reason(name: str) -> str | None:
    """Why `name` is no actor ("time zone", "disease", ...), or None when it may be one."""
    words = name.split()
    if not words:
        return "empty"
    if name in time_zones() or re.fullmatch(r"(?:UTC|GMT)\s*[+−-]\s*\d{1,2}(?::?\d\d)?", name):
        return "time zone"
    if _disease_pattern().fullmatch(name):
        return "disease"
    if name.casefold() in platforms():
        return "platform"
    if not any(w[:1].isupper() for w in words):
        return "not a name"  # "accurate casualty figures"
    if len(words) == 1 and not name.isupper() and name.casefold() in foreign_function_words():
        return "other language"  # "Le" of a quoted French sentence ("mon nom" is lower-case)
    return None
