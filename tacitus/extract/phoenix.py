"""PETRARCH2's Phoenix actor dictionaries: the base of what Tacitus knows about actors.

The Phoenix dictionaries (Phoenix.Countries / International / MilNonState .actors.txt,
MIT, Open Event Data Alliance) list some 18,000 world leaders, officials, parties, armed
groups, international organisations and media with CAMEO actor codes, many with the
dates each code held ("[USAGOV 050801-061209]"). They are read where the user keeps them
(`tacitus.dictionaries`), parsed once per process, and answer `lookup(name, day)` with
the country (ISO 3166 alpha-3) and sector the actor had on that day. Without them the
lookup finds nothing and Tacitus runs on its own lexicons.

Precedence, applied by the callers: the user's `actors.yaml` lexicon and what the text
says beat the dictionary; the store's corpus knowledge base keeps what it learned first.
"""
from __future__ import annotations

import datetime as dt
import functools
import logging
import re
import unicodedata
from dataclasses import dataclass, field
from pathlib import Path
from typing import Optional

from tacitus import cache, dictionaries, lexicons

log = logging.getLogger(__name__)

DISCARD_CODES = {"---", "+++", "###"}
# CAMEO's first-level codes of actors that belong to no state, with the sector they imply
NON_STATE_SECTOR = {"IGO": "IGO", "NGO": "NGO", "IMG": "REB", "MNC": "BUS", "NGM": "NGO", "INT": None}
# CAMEO role codes that are sectors (the role after the country: USAGOV, PHLREB, [MED]);
# the rarer armed-group codes fold into the sector analysts count them under
ROLE_SECTOR = {
    "GOV": "GOV", "MIL": "MIL", "REB": "REB", "OPP": "OPP", "PTY": "PTY", "COP": "COP", "JUD": "JUD",
    "SPY": "SPY", "MED": "MED", "EDU": "EDU", "BUS": "BUS", "CRM": "CRM", "CVL": "CVL", "LEG": "LEG",
    "REL": "REL", "LAB": "LAB", "REF": "REF", "AGR": "AGR", "HRI": "NGO", "ELI": "ELI", "HLH": "HLH",
    "ENV": "ENV", "DEV": "DEV", "INS": "REB", "SEP": "REB", "UAF": "REB", "RAD": "REL", "MOD": "REL",
}


# branches of a state that analysts count apart from its government ("USAGOVJUD" -> JUD);
# other second codes name a ministry's field ("CHNGOVDEV" stays GOV)
BRANCHES = {"LEG", "JUD", "MIL", "COP", "SPY"}


@dataclass(frozen=True)
class DatedCode:
    code: str  # "USAGOV", "IGOUNO", "MED"
    start: Optional[dt.date] = None
    end: Optional[dt.date] = None

    def covers(self, day: dt.date) -> bool:
        return (self.start or dt.date.min) <= day <= (self.end or dt.date.max)


@dataclass
class DictEntry:
    names: list[str] = field(default_factory=list)  # the entry's name first, then its synonyms
    codes: list[DatedCode] = field(default_factory=list)

    @property
    def code(self) -> str:
        """The first code given ("GON", "HOBGOV")."""
        return self.codes[0].code if self.codes else ""


# ---- reading the TABARI/PETRARCH format ------------------------------------------------

def parse_actor_text(text: str, name=None) -> list[DictEntry]:
    """Entries of an actor dictionary: 'NAME_ [CODE]' lines, '+SYNONYM' lines and
    '[CODE YYMMDD-YYMMDD]' blocks (on the name's line or indented below it), '#' comments.
    `name` turns a raw 'MINAS_TIRITH' into the form kept (display form by default)."""
    _name = name or display_name
    text = re.sub(r"<!--.*?-->", "", text, flags=re.S)
    entries: list[DictEntry] = []
    current: Optional[DictEntry] = None
    for raw in text.splitlines():
        line = raw.split("#", 1)[0].rstrip()
        stripped = line.strip()
        if not stripped:
            continue
        if stripped[0] == "+" and current is not None:
            name, _, rest = stripped[1:].partition("[")
            current.names.append(_name(name))
            current.codes.extend(_codes("[" + rest) if rest else [])
        elif stripped[0] == "[" and current is not None:
            current.codes.extend(_codes(stripped))
        elif not raw[0].isspace():
            name, _, rest = line.partition("[")
            current = DictEntry(names=[_name(name)], codes=_codes("[" + rest) if rest else [])
            entries.append(current)
    for entry in entries:
        entry.names = [entry.names[0]] + [n for n in entry.names[1:] if n]
    return entries


