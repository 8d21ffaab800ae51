"""Events whose sides are unnamed ("gunmen", "police", "villagers") or unknown."""
from __future__ import annotations

import pytest

from tacitus import dictionaries
from tacitus.extract import generic_actors
from tacitus.report import Article
from tests.dictionary_marks import needs_agents


def _events(pipeline, text):
    report = pipeline.process(Article(text=text, published="2024-03-05"))
    return report, [e for e in report.events if e.status != "negated"]


def _side(report, ids):
    return [(report.actor(i).name, report.actor(i).country, report.actor(i).sector) for i in ids]


@pytest.mark.parametrize("text, type_, actor_sector", [
    ("Masked gunmen opened fire on a minibus outside the bakery late on Sunday.", "ASSAULT", "UAF"),
    ("Riot police detained dozens of students near the university gates.", "COERCE", "COP"),
    ("Hundreds of villagers marched to the district office to demand clean water.", "PROTEST", "CVL"),
    ("Soldiers stormed the compound before dawn.", "ASSAULT", "MIL"),
])
def test_an_unnamed_actor_keeps_the_event_with_a_sector(pipeline, text, type_, actor_sector):
    report, events = _events(pipeline, text)
    event = next(e for e in events if e.type == type_)
    name, country, sector = _side(report, event.actors)[0]
    assert sector == actor_sector and country is None  # the text names no country
    span = event.actor_spans[0]
    assert text[span.start:span.end] == span.text and span.text.lower().endswith(name.lower().split()[-1])


@needs_agents  # "fishermen" is a farmer (AGR) by the PLOVER agents file
def test_a_country_named_in_the_phrase_is_the_generic_actors_country(pipeline):
    report, events = _events(pipeline, "Somali fishermen blocked the harbour road for a second day.")
    event = next(e for e in events if e.type == "PROTEST")
    assert ("Somali fishermen", "SOM", "AGR") in _side(report, event.actors) or \
        any(c == "SOM" and s in ("AGR", "CVL") for _, c, s in _side(report, event.actors))


def test_the_victim_of_a_passive_killing_is_a_civilian_recipient(pipeline):
    report, events = _events(pipeline, "A woman was shot dead in the old quarter on Friday.")
    event = next(e for e in events if e.type == "ASSAULT")
    assert not event.actors  # no one is said to have done it: the actor stays unknown
    assert _side(report, event.recipients) == [("woman", None, "CVL")]


def test_a_clause_with_no_participant_is_kept_but_a_bare_noun_is_not(pipeline):
    _, events = _events(pipeline, "Dozens of shops were destroyed overnight. The violence was condemned.")
    torched = [e for e in events if e.trigger.text == "destroyed"]
    assert torched and torched[0].type == "ASSAULT" and not torched[0].actors
    _, events = _events(pipeline, "Correspondents said the talks were a distraction.")
    assert not [e for e in events if e.trigger.text == "talks"]


def test_places_the_agents_list_files_as_civilians_are_no_actors(pipeline):
    report, events = _events(pipeline, "Rebels shelled the town and the market for hours.")
    event = next(e for e in events if e.type == "ASSAULT")
    assert all(sector != "CVL" or name not in ("town", "market") for name, _, sector in _side(report, event.recipients))


def test_the_own_list_works_without_the_agents_file(monkeypatch):
    monkeypatch.setenv(dictionaries.ENV, "")
    table = generic_actors.sectors()
    assert table["gunmen"] == "UAF" and table["villager"] == "CVL" and "town" not in table


def test_the_agents_file_adds_its_words(shared_dir):
    if dictionaries.find(dictionaries.PLOVER_AGENTS) is None:
        pytest.skip("PLOVER_agents.txt is not present")
    table = generic_actors.sectors()
    assert table["sharecropper"] == "AGR" and table["riot police"] == "COP"
    assert table["fishermen"] == "AGR"  # "FISHER!PERSON!": the substitution set expanded
    assert len(table) > 1000
