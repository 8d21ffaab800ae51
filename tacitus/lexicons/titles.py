"""The `titles.yaml` lexicon as lookup tables, lower-cased: read by the spaCy pipeline's
gazetteer step (nlp.py: "Twitter said" is an organisation, not a person) and by the
extractors (extract/titles.py), so it lives below both."""
from __future__ import annotations


from tacitus import lexicons


@lexicons.cached
def title_lexicon() -> dict[str, dict]:
    return {k.lower(): v for k, v in lexicons.load("titles.yaml")["titles"].items()}


@lexicons.cached
def organisation_words() -> dict[str, str]:
    return {k.lower(): v for k, v in lexicons.load("titles.yaml")["organisation_words"].items()}
