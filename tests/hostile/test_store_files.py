"""Hostile store files and failing stores (issue 16, items 1 and 10-15, 20): one line naming
the file, never a traceback, never a write to a file that is not a Tacitus store."""
from __future__ import annotations

import os
import sqlite3
import subprocess
import sys
from pathlib import Path

import pytest
from click.testing import CliRunner

from tacitus.cli import main
from tacitus.store import Store, schema
from tacitus.store.db import StoreError

from tests.store.helpers import report

ROOT = Path(__file__).resolve().parents[2]
TEXT = "Velian troops shelled Tellburg on Monday, officials said."


def make_store(path: Path, n: int = 2) -> Path:
    with Store.open(path) as store:
        for i in range(n):
            store.add_report(report(f"k{i}", f"{TEXT} Story {i}.", "2024-03-04",
                                    actors=[("a1", "Velian troops", "group", "VEL", "MIL")],
                                    events=[{"type": "ASSAULT", "trigger": "shelled", "actors": ["a1"],
                                             "date": "2024-03-04"}]))
    return path


def run(*args: str):
    result = CliRunner().invoke(main, list(args))
    assert "Traceback" not in result.output and not isinstance(result.exception, Exception) \
        or isinstance(result.exception, SystemExit), result.output
    return result


# ---- item 1: an export never destroys data -------------------------------------------

@pytest.mark.parametrize("suffix", ["", "-wal", "-shm"])
def test_export_onto_the_store_is_refused(tmp_path, suffix):
    db = make_store(tmp_path / "s.db")
    Path(str(db) + suffix).touch()
    size = db.stat().st_size
    result = run("export", "--db", str(db), "--format", "jsonl", "-o", str(db) + suffix, "--force")
    assert result.exit_code == 1 and "the store itself" in result.output
    assert db.stat().st_size == size
    with Store.open(db, readonly=True) as store:
        assert store.counts()["articles"] == 2


def test_export_onto_the_store_by_another_name_is_refused(tmp_path):
    db = make_store(tmp_path / "s.db")
    (tmp_path / "link.db").symlink_to(db)
    result = run("export", "--db", str(db), "--format", "csv", "-o", str(tmp_path / "link.db"), "--force")
    assert result.exit_code == 1 and "the store itself" in result.output


def test_export_never_overwrites_without_force(tmp_path):
    db = make_store(tmp_path / "s.db")
    out = tmp_path / "events.jsonl"
    out.write_text("keep me\n", encoding="utf-8")
    result = run("export", "--db", str(db), "--format", "jsonl", "-o", str(out))
    assert result.exit_code == 1 and "--force" in result.output
    assert out.read_text(encoding="utf-8") == "keep me\n"
    result = run("export", "--db", str(db), "--format", "jsonl", "-o", str(out), "--force")
    assert result.exit_code == 0 and len(out.read_text(encoding="utf-8").splitlines()) >= 1


def test_failed_export_leaves_the_old_file_and_no_temporary(tmp_path, monkeypatch):
    from tacitus.store import export as export_mod

    db = make_store(tmp_path / "s.db")
    out = tmp_path / "events.csv"
    out.write_text("old\n", encoding="utf-8")

    def full(*args, **kwargs):
        raise OSError(28, "No space left on device")

    monkeypatch.setattr(export_mod, "flat", full)
    result = run("export", "--db", str(db), "--format", "csv", "-o", str(out), "--force")
    assert result.exit_code == 1 and "No space left on device" in result.output
    assert out.read_text(encoding="utf-8") == "old\n"
    assert sorted(p.name for p in tmp_path.iterdir()) == ["events.csv", "s.db", "s.db-shm", "s.db-wal"] or \
        not [p for p in tmp_path.iterdir() if p.name.endswith(".part")]


# ---- item 20: outputs that cannot be written, an actors file that is not text ----------

def test_export_to_a_directory_is_one_line(tmp_path):
    db = make_store(tmp_path / "s.db")
    result = run("export", "--db", str(db), "--format", "jsonl", "-o", str(tmp_path))
    assert result.exit_code == 1 and "is a directory" in result.output


@pytest.mark.skipif(not Path("/dev/full").exists(), reason="needs /dev/full")
def test_export_to_a_full_device_is_one_line(tmp_path):
    db = make_store(tmp_path / "s.db")
    result = run("export", "--db", str(db), "--format", "jsonl", "-o", "/dev/full")
    assert result.exit_code == 1 and "No space left on device" in result.output


def test_actors_file_with_a_bad_encoding_is_named(tmp_path):
    bad = tmp_path / "actors.yaml"
    bad.write_bytes(b"actors:\n  - name: Caf\xe9 Ruiz\n")
    (tmp_path / "a.txt").write_text(TEXT, encoding="utf-8")
    result = run("ingest", str(tmp_path / "a.txt"), "--db", str(tmp_path / "s.db"), "--actors", str(bad),
                 "--no-progress")
    assert result.exit_code == 1 and str(bad) in result.output and "UTF-8" in result.output


