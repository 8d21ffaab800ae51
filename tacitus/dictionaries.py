"""The field's curated dictionaries, read where the user keeps them (never bundled).

PETRARCH2's CAMEO verb dictionary and Phoenix actor and agent dictionaries, the PLOVER
CAMEO-to-PLOVER table and agents list, and the CAMEO code table with Goldstein scores
are openly licensed (MIT, CC BY-SA) but are not Tacitus's to ship. A user points the
TACITUS_DICTIONARIES environment variable at one or more folders that hold them
(several separated by os.pathsep) — a checkout of openeventdata/petrarch2 and of
openeventdata/PLOVER, or any folder with the files — and each file is found by its
name anywhere below those folders. Without them Tacitus runs on its own lexicons.
A Pipeline given a Config (`tacitus/config.py`) looks in that Config's folders instead.
"""
from __future__ import annotations

import functools
from pathlib import Path
from typing import Optional

from tacitus import config as config_mod

ENV = config_mod.DICTIONARIES_ENV

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
    """The dictionary folders of the Config in force that exist, in order."""
    return _existing(config_mod.active().dictionaries)


def _existing(names: tuple[str, ...]) -> list[Path]:
    return [Path(p) for p in names if p and Path(p).is_dir()]


def find(filename: str) -> Optional[Path]:
    """The first file called `filename` below the dictionary folders, or None."""
    return _find(filename, config_mod.active().dictionaries)


@functools.lru_cache(maxsize=None)
def _find(filename: str, names: tuple[str, ...]) -> Optional[Path]:
    # the folders are part of the cache key: other folders find anew
    for folder in _existing(names):
        direct = folder / filename
        if direct.is_file():
            return direct
        for path in sorted(folder.rglob(filename)):
            if path.is_file():
                return path
    return None
