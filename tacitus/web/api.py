"""The JSON API under the pages (documented at /docs and /openapi.json).

Every route reads the store through its public API, with the filters passed as
query parameters (the store binds them as SQL parameters), and pages its results.
"""
from __future__ import annotations

from typing import Annotated, Literal, Optional

from fastapi import APIRouter, Depends, HTTPException, Path, Query, Request

from tacitus.store import limits
from tacitus.store.filters import EVENTS, QUOTES, FilterError
from tacitus.web.state import store_of

router = APIRouter(prefix="/api", tags=["api"])

# an actor id in a URL: a number SQLite can hold (a larger one would fail inside the query)
ActorId = Annotated[int, Path(ge=0, le=limits.MAX_INTEGER)]

MAX_LIMIT = 500


def filter_params(filters, leave_out: tuple[str, ...] = ()):
    """A FastAPI dependency taking each filter declared in `filters` (tacitus.store.filters:
    events or quotes) as a query parameter of its name, and giving the route the dict of
    those set, checked: a misspelt code or a threshold out of range is a 422, a date that
    is no day, month or year a 400 (as the CLI refuses them). An empty value, as a form
    sends an empty field, is no filter. `leave_out`: filters a page sets itself."""
    import inspect

    declared = [f for f in filters if f.name not in leave_out]

    def dependency(**values) -> dict:
        try:
            return filters.clean(values)
        except FilterError as exc:
            raise HTTPException(400 if exc.filter.kind == "period" else 422, str(exc)) from None

    dependency.__signature__ = inspect.Signature([
        inspect.Parameter(f.name, inspect.Parameter.KEYWORD_ONLY,
                          annotation=bool if f.kind == "flag" else Optional[str],
                          default=Query(False if f.kind == "flag" else None, description=f.help))
        for f in declared])
    return dependency


EventFilters = Annotated[dict, Depends(filter_params(EVENTS))]
QuoteFilters = Annotated[dict, Depends(filter_params(QUOTES))]


def _page(limit: int, offset: int) -> dict:
    return {"limit": max(1, min(limit, MAX_LIMIT)), "offset": max(0, offset)}


@router.get("/events", summary="Events, filtered and paged (merged across articles unless merged=false)")
def events(request: Request, filters: EventFilters, merged: bool = True,
           limit: int = Query(50, ge=1, le=MAX_LIMIT), offset: int = Query(0, ge=0)):
    store = store_of(request)
    return {"total": store.count_events(**filters, merged=merged), "limit": limit, "offset": offset,
            "items": store.events(**filters, merged=merged, evidence=True, **_page(limit, offset))}


@router.get("/events/{event_id}", summary="One merged event: every report, each casualty figure with its "
                                         "source, and why the reports were merged")
def event(request: Request, event_id: int = Path(ge=1, le=2**62)):
    store = store_of(request)
    found = store.event(event_id)
    if not found:
        raise HTTPException(404, f"no event {event_id}")
    found["why"] = store.explain(event_id)
    return found


@router.get("/timeline", summary="Events per day, by PLOVER type or by quad class (conflict/cooperation)")
def timeline(request: Request, filters: EventFilters, by: Literal["type", "quad"] = "type"):
    return {"by": by, "counts": timeline_counts(store_of(request), filters, by)}


@router.get("/counts", summary="Events counted per country, dyad, type, week, ... (by=country,type,week); "
            "format=csv for a file")
def counts(request: Request, filters: EventFilters, by: str = "country,type,week",
           format: Literal["json", "csv"] = "json"):
    from tacitus.store.counts import CountsError, parse_by

    try:
        dims = parse_by(by)
    except CountsError as exc:
        raise HTTPException(422, str(exc).replace("--by", "by")) from None
    rows = store_of(request).event_counts(by=dims, **filters)
    if format == "csv":
        return counts_csv(rows, dims)
    return {"by": dims, "rows": rows}


@router.get("/map", summary="Located events grouped by place (lat, lon, place, country, events, types, ids)")
def map_points(request: Request, filters: EventFilters):
    return {"points": store_of(request).event_points(**filters)}


@router.get("/map/world", summary="The world outline the map draws: 1-degree cells that hold a town")
def map_world():
    from tacitus.geo import land_cells

    return {"step": 1.0, "cells": land_cells()}


def counts_csv(rows: list[dict], dims: list[str]):
    """The counts as a CSV download."""
    import csv
    import io

    from fastapi.responses import Response

    out = io.StringIO()
    writer = csv.DictWriter(out, fieldnames=[*dims, "events"])
    writer.writeheader()
    writer.writerows(rows)
    return Response(out.getvalue(), media_type="text/csv",
                    headers={"Content-Disposition": f'attachment; filename="tacitus-counts-{"-".join(dims)}.csv"'})


QUAD_CLASSES = {1: "verbal cooperation", 2: "material cooperation", 3: "verbal conflict", 4: "material conflict"}


def timeline_counts(store, filters: dict, by: str) -> list[dict]:
    """The store's counts per day, with CAMEO quad classes named rather than numbered."""
    counts = store.timeline_counts(**filters, by=by)
    if by == "quad":
        for row in counts:
            row["key"] = QUAD_CLASSES.get(row["key"], "uncoded")
    return counts


@router.get("/quotes", summary="Quotes, searched by text, speaker, date, channel, source and act")
def quotes(request: Request, filters: QuoteFilters, limit: int = Query(50, ge=1, le=MAX_LIMIT),
           offset: int = Query(0, ge=0)):
    store = store_of(request)
    return {"limit": limit, "offset": offset,
            "items": store.quotes(**filters, evidence=True, **_page(limit, offset))}


@router.get("/actors", summary="Actors of the knowledge base, searched by name or alias")
def actors(request: Request, q: Optional[str] = None, limit: int = Query(50, ge=1, le=MAX_LIMIT),
           offset: int = Query(0, ge=0)):
    return _search(store_of(request).actors, q, limit, offset)


def _search(listing, q: Optional[str], limit: int, offset: int) -> dict:
    return {"limit": limit, "offset": offset, "items": listing(q=(q or "").strip() or None, **_page(limit, offset))}


@router.get("/actors/{actor_id}", summary="One actor: role, aliases, country, sector")
def actor(request: Request, actor_id: ActorId):
    found = store_of(request).actor(actor_id)
    if not found:
        raise HTTPException(404, f"no actor {actor_id!r}")
    return found


@router.get("/actors/{actor_id}/network", summary="Whom the actor acts on, and who acts on them")
def actor_network(request: Request, actor_id: ActorId):
    if not store_of(request).actor(actor_id):
        raise HTTPException(404, f"no actor {actor_id!r}")
    return {"edges": store_of(request).actor_network(actor_id)}


@router.get("/articles", summary="Articles, searched by title and text")
def articles(request: Request, q: Optional[str] = None, limit: int = Query(50, ge=1, le=MAX_LIMIT),
             offset: int = Query(0, ge=0)):
    return _search(store_of(request).articles, q, limit, offset)


@router.get("/articles/{article_id:path}", summary="The full Report of one article: text and every span")
def article(request: Request, article_id: str):
    report = store_of(request).report(article_id)
    if report is None:
        raise HTTPException(404, f"no article {article_id!r}")
    return report.to_dict()
