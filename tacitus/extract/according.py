""""According to X": a source named without a speech verb. X may be who spoke
("according to officials") or what they issued ("according to a statement released
by the ministry"), in which case the issuer is the speaker and the statement the channel.
"""
from __future__ import annotations

from dataclasses import dataclass
from typing import Optional

from tacitus import lexicons
from tacitus.extract import speech

ACCORDING_TO = speech.CueEntry("according to", ("according", "to"), True, ())
ISSUER_PREPS = ("from", "by", "of")


@lexicons.cached
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
        """Token index where it ends: its object's phrase, up to a comma (the parser may
        hang the rest of the sentence on the object)."""
        doc, last, end = self.source.doc, self.source.i, self.source.right_edge.i
        i = self.source.i + 1
        while i <= end:
            if doc[i].is_punct:
                # "by UpGuard, a cybersecurity firm,", "X, which cited sources,": an
                # apposition or a relative clause belongs to the phrase
                appos = next((t for t in doc[i + 1:end + 1] if t.dep_ in ("appos", "relcl") and t.left_edge.i == i + 1
                              and self.source.i <= t.head.i <= last), None)
                if appos is None:
                    break
                i = last = appos.right_edge.i
            else:
                last = i
            i += 1
        if last + 1 < len(doc) and doc[last + 1].text == ")" and "(" in doc[self.source.i:last + 1].text:
            last += 1  # "according to Notes from Poland (NFP),"
        return max(self.cue.tokens[-1].i, last)


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
            by = issuer(obj)
            if by is None:  # "according to initial reports": the document is the source
                return According(cue, obj, obj)
            return According(cue, obj, by, tok.doc[obj.left_edge.i:obj.i + 1])
        return According(cue, obj, obj)
    return None


def inside_according(tok) -> bool:
    """True for a word inside an "according to ..." phrase ("according to a memo posted
    by X": "posted" is no speech verb of the sentence)."""
    for _ in range(5):
        if tok.lower_ == "to" and tok.i > 0 and tok.nbor(-1).lower_ == "according":
            return True
        if tok.head.i == tok.i:
            return False
        tok = tok.head
    return False


def issuer(noun):
    """Who issued a statement noun: "a statement released by X", "a statement from X",
    "X's statement"; None when the text does not say."""
    for child in noun.children:
        if child.dep_ == "poss" and child.pos_ != "PRON":
            return child
        if child.dep_ == "compound" and child.ent_type_ in ("ORG", "PERSON", "GPE", "NORP"):
            return child  # "the official WHO report"
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
