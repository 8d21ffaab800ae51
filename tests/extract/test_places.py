"""Where events happen: towns, the article's countries, the sentence and the lead."""
from __future__ import annotations

from tacitus.geo import gazetteer
from tests.dictionary_marks import needs_cameo


def test_towns_below_the_city_table():
    gaz = gazetteer()
    assert gaz.place("Maydanshakhr") is None  # not a name the actor table resolves
    town = gaz.locate("Maydanshakhr")
    assert town.country == "AFG" and town.precision == "town" and town.population < 15_000


def test_a_town_name_shared_by_countries_follows_the_article():
    gaz = gazetteer()
    assert gaz.locate("Reading").country == "GBR"  # the larger one
    assert gaz.locate("Reading", frozenset({"USA"})).country == "USA"
    assert gaz.locate("Pakistan").precision == "country"


def test_a_place_the_tagger_misses_is_found_by_its_preposition(placed):
    events = placed("Protesters blocked roads in Tsuen Wan on Sunday.", "2019-08-26")
    place = next(p for trig, p in events if trig.startswith("blocked"))
    assert (place.name, place.country, place.precision, place.basis) == ("Tsuen Wan", "HKG", "town", "sentence")
    assert place.lat is not None


def test_the_most_specific_place_of_a_chain(placed):
    events = placed("A mass stabbing in Reading, Berkshire, UK killed three people on Saturday.")
    place = next(p for trig, p in events if trig == "killed")
    assert place.name == "Reading" and place.country == "GBR" and place.precision == "town"


def test_the_lead_places_the_story_but_not_its_background(placed):
    events = placed("Gunmen attacked a police post near Mardan, Pakistan, on Friday. "
                    "Militants also bombed a bridge on Saturday, police said. "
                    "Militants killed 80 people in a market in 2009.", "2020-06-21")
    by_trigger = {trig: p for trig, p in events}
    assert by_trigger["attacked"].name == "Mardan" and by_trigger["attacked"].basis == "trigger"
    assert by_trigger["bombed"].name == "Mardan" and by_trigger["bombed"].basis == "article"
    assert by_trigger["killed"] is None  # 2009: background, the lead is not its place


def test_evidence_offsets_point_at_the_place(placed):
    text = "Police fired tear gas at demonstrators in Abqaiq on Monday."
    for _, place in placed(text, "2019-09-17"):
        if place is not None:
            assert text[place.start:place.end] == place.name


def test_no_town_from_part_of_a_name_or_a_non_locating_preposition(placed):
    events = placed("Officials offered a reward for his capture by the police in the Al-Qaeda organization. "
                    "He fought for independence from Sudan. In the capital Nairobi, Tom Ruto, a 40-year-old "
                    "of Mombasa, was arrested on Monday.", "2019-09-17")
    for _, place in events:
        assert place is None or place.name not in ("Al", "Sudan", "Mombasa"), place


def test_what_is_denied_takes_no_place_from_the_lead(placed):
    events = placed("Troops shelled a village near Kandahar, Afghanistan, on Monday. "
                    "Police did not arrest anyone.", "2020-06-21")
    assert dict(events)["shelled"].name == "Kandahar"
    assert dict(events)["arrest"] is None


def _place_of(events, trigger):
    return next(p for trig, p in events if trig == trigger)


def test_another_spelling_of_a_town_in_the_articles_country(placed):
    gaz = gazetteer()
    assert gaz.locate("Mokha", frozenset({"YEM"})).country == "YEM"
    assert gaz.locate("Mokha") is None  # a small town's other spelling only where the article is
    events = placed("A car bomb killed six soldiers in the port town of Mokha, Yemen, on Tuesday.", "2019-01-30")
    place = _place_of(events, "killed")
    assert (place.name, place.country, place.precision) == ("Mokha", "YEM", "town")


def test_regions_of_the_world_and_bodies_are_no_towns(placed):
    gaz = gazetteer()
    assert gaz.locate("Middle East").kind == "continent" and gaz.locate("Southeast Asia").lat is None
    events = placed("Lawmakers in Congress protested against the decision on Monday. "
                    "Militants attacked convoys across the Middle East on Tuesday.", "2020-06-21")
    for _, place in events:
        assert place is None or place.name not in ("Congress", "Middle East"), place


def test_washington_dc_spellings(placed):
    events = placed("Thousands protested in Washington, D.C. on Saturday against the ruling.", "2020-12-14")
    place = _place_of(events, "protested")
    assert place.country == "USA" and place.precision == "town" and round(place.lat) == 39


def test_a_facility_the_gazetteer_cannot_place_is_located_by_its_chain(placed):
    events = placed("On Tuesday, a gunman shot two guards at the Grand Meridian Hotel in Nairobi.", "2020-06-21")
    place = _place_of(events, "shot")
    assert (place.name, place.country, place.precision) == ("Nairobi", "KEN", "town")


def test_a_country_that_says_who_acted_or_whose_people_is_no_place(placed):
    events = placed("The militant was killed on Saturday in a United States counter-terrorism operation, "
                    "officials in Kabul said. Iran fired missiles at US troops on Wednesday.", "2019-09-17")
    assert _place_of(events, "killed").name == "Kabul"
    for trig, place in events:
        assert place is None or place.country != "USA", (trig, place)


