"""Actors and the words that refer to them, on text written for these tests."""
from __future__ import annotations

import pytest

from tacitus.extract.actors import clean_name
from tacitus.extract.coref import actor_table
from tacitus.extract.context import Context
from tacitus.report import Article

TEXT = (
    "German Chancellor Klaus Wegener met French President Amelie Laurent in Brussels on Monday. "
    "Wegener said he wanted a common budget. Laurent, a former banker, rejected the plan, "
    "and the French leader told reporters it was premature.\n\n"
    "Moscow warned that the move would harm relations. Kremlin aide Oleg Saburov said Russian "
    "diplomats would respond. Several senior German officials declined to comment. "
    "The European Union (EU) issued a statement; the EU said talks would go on. "
    "Later, the chancellor called Laurent. Emmanuel Macron was not present."
)


@pytest.fixture(scope="module")
def table(pipeline):
    doc = pipeline.nlp(TEXT)
    return actor_table(doc, Context.create(doc, Article(text=TEXT, published="2024-03-04")))


def at(text: str, phrase: str, nth: int = 0) -> tuple[int, int]:
    start = -1
    for _ in range(nth + 1):
        start = text.index(phrase, start + 1)
    return start, start + len(phrase)


def actor_of(table, phrase, nth=0):
    return table.get(table.resolve(*at(TEXT, phrase, nth)))


def test_title_gives_role_country_and_sector(table):
    wegener = actor_of(table, "Klaus Wegener")
    assert (wegener.name, wegener.country, wegener.sector) == ("Klaus Wegener", "DEU", "GOV")
    assert wegener.role == "Chancellor of Germany"
    laurent = actor_of(table, "Amelie Laurent")
    assert (laurent.country, laurent.role) == ("FRA", "President of France")
    saburov = actor_of(table, "Oleg Saburov")
    assert (saburov.country, saburov.sector, saburov.role) == ("RUS", "GOV", "Kremlin aide")


def test_surname_joins_the_full_name(table):
    assert actor_of(table, "Wegener", 1).name == "Klaus Wegener"
    assert actor_of(table, "Laurent", 1).name == "Amelie Laurent"


def test_pronoun_takes_the_subject_of_its_sentence(table):
    assert actor_of(table, "he wanted").name == "Klaus Wegener"


def test_descriptions_resolve_by_title_and_nationality(table):
    assert actor_of(table, "the French leader").name == "Amelie Laurent"
    assert actor_of(table, "the chancellor").name == "Klaus Wegener"


def test_metonym_acting_is_the_government(table):
    moscow = actor_of(table, "Moscow")
    assert (moscow.kind, moscow.country, moscow.sector) == ("state", "RUS", "GOV")


def test_place_only_located_is_not_an_actor(table):
    assert table.resolve(*at(TEXT, "Brussels")) is None


def test_group_is_added_on_demand_with_its_country(table):
    group = table.get(table.resolve_or_add(at(TEXT, "Several senior German officials")))
    assert (group.name, group.kind, group.country, group.sector) == ("German officials", "group", "DEU", "GOV")
    # asking again gives the same actor, not a second one
    assert table.resolve_or_add(at(TEXT, "German officials")) == group.id


def test_acronym_joins_the_organisation(table):
    assert actor_of(table, "EU said").name == "European Union"
    assert actor_of(table, "EU said").sector == "IGO"


def test_known_actor_lexicon_fills_country(table):
    macron = actor_of(table, "Emmanuel Macron")
    assert (macron.country, macron.sector) == ("FRA", "GOV")


def test_every_mention_is_evidence(table):
    for actor in table.export():
        for m in actor.mentions:
            assert TEXT[m.start:m.end] == m.text


@pytest.mark.parametrize("raw,clean", [("Anna Berg’s", "Anna Berg"), ("Labour Party - 203", "Labour Party"),
                                       ("W]e", ""), ("5,000", "")])
def test_clean_name(raw, clean):
    assert clean_name(raw) == clean


def test_reference_article_actors(example_report, example_expected):
    by_name = {a.name: a for a in example_report.actors}
    for name, info in example_expected["actors"].items():
        if name not in by_name:
            continue  # groups appear once a quote or event names them (checked in their tests)
        actor = by_name[name]
        assert (actor.country, actor.sector) == (info["country"], info["sector"]), name
    for name in ("Donald Trump", "Vladimir Putin", "JD Vance", "Marco Rubio", "Volodymyr Zelenskyy",
                 "Dmitry Peskov"):
        assert name in by_name
    mentions = {m.text for m in by_name["Donald Trump"].mentions}
    assert {"President Donald Trump", "Trump", "President Trump", "the president"} <= mentions
    assert "Vladimir" in {m.text for m in by_name["Vladimir Putin"].mentions}
    assert "the Ukrainian leader" in {m.text for m in by_name["Volodymyr Zelenskyy"].mentions}
    assert "He" in {m.text for m in by_name["Dmitry Peskov"].mentions}