def display_name(raw: str) -> str:
    """'MINAS_TIRITH' -> 'Minas Tirith', 'BARAD-DUR' -> 'Barad-Dur', 'U.N.' stays."""
    words = raw.replace("_", " ").split()
    if any("!" in w or "&" in w for w in words):
        return ""  # substitution markers of the agents syntax
    return " ".join(w if "." in w else "-".join(p.capitalize() for p in w.split("-")) for w in words)


def _codes(blocks: str) -> list[DatedCode]:
    """Every usable '[CODE dates]' block of a line; alternatives ('/') and '~' dropped."""
    out = []
    for inner in re.findall(r"\[([^\]]*)\]", blocks):
        parts = inner.split()
        if not parts:
            continue
        code = parts[0].split("/")[0].lstrip("~").upper()
        if code in DISCARD_CODES or not code[:3].isalpha():
            continue
        start, end = _dates(" ".join(parts[1:]))
        out.append(DatedCode(code, start, end))
    return out


def _dates(text: str) -> tuple[Optional[dt.date], Optional[dt.date]]:
    """'>080801' from, '<080801' until, '660101-050801' between (YYMMDD or YYYYMMDD)."""
    text = text.strip()
    if text.startswith(">"):
        return _day(text[1:]), None
    if text.startswith("<"):
        return None, _day(text[1:])
    if "-" in text:
        a, _, b = text.partition("-")
        return _day(a), _day(b)
    return None, None


def _day(raw: str) -> Optional[dt.date]:
    raw = raw.strip()
    try:
        if len(raw) == 8:
            return dt.date(int(raw[:4]), int(raw[4:6]), int(raw[6:]))
        if len(raw) == 6:
            yy = int(raw[:2])
            # two-digit years, PETRARCH's convention: up to 30 is this century
            return dt.date((2000 if yy <= 30 else 1900) + yy, int(raw[2:4]), int(raw[4:]))
    except ValueError:
        pass
    return None


# ---- from CAMEO codes to country and sector ----------------------------------------------

@lexicons.cached
def _country_codes() -> tuple[frozenset, dict]:
    """ISO3 codes the gazetteer knows, and CAMEO's own country codes mapped to ISO3."""
    from tacitus.geo import gazetteer

    data = lexicons.load("cameo_countries.yaml") or {}
    return frozenset(gazetteer().countries), dict(data.get("countries") or {})


def country_and_sector(code: str) -> tuple[Optional[str], Optional[str]]:
    """'USAGOV' -> ('USA', 'GOV'); 'PHLREB' -> ('PHL', 'REB'); 'IGOUNO' -> (None, 'IGO');
    'MED' -> (None, 'MED'); 'CHNGOVDEV' -> ('CHN', 'GOV')."""
    head, rest = code[:3], code[3:]
    if head in NON_STATE_SECTOR:
        return None, NON_STATE_SECTOR[head]
    if head in ROLE_SECTOR:
        return None, ROLE_SECTOR[head]
    iso3s, cameo = _country_codes()
    country = cameo.get(head, head)
    if country not in iso3s:
        return None, None  # a region or a code no gazetteer knows ("AFR", "KKL")
    found = [ROLE_SECTOR.get(rest[i:i + 3]) or NON_STATE_SECTOR.get(rest[i:i + 3]) for i in range(0, len(rest) - 2, 3)]
    found = [f for f in found if f]
    if not found:
        return country, None
    if found[0] == "GOV" and len(found) > 1 and found[1] in BRANCHES:
        return country, found[1]  # USAGOVLEG: the legislature is counted as such, not as the government
    return country, found[0]


