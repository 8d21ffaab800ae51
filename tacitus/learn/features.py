"""A sentence as features for the event-type classifier.

The classifier is trained on short synthetic stories and applied to real news, so the
features are the ones that carry over: lemmas of content words, the verb with its roles
(passive, negated, its object, its particle, its preposition, a common-noun subject),
modifier + noun pairs ("air strike", "peace talks") and the sentence's root. Names never
become features (they are what a story is about, not what happens in it): a named
entity counts only by its label.
"""
from __future__ import annotations

NAME_LABELS = {"PERSON", "ORG", "GPE", "NORP", "LOC", "FAC"}
CONTENT_POS = {"NOUN", "VERB", "ADJ", "ADV"}
MODALS = {"will", "would", "could", "may", "might", "must", "should", "'ll"}


def sentence_features(spans) -> list[str]:
    """The features of one sentence (a spaCy Span) or of several read as one text."""
    if not isinstance(spans, (list, tuple)):
        spans = [spans]
    feats: list[str] = []
    for span in spans:
        for tok in span:
            feats.extend(_token_features(tok))
        root = span.root
        feats.append(f"root:{role_word(root)}")
    return list(dict.fromkeys(feats))  # presence, in first-seen order


def role_word(tok) -> str:
    """A role filler as a feature: its lemma, or its entity label for a name."""
    if tok.ent_type_ in NAME_LABELS:
        return tok.ent_type_
    return tok.lemma_.lower()


def _is_word(tok) -> bool:
    return tok.pos_ in CONTENT_POS and not tok.is_stop and tok.is_alpha and tok.ent_type_ not in NAME_LABELS


def _token_features(tok):
    if tok.ent_type_ in NAME_LABELS:
        if tok.ent_iob_ == "B":
            yield f"ent:{tok.ent_type_}"
        return
    if tok.lower_ in MODALS and tok.dep_ == "aux":
        yield f"modal:{tok.lower_}"
        return
    if not _is_word(tok):
        return
    lemma = tok.lemma_.lower()
    yield f"w:{lemma}"
    if tok.pos_ == "VERB":
        yield f"v:{lemma}"
        for child in tok.children:
            dep = child.dep_
            if dep in ("nsubjpass", "auxpass"):
                yield f"pass:{lemma}"
            elif dep == "neg":
                yield f"neg:{lemma}"
            elif dep == "prt":
                yield f"v:{lemma}_{child.lower_}"
            elif dep == "dobj":
                yield f"vo:{lemma}>{role_word(child)}"
            elif dep == "prep":
                yield f"vp:{lemma}>{child.lower_}"
            elif dep == "nsubj" and _is_word(child):
                yield f"sv:{child.lemma_.lower()}>{lemma}"
            elif dep in ("xcomp", "ccomp") and child.pos_ == "VERB":
                yield f"vv:{lemma}>{child.lemma_.lower()}"
    elif tok.pos_ == "NOUN":
        for child in tok.children:
            if child.dep_ in ("compound", "amod") and _is_word(child):
                yield f"nn:{child.lemma_.lower()}_{lemma}"
        if tok.dep_ in ("dobj", "pobj", "nsubj", "nsubjpass"):
            yield f"{tok.dep_}:{lemma}"
