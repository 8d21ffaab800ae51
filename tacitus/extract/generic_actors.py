"""Generic actors: the unnamed people and forces of news reports ("gunmen", "police",
"protesters", "villagers", "troops") as actors with a sector, so that an event whose
sides are named only by what they are is kept.

The sectors come from PLOVER's agents list (`PLOVER_agents.txt`, read through
`tacitus.dictionaries` when the user has it: "VILLAGER [~CVL]", "RIOT_POLICE [~COP]",
"GUNMAN {GUNMEN} [~UAF]"), with the project's own short list (`generic_actors` in
`lexicons/plover.yaml`) on top and as the fallback. The country is the one the phrase
itself names ("Afghan villagers"), or none: an unnamed group is not given the article's
state by guess.
"""
from __future__ import annotations

import functools
import re
from pathlib import Path
from typing import Optional

from tacitus import dictionaries, lexicons
from tacitus.extract import titles
from tacitus.report import Span

# agent codes that name no sector an event actor can have
_NO_SECTOR = {"JNK", "NON", "UNK"}
_MODIFIER_DEPS = ("amod", "compound", "nmod")


@functools.lru_cache(maxsize=4)
def _agents_file(path: Optional[Path]) -> dict[str, str]:
    """word or phrase (lower case, words joined by spaces) -> sector, from a PLOVER/PETRARCH
    agents file; substitution sets (!PERSON! = MAN, MEN, ...) are expanded."""
    if path is None:
        return {}
    try:
        lines = path.read_text(encoding="utf-8", errors="replace").splitlines()
    except OSError:
        return {}
    subs: dict[str, list[str]] = {}
    table: dict[str, str] = {}
    for raw in lines:
        line = raw.split("#", 1)[0].strip()
        if not line:
            continue
        m = re.match(r"^(![A-Z]+!)\s*=\s*(.+)$", line)
        if m:
            subs[m.group(1)] = [w.strip() for w in m.group(2).split(",") if w.strip()]
            continue
        m = re.match(r"^([^\[{]+?)\s*(\{[^}]*\})?\s*\[~?([A-Z]+)\]", line)
        if not m:
            continue
        sector = m.group(3)[:3]
        if sector in _NO_SECTOR:
            continue
        forms = [m.group(1).strip()] + (m.group(2) or "").strip("{} ").split()
        for form in forms:
            for expanded in _expand(form, subs):
                words = expanded.replace("_", " ").lower().split()
                if words:
                    table.setdefault(" ".join(words), sector)
    return table


def _expand(form: str, subs: dict[str, list[str]]) -> list[str]:
    for key, values in subs.items():
        if key in form:
            return [v for value in values for v in _expand(form.replace(key, value), subs)]
    return [form]


@lexicons.cached
def _combined(path: Optional[Path]) -> dict[str, str]:
    table = dict(_agents_file(path))
    for word, sector in (lexicons.load("plover.yaml").get("generic_actors") or {}).items():
        if sector:
            table[str(word).lower()] = str(sector)
        else:  # a place or a thing the agents list files under a sector ("town", "police station")
            table.pop(str(word).lower(), None)
    return table


def sectors() -> dict[str, str]:
    """word or phrase -> sector: PLOVER's agents list when present, the own list on top
    (cached per dictionary location)."""
    return _combined(dictionaries.find(dictionaries.PLOVER_AGENTS))


def sector_of(token) -> Optional[tuple[str, int]]:
    """(sector, first token index of the words that name it) when the noun `token` names a
    generic actor: the longest run of its left modifiers with the head that the table
    knows ("riot police", "armed men", "gunmen")."""
    if token.pos_ not in ("NOUN", "PROPN") or token.ent_type_ in ("PERSON", "GPE", "ORG", "NORP", "FAC", "LOC"):
        return None
    if any(c.dep_ == "compound" and c.pos_ == "PROPN" for c in token.lefts):
        return None  # "Borno state", "Kirkuk province": a named place or body, not an unnamed group
    table = sectors()
    mods = [c for c in token.lefts if c.dep_ in _MODIFIER_DEPS]
    heads = {token.lower_, token.lemma_.lower()}
    for mod in sorted(mods, key=lambda c: c.i):  # longest phrase first
        words = token.doc[mod.i:token.i]
        for head in heads:
            key = " ".join([w.lower_ for w in words] + [head])
            if key in table:
                return table[key], mod.i
    for head in heads:
        if head in table:
            return table[head], token.i
    return None


def resolve(table, token, placed_only: bool = False):
    """(actor id, evidence Span) of the generic actor `token` names, added to the actor
    table on first use (one actor per phrase and country), or None; with `placed_only`,
    only one whose phrase names its country."""
    found = sector_of(token)
    if found is None or table is None:
        return None
    sector, first = found
    doc = token.doc
    country = None
    for mod in token.lefts:
        if mod.dep_ in _MODIFIER_DEPS + ("poss",):
            country = titles.country_of_modifier(mod)  # "Afghan villagers", "Mosul residents"
            if country:
                first = min(first, mod.i)
                break
    country = country or titles.country_after_of(token)  # "the governor of São Paulo"
    if placed_only and not country:
        return None
    words = doc[first:token.i + 1]
    name = " ".join(t.text for t in words)
    key = f"generic:{name.lower()}:{country or ''}"
    actor_id = table._by_key.get(key)  # the table's own index of added actors
    if actor_id is None:
        actor_id = table.new_actor(name, "group", key, country=country, sector=sector).id
    table.add_mention(actor_id, words.start_char, words.end_char, 2)
    return actor_id, Span(words.start_char, words.end_char, words.text)
