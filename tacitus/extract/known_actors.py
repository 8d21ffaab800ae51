"""Well-known actors from the `actors.yaml` lexicon: who they are, and which role
they held on a given day."""
from __future__ import annotations

import datetime as dt
import re
from typing import Optional

from tacitus import lexicons


@lexicons.cached
def known_actors() -> dict[str, dict]:
    """The `actors.yaml` lexicon, keyed by every lower-cased name and alias."""
    out = {}
    for name, info in (lexicons.load("actors.yaml") or {}).items():
        entry = dict(info, name=name)
        for alias in [name, *info.get("aliases", [])]:
            out[alias.lower()] = entry
    return out


@lexicons.cached
def known_surnames() -> dict[str, dict]:
    """Known actors by surname, for the surnames only one of them has."""
    by_surname: dict[str, list[dict]] = {}
    for entry in {id(e): e for e in known_actors().values()}.values():
        surname = entry["name"].split()[-1].lower()
        for key in {surname, re.sub(r"^(al|el|bin|ibn|de|van|von)-", "", surname)}:  # "Assad" of "al-Assad"
            by_surname.setdefault(key, []).append(entry)
    return {k: v[0] for k, v in by_surname.items() if len(v) == 1}


@lexicons.cached
def known_outlets() -> dict[str, dict]:
    """The `outlets.yaml` lexicon (news outlets and their countries), keyed by every
    lower-cased name and alias, with and without a leading "the"."""
    out = {}
    for name, info in (lexicons.load("outlets.yaml") or {}).items():
        entry = dict(info or {}, name=name, sector="MED")
        for alias in [name, *entry.get("aliases", [])]:
            out[alias.lower()] = entry
            out.setdefault(re.sub(r"^the\s+", "", alias.lower()), entry)
    return out


def role_on(entry: dict, day: Optional[dt.date]) -> Optional[str]:
    roles = entry.get("roles") or []
    if not roles:
        return None
    if day is None:
        return roles[-1]["role"]
    for r in roles:
        start = _as_date(r.get("from")) or dt.date.min
        end = _as_date(r.get("to")) or dt.date.max
        if start <= day < end:
            return r["role"]
    return None


def _as_date(value) -> Optional[dt.date]:
    if value is None or isinstance(value, dt.date):
        return value
    return dt.date.fromisoformat(str(value))