def test_a_states_measure_is_placed_in_that_state(placed):
    text = ("Germany on Monday banned the airline Mahan Air from flying in the European nation. "
            "A Canadian comedian was detained by police on Tuesday.")
    events = placed(text, "2019-01-23")
    place = _place_of(events, "banned")
    assert (place.country, place.precision, place.basis) == ("DEU", "country", "actor")
    assert text[place.start:place.end] == place.name


@needs_cameo  # 'burned' is a protest by the CAMEO verb dictionary
def test_a_peoples_nationality_is_not_where_the_event_was(placed):
    events = placed("An Iranian woman was sentenced to twenty years for protesting the dress code.", "2020-07-06")
    assert _place_of(events, "protesting") is None
    assert _place_of(placed("An American journalist was detained on Friday.", "2020-07-06"), "detained") is None
    assert _place_of(placed("Iranian protesters burned flags on Sunday.", "2020-07-06"), "burned") is None
    # a state's organ acts in its own land
    place = _place_of(placed("Chinese police arrested two Canadian citizens on Monday.", "2020-07-06"), "arrested")
    assert (place.country, place.basis) == ("CHN", "actor")


def test_one_country_named_among_others_is_no_surer_than_they(placed):
    events = placed("The ban on the airline followed talks with the US, a German official said on Monday.",
                    "2019-01-23")
    place = _place_of(events, "ban")
    assert place is None or place.country != "USA", place


def test_the_country_that_acts_is_not_where(placed):
    events = placed("The US had been allied with Kurdish groups in fighting ISIS.", "2019-10-08")
    assert _place_of(events, "fighting") is None
    place = _place_of(placed("Iraq was attacked by Iran on Monday.", "2020-01-08"), "attacked")
    assert place.country == "IRQ"  # the subject of a passive trigger is what was attacked, and where


@needs_cameo  # 'launched' missiles is an attack by the CAMEO verb dictionary
def test_a_peoples_land_is_that_peoples_country(placed):
    events = placed("Iran launched missiles at US troops in Iraqi military bases on Wednesday.", "2020-01-08")
    place = _place_of(events, "launched")
    assert (place.country, place.precision, place.name) == ("IRQ", "country", "Iraqi")
    place = _place_of(placed("The coast guard seized a tanker in Iranian waters on Monday.", "2020-01-08"), "seized")
    assert place.country == "IRN"


def test_a_large_city_by_another_spelling_anywhere(placed):
    assert gazetteer().locate("Frankfurt").country == "DEU"
    assert gazetteer().locate("Saigon").country == "VNM"
    place = _place_of(placed("Police detained a man at the airport in Frankfurt on Friday.", "2020-01-08"), "detained")
    assert (place.country, place.precision) == ("DEU", "town")


def test_a_list_across_countries_gives_no_single_place(placed):
    events = placed("Police arrested suspects in Spain, Portugal and Morocco on Friday.", "2020-06-21")
    assert _place_of(events, "arrested") is None
    events = placed("Protesters marched in Kabul and Islamabad on Friday.", "2020-06-21")
    assert _place_of(events, "marched") is None
    events = placed("The militant was killed in an operation in the Afghanistan/Pakistan region, the White House "
                    "said.", "2019-09-17")
    assert _place_of(events, "killed") is None
    events = placed("Gunmen attacked a post on the Syria-Turkey border on Monday.", "2019-09-17")
    assert _place_of(events, "attacked") is None


def test_an_event_spread_over_many_places_takes_no_place_from_the_lead(placed):
    events = placed("Police raided a warehouse in Rotterdam on Monday. "
                    "Police arrested 40 people in 12 countries on Friday, Europol said.", "2020-06-21")
    assert [p for trig, p in events if trig == "arrested"] == [None]
    events = placed("Protests took place in France, Germany and Italy on Saturday. Police arrested ten people.",
                    "2020-06-21")
    assert _place_of(events, "arrested") is None  # the lead names no one place


def test_an_event_denied_or_not_yet_held_has_no_place(placed):
    events = placed("Soldiers did not fire on the crowd in Minsk on Sunday.", "2020-08-10")
    assert _place_of(events, "fire on") is None
    events = placed("Rebels will attack Kabul next week, the spokesman warned.", "2020-08-10")
    assert all(p is None for trig, p in events if trig == "attack"), events


def test_the_state_the_article_is_about(placed):
    text = ("Kenya's president said on Monday that Kenya will send more police to the north. "
            "Kenya has faced raids for months. Gunmen killed four villagers on Sunday.")
    place = _place_of(placed(text, "2020-06-21"), "killed")
    assert (place.country, place.precision, place.basis) == ("KEN", "country", "home")
    assert text[place.start:place.end] == "Kenya"


