"""The JSON API under the pages (documented at /docs and /openapi.json).

Every route reads the store through its public API, with the filters passed as
query parameters (the store binds them as SQL parameters), and pages its results.
"""
from __future__ import annotations

from typing import Annotated, Literal, Optional

from fastapi import APIRouter, HTTPException, Path, Query, Request

from tacitus.store import codes, limits
from tacitus.timex.period import bound
from tacitus.web import queries
from tacitus.web.state import store_of

router = APIRouter(prefix="/api", tags=["api"])

# an actor id in a URL: a number SQLite can hold (a larger one would fail inside the query)
ActorId = Annotated[int, Path(ge=0, le=limits.MAX_INTEGER)]

MAX_LIMIT = 500
# only events coded with at least this confidence (a merged event: its surest report)
MIN_CONFIDENCE = Query(None, ge=0, le=1, description="only events whose confidence (0-1) is at least this; "
                       "a merged event passes when one of its reports does, one of unknown confidence never")


def event_filters(
    actor: Optional[str] = None, recipient: Optional[str] = None, country: Optional[str] = None,
    type: Optional[str] = None, mode: Optional[str] = None, status: Optional[str] = None,
    date_from: Optional[str] = None, date_to: Optional[str] = None, place: Optional[str] = None,
    q: Optional[str] = None, min_confidence: Optional[str | float] = None,
) -> dict:
    """The event filters shared by the events list, the counts and the timeline."""
    raw = dict(actor=actor, recipient=recipient, country=country, type=type, mode=mode, status=status,
               date_from=date_from, date_to=date_to, place=place, q=q)
    filters = {k: v.strip() for k, v in raw.items() if v is not None and v.strip()}
    for kind in ("type", "mode", "status"):
        try:
            filters[kind] = codes.check(kind, filters.get(kind))
        except codes.UnknownCode as exc:  # as in the CLI: a misspelt code is an error, not an empty list
            raise HTTPException(422, str(exc))
    filters = _checked_dates({k: v for k, v in filters.items() if v})
    threshold = _confidence(min_confidence)
    return filters if threshold is None else {**filters, "min_confidence": threshold}


def _confidence(value: Optional[str | float]) -> Optional[float]:
    """A confidence threshold from 0 to 1 ("" from an empty form field: none); else 422."""
    if value is None or isinstance(value, str) and not value.strip():
        return None
    try:
        number = float(value)
    except ValueError:
        number = float("nan")
    if not 0 <= number <= 1:  # also NaN
        raise HTTPException(422, f"min_confidence {value}: expected a number from 0 to 1")
    return number


def _checked_dates(filters: dict) -> dict:
    """A date filter is a day, a month or a year ("2025-05-03", "2025-05", "2025"): else 400."""
    for key in ("date_from", "date_to"):
        if key in filters:
            try:
                bound(filters[key], "from")
            except ValueError as exc:
                raise HTTPException(400, f"{key}: {exc}") from None
    return filters


def _page(limit: int, offset: int) -> dict:
    return {"limit": max(1, min(limit, MAX_LIMIT)), "offset": max(0, offset)}


@router.get("/events", summary="Events, filtered and paged (merged across articles unless merged=false)")
def events(request: Request, actor: Optional[str] = None, recipient: Optional[str] = None,
           country: Optional[str] = None, type: Optional[str] = None, mode: Optional[str] = None,
           status: Optional[str] = None, date_from: Optional[str] = None, date_to: Optional[str] = None,
           place: Optional[str] = None, q: Optional[str] = None, merged: bool = True,
           date_stated: bool = Query(False, description="only events whose text gives their date "
                                                        "(not the publication date assumed)"),
           limit: int = Query(50, ge=1, le=MAX_LIMIT), offset: int = Query(0, ge=0),
           min_confidence: Optional[float] = MIN_CONFIDENCE):
    filters = event_filters(actor, recipient, country, type, mode, status, date_from, date_to, place, q,
                            min_confidence)
    if date_stated:
        filters["date_stated"] = True
    store = store_of(request)
    return {"total": store.count_events(**filters, merged=merged), "limit": limit, "offset": offset,
            "items": queries.link_events(store.conn, store.events(**filters, merged=merged, **_page(limit, offset)))}


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
def timeline(request: Request, by: Literal["type", "quad"] = "type", actor: Optional[str] = None,
             recipient: Optional[str] = None, country: Optional[str] = None, type: Optional[str] = None,
             date_from: Optional[str] = None, date_to: Optional[str] = None, q: Optional[str] = None,
             status: Optional[str] = None, date_stated: bool = False,
             min_confidence: Optional[float] = MIN_CONFIDENCE):
    filters = event_filters(actor, recipient, country, type, None, status, date_from, date_to, None, q,
                            min_confidence)
    if date_stated:
        filters["date_stated"] = True
    return {"by": by, "counts": timeline_counts(store_of(request), filters, by)}


@router.get("/counts", summary="Events counted per country, dyad, type, week, ... (by=country,type,week); "
            "format=csv for a file")
def counts(request: Request, by: str = "country,type,week", actor: Optional[str] = None,
           recipient: Optional[str] = None, country: Optional[str] = None, type: Optional[str] = None,
           mode: Optional[str] = None, date_from: Optional[str] = None, date_to: Optional[str] = None,
           place: Optional[str] = None, q: Optional[str] = None, format: Literal["json", "csv"] = "json",
           min_confidence: Optional[float] = MIN_CONFIDENCE):
    from tacitus.store.counts import CountsError, parse_by

    try:
        dims = parse_by(by)
    except CountsError as exc:
        raise HTTPException(422, str(exc).replace("--by", "by")) from None
    filters = event_filters(actor, recipient, country, type, mode, None, date_from, date_to, place, q, min_confidence)
    rows = store_of(request).event_counts(by=dims, **filters)
    if format == "csv":
        return counts_csv(rows, dims)
    return {"by": dims, "rows": rows}


@router.get("/map", summary="Located events grouped by place (lat, lon, place, country, events, types, ids)")
def map_points(request: Request, actor: Optional[str] = None, recipient: Optional[str] = None,
               country: Optional[str] = None, type: Optional[str] = None, date_from: Optional[str] = None,
               date_to: Optional[str] = None, q: Optional[str] = None,
               min_confidence: Optional[float] = MIN_CONFIDENCE):
    filters = event_filters(actor, recipient, country, type, None, None, date_from, date_to, None, q, min_confidence)
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


@router.get("/quotes", summary="Quotes, searched by text, speaker, date, channel and source")
def quotes(request: Request, q: Optional[str] = None, speaker: Optional[str] = None,
           date_from: Optional[str] = None, date_to: Optional[str] = None, channel: Optional[str] = None,
           via: Optional[str] = None, limit: int = Query(50, ge=1, le=MAX_LIMIT), offset: int = Query(0, ge=0)):
    filters = quote_filters(q, speaker, date_from, date_to, channel, via)
    store = store_of(request)
    return {"limit": limit, "offset": offset,
            "items": queries.link_quotes(store.conn, store.quotes(**filters, **_page(limit, offset)))}


def quote_filters(q=None, speaker=None, date_from=None, date_to=None, channel=None, via=None) -> dict:
    raw = dict(q=q, speaker=speaker, date_from=date_from, date_to=date_to, channel=channel, via=via)
    return _checked_dates({k: v.strip() for k, v in raw.items() if v is not None and v.strip()})


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
