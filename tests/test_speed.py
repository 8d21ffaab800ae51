"""Speed changes must not change what spaCy annotates: the indexed attribute-ruler
matching finds exactly spaCy's matches, and doc_text is doc.text."""
from __future__ import annotations

import pytest

from tacitus.attribute_index import RuleIndex
from tacitus.nlp import doc_text

# Fictional text written for this test: contractions, "that"/"but"/"there is",
# auxiliaries, determiners and whitespace tokens exercise the ruler's exceptions.
TEXT = (
    "There's no doubt that the minister didn't know, but she'd have said so.\n\n"
    "  Ana Koste, who has led Velmar since 2019, got the news and gets  a call. "
    "Is that what they'd done? They do, he does and we did; it's theirs, not ours.\n"
    "Drostia's army wasn't there - that, and this, were all.  "
)


# Fictional, for the rules of several tokens and the regular expressions of the small
# model's ruler: "ai n't", "nothin'", "gon na", "got ta", "let 's", "c'm on", "y' all", "there is".
SPOKEN = (
    "\"We ain't done and it ain't over, there's nothin' left,\" said Ana. \"Y'all gonna "
    "see it, we gotta go. Let's go, c'mon, there were two of them. Is there a way? Nuthin'.\""
)


def _matches_both_ways(nlp, text):
    ruler = nlp.get_pipe("attribute_ruler")
    doc = nlp.make_doc(text)
    for name, component in nlp.pipeline:  # the components before the ruler
        if name == "attribute_ruler":
            break
        doc = component(doc)
    spacy_matches = type(ruler).match(ruler, doc)  # spaCy's own Matcher
    return sorted(set(spacy_matches)), sorted(set(RuleIndex(ruler).match(doc)))


def test_rule_index_finds_spacys_matches(pipeline):
    ours, theirs = _matches_both_ways(pipeline.nlp, TEXT)
    assert ours and ours == theirs


def test_rule_index_finds_spacys_matches_of_several_tokens(pipeline):
    ours, theirs = _matches_both_ways(pipeline.nlp, SPOKEN)
    assert ours == theirs
    assert len({rule for rule, _, start, end in ours if end - start > 1}) >= 5  # the longer rules were met
    assert any(end - start == 1 and pipeline.nlp.get_pipe("attribute_ruler").patterns[rule]["patterns"][0][0]
               .get("LOWER", {}) == {"REGEX": "^n[ou]thin'$"} for rule, _, start, end in ours)


def test_rule_index_on_real_news(pipeline, shared_dir):
    import csv

    path = shared_dir / "corpora" / "wikinews_2019_2021_sample" / "wikinews_2019.csv"
    if not path.exists():
        pytest.skip("Wikinews sample not present")
    with path.open(encoding="utf-8", newline="") as fh:
        texts = [row["text"] for _, row in zip(range(25), csv.DictReader(fh))]
    for text in texts:
        ours, theirs = _matches_both_ways(pipeline.nlp, text)
        assert ours == theirs


def test_pipeline_uses_the_index_and_annotates_alike(pipeline):
    import spacy

    ruler = pipeline.nlp.get_pipe("attribute_ruler")
    assert "match" in vars(ruler) and "set_annotations" in vars(ruler)  # the instance's own
    from tacitus.nlp import DEFAULT_MODEL

    plain = spacy.load(DEFAULT_MODEL)
    ours, theirs = pipeline.nlp(TEXT), plain(TEXT)
    assert [(t.pos_, t.tag_, str(t.morph), t.lemma_) for t in ours] == \
        [(t.pos_, t.tag_, str(t.morph), t.lemma_) for t in theirs]


def _lemmas(docs) -> list:
    """Lemmas, and what the attribute ruler writes (part of speech, morphology)."""
    return [[(t.lemma_, t.pos_, str(t.morph)) for t in doc] for doc in docs]


def _same_lemmas_as_spacy(pipeline, texts) -> None:
    import spacy

    from tacitus.nlp import DEFAULT_MODEL

    plain = spacy.load(DEFAULT_MODEL)
    theirs = _lemmas(plain.pipe(texts))
    for _ in range(2):  # the second time every word form comes from the memo
        assert _lemmas(pipeline.nlp.pipe(texts)) == theirs


def test_lemma_memo_gives_spacys_lemmas(pipeline, monkeypatch):
    from tacitus import lemma_memo

    lemmatizer = pipeline.nlp.get_pipe("lemmatizer")
    assert isinstance(lemmatizer.pipe.__self__, lemma_memo.LemmaMemo)  # nlp.pipe goes through the memo
    texts = [TEXT, TEXT.upper(), "Sanctions were imposed; she imposes them, imposing more. The leaves leave."]
    _same_lemmas_as_spacy(pipeline, texts)
    monkeypatch.setattr(lemma_memo, "MAX_FORMS", 5)  # a memo that keeps starting again
    _same_lemmas_as_spacy(pipeline, texts)


