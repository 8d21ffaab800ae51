"""The per-user cache of derived tables: built once, rebuilt when a source changes."""
from __future__ import annotations

import os

from tacitus import cache


def test_built_once_then_read_and_rebuilt_on_change(tmp_path, monkeypatch):
    monkeypatch.setenv("TACITUS_CACHE", str(tmp_path / "cache"))
    source = tmp_path / "source.txt"
    source.write_text("one")
    builds = []

    def build():
        builds.append(1)
        return {"text": source.read_text()}

    assert cache.cached("t", 1, [source], build) == {"text": "one"}
    assert cache.cached("t", 1, [source], build) == {"text": "one"} and len(builds) == 1
    source.write_text("two!")
    os.utime(source, ns=(1, 1))
    assert cache.cached("t", 1, [source], build) == {"text": "two!"} and len(builds) == 2
    assert cache.cached("t", 2, [source], build) and len(builds) == 3  # a new format version
    assert len(list((tmp_path / "cache").glob("t-*.pickle"))) == 1  # older tables are removed


def test_an_unwritable_cache_still_builds(tmp_path, monkeypatch):
    blocker = tmp_path / "file"
    blocker.write_text("")
    monkeypatch.setenv("TACITUS_CACHE", str(blocker / "sub"))  # a folder under a file: cannot exist
    assert cache.cached("t", 1, [blocker], lambda: 42) == 42
    assert cache.cached("t", 1, [tmp_path / "missing"], lambda: 7) == 7
