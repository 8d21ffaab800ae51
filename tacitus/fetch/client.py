"""The polite, bounded HTTP client every fetch goes through (urllib3 underneath).

`Client.get(url, etag=..., last_modified=...)` returns a `Response` (status 200 with the
body, or 304 when a conditional GET says nothing changed) or raises `FetchError` with one
line. On the way it: refuses anything but http/https (at every redirect too); asks
robots.txt; waits its turn for the host (rate limit, concurrency cap); sends a
User-Agent naming Tacitus and its operator's contact; follows at most `max_redirects`
redirects; retries 429/5xx/timeouts/dropped connections with exponential backoff
(honouring Retry-After, and slowing a host that answers 429); refuses content types
that are not web pages or feeds before reading them; and reads the body under a
decompressed size cap and a total deadline.
"""
from __future__ import annotations

import email.utils
import random
import threading
import time
from dataclasses import dataclass
from typing import Callable, Optional
from urllib.parse import urljoin

import urllib3

from tacitus.fetch import urls
from tacitus.fetch.body import CHUNK, BodyError, read_body
from tacitus.fetch.errors import FetchError
from tacitus.fetch.hosts import HostGate
from tacitus.fetch.limits import RETRY_STATUSES, Limits
from tacitus.fetch.robots import ROBOTS_MAX_BYTES, Robots

REDIRECTS = frozenset({301, 302, 303, 307, 308})
# What a page or feed is served as; a missing Content-Type is sniffed from the body later.
TEXT_TYPES = ("text/html", "application/xhtml+xml", "text/plain", "text/xml", "application/xml",
              "application/rss+xml", "application/atom+xml", "application/rdf+xml", "application/feed+xml")
ACCEPT = "text/html, application/xhtml+xml, application/rss+xml, application/atom+xml, application/xml;q=0.9, " \
         "text/xml;q=0.9, text/plain;q=0.5"


@dataclass
class Response:
    url: str  # what was asked for
    final_url: str  # where it was found, after redirects
    status: int  # 200, or 304 (not modified)
    body: bytes = b""
    content_type: Optional[str] = None  # "text/html", without parameters
    charset: Optional[str] = None
    etag: Optional[str] = None
    last_modified: Optional[str] = None


