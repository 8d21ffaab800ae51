"""A local HTTP server for the fetch tests: bound to 127.0.0.1 only, serving feeds and
pages built from the project's own samples, plus hostile answers on purpose.

Every route is a `Route` the test can change between rounds. Every request is logged
(path, status sent, time), so a test can check what was fetched and when. Loops that
send data stop by themselves (a byte budget, a deadline, or the client hanging up).
"""
from __future__ import annotations

import gzip
import html
import threading
import time
from dataclasses import dataclass, field
from email.utils import format_datetime
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from typing import Optional

import datetime as dt

ROOT = Path(__file__).resolve().parents[2]
SAMPLES = ROOT / "samples"
LOOPBACK = "127.0.0.1"  # never any other address


@dataclass
class Route:
    body: bytes = b""
    content_type: Optional[str] = "text/html; charset=utf-8"
    status: int = 200
    etag: Optional[str] = None  # conditional GET answered 304 when it matches If-None-Match
    last_modified: Optional[str] = None  # ... or when If-Modified-Since repeats it
    headers: dict = field(default_factory=dict)
    fail_first: int = 0  # answer `fail_status` to this many requests first
    fail_status: int = 500
    min_gap: float = 0.0  # 429 when requests to this route's host come closer than this (seconds)
    special: Optional[str] = None  # "endless", "trickle", "hang"
    hang: Optional[threading.Event] = None  # "hang": answer only once this is set (or after 30 s)


@dataclass
class Hit:
    path: str
    status: int
    at: float
    agent: str = ""


class Site:
    """One server (one host:port). `site.url("/x")` is the address of a route."""

    def __init__(self) -> None:
        self.routes: dict[str, Route] = {}
        self.log: list[Hit] = []
        self.lock = threading.Lock()
        self.last_request_at: float | None = None
        site = self

        class Handler(BaseHTTPRequestHandler):
            protocol_version = "HTTP/1.1"

            def log_message(self, *args) -> None:  # quiet
                pass

            def do_GET(self) -> None:
                site._handle(self)

        self.server = ThreadingHTTPServer((LOOPBACK, 0), Handler)
        self.server.daemon_threads = True
        self.thread = threading.Thread(target=self.server.serve_forever, kwargs={"poll_interval": 0.05},
                                       daemon=True)
        self.thread.start()

    @property
    def origin(self) -> str:
        return f"http://{LOOPBACK}:{self.server.server_address[1]}"

    def url(self, path: str) -> str:
        return self.origin + path

    def close(self) -> None:
        self.server.shutdown()
        self.server.server_close()

    def paths(self, status: int | None = None) -> list[str]:
        with self.lock:
            return [h.path for h in self.log if status is None or h.status == status]

    def _record(self, req, path: str, status: int) -> None:
        with self.lock:
            self.log.append(Hit(path, status, time.monotonic(), req.headers.get("User-Agent", "")))

    def _handle(self, req: BaseHTTPRequestHandler) -> None:
        path = req.path
        route = self.routes.get(path)
        now = time.monotonic()
        with self.lock:
            gap = None if self.last_request_at is None else now - self.last_request_at
            self.last_request_at = now
        if route is None:
            return self._send(req, path, 404, b"not found", "text/plain")
        if route.min_gap and gap is not None and gap < route.min_gap:
            return self._send(req, path, 429, b"slow down", "text/plain")
        if route.fail_first > 0:
            route.fail_first -= 1
            return self._send(req, path, route.fail_status, b"server error", "text/plain", route.headers)
        if route.etag and req.headers.get("If-None-Match") == route.etag:
            return self._send(req, path, 304, b"", None, {"ETag": route.etag})
        if route.last_modified and req.headers.get("If-Modified-Since") == route.last_modified:
            return self._send(req, path, 304, b"", None)
        headers = dict(route.headers)
        if route.etag:
            headers["ETag"] = route.etag
        if route.last_modified:
            headers["Last-Modified"] = route.last_modified
        if route.special == "endless":
            return self._endless(req, path, route, trickle=False)
        if route.special == "trickle":
            return self._endless(req, path, route, trickle=True)
        if route.special == "hang":
            route.hang.wait(30)
        self._send(req, path, route.status, route.body, route.content_type, headers)

    def _send(self, req, path, status, body, content_type, headers=None) -> None:
        self._record(req, path, status)
        req.send_response(status)
        if content_type:
            req.send_header("Content-Type", content_type)
        for name, value in (headers or {}).items():
            req.send_header(name, value)
        req.send_header("Content-Length", str(len(body)))
        req.end_headers()
        try:
            req.wfile.write(body)
        except OSError:  # the client hung up (a refused body): nothing more to do
            pass

    def _endless(self, req, path, route, trickle: bool) -> None:
        """A chunked HTML answer that never ends on its own account: it stops when the client
        hangs up, or at a budget (50 MB fast, 10 s trickling) so the test can never hang."""
        self._record(req, path, 200)
        req.send_response(200)
        req.send_header("Content-Type", "text/html; charset=utf-8")
        req.send_header("Transfer-Encoding", "chunked")
        req.end_headers()
        piece = b"<p>" + b"and more " * (10 if trickle else 7000) + b"</p>\n"
        chunk = f"{len(piece):x}\r\n".encode() + piece + b"\r\n"
        budget = 50_000_000
        deadline = time.monotonic() + 10
        try:
            while budget > 0 and time.monotonic() < deadline:
                req.wfile.write(chunk)
                budget -= len(piece)
                if trickle:
                    time.sleep(0.05)
            req.wfile.write(b"0\r\n\r\n")
        except OSError:
            pass
        req.close_connection = True


