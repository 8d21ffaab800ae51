"""The `titles.yaml` lexicon as lookup tables, lower-cased: read by the spaCy pipeline's
gazetteer step (nlp.py: "Twitter said" is an organisation, not a person) and by the
extractors (extract/titles.py), so it lives below both."""
from __future__ import annotations

import functools

from tacitus import lexicons


@functools.lru_cache(maxsize=1)
def title_lexicon() -> dict[str, dict]:
    return {k.lower(): v for k, v in lexicons.load("titles.yaml")["titles"].items()}


@functools.lru_cache(maxsize=1)
def organisation_words() -> dict[str, str]:
    return {k.lower(): v for k, v in lexicons.load("titles.yaml")["organisation_words"].items()}
