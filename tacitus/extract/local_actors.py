"""Unnamed local people and bodies take the state where their event happened.

"Police detained eight people", "a man was shot", "prosecutors said", "officials
confirmed": the text names no state, yet the event's place does ("in Wuhan", or the
place the lead gives the story), and the police, prosecutors, residents and officials
of a place are that place's. Event coders read them so: PLOVER's gold records code
"students at Cumhuriyet University" in Sivas as Turkish, ACLED codes "Police Forces of
China". The state is lent only to sectors that are local by nature; soldiers, rebels,
gunmen, spies, diplomats and refugees are as often foreign to the place where they act,
and keep no country unless their own words give one.

The lent country's evidence is the event's place (its offsets in `Event.place`): the
actor with the country is a second actor for the same words ("police" of China beside
"police" of nowhere, one per phrase and country, as `generic_actors.resolve` keys them).
"""
from __future__ import annotations

from tacitus.lexicons.word_classes import word_class

# sectors of people and bodies that belong to the place where they act
LOCAL_SECTORS = frozenset({
    "COP", "JUD", "GOV", "LEG", "CVL", "EDU", "MED", "HLH", "LAB", "AGR", "BUS", "REL", "JRN", "SOC", "PTY",
    "ELI",
})


def lend_place_countries(ctx) -> None:
    """Give each event's unnamed local sides (a generic actor with no country, of a local
    sector) the country of the event's place; an actor left with no mention and no part in
    anything is dropped (its words now name the placed one)."""
    table = ctx.actors
    # unnamed groups: the actor table's ("group:police") and the generic actors' ("generic:police:")
    key_of = {actor_id: key for key, actor_id in table._by_key.items() if key.startswith(("group:", "generic:"))}
    foreign = word_class("posted_abroad_words")
    moved = set()
    for event in ctx.events:
        country = event.place.country if event.place is not None else None
        if not country:
            continue
        for ids, spans in ((event.actors, event.actor_spans), (event.recipients, event.recipient_spans)):
            for n, actor_id in enumerate(ids):
                actor = table.get(actor_id)
                key = key_of.get(actor_id)
                if actor is None or key is None or actor.country or actor.sector not in LOCAL_SECTORS:
                    continue
                if foreign & set(actor.name.lower().split()):
                    continue  # "the ambassador": a state's envoy is seldom of the state he is posted to
                placed = _placed_actor(table, key_of, actor, country)
                if placed.id in ids:
                    continue
                ids[n] = placed.id
                if n < len(spans):
                    _move_mention(actor, placed, spans[n])
                moved.add(actor.id)
    if moved:
        _drop_unused(ctx, moved)


def _placed_actor(table, key_of, actor, country):
    placed_key = f"generic:{actor.name.lower()}:{country}"  # as generic_actors.resolve keys one
    placed_id = table._by_key.get(placed_key)
    if placed_id is not None:
        return table.get(placed_id)
    placed = table.new_actor(actor.name, actor.kind, placed_key, country=country, sector=actor.sector)
    key_of[placed.id] = placed_key
    return placed


def _move_mention(actor, placed, span) -> None:
    """The side's words become the placed actor's mention (and no longer the unplaced one's)."""
    same = [m for m in actor.mentions if (m.start, m.end) == (span.start, span.end)]
    for m in same:
        actor.mentions.remove(m)
    if not any((m.start, m.end) == (span.start, span.end) for m in placed.mentions):
        placed.mentions.append(same[0] if same else span)


def _drop_unused(ctx, candidates) -> None:
    used = set()
    for event in ctx.events:
        used.update(event.actors, event.recipients)
        used.update(s.actor for s in event.sources if s.actor)
    for quote in ctx.quotes:
        used.update(x for x in (quote.speaker, quote.addressee) if x)
        used.update(s.actor for s in quote.via if s.actor)
    for claim in ctx.claims:
        if claim.speaker:
            used.add(claim.speaker)
    table = ctx.actors
    for actor_id in candidates:
        actor = table.get(actor_id)
        if actor is not None and actor_id not in used and not actor.mentions:
            table.actors.remove(actor)
