"""Retaliation, labour-strike idioms, threats made by vowing, conditions that are no
refusals, struggles against social ills, and the actor of a support verb under control.
Sentences written for these tests."""
from __future__ import annotations

import pytest

from tacitus.report import Article


def _events(pipeline, text):
    return pipeline.process(Article(text=text, published="2024-03-01")).events


def _types(pipeline, text):
    return {e.type for e in _events(pipeline, text) if e.status != "negated"}


@pytest.mark.parametrize("text, type_", [
    ("Pakistan retaliated with artillery fire across the line of control.", "ASSAULT"),
    ("The gang avenged its leader by burning the rival's farm.", "ASSAULT"),
    ("Beijing retaliated with tariffs on European pork.", "COERCE"),
    ("Villagers took revenge on the bandits the next morning.", "ASSAULT"),
])
def test_retaliation_done_is_the_act(pipeline, text, type_):
    assert type_ in _types(pipeline, text)


@pytest.mark.parametrize("text", [
    "The cartel vowed to retaliate against the police.",
    "Relatives of the slain officer vowed revenge on Sunday.",
    "Hezbollah said it would retaliate for the assassination.",
    "The junta threatened retaliation against any country that hosts the exiles.",
])
def test_retaliation_vowed_is_a_threat(pipeline, text):
    types = _types(pipeline, text)
    assert "THREATEN" in types and "AGREE" not in types


def test_a_vow_that_carries_a_threat_is_no_promise(pipeline):
    types = _types(pipeline, "The insurgents vowed to attack the capital before the vote.")
    assert types == {"THREATEN"}


@pytest.mark.parametrize("text", [
    "Bus drivers walked off the job on Thursday over unpaid wages.",
    "Miners downed tools at three pits in the east.",
    "Students staged a sit-in outside the ministry.",
])
def test_strike_and_protest_idioms(pipeline, text):
    assert "PROTEST" in _types(pipeline, text)


def test_a_protest_planned_by_the_subject_of_the_plan(pipeline):
    events = _events(pipeline, "Teachers are planning to stage a strike next week.")
    threat = next(e for e in events if e.type == "THREATEN")
    assert threat.actor_spans and threat.actor_spans[0].text == "Teachers"


def test_a_near_word_across_a_condition_makes_no_phrase(pipeline):
    # "strike ... deal" is no "strike a deal" when the deal is in the condition
    types = _types(pipeline, "The pilots' union will strike if no deal is reached by Friday.")
    assert "AGREE" not in types and "THREATEN" in types
    assert "AGREE" in _types(pipeline, "The two firms struck a deal on Friday.")


def test_a_negated_act_in_a_condition_is_no_refusal(pipeline):
    events = _events(pipeline, "The miners will strike unless the company reaches a deal.")
    assert not any(e.type == "REJECT" and e.status == "asserted" for e in events)
    events = _events(pipeline, "Workers will walk out if no agreement is reached.")
    assert not any(e.type == "REJECT" and e.status == "asserted" for e in events)


@pytest.mark.parametrize("text", [
    "The new mayor vowed to fight crime in the old town.",
    "Crews battled the blaze through the night.",
    "The former governor will fight the charges in court.",
])
def test_struggles_against_ills_fires_and_charges_are_no_violence(pipeline, text):
    assert not _types(pipeline, text) & {"ASSAULT", "THREATEN"}


@pytest.mark.parametrize("text", [
    "Nurses staged a silent march through the city centre on Saturday.",
    "Teachers mounted a picket outside the education ministry in Accra.",
])
def test_marches_and_pickets_named_by_their_noun(pipeline, text):
    assert "PROTEST" in _types(pipeline, text)


def test_supporters_clashing_with_police_riot(pipeline):
    assert "PROTEST" in _types(pipeline, "Supporters of the jailed mayor clashed with riot police on Friday.")


def test_an_adjective_that_describes_people_is_no_complaint(pipeline):
    assert "ACCUSE" not in _types(pipeline, "Furious commuters waited for hours at the station.")
    assert "ACCUSE" in _types(pipeline, "The foreign minister was furious about the report.")


@pytest.mark.parametrize("text", [
    "The militia handed over control of the border crossing to the army.",
    "Separatists ceded control of the port to federal forces.",
])
def test_control_given_up_is_a_retreat(pipeline, text):
    assert "RETREAT" in _types(pipeline, text)


