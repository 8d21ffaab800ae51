"""CAMEO codes, names, QuadClass and Goldstein scores for users coming from GDELT.

The extractor's own CAMEO code wins; otherwise the PLOVER type and mode give one
(`plover_cameo.csv`). Names and Goldstein scores come from the reference table of the
312 CAMEO codes (`cameo-codes.csv`, MIT, found through TACITUS_DICTIONARIES, never
bundled: see tacitus/dictionaries.py); a code takes its closest listed prefix (its root
at worst). Without the table, names and scores are left empty rather than guessed."""
from __future__ import annotations

import csv
import functools
import io
from pathlib import Path
from typing import NamedTuple, Optional

from tacitus import dictionaries, lexicons


class CameoCode(NamedTuple):
    code: str
    name: str
    goldstein: Optional[float]


@lexicons.cached
def _codes() -> dict[tuple[str, str], str]:
    return {(r["plover"].strip().upper(), (r["mode"] or "").strip().lower()): r["cameo"].strip()
            for r in lexicons.load("plover_cameo.csv")}


def reference_table() -> dict[str, CameoCode]:
    """code -> CameoCode from the reference table, or {} when it is not available."""
    return _read_table(dictionaries.find(dictionaries.CAMEO_CODES))


@functools.lru_cache(maxsize=4)
def _read_table(path: Optional[Path]) -> dict[str, CameoCode]:
    if path is None:
        return {}
    raw = path.read_bytes()
    try:
        text = raw.decode("utf-8")
    except UnicodeDecodeError:  # the published file has a few mis-encoded example sentences
        text = raw.decode("cp1252", errors="replace")
    table = {}
    for row in csv.DictReader(io.StringIO(text)):
        code = (row.get("code") or "").strip()
        if not code:
            continue
        try:
            score: Optional[float] = float(row.get("goldstein") or "")
        except ValueError:
            score = None
        table[code] = CameoCode(code, (row.get("name") or "").strip(), score)
    return table


def _closest(code: Optional[str]) -> Optional[CameoCode]:
    table = reference_table()
    for length in range(len(code or ""), 1, -1):
        if code[:length] in table:
            return table[code[:length]]
    return None


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
    entry = _closest(code)
    return entry.goldstein if entry else None


def name(code: Optional[str]) -> Optional[str]:
    """The CAMEO name of `code` ("Use conventional military force"), or of its closest prefix."""
    entry = _closest(code)
    return entry.name if entry else None
