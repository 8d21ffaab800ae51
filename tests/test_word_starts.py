"""tacitus/word_starts.py finds exactly what `pattern.finditer` finds."""
from __future__ import annotations

import re

import pytest

from tacitus.word_starts import WordStarts, trie


def test_trie_matches_the_words_and_nothing_else():
    words = ["one", "on", "ones", "ten", "thousand", "three", "a few", "a dozen", "at least"]
    pattern = re.compile(trie(words))
    assert all(pattern.fullmatch(w) for w in words)
    assert not any(pattern.fullmatch(w) for w in ["o", "onesy", "te", "a", "a fe", "atleast", "thr"])


def _both_ways(pattern, words, text, digits=False):
    theirs = [(m.span(), m.group(0)) for m in pattern.finditer(text)]
    ours = [(m.span(), m.group(0)) for m in WordStarts(pattern, words, digits).finditer(text)]
    return ours, theirs


def test_same_matches_overlapping_words_and_case():
    pattern = re.compile(r"(?:(?:at least|about)\s+)?(?:\d+|one|ten|seven(?:teen)?|dozens)\b", re.I)
    words = ["at least", "about", "one", "ten", "seven", "dozens"]
    text = ("Someone said AT LEAST Seventeen were hurt, about 12 often; ten-ten, one 1 dozens, "
            "oneten attentive tenseven 7 atleast 3")
    ours, theirs = _both_ways(pattern, words, text, digits=True)
    assert ours == theirs and len(theirs) >= 6


def test_same_matches_with_empty_matches():
    pattern = re.compile(r"(?=one)(?:one\w+)?|ten")  # empty before a bare "one"
    ours, theirs = _both_ways(pattern, ["one", "ten"], "one oneten tenone ones x one")
    assert ours == theirs and any(start == end for (start, end), _ in theirs)


def test_casualty_amounts_as_the_pattern_finds_them(shared_dir):
    from tacitus.extract.casualties import lexicon

    lex = lexicon()
    texts = ["At least twenty-five people died and some 1,200 were hurt; dozens of others, "
             "no fewer than three hundred, often attend. Someone counted scores of thousands."]
    path = shared_dir / "corpora" / "wikinews_2019_2021_sample" / "wikinews_2019.csv"
    if path.exists():
        import csv

        with path.open(encoding="utf-8", newline="") as fh:
            texts += [row["text"] for _, row in zip(range(40), csv.DictReader(fh))]
    found = 0
    for text in texts:
        ours = [m.span() for m in lex["_amounts"].finditer(text)]
        assert ours == [m.span() for m in lex["_amount"].finditer(text)]
        found += len(ours)
    assert found >= 8
