"""The web explorer: a read-only FastAPI app over one store file.

`create_app(db_path)` builds it; `tacitus serve` runs it with uvicorn. The app
only reads (the store is opened read-only, every route is GET), never fetches a
URL, and sends a Content-Security-Policy that allows scripts from itself only, so
even a rendering bug could not run a script that came inside an article.
"""
from __future__ import annotations

from pathlib import Path

from fastapi import FastAPI, Request
from fastapi.responses import JSONResponse
from fastapi.staticfiles import StaticFiles
from starlette.exceptions import HTTPException as StarletteHTTPException

from tacitus.errors import TacitusError
from tacitus.web import api, pages
from tacitus.web.state import StoreHandle

HERE = Path(__file__).parent

CSP = ("default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:; "
       "connect-src 'self'; object-src 'none'; base-uri 'none'; form-action 'self'; frame-ancestors 'none'")


def create_app(db_path: str | Path) -> FastAPI:
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
        response = await call_next(request)
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
        return JSONResponse({"detail": str(exc)}, status_code=500)

    return app


def swagger_ui_dir() -> Path:
    """Swagger UI's files, from the swagger-ui-bundle package (pinned in the lock)."""
    import swagger_ui_bundle

    return Path(swagger_ui_bundle.swagger_ui_path)
