"""People named by their nationality: "the sixteen-year-old Swede", "a Briton", "the
Frenchman Luc Moreau", "Swedish teenager Greta Thunberg".

A demonym used as a singular noun is one person of that country, not the state acting:
"The 28-year-old Argentine was arrested" is about a man, and Argentina arrested no one.
Writers use it to introduce a foreigner or to refer back to one already named, so it
lends its country to the person it describes (resolved in `coref.py`).
"""
from __future__ import annotations

from typing import Optional

from spacy.tokens import Span, Token

from tacitus.geo import gazetteer

# "Frenchman", "Englishwoman", "Dutchmen": a demonym joined to a word for a person
_PERSON_SUFFIXES = ("woman", "women", "man", "men")


def country_of_national(word: str) -> Optional[str]:
    """The country of a word naming one person by nationality: "Swede", "Briton",
    "Argentine", "Frenchman"; None for an adjective or a collective form ("French",
    "Chinese", "Swiss"), which names a people or qualifies a noun."""
    gaz = gazetteer()
    low = word.lower()
    for suffix in _PERSON_SUFFIXES:
        if low.endswith(suffix) and len(low) > len(suffix) + 3:
            found = gaz.demonym(word[:-len(suffix)])
            if found:
                return found
    if low.endswith(("ese", "ish", "ch", "ss", "s")):
        return None  # a people's form ("the Chinese", "the Dutch") or a plural ("the Swedes")
    return gaz.demonym(word)


def national_noun(ent: Span) -> Optional[str]:
    """The country of a nationality entity used as a noun for one person ("the Swede
    began her protest", "a Briton was kidnapped"), or None."""
    if len(ent) != 1:
        return None
    tok = ent.root
    if tok.tag_ not in ("NN", "NNP") or tok.dep_ in ("amod", "compound", "nmod", "poss", "npadvmod"):
        return None
    if not _person_like_use(tok):
        return None
    return country_of_national(tok.text)


def _person_like_use(tok: Token, bare: bool = True) -> bool:
    """A determiner or an age before it, or (`bare`) a subject or object of its own."""
    if any(c.dep_ == "det" and c.lower_ in ("the", "a", "an", "another", "one") for c in tok.children):
        return True
    if any(c.ent_type_ == "DATE" for c in tok.children):
        return True  # "28-year-old Argentine"
    return bare and tok.dep_ in ("nsubj", "nsubjpass", "dobj", "pobj", "appos")


def nationality_before(ent: Span) -> Optional[str]:
    """The nationality written in a person's own noun phrase before the name: "Swedish
    teenager Greta Thunberg", "the Frenchman Luc Moreau", "Swede Greta Thunberg"; the
    word nearest the name wins."""
    doc = ent.doc
    first = ent.root.left_edge.i
    for tok in reversed(doc[first:ent.start]):
        if tok.is_punct or tok.pos_ in ("VERB", "AUX", "ADP") or tok.ent_type_ == "PERSON":
            return None
        if tok.ent_type_ == "NORP" or tok.lower_.endswith(_PERSON_SUFFIXES):
            found = country_of_national(tok.text) if tok.tag_.startswith("NN") else gazetteer().demonym(tok.text)
            if found:
                return found
    return None


def national_nouns(doc) -> list[tuple[Token, str]]:
    """Every word of the text naming one person by nationality, with its country: the
    nationality entities used as such a noun, and the same words the tagger leaves
    unlabelled, after a determiner or an age ("The 24-year-old Dane", "The Frenchman")."""
    found = []
    for ent in doc.ents:
        if ent.label_ == "NORP":
            country = national_noun(ent)
            if country:
                found.append((ent.root, country))
    for tok in doc:
        if tok.ent_type_ or tok.tag_ not in ("NN", "NNP") or not tok.is_title:
            continue
        if tok.dep_ in ("amod", "compound", "nmod", "poss") or not _person_like_use(tok, bare=False):
            continue
        country = country_of_national(tok.text)
        if country:
            found.append((tok, country))
    return sorted(found, key=lambda pair: pair[0].i)
