"""`tacitus watch` rounds against a local server (127.0.0.1 only) serving the samples."""
from __future__ import annotations

import pytest
from click.testing import CliRunner

from tacitus.cli import main
from tacitus.store import Store
from tests.fetch.helpers import Clock, fast_limits, publish, set_feed, watcher
from tests.fetch.server import Route, Site, sample_pages


@pytest.fixture
def site():
    server = Site()
    yield server
    server.close()


def stored_keys(store) -> list[str]:
    return sorted(r[0] for r in store.conn.execute("SELECT key FROM articles"))


def test_rounds_ingest_all_then_nothing_then_only_the_new_item(tmp_path, site, pipeline):
    links = publish(site, 4)
    feed = site.url("/feed.xml")
    with Store.open(tmp_path / "news.db") as store:
        watch, lines, _ = watcher(store, [feed])
        first = watch.round(1)
        assert (first.feeds_ok, first.feeds_failed, first.articles_added, first.failed) == (1, 0, 4, 0), lines
        assert first.events_added > 0 and first.events_added == store.counts()["events"]
        assert stored_keys(store) == sorted(links)  # the URL is the article's identity
        assert store.report(links[0]).article.url == links[0]
        fetched = len(site.log)

        second = watch.round(2)
        assert (second.feeds_ok, second.articles_added) == (1, 0)
        assert [(h.path, h.status) for h in site.log[fetched:]] == [("/feed.xml", 304)]  # conditional GET

        title, date, page = sample_pages()["/news/veloria-market-shelling"]
        site.routes["/news/later"] = Route(page.encode("utf-8"))
        set_feed(site, [(link, "t", date) for link in links] + [(site.url("/news/later"), title, date)])
        before = len(site.log)
        third = watch.round(3)
        assert third.articles_added == 1 and third.new_links == 1
        assert [h.path for h in site.log[before:]] == ["/feed.xml", "/news/later"]
        assert store.counts()["articles"] == 5 and lines == []
        runs = store.conn.execute("SELECT status, added FROM ingest_runs ORDER BY id").fetchall()
        assert [tuple(r) for r in runs] == [("done", 4), ("done", 0), ("done", 1)]


def test_server_errors_are_retried(tmp_path, site, pipeline):
    links = publish(site, 2)
    site.routes["/feed.xml"].fail_first = 1
    site.routes["/news/" + links[0].rsplit("/", 1)[1]].fail_first = 2
    with Store.open(tmp_path / "news.db") as store:
        watch, lines, _ = watcher(store, [site.url("/feed.xml")])
        status = watch.round()
        assert (status.feeds_ok, status.articles_added, status.failed) == (1, 2, 0), lines
    assert [h.status for h in site.log if h.path == "/feed.xml"] == [500, 200]
    assert [h.status for h in site.log if h.path.endswith(links[0].rsplit("/", 1)[1])] == [500, 500, 200]


def test_a_host_that_rate_limits_is_slowed_not_dropped(tmp_path, site, pipeline):
    links = publish(site, 4)
    for route in site.routes.values():
        route.min_gap = 0.15  # 429 to requests closer together than this
    with Store.open(tmp_path / "news.db") as store:
        watch, lines, client = watcher(store, [site.url("/feed.xml")])
        status = watch.round()
        assert status.articles_added == 4 and status.failed == 0, lines
        assert stored_keys(store) == sorted(links)
    assert 429 in [h.status for h in site.log]
    assert client.gate.interval(site.origin) >= 0.2  # slowed for the rest of the session
    served = [h.at for h in site.log if h.status == 200]
    first_429 = next(h.at for h in site.log if h.status == 429)
    gaps = [b - a for a, b in zip(served, served[1:]) if a > first_429]
    assert gaps and min(gaps) >= 0.15


def test_robots_txt_disallow_skips_with_one_line(tmp_path, site, pipeline):
    links = publish(site, 2)
    _, date, page = sample_pages()["/news/lidra-talks"]
    site.routes["/private/talks"] = Route(page.encode("utf-8"))
    rules = b"User-agent: OtherBot\nDisallow: /\n\nUser-agent: Tacitus\nDisallow: /private/\n"
    site.routes["/robots.txt"] = Route(rules, "text/plain")
    set_feed(site, [(link, "t", date) for link in links] + [(site.url("/private/talks"), "t", date)])
    with Store.open(tmp_path / "news.db") as store:
        watch, lines, _ = watcher(store, [site.url("/feed.xml")])
        status = watch.round()
        assert (status.articles_added, status.failed) == (2, 1)
        assert len(lines) == 1 and "/private/talks" in lines[0] and "robots.txt" in lines[0], lines
        assert "robots.txt" in store.errors()[0]["reason"]
        assert watch.round(2).failed == 0  # settled: not asked again
    assert "/private/talks" not in site.paths() and site.paths().count("/robots.txt") == 1