@dataclass(frozen=True)
class Known:
    """What the dictionary says about one name on one day."""
    name: str  # the entry's own name
    country: Optional[str]
    sector: Optional[str]
    code: str
    dated: bool  # a dated (or undated, hence always valid) code covers the day


class PhoenixIndex:
    """Every name and synonym of the actor dictionaries, folded, to their entries."""

    def __init__(self, entries: list[DictEntry]) -> None:
        self.by_name: dict[str, list[DictEntry]] = {}
        for entry in entries:
            if not self._is_actor(entry):
                continue
            for key in entry.names:
                if key:
                    bucket = self.by_name.setdefault(key, [])
                    if entry not in bucket:
                        bucket.append(entry)
        # name variants written in news ("Carrie Lam" of CARRIE_LAM_CHENG_YUET_NGOR,
        # "John Bolton" of JOHN_R._BOLTON), kept only when one entry has them
        variants: dict[str, list[DictEntry]] = {}
        for entry in entries:
            if self._is_actor(entry):
                for key in {v for n in entry.names for v in name_variants(n, folded=True)}:
                    if key not in self.by_name:
                        variants.setdefault(key, []).append(entry)
        for key, found in variants.items():
            if len({id(e) for e in found}) == 1:
                self.by_name[key] = found[:1]
        # kept as one string a name: a cached index reads back in a fraction of a second
        packed: dict[int, str] = {}
        self.packed: dict[str, str] = {
            key: "\n".join(packed.setdefault(id(e), _pack(e)) for e in found) for key, found in self.by_name.items()}
        del self.by_name

    def entries(self, key: str) -> list[DictEntry]:
        found = self.packed.get(key)
        return [_unpack(p) for p in found.split("\n")] if found else []

    @staticmethod
    def _is_actor(entry: DictEntry) -> bool:
        """An entry with a sector: a person or an organisation, not a state or a place
        (country entries list their towns as synonyms: "+KABUL" of "AFGHANISTAN [AFG]")."""
        return any(country_and_sector(c.code)[1] for c in entry.codes)

    def lookup(self, name: str, day: Optional[dt.date] = None) -> Optional[Known]:
        key = fold(name)
        found = self.entries(key)
        if not found:
            # "John R. Bolton" for JOHN_BOLTON: the text's fuller form, without its initials
            short = [v for v in name_variants(key, folded=True) if len(v.split()) >= 2 and v in self.packed]
            found = self.entries(short[0]) if len(short) == 1 and len(key.split()) < 4 else None
        if not found:
            return None
        answers = {_on(entry, day) for entry in found}
        answers.discard(None)
        countries = {a.country for a in answers}
        if len(countries) > 1:
            return None  # two actors of different states share the name: no guess
        # of agreeing entries, one whose code holds on the day
        return max(answers, key=lambda a: (a.dated, a.sector is not None), default=None)


def _pack(entry: DictEntry) -> str:
    """ "carrie lam cheng yuet ngor|CHNGOVDEV,20080801,;..." """
    codes = ";".join(f"{c.code},{c.start.strftime('%Y%m%d') if c.start else ''},"
                     f"{c.end.strftime('%Y%m%d') if c.end else ''}" for c in entry.codes)
    return f"{entry.names[0]}|{codes}"


def _unpack(packed: str) -> DictEntry:
    name, _, codes = packed.partition("|")
    out = []
    for part in codes.split(";") if codes else []:
        code, start, end = part.split(",")
        out.append(DatedCode(code, _day(start) if start else None, _day(end) if end else None))
    return DictEntry(names=[name], codes=out)


