"""PETRARCH actor dictionaries as Tacitus user lexicons, for one evaluation run.

PETRARCH2's unit-test records are about invented states (Arnor, Gondor, ...) that no
gazetteer knows; they come with a small actor dictionary of their own ("GONDOR [GON]",
"+MINAS_TIRITH", tab-indented "[HOBGOV 19950601 - 19990815]" blocks, '#' comments).
`write_lexicons` turns such a dictionary into Tacitus's own lexicon formats in a
folder (places.yaml `countries:`/`country_aliases:`, demonyms.csv, actors.yaml), and
`using_lexicons` puts that folder first among the lexicon folders of the Config in
force for the run: the entries live only in the temporary folder, never in the project.
"""
from __future__ import annotations

import contextlib
import csv
from pathlib import Path

import yaml

from tacitus.errors import TacitusError
from tacitus.extract.phoenix import DictEntry, parse_actor_text

# words of nationality among the synonyms ("+ERIADORIAN", "+FRENCH", "+PAKISTANI")
DEMONYM_ENDINGS = ("ian", "an", "ese", "ish", "ch", "i")
SECTORS = {"GOV", "MIL", "REB", "OPP", "MED", "BUS", "JUD", "LEG", "EDU", "CVL", "REL", "COP", "SPY"}


class DictionaryError(TacitusError):
    """An actor dictionary that cannot be read."""


def read_actors(path: Path) -> list[DictEntry]:
    """The entries of a PETRARCH actor dictionary that carry a usable code (the reader
    is the product's own, `tacitus.extract.phoenix`)."""
    try:
        text = Path(path).read_text(encoding="utf-8", errors="replace")
    except OSError as exc:
        raise DictionaryError(f"{path}: cannot read the actor dictionary ({exc.__class__.__name__})") from None
    usable = [e for e in parse_actor_text(text) if e.code and all(e.names)]
    if not usable:
        raise DictionaryError(f"{path}: no 'NAME [CODE]' entries")
    return usable


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
    """Run the block with `folder` first among the lexicon folders of the Config in force
    (a pipeline without a Config of its own reads it); the lexicon caches are kept per
    Config, so nothing loaded before or after sees its entries."""
    from tacitus import config

    with config.using(config.active().with_lexicons_first(folder)):
        yield folder