def test_hostile_answers_are_one_line_each_and_the_round_goes_on(tmp_path, site, pipeline):
    from tests.fetch.server import gzip_bomb

    links = publish(site, 1)
    _, date, _ = sample_pages()["/news/lidra-talks"]
    bad = {
        "/bomb": Route(gzip_bomb(), headers={"Content-Encoding": "gzip"}),
        "/endless": Route(special="endless"),
        "/trickle": Route(special="trickle"),
        "/image": Route(b"\x89PNG\r\n\x1a\n" + b"\x00" * 100, "image/png"),
        "/menu": Route(b"<html><body><nav><a href='/'>Home</a> <a href='/world'>World</a></nav></body></html>"),
        "/lies": Route(b"\x89PNG\r\n\x1a\n" + b"\x00" * 100, "text/html"),
    }
    site.routes.update(bad)
    set_feed(site, [(links[0], "t", date)] + [(site.url(p), "t", date) for p in bad])
    whole = site.routes["/feed.xml"].body
    site.routes["/cut.xml"] = Route(whole[: whole.index(b"</item>") + 7] + b"</chan", "application/rss+xml")
    site.routes["/garbage.xml"] = Route(b"{\"this\": \"is json\"}", "application/rss+xml")
    site.routes["/page-as-feed"] = Route(site.routes[links[0].replace(site.origin, "")].body)
    feeds = [site.url(p) for p in ("/feed.xml", "/cut.xml", "/garbage.xml", "/page-as-feed", "/missing.xml")]
    with Store.open(tmp_path / "news.db") as store:
        watch, lines, _ = watcher(store, feeds, fast_limits(total_timeout=1.0))
        status = watch.round()
        assert status.articles_added == 1 and status.failed == len(bad)
        assert (status.feeds_ok, status.feeds_failed) == (2, 3)
        assert len(lines) == len(bad) + 4, lines
        said = "\n".join(lines)
        for needle in ("/bomb: response once decompressed over the 2 MB limit",
                       "/endless: response over the 2 MB limit", "/trickle: response still arriving after 1 s",
                       "/image: content type image/png is not a web page or feed",
                       "/menu: HTML page with no main text", "/lies: a PNG image, not text",
                       "/garbage.xml: not an RSS or Atom feed", "/cut.xml: malformed feed (",
                       "items read before the fault: 1", "/page-as-feed: not an RSS or Atom feed (text/html)",
                       "/missing.xml: HTTP 404"):
            assert needle in said, (needle, said)
        assert all("\n" not in line and "Traceback" not in line for line in lines)
        assert {e["source"] for e in store.errors()} >= {site.url(p) for p in bad}


def test_a_failing_feed_is_backed_off_reported_and_never_stops_the_others(tmp_path, site, pipeline):
    publish(site, 1)
    site.routes["/down.xml"] = Route(b"", fail_first=1000, fail_status=503)
    clock = Clock()
    feeds = [site.url("/feed.xml"), site.url("/down.xml")]
    db = tmp_path / "news.db"
    with Store.open(db) as store:
        watch, lines, _ = watcher(store, feeds, fast_limits(retries=0), clock=clock)
        first = watch.round(1)
        assert (first.feeds_ok, first.feeds_failed, first.articles_added) == (1, 1, 1)
        assert "1 failure in a row" in lines[-1]
        clock.advance(15)
        assert watch.round(2).feeds_failed == 1  # the next round asks again ...
        clock.advance(15)
        third = watch.round(3)  # ... then it waits a round, then 3, 7 ...
        assert (third.feeds_failed, third.feeds_waiting, third.feeds_ok) == (0, 1, 1)
        assert site.paths().count("/down.xml") == 2
    shown = CliRunner().invoke(main, ["errors", "--db", str(db), "--format", "json"]).output
    assert "/down.xml" in shown and "feed failed 2 times in a row: HTTP 503" in shown
    site.routes["/down.xml"] = site.routes["/feed.xml"]
    with Store.open(db) as store:
        watch, lines, _ = watcher(store, feeds, clock=clock)
        clock.advance(15)
        assert watch.round(4).feeds_ok == 2
        assert store.errors() == []  # recovered: no longer reported
        row = store.conn.execute("SELECT failures, next_try, last_success FROM watch_feeds "
                                 "WHERE url = ?", (feeds[1],)).fetchone()
        assert (row[0], row[1]) == (0, None) and row[2]


