"""Which language an article is written in (py3langid), so non-English text is refused early."""
from __future__ import annotations

import functools

ACCEPTED = {"en"}
MIN_LETTERS = 80  # below this, language identification is a guess: let the text through
SAMPLE_CHARS = 2000  # plenty for a sure answer; language identification costs ~1 ms per article


@functools.lru_cache(maxsize=1)
def _identifier():
    from py3langid.langid import MODEL_FILE, LanguageIdentifier

    return LanguageIdentifier.from_model_file(MODEL_FILE, norm_probs=True)


def detect(text: str) -> tuple[str, float] | None:
    """(ISO 639-1 code, probability), or None when there is too little text to tell."""
    sample = text[:SAMPLE_CHARS]
    if sum(c.isalpha() for c in sample) < MIN_LETTERS:
        return None
    code, probability = _identifier().classify(sample)
    return code, float(probability)


def foreign_language(text: str) -> str | None:
    """A description like "German (de)" when an accepted language is not the most likely
    one, whatever its probability: Chinese news at 0.77 is still not English."""
    found = detect(text)
    if found is None:
        return None
    code, _ = found
    if code in ACCEPTED:
        return None
    return f"{language_name(code)} ({code})"


def language_name(code: str) -> str:
    import pycountry

    language = pycountry.languages.get(alpha_2=code)
    return language.name if language else code
