"""The web explorer: a read-only FastAPI app over one store file.

`create_app(db_path)` builds it; `tacitus serve` runs it with uvicorn. The app
only reads (the store is opened read-only, every route is GET), never fetches a
URL, and sends a Content-Security-Policy that allows scripts from itself only, so
even a rendering bug could not run a script that came inside an article.
"""
from __future__ import annotations

import logging
import sqlite3
from pathlib import Path

from fastapi import FastAPI, Request
from fastapi.responses import JSONResponse
from fastapi.staticfiles import StaticFiles
from starlette.exceptions import HTTPException as StarletteHTTPException

from tacitus import config as config_mod
from tacitus.config import Config
from tacitus.errors import TacitusError
from tacitus.store import filters, limits
from tacitus.web import api, pages
from tacitus.web.state import StoreHandle

HERE = Path(__file__).parent

CSP = ("default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:; "
       "connect-src 'self'; object-src 'none'; base-uri 'none'; form-action 'self'; frame-ancestors 'none'")


def create_app(db_path: str | Path, config: Config | None = None) -> FastAPI:
    """The explorer over the store `db_path`; `config`: the lexicon folders its checks read
    (the PLOVER types a filter may name), by default the environment's."""
    app = FastAPI(
        title="Tacitus explorer",
        description="Read-only access to a Tacitus store: events, actors, quotes and the "
                    "article text behind every extracted field (character offsets as evidence).",
        version="1",
        # FastAPI's own /docs loads Swagger UI from a CDN with an inline script, which the
        # CSP forbids; pages.py serves /docs from the swagger-ui-bundle package instead
        docs_url=None, redoc_url=None,
    )
    app.state.store = StoreHandle(db_path)
    app.mount("/static/swagger", StaticFiles(directory=swagger_ui_dir()), name="swagger")
    app.mount("/static", StaticFiles(directory=HERE / "static"), name="static")
    app.include_router(api.router)
    app.include_router(pages.router)

    @app.middleware("http")
    async def security_headers(request: Request, call_next):
        """Every response carries the headers, an error's too: a failure is answered here,
        not by the server's bare 500 page."""
        with config_mod.using(config):
            return await _answer(request, call_next)

    async def _answer(request: Request, call_next):
        problem = check_query(request.query_params)
        if problem:
            # a date that is no date is a bad request (400), as the API's own date check says
            response = _error(request, 400 if problem.startswith(DATE_PARAMS) else 422, problem)
        else:
            try:
                response = await call_next(request)
            except Exception:  # noqa: BLE001 - logged; the client gets a plain 500 with the headers
                logging.getLogger("tacitus.web").exception("error serving %s", request.url.path)
                response = _error(request, 500, "internal error")
        response.headers["Content-Security-Policy"] = CSP
        response.headers["X-Content-Type-Options"] = "nosniff"
        response.headers["Referrer-Policy"] = "no-referrer"
        return response

    @app.exception_handler(StarletteHTTPException)
    async def http_error(request: Request, exc: StarletteHTTPException):
        # the API answers JSON; a page a person asked for answers a page
        if request.url.path.startswith("/api") or request.url.path.startswith("/static"):
            return JSONResponse({"detail": exc.detail}, status_code=exc.status_code, headers=exc.headers)
        return pages.error_page(request, exc.status_code, str(exc.detail))

    @app.exception_handler(TacitusError)
    async def store_error(request: Request, exc: TacitusError):
        return _error(request, 500, str(exc))

    @app.exception_handler(sqlite3.DatabaseError)
    async def damaged_store(request: Request, exc: sqlite3.DatabaseError):
        from tacitus.store.db import damaged

        return _error(request, 503, str(damaged(Path(db_path).name, exc)))

    @app.exception_handler(UnicodeDecodeError)
    async def undecodable_error(request: Request, exc: UnicodeDecodeError):
        from tacitus.store.db import damaged, is_sqlite_message

        if not is_sqlite_message(exc):
            return _error(request, 500, "internal error")
        return _error(request, 503, str(damaged(Path(db_path).name, exc)))

    return app


def swagger_ui_dir() -> Path:
    """Swagger UI's files, from the swagger-ui-bundle package (pinned in the lock)."""
    import swagger_ui_bundle

    return Path(swagger_ui_bundle.swagger_ui_path)


# Query parameters the routes read as whole numbers, and their ranges: a number SQLite cannot
# hold would fail deep inside a query.
INTEGER_PARAMS = {"offset": 0, "page": None, "limit": 1}
MAX_PAGE = limits.MAX_INTEGER // 1000  # pages of up to 1,000 rows stay within SQLite's integers
# the filters that take a day, month or year (tacitus.store.filters)
DATE_PARAMS = tuple(sorted({f.name for f in (*filters.EVENTS, *filters.QUOTES) if f.kind == filters.PERIOD}))


def check_query(params) -> str | None:
    """The first problem with a request's query parameters (too long, a number out of range,
    not a date), checked here for every route alike; None when they are fine."""
    for name, value in params.multi_items():
        try:
            limits.check_text(value, name)
            if name in INTEGER_PARAMS and value.strip().lstrip("+-").isdigit():
                minimum = INTEGER_PARAMS[name]
                number = int(value)
                if minimum is None:  # a page: low ones count as the first
                    minimum, number = 1, max(1, number)
                    if number > MAX_PAGE:
                        raise ValueError(f"{name} {value}: expected a page from 1 to {MAX_PAGE}")
                limits.check_integer(number, name, minimum)
            if name in DATE_PARAMS and value.strip():
                limits.check_date(value, name)
        except ValueError as exc:
            return str(exc)
    return None


def _error(request: Request, status: int, message: str):
    """JSON for the API, the explorer's error page for the browser."""
    if request.url.path.startswith(("/api", "/static")):
        return JSONResponse({"detail": message}, status_code=status)
    return pages.error_page(request, status, message)
