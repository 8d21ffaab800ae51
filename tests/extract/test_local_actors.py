"""Unnamed local sides take the state of the place where their event happened
(tacitus/extract/local_actors.py). Sentences written for these tests."""
from __future__ import annotations

import pytest

from tacitus.report import Article


def _sides(pipeline, text):
    report = pipeline.process(Article(text=text, published="2024-03-01"))
    out = []
    for event in report.events:
        for ids, spans in ((event.actors, event.actor_spans), (event.recipients, event.recipient_spans)):
            for actor_id, span in zip(ids, spans):
                actor = report.actor(actor_id)
                out.append((event.trigger.text, actor.name, actor.country, actor.sector, span))
    return report, out


@pytest.mark.parametrize("text, trigger, name, country", [
    ("Police detained eleven students in Mandalay on Tuesday.", "detained", "Police", "MMR"),
    ("Riot police fired tear gas at demonstrators in Nairobi.", "fired", "Riot police", "KEN"),
    ("Villagers blocked a highway near Karachi on Sunday.", "blocked a highway", "Villagers", "PAK"),
    ("Prosecutors in Lyon charged a teacher with fraud.", "charged", "teacher", "FRA"),
])
def test_an_unnamed_local_side_is_of_the_state_where_its_event_happened(pipeline, text, trigger, name, country):
    report, sides = _sides(pipeline, text)
    found = [s for s in sides if s[0] == trigger and s[1] == name]
    assert found and found[0][2] == country, sides
    span = found[0][4]
    assert report.article.text[span.start:span.end] == span.text  # the side's own words stay its evidence


def test_the_placed_actor_holds_the_words_and_no_empty_twin_is_left(pipeline):
    report, sides = _sides(pipeline, "Police arrested two journalists in Minsk on Friday.")
    police = [a for a in report.actors if a.name == "Police"]
    assert [a.country for a in police] == ["BLR"]
    assert police[0].mentions and police[0].mentions[0].text == "Police"


@pytest.mark.parametrize("text, name", [
    ("Soldiers shelled three villages near Idlib on Monday.", "Soldiers"),  # troops are as often foreign
    ("Gunmen attacked a bus in Peshawar.", "Gunmen"),
    ("The ambassador was summoned in Ankara on Monday.", "ambassador"),  # an envoy is a guest of the place
])
def test_sides_that_are_as_often_foreign_take_no_state_from_the_place(pipeline, text, name):
    _, sides = _sides(pipeline, text)
    assert all(country is None for _, n, country, _, _ in sides if n.lower() == name.lower()), sides


def test_a_side_whose_words_name_its_state_keeps_it(pipeline):
    _, sides = _sides(pipeline, "Turkish police detained three Greek fishermen on Lesbos.")
    assert ("Turkish police", "TUR") in {(n, c) for _, n, c, _, _ in sides}


def test_an_event_with_no_place_lends_no_state(pipeline):
    _, sides = _sides(pipeline, "Police arrested a man on Friday.")
    assert all(country is None for _, n, country, _, _ in sides if n in ("Police", "man")), sides


def test_the_police_of_two_places_are_two_actors(pipeline):
    report, sides = _sides(pipeline, "Police arrested a man in Lyon on Friday. On Saturday police detained "
                                     "two women in Geneva.")
    countries = {c for _, n, c, _, _ in sides if n.lower() == "police"}
    assert countries == {"FRA", "CHE"}, sides


@pytest.mark.parametrize("text, name, country", [
    ("Kandahar police arrested three men on Friday.", "Kandahar police", "AFG"),
    ("Mosul officials accused the militia of looting.", "Mosul officials", "IRQ"),
    ("Basra residents protested against power cuts.", "Basra residents", "IRQ"),
    ("Texas officials closed the border crossing.", "Texas officials", "USA"),
])
def test_a_city_or_province_before_a_groups_noun_names_its_state(pipeline, text, name, country):
    _, sides = _sides(pipeline, text)
    assert (name, country) in {(n, c) for _, n, c, _, _ in sides}, sides
