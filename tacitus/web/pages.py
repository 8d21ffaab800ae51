"""The HTML pages: timeline, actors, quotes, articles with their evidence.

Templates autoescape everything; the only pre-built HTML is the article text from
`evidence.article_html`, which escapes every piece of text itself.
"""
from __future__ import annotations

import csv
import io
import json
from pathlib import Path
from typing import Annotated, Optional
from urllib.parse import urlencode, urlparse

from fastapi import APIRouter, Depends, HTTPException, Request
from fastapi.responses import HTMLResponse, RedirectResponse, Response
from fastapi.templating import Jinja2Templates
from markupsafe import Markup

from tacitus.store.filters import EVENTS
from tacitus.web import chart, evidence, network
from tacitus.web.api import ActorId, EventFilters, QuoteFilters, filter_params, timeline_counts
from tacitus.web.state import store_of

router = APIRouter(include_in_schema=False)
templates = Jinja2Templates(directory=Path(__file__).parent / "templates")
# the outlet of an article that names none: its web address's host
templates.env.filters["host"] = lambda url: urlparse(url).hostname if url and "://" in url else None
PAGE_SIZE = 50


def _json_for_script(data) -> Markup:
    """JSON safe to place inside <script type="application/json">: no "</script>" can end it."""
    text = json.dumps(data, ensure_ascii=False)
    return Markup(text.replace("<", "\\u003c").replace(">", "\\u003e").replace("&", "\\u0026"))