@pytest.mark.parametrize("text", [
    "Meteorologists warned of heavy snow and gale-force winds in the mountains.",
    "Officials issued a warning about a storm surge along the coast.",
    "A passenger was injured when the minibus rolled down an embankment.",
    "The Nobel prize was shared by three physicists.",
    "Party delegates voted to elect a new leader on Sunday.",
    "Victoria station reopened after the power cut.",
])
def test_forecasts_accidents_prizes_elections_and_stations_are_no_events(pipeline, text):
    assert not _types(pipeline, text)


def test_a_warning_of_force_is_still_a_threat(pipeline):
    assert "THREATEN" in _types(pipeline, "The defence minister warned of a crushing response to any incursion.")


@pytest.mark.parametrize("text, type_", [
    ("Troops fired live rounds at villagers in Sagaing.", "ASSAULT"),
    ("Police fired rubber bullets at the marchers.", "ASSAULT"),
    ("The court handed the mayor a fine of 40,000 euros.", "SANCTION"),
    ("A tribunal fined the club for racist chanting.", "SANCTION"),
    ("The detentions came after a week of unrest in the port city of Durres.", "COERCE"),
    ("The senator called the pardon a travesty of justice.", "ACCUSE"),
])
def test_shots_fired_fines_events_that_came_and_condemning_names(pipeline, text, type_):
    assert type_ in _types(pipeline, text)


@pytest.mark.parametrize("text", [
    "The board fired its chief financial officer.",
    "The concert came after a long tour.",
])
def test_dismissals_and_other_things_that_came_are_no_events(pipeline, text):
    assert not _types(pipeline, text) & {"ASSAULT", "COERCE"}


@pytest.mark.parametrize("text", [
    "Washington has been encouraging its allies to restrict exports of chips.",
    "Farmers' unions lobbied the ministry to scrap the new tax.",
    "Paris pushed Brussels to delay the vote.",
])
def test_moving_someone_to_act_is_an_appeal_and_the_act_is_not_yet_done(pipeline, text):
    events = _events(pipeline, text)
    assert any(e.type == "REQUEST" and e.status == "asserted" for e in events)
    assert all(e.status != "asserted" for e in events if e.type != "REQUEST")


def test_encouraging_without_an_act_asked_is_no_appeal(pipeline):
    assert "REQUEST" not in _types(pipeline, "The coach encouraged the young players.")


@pytest.mark.parametrize("text", [
    "The governor pardoned 40 inmates on Christmas Eve.",
    "The president issued pardons to three former aides.",
    "The king commuted the death sentences of six men.",
])
def test_clemency_is_a_concession(pipeline, text):
    assert "CONCEDE" in _types(pipeline, text)


def test_commuting_to_work_is_no_clemency(pipeline):
    assert not _types(pipeline, "She commuted to work by train.")


@pytest.mark.parametrize("text", [
    "Macron sat down with the Algerian president for two hours.",
    "The two rival generals shook hands in Jeddah on Saturday.",
])
def test_meetings_told_by_their_gestures(pipeline, text):
    assert "CONSULT" in _types(pipeline, text)


def test_a_call_on_a_day_asks_nothing(pipeline):
    assert "REQUEST" not in _types(pipeline, "The two presidents held a long phone call on Friday.")
    assert "REQUEST" in _types(pipeline, "The bishops called on the government to release the detainees.")


@pytest.mark.parametrize("text", [
    "The EU froze the assets of twelve officials.",
    "Washington blocked the central bank's foreign reserves.",
])
def test_wealth_frozen_is_a_sanction_of_restriction(pipeline, text):
    events = _events(pipeline, text)
    assert any(e.type == "COERCE" and e.cameo == "163" for e in events)


def test_property_seized_by_police_stays_a_seizure(pipeline):
    events = _events(pipeline, "Police seized property worth $3 million from the gang.")
    assert any(e.type == "COERCE" and e.cameo != "163" for e in events)


@pytest.mark.parametrize("text", [
    "Separatist fighters handed in their weapons at collection points.",
    "Residents turned in 300 illegal guns during the amnesty.",
])
def test_weapons_handed_in_disarm(pipeline, text):
    events = _events(pipeline, text)
    assert any(e.type == "RETREAT" and e.mode == "disarm" for e in events)


def test_homework_handed_in_is_no_disarmament(pipeline):
    assert not _types(pipeline, "She handed in her homework on time.")


