"""The field's curated dictionaries, read where the user keeps them (never bundled).

PETRARCH2's CAMEO verb dictionary and Phoenix actor and agent dictionaries, the PLOVER
CAMEO-to-PLOVER table and agents list, and the CAMEO code table with Goldstein scores
are openly licensed (MIT, CC BY-SA) but are not Tacitus's to ship. A user points the
TACITUS_DICTIONARIES environment variable at one or more folders that hold them
(several separated by os.pathsep) — a checkout of openeventdata/petrarch2 and of
openeventdata/PLOVER, or any folder with the files — and each file is found by its
name anywhere below those folders. Without them Tacitus runs on its own lexicons.
"""
from __future__ import annotations

import functools
import os
from pathlib import Path
from typing import Optional

ENV = "TACITUS_DICTIONARIES"

# what each reader asks for, by the file name its publisher gives it
CAMEO_VERBS = "CAMEO.2.0.txt"
PHOENIX_COUNTRIES = "Phoenix.Countries.actors.txt"
PHOENIX_INTERNATIONAL = "Phoenix.International.actors.txt"
PHOENIX_NONSTATE = "Phoenix.MilNonState.actors.txt"
PHOENIX_AGENTS = "Phoenix.agents.txt"
CAMEO_TO_PLOVER = "CAMEO2PLOVER-2021.txt"
PLOVER_AGENTS = "PLOVER_agents.txt"
CAMEO_CODES = "cameo-codes.csv"


def folders() -> list[Path]:
    """The folders named by TACITUS_DICTIONARIES that exist, in order."""
    raw = os.environ.get(ENV, "")
    return [Path(p) for p in raw.split(os.pathsep) if p and Path(p).is_dir()]


def find(filename: str) -> Optional[Path]:
    """The first file called `filename` below the dictionary folders, or None."""
    return _find(filename, os.environ.get(ENV, ""))


@functools.lru_cache(maxsize=None)
def _find(filename: str, env_value: str) -> Optional[Path]:
    # the environment value is part of the cache key: changing it finds anew
    for folder in folders():
        direct = folder / filename
        if direct.is_file():
            return direct
        for path in sorted(folder.rglob(filename)):
            if path.is_file():
                return path
    return None
