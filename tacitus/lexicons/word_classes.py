"""Word classes the extraction rules ask about, read from lexicons/word_classes.yaml
("negators", "intent_nouns", ...), so that a user lexicon folder can add words to them.

`word_class(name)` gives a class for the Config in force; a module that used to hold a
class as a constant (`status.INTENT_NOUNS`) still answers that name through `exported`,
read when asked, so it follows the Config in force as well.
"""
from __future__ import annotations

from typing import Callable

from tacitus import lexicons
from tacitus.lexicons import kinds


@lexicons.cached
def word_class(name: str) -> frozenset[str]:
    """The lower-case words of class `name` (a key of word_classes.yaml)."""
    if name not in kinds.WORD_CLASS_NAMES:
        raise KeyError(f"no word class {name!r} in word_classes.yaml ({', '.join(kinds.WORD_CLASS_NAMES)})")
    return frozenset(str(word).lower() for word in lexicons.load("word_classes.yaml").get(name) or ())


def exported(module: str, names: dict[str, str]) -> Callable[[str], frozenset[str]]:
    """A module's `__getattr__` answering its old constant names ({"NEGATORS": "negators"})."""
    def __getattr__(attribute: str) -> frozenset[str]:
        if attribute in names:
            return word_class(names[attribute])
        raise AttributeError(f"module {module!r} has no attribute {attribute!r}")
    return __getattr__