def _pager(request: Request, page: int, has_more: bool, total: Optional[int] = None) -> dict:
    """Links to the previous, next and numbered pages, keeping the other query parameters;
    with the total, the pages around this one and the last, and "51-100 of 230"."""
    params = {k: v for k, v in request.query_params.items() if k != "page" and v}

    def link(n: int) -> str:
        return "?" + urlencode({**params, "page": n})

    out = {"page": page, "prev": link(page - 1) if page > 1 else None, "next": link(page + 1) if has_more else None,
           "total": total, "pages": []}
    if total:
        last = max(1, -(-total // PAGE_SIZE))
        numbers = sorted({1, last, *range(max(1, page - 2), min(last, page + 2) + 1)})
        out["pages"] = [{"n": n, "href": link(n), "current": n == page} for n in numbers]
        out["first_row"] = min(total, (page - 1) * PAGE_SIZE + 1)
        out["last_row"] = min(total, page * PAGE_SIZE)
    return out


def _render(request: Request, name: str, **context) -> HTMLResponse:
    params = {k: v for k, v in request.query_params.items() if k != "format" and v}
    context.setdefault("downloads", {fmt: "?" + urlencode({**params, "format": fmt}) for fmt in ("csv", "json")})
    return templates.TemplateResponse(request, name, context)


def _download(rows: list[dict], columns: list[str], fmt: str, name: str) -> Response:
    """Exactly the rows a list page shows, as CSV or JSON (as Datasette offers on every table)."""
    if fmt == "json":
        return Response(json.dumps(rows, ensure_ascii=False, indent=1), media_type="application/json",
                        headers={"Content-Disposition": f'attachment; filename="{name}.json"'})
    out = io.StringIO()
    writer = csv.DictWriter(out, fieldnames=columns, extrasaction="ignore")
    writer.writeheader()
    for row in rows:
        writer.writerow({c: "; ".join(map(str, row.get(c) or [])) if isinstance(row.get(c), list) else row.get(c)
                         for c in columns})
    return Response(out.getvalue(), media_type="text/csv; charset=utf-8",
                    headers={"Content-Disposition": f'attachment; filename="{name}.csv"'})


EVENT_COLUMNS = ["id", "date", "date_precision", "date_mod", "type", "mode", "cameo", "status", "confidence", "actors", "recipients", "place",
                 "place_country", "lat", "lon", "killed", "injured", "n_reports", "trigger", "sentence"]
QUOTE_COLUMNS = ["id", "day", "date", "date_precision", "date_mod", "speaker", "kind", "text", "cue", "channel", "via", "article_title"]
ARTICLE_COLUMNS = ["id", "key", "published", "title", "outlet", "url", "n_events", "n_quotes"]
ACTOR_COLUMNS = ["id", "name", "kind", "country", "sector", "n_articles", "n_events", "n_quotes"]
DOWNLOADS = ("csv", "json")


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


@router.get("/types.css")
def type_colours():
    """Each PLOVER type's colour on its badge in every list, the chart's own (tacitus/web/chart.py)."""
    rules = "".join(f".type-{kind} {{ border-left: .6em solid {colour}; }}\n"
                    for kind, colour in chart.TYPE_COLOURS.items())
    return Response(rules, media_type="text/css", headers={"Cache-Control": "max-age=3600"})


@router.get("/", response_class=HTMLResponse)
def home():
    return RedirectResponse("/timeline", status_code=307)


# what a timeline shows unless asked for everything: events that happened (or are announced),
# not history recalled, conditions, or what the text says did not happen; and only events
# whose date the text gives, since a round-up's undated events would all stand on its
# publication day (the filter `date_stated`)
TIMELINE_STATUSES = "asserted,future"


# the timeline sets status and date_stated itself (every_status shows them all)
TimelineFilters = Annotated[dict, Depends(filter_params(EVENTS, leave_out=("status", "date_stated")))]


@router.get("/timeline", response_class=HTMLResponse)
def timeline(request: Request, filters: TimelineFilters, by: str = "type", page: int = 1,
             bin: Optional[str] = None, every_status: bool = False, format: Optional[str] = None):
    by = "quad" if by == "quad" else "type"
    page = max(1, page)
    if not every_status:
        filters = {**filters, "status": TIMELINE_STATUSES, "date_stated": True}
    store = store_of(request)
    counts = timeline_counts(store, filters, by)
    chart_data = chart.binned(counts, bin if bin in chart.BINS else None)
    total = store.count_events(**filters)
    hidden = 0 if every_status else store.count_events(**{**filters, "status": None, "date_stated": False}) - total
    items = store.events(**filters, limit=PAGE_SIZE, offset=(page - 1) * PAGE_SIZE, newest_first=True,
                         evidence=True)
    if format in DOWNLOADS:
        return _download(items, EVENT_COLUMNS, format, "events")
    shown = {k: v for k, v in filters.items() if k not in ("status", "date_stated")}
    return _render(request, "timeline.html", filters=shown, by=by, total=total, hidden=hidden,
                   every_status=every_status, bin=chart_data["bin"], chart_data=_json_for_script(chart_data),
                   coarse=chart.not_charted(counts, chart_data["bin"]),
                   events=items, pager=_pager(request, page, page * PAGE_SIZE < total, total))


@router.get("/event/{event_id}", response_class=HTMLResponse)
def event(request: Request, event_id: str):
    """One event as merged across the articles that report it: its coding, why its reports
    were taken as one, and each report with its source and the words it was coded from."""
    store = store_of(request)
    found = store.event(int(event_id)) if event_id.isdigit() and int(event_id) <= MAX_EVENT_ID else None
    if not found:
        raise HTTPException(404, f"no event {event_id}")
    sources = {s["article_id"]: s for s in found["sources"]}
    reports = []
    for row in found["reports"]:
        art = row["article"]
        report = store.report(art["id"])
        coded, marks = evidence.event_evidence(report, row["local_id"]) if report else (None, [])
        text = report.article.text if report else ""
        sentence = coded.sentence if coded else None
        reports.append({
            **row, "source": sources.get(art["id"], {}),
            # the store's figure; the Report's for a row the store knows none for
            "confidence": row["confidence"] if row["confidence"] is not None else coded.confidence if coded else None,
            "spans": [{"kind": h.kind, "text": text[h.start:h.end], "start": h.start, "end": h.end} for h in marks],
            "sentence_html": Markup(evidence.excerpt(text, sentence.start, sentence.end, marks))
            if sentence and sentence.end <= len(text) else None,
        })
    known = [r["confidence"] for r in reports if r["confidence"] is not None]
    return _render(request, "event.html", e=found, reports=reports,
                   confidence=found["confidence"] if found["confidence"] is not None else max(known, default=None),
                   why=store.explain(found["id"]) if found["n_reports"] > 1 else [],
                   titles={r["event_id"]: r["article"]["title"] or r["article"]["key"] for r in reports})


MAX_EVENT_ID = 2**62  # as the API: a larger number is no row id SQLite could hold


def _search_page(request: Request, what: str, q: Optional[str], page: int, fmt: Optional[str]) -> HTMLResponse:
    """A list page searched by words: "actors" or "articles" (the store method and the template)."""
    page = max(1, page)
    store = store_of(request)
    words = (q or "").strip() or None
    items = getattr(store, what)(q=words, limit=PAGE_SIZE + 1, offset=(page - 1) * PAGE_SIZE)
    if fmt in DOWNLOADS:
        return _download(items[:PAGE_SIZE], ACTOR_COLUMNS if what == "actors" else ARTICLE_COLUMNS, fmt, what)
    total = getattr(store, f"count_{what}")(q=words)
    return _render(request, f"{what}.html", q=q or "", items=items[:PAGE_SIZE], total=total,
                   pager=_pager(request, page, len(items) > PAGE_SIZE, total))


@router.get("/actors", response_class=HTMLResponse)
def actors(request: Request, q: Optional[str] = None, page: int = 1, format: Optional[str] = None):
    return _search_page(request, "actors", q, page, format)


@router.get("/actor/{actor_id}", response_class=HTMLResponse)
def actor(request: Request, actor_id: ActorId):
    store = store_of(request)
    found = store.actor(actor_id)
    if not found:
        raise HTTPException(404, f"no actor {actor_id}")
    edges = store.actor_network(actor_id)
    return _render(
        request, "actor.html", actor=found,
        statements=store.quotes(speaker=actor_id, limit=PAGE_SIZE, offset=0, evidence=True),
        actions=store.events(actor=actor_id, limit=PAGE_SIZE, offset=0, evidence=True),
        acted_on=store.events(recipient=actor_id, limit=PAGE_SIZE, offset=0, evidence=True),
        svg=Markup(network.svg(found, edges)),
    )


@router.get("/counts", response_class=HTMLResponse)
def counts(request: Request, filters: EventFilters, by: str = "country,type,week"):
    from tacitus.store.counts import DIMENSIONS, CountsError, parse_by

    try:
        dims = parse_by(by)
    except CountsError:
        dims = ["country", "type", "week"]
    rows = store_of(request).event_counts(by=dims, **filters)
    csv_link = "/api/counts?" + urlencode({**filters, "by": ",".join(dims), "format": "csv"})
    return _render(request, "counts.html", filters=filters, dims=dims, rows=rows, dimensions=DIMENSIONS,
                   csv_link=csv_link, total=sum(r["events"] for r in rows))


@router.get("/map", response_class=HTMLResponse)
def event_map(request: Request, filters: EventFilters):
    store = store_of(request)
    spots = store.event_points(**filters)
    return _render(request, "map.html", filters=filters, total=store.count_events(**filters),
                   located=sum(s["events"] for s in spots),
                   map_data=_json_for_script({"points": spots, "colours": chart.TYPE_COLOURS}))


@router.get("/quotes", response_class=HTMLResponse)
def quotes(request: Request, filters: QuoteFilters, page: int = 1, format: Optional[str] = None):
    page = max(1, page)
    store = store_of(request)
    items = store.quotes(**filters, limit=PAGE_SIZE, offset=(page - 1) * PAGE_SIZE, newest_first=True,
                         evidence=True)
    if format in DOWNLOADS:
        return _download(items, QUOTE_COLUMNS, format, "quotes")
    total = store.count_quotes(**filters)
    return _render(request, "quotes.html", filters=filters, quotes=items,
                   pager=_pager(request, page, page * PAGE_SIZE < total, total))


@router.get("/articles", response_class=HTMLResponse)
def articles(request: Request, q: Optional[str] = None, page: int = 1, format: Optional[str] = None):
    return _search_page(request, "articles", q, page, format)


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
