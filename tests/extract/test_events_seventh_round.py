"""Issue 10, seventh round: classes of expressions read on the synthetic stories' misses
(never the measurement fifth) and checked on news shapes. Sentences written for these
tests, not copied from the stories."""
from __future__ import annotations

import pytest

from tacitus.report import Article


def _events(pipeline, text):
    return pipeline.process(Article(text=text, published="2024-03-01")).events


def _types(pipeline, text):
    return {e.type for e in _events(pipeline, text) if e.status != "negated"}


# --- offices given up: "quit", "quit his post"

@pytest.mark.parametrize("text", [
    "The prime minister quit on Thursday after losing a confidence vote.",
    "Ghana's finance minister quit his post amid a corruption inquiry.",
    "The party leader relinquished the chairmanship after the defeat.",
])
def test_offices_given_up_are_resignations(pipeline, text):
    events = [e for e in _events(pipeline, text) if e.type == "RETREAT"]
    assert events and events[0].mode == "resign"


@pytest.mark.parametrize("text", [
    "She quit her job at the bakery to look after her children.",
    "The striker quit the club in January.",
    "The council quit the regional waste scheme.",
])
def test_jobs_and_clubs_left_are_no_resignation(pipeline, text):
    assert "RETREAT" not in _types(pipeline, text)


# --- a gap in the fighting, a moratorium

@pytest.mark.parametrize("text", [
    "The warring factions agreed to a three-day pause in the fighting to let aid convoys through.",
    "The insurgents ordered a halt in attacks on army positions.",
    "Commanders announced a lull in the shelling of the port.",
])
def test_a_pause_in_the_fighting_is_a_retreat_or_its_promise(pipeline, text):
    assert _types(pipeline, text) & {"RETREAT", "CONCEDE"}


def test_a_moratorium_on_a_coercive_act_is_a_concession(pipeline):
    assert "CONCEDE" in _types(pipeline, "Malaysia declared a moratorium on executions.")


def test_a_pause_in_a_game_is_no_retreat(pipeline):
    assert not _types(pipeline, "There was a pause in the match while the injured player was treated.") \
        & {"RETREAT", "CONCEDE"}


# --- people held sent home

@pytest.mark.parametrize("text", [
    "India repatriated 22 Pakistani prisoners who had served their sentences.",
    "Ukraine and Russia completed the repatriation of prisoners of war on Saturday.",
])
def test_people_held_sent_home_are_released(pipeline, text):
    events = [e for e in _events(pipeline, text) if e.type == "RETREAT"]
    assert events and events[0].mode == "release"


@pytest.mark.parametrize("text", [
    "The carmaker repatriated $3 billion of overseas profits.",
    "The capsule's return of the crew to Earth was delayed by bad weather.",
])
def test_money_and_crews_brought_home_are_no_release(pipeline, text):
    assert "RETREAT" not in _types(pipeline, text)


# --- diplomatic ties widened, posts opened

@pytest.mark.parametrize("text", [
    "Kazakhstan is broadening its diplomatic ties with Latin American states.",
    "Turkey opened a consulate in the northern city of Erbil.",
])
def test_ties_widened_and_posts_opened_are_support(pipeline, text):
    assert "SUPPORT" in _types(pipeline, text)


def test_a_shop_opened_is_no_support(pipeline):
    assert "SUPPORT" not in _types(pipeline, "The brothers opened a bakery in the old town.")


# --- who takes an inquiry over

def test_an_inquiry_taken_over_is_the_new_investigators(pipeline):
    events = _events(pipeline, "The FBI has taken over the investigation into the death of the inmate.")
    inquiry = next(e for e in events if e.type == "ACCUSE")
    assert any("FBI" in s.text for s in inquiry.actor_spans)


# --- joint bodies named as formed

@pytest.mark.parametrize("text", [
    "Kenya, Somalia and Djibouti announced the formation of a joint task force against piracy.",
    "Ecuador and Peru agreed on the creation of a joint commission on river pollution.",
])
def test_joint_bodies_formed_by_noun_are_cooperation(pipeline, text):
    assert "COOPERATE" in _types(pipeline, text)


def test_a_band_formed_is_no_cooperation(pipeline):
    assert "COOPERATE" not in _types(pipeline, "The singer announced the formation of a new band.")


# --- recognition withdrawn; platforms blocked

@pytest.mark.parametrize("text", [
    "Three Pacific states withdrew their recognition of the breakaway republic.",
    "Kiribati has revoked its recognition of Taiwan.",
])
def test_recognition_withdrawn_reduces_relations(pipeline, text):
    events = [e for e in _events(pipeline, text) if e.type in ("SANCTION", "RETREAT")]
    assert events and events[0].type == "SANCTION" and events[0].mode == "withdraw"


