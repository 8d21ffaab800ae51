"""Where an event happened: the place its trigger is tied to, resolved offline.

Only places syntactically tied to the event count ("strikes on Kyiv", "clashes in
Gaza", "the Oval Office clash"), not every place the sentence mentions.
"""
from __future__ import annotations

from typing import Optional

from tacitus.geo import gazetteer
from tacitus.nlp import entity_of
from tacitus.report import Place

PLACE_LABELS = {"GPE", "LOC", "FAC"}
# prepositions that locate an event; "on"/"at" also name a target ("strikes on Kyiv")
LOCATING_PREPS = {"in", "at", "near", "on", "inside", "across", "outside", "around", "throughout"}


def _entity(token):
    """The place entity of a token: labelled as a place, or an organisation-looking
    name the gazetteer knows as a place ("the Oval Office")."""
    ent = entity_of(token)
    if ent is not None and (ent.label_ in PLACE_LABELS or ent.label_ == "ORG" and gazetteer().place(ent.text)):
        return ent
    return None


def _as_place(ent) -> Optional[Place]:
    name = ent.text.strip()
    if name.lower().startswith("the "):
        name = name[4:]
    entry = gazetteer().place(name)
    start = ent.end_char - len(name)
    if entry is None:
        if ent.label_ == "FAC":
            return Place(name=name, start=start, end=ent.end_char)
        return None
    return Place(name=name, start=start, end=ent.end_char, country=entry.country,
                 lat=entry.lat, lon=entry.lon, geonameid=entry.geonameid)


def place_of_span(span) -> Optional[Place]:
    """The place a span of text names ("Paris" of "said in Paris"), resolved offline."""
    return _as_place(span) if span is not None and len(span) else None


def _candidates(token, target_preps: bool):
    """Place-like tokens tied to the trigger: its locating prepositions and modifiers."""
    preps = LOCATING_PREPS if target_preps else LOCATING_PREPS - {"on"}
    if token.pos_ in ("PROPN",) or token.ent_type_ in PLACE_LABELS:
        yield token  # a target that is itself a place
    for child in token.children:
        if child.dep_ == "prep" and child.lower_ == "of" and token.pos_ == "NOUN":
            yield from (p for p in child.children if p.dep_ == "pobj")  # "the town of Kiruna"
        if child.dep_ == "prep" and child.lower_ in preps:
            for pobj in child.children:
                if pobj.dep_ == "pobj":
                    yield pobj
                    yield from (c for c in pobj.children if c.dep_ in ("appos", "conj"))
        elif child.dep_ in ("compound", "nmod", "npadvmod") and child.i < token.i:
            yield child
        elif child.dep_ == "nsubj" and child.ent_type_ in ("LOC", "FAC"):
            yield child  # "his Oval Office clash", parsed as a subject, names where it was


def place_of(trigger, extra_heads=(), target_preps: bool = True) -> Optional[Place]:
    """The most specific resolvable place tied to the trigger (a city before its country)."""
    found: list[Place] = []
    for head in [trigger.token, *extra_heads]:
        for cand in _candidates(head, target_preps):
            ent = _entity(cand)
            if ent is None:
                continue
            place = _as_place(ent)
            if place and not any(p.start == place.start for p in found):
                found.append(place)
    if not found:
        return None
    rank = {"city": 0, "region": 1, "country": 2}
    gaz = gazetteer()

    def specificity(place: Place) -> int:
        entry = gaz.place(place.name)
        return rank.get(entry.kind, 1) if entry else 1

    return min(found, key=specificity)