# ---- item 10: a store from a newer Tacitus ---------------------------------------------

@pytest.mark.parametrize("command", [["events"], ["export", "--format", "jsonl"], ["errors"], ["runs"],
                                     ["ingest", "{article}", "--no-progress"]])
def test_newer_schema_is_one_line_everywhere(tmp_path, command):
    db = make_store(tmp_path / "s.db")
    with sqlite3.connect(db) as conn:
        conn.execute(f"PRAGMA user_version = {schema.VERSION + 1}")
    article = tmp_path / "a.txt"
    article.write_text(TEXT, encoding="utf-8")
    result = run(*[c.format(article=article) for c in command], "--db", str(db))
    assert result.exit_code == 1
    assert f"s.db: written by a newer Tacitus (store schema {schema.VERSION + 1}" in result.output


def test_newer_schema_is_refused_by_the_explorer(tmp_path):
    from tacitus.web.app import create_app

    db = make_store(tmp_path / "s.db")
    with sqlite3.connect(db) as conn:
        conn.execute(f"PRAGMA user_version = {schema.VERSION + 1}")
    with pytest.raises(StoreError, match="newer Tacitus"):
        create_app(db)


# ---- item 11: damage inside the file -----------------------------------------------------

def damage(db: Path) -> None:
    """Overwrite the pages after the first with garbage: the header still opens."""
    with sqlite3.connect(db) as conn:
        conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
        conn.execute("PRAGMA journal_mode = DELETE")
        page = conn.execute("PRAGMA page_size").fetchone()[0]
    data = bytearray(db.read_bytes())
    for offset in range(page * 2, len(data), 97):
        data[offset] = 0xA5
    db.write_bytes(bytes(data))


@pytest.mark.parametrize("command", [["events"], ["export", "--format", "jsonl"], ["errors"], ["actors"]])
def test_damaged_store_is_one_line(tmp_path, command):
    db = make_store(tmp_path / "s.db", n=30)
    damage(db)
    result = run(*command, "--db", str(db))
    assert result.exit_code == 1
    assert "s.db" in result.output and ("damaged" in result.output or "not a usable" in result.output)


def test_damaged_store_in_the_explorer_says_so(tmp_path):
    from fastapi.testclient import TestClient

    from tacitus.web.app import create_app

    db = make_store(tmp_path / "s.db", n=30)
    damage(db)
    try:
        app = create_app(db)
    except StoreError as exc:  # damage found on opening: one line, as on the command line
        assert "s.db" in str(exc)
        return
    with TestClient(app, raise_server_exceptions=False) as client:
        for url in ("/timeline", "/api/events"):
            response = client.get(url)
            assert response.status_code == 503, url
            assert "damaged" in response.text
            assert response.headers["X-Content-Type-Options"] == "nosniff"


# ---- item 12: a full disk -------------------------------------------------------------------

def test_full_disk_fails_the_run_in_one_line_and_resume_equals_a_clean_run(tmp_path, monkeypatch, pipeline):
    from tacitus.store import db as db_mod

    folder = tmp_path / "in"
    folder.mkdir()
    for i in range(6):
        (folder / f"s{i}.txt").write_text(f"{TEXT} Officials in Dunmere counted {i + 2} wounded "
                                          f"people on Tuesday. " * 30, encoding="utf-8")
    db = tmp_path / "s.db"
    make_store(db, n=0)
    real = db_mod.connect

    def small_disk(path, readonly=False):
        conn = real(path, readonly)
        pages = conn.execute("PRAGMA page_count").fetchone()[0]
        conn.execute(f"PRAGMA max_page_count = {pages + 4}")  # room for an article or two
        return conn

    monkeypatch.setattr(db_mod, "connect", small_disk)
    result = run("ingest", str(folder), "--db", str(db), "--no-progress")
    assert result.exit_code == 1
    assert "cannot write the store" in result.output and "full" in result.output
    monkeypatch.setattr(db_mod, "connect", real)
    with Store.open(db, readonly=True) as store:
        assert store.runs()[0]["status"] == "failed"
    assert run("ingest", str(folder), "--db", str(db), "--no-progress").exit_code == 0
    clean = tmp_path / "clean.db"
    assert run("ingest", str(folder), "--db", str(clean), "--no-progress").exit_code == 0
    with Store.open(db, readonly=True) as resumed, Store.open(clean, readonly=True) as fresh:
        assert resumed.counts() == fresh.counts()


# ---- item 13: a foreign SQLite file -----------------------------------------------------------

