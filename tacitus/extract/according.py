""""According to X": a source named without a speech verb. X may be who spoke
("according to officials") or what they issued ("according to a statement released
by the ministry"), in which case the issuer is the speaker and the statement the channel.
"""
from __future__ import annotations

import functools
from dataclasses import dataclass
from typing import Optional

from tacitus import lexicons
from tacitus.extract import speech

ACCORDING_TO = speech.CueEntry("according to", ("according", "to"), True, ())
ISSUER_PREPS = ("from", "by", "of")


@functools.lru_cache(maxsize=1)
def statement_nouns() -> frozenset[str]:
    return frozenset(w.lower() for w in lexicons.load("reporting_verbs.yaml").get("statement_nouns") or [])


@dataclass
class According:
    cue: speech.Cue  # "according to"
    source: object  # the object of "to": who or what is cited
    speaker: object  # the token naming who spoke (None when only a document is named)
    channel: object = None  # the statement noun phrase (a spaCy span), if one is cited

    @property
    def first(self) -> int:
        """Token index where the "according to ..." phrase begins."""
        return self.cue.verb.i

    @property
    def last(self) -> int:
        """Token index where it ends (its object's whole phrase)."""
        return max(self.cue.tokens[-1].i, self.source.right_edge.i)


def find_according(span, quoted) -> Optional[According]:
    """The first "according to X" in `span` outside quote marks."""
    for tok in span:
        if tok.lower_ != "according" or tok.i + 1 >= len(tok.doc) or quoted(tok.idx, tok.idx + len(tok)):
            continue
        to = tok.nbor(1)
        if to.lower_ != "to":
            continue
        obj = next((c for c in to.children if c.dep_ == "pobj"), None)
        if obj is None and to.i + 1 < len(tok.doc):
            nxt = to.nbor(1)
            # "according to the" + noun: the object may hang elsewhere after a misparse
            obj = next((t for t in tok.doc[nxt.i:min(len(tok.doc), nxt.i + 4)] if t.pos_ in ("NOUN", "PROPN")), None)
        if obj is None:
            continue
        cue = speech.Cue(ACCORDING_TO, tok, [tok, to])
        if obj.lemma_.lower() in statement_nouns() or obj.lower_ in statement_nouns():
            channel = tok.doc[obj.left_edge.i:obj.i + 1]
            return According(cue, obj, issuer(obj), channel)
        return According(cue, obj, obj)
    return None


def issuer(noun):
    """Who issued a statement noun: "a statement released by X", "a statement from X",
    "X's statement"; None when the text does not say."""
    for child in noun.children:
        if child.dep_ == "poss" and child.pos_ != "PRON":
            return child
        if child.dep_ == "prep" and child.lower_ in ISSUER_PREPS:
            obj = next((g for g in child.children if g.dep_ == "pobj"), None)
            if obj is not None:
                return obj
        if child.dep_ == "acl":  # "released by", "issued by"
            for g in child.children:
                if g.dep_ == "agent":
                    obj = next((h for h in g.children if h.dep_ == "pobj"), None)
                    if obj is not None:
                        return obj
    return None
