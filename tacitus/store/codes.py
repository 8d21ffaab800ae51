"""The codes a filter may name (PLOVER types, modes, statuses), checked before a query runs.

A misspelt code ("ASSAUL") would otherwise match nothing and look like an empty corpus;
an unknown code is refused with the nearest known ones, in the CLI and the web API alike."""
from __future__ import annotations

import difflib
from typing import Optional

from tacitus import lexicons

STATUSES = ("asserted", "negated", "hypothetical", "future", "historical")


class UnknownCode(ValueError):
    """A filter value that is no code of the ontology; the message suggests the nearest."""


@lexicons.cached
def _ontology() -> tuple[tuple[str, ...], tuple[str, ...]]:
    types = lexicons.load("plover.yaml")["types"]
    modes = sorted({m for entry in types.values() for m in (entry or {}).get("modes", {}) or {}})
    return tuple(types), tuple(modes)


def known(kind: str) -> tuple[str, ...]:
    types, modes = _ontology()
    return {"type": types, "mode": modes, "status": STATUSES}[kind]


def check(kind: str, value: Optional[str]) -> Optional[str]:
    """`value` as the ontology writes it (types upper case, modes and statuses lower case),
    or UnknownCode naming the nearest codes. None and "" pass through as 'no filter'."""
    if not value:
        return value
    if "," in value:  # several codes: each must be known
        return ",".join(check(kind, part) for part in value.split(",") if part.strip())
    norm = value.strip().upper() if kind == "type" else value.strip().lower()
    choices = known(kind)
    if norm in choices:
        return norm
    near = difflib.get_close_matches(norm, choices, n=3, cutoff=0.5)
    hint = f"did you mean {' or '.join(near)}?" if near else f"known: {', '.join(choices)}"
    raise UnknownCode(f"unknown {kind} {value!r}: {hint}")