def test_lemma_memo_on_real_news(pipeline, shared_dir):
    import csv

    path = shared_dir / "corpora" / "wikinews_2019_2021_sample" / "wikinews_2019.csv"
    if not path.exists():
        pytest.skip("Wikinews sample not present")
    with path.open(encoding="utf-8", newline="") as fh:
        texts = [row["text"] for _, row in zip(range(15), csv.DictReader(fh))]
    _same_lemmas_as_spacy(pipeline, texts)


def test_doc_text_is_doc_text_once(pipeline):
    doc = pipeline.nlp.make_doc(TEXT)
    assert doc_text(doc) == doc.text == TEXT
    assert doc_text(doc) is doc_text(doc)


# --- fast mode ------------------------------------------------------------------------

# Fictional article: two statement/event sentences and two that hold neither.
ARTICLE = (
    "Velmar's foreign minister Ana Koste said on Tuesday that talks with Drostia would resume.\n\n"
    "The harbour of Ostrava is known for its blue cranes.\n\n"
    "\u201cWe are ready to sign,\u201d Koste told reporters, after Drostian troops shelled the town of Lisk.\n\n"
    "The weather was mild."
)


@pytest.fixture(scope="module")
def fast_pipeline():
    from tacitus.pipeline import Pipeline

    return Pipeline(fast=True)


def test_fast_mode_parses_only_candidate_sentences(fast_pipeline):
    from tacitus import fast

    doc = next(fast.parse_many(fast_pipeline.nlp, [ARTICLE]))
    assert doc.text == ARTICLE  # offsets stay valid
    sentences = {s.text.strip(): s for s in doc.sents}
    skipped = sentences["The harbour of Ostrava is known for its blue cranes."]
    assert {t.dep_ for t in skipped} <= {"ROOT", "dep"} and not skipped.ents
    said = next(s for text, s in sentences.items() if text.startswith("Velmar"))
    assert any(t.dep_ == "nsubj" for t in said) and said.ents


def test_fast_mode_finds_the_same_quotes_here(pipeline, fast_pipeline):
    from tacitus.report import Article

    article = Article(text=ARTICLE, published="2024-03-05", id="fast")
    full, quick = pipeline.process(article), fast_pipeline.process(article)
    assert [(q.text, q.speaker_name) for q in quick.quotes] == [(q.text, q.speaker_name) for q in full.quotes]
    assert [e.type for e in quick.events] == [e.type for e in full.events]
    assert [r.to_dict() for r in fast_pipeline.process_many([article, article])] == [quick.to_dict()] * 2


def test_candidate_words_include_inflected_forms(fast_pipeline):
    from tacitus.fast import CandidateTest

    test = CandidateTest(fast_pipeline.nlp)
    assert all(test.word(w) for w in ("said", "says", "told", "met", "killing", "talks"))
    assert not any(test.word(w) for w in ("harbour", "blue", "weather", "cranes"))


# --- first sight of a word form (tacitus/lemma_memo.py RuleTables) ---------------------

_INFLECTIONS = {  # part of speech: (a morphology that is not a base form, endings to try)
    "NOUN": ("Number=Plur", ("s", "es", "ies", "ves", "")),
    "VERB": ("Tense=Past|VerbForm=Fin", ("ed", "d", "ing", "s", "es", "")),
    "ADJ": ("Degree=Cmp", ("er", "est", "r", "")),
    "ADV": ("Degree=Sup", ("est", "")),
    "PROPN": ("Number=Plur", ("s", "")),
    "PRON": ("Case=Acc", ("",)),
}


def test_rule_tables_give_spacys_lemmas_on_its_own_words(pipeline):
    """Every 9th known word and exception of each part of speech, with endings added and
    in capitals, through spaCy's rule_lemmatize and through the set-based copy."""
    from spacy.tokens import Doc

    from tacitus.lemma_memo import RuleTables

    lemmatizer = pipeline.nlp.get_pipe("lemmatizer")
    lookups = lemmatizer.lookups
    ours = RuleTables(lemmatizer)
    assert ours.own_rules
    compared = 0
    for pos, (morph, endings) in _INFLECTIONS.items():
        univ = pos.lower()
        known = list(lookups.get_table("lemma_index").get(univ) or [])[::9]
        known += list((lookups.get_table("lemma_exc").get(univ) or {}))[::3]
        words = [w + e for w in known[:400] for e in endings if (w + e).strip() and " " not in w]
        words += [w.capitalize() for w in words[::5]] + ["2nd", "e-mails", "x", "'s"]
        for base in (False, True):  # an inflected and an uninflected morphology
            doc = Doc(pipeline.nlp.vocab, words=words, pos=[pos] * len(words),
                      morphs=[("" if univ in ("pron", "propn") else "Degree=Pos") if base else morph] * len(words))
            for token in doc:
                lemmatizer.cache.clear()
                assert ours.lemmas(token) == lemmatizer.rule_lemmatize(token), (token.text, pos, base)
                compared += 1
    assert compared > 10_000