@pytest.mark.parametrize("table", ["notes", "articles"])
def test_foreign_sqlite_file_is_left_untouched(tmp_path, table):
    db = tmp_path / "other.db"
    with sqlite3.connect(db) as conn:
        conn.execute(f"CREATE TABLE {table} (id INTEGER PRIMARY KEY, body TEXT)")
        conn.execute(f"INSERT INTO {table}(body) VALUES ('mine')")
    before = db.read_bytes()
    (tmp_path / "a.txt").write_text(TEXT, encoding="utf-8")
    result = run("ingest", str(tmp_path / "a.txt"), "--db", str(db), "--no-progress")
    assert result.exit_code == 1 and "not a Tacitus store" in result.output
    assert db.read_bytes() == before  # no tables added, not switched to WAL
    assert not Path(str(db) + "-wal").exists()
    with sqlite3.connect(db) as conn:
        assert conn.execute("PRAGMA journal_mode").fetchone()[0] == "delete"


# ---- item 14: file names that mean something in a URI --------------------------------------

@pytest.mark.parametrize("name", ["we#ird.db", "q?x.db", "pct%41.db"])
def test_odd_store_names_open_that_very_file(tmp_path, name, monkeypatch):
    monkeypatch.chdir(tmp_path)
    make_store(Path(name), n=1)
    decoy = Path("pctA.db")
    if "%" in name:
        make_store(decoy, n=2)  # what "pct%41" would decode to
    before = sorted(p.name for p in tmp_path.iterdir())
    result = run("events", "--db", name, "--format", "json")
    assert result.exit_code == 0, result.output
    assert '"id"' in result.output
    with Store.open(name, readonly=True) as store:
        assert store.counts()["articles"] == 1
    stray = [p.name for p in tmp_path.iterdir() if not p.name.startswith((name, decoy.name))]
    assert not stray and set(before) <= {p.name for p in tmp_path.iterdir()}


# ---- item 15: run states ----------------------------------------------------------------------

def test_killed_run_shows_as_interrupted(tmp_path):
    db = make_store(tmp_path / "s.db", n=0)
    # a process that starts a run and is killed before it ends
    code = ("import os, signal, sys; from tacitus.store import Store; s = Store.open(sys.argv[1]); "
            "s.start_run(['x']); os.kill(os.getpid(), signal.SIGKILL)")
    subprocess.run([sys.executable, "-c", code, str(db)], cwd=ROOT)
    with Store.open(db, readonly=True) as store:
        [killed] = store.runs()
    assert killed["status"] == "interrupted"
    assert "interrupted" in run("runs", "--db", str(db), "--format", "csv").output


def test_live_run_shows_as_running(tmp_path):
    db = make_store(tmp_path / "s.db", n=0)
    with Store.open(db) as store:
        store.start_run(["x"])
        assert store.runs()[0]["status"] == "running"


def test_crashed_run_is_failed_not_done(tmp_path, monkeypatch):
    from tacitus.store import ingest as ingest_mod

    (tmp_path / "a.txt").write_text(TEXT, encoding="utf-8")

    def crash(*args, **kwargs):
        raise sqlite3.DatabaseError("database disk image is malformed")
        yield  # pragma: no cover

    monkeypatch.setattr(ingest_mod, "extract_reports", crash)
    db = make_store(tmp_path / "s.db", n=0)
    result = run("ingest", str(tmp_path / "a.txt"), "--db", str(db), "--no-progress")
    assert result.exit_code == 1 and "damaged" in result.output
    with Store.open(db, readonly=True) as store:
        assert store.runs()[0]["status"] == "failed"


@pytest.mark.skipif(os.name != "posix", reason="signals")
def test_terminated_ingest_is_recorded_interrupted(tmp_path):
    import signal
    import time

    db = make_store(tmp_path / "s.db", n=0)
    fifo_free = tmp_path / "in"
    fifo_free.mkdir()
    (fifo_free / "a.txt").write_text(TEXT, encoding="utf-8")
    # stand-in for a long extraction: the pipeline sleeps, so the signal arrives mid-run
    code = ("import sys, time; from tacitus.store import ingest as m\n"
            "def slow(articles, **kw):\n    for a in articles:\n        time.sleep(60)\n        yield None\n"
            "m.extract_reports = slow\nfrom tacitus.cli import main\nmain()")
    proc = subprocess.Popen([sys.executable, "-c", code, "ingest", str(fifo_free), "--db", str(db),
                             "--no-progress"], cwd=ROOT, stderr=subprocess.PIPE, text=True)
    deadline = time.time() + 60
    while time.time() < deadline:
        with Store.open(db, readonly=True) as store:
            if store.runs():
                break
        time.sleep(0.2)
    time.sleep(1)
    proc.send_signal(signal.SIGTERM)
    _, err = proc.communicate(timeout=60)
    assert proc.returncode == 130, err
    assert "Traceback" not in err
    with Store.open(db, readonly=True) as store:
        assert store.conn.execute("SELECT status FROM ingest_runs").fetchone()[0] == "interrupted"
