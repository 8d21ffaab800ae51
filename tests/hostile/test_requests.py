"""Hostile requests to the explorer and arguments to the CLI (issue 16, items 16-19, 21):
a 422 or one line, never a 500 or a traceback; every response carries the security headers."""
from __future__ import annotations

import socket

import pytest
from click.testing import CliRunner
from fastapi.testclient import TestClient

from tacitus.cli import main
from tacitus.web.app import create_app

from tests.hostile.test_store_files import make_store

HUGE = str(2**63)
LONG = "x" * 60_000  # over SQLite's 50,000-byte LIKE pattern limit; URLs stay under 64 KB


@pytest.fixture(scope="module")
def store_path(tmp_path_factory):
    return make_store(tmp_path_factory.mktemp("hostile") / "s.db")


@pytest.fixture(scope="module")
def client(store_path):
    with TestClient(create_app(store_path), raise_server_exceptions=False) as c:
        yield c


@pytest.mark.parametrize("url", [
    f"/api/events?offset={HUGE}", f"/api/quotes?offset={HUGE}", f"/api/actors?offset={HUGE}",
    f"/api/articles?offset={HUGE}", f"/api/actors/{HUGE}", f"/api/actors/{HUGE}/network",
    f"/timeline?page={HUGE}", f"/actors?page={HUGE}", f"/quotes?page={HUGE}", f"/articles?page={HUGE}",
    f"/actor/{HUGE}", "/api/events?limit=-1", "/api/events?offset=-1",
])
def test_numbers_out_of_range_are_422(client, url):
    """Item 16: 2**63 overflowed SQLite's integers (HTTP 500)."""
    response = client.get(url)
    assert response.status_code == 422, (url, response.text[:200])


@pytest.mark.parametrize("url", [
    f"/api/events?actor={LONG}", f"/api/events?place={LONG}", f"/api/quotes?speaker={LONG}",
    f"/api/actors?q={LONG}", f"/timeline?actor={LONG}", f"/quotes?channel={LONG}",
])
def test_overlong_filters_are_422(client, url):
    """Item 17: a 100,000-character LIKE pattern is too complex for SQLite (HTTP 500)."""
    response = client.get(url)
    assert response.status_code == 422 and "over the 1,000" in response.text


def test_the_largest_numbers_still_answer(client):
    assert client.get(f"/api/events?offset={2**63 - 1}").json()["items"] == []
    assert client.get("/timeline?page=9223372036854").status_code == 200


@pytest.mark.parametrize("url", ["/api/events?date_from=2025-13-45", "/api/events?date_to=yesterday",
                                 "/api/quotes?date_from=2025-02-30", "/timeline?date_from=2025-13-45"])
def test_invalid_dates_are_refused(client, url):
    """Item 21: the API answered 200 with nothing where the CLI refuses."""
    response = client.get(url)
    assert response.status_code == 400 and "YYYY-MM-DD" in response.text  # as the API's own date check


def test_a_valid_date_filter_still_works(client):
    assert client.get("/api/events?date_from=2024-03-01&date_to=2024-03-31").json()["total"] >= 1


def test_errors_carry_the_security_headers(store_path, monkeypatch):
    """Item 18: the server's own 500 page had no CSP and no nosniff."""
    from tacitus.store.api import Store

    def broken(self, *args, **kwargs):
        raise RuntimeError("boom")

    monkeypatch.setattr(Store, "count_events", broken)
    with TestClient(create_app(store_path), raise_server_exceptions=False) as fresh:
        for url in ("/api/events", "/timeline", f"/api/events?offset={HUGE}", "/no-such-page"):
            response = fresh.get(url)
            assert response.status_code in (404, 422, 500), url
            assert response.headers.get("X-Content-Type-Options") == "nosniff", url
            assert "default-src 'self'" in response.headers.get("Content-Security-Policy", ""), url
            assert "boom" not in response.text


def test_busy_port_is_one_line_before_any_banner(store_path):
    """Item 19: the banner was printed, then uvicorn's error, exit 3."""
    with socket.socket() as taken:
        taken.bind(("127.0.0.1", 0))
        taken.listen(1)
        port = taken.getsockname()[1]
        result = CliRunner().invoke(main, ["serve", "--db", str(store_path), "--port", str(port)])
    assert result.exit_code == 1
    assert result.output.strip() == f"tacitus: cannot serve on 127.0.0.1:{port}: port {port} is in use " \
                                    f"(another server?); choose another with --port"


@pytest.mark.parametrize("args", [
    ["events", "--limit", HUGE], ["events", "--offset", HUGE], ["quotes", "--offset", HUGE],
    ["actors", "--limit", HUGE], ["events", "--limit", "-1"], ["events", "--limit", "0"],
    ["events", "--offset", "-5"], ["timeline", "Velian", "--limit", "-1"], ["merge", "--window", HUGE],
])
def test_cli_numbers_out_of_range_are_one_line(store_path, args):
    """Items 16 and 21: a traceback (OverflowError); --limit -1 returned everything."""
    result = CliRunner().invoke(main, [*args, "--db", str(store_path)])
    assert result.exit_code == 2 and "Traceback" not in result.output
    assert "expected" in result.output or "range" in result.output


@pytest.mark.parametrize("args", [["actors", "--search", "x" * 60_000], ["events", "--place", LONG],
                                  ["quotes", "--speaker", LONG], ["timeline", LONG]])
def test_cli_overlong_filters_are_one_line(store_path, args):
    """Item 17: `actors --search` of 60,000 characters gave a traceback."""
    result = CliRunner().invoke(main, [*args, "--db", str(store_path)])
    assert result.exit_code == 2 and "over the 1,000 a filter may have" in result.output


def test_cli_largest_offset_still_answers(store_path):
    result = CliRunner().invoke(main, ["events", "--offset", str(2**62), "--format", "json",
                                       "--db", str(store_path)])
    assert result.exit_code == 0 and result.stdout.strip() == "[]"
    assert "past the last of" in result.stderr
