"""Names the small model labels wrongly, in the two ways that make false or missing actors:

* places labelled as people ("the shooting took place in the Tsuen Wan district", "the
  governor of São Paulo"): a name the text uses as a place, that the gazetteer knows as
  one and that no title or lexicon entry makes a person, is nobody. Otherwise it becomes
  a person with no country, takes the pronouns meant for the people near it and stands
  as the side of events ("he then shot at one person" -> Tsuen Wan);
* seats of government left unlabelled ("Downing Street urged calm"): a metonym of
  `places.yaml` written in the text and acting is its state, as when it is labelled.
"""
from __future__ import annotations

import re
import unicodedata

from spacy.tokens import Span

from tacitus import lexicons
from tacitus.extract import titles
from tacitus.extract.known_actors import known_actors
from tacitus.extract.places import PLACE_NOUNS, SENTENCE_PREPS
from tacitus.geo import gazetteer
from tacitus.lexicons.word_classes import word_class
from tacitus.nlp import doc_text


def _fold(name: str) -> str:
    return "".join(c for c in unicodedata.normalize("NFKD", name.lower()) if not unicodedata.combining(c))


def used_as_place(ent: Span) -> bool:
    """ "in Tsuen Wan", "in the Tsuen Wan district", "the governor of São Paulo"."""
    root = ent.root
    while root.dep_ == "conj" and root.head.i < root.i:
        root = root.head  # "in Tsuen Wan and Kwun Tong"
    head = root.head
    if root.dep_ == "pobj" and head.lower_ in SENTENCE_PREPS:
        return True
    if root.dep_ == "compound" and head.lower_ in PLACE_NOUNS:
        return True
    # "the governor of São Paulo", "the people of Sha Tin": a title or a place's people
    return root.dep_ == "pobj" and head.lower_ == "of" and head.head.pos_ == "NOUN" and (
        titles.title_entry(head.head) is not None or head.head.lower_ in PLACE_NOUNS)


def places_named_as_people(people: list[Span]) -> set[str]:
    """The (folded) names among these person entities that are places: used as a place
    at least once, known to the gazetteer, never after a title, not a known person."""
    by_name: dict[str, list[Span]] = {}
    for ent in people:
        by_name.setdefault(_fold(ent.text), []).append(ent)
    found = set()
    for name, ents in by_name.items():
        if not any(used_as_place(e) for e in ents) or name in known_actors():
            continue
        if gazetteer().place(ents[0].text) is None:
            continue
        if any(titles.analyse_prefix(e) or titles.analyse_apposition(e) for e in ents):
            continue  # "Governor Jackson", "Lincoln, the mayor"
        found.add(name)
    return found


def is_place_named_as_person(ent: Span, places: set[str]) -> bool:
    return _fold(ent.text) in places


def person_named_as_organisation(ent: Span) -> bool:
    """ "Ricardo Rosselló Nevares, Puerto Rico's governor, announced": a name of two to
    four capitalised words, with no word of an organisation's name, in apposition to a
    person's title."""
    if ent.label_ != "ORG" or not 2 <= len(ent) <= 4 or not all(t.is_title and t.pos_ == "PROPN" for t in ent):
        return False
    if titles.sector_of_organisation(ent.text) or any(t.lower_ in word_class("generic_organisation_words")
                                                      for t in ent):
        return False
    title = titles.analyse_apposition(ent)
    return title is not None and bool(title.role)


@lexicons.cached
def _seat_pattern() -> re.Pattern | None:
    """One pattern for every metonym written with a capital, longest first."""
    names = [n for n in (lexicons.load("places.yaml") or {}).get("metonyms", {}) if n[:1].isupper()]
    if not names:
        return None
    return re.compile(r"\b(?:" + "|".join(re.escape(n) for n in sorted(names, key=len, reverse=True)) + r")\b")


def unlabelled_seats(doc) -> list[Span]:
    """Metonyms of the text ("Downing Street", "Whitehall") that no entity covers."""
    pattern = _seat_pattern()
    if pattern is None:
        return []
    out = []
    for match in pattern.finditer(doc_text(doc)):
        span = doc.char_span(match.start(), match.end())
        if span is None or any(t.ent_type_ for t in span) or not span[0].is_title:
            continue
        out.append(span)
    return out
