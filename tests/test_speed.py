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
    assert "match" in vars(ruler)  # the instance's matching is the index
    from tacitus.nlp import DEFAULT_MODEL

    plain = spacy.load(DEFAULT_MODEL)
    ours, theirs = pipeline.nlp(TEXT), plain(TEXT)
    assert [(t.pos_, t.tag_, str(t.morph), t.lemma_) for t in ours] == \
        [(t.pos_, t.tag_, str(t.morph), t.lemma_) for t in theirs]


def test_doc_text_is_doc_text_once(pipeline):
    doc = pipeline.nlp.make_doc(TEXT)
    assert doc_text(doc) == doc.text == TEXT
    assert doc_text(doc) is doc_text(doc)
