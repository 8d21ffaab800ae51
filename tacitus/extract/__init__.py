"""Extractors: one module a job, run in order over one parsed article.

Order matters: time expressions and actors come first because quotes and events
refer to them; dates are attached last, once every quote and event is known.
"""
from __future__ import annotations

from tacitus.extract.context import Context
from tacitus.report import Article, Report


def run(doc, article: Article, model: str | None = None) -> Report:
    """Everything Tacitus extracts from one parsed article."""
    from tacitus.extract import coref, event_places, events, local_actors, quotes, time, tolls

    ctx = Context.create(doc, article)
    ctx.times = time.find_times(doc, ctx.published)
    ctx.actors = coref.actor_table(doc, ctx)
    ctx.quotes = quotes.find_quotes(ctx)
    ctx.events, ctx.claims = events.find_events(ctx)
    time.date_quotes_and_events(ctx)
    event_places.place_unplaced_events(ctx)  # needs the dates: background events keep no lead place
    local_actors.lend_place_countries(ctx)  # needs the places: "police" of the state where they acted
    casualties = tolls.incident_casualties(ctx)  # the incident's toll, counted once
    tolls.attach_to_events(ctx, casualties)
    return Report(
        article=article,
        actors=ctx.actors.export(),
        quotes=ctx.quotes,
        events=ctx.events,
        claims=ctx.claims,
        times=ctx.times,
        casualties=casualties,
        model=model,
    )
