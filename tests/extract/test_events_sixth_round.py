"""Issue 10, sixth round: threats held out as possible, shows of force by what is built up,
monitors and helpers let in, armed groups dissolved, plans given up and protests forgone.
Sentences written for these tests (not the probes the rules were written with)."""
from __future__ import annotations

import pytest

from tacitus.report import Article
from tests.dictionary_marks import needs_cameo


def _events(pipeline, text):
    return pipeline.process(Article(text=text, published="2024-03-01")).events


def _types(pipeline, text):
    return {e.type for e in _events(pipeline, text) if e.status != "negated"}


# --- threats told by the possibility of the act, or by not ruling it out

@pytest.mark.parametrize("text", [
    "Ankara has hinted at the possibility of closing its airspace to Armenian flights.",
    # "curfew" as an imposed measure comes from the CAMEO dictionary
    pytest.param("The interior minister talked about the option of a curfew in the border towns.", marks=needs_cameo),
    "Seoul did not rule out sanctions against the shipping firm.",
    "The junta has refused to rule out arresting the opposition leader.",
    "The prime minister would not rule out military action against the militias.",
])
def test_an_act_held_out_as_possible_is_a_threat(pipeline, text):
    assert "THREATEN" in _types(pipeline, text)


@needs_cameo  # "expelling" an envoy is a sanction by the CAMEO dictionary
def test_the_threat_is_the_raisers(pipeline):
    events = _events(pipeline, "Lithuania's president raised the option of expelling the Belarusian envoy.")
    threat = next(e for e in events if e.type == "THREATEN" and e.status == "asserted")
    assert any("president" in s.text for s in threat.actor_spans)


@pytest.mark.parametrize("text", [
    "Economists discussed the possibility of sanctions on the oil sector.",
    "The minister ruled out a ban on the festival.",
    "The board discussed the possibility of a new training ground.",
])
def test_comment_refusal_or_harmless_possibility_is_no_threat(pipeline, text):
    assert "THREATEN" not in _types(pipeline, text)


# --- shows of force

@pytest.mark.parametrize("text", [
    "Tehran has been expanding its missile arsenal near the strait.",
    "The navy is building up its firepower in the southern fleet.",
    "The rebels intensified the recruitment of fighters along the border.",
    "The general staff called upon reservists to report to their units.",
])
def test_forces_and_arms_built_up(pipeline, text):
    assert "MOBILIZE" in _types(pipeline, text)


@pytest.mark.parametrize("text", [
    "The central bank is building up its gold reserves.",
    "The choir stepped up the recruitment of new singers.",
    "The minister ordered the army to leave the capital.",
])
def test_reserves_of_money_and_orders_to_act_are_no_mobilisation(pipeline, text):
    assert "MOBILIZE" not in _types(pipeline, text)


# --- outside monitors and helpers let in; armed groups dissolved

@pytest.mark.parametrize("text", [
    "The government permitted OSCE election monitors to observe the vote.",
    "Myanmar allowed humanitarian agencies into Rakhine state last week.",
    "The insurgent army dissolved itself in a ceremony in the hills.",
    "The commanders announced the disbanding of the militia on Friday.",
])
def test_access_allowed_and_groups_disbanded_are_a_retreat(pipeline, text):
    assert "RETREAT" in _types(pipeline, text)


@pytest.mark.parametrize("text", [
    "The king dissolved parliament on Tuesday.",
    "The school allowed pupils to leave early because of the heat.",
])
def test_parliaments_and_pupils_are_no_retreat(pipeline, text):
    assert "RETREAT" not in _types(pipeline, text)


# --- plans given up, protests forgone, restrictions eased

@pytest.mark.parametrize("text", [
    "The cabinet backed away from its plan to expel the foreign journalists.",
    "The governor reversed course on the curfew after a week of criticism.",
    "The students promised not to hold further demonstrations on campus.",
    pytest.param("The junta announced an easing of restrictions on foreign media.", marks=needs_cameo),
])
def test_plans_dropped_protests_forgone_and_restrictions_eased_concede(pipeline, text):
    assert "CONCEDE" in _types(pipeline, text)


def test_backing_away_from_a_plan_is_no_support(pipeline):
    assert "SUPPORT" not in _types(pipeline, "The council backed away from its plan to close the library.")


# --- news classes (read on the dev3 Wikinews file's misses; tested on sentences written here)

def test_an_arrest_for_words_that_mention_a_hazard_is_still_an_arrest(pipeline):
    text = "Officers arrested two bloggers for posts that warned of a flood in the valley."
    assert "COERCE" in _types(pipeline, text)


@pytest.mark.parametrize("text", [
    "Detectives questioned the landlord on Tuesday.",
    "The driver was quizzed by police for several hours.",
    "Police said they had questioned three neighbours.",
    "Security officers interrogated the journalist at the airport.",
])
def test_questioned_by_investigators_is_an_investigation(pipeline, text):
    assert "ACCUSE" in _types(pipeline, text)


def test_questions_from_reporters_are_no_investigation(pipeline):
    assert "ACCUSE" not in _types(pipeline, "Students questioned the author about her new book.")


@pytest.mark.parametrize("text", [
    "The two officers were tried by a military tribunal in Lahore.",
    "The former mayor will stand trial for bribery next year.",
])
def test_charges_brought_to_trial_accuse(pipeline, text):
    assert "ACCUSE" in _types(pipeline, text)


@pytest.mark.parametrize("text", [
    "She tried to call her brother twice.",
    "The drug trial started in January at three hospitals.",
])
def test_attempts_and_clinical_trials_accuse_no_one(pipeline, text):
    assert "ACCUSE" not in _types(pipeline, text)


