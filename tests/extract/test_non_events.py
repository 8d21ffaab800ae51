"""Triggers that report no event, by class (issue 14, seventh round; tacitus/extract/non_events.py
and status._an_aim): feelings said in words of harm, states of affairs, figures of speech,
generic statements, media depicting, map legends, and aims. Each class beside a sentence of
the same words that does report an event."""
from __future__ import annotations

import pytest

from tacitus.report import Article
from tests.dictionary_marks import needs_cameo


@pytest.fixture(scope="module")
def coded(pipeline):
    """text -> {trigger text: (type, status, place name or None)}."""
    def run(text, published="2021-03-10"):
        report = pipeline.process(Article(text=text, published=published, id="t"))
        return {e.trigger.text: (e.type, e.status, e.place.name if e.place else None) for e in report.events}
    return run


def _violent(events):
    return {t for t, (type_, _, _) in events.items() if type_ in ("ASSAULT", "COERCE", "PROTEST")}


def test_feelings_in_words_of_harm_are_no_attacks(coded):
    assert not _violent(coded("The club said on Sunday. Her brother was devastated by the news from Lisbon."))
    assert not _violent(coded('"We are shattered," the coach said after the final in Madrid.'))
    assert not _violent(coded("The two families felt crushed by the ruling in Ottawa."))
    assert not _violent(coded("Supporters were hurt by the decision to close the stadium in Denver."))
    assert not _violent(coded("The widow described the loss as devastating."))


@needs_cameo
def test_harm_to_bodies_and_things_stays(coded):
    assert "hurt" in _violent(coded("Two people were hurt when a bomb went off in Kabul."))


def test_states_of_affairs_are_no_events(coded):
    text = "The talks stalled again. The militia currently occupies most of the valley."
    assert "occupies" not in _violent(coded(text))
    text = "The ceasefire held. The rebels hold the northern districts."
    assert "hold" not in _violent(coded(text))
    text = "Shelling was heard on Monday. The villages surrounding the enclave were emptied."
    assert "surrounding" not in _violent(coded(text))
    assert not _violent(coded("The fair opened. The zoo had billed itself as a sanctuary for tigers."))


@needs_cameo
def test_taking_a_place_is_an_event(coded):
    assert "occupied" in _violent(coded("Soldiers occupied the village in southern Lebanon on Monday."))


def test_figures_of_speech_are_no_events(coded):
    assert "demonstrated" not in _violent(coded("The minister demonstrated a deep ignorance of the law."))
    assert "exploded" not in _violent(coded("The deer population exploded after the wolves left the valley in Montana."))
    assert "demonstrated" in _violent(coded("Thousands demonstrated in Santiago against the pension reform."))


@needs_cameo
def test_a_number_of_people_harmed_is_no_counted_thing(coded):
    assert "injured" in _violent(coded("A number of reporters were injured after being attacked by the crowd."))


def test_generic_statements_are_no_events(coded):
    events = coded("Rioting leads to people getting killed, the mayor said in Portland.")
    assert "killed" not in _violent(events)
    assert "arrest" not in _violent(coded("At such marches, riot police usually arrest dozens of people."))
    events = coded("The clashes led to three people being killed in Kano.")
    assert events["killed"][:2] == ("ASSAULT", "asserted") and events["killed"][2] == "Kano"


def test_media_depict_they_arrest_no_one(coded):
    assert not _violent(coded("Cameras captured the suspect leaving the bank in Dallas."))
    assert not _violent(coded("A man was caught on camera setting fire to a car in Lyon."))
    assert not _violent(coded("The thief was captured by security cameras near the station."))
    assert "captured" in _violent(coded("Rebels captured the town of Gao on Friday."))


def test_a_legend_line_is_no_event(coded):
    text = "Fighting resumed in the region on Sunday.\nTerritory captured by the rebels in 2016\nAreas held by the army\n"
    events = coded(text)
    assert "captured" not in events and "held" not in events
    text = "Rebels seize town\nRebels captured the town of Gao on Friday."
    assert "captured" in _violent(coded(text))


def test_aims_are_not_yet_events(coded):
    events = coded("The campaign is aimed at stopping the removal of the statue in Richmond.")
    assert all(status != "asserted" or place is None for t, (_, status, place) in events.items() if t == "stopping")
    events = coded("Owners must store the rifles in a way that prevents children from reaching them.")
    assert all(status != "asserted" for t, (_, status, _) in events.items() if t == "prevents")
    events = coded("The city filed a lawsuit to block a state law that closes the shelters in Albany.")
    assert all(status != "asserted" for t, (_, status, _) in events.items() if t == "block")


def test_a_yes_no_question_asks_it_does_not_report_it(coded):
    events = coded("Did the soldiers arrest anyone in Lagos?")
    assert all(status == "hypothetical" and place is None for t, (_, status, place) in events.items() if t == "arrest")
    events = coded("Why did police arrest him in Lagos?")  # the arrest is taken as given
    assert events["arrest"][1] == "asserted"


def test_a_lawsuit_to_block_is_an_aim(coded):
    events = coded("The governor's lawsuit to block the rule was dismissed in Boston.")
    assert all(status != "asserted" or place is None for t, (_, status, place) in events.items() if t == "block")