@pytest.mark.parametrize("text", [
    "The hosts beat their rivals 2-0 in the semi-final.",
    "The visitors attacked relentlessly after the break.",
    "Investigators said the cause of the blaze was under investigation.",
    "Officials are investigating the crash of the cargo plane.",
    "The health minister visited a hospital in the south.",
])
def test_games_fact_finding_and_visits_to_places_are_no_events(pipeline, text):
    assert not _types(pipeline, text) & {"ASSAULT", "ACCUSE", "CONSULT"}


@pytest.mark.parametrize("text, type_", [
    ("Gunmen attacked fans outside the stadium after the match.", "ASSAULT"),
    ("Prosecutors are investigating the former mayor for fraud.", "ACCUSE"),
    ("The Indian prime minister visited Dhaka on Friday.", "CONSULT"),
])
def test_attacks_on_fans_inquiries_into_people_and_state_visits_stay(pipeline, text, type_):
    assert type_ in _types(pipeline, text)


@pytest.mark.parametrize("text", [
    "The governor declared a state of emergency after the floods.",
    "The treasury warned that unemployment would rise next year.",
    "The carmaker recalled 80,000 vehicles over faulty airbags.",
])
def test_disaster_emergencies_economic_warnings_and_product_recalls_are_no_events(pipeline, text):
    assert not _types(pipeline, text)


def test_an_emergency_after_a_coup_attempt_and_an_envoy_recalled_stay(pipeline):
    assert "COERCE" in _types(pipeline, "The army declared a state of emergency after the coup attempt.")
    assert "SANCTION" in _types(pipeline, "Russia recalled its ambassador from Vilnius.")


def test_an_event_asked_for_offered_or_refused_is_not_held(pipeline):
    events = _events(pipeline, "The UN called for an immediate ceasefire in Gaza.")
    assert all(e.status == "hypothetical" for e in events if e.type == "RETREAT")
    events = _events(pipeline, "The rebels rejected the government's offer of talks.")
    assert all(e.status != "asserted" for e in events if e.type == "CONSULT")
    events = _events(pipeline, "The two sides held talks in Doha on Monday.")
    assert any(e.type == "CONSULT" and e.status == "asserted" for e in events)


def test_impeachment_is_a_formal_accusation(pipeline):
    assert "ACCUSE" in _types(pipeline, "Lawmakers impeached the governor for abuse of power.")


def test_computers_attacked_are_a_cyber_attack(pipeline):
    events = _events(pipeline, "Hackers attacked the ministry's computer systems.")
    assert [e.mode for e in events if e.type == "COERCE"] == ["cyber"]
    assert "ASSAULT" not in {e.type for e in events}


@pytest.mark.parametrize("text, type_", [
    ("Moscow suspended the grain deal on Monday.", "SANCTION"),
    ("The country withdrew from the climate agreement.", "SANCTION"),
])
def test_an_agreement_acted_on_is_no_agreement_made(pipeline, text, type_):
    types = _types(pipeline, text)
    assert type_ in types and "AGREE" not in types


@pytest.mark.parametrize("text", [
    "The former chief executive pleaded guilty to fraud.",
    "All three defendants pleaded not guilty.",
])
def test_a_plea_in_court_is_no_appeal(pipeline, text):
    assert "REQUEST" not in _types(pipeline, text)


@pytest.mark.parametrize("text", [
    "The airline suspended flights to the island because of the volcanic ash.",
    "The university closed its campus after a gas leak.",
    "Organisers cancelled the concert due to the rain.",
    "The final was postponed until next year.",
])
def test_closures_for_safety_and_shows_called_off_are_no_events(pipeline, text):
    assert not _types(pipeline, text)


def test_talks_suspended_after_rocket_fire_stay_a_sanction(pipeline):
    assert "SANCTION" in _types(pipeline, "Israel suspended the talks after the rocket fire.")


@pytest.mark.parametrize("text, trigger", [
    ("The group filed a lawsuit to prevent the deportation of the refugees.", "deportation"),
    ("The army launched an offensive to retake the city.", "retake"),
    ("Residents fear an invasion by the neighbouring army.", "invasion"),
])
def test_aims_and_fears_are_not_acts_done(pipeline, text, trigger):
    events = [e for e in _events(pipeline, text) if e.trigger.text == trigger]
    assert events and all(e.status in ("hypothetical", "negated") for e in events)


def test_a_strike_averted_did_not_happen(pipeline):
    events = _events(pipeline, "Last-minute talks averted a national strike.")
    assert not any(e.type == "PROTEST" and e.status == "asserted" for e in events)
