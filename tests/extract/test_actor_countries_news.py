"""Actor countries of news by class (issue 10, seventh round): people named by their
nationality, places and people the small model labels wrongly, seats of government it
leaves unlabelled, organisations whose name holds their place, and a place after "of".
Sentences written for these tests."""
from __future__ import annotations

import pytest

from tacitus.report import Article
from tests.dictionary_marks import needs_agents


def _run(pipeline, text):
    return pipeline.process(Article(text=text, published="2020-06-01"))


def _sides(report):
    out = []
    for event in report.events:
        for role, ids in (("actor", event.actors), ("recipient", event.recipients)):
            for actor_id in ids:
                actor = report.actor(actor_id)
                out.append((event.trigger.text, role, actor.name, actor.country))
    return out


def _actor(report, name):
    found = [a for a in report.actors if a.name == name]
    assert found, [(a.name, a.country) for a in report.actors]
    return found[0]


# --- people named by their nationality -----------------------------------------------

@pytest.mark.parametrize("text, name, country", [
    ("Officials named cyclist Marta Lind the winner. The 24-year-old Dane crossed the line first.",
     "Marta Lind", "DNK"),
    ("Striker Tomas Rivera scored twice. The 28-year-old Argentine was later arrested in Madrid.",
     "Tomas Rivera", "ARG"),
    ("Police questioned chef Paolo Conti on Monday. The Italian denied any wrongdoing.", "Paolo Conti", "ITA"),
])
def test_a_nationality_noun_refers_back_and_lends_its_country(pipeline, text, name, country):
    report = _run(pipeline, text)
    person = [a for a in report.actors if name in a.name][0]
    assert person.country == country
    # the noun is the person, not the state acting
    assert all(a.kind != "state" or a.country != country for a in report.actors), report.actors


@pytest.mark.parametrize("text, name, country", [
    ("The Frenchman Luc Moreau was detained in Tehran.", "Luc Moreau", "FRA"),
    ("Swedish teenager Ella Norberg addressed the assembly.", "Ella Norberg", "SWE"),
    ("Nigerian novelist Chimamanda Adichie won the prize.", "Chimamanda Adichie", "NGA"),
])
def test_a_nationality_before_the_name_gives_the_person_a_country(pipeline, text, name, country):
    assert _actor(_run(pipeline, text), name).country == country


def test_an_indefinite_national_is_a_person_of_that_country(pipeline):
    report = _run(pipeline, "A Briton was abducted by gunmen near Sanaa on Monday.")
    person = [a for a in report.actors if a.name == "Briton"]
    assert person and person[0].kind == "person" and person[0].country == "GBR"
    assert not [a for a in report.actors if a.kind == "state" and a.country == "GBR"]


@pytest.mark.parametrize("text", [
    "The French accused the government of Mali of hiding the truth.",  # a people: the state acting
    "Chinese officials met the delegation.",  # an adjective
])
def test_a_people_or_an_adjective_is_no_single_person(pipeline, text):
    report = _run(pipeline, text)
    assert not [a for a in report.actors if a.kind == "person"], report.actors


def test_a_national_who_contradicts_the_last_person_is_someone_else(pipeline):
    report = _run(pipeline, "President Emmanuel Macron arrived on Monday. The Canadian was arrested in Lyon.")
    assert _actor(report, "Emmanuel Macron").country == "FRA"
    assert _actor(report, "Canadian").country == "CAN"


# --- places the small model labels as people ------------------------------------------

def test_a_place_read_as_a_person_is_nobody(pipeline):
    report = _run(pipeline, "The clash took place in the Tsuen Wan district. Protesters marched in Sha Tin "
                            "and Kwun Tong on Sunday.")
    assert not [a for a in report.actors if a.kind == "person"], [(a.name, a.kind) for a in report.actors]


def test_a_person_named_like_a_town_stays_a_person(pipeline):
    report = _run(pipeline, "Governor Lincoln Jackson met farmers in Jackson. Jackson praised the farmers.")
    assert [a for a in report.actors if a.kind == "person" and "Jackson" in a.name]


