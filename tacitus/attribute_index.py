"""A faster way for spaCy's `attribute_ruler` to find where its rules apply.

The small English model's attribute ruler holds ~180 rules (tag -> POS/morphology,
word exceptions); spaCy's Matcher tries every rule at every token, which cost about
an eighth of the whole spaCy pipeline. Nearly all rules look at one token and
compare TAG, LOWER, DEP or IS_SPACE with a value (or a set of values), so they can
be looked up in a dict by the token's own values instead. Rules of several tokens,
or with anything else in them, stay with a (much smaller) spaCy Matcher.

The ruler then applies exactly the same matches in the same order (spaCy sorts
them by rule number), so the annotations are unchanged; the test suite compares
them with spaCy's own matching.
"""
from __future__ import annotations

from collections import defaultdict

from spacy.matcher import Matcher

# token attributes a one-token rule may test, in the order `_values` reads them
ATTRS = ("TAG", "LOWER", "DEP", "IS_SPACE")
LOWER = ATTRS.index("LOWER")


def _values(token) -> tuple:
    return token.tag_, token.lower_, token.dep_, token.is_space


def _simple(token_pattern: dict) -> tuple | None:
    """((position, allowed values, negated), ...) for a one-token pattern we can
    index, or None when it needs the Matcher."""
    tests = []
    for attr, value in token_pattern.items():
        if attr not in ATTRS:
            return None
        position = ATTRS.index(attr)
        if isinstance(value, dict):
            if set(value) == {"IN"}:
                tests.append((position, frozenset(value["IN"]), False))
            elif set(value) == {"NOT_IN"}:
                tests.append((position, frozenset(value["NOT_IN"]), True))
            else:
                return None
        elif isinstance(value, (str, bool)):
            tests.append((position, frozenset([value]), False))
        else:
            return None
    return tuple(tests) or None


def _passes(tests: tuple, values: tuple) -> bool:
    return all((values[position] in allowed) != negated for position, allowed, negated in tests)


class RuleIndex:
    """Finds an AttributeRuler's matches: one-token rules by dict lookup, the rest
    with a Matcher of their own. `match(doc)` returns what `AttributeRuler.match` does."""

    def __init__(self, ruler) -> None:
        self.vocab = ruler.vocab
        self.by_value: dict[tuple, list] = defaultdict(list)  # (position, value) -> [(rule, tests)]
        self.unindexed: list = []  # one-token rules testing only NOT_IN
        self.matcher = Matcher(ruler.vocab, validate=False)
        for rule, entry in enumerate(ruler.patterns):
            for pattern in entry["patterns"]:
                tests = _simple(pattern[0]) if len(pattern) == 1 else None
                if tests is None:
                    self.matcher.add(str(rule), [pattern])
                    continue
                # index by a value (or set of values) the token must have, the word
                # itself first: "the" is rarer than DT
                required = sorted((position != LOWER, position, allowed) for position, allowed, negated in tests
                                  if not negated)
                key = required[0][1:] if required else None
                if key is None:
                    self.unindexed.append((rule, tests))
                else:
                    rest = tuple(t for t in tests if t[:2] != key)  # the looked-up test holds
                    for value in key[1]:
                        self.by_value[(key[0], value)].append((rule, rest))
        self.match_ids = {rule: self.vocab.strings.add(str(rule)) for rule in range(len(ruler.patterns))}

    def match(self, doc) -> list[tuple[int, int, int, int]]:
        found = set()
        lookup = self.by_value
        positions = range(len(ATTRS))
        for token in doc:
            values = _values(token)
            for position in positions:
                for rule, tests in lookup.get((position, values[position]), ()):
                    if not tests or _passes(tests, values):
                        found.add((rule, token.i))
            for rule, tests in self.unindexed:
                if _passes(tests, values):
                    found.add((rule, token.i))
        matches = [(rule, self.match_ids[rule], i, i + 1) for rule, i in found]
        if len(self.matcher):
            matches += [(int(self.vocab.strings[m_id]), m_id, s, e)
                        for m_id, s, e in self.matcher(doc, allow_missing=True, as_spans=False)]
        matches.sort()  # by rule number, as AttributeRuler.match: later rules win
        return matches


def speed_up(nlp) -> None:
    """Give the pipeline's attribute_ruler (if any) the indexed matching."""
    if "attribute_ruler" in nlp.pipe_names:
        ruler = nlp.get_pipe("attribute_ruler")
        ruler.match = RuleIndex(ruler).match
