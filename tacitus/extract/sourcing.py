"""Sourcing chains: who the article says the information comes from.

"..., according to Ukrainian officials, Fox News reported." gives
[Ukrainian officials, Fox News]: the original source first, then each outlet or
person that passed it on, in the order the sentence names them.
"""
from __future__ import annotations

from tacitus.lexicons.word_classes import exported, word_class
from tacitus.nlp import lemmas as doc_lemmas, lowers as doc_lowers, parts_of_speech
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
    # the words are read from the per-Doc lists of forms, lemmas and parts of speech: a
    # Token is made only for the few that may start a source
    doc = sent.doc
    lowers, lemmas, parts = doc_lowers(doc), doc_lemmas(doc), parts_of_speech(doc)
    for i in range(sent.start, sent.end):
        # "according to X"
        if lowers[i] == "according" and i + 1 < sent.end and lowers[i + 1] == "to":
            to = doc[i + 1]
            for pobj in to.children:
                if pobj.dep_ == "pobj":
                    chain.append(_source(_phrase(pobj), actors))
    root = None
    attribution_verbs = word_class("attribution_verbs")
    # ", X reported." - an attribution verb that closes the sentence and governs the rest
    for i in range(sent.start, sent.end):
        if lemmas[i] not in attribution_verbs or parts[i] != "VERB" or i in skip:
            continue
        tok = doc[i]
        root = sent.root if root is None else root
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
