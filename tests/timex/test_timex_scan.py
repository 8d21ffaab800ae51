"""tacitus.timex.scan: every rule, searched only near the strings it needs, finds exactly
the matches of a scan of the whole text."""
from __future__ import annotations

import random
import re

import pytest

from tacitus.timex import scan
from tacitus.timex.grammar import RULES


def _matches(found) -> list:
    return [(m.span(), m.groups()) for m in found]


def _same_as_whole(text: str) -> int:
    """How many matches all rules found, after checking they are the whole scan's."""
    searched, found = scan.Text(text), 0
    for pattern, resolve in RULES:
        whole = _matches(pattern.finditer(text))
        assert _matches(scan.finditer(pattern, scan.plan_for(pattern), searched)) == whole, (resolve.__name__, text)
        found += len(whole)
    return found


def test_most_rules_are_narrowed():
    names = [resolve.__name__ for pattern, resolve in RULES if scan.plan_for(pattern) is None]
    assert len(names) <= len(RULES) // 4, names


def test_a_plan_names_the_words_a_match_needs():
    plan = scan.plan(re.compile(r"\b(?:the\s+)?(?P<q>first|second)\s+quarter\b", re.I))
    assert plan.needs == ("quarter",)
    assert plan.before.value({key: 3 for key in plan.runs}) == 3 + 3 + 6 + 3  # "the", run, "second", run
    assert scan.plan(re.compile(r"\bMay\s+(?P<d>\d+)")).needs == ("May",)  # case kept when the rule keeps it
    assert scan.plan(re.compile(r"(?:ab)+c?")) is None  # a repeated group has no bound
    backwards = re.compile(r"\d(?P<sep>[-/])\d(?P=sep)\d")  # a back-reference is as wide as its group
    assert scan.plan(backwards).needs == ("-", "/")
    assert _matches(scan.finditer(backwards, scan.plan(backwards), scan.Text("1-2-3 4/5/6 7-8/9"))) == \
        _matches(backwards.finditer("1-2-3 4/5/6 7-8/9"))
    assert scan.plan(re.compile(r"\d*")) is None  # an empty match: finditer's own loop


# Pieces a rule may need, and what may sit between them: runs of spaces and line breaks
# longer than any fixed bound, hyphens, digits, and letters that a case-blind regex takes
# for others ("ı" for "i", "ſ" for "s", the Kelvin sign for "k", "İ" whose lower case is
# two characters).
_PIECES = ["January", "Jan.", "May", "march", "Dec", "Monday", "friday", "Sunday's", "morning", "the",
           "last", "next", "year", "years", "week", "day", "days", "month", "quarter", "Q3", "H2", "fiscal",
           "FY24", "century", "20th", "1990s", "'90s", "’09", "in", "of", "since", "ago", "earlier", "later",
           "two", "twenty-five", "a", "few", "12", "3", "2019", "2024-25", "2019-05-04", "5/6/2020", "9/11",
           "15:00", "3 p.m.", "GMT", "noon", "Christmas", "Easter", "every", "once", "spring", "early", "mid-",
           "late", "overnight", "weekend", "today", "tonight", "yesterday", "at the time", "currently",
           "ſunday", "Frıday", "Kelvın", "İstanbul", "MONDAY", "%", "per cent", ",", ".", "-", "–", "(", ")"]
_GAPS = [" ", " ", " ", "", "-", "\n\n", "   \t  \n  ", " " * 80, "\u00a0", ", "]


def test_the_same_matches_as_a_whole_scan_on_mixed_text():
    rng = random.Random(10)
    found = 0
    for _ in range(200):
        words = [rng.choice(_PIECES) for _ in range(rng.randint(1, 40))]
        found += _same_as_whole("".join(w + rng.choice(_GAPS) for w in words))
    assert found > 700  # the texts hold many expressions, near every kind of gap


def test_the_same_matches_on_news(shared_dir):
    from tacitus.read import iter_articles

    folder = shared_dir / "corpora" / "wikinews_2019_2021_sample"
    if not folder.is_dir():
        pytest.skip("the Wikinews sample is not present")
    for n, article in enumerate(iter_articles([str(folder)])):
        if n >= 20:
            break
        if hasattr(article, "text"):
            _same_as_whole(article.text)
