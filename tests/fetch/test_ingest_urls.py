"""`tacitus ingest` with URLs (pages and feeds) mixed with files."""
from __future__ import annotations

import pytest

from tacitus.store import Store
from tacitus.store.ingest import ingest
from tests.fetch.helpers import fast_limits, publish
from tests.fetch.server import ROOT, Route, Site


@pytest.fixture
def site():
    server = Site()
    yield server
    server.close()


def test_ingest_urls_and_files_twice_changes_nothing(tmp_path, site, pipeline):
    links = publish(site, 3)
    html = (ROOT / "samples" / "html" / "veloria-election-date.html").read_bytes()
    site.routes["/politics/election"] = Route(html)
    inputs = [site.url("/feed.xml"), site.url("/politics/election#comments"),
              str(ROOT / "samples" / "lidra-talks.txt"), "ftp://example.invalid/x"]  # refused: not http(s)
    with Store.open(tmp_path / "news.db") as store:
        first = ingest(store, inputs, progress=False, limits=fast_limits())
        assert first.counts == {"added": 5, "replaced": 0, "unchanged": 0, "failed": 1}
        keys = {r[0] for r in store.conn.execute("SELECT key FROM articles")}
        assert keys >= set(links) | {site.url("/politics/election")}  # the fragment is not part of it
        page = store.report(site.url("/politics/election")).article
        assert page.title == "Veloria sets snap election for June amid border crisis"
        assert page.published == "2025-05-12" and page.outlet == "Marenza Herald"
        snapshot = store.counts()
        again = ingest(store, inputs, progress=False, limits=fast_limits())
        assert again.counts == {"added": 0, "replaced": 0, "unchanged": 5, "failed": 1}
        assert store.counts() == snapshot


def test_ingest_command_takes_urls(tmp_path, site, pipeline):
    from click.testing import CliRunner

    from tacitus.cli import main

    links = publish(site, 1)
    db = str(tmp_path / "news.db")
    args = ["ingest", links[0], "--db", db, "--no-progress", "--contact", "desk@news.example"]
    first = CliRunner().invoke(main, args)
    assert first.exit_code == 0 and "1 added, 0 replaced, 0 unchanged, 0 failed" in first.output, first.output
    again = CliRunner().invoke(main, args)
    assert "0 added, 0 replaced, 1 unchanged, 0 failed" in again.output
    assert all(hit.agent.endswith("+desk@news.example)") for hit in site.log)


def test_extract_command_takes_a_url(site, pipeline):
    import json

    from click.testing import CliRunner

    from tacitus.cli import main

    links = publish(site, 1)
    out = CliRunner().invoke(main, ["extract", links[0], site.url("/nowhere"), "--format", "json"])
    assert out.exit_code == 0, out.output
    assert "/nowhere: HTTP 404" in out.output
    report = json.loads(out.output[out.output.index("{"):])
    assert report["article"]["url"] == links[0] and report["events"]
