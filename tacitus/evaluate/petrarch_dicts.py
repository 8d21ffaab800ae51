"""PETRARCH actor dictionaries as Tacitus user lexicons, for one evaluation run.

PETRARCH2's unit-test records are about invented states (Arnor, Gondor, ...) that no
gazetteer knows; they come with a small actor dictionary of their own ("GONDOR [GON]",
"+MINAS_TIRITH", tab-indented "[HOBGOV 19950601 - 19990815]" blocks, '#' comments).
`write_lexicons` turns such a dictionary into Tacitus's own lexicon formats in a
folder (places.yaml `countries:`/`country_aliases:`, demonyms.csv, actors.yaml), and
`using_lexicons` puts that folder on TACITUS_LEXICONS for the run: the entries live
only in the temporary folder, never in the project.
"""
from __future__ import annotations

import contextlib
import csv
import os
import re
from dataclasses import dataclass, field
from pathlib import Path

import yaml

from tacitus.errors import TacitusError

DISCARD_CODES = {"---", "+++", "###"}
# words of nationality among the synonyms ("+ERIADORIAN", "+FRENCH", "+PAKISTANI")
DEMONYM_ENDINGS = ("ian", "an", "ese", "ish", "ch", "i")
SECTORS = {"GOV", "MIL", "REB", "OPP", "MED", "BUS", "JUD", "LEG", "EDU", "CVL", "REL", "COP", "SPY"}


class DictionaryError(TacitusError):
    """An actor dictionary that cannot be read."""


@dataclass
class DictEntry:
    names: list[str] = field(default_factory=list)  # the entry's name first, then its synonyms
    code: str = ""  # the first code given ("GON", "HOBGOV")


def read_actors(path: Path) -> list[DictEntry]:
    """The entries of a PETRARCH actor dictionary that carry a usable code."""
    try:
        text = Path(path).read_text(encoding="utf-8", errors="replace")
    except OSError as exc:
        raise DictionaryError(f"{path}: cannot read the actor dictionary ({exc.__class__.__name__})") from None
    text = re.sub(r"<!--.*?-->", "", text, flags=re.S)
    entries: list[DictEntry] = []
    current: DictEntry | None = None
    for raw in text.splitlines():
        line = raw.split("#", 1)[0].rstrip()
        if not line.strip():
            continue
        stripped = line.strip()
        if stripped.startswith("+") and current is not None:
            current.names.append(_name(stripped[1:]))
        elif stripped.startswith("[") and current is not None:
            current.code = current.code or _code(stripped)
        elif not raw[:1].isspace():
            name, _, rest = line.partition("[")
            current = DictEntry(names=[_name(name)], code=_code("[" + rest) if rest else "")
            entries.append(current)
    usable = [e for e in entries if e.code and all(e.names)]
    if not usable:
        raise DictionaryError(f"{path}: no 'NAME [CODE]' entries")
    return usable


def _name(raw: str) -> str:
    """'MINAS_TIRITH' -> 'Minas Tirith', 'BARAD-DUR' -> 'Barad-Dur', 'U.N.' stays."""
    words = raw.replace("_", " ").split()
    if any("!" in w or "&" in w for w in words):
        return ""  # substitution markers of the agents syntax
    return " ".join(w if "." in w else "-".join(p.capitalize() for p in w.split("-")) for w in words)


def _code(block: str) -> str:
    """The code of a '[CODE ...]' block: date restrictions and alternatives dropped."""
    inner = block.strip().lstrip("[").split("]", 1)[0].strip()
    code = inner.split()[0] if inner.split() else ""
    code = code.split("/")[0].lstrip("~")
    return "" if code in DISCARD_CODES or not code[:3].isalpha() else code.upper()


def write_lexicons(entries: list[DictEntry], folder: Path) -> Path:
    """Tacitus lexicon files for the dictionary's entries in `folder` (created if needed)."""
    from tacitus.evaluate.plover import normalise_code
    from tacitus.geo import gazetteer

    known = set(gazetteer().countries)  # real states keep their names; the dictionary's are aliases
    folder = Path(folder)
    folder.mkdir(parents=True, exist_ok=True)
    countries: dict[str, str] = {}
    aliases: dict[str, str] = {}
    demonyms: dict[str, str] = {}
    actors: dict[str, dict] = {}
    for entry in entries:
        country = normalise_code(entry.code)
        if not country or len(country) != 3:
            continue
        sector = entry.code[3:6] if entry.code[3:6] in SECTORS else None
        name, *synonyms = entry.names
        if len(entry.code) == 3 and country not in countries and country not in known:
            countries[country] = name  # an invented state itself
        else:
            aliases.setdefault(name, country)
        for synonym in synonyms:
            if " " not in synonym and synonym.lower().endswith(DEMONYM_ENDINGS):
                demonyms.setdefault(synonym, country)
            else:
                aliases.setdefault(synonym, country)
        # a person or organisation the dictionary names ("Frodo", "Ithilen Military")
        actors.setdefault(name, {"country": country, **({"sector": sector} if sector else {})})
    (folder / "places.yaml").write_text(
        yaml.safe_dump({"countries": countries, "country_aliases": aliases}, allow_unicode=True), encoding="utf-8")
    (folder / "actors.yaml").write_text(yaml.safe_dump(actors, allow_unicode=True), encoding="utf-8")
    with (folder / "demonyms.csv").open("w", encoding="utf-8", newline="") as fh:
        writer = csv.writer(fh)
        writer.writerow(["demonym", "country"])
        writer.writerows(sorted(demonyms.items()))
    return folder


@contextlib.contextmanager
def using_lexicons(folder: Path):
    """Run with `folder` first on TACITUS_LEXICONS; lexicon and gazetteer caches are
    emptied on the way in and out, so nothing loaded before or after sees its entries."""
    from tacitus import geo, lexicons
    from tacitus.extract import known_actors

    caches = (lexicons.load, geo.gazetteer, known_actors.known_actors, known_actors.known_surnames)
    old = os.environ.get("TACITUS_LEXICONS")
    os.environ["TACITUS_LEXICONS"] = os.pathsep.join([str(folder), *([old] if old else [])])
    for cached in caches:
        cached.cache_clear()
    try:
        yield folder
    finally:
        if old is None:
            os.environ.pop("TACITUS_LEXICONS", None)
        else:
            os.environ["TACITUS_LEXICONS"] = old
        for cached in caches:
            cached.cache_clear()
