"""Real events the lead's place or another instance's place would misplace (issue 14,
seventh round): a place of another instance ("after one in California"), a sentence that
names another state of the lead's country, a past told over a paragraph."""
from __future__ import annotations

from tests.dictionary_marks import needs_cameo


def _place(events, trigger):
    return next(p for trig, p in events if trig == trigger)


@needs_cameo
def test_a_place_of_another_instance_is_not_the_events(placed):
    events = placed("A gunman killed 22 people at a store in El Paso, Texas on Saturday. The shooting was the "
                    "third in a week, after one in California at a garlic festival in Gilroy, killing three.")
    assert _place(events, "shooting").name == "El Paso"
    assert _place(events, "killing").name == "Gilroy"  # the participle goes on with that one
    events = placed("A bomb went off in a market in Kabul on Monday. The attack followed another in Jalalabad "
                    "last week.")
    assert _place(events, "attack") is None or _place(events, "attack").name != "Jalalabad"


def test_one_of_several_places_still_places(placed):
    events = placed("Police arrested a man in one of the suburbs of Lagos.")
    assert _place(events, "arrested").name == "Lagos"


@needs_cameo
def test_a_sentence_naming_another_state_takes_only_the_leads_country(placed):
    events = placed("A truck driver crashed into a group of cyclists in Randolph, New Hampshire, on Friday, "
                    "killing seven. He had struck a car in Beaumont, Texas, police there said.")
    place = _place(events, "struck")
    assert place is not None and place.country == "USA" and place.precision in ("country", "town") \
        and place.admin1 != "New Hampshire"


@needs_cameo
def test_a_past_told_over_a_paragraph_takes_no_lead_place(placed):
    lead = "Divers found the wreck of a submarine near Okinawa, Japan on Monday. "
    events = placed(lead + "The submarine was lost in 1944. On its last patrol it attacked two cargo ships.")
    assert _place(events, "attacked") is None
    events = placed(lead + "The submarine was lost in 1944.\nNavy divers attacked two sharks.")
    assert _place(events, "attacked").name == "Okinawa"  # a new paragraph: the past is not carried over


def test_a_police_force_named_for_its_area_acts_there(placed):
    lead = "A gold statue was stolen from a stately home in England on Saturday. "
    place = _place(placed(lead + "Essex Police arrested a 40-year-old man on Monday."), "arrested")
    assert (place.name, place.country, place.precision) == ("Essex", "GBR", "admin2")
    place = _place(placed("Protesters gathered in Manhattan on Friday. The New York Police Department "
                          "arrested 20 people."), "arrested")
    assert place.name == "New York" and place.country == "USA"


def test_a_forces_area_is_no_state():
    from tacitus.extract.event_places import _force_area

    assert _force_area("Thames Valley Police") == "Thames Valley"  # its country is no evidence of where
    assert _force_area("West Midlands Police") == "West Midlands"
    assert _force_area("Cumbria Constabulary") == "Cumbria"
    assert _force_area("Israeli Police") is None and _force_area("the Ukrainian National Police") is None
    assert _force_area("Police Scotland") is None  # a country's force: the actor's state places it
    assert _force_area("police officers") is None


@needs_cameo
def test_a_residents_state_is_no_other_place(placed):
    events = placed("A gunman shot three people at a protest in Kenosha, Wisconsin on Tuesday. A resident of "
                    "Antioch, Illinois, the suspect is accused of shooting two men.")
    place = _place(events, "shooting")
    assert place is not None and place.name == "Kenosha"


@needs_cameo
def test_at_a_states_seat_is_in_that_state(placed):
    events = placed("The activist began her protest outside the Swedish Parliament in August.")
    place = _place(events, "protest")
    assert (place.country, place.precision) == ("SWE", "country")
    events = placed("Hundreds protested outside the Saudi embassy on Monday.")  # an embassy stands abroad
    assert all(p is None or p.country != "SAU" for _, p in events)