def test_surname_alone_is_the_person_whatever_ner_says(pipeline):
    text = ("Senator Mara Quell of the Alder Party spoke on Tuesday. Quell said the vote was close, "
            "and Quell later thanked her staff.")
    doc = pipeline.nlp(text)
    table = actor_table(doc, Context.create(doc, Article(text=text)))
    ids = {table.resolve(m.start(), m.end()) for m in __import__("re").finditer("Quell", text)}
    assert len(ids) == 1 and table.get(ids.pop()).name == "Mara Quell"


def test_us_state_is_not_a_foreign_town():
    from tacitus.geo import gazetteer

    gaz = gazetteer()
    assert (gaz.place("Florida").country, gaz.place("Florida").kind) == ("USA", "region")
    assert gaz.place("Georgia").kind == "country"  # the country keeps its name
    assert gaz.place("Washington").kind == "city"


def test_known_surname_alone_gets_country(pipeline):
    text = "Putin said on Monday that talks would continue."
    doc = pipeline.nlp(text)
    table = actor_table(doc, Context.create(doc, Article(text=text, published="2024-01-10")))
    putin = table.get(table.resolve(0, 5))
    assert (putin.country, putin.sector) == ("RUS", "GOV")


def test_gazetteer_ignores_small_towns_alternate_names():
    from tacitus.geo import gazetteer

    gaz = gazetteer()
    assert gaz.place("Hamas") is None  # an alternate name of a German town
    assert gaz.place("Constanta").country == "ROU"  # diacritics folded
    assert gaz.place("Kiev").name == "Kyiv"  # a major city's exonym


def _table(pipeline, text):
    doc = pipeline.nlp(text)
    return actor_table(doc, Context.create(doc, Article(text=text)))


def test_organisation_takes_the_country_its_name_leads_with(pipeline):
    text = "The Velgian Union of Farmers met the Nigerian Union of Teachers on Friday."
    table = _table(pipeline, text)
    union = table.get(table.resolve(*at(text, "Nigerian Union of Teachers")))
    assert union.country == "NGA" and union.kind == "organization"


def test_capital_acting_is_its_government(pipeline):
    text = "Khartoum rejected the proposal, and Nairobi said it would try again."
    table = _table(pipeline, text)
    assert table.get(table.resolve(*at(text, "Khartoum"))).country == "SDN"
    nairobi = table.resolve(*at(text, "Nairobi"))
    assert table.get(nairobi).country == "KEN"
    assert table.resolve(*at(text, "it would")[:1], at(text, "it would")[0] + 2) == nairobi


def test_group_inherits_its_organisations_sector(pipeline):
    text = "The United Nations sent a mission. U.N. officials said the mission would stay."
    table = _table(pipeline, text)
    group = table.get(table.resolve_or_add(at(text, "U.N. officials")))
    assert group.sector == "IGO"


def test_coordinated_phrases_name_every_actor(pipeline):
    text = ("The minister met European and Ukrainian leaders in Paris. "
            "Russia and Ukraine traded accusations.")
    table = _table(pipeline, text)
    groups = [table.get(i) for i in table.resolve_all(at(text, "European and Ukrainian leaders"))]
    assert [(g.name, g.country) for g in groups] == [("European leaders", None), ("Ukrainian leaders", "UKR")]
    states = [table.get(i).country for i in table.resolve_all(at(text, "Russia and Ukraine"))]
    assert states == ["RUS", "UKR"]


def test_first_name_alone_joins_the_person(pipeline):
    text = "Prime Minister Oskar Lindqvist spoke first. Later, Oskar admitted the plan had failed."
    table = _table(pipeline, text)
    assert table.get(table.resolve(*at(text, "Oskar", 1))).name == "Oskar Lindqvist"


def test_sector_comes_from_the_body_a_generic_title_names(pipeline):
    text = "Senate Majority Leader Ann Corr and Army spokesman Rui Vale spoke on Friday."
    table = _table(pipeline, text)
    assert table.get(table.resolve(*at(text, "Ann Corr"))).sector == "LEG"
    assert table.get(table.resolve(*at(text, "Rui Vale"))).sector == "MIL"


def test_names_meet_across_diacritics_and_platforms_are_not_people(pipeline):
    text = ("Turkish President Recep Tayyip Erdoğan spoke in Ankara. Erdogan later wrote on Twitter "
            "that the talks had failed, and Twitter removed the post.")
    table = _table(pipeline, text)
    assert table.resolve(*at(text, "Erdogan")) == table.resolve(*at(text, "Recep Tayyip Erdoğan"))
    assert all(a.kind != "person" for a in table.export() if a.name == "Twitter")


def test_province_and_continent_are_places_not_states(pipeline):
    text = "Louisiana voted on Tuesday while Asia watched, and Kenya said it would respond."
    table = _table(pipeline, text)
    assert table.resolve(*at(text, "Louisiana")) is None
    assert table.resolve(*at(text, "Asia")) is None
    assert table.get(table.resolve(*at(text, "Kenya"))).country == "KEN"