def test_a_person_the_model_reads_as_an_organisation_keeps_the_title_of_the_apposition(pipeline):
    report = _run(pipeline, "Ricardo Rosselló Nevares, Puerto Rico's governor, announced his resignation. "
                            "Protesters called for Rosselló's resignation.")
    person = [a for a in report.actors if "Rosselló" in a.name]
    assert len(person) == 1 and person[0].kind == "person" and person[0].country == "PRI"


# --- seats of government, organisations named by their place, a place after "of" ----

@pytest.mark.parametrize("text, trigger, country", [
    ("Downing Street urged calm after the vote.", "urged", "GBR"),
    ("Whitehall rejected the proposal on Friday.", "rejected", "GBR"),
])
def test_a_seat_of_government_the_model_leaves_unlabelled_acts_for_its_state(pipeline, text, trigger, country):
    sides = _sides(_run(pipeline, text))
    assert (trigger, "actor", country) in {(t, r, c) for t, r, _, c in sides}, sides


def test_an_organisations_name_is_not_split_into_its_words(pipeline):
    sides = _sides(_run(pipeline, "Kenya Defence Forces attacked al-Shabaab camps in Somalia."))
    actors = [(n, c) for t, r, n, c in sides if r == "actor"]
    assert actors == [("Kenya Defence Forces", "KEN")], sides


@pytest.mark.parametrize("text, name, country", [
    ("Rail staff in India celebrated on Friday. Managers praised the Mysuru Division for its crew.",
     "Mysuru Division", "IND"),
    ("The Ministry of Health of Brazil criticised the hospitals.", "Ministry of Health of Brazil", "BRA"),
])
def test_an_organisation_takes_the_country_of_the_place_its_name_holds(pipeline, text, name, country):
    assert _actor(_run(pipeline, text), name).country == country


def test_a_city_in_an_organisations_name_needs_the_articles_country(pipeline):
    # Victoria is also a city of Hong Kong; nothing in the text is about Hong Kong
    report = _run(pipeline, "Victoria University Council criticised the budget cuts.")
    assert all(a.country != "HKG" for a in report.actors)


@pytest.mark.parametrize("text, trigger, country", [
    # "governor" is an unnamed side by PLOVER's agents list
    pytest.param("Farmers criticised the governor of São Paulo on Monday.", "criticised", "BRA", marks=needs_agents),
    ("Police detained residents of Basra after the protest.", "detained", "IRQ"),
])
def test_a_place_after_of_names_the_state_of_an_unnamed_side(pipeline, text, trigger, country):
    sides = _sides(_run(pipeline, text))
    assert (trigger, "recipient", country) in {(t, r, c) for t, r, _, c in sides}, sides


# --- a title after the name's apposition, the state the article's actors belong to ----

@pytest.mark.parametrize("text, name, country", [
    ("The mayor of New Orleans, LaToya Cantrell, advised residents to stay home.", "LaToya Cantrell", "USA"),
    ("The mayor of Hamburg, Markus Brandt, closed the schools.", "Markus Brandt", "DEU"),
])
def test_a_title_with_its_place_before_the_name_gives_the_person_its_country(pipeline, text, name, country):
    assert _actor(_run(pipeline, text), name).country == country


def test_unqualified_officials_take_the_state_the_articles_people_belong_to(pipeline):
    # the United States is named once as a state; its people and bodies dominate the story
    text = ("President Donald Trump granted clemency to Rod Blagojevich on Tuesday. Trump spoke to reporters "
            "at the White House. The U.S. Senate was not consulted, and Senator Mitch McConnell said little. "
            "Trump said the sentence was too long. Multiple officials pressured Trump not to act.")
    report = _run(pipeline, text)
    assert _actor(report, "Multiple officials").country == "USA"


def test_officials_of_an_article_whose_people_are_of_several_states_take_none(pipeline):
    text = ("President Emmanuel Macron met Chancellor Angela Merkel in Berlin. Macron and Merkel discussed "
            "trade. Officials said the talks went well.")
    report = _run(pipeline, text)
    assert all(a.country is None for a in report.actors if a.name == "Officials")
