"""Event words used without reporting the event, and modes and codes that were wrong."""
from __future__ import annotations

import pytest

from tacitus.report import Article


def _events(pipeline, text):
    report = pipeline.process(Article(text=text, published="2024-09-10"))
    return [e for e in report.events if e.status != "negated"]


@pytest.mark.parametrize("text, absent", [
    # a possible act in a relative clause of a thing
    ("Senators rejected an amendment that would permit miners to export raw ore.", "permit"),
    ("The council studied a proposal which would allow traders to open on Sundays.", "allow"),
    # a bare participle describing people
    ("The amnesty covers hundreds of prisoners accused of minor offences.", "accused"),
    ("Officials said the two men charged with fraud remain abroad.", "charged"),
    # a reaction, not a meeting
    ("The new tax was met with anger across the country.", "met"),
    # what is taken out is no force withdrawn; words given are no aid
    ("Firefighters pulled out three survivors from the collapsed hotel.", "pulled out"),
    ("The archbishop delivered a sermon at the cathedral on Sunday.", "delivered"),
    # to deprive is not to reject
    ("The coach said the defence would deny the visitors any space.", "deny"),
])
def test_the_word_without_the_event(pipeline, text, absent):
    assert not [e for e in _events(pipeline, text) if e.trigger.text == absent]


@pytest.mark.parametrize("text, type_, trigger", [
    # the same words still report events where they do
    ("Lawmakers passed a law that allows farmers to sell land.", "CONCEDE", "allows"),
    ("Prosecutors accused the mayor of fraud.", "ACCUSE", "accused"),
    ("The foreign minister met with his Chinese counterpart in Hanoi.", "CONSULT", "met"),
    ("The army pulled out its troops from the border town.", "RETREAT", "pulled out"),
    ("The charity delivered food to flooded villages.", "AID", "delivered"),
])
def test_the_event_where_it_is_reported(pipeline, text, type_, trigger):
    assert [e for e in _events(pipeline, text) if e.trigger.text == trigger and e.type == type_]


def test_a_bombing_is_explosives_unless_aircraft_are_named(pipeline):
    (ground,) = [e for e in _events(pipeline, "A bombing at a bus station wounded six people.") if e.type == "ASSAULT"]
    assert ground.mode == "explosives"
    air = [e for e in _events(pipeline, "Fighter jets bombed a rebel depot overnight.") if e.type == "ASSAULT"]
    assert air and air[0].mode == "aerial"


def test_a_named_place_is_no_generic_actor(pipeline):
    report = pipeline.process(Article(text="Gunmen attacked a checkpoint in Zamfara state."))
    names = [report.actor(i).name for e in report.events for i in e.actors + e.recipients]
    assert "state" not in names


@pytest.mark.parametrize("text, type_, mode", [
    ("Separatist fighters suspended their raids on army posts on Monday.", "RETREAT", "ceasefire"),
    ("Hundreds of guerrillas handed in and laid down their weapons.", "RETREAT", "disarm"),
    ("The dockers' union called off its strike on Thursday.", "CONCEDE", None),
    # promised, a retreat is a concession (PLOVER codes the promise as CONCEDE)
    ("The militia agreed to halt its attacks on the pipeline.", "CONCEDE", None),
])
def test_stopping_a_hostile_act_is_a_retreat_or_a_concession(pipeline, text, type_, mode):
    events = [e for e in _events(pipeline, text) if e.type == type_]
    assert events and (mode is None or events[0].mode == mode)
    assert not [e for e in _events(pipeline, text) if e.type in ("SANCTION", "THREATEN")]
