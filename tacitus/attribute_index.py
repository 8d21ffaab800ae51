"""A faster way for spaCy's `attribute_ruler` to find where its rules apply.

The small English model's attribute ruler holds ~180 rules (tag -> POS/morphology,
word exceptions); spaCy's Matcher tries every rule at every token, which cost about
an eighth of the whole spaCy pipeline. Nearly all rules look at one token and
compare TAG, LOWER, DEP or IS_SPACE with a value (or a set of values), so they can
be looked up in a dict by the token's own values instead. Rules of several tokens
("gon na", "there is") are tried only where their first token fits, and a rule with
anything else in it stays with a (small) spaCy Matcher.

The ruler then applies exactly the same matches in the same order (spaCy sorts
them by rule number), so the annotations are unchanged; the test suite compares
them with spaCy's own matching.

The rules a token meets depend only on its four values, so they are worked out once
per combination of values, read for the whole Doc at once as an array (no Token
objects), and the ruler writes each match to its token without making a Span.
"""
from __future__ import annotations

import functools
import re
from collections import defaultdict

from spacy.attrs import DEP, IS_SPACE, LOWER as LOWER_ID, TAG
from spacy.matcher import Matcher
from spacy.tokens._retokenize import set_token_attrs

# token attributes a one-token rule may test, in this order
ATTRS = ("TAG", "LOWER", "DEP", "IS_SPACE")
ATTR_IDS = [TAG, LOWER_ID, DEP, IS_SPACE]  # the same, as `Doc.to_array` reads them
LOWER = ATTRS.index("LOWER")
MAX_COMBINATIONS = 200_000  # kept combinations of values; past this the memo starts again


def _simple(token_pattern: dict) -> tuple | None:
    """((position, allowed values, negated), ...) for a token pattern we can test on the
    token's four values, or None when it needs the Matcher. A regular expression (on TAG,
    LOWER or DEP, searched as the Matcher does) is (position, compiled expression, None)."""
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
            elif set(value) == {"REGEX"} and attr != "IS_SPACE" and isinstance(value["REGEX"], str):
                tests.append((position, re.compile(value["REGEX"]), None))
            else:
                return None
        elif isinstance(value, (str, bool)):
            tests.append((position, frozenset([value]), False))
        else:
            return None
    return tuple(tests) or None


def _passes(tests: tuple, values: tuple) -> bool:
    return all(bool(allowed.search(values[position])) if negated is None else
               (values[position] in allowed) != negated for position, allowed, negated in tests)


class RuleIndex:
    """Finds an AttributeRuler's matches: one-token rules by dict lookup, rules of several
    tokens from the rules their first token meets, anything else with a Matcher of its
    own. `match(doc)` returns what `AttributeRuler.match` does."""

    def __init__(self, ruler) -> None:
        self.vocab = ruler.vocab
        self.by_value: dict[tuple, list] = defaultdict(list)  # (position, value) -> [(rule, tests)]
        self.unindexed: list = []  # one-token rules testing no value they must have
        self.longer: list = []  # (rule, tests of each token) of rules of several tokens
        self.matcher = Matcher(ruler.vocab, validate=False)
        for rule, entry in enumerate(ruler.patterns):
            for pattern in entry["patterns"]:
                tests = [_simple(token) if isinstance(token, dict) else None for token in pattern]
                if not tests or None in tests:
                    self.matcher.add(str(rule), [pattern])
                elif len(tests) > 1:
                    self.longer.append((rule, tuple(tests)))
                else:
                    self._index(rule, tests[0])
        self.match_ids = {rule: self.vocab.strings.add(str(rule)) for rule in range(len(ruler.patterns))}
        # the token's four values (as string ids) -> (its one-token rules, the longer rules
        # its first token meets); and -> the values as strings
        self.rules_of: dict[tuple, tuple] = {}
        self.values_of: dict[tuple, tuple] = {}

    def _index(self, rule: int, tests: tuple) -> None:
        # index by a value (or set of values) the token must have, the word itself
        # first: "the" is rarer than DT
        required = sorted((position != LOWER, position, allowed) for position, allowed, negated in tests
                          if negated is False)
        key = required[0][1:] if required else None
        if key is None:
            self.unindexed.append((rule, tests))
        else:
            rest = tuple(t for t in tests if t[:2] != key)  # the looked-up test holds
            for value in key[1]:
                self.by_value[(key[0], value)].append((rule, rest))

    def match(self, doc) -> list[tuple[int, int, int, int]]:
        rules_of = self.rules_of
        matches = []
        keys = [tuple(row) for row in doc.to_array(ATTR_IDS).tolist()]
        for i, key in enumerate(keys):
            found = rules_of.get(key)
            if found is None:
                if len(rules_of) >= MAX_COMBINATIONS:
                    rules_of.clear()
                    self.values_of.clear()
                found = rules_of[key] = self._rules(key)
            rules, starts = found
            if rules:
                matches += [(rule, match_id, i, i + 1) for rule, match_id in rules]
            for rule, match_id, later in starts:
                end = i + 1 + len(later)
                if end <= len(keys) and all(_passes(tests, self._values(keys[i + 1 + n]))
                                            for n, tests in enumerate(later)):
                    matches.append((rule, match_id, i, end))
        if len(self.matcher):
            matches += [(int(self.vocab.strings[m_id]), m_id, s, e)
                        for m_id, s, e in self.matcher(doc, allow_missing=True, as_spans=False)]
        matches.sort()  # by rule number, as AttributeRuler.match: later rules win
        return matches

    def _values(self, key: tuple) -> tuple:
        """TAG, LOWER, DEP as strings and IS_SPACE as a bool, from their ids."""
        values = self.values_of.get(key)
        if values is None:
            strings = self.vocab.strings
            values = self.values_of[key] = (strings[key[0]], strings[key[1]], strings[key[2]], bool(key[3]))
        return values

    def _rules(self, key: tuple) -> tuple:
        """(((rule, match id), ...) of the one-token rules a token with these values meets,
        each once, by rule number; ((rule, match id, tests of the next tokens), ...) of the
        longer rules whose first token it is)."""
        values = self._values(key)
        found = set()
        for position in range(len(ATTRS)):
            for rule, tests in self.by_value.get((position, values[position]), ()):
                if not tests or _passes(tests, values):
                    found.add(rule)
        for rule, tests in self.unindexed:
            if _passes(tests, values):
                found.add(rule)
        starts = tuple((rule, self.match_ids[rule], tests[1:]) for rule, tests in self.longer
                       if _passes(tests[0], values))
        return tuple((rule, self.match_ids[rule]) for rule in sorted(found)), starts


def set_annotations(ruler, doc, matches) -> None:
    """`AttributeRuler.set_annotations`: each match's attributes written to its token, in
    order, without a Span per match; a token index out of its match is left to spaCy's
    own method, which raises its error."""
    attrs, indices = ruler.attrs, ruler.indices
    tokens = []
    for rule, _, start, end in matches:
        index = indices[rule]
        i = (start if index >= 0 else end) + index
        if not start <= i < end:
            type(ruler).set_annotations(ruler, doc, matches)
            return
        tokens.append(i)
    for (rule, _, _, _), i in zip(matches, tokens):
        set_token_attrs(doc[i], attrs[rule])


def speed_up(nlp) -> None:
    """Give the pipeline's attribute_ruler (if any) the indexed matching."""
    if "attribute_ruler" in nlp.pipe_names:
        ruler = nlp.get_pipe("attribute_ruler")
        ruler.match = RuleIndex(ruler).match
        ruler.set_annotations = functools.partial(set_annotations, ruler)