def test_watch_command_once(tmp_path, site, pipeline):
    publish(site, 2)
    feeds = tmp_path / "feeds.txt"
    feeds.write_text(f"# world news\n{site.url('/feed.xml')}   # Meridian\n\nnot a url\n", encoding="utf-8")
    db = tmp_path / "news.db"
    args = ["watch", "--feeds", str(feeds), "--db", str(db), "--once", "--host-interval", "0", "--no-progress"]
    out = CliRunner().invoke(main, args)
    assert out.exit_code == 0, out.output
    assert "feeds.txt:4: 'not a url' is not an http(s) address; ignored" in out.output
    assert "round 1 · feeds 1 ok, 0 failed · 2 new articles" in out.output
    again = CliRunner().invoke(main, args)
    assert "round 1 · feeds 1 ok, 0 failed · 0 new articles · 0 events added" in again.output
    for bad, message in ((["--every", "soon"], "expected a duration"), (["--every", "10s"], "at least 1m"),
                         (["--feeds", str(tmp_path / "none.txt")], "none.txt")):
        res = CliRunner().invoke(main, ["watch", "--feeds", str(feeds), "--db", str(db)] + bad)
        assert res.exit_code == 1 and message in res.output and "Traceback" not in res.output


def test_watch_extracts_on_dask_as_ingest_does(tmp_path, site, pipeline, monkeypatch):
    """`watch --cluster` sends the round's articles through tacitus.scale like `ingest --cluster`;
    an in-process Dask cluster stands in for a real one (same code path, no model reload)."""
    import contextlib

    from distributed import Client, LocalCluster

    import tacitus.pipeline
    from tacitus.fetch import cli as watch_cli

    # the worker (a thread here) gets the session's pipeline rather than loading the model again
    monkeypatch.setattr(tacitus.pipeline, "get_pipeline", lambda model=None, fast=False, config=None: pipeline)
    publish(site, 3)
    feeds = tmp_path / "feeds.txt"
    feeds.write_text(site.url("/feed.xml") + "\n", encoding="utf-8")
    # processes=False: scheduler and worker in this process, over in-process queues, not sockets
    with LocalCluster(n_workers=1, processes=False, threads_per_worker=1, dashboard_address=None) as cluster, \
            Client(cluster) as dask:
        asked = []

        @contextlib.contextmanager
        def in_process(address):
            asked.append(address)
            yield dask

        monkeypatch.setattr(watch_cli, "_dask", in_process)
        args = ["watch", "--feeds", str(feeds), "--once", "--host-interval", "0", "--no-progress"]
        out = CliRunner().invoke(main, args + ["--db", str(tmp_path / "dask.db"), "--cluster", "local:1"])
        assert out.exit_code == 0, out.output
        assert asked == ["local:1"] and dask.run(lambda: 1)  # the cluster was used, and is still up
    plain = CliRunner().invoke(main, args + ["--db", str(tmp_path / "plain.db")])
    assert plain.exit_code == 0, plain.output
    with Store.open(tmp_path / "dask.db") as a, Store.open(tmp_path / "plain.db") as b:
        assert a.counts() == b.counts() and a.counts()["articles"] == 3
        assert [e["type"] for e in a.events(limit=100)] == [e["type"] for e in b.events(limit=100)]


def test_status_line_and_countdown():
    from rich.console import Console

    from tacitus.fetch.cli import _View
    from tacitus.fetch.watch import RoundStatus

    status = RoundStatus(number=3, feeds_due=5, feeds_done=2, feeds_ok=2, feeds_failed=1, feeds_waiting=1,
                         links_to_fetch=9, links_done=4, articles_added=4, events_added=17, failed=1)
    assert status.line("feeds") == ("round 3 · fetching feeds 2/5 · feeds 2 ok, 1 failed, 1 backing off · "
                                    "4 new articles · 17 events added · 1 skipped")
    assert "articles 4/9" in status.line("articles")
    view = _View(plain=False)
    view.console = Console(record=True, force_terminal=True, width=200)
    from rich.live import Live

    view.live = Live("", console=view.console, auto_refresh=False)
    view.live.start()
    view.waiting(status, 14 * 60 + 31.2)
    view.live.refresh()
    view.stop()
    assert "round 3 · feeds 2 ok, 1 failed, 1 backing off · 4 new articles · 17 events added · 1 skipped · " \
           "next round in 14:31" in view.console.export_text()
