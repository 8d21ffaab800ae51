"""Data files a user can extend: reporting verbs, titles, demonyms, triggers, ...

Each lexicon is a YAML or CSV file in this folder. A user extends one by putting a
file of the same name in a directory named by the TACITUS_LEXICONS environment
variable (several directories separated by os.pathsep): YAML mappings are merged
key by key (lists are appended), CSV rows are appended. See docs/lexicons.md.
"""
from __future__ import annotations

import csv
import functools
import os
from pathlib import Path
from typing import Any

import yaml

HERE = Path(__file__).parent


def user_dirs() -> list[Path]:
    raw = os.environ.get("TACITUS_LEXICONS", "")
    return [Path(p) for p in raw.split(os.pathsep) if p]


def _merge(base: Any, extra: Any) -> Any:
    if isinstance(base, dict) and isinstance(extra, dict):
        out = dict(base)
        for key, value in extra.items():
            out[key] = _merge(base[key], value) if key in base else value
        return out
    if isinstance(base, list) and isinstance(extra, list):
        return base + [v for v in extra if v not in base]
    return extra


@functools.lru_cache(maxsize=None)
def load(name: str) -> Any:
    """Load lexicon `name` ("reporting_verbs.yaml", "demonyms.csv"), user files merged in."""
    paths = [HERE / name] + [d / name for d in user_dirs() if (d / name).exists()]
    result: Any = None
    for path in paths:
        if not path.exists():
            raise FileNotFoundError(f"lexicon {name!r} not found in {path.parent}")
        if name.endswith(".csv"):
            with path.open(encoding="utf-8", newline="") as fh:
                rows = [r for r in csv.DictReader(fh) if not next(iter(r.values()), "").startswith("#")]
            result = (result or []) + rows
        else:
            data = yaml.safe_load(path.read_text(encoding="utf-8"))
            result = data if result is None else _merge(result, data)
    return result
