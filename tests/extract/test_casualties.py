"""Casualty figures: qualifiers, numbers in words, vague amounts, victims, rates."""
from __future__ import annotations

import pytest

from tacitus.extract.casualties import casualties, find_figures, parse_number, rate_after, to_range


@pytest.mark.parametrize("text, value", [
    ("12", 12), ("5,000", 5000), ("twenty-five", 25), ("two hundred", 200),
    ("1.5 million", 1_500_000), ("three thousand four hundred", 3400), ("seven", 7),
])
def test_numbers_in_digits_and_words(text, value):
    assert parse_number(text) == value


@pytest.mark.parametrize("qualifier, value, expected", [
    ("at least", 10, (10, None)),
    ("more than", 90, (91, None)),
    ("over", 40, (41, None)),
    ("up to", 30, (None, 30)),
    ("fewer than", 5, (None, 4)),
    ("about", 50, (45, 55)),
    ("nearly", 100, (90, 99)),
    (None, 7, (7, 7)),
])
def test_qualifiers_bound_the_range(qualifier, value, expected):
    assert to_range(value, qualifier) == expected


def test_killed_and_injured_with_qualifiers_and_victims():
    killed, injured = casualties(
        "The shelling of Portbridge left at least 14 people dead and more than 60 injured, "
        "including children, the mayor said.")
    assert (killed.min, killed.max, killed.qualifier) == (14, None, "at least")
    assert (injured.min, injured.max, injured.qualifier) == (61, None, "more than")
    assert "children" in killed.victims and "children" in injured.victims


def test_verb_before_the_number_and_numbers_in_words():
    killed, injured = casualties("Gunmen stormed the depot, killing eleven guards and wounding up to 30 workers.")
    assert (killed.min, killed.max) == (11, 11)
    assert killed.victims == []  # "guards" is no listed victim group
    assert (injured.min, injured.max, injured.qualifier) == (None, 30, "up to")


def test_vague_amounts_are_ranges():
    killed, injured = casualties("Dozens were wounded and hundreds of civilians died in the floods of fire.")
    assert (injured.min, injured.max) == (24, 99)
    assert (killed.min, killed.max) == (200, 999)
    assert killed.victims == ["civilians"]


def test_offsets_point_into_the_article():
    text = "Intro sentence. Nearly 40 soldiers were killed."
    start = text.index("Nearly")
    (fig,) = find_figures(text[start:], start)
    assert text[fig.count.start:fig.count.end] == "Nearly 40"
    assert (fig.count.min, fig.count.max) == (36, 39)


def test_numbers_that_are_no_casualties():
    assert casualties("The talks lasted 10 days in 2019 and 300 delegates attended.") == (None, None)


def test_rate_marks_a_claim():
    assert rate_after(" soldiers a week are dying") == "week"
    assert rate_after(" people every day") == "day"
    assert rate_after(" people were killed") is None


def test_perpetrators_and_durations_are_no_toll():
    killed, _ = casualties("Two gunmen killed 23 people in the market.")
    assert (killed.min, killed.max) == (23, 23)
    killed, _ = casualties("Raids, about once every three days, have killed at least eight commanders.")
    assert (killed.min, killed.qualifier) == (8, "at least")