def test_unqualified_officials_belong_to_the_state_the_article_is_about(pipeline):
    text = ("Kenya declared a state of emergency on Monday. Prime Minister Ole Tanui said Kenya would "
            "rebuild, and Kenya asked for help from Uganda. Authorities closed the schools. "
            "Nairobi Governor Amos Kip and Ohio Governor Jane Fisk visited the site.")
    table = _table(pipeline, text)
    assert table.get(table.resolve(*at(text, "Ole Tanui"))).country == "KEN"
    assert table.get(table.resolve_or_add(at(text, "Authorities"))).country == "KEN"
    assert table.get(table.resolve(*at(text, "Jane Fisk"))).country == "USA"  # from the state named


def test_no_home_country_when_none_dominates(pipeline):
    text = "Kenya and Uganda signed a deal. Prime Minister Ole Tanui welcomed it."
    table = _table(pipeline, text)
    assert table.get(table.resolve(*at(text, "Ole Tanui"))).country is None


@pytest.mark.parametrize("text,phrase", [
    ("The union raised fears that the factory would close.", "The union"),
    ("The Varn Ministry of Health said so. The Varn professor added that it was late.", "The Varn professor"),
    ("The wife of Oskar Bel said the house was empty.", "The wife of Oskar Bel"),
])
def test_descriptions_are_not_the_names_inside_them(pipeline, text, phrase):
    table = _table(pipeline, text)
    assert table.resolve_or_add(at(text, phrase)) is None


def test_given_name_is_not_a_town(pipeline):
    text = "His wife Mary said the family would stay."
    table = _table(pipeline, text)
    assert all(a.kind != "state" for a in table.export())


def test_country_written_after_the_name(pipeline):
    text = "President Ana Ruiz of Chile gave a warm welcome to the delegation."
    table = _table(pipeline, text)
    assert table.get(table.resolve(*at(text, "Ana Ruiz"))).country == "CHL"


def test_an_organisation_named_like_a_town_is_not_that_town(pipeline):
    text = "Veloria may ask the Union to widen its sanctions."
    table = _table(pipeline, text)
    found = table.resolve_or_add(at(text, "the Union"))
    assert found is None or table.get(found).kind != "state"


def _report(pipeline, text, published="2019-09-15"):
    report = pipeline.process(Article(text=text, published=published, id="t"))
    return report, {a.id: a for a in report.actors}


def _person(report, name):
    return next(a for a in report.actors if a.name == name)


def test_a_groups_member_takes_the_groups_sector_not_a_state_named_nearby(pipeline):
    report, _ = _report(pipeline, (
        "Saudi Arabia said drones hit two of its oil plants on Saturday. Saudi Arabia's defence "
        "ministry said Saudi Arabia would respond. Houthi military spokesman Nabil Qasim said "
        "the group had launched the drones. Taliban spokesman Omar Wardak denied any role."))
    qasim = _person(report, "Nabil Qasim")
    assert (qasim.country, qasim.sector) == (None, "REB")  # not SAU, the state the article is about
    wardak = _person(report, "Omar Wardak")
    assert wardak.sector == "REB" and wardak.country != "SAU"


def test_a_role_phrase_belongs_to_its_own_head_noun(pipeline):
    report, _ = _report(pipeline, (
        "Rick Dalton, the former campaign chairman for President Donald Trump, was sentenced on "
        "Thursday. A former aide to Senator Mitch McConnell and a former advisor for U.S. "
        "President Donald Trump were also charged."), "2019-03-15")
    trump = _person(report, "Donald Trump")
    assert trump.role == "President of United States"
    assert all(not m.text.lower().startswith(("former", "manager", "advisor")) for m in trump.mentions)
    dalton = _person(report, "Rick Dalton")
    assert dalton.role and "President" not in dalton.role


def test_a_capitalised_modifier_of_an_event_noun_is_no_one(pipeline):
    report, actors = _report(pipeline, "Tuesday, March 3, 2020\n\nDouble bombings struck a market in Kano. "
                                       "Triple attacks followed on Wednesday.", "2020-03-03")
    names = {a.name for a in report.actors}
    assert not names & {"Double", "Triple"}


def test_an_organisation_named_against_a_group_is_not_that_group(pipeline):
    report, _ = _report(pipeline, "The International Alliance Against Al-Shabaab met on Monday. "
                                  "The Coalition to Counter Boko Haram issued a statement.")
    for actor in report.actors:
        if "Alliance" in actor.name or "Coalition" in actor.name:
            assert actor.sector != "REB", actor


def test_a_word_of_a_longer_name_is_no_state_and_no_span(pipeline):
    report, actors = _report(pipeline, (
        "The coalition collapsed on Thursday when the Green Alliance withdrew its three ministers. "
        "Protesters attacked United Nations peacekeepers near the airport on Tuesday."))
    assert all(a.country != "USA" for a in report.actors)  # Green, Ohio is not the Green Alliance
    spans = [s.text for e in report.events for s in e.actor_spans + e.recipient_spans]
    assert "Nations" not in spans and "Green" not in spans
