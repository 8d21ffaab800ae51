"""A faster way to run spaCy's rule lemmatizer: one lemma per word form, worked out once.

spaCy's rule lemmatizer looks at every token in Python: it makes a Token, reads its text,
part of speech and morphology, and for the many base forms (a singular noun, an
infinitive, a positive adjective) works the lemma out again each time, since only the
other forms enter its cache. That cost about a tenth of the whole parse. Its answer
depends on nothing but the word, its part of speech and its morphology (the cache's own
key), so it is kept here per (word, part of speech, morphology) and written for the
whole Doc at once from arrays; the tokens the lemmatizer would skip (a lemma already set
by the attribute ruler, unless it overwrites) are skipped alike. Only a part of speech
left empty goes through spaCy every time (it warns then). The lemmas are the same; the
test suite compares them with spaCy's own on fictional text and, when present, on Wikinews.
"""
from __future__ import annotations

from spacy.attrs import LEMMA, MORPH, ORTH, POS

MAX_FORMS = 200_000  # kept word forms; past this the memo starts again (memory stays flat)


class LemmaMemo:
    """`pipe` and `__call__` for a rule-mode spaCy Lemmatizer, with the same results."""

    def __init__(self, lemmatizer) -> None:
        self.lemmatizer = lemmatizer
        self.lemma_of: dict[tuple[int, int, int], int] = {}  # (orth, pos, morph) -> lemma string id
        self.spacy_call = type(lemmatizer).__call__

    def __call__(self, doc):
        lemmatizer = self.lemmatizer
        if not lemmatizer._validated or not len(doc):
            return self.spacy_call(lemmatizer, doc)
        rows = doc.to_array([ORTH, POS, MORPH, LEMMA])
        lemmas = rows[:, 3].copy()
        overwrite = lemmatizer.overwrite
        lemma_of = self.lemma_of
        strings = doc.vocab.strings
        for i, (orth, pos, morph, lemma) in enumerate(rows.tolist()):
            if not overwrite and lemma != 0:
                continue
            key = (orth, pos, morph)
            found = lemma_of.get(key)
            if found is None:
                found = strings.add(lemmatizer.lemmatize(doc[i])[0])
                if pos != 0:  # an empty part of speech warns in spaCy: leave it to spaCy each time
                    if len(lemma_of) >= MAX_FORMS:
                        lemma_of.clear()
                    lemma_of[key] = found
            lemmas[i] = found
        doc.from_array([LEMMA], lemmas)
        return doc

    def pipe(self, stream, *, batch_size: int = 128):
        for doc in stream:
            yield self(doc)


def speed_up(nlp) -> None:
    """Give the pipeline's rule lemmatizer (if any) the memo; other modes are left alone."""
    if "lemmatizer" not in nlp.pipe_names:
        return
    lemmatizer = nlp.get_pipe("lemmatizer")
    if getattr(lemmatizer, "mode", None) != "rule" or isinstance(getattr(lemmatizer.pipe, "__self__", None), LemmaMemo):
        return
    memo = LemmaMemo(lemmatizer)
    lemmatizer.pipe = memo.pipe  # nlp.pipe calls the component's pipe