def test_compliance_done_concedes_and_announced_agrees(pipeline):
    assert "CONCEDE" in _types(pipeline, "The rebel council complied with the ultimatum and left the town hall.")
    types = _types(pipeline, "The king said he will comply with the parliament's request.")
    assert "AGREE" in types and "CONCEDE" not in types


@pytest.mark.parametrize("text", [
    "The treaty prohibits the testing of nuclear weapons.",
    "The charter bans any member from leaving the league.",
    "Forecasters said the hurricane watch was lifted on Sunday night.",
    "Firefighters put the blaze out within an hour.",
    "The new shoes helped her break the world record.",
])
def test_standing_rules_weather_alerts_and_idioms_are_no_events(pipeline, text):
    assert not _types(pipeline, text) & {"COERCE", "CONCEDE", "RETREAT", "ASSAULT"}


# --- charges, condemnation by name, people expelled, causes and effects

@pytest.mark.parametrize("text", [
    "Prosecutors indicted the former governor on bribery charges.",
    "The state will prosecute the two guards for the beating.",
    "The envoy characterised the raid as barbaric.",
    "The minister described the shelling of the hospital as a heinous crime.",
])
def test_indictments_and_condemning_names_accuse(pipeline, text):
    assert "ACCUSE" in _types(pipeline, text)


def test_people_expelled_are_deported_and_diplomats_expelled_are_a_sanction(pipeline):
    assert "COERCE" in _types(pipeline, "Bahrain expelled a British journalist on Monday.")
    types = _types(pipeline, "Warsaw expelled three Russian diplomats.")
    assert "SANCTION" in types and "COERCE" not in types


def test_a_curfew_enforced_is_coercion(pipeline):
    assert "COERCE" in _types(pipeline, "Soldiers enforced a dusk-to-dawn curfew in the port.")


@pytest.mark.parametrize("text, type_", [
    ("The shooting of the teenager sparked riots in two suburbs.", "PROTEST"),
    ("The ambush led to the withdrawal of the garrison.", "RETREAT"),
    ("Months of strikes resulted in the resignation of the cabinet.", "RETREAT"),
])
def test_causes_and_effects_are_reported_as_happening(pipeline, text, type_):
    assert type_ in _types(pipeline, text)


@pytest.mark.parametrize("text", [
    "The verdict could spark riots in the suburbs.",
    "The reform did not lead to strikes at the ports.",
])
def test_possible_or_denied_effects_did_not_happen(pipeline, text):
    assert "PROTEST" not in _types(pipeline, text)


# --- support declared, agreements signed, refusals announced, acts not carried out

@pytest.mark.parametrize("text", [
    "Kenya reaffirmed its backing for the transitional government.",
    "The bishops voiced their solidarity with the miners.",
    "Ghana conveyed its gratitude to Nigeria for the rescue.",
    "The signing of the border treaty was hailed in both capitals.",
])
def test_support_declared_and_agreements_signed(pipeline, text):
    assert "SUPPORT" in _types(pipeline, text)


def test_support_measured_by_a_survey_is_no_event(pipeline):
    assert "SUPPORT" not in _types(pipeline, "The survey showed strong support for the reform.")


@pytest.mark.parametrize("text", [
    "Austria said it would not send humanitarian aid to the island.",
    "The prime minister said she will not attend the summit in Lima.",
])
def test_aid_and_meetings_refused_ahead_are_a_rejection(pipeline, text):
    assert "REJECT" in _types(pipeline, text)


@pytest.mark.parametrize("text, type_", [
    ("The two ministers did not meet in Geneva.", "REJECT"),
    ("The rebels did not launch an offensive on the port.", "ASSAULT"),
    ("The union has not called a strike since 2019.", "PROTEST"),
])
def test_acts_not_carried_out_are_no_events(pipeline, text, type_):
    assert type_ not in _types(pipeline, text)


# --- searches, house arrest, media licences

@pytest.mark.parametrize("text", [
    "Security forces searched the offices of the newspaper on Monday.",
    "The junta placed the former minister under house arrest.",
    "The regulator revoked the broadcasting licence of the channel.",
    "The ministry withdrew the press accreditation of twelve foreign reporters.",
])
def test_searches_house_arrest_and_media_licences_coerce(pipeline, text):
    assert "COERCE" in _types(pipeline, text)


@pytest.mark.parametrize("text", [
    "Volunteers searched the forest for the missing hiker.",
    "The town suspended the licence of the bar after complaints about noise.",
])
def test_searches_by_volunteers_and_bar_licences_are_no_coercion(pipeline, text):
    assert "COERCE" not in _types(pipeline, text)


# --- news shapes: seizures by finding, battles, fire traded, crowds broken up

@pytest.mark.parametrize("text, type_", [
    ("The navy intercepted a boat carrying heroin off the coast.", "COERCE"),
    ("Police uncovered a weapons cache in the basement of the mosque.", "COERCE"),
    ("Government forces battled rebels outside the airport.", "ASSAULT"),
    ("Indian and Pakistani troops exchanged fire along the border.", "ASSAULT"),
    ("Riot police broke up the rally with tear gas.", "ASSAULT"),
])
def test_seizures_battles_fire_and_dispersals(pipeline, text, type_):
    assert type_ in _types(pipeline, text)


@pytest.mark.parametrize("text", [
    "Researchers discovered a new drug against tuberculosis.",
    "The singer battled depression for years.",
    "The fog dispersed by noon.",
])
def test_discoveries_illness_and_weather_are_no_events(pipeline, text):
    assert not _types(pipeline, text) & {"COERCE", "ASSAULT"}
