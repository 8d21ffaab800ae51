"""Fast mode (opt-in: `Pipeline(model, fast=True)`): the full spaCy pipeline runs only
on the sentences that can hold a statement or an event.

A cheap first pass (tokenizer and the model's small sentence segmenter) splits the
article into sentences; a sentence is a *candidate* when it has a quotation mark or
a word that may be a form of a reporting verb or an event trigger of the lexicons
(`reporting_verbs.yaml`, `plover_triggers.yaml`), found with the model's own
lemmatisation rules for every part of speech. Runs of candidate sentences are
parsed, tagged and NER-labelled as they are; the other sentences keep only their
tokens and a flat tree (one sentence each), so the extractors see them but find
nothing in them. The Doc is reassembled over the unchanged article text, so every
offset stays valid.

What it costs: names that appear only in the skipped sentences are no actors, and
a title or pronoun whose name was introduced there is not resolved.
"""
from __future__ import annotations

import functools
from typing import Iterable, Iterator

from spacy.tokens import Doc

from tacitus import lexicons, pieces

QUOTE_MARKS = set('"“”«»„')


@lexicons.cached
def cue_lemmas() -> frozenset[str]:
    """Lemmas whose forms make a sentence a candidate: speech and event words."""
    from tacitus.extract.speech import cue_words

    triggers = lexicons.load("plover_triggers.yaml")
    words = set(cue_words())
    for part in ("verbs", "nouns", "adjectives", "phrases", "support_verbs"):
        for entry in triggers.get(part) or {}:
            words.add(str(entry).split()[0])
    return frozenset(w.lower() for w in words)


class CandidateTest:
    """Is a word a possible form of a cue lemma? By the model's lemmatisation rules
    and exceptions for every part of speech, so "said", "met", "talks", "killing" count."""

    def __init__(self, nlp) -> None:
        self.lemmas = cue_lemmas()
        self.rules: list[tuple[str, str]] = []
        self.exceptions: dict[str, set[str]] = {}
        if "lemmatizer" in nlp.pipe_names:
            lookups = nlp.get_pipe("lemmatizer").lookups
            if lookups.has_table("lemma_rules"):
                rules = lookups.get_table("lemma_rules")
                exceptions = lookups.get_table("lemma_exc") if lookups.has_table("lemma_exc") else {}
                for pos in ("verb", "noun", "adj"):
                    self.rules += [tuple(r) for r in rules.get(pos, [])]
                    for form, lemmas in (exceptions.get(pos, {}) or {}).items():
                        self.exceptions.setdefault(form, set()).update(lemmas)

    @functools.lru_cache(maxsize=65536)
    def word(self, lower: str) -> bool:
        if lower in self.lemmas or self.exceptions.get(lower, set()) & self.lemmas:
            return True
        return any(lower.endswith(old) and lower[: len(lower) - len(old)] + new in self.lemmas
                   for old, new in self.rules if old)

    def sentence(self, span) -> bool:
        return any(t.text in QUOTE_MARKS or (t.is_alpha and self.word(t.lower_)) for t in span)


def _flat(doc: Doc, start: int, end: int, vocab) -> Doc:
    """Tokens [start, end) of `doc` as a Doc with one flat tree per sentence."""
    tokens = doc[start:end]
    heads, deps, root = [], [], 0
    for i, token in enumerate(tokens):
        if i == 0 or token.is_sent_start:
            root = i
        heads.append(root)
        deps.append("ROOT" if i == root else "dep")
    piece = Doc(vocab, words=[t.text for t in tokens], spaces=[bool(t.whitespace_) for t in tokens],
                heads=heads, deps=deps)
    return piece


def _first_pass(nlp, senter, text: str) -> Doc:
    """Tokens and sentences only; a line break always ends a sentence (the small
    segmenter sometimes runs one over a paragraph break)."""
    doc = senter(nlp.make_doc(text))
    for token in doc[1:]:
        previous = doc[token.i - 1]
        if previous.is_space and "\n" in previous.text and not token.is_space:
            token.is_sent_start = True
    return doc


def _stretches(doc: Doc, test: CandidateTest) -> list[tuple[int, int, bool]]:
    """Runs of sentences as (first token, end token, candidate?), covering the Doc."""
    runs: list[tuple[int, int, bool]] = []
    for sentence in doc.sents:
        keep = test.sentence(sentence)
        if runs and runs[-1][2] == keep:
            runs[-1] = (runs[-1][0], sentence.end, keep)
        else:
            runs.append((sentence.start, sentence.end, keep))
    return runs


def parse_many(nlp, texts: Iterable[str], batch_size: int = pieces.BATCH_SIZE) -> Iterator[Doc]:
    """Docs over `texts`, each `text` unchanged, with the full pipeline on candidate
    sentences only."""
    test = _candidate_test(nlp)
    senter = nlp.get_pipe("senter")
    disabled = pieces.article_components(nlp)
    texts = list(texts)
    firsts = [_first_pass(nlp, senter, text) for text in texts]
    plans = [_stretches(doc, test) for doc in firsts]
    candidates = [doc[s:e].text_with_ws if doc[s:e] else "" for doc, plan in zip(firsts, plans)
                  for s, e, keep in plan if keep]
    parsed = iter(nlp.pipe(candidates, batch_size=batch_size, disable=disabled))
    for text, doc, plan in zip(texts, firsts, plans):
        parts = [next(parsed) if keep else _flat(doc, start, end, nlp.vocab) for start, end, keep in plan]
        yield pieces.join(nlp, parts, text) if parts else nlp(text)


@lexicons.cached
def _candidate_test_for(nlp_id: int, nlp) -> CandidateTest:
    return CandidateTest(nlp)


def _candidate_test(nlp) -> CandidateTest:
    return _candidate_test_for(id(nlp), nlp)