def test_a_name_is_sure_when_its_places_lie_in_one_country_or_one_outnumbers_the_rest():
    gaz = gazetteer()
    assert gaz.sure("London").country == "GBR"  # not London, Ontario
    assert gaz.sure("Oxfordshire").admin1 == "GB.ENG"
    assert gaz.sure("Norfolk") is None  # the English county and the Virginian city
    springfield = gaz.sure("Springfield")
    assert springfield.country == "USA" and springfield.admin1 == ""  # American, of no one state


def test_an_ambiguous_name_follows_the_articles_other_places(placed):
    events = placed("Detectives in London said two men had been charged over a raid on a jeweller's shop. "
                    "One of them was arrested in Norfolk on Tuesday.", "2020-06-21")
    place = _place_of(events, "arrested")
    assert (place.name, place.country, place.precision) == ("Norfolk", "GBR", "admin2")
    events = placed("Hundreds of sailors' families protested in Norfolk on Saturday against the closure of the "
                    "naval base, officials in Richmond, Virginia said.", "2020-06-21")
    assert _place_of(events, "protested").admin1_code == "US.VA"


def test_a_town_of_the_state_the_articles_other_places_lie_in(placed):
    events = placed("Corn growers across Illinois are angry about the fuel tax. "
                    "Hundreds of them protested in Springfield on Monday.", "2020-06-21")
    place = _place_of(events, "protested")
    assert (place.name, place.admin1) == ("Springfield", "Illinois")  # not the larger one of Missouri


def test_a_world_city_against_a_small_namesake_of_the_articles_country(placed):
    events = placed("The governor of Texas said on Monday that thousands had marched in Paris against the "
                    "new US tariffs.", "2020-06-21")
    assert _place_of(events, "marched").country == "FRA"  # not Paris, Texas
    events = placed("Thousands marched in Paris, Texas against the county's new tax on Monday.", "2020-06-21")
    assert _place_of(events, "marched").country == "USA"


def test_a_place_only_a_later_sentence_of_the_lead_gives_is_lent_at_its_state(placed):
    text = ("Police said on Monday that they had arrested a third man over the theft of a painting. "
            "The painting was taken on Friday from Hever Castle in Kent, England. "
            "Officers arrested a 41-year-old man in a raid on Sunday.")
    for trig, place in placed(text, "2020-06-21"):
        assert (place.precision, place.admin1, place.basis) == ("admin1", "England", "article"), trig
        assert text[place.start:place.end] == "Kent"  # the evidence is still the name in the text
    events = placed("Thieves took a painting on Friday from Hever Castle in Kent, England. "
                    "Officers arrested a 41-year-old man in a raid on Sunday.", "2020-06-21")
    assert _place_of(events, "arrested").precision == "admin2"  # the news itself is located there


def test_an_event_at_a_facility_the_gazetteer_cannot_place(placed):
    events = placed("Kenya's president said on Monday that Kenya will send more police to the north. "
                    "Gunmen shot two guards at the Kilima Grand Hotel on Sunday.", "2020-06-21")
    place = _place_of(events, "shot")
    assert place.name == "Kilima Grand Hotel" and place.lat is None  # not Kenya, the article's state
    events = placed("A gunman shot three worshippers on Friday in Leeds, police said. "
                    "Two more people were shot at the Zarqa Mosque on the same day.", "2020-06-21")
    assert [(p.precision, p.admin1) for _, p in events] == [("town", "England"), ("admin1", "England")]
    events = placed("On Friday, a gunman shot worshippers at the Zarqa Mosque in Leeds. "
                    "Two more people were shot at the Zarqa Mosque later that day.", "2020-06-21")
    assert [p.precision for _, p in events] == ["town", "town"]  # the lead names that facility


def test_a_country_after_a_comma_says_where_the_place_lies(placed):
    events = placed("Twin bombings yesterday struck the Jolo Cathedral in Mindanao, Philippines. "
                    "The second blast killed at least 20 people.", "2019-01-28")
    place = _place_of(events, "killed")
    assert (place.country, place.precision, place.basis) == ("PHL", "country", "article")


@needs_cameo  # 'boycotted' is a protest by the CAMEO verb dictionary
def test_the_state_acting_in_a_lead_that_locates_nothing_places_its_measures(placed):
    events = placed("On Thursday, the government of Samoa began a two-day shutdown for a vaccination campaign. "
                    "Businesses and ferries were closed.", "2019-12-07")
    assert _place_of(events, "closed").country == "WSM"
    events = placed("Yesterday, the Parliament of Iraq voted on a resolution to expel United States troops. "
                    "The vote was boycotted by Kurdish members.", "2020-01-06")
    place = _place_of(events, "boycotted")
    assert (place.country, place.precision, place.basis) == ("IRQ", "country", "article")
    # a state at war acts abroad
    events = placed("Turkey began a ground invasion on Wednesday. Troops shelled villages and arrested dozens.",
                    "2019-10-10")
    assert _place_of(events, "arrested") is None


def test_an_event_across_the_country_takes_the_leads_country(placed):
    events = placed("Hundreds gathered at a party in New Delhi on Saturday to drink cow urine. "
                    "Schools were closed across the country on Friday.", "2020-03-16")
    place = _place_of(events, "closed")
    assert (place.country, place.precision) == ("IND", "country")