class Client:
    def __init__(self, limits: Limits | None = None, sleep: Callable[[float], None] = time.sleep) -> None:
        self.limits = limits or Limits()
        self._sleep = sleep
        self.gate = HostGate(self.limits.host_interval, self.limits.host_concurrency, sleep,
                             floor=self.limits.slowed_interval)
        self.robots = Robots(self._fetch_robots, self.limits.robots_ttl, self.gate.at_least)
        self._pool = urllib3.PoolManager(
            num_pools=64, maxsize=max(1, self.limits.host_concurrency), block=False, retries=False,
            timeout=urllib3.Timeout(connect=self.limits.connect_timeout, read=self.limits.read_timeout),
            **_certificates())
        self.requests = 0  # requests sent (tests and the status line count them)
        self._count_lock = threading.Lock()

    def close(self) -> None:
        self._pool.clear()

    def __enter__(self) -> "Client":
        return self

    def __exit__(self, *exc) -> None:
        self.close()

    def get(self, url: str, etag: str | None = None, last_modified: str | None = None) -> Response:
        """The page or feed at `url` (status 200), or status 304 when the conditional GET
        (`etag` / `last_modified` from the previous answer) says it has not changed."""
        current = urls.normalise(url)
        if current is None:
            raise FetchError(url, "not an http or https address; not fetched")
        asked = current
        headers = {"Accept": ACCEPT, "Accept-Encoding": "gzip, deflate"}
        if etag:
            headers["If-None-Match"] = etag
        if last_modified:
            headers["If-Modified-Since"] = last_modified
        for _ in range(self.limits.max_redirects + 1):
            origin = urls.origin(current)
            refusal = self.robots.check(current, origin)
            if refusal:
                raise FetchError(asked, refusal[0], transient=refusal[1])
            response = self._request(asked, current, headers)
            if response.status not in REDIRECTS:
                return response
            target = urls.normalise(response.final_url, base=current) if response.final_url else None
            if target is None:
                raise FetchError(asked, f"redirected to {response.final_url or 'nowhere'!r}, not an http(s) "
                                        "address; not followed")
            current = target
        raise FetchError(asked, f"more than {self.limits.max_redirects} redirects; stopped")

    # ---- one address, with retries -----------------------------------------------------------

    def _request(self, asked: str, url: str, headers: dict, check_type: bool = True,
                 max_bytes: int | None = None) -> Response:
        host = urls.origin(url)
        problem, status, pause = "", None, 0.0
        for attempt in range(self.limits.retries + 1):
            if pause:
                self._sleep(pause)
            try:
                response, wait = self._once(asked, url, headers, host, check_type, max_bytes)
            except _Transient as exc:
                problem, status, pause = str(exc), None, self._backoff(attempt)
                continue
            if wait is None:
                return response
            problem, status = f"HTTP {response.status}", response.status
            if wait > self.limits.max_wait:
                raise FetchError(asked, f"HTTP {status}: the server asks to wait {wait:.0f} s", transient=True,
                                 status=status)
            # A Retry-After is kept by the host gate (every request to the host waits); else back off.
            pause = 0.0 if wait else self._backoff(attempt)
        raise FetchError(asked, f"{problem} after {self.limits.retries + 1} attempts", transient=True, status=status)

    def _backoff(self, attempt: int) -> float:
        base = self.limits.backoff * 2 ** attempt
        return min(self.limits.max_wait, base * (1 + random.random() / 4))  # jitter: hosts see no bursts

    def _once(self, asked: str, url: str, headers: dict, host: str, check_type: bool,
              max_bytes: int | None) -> tuple[Response, Optional[float]]:
        """One request. Returns (response, None) when done, (response, seconds) for a status
        worth retrying after that wait, raises _Transient for a network failure."""
        started = time.monotonic()
        with self.gate.slot(host):
            with self._count_lock:
                self.requests += 1
            try:
                # headers given to a request replace the pool's defaults, so the User-Agent goes in each
                raw = self._pool.request("GET", url, headers={"User-Agent": self.limits.user_agent, **headers},
                                         preload_content=False,
                                         decode_content=False, redirect=False)
            except urllib3.exceptions.SSLError as exc:
                raise FetchError(asked, f"TLS failure ({_first_line(exc)})") from None
            except urllib3.exceptions.LocationParseError:
                raise FetchError(asked, "malformed address") from None
            except (urllib3.exceptions.HTTPError, OSError) as exc:
                raise _Transient(_network_problem(exc)) from None
            try:
                return self._answer(asked, url, raw, host, started, check_type, max_bytes)
            finally:
                raw.release_conn()

    def _answer(self, asked, url, raw, host, started, check_type, max_bytes) -> tuple[Response, Optional[float]]:
        status = raw.status
        if status in RETRY_STATUSES:
            wait = _retry_after(raw.headers.get("Retry-After"))
            if status == 429 or wait:
                self.gate.slow_down(host, wait or 0.0)
            raw.close()  # the error page is not read
            return Response(asked, url, status), wait or 0.0
        if status in REDIRECTS:
            location = raw.headers.get("Location")
            raw.close()
            return Response(asked, urljoin(url, location) if location else "", status), None
        if status == 304:
            return Response(asked, url, 304, etag=raw.headers.get("ETag"),
                            last_modified=raw.headers.get("Last-Modified")), None
        if status not in (200, 203):
            raw.close()
            raise FetchError(asked, f"HTTP {status} {raw.reason or ''}".rstrip(), status=status)
        content_type, charset = _content_type(raw.headers.get("Content-Type"))
        if check_type and content_type and not content_type.startswith(TEXT_TYPES):
            raw.close()
            raise FetchError(asked, f"content type {content_type} is not a web page or feed; not read")
        limit = max_bytes or self.limits.max_bytes
        declared = raw.headers.get("Content-Length", "")
        if declared.isdigit() and int(declared) > limit:
            raw.close()
            raise FetchError(asked, f"response is {int(declared) / 1e6:.1f} MB, over the {limit / 1e6:g} MB limit")
        try:
            body = read_body(raw.stream(CHUNK, decode_content=False), raw.headers.get("Content-Encoding", ""),
                             limit, started + self.limits.total_timeout, self.limits.total_timeout)
        except BodyError as exc:
            raw.close()  # an aborted body leaves the connection unusable: close, never drain it
            raise FetchError(asked, str(exc)) from None
        except (urllib3.exceptions.HTTPError, OSError) as exc:
            raw.close()
            raise _Transient(_network_problem(exc)) from None
        return Response(asked, url, 200, body, content_type, charset, raw.headers.get("ETag"),
                        raw.headers.get("Last-Modified")), None

    # ---- robots.txt ----------------------------------------------------------------------

    def _fetch_robots(self, robots_url: str) -> tuple[int, bytes, str]:
        """(status, body, problem) of a robots.txt, redirects followed; status 0 when unreachable."""
        current = robots_url
        for _ in range(self.limits.max_redirects + 1):
            try:
                response = self._request(robots_url, current, {"Accept": "text/plain"}, check_type=False,
                                         max_bytes=ROBOTS_MAX_BYTES * 4)
            except FetchError as exc:
                return exc.status or 0, b"", exc.problem
            if response.status not in REDIRECTS:
                return response.status, response.body, ""
            current = urls.normalise(response.final_url or "", base=current) or ""
            if not current:
                return 0, b"", "redirected to a non-http(s) address"
        return 0, b"", "too many redirects"


class _Transient(Exception):
    """A network failure worth retrying (its message is the one line shown)."""


def _retry_after(value: str | None) -> Optional[float]:
    """Seconds a Retry-After header asks for (a number or an HTTP date), else None."""
    if not value:
        return None
    value = value.strip()
    if value.isdigit():
        return float(value)
    try:
        when = email.utils.parsedate_to_datetime(value)
    except (TypeError, ValueError):
        return None
    return max(0.0, when.timestamp() - time.time()) if when else None


def _content_type(header: str | None) -> tuple[Optional[str], Optional[str]]:
    if not header:
        return None, None
    kind, _, params = header.partition(";")
    charset = None
    for param in params.split(";"):
        name, _, value = param.partition("=")
        if name.strip().lower() == "charset":
            charset = value.strip().strip('"') or None
    return kind.strip().lower() or None, charset


def _network_problem(exc: BaseException) -> str:
    # NewConnectionError is a kind of timeout error in urllib3, so it is asked about first
    if isinstance(exc, urllib3.exceptions.NameResolutionError):
        return "host name not found"
    if isinstance(exc, urllib3.exceptions.NewConnectionError):
        return "could not connect"
    if isinstance(exc, (urllib3.exceptions.TimeoutError, TimeoutError)):
        return "timed out"
    return f"connection failed ({type(exc).__name__})"


def _first_line(exc: BaseException) -> str:
    return (str(exc).splitlines() or [type(exc).__name__])[0][:120]


def _certificates() -> dict:
    """Verify TLS against certifi's bundle when it is installed (it comes with the lock)."""
    try:
        import certifi
    except ImportError:
        return {}
    return {"ca_certs": certifi.where()}
