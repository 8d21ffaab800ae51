"""A watch round killed (SIGKILL) in the middle resumes with nothing lost or doubled."""
from __future__ import annotations

import os
import signal
import sqlite3
import subprocess
import sys
import threading
import time

import pytest

from tacitus.store import Store
from tests.fetch.helpers import publish, watcher
from tests.fetch.server import ROOT, Site

# The watch round of the killed process, with the test's short waits (the command's own
# options are tested elsewhere); it loads the real pipeline.
CHILD = """
import sys
from tacitus.store import Store
from tests.fetch.helpers import watcher
with Store.open(sys.argv[1]) as store:
    watch, lines, _ = watcher(store, [sys.argv[2]])
    watch.round()
"""


def stored(db) -> int:
    try:
        conn = sqlite3.connect(f"file:{db}?mode=ro", uri=True, timeout=5)
        try:
            return conn.execute("SELECT COUNT(*) FROM articles").fetchone()[0]
        finally:
            conn.close()
    except sqlite3.Error:
        return 0


@pytest.mark.slow
def test_a_round_killed_midway_resumes_with_nothing_lost_or_doubled(tmp_path, pipeline):
    site = Site()
    try:
        links = publish(site, 5)
        held = site.routes["/news/" + links[2].rsplit("/", 1)[1]]
        held.special, held.hang = "hang", threading.Event()  # this page answers only after the kill
        db = tmp_path / "news.db"
        proc = subprocess.Popen([sys.executable, "-c", CHILD, str(db), site.url("/feed.xml")], cwd=ROOT,
                                stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
        deadline = time.monotonic() + 180
        while time.monotonic() < deadline and proc.poll() is None and stored(db) < 4:
            time.sleep(0.1)
        assert proc.poll() is None, proc.stderr.read().decode()[-2000:]
        os.kill(proc.pid, signal.SIGKILL)
        proc.wait()
        held.hang.set()  # the server's side of the dead request ends (and is logged) too
        path = links[2].replace(site.origin, "")
        logged_by = time.monotonic() + 60  # its own wait: a loaded machine may have used up the first
        while path not in site.paths() and time.monotonic() < logged_by:
            time.sleep(0.05)
        assert path in site.paths()  # else it would be logged during the next round and counted there
        assert stored(db) == 4  # the held page was in flight when the process died

        with Store.open(db) as store:
            pending = store.conn.execute("SELECT url FROM watch_links WHERE state = 'pending'").fetchall()
            assert [r[0] for r in pending] == [links[2]]
            before = len(site.log)
            watch, lines, _ = watcher(store, [site.url("/feed.xml")])
            status = watch.round()
            assert (status.articles_added, status.failed) == (1, 0), lines
            # the feed answered 304, yet the link the killed run left was fetched, and only it
            assert [(h.path, h.status) for h in site.log[before:] if h.path != "/robots.txt"] == [
                ("/feed.xml", 304), (path, 200)]
            keys = [r[0] for r in store.conn.execute("SELECT key FROM articles")]
            assert sorted(keys) == sorted(links)
            assert store.conn.execute("SELECT COUNT(*) FROM watch_links WHERE state != 'stored'").fetchone()[0] == 0
    finally:
        site.close()