def test_troops_withdrawn_stay_a_retreat(pipeline):
    assert "RETREAT" in _types(pipeline, "The troops withdrew from the town on Sunday.")


@pytest.mark.parametrize("text", [
    "The authorities blocked Facebook and YouTube ahead of the vote.",
    "The unrest led to the suspension of Twitter for three days.",
])
def test_platforms_blocked_are_censorship(pipeline, text):
    events = [e for e in _events(pipeline, text) if e.type == "COERCE"]
    assert events and events[0].mode == "censor"


# --- strikes ended by going back to work; workers' demands met

@pytest.mark.parametrize("text", [
    "Striking bus drivers returned to work on Monday after a deal with the city.",
    "The miners resumed work after their union called a halt to the strike.",
])
def test_strikers_back_at_work_end_their_strike(pipeline, text):
    assert "CONCEDE" in _types(pipeline, text)


def test_back_at_work_after_a_holiday_is_no_concession(pipeline):
    assert "CONCEDE" not in _types(pipeline, "The minister returned to work after a two-week holiday.")


@pytest.mark.parametrize("text", [
    "The health ministry agreed to a 12 percent pay rise for junior doctors.",
    "The plantation owners granted the pickers higher wages.",
])
def test_workers_demands_met_are_a_concession(pipeline, text):
    assert "CONCEDE" in _types(pipeline, text)


def test_a_pay_rise_offered_is_no_concession_yet(pipeline):
    assert "CONCEDE" not in _types(pipeline, "The airline offered its pilots a pay rise of 4 percent.")


# --- force vowed to go on until a demand is met

@pytest.mark.parametrize("text", [
    "The insurgents said they would not stop their attacks unless the army leaves the valley.",
    "The militia vowed it will not cease firing rockets until the blockade is lifted.",
])
def test_force_kept_up_until_a_demand_is_met_is_a_threat(pipeline, text):
    assert "THREATEN" in _types(pipeline, text)


def test_a_stop_that_came_late_is_no_threat(pipeline):
    assert "THREATEN" not in _types(pipeline, "The gunners did not stop the shelling until dawn.")


# --- courts gone to; inquiries set up

@pytest.mark.parametrize("text", [
    "The competition authority has taken legal action against four supermarket chains.",
    "The families said they had launched legal proceedings against the ministry.",
])
def test_legal_action_taken_is_an_allegation(pipeline, text):
    events = [e for e in _events(pipeline, text) if e.type == "ACCUSE"]
    assert events and events[0].mode == "allege"


@pytest.mark.parametrize("text", [
    "The senate formed an investigative committee on the missing funds.",
    "The UN Human Rights Council appointed a commission of inquiry into the killings.",
])
def test_inquiries_set_up_are_investigations(pipeline, text):
    events = [e for e in _events(pipeline, text) if e.type == "ACCUSE"]
    assert events and events[0].mode == "investigate"


@pytest.mark.parametrize("text", [
    "The council formed a committee of volunteers to plan the festival.",
    "The coach took action to improve the team's defence.",
])
def test_committees_and_actions_of_other_kinds_are_no_accusation(pipeline, text):
    assert "ACCUSE" not in _types(pipeline, text)


# --- diplomatic relationships strengthened

def test_a_bilateral_relationship_strengthened_is_support(pipeline):
    assert "SUPPORT" in _types(pipeline, "Seoul and Hanoi have deepened their strategic relationship this year.")


def test_a_personal_relationship_is_no_support(pipeline):
    assert "SUPPORT" not in _types(pipeline, "The coach built a close relationship with his players.")


# --- inquiries and complaints given up

@pytest.mark.parametrize("text", [
    "Prosecutors dropped the investigation into the opposition leader's finances.",
    "Ukraine withdrew its complaint against Moldova at the trade body.",
])
def test_inquiries_and_complaints_given_up_are_a_concession(pipeline, text):
    assert "CONCEDE" in _types(pipeline, text)


def test_an_inquiry_concluded_is_no_concession(pipeline):
    assert "CONCEDE" not in _types(pipeline, "The committee concluded its inquiry into the fraud.")


# --- disarmament named, and agreed

def test_a_disarmament_agreement_signed_is_a_concession(pipeline):
    assert "CONCEDE" in _types(pipeline, "The rebels signed a disarmament agreement with the government on Friday.")


def test_disarmament_under_way_is_a_retreat(pipeline):
    events = [e for e in _events(pipeline, "The disarmament of the militias began in the eastern provinces.")
              if e.type == "RETREAT"]
    assert events and events[0].mode == "disarm"


@pytest.mark.parametrize("text", [
    "The decommissioning of the coal plant will take ten years.",
    "Nuclear disarmament was one topic of the conference.",
])
def test_plants_closed_and_topics_are_no_retreat(pipeline, text):
    assert "RETREAT" not in _types(pipeline, text)
