"""The HTTP client's bounds, one at a time, against a local server (127.0.0.1 only)."""
from __future__ import annotations

import threading
import time
import zlib

import pytest

from tacitus.fetch import urls
from tacitus.fetch.body import BodyError, Decoder, read_body
from tacitus.fetch.client import Client, _retry_after
from tacitus.fetch.errors import FetchError
from tacitus.fetch.hosts import HostGate
from tests.fetch.helpers import fast_limits
from tests.fetch.server import Route, Site


@pytest.fixture
def site():
    server = Site()
    yield server
    server.close()


def test_addresses():
    assert urls.normalise("HTTPS://News.Example/a?b=1#top") == "https://news.example/a?b=1"
    assert urls.normalise("../b", base="http://h.example:8080/x/y/z") == "http://h.example:8080/x/b"
    assert urls.normalise("https://h.example/s?id=7&utm_source=rss&UTM_medium=feed") == "https://h.example/s?id=7"
    assert urls.normalise("https://h.example/s?utm_campaign=x") == "https://h.example/s"
    for refused in ("file:///etc/passwd", "ftp://h.example/x", "javascript:alert(1)", "mailto:a@b.example",
                    "http://", "http://h.example:99999999/", "data:text/html,hi", ""):
        assert urls.normalise(refused) is None, refused
    assert urls.is_url("ftp://h.example/x") and not urls.is_url("samples/feed.xml")


def test_user_agent_names_tacitus_and_the_contact(site):
    site.routes["/"] = Route(b"<html><body><p>hello</p></body></html>")
    with Client(fast_limits(contact="desk@news.example")) as client:
        client.get(site.url("/"))
    agents = {hit.path: hit.agent for hit in site.log}
    assert set(agents) == {"/robots.txt", "/"}
    for agent in agents.values():
        assert agent.startswith("Tacitus/") and agent.endswith("(news event extraction; +desk@news.example)")


def test_only_http_and_https_even_through_redirects(site):
    site.routes["/to-file"] = Route(status=302, headers={"Location": "file:///etc/passwd"})
    site.routes["/loop"] = Route(status=301, headers={"Location": "/loop"})
    site.routes["/moved"] = Route(status=301, headers={"Location": "/here"})
    site.routes["/here"] = Route(b"<html><body><p>here</p></body></html>")
    with Client(fast_limits()) as client:
        with pytest.raises(FetchError, match="not an http or https address"):
            client.get("file:///etc/passwd")
        with pytest.raises(FetchError, match="redirected to 'file:///etc/passwd'"):
            client.get(site.url("/to-file"))
        with pytest.raises(FetchError, match="more than 5 redirects"):
            client.get(site.url("/loop"))
        moved = client.get(site.url("/moved"))
        assert (moved.url, moved.final_url, moved.body) == (site.url("/moved"), site.url("/here"),
                                                            b"<html><body><p>here</p></body></html>")
    assert site.paths().count("/loop") == 6


def test_size_cap_before_and_while_reading(site):
    site.routes["/big"] = Route(b"<p>" + b"x" * 3000 + b"</p>")
    with Client(fast_limits(max_bytes=1000)) as client:
        with pytest.raises(FetchError, match="over the 0.001 MB limit"):
            client.get(site.url("/big"))  # refused on its Content-Length, unread


def test_conditional_get(site):
    site.routes["/feed"] = Route(b"<rss version='2.0'><channel></channel></rss>", "application/rss+xml",
                                 etag='"v1"')
    with Client(fast_limits()) as client:
        first = client.get(site.url("/feed"))
        assert (first.status, first.etag) == (200, '"v1"')
        assert client.get(site.url("/feed"), etag=first.etag).status == 304
    site.routes["/dated"] = Route(b"<rss version='2.0'><channel></channel></rss>", "application/rss+xml",
                                  last_modified="Mon, 05 Jan 2026 08:00:00 GMT")
    with Client(fast_limits()) as client:
        first = client.get(site.url("/dated"))
        assert (first.status, first.etag, first.last_modified) == (200, None, "Mon, 05 Jan 2026 08:00:00 GMT")
        assert client.get(site.url("/dated"), last_modified=first.last_modified).status == 304