# ---- content built from samples/ -----------------------------------------------------------

def sample_pages() -> dict[str, tuple[str, str, str]]:
    """{path: (title, ISO date, HTML page)} for every plain-text sample, made into a news page
    with navigation and a footer around the article, as a site would serve it."""
    pages = {}
    for path in sorted(SAMPLES.glob("*.txt")):
        lines = path.read_text(encoding="utf-8").strip().split("\n")
        date = dt.datetime.strptime(lines[0].strip(), "%A, %B %d, %Y").date().isoformat()
        paragraphs = [p.strip() for p in "\n".join(lines[1:]).split("\n\n") if p.strip()]
        title = path.stem.replace("-", " ").capitalize()
        body = "\n".join(f"<p>{html.escape(p)}</p>" for p in paragraphs)
        page = (f"<!DOCTYPE html><html lang=\"en\"><head><meta charset=\"utf-8\"><title>{title}</title>"
                f"<meta property=\"og:title\" content=\"{title}\">"
                f"<meta property=\"article:published_time\" content=\"{date}T08:00:00+00:00\"></head><body>"
                "<nav><a href=\"/\">Home</a> <a href=\"/world\">World</a> <a href=\"/sport\">Sport</a></nav>"
                f"<article><h1>{title}</h1>{body}</article>"
                "<footer>Copyright Meridian Press. All rights reserved.</footer></body></html>")
        pages[f"/news/{path.stem}"] = (title, date, page)
    return pages


def rss(items: list[tuple[str, str, str]], title: str = "Meridian Press: World") -> bytes:
    """An RSS 2.0 feed of (link, title, ISO date) items."""
    def when(date: str) -> str:
        return format_datetime(dt.datetime.fromisoformat(date + "T08:00:00+00:00"), usegmt=True)

    entries = "".join(f"<item><title>{html.escape(t)}</title><link>{html.escape(link)}</link>"
                      f"<guid>{html.escape(link)}</guid><pubDate>{when(d)}</pubDate></item>"
                      for link, t, d in items)
    return (f"<?xml version=\"1.0\" encoding=\"UTF-8\"?><rss version=\"2.0\"><channel><title>{title}</title>"
            f"<link>http://example.invalid/</link><description>test</description>{entries}</channel></rss>"
            ).encode("utf-8")


def gzip_bomb(megabytes: int = 40) -> bytes:
    """A small gzip body (about 40 KB) that decompresses to `megabytes` MB of HTML-ish text."""
    return gzip.compress(b"<html><body><p>" + b" " * (megabytes * 1_000_000) + b"</p></body></html>", 9)


def etag_of(body: bytes) -> str:
    import hashlib

    return '"' + hashlib.sha1(body).hexdigest()[:16] + '"'
