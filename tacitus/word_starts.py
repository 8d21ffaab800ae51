"""A regular expression's matches, tried only where one of the words they can begin with
stands.

Python's `re` tries every alternative of a pattern at every character. A pattern whose
matches all begin with one of a list of words (or a digit), as the casualty amounts do
("at least", "dozens of", "twenty-five", "12"), is found faster by first looking for
those words, all at once through one expression shaped as a trie (the words sharing a
first letter share its test), and trying the pattern only there. The matches are those
of `pattern.finditer`: the same positions are tried in the same order, each with the
pattern itself, and one found resumes the search at its end, as finditer does. It holds
only when every match does begin with a listed word or a digit: the caller vouches for
that, and the tests compare both ways.
"""
from __future__ import annotations

import re
from typing import Iterable, Iterator


def trie(words: Iterable[str]) -> str:
    """A regular expression matching any of `words` (escaped), letters shared as a trie."""
    root: dict = {}
    for word in words:
        node = root
        for char in word:
            node = node.setdefault(char, {})
        node[""] = {}  # a word ends here

    def build(node: dict) -> str:
        branches = [re.escape(char) + build(child) for char, child in sorted(node.items()) if char]
        if not branches:
            return ""
        body = branches[0] if len(branches) == 1 and "" not in node else f"(?:{'|'.join(branches)})"
        return body + ("?" if "" in node else "")  # a word may end here: the rest is optional

    return build(root)


class WordStarts:
    """`finditer(text)`: `pattern.finditer(text)`, for a pattern whose every match begins
    with one of `words` (or a digit, with `digits`), compared with the pattern's flags."""

    def __init__(self, pattern: re.Pattern, words: Iterable[str], digits: bool = False) -> None:
        self.pattern = pattern
        words = sorted({w for w in words if w})
        alternatives = ([r"\d"] if digits else []) + ([trie(words)] if words else [])
        self.starts = re.compile(f"(?=(?:{'|'.join(alternatives) or '(?!)'}))", pattern.flags)

    def finditer(self, text: str) -> Iterator[re.Match]:
        match = self.pattern.match
        end = 0
        for start in self.starts.finditer(text):
            at = start.start()
            if at < end:
                continue  # inside the last match
            found = match(text, at)
            if found is None:
                continue
            yield found
            if found.end() == at:  # an empty match: finditer's own rules for what may follow
                rest = self.pattern.finditer(text, at)
                next(rest)  # the same empty match
                yield from rest
                return
            end = found.end()
