"""Sourcing chains: who the article says the information comes from.

"..., according to Ukrainian officials, Fox News reported." gives
[Ukrainian officials, Fox News]: the original source first, then each outlet or
person that passed it on, in the order the sentence names them.
"""
from __future__ import annotations

from tacitus.lexicons.word_classes import exported, word_class
from tacitus.report import Source

# the verbs that attribute a whole sentence to a source when they close it (", X reported")
# are the class attribution_verbs of lexicons/word_classes.yaml


def _phrase(token):
    """The noun phrase of a source: its left modifiers and name parts, no clauses."""
    left = token
    for child in token.lefts:
        if child.dep_ in ("det", "amod", "compound", "poss", "nmod", "nummod"):
            left = min(left, child.left_edge, key=lambda t: t.i)
    right = token
    for child in token.rights:
        if child.dep_ in ("compound", "flat", "appos") and child.i == right.i + 1:
            right = child
    start = left.i
    while start < right.i and token.doc[start].lower_ in ("the", "a", "an"):
        start += 1
    return token.doc[start:right.i + 1]


def _source(span, actors) -> Source:
    actor_id = None
    if actors is not None:
        try:
            actor_id = actors.resolve_or_add(span)
        except Exception:  # an actor table that cannot place this phrase: keep the name only
            actor_id = None
    return Source(name=span.text, start=span.start_char, end=span.end_char, actor=actor_id)


def sourcing_chain(sent, actors=None, skip=()) -> list[Source]:
    """The ordered sourcing chain of a sentence: 'according to' sources, then reporters."""
    chain: list[Source] = []
    for tok in sent:
        # "according to X"
        if tok.lower_ == "according" and tok.i + 1 < sent.end and tok.nbor(1).lower_ == "to":
            to = tok.nbor(1)
            for pobj in to.children:
                if pobj.dep_ == "pobj":
                    chain.append(_source(_phrase(pobj), actors))
    root = sent.root
    attribution_verbs = word_class("attribution_verbs")
    # ", X reported." - an attribution verb that closes the sentence and governs the rest
    for tok in sent:
        if tok.lemma_.lower() not in attribution_verbs or tok.pos_ != "VERB" or tok.i in skip:
            continue
        closing = tok.i > root.i or tok == root and any(c.dep_ == "ccomp" and c.i < tok.i for c in tok.children)
        if not closing:
            continue
        if not any(c.dep_ in ("ccomp", "parataxis") and c.i < tok.i for c in tok.children) and \
                not (tok.dep_ in ("parataxis", "ccomp", "advcl", "conj") and tok.head.i < tok.i):
            continue
        for subj in tok.children:
            if subj.dep_ in ("nsubj",) and subj.pos_ in ("PROPN", "NOUN"):
                chain.append(_source(_phrase(subj), actors))
    return chain


# the word classes this module once held as constants, now in lexicons/word_classes.yaml
__getattr__ = exported(__name__, {"ATTRIBUTION_VERBS": "attribution_verbs"})
