"""CAMEO codes, QuadClass and Goldstein scores for users coming from GDELT.

The extractor's own CAMEO code wins; otherwise the PLOVER type and mode give one
(`plover_cameo.csv`). Goldstein weights come from `goldstein.csv`, a code taking its
closest listed prefix (its root at worst)."""
from __future__ import annotations

import functools
from typing import Optional

from tacitus import lexicons


@functools.lru_cache(maxsize=1)
def _codes() -> dict[tuple[str, str], str]:
    return {(r["plover"].strip().upper(), (r["mode"] or "").strip().lower()): r["cameo"].strip()
            for r in lexicons.load("plover_cameo.csv")}


@functools.lru_cache(maxsize=1)
def _weights() -> dict[str, float]:
    return {r["cameo"].strip(): float(r["goldstein"]) for r in lexicons.load("goldstein.csv")}


def code_for(plover_type: Optional[str], mode: Optional[str] = None) -> Optional[str]:
    if not plover_type:
        return None
    codes = _codes()
    return codes.get((plover_type.upper(), (mode or "").lower())) or codes.get((plover_type.upper(), ""))


def root(code: Optional[str]) -> Optional[str]:
    return code[:2] if code and len(code) >= 2 and code[:2].isdigit() else None


def quad_class(code: Optional[str]) -> Optional[int]:
    """1 verbal cooperation, 2 material cooperation, 3 verbal conflict, 4 material conflict."""
    r = root(code)
    if r is None:
        return None
    n = int(r)
    return 1 if n <= 5 else 2 if n <= 8 else 3 if n <= 13 else 4


def goldstein(code: Optional[str]) -> Optional[float]:
    weights = _weights()
    for length in range(len(code or ""), 1, -1):
        if code[:length] in weights:
            return weights[code[:length]]
    return None
