"""The HTML pages: timeline, actors, quotes, articles with their evidence.

Templates autoescape everything; the only pre-built HTML is the article text from
`evidence.article_html`, which escapes every piece of text itself.
"""
from __future__ import annotations

import json
from pathlib import Path
from typing import Optional
from urllib.parse import urlencode

from fastapi import APIRouter, HTTPException, Request
from fastapi.responses import HTMLResponse, RedirectResponse
from fastapi.templating import Jinja2Templates
from markupsafe import Markup

from tacitus.web import evidence, network, queries
from tacitus.web.api import event_filters, quote_filters, timeline_counts
from tacitus.web.app import store_of

router = APIRouter(include_in_schema=False)
templates = Jinja2Templates(directory=Path(__file__).parent / "templates")
PAGE_SIZE = 50


def _json_for_script(data) -> Markup:
    """JSON safe to place inside <script type="application/json">: no "</script>" can end it."""
    text = json.dumps(data, ensure_ascii=False)
    return Markup(text.replace("<", "\\u003c").replace(">", "\\u003e").replace("&", "\\u0026"))


def _pager(request: Request, page: int, has_more: bool) -> dict:
    """Links to the previous and next page, keeping the other query parameters."""
    params = {k: v for k, v in request.query_params.items() if k != "page" and v}

    def link(n: int) -> str:
        return "?" + urlencode({**params, "page": n})

    return {"page": page, "prev": link(page - 1) if page > 1 else None, "next": link(page + 1) if has_more else None}


def _render(request: Request, name: str, **context) -> HTMLResponse:
    return templates.TemplateResponse(request, name, context)


def error_page(request: Request, status: int, message: str) -> HTMLResponse:
    """A page (not JSON) for a page that does not exist: 'no actor 999999'."""
    title = {404: "Not found"}.get(status, "Error")
    return templates.TemplateResponse(request, "error.html", {"status": status, "title": title,
                                                               "message": message}, status_code=status)


@router.get("/docs", response_class=HTMLResponse)
def api_docs(request: Request):
    """The API's documentation: Swagger UI served from this app, started by a script file
    (no inline script, so the Content-Security-Policy stays strict)."""
    return _render(request, "docs.html")


@router.get("/", response_class=HTMLResponse)
def home():
    return RedirectResponse("/timeline", status_code=307)


@router.get("/timeline", response_class=HTMLResponse)
def timeline(request: Request, actor: Optional[str] = None, recipient: Optional[str] = None,
             country: Optional[str] = None, type: Optional[str] = None, date_from: Optional[str] = None,
             date_to: Optional[str] = None, q: Optional[str] = None, by: str = "type", page: int = 1):
    by = "quad" if by == "quad" else "type"
    page = max(1, page)
    filters = event_filters(actor, recipient, country, type, None, None, date_from, date_to, None, q)
    store = store_of(request)
    counts = timeline_counts(store, filters, by)
    total = store.count_events(**filters)
    items = queries.link_events(store.conn, store.events(**filters, limit=PAGE_SIZE, offset=(page - 1) * PAGE_SIZE))
    return _render(request, "timeline.html", filters=filters, by=by, counts=counts, total=total,
                   chart_data=_json_for_script({"by": by, "counts": counts}), events=items,
                   pager=_pager(request, page, page * PAGE_SIZE < total))


def _search_page(request: Request, what: str, q: Optional[str], page: int) -> HTMLResponse:
    """A list page searched by words: "actors" or "articles" (the store method and the template)."""
    page = max(1, page)
    listing = getattr(store_of(request), what)
    items = listing(q=(q or "").strip() or None, limit=PAGE_SIZE + 1, offset=(page - 1) * PAGE_SIZE)
    return _render(request, f"{what}.html", q=q or "", items=items[:PAGE_SIZE],
                   pager=_pager(request, page, len(items) > PAGE_SIZE))


@router.get("/actors", response_class=HTMLResponse)
def actors(request: Request, q: Optional[str] = None, page: int = 1):
    return _search_page(request, "actors", q, page)


@router.get("/actor/{actor_id}", response_class=HTMLResponse)
def actor(request: Request, actor_id: int):
    store = store_of(request)
    found = store.actor(actor_id)
    if not found:
        raise HTTPException(404, f"no actor {actor_id}")
    edges = store.actor_network(actor_id)
    return _render(
        request, "actor.html", actor=found,
        statements=queries.link_quotes(store.conn, store.quotes(speaker=actor_id, limit=PAGE_SIZE, offset=0)),
        actions=queries.link_events(store.conn, store.events(actor=actor_id, limit=PAGE_SIZE, offset=0)),
        acted_on=queries.link_events(store.conn, store.events(recipient=actor_id, limit=PAGE_SIZE, offset=0)),
        svg=Markup(network.svg(found, edges)),
    )


@router.get("/quotes", response_class=HTMLResponse)
def quotes(request: Request, q: Optional[str] = None, speaker: Optional[str] = None,
           date_from: Optional[str] = None, date_to: Optional[str] = None, channel: Optional[str] = None,
           via: Optional[str] = None, page: int = 1):
    page = max(1, page)
    filters = quote_filters(q, speaker, date_from, date_to, channel, via)
    store = store_of(request)
    items = queries.link_quotes(store.conn, store.quotes(**filters, limit=PAGE_SIZE + 1,
                                                         offset=(page - 1) * PAGE_SIZE))
    return _render(request, "quotes.html", filters=filters, quotes=items[:PAGE_SIZE],
                   pager=_pager(request, page, len(items) > PAGE_SIZE))


@router.get("/articles", response_class=HTMLResponse)
def articles(request: Request, q: Optional[str] = None, page: int = 1):
    return _search_page(request, "articles", q, page)


@router.get("/article/{article_id:path}", response_class=HTMLResponse)
def article(request: Request, article_id: str):
    report = store_of(request).report(article_id)
    if report is None:
        raise HTTPException(404, f"no article {article_id!r}")
    marks = evidence.highlights(report)
    first = {}  # (ref, kind) -> anchor of its first highlight, for the "evidence" links
    for h in sorted(marks, key=lambda h: h.start):
        first.setdefault((h.ref, h.kind), evidence.anchor(h))
    return _render(request, "article.html", report=report, article_id=article_id,
                   body=Markup(evidence.render(report.article.text, marks)), first=first,
                   names={a.id: a.name for a in report.actors})