def test_retry_after_is_waited_for(site):
    site.routes["/later"] = Route(b"<html><body><p>now</p></body></html>", fail_first=1, fail_status=503,
                                  headers={"Retry-After": "1"})
    with Client(fast_limits()) as client:
        started = time.monotonic()
        assert client.get(site.url("/later")).status == 200
    assert time.monotonic() - started >= 0.95
    assert [h.status for h in site.log if h.path == "/later"] == [503, 200]


def test_retry_after_and_backoff_limits(site):
    assert _retry_after("3") == 3.0 and _retry_after(None) is None and _retry_after("soon") is None
    assert 0 <= _retry_after("Wed, 21 Oct 2015 07:28:00 GMT") < 1  # a date in the past: now
    site.routes["/busy"] = Route(b"", fail_first=10, fail_status=429, headers={"Retry-After": "3600"})
    site.routes["/busy"].status = 429
    with Client(fast_limits()) as client:
        with pytest.raises(FetchError, match="asks to wait 3600 s") as caught:
            client.get(site.url("/busy"))
    assert caught.value.transient


def test_a_dead_port_is_a_transient_line():
    with Client(fast_limits(retries=1)) as client:
        unreachable = r"robots.txt of http://127.0.0.1:9 could not be fetched \(could not connect after 2 attempts\)"
        with pytest.raises(FetchError, match=unreachable) as caught:
            client.get("http://127.0.0.1:9/")  # the discard port: nothing listens there
    assert caught.value.transient


def test_decoders_and_the_body_deadline():
    text = b"<p>" + b"news " * 1000 + b"</p>"
    raw_deflate = zlib.compressobj(9, zlib.DEFLATED, -15)
    body = raw_deflate.compress(text) + raw_deflate.flush()
    assert read_body(iter([body]), "deflate", 10_000, time.monotonic() + 5, 5) == text  # headerless deflate
    assert read_body(iter([zlib.compress(text)]), "deflate", 10_000, time.monotonic() + 5, 5) == text
    with pytest.raises(BodyError, match="once decompressed over"):
        read_body(iter([zlib.compress(b" " * 100_000)]), "deflate", 10_000, time.monotonic() + 5, 5)
    with pytest.raises(BodyError, match="not supported"):
        Decoder("br")
    with pytest.raises(BodyError, match="could not be decompressed"):
        read_body(iter([b"not gzip at all"]), "gzip", 10_000, time.monotonic() + 5, 5)


def test_host_gate_spaces_requests_and_caps_concurrency():
    gate = HostGate(interval=0.05, concurrency=2)
    inside, most, starts = [0], [0], []
    lock = threading.Lock()

    def request():
        with gate.slot("http://h"):
            with lock:
                inside[0] += 1
                most[0] = max(most[0], inside[0])
                starts.append(time.monotonic())
            time.sleep(0.1)
            with lock:
                inside[0] -= 1

    threads = [threading.Thread(target=request) for _ in range(6)]
    for t in threads:
        t.start()
    for t in threads:
        t.join(10)
    starts.sort()
    assert most[0] == 2
    assert min(b - a for a, b in zip(starts, starts[1:])) >= 0.045
    gate.slow_down("http://h")
    assert gate.interval("http://h") == 0.5 and gate.interval("http://other") == 0.05


def test_robots_crawl_delay_slows_the_host(site):
    site.routes["/robots.txt"] = Route(b"User-agent: *\nCrawl-delay: 2\n", "text/plain")
    site.routes["/a"] = Route(b"<html><body><p>a</p></body></html>")
    with Client(fast_limits()) as client:
        assert client.get(site.url("/a")).status == 200
        assert client.gate.interval(site.origin) == 2.0