def _on(entry: DictEntry, day: Optional[dt.date]) -> Optional[Known]:
    """The entry's country and sector on `day`: the dated code covering it, else the
    undated one, else the code nearest in time (a former official keeps the country)."""
    coded = [(c, *country_and_sector(c.code)) for c in entry.codes]
    coded = [t for t in coded if t[1] or t[2]]
    if not coded:
        return None
    if day is not None:
        for c, country, sector in coded:
            if (c.start or c.end) and c.covers(day):
                return Known(entry.names[0].title(), country, sector, c.code, True)
    undated = [t for t in coded if not (t[0].start or t[0].end)]
    if undated:
        c, country, sector = undated[0]
        return Known(entry.names[0].title(), country, sector, c.code, True)
    if day is None:
        c, country, sector = coded[-1]
        return Known(entry.names[0].title(), country, sector, c.code, False)

    def distance(t) -> int:
        c = t[0]
        edges = [d for d in (c.start, c.end) if d]
        return min(abs((day - d).days) for d in edges)

    c, country, sector = min(coded, key=distance)
    return Known(entry.names[0].title(), country, sector, c.code, False)


def _raw_key(raw: str) -> str:
    """'JOHN_R._BOLTON_' -> 'john r bolton': the matching form of a dictionary name."""
    return "" if "!" in raw or "&" in raw else fold(raw.replace("_", " "))


def fold(name: str) -> str:
    """Lower case, no accents, no dots or possessive, single spaces: matching form."""
    name = name.replace("’", "'")
    if not name.isascii():
        name = "".join(c for c in unicodedata.normalize("NFKD", name) if not unicodedata.combining(c))
    name = name.casefold()
    name = re.sub(r"^the\s+", "", name)
    name = re.sub(r"'s$", "", name)
    name = name.replace(".", "").replace("-", " ")
    return re.sub(r"\s+", " ", name).strip()


def name_variants(name: str, folded: bool = False) -> set[str]:
    """Shorter forms a news text uses for a full name: without middle initials ("John
    R. Bolton" -> "john bolton"), and the first two words of a long East Asian-style
    name ("Carrie Lam Cheng Yuet Ngor" -> "carrie lam")."""
    words = (name if folded else fold(name)).split()
    out = set()
    if len(words) >= 3:
        no_initials = [w for i, w in enumerate(words) if not (0 < i < len(words) - 1 and len(w) == 1)]
        if len(no_initials) >= 2:
            out.add(" ".join(no_initials))
    if len(words) >= 4:
        out.add(" ".join(words[:2]))
    out.discard(" ".join(words))
    return out


@functools.lru_cache(maxsize=None)
def _index_for(paths: tuple[str, ...]) -> PhoenixIndex:
    """The index of these files: from the per-user cache when it holds it (parsing the
    dictionaries takes seconds, reading the cached index a fraction of that)."""
    if not paths:
        return PhoenixIndex([])  # no dictionaries: nothing to cache
    return cache.cached("phoenix", INDEX_VERSION, paths, lambda: _build_index(paths))


INDEX_VERSION = 3  # bump when PhoenixIndex or the parsing changes


def _build_index(paths: tuple[str, ...]) -> PhoenixIndex:
    entries: list[DictEntry] = []
    for path in paths:
        try:
            text = Path(path).read_text(encoding="utf-8", errors="replace")
            entries.extend(parse_actor_text(text, name=_raw_key))
        except OSError as exc:
            log.warning("%s: cannot read the actor dictionary (%s)", path, exc.__class__.__name__)
    return PhoenixIndex(entries)


ACTOR_FILES = (dictionaries.PHOENIX_COUNTRIES, dictionaries.PHOENIX_INTERNATIONAL, dictionaries.PHOENIX_NONSTATE)


def index() -> PhoenixIndex:
    """The parsed dictionaries found on TACITUS_DICTIONARIES (cached per set of files)."""
    paths = tuple(str(p) for p in (dictionaries.find(f) for f in ACTOR_FILES) if p)
    return _index_for(paths)


def lookup(name: str, day: Optional[dt.date] = None) -> Optional[Known]:
    return index().lookup(name, day)
