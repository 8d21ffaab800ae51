"""Ingest end to end with the real pipeline, on articles written for these tests."""
from __future__ import annotations

import os
import signal
import sqlite3
import subprocess
import sys
import time
from pathlib import Path

import pytest
from click.testing import CliRunner
from rich.console import Console

from tacitus.cli import main
from tacitus.store import Store
from tacitus.store.ingest import ingest

ROOT = Path(__file__).resolve().parents[2]

TOWNS = ["Tellburg", "Dunmere", "Orsk Vale", "Marrow Point", "Kelda", "Fennick", "Isthal", "Brenna"]
LEADERS = ["Ada Rhee", "Tomas Vell", "Ilse Karro", "Piet Malo"]


def write_corpus(folder: Path, n: int) -> None:
    """n short fictional wire stories, plus one file that is no article."""
    folder.mkdir(parents=True, exist_ok=True)
    for i in range(n):
        town, leader = TOWNS[i % len(TOWNS)], LEADERS[i % len(LEADERS)]
        text = (f"Marovian forces shelled the town of {town} on Monday, killing at least {i + 2} civilians, "
                f"officials said. Velian President {leader} condemned the attack. \"We will not be silenced,\" "
                f"{leader.split()[-1]} told reporters in the capital on Tuesday, the {i + 1}th such statement.")
        (folder / f"story-{i:03d}.txt").write_text(text, encoding="utf-8")
    (folder / "empty.txt").write_text("", encoding="utf-8")


def counts(db: Path) -> dict:
    with Store.open(db, readonly=True) as s:
        return s.counts()


def test_ingest_twice_changes_nothing_and_edits_replace(tmp_path, pipeline):
    write_corpus(tmp_path / "in", 4)
    db = tmp_path / "t.db"
    with Store.open(db) as store:
        first = ingest(store, [str(tmp_path / "in")], progress=False)
        assert first.counts["added"] == 4 and first.counts["failed"] == 1
        snapshot = store.counts()
        assert snapshot["quotes"] >= 4 and snapshot["errors"] == 1
        again = ingest(store, [str(tmp_path / "in")], progress=False)
        assert again.counts == {"added": 0, "replaced": 0, "unchanged": 4, "failed": 1}
        assert store.counts() == snapshot
        path = tmp_path / "in" / "story-000.txt"
        path.write_text(path.read_text() + " Rescue work continued.", encoding="utf-8")
        third = ingest(store, [str(tmp_path / "in")], progress=False)
        assert (third.counts["replaced"], third.counts["unchanged"]) == (1, 3)
        assert store.counts()["articles"] == 4
        assert "empty" in store.errors()[0]["source"]
        assert store.report(store.articles(q="Rescue")[0]["id"]).article.text.endswith("continued.")


def test_cli_commands_and_bad_input(tmp_path, pipeline):
    write_corpus(tmp_path / "in", 3)
    db = str(tmp_path / "c.db")
    runner = CliRunner()
    out = runner.invoke(main, ["ingest", str(tmp_path / "in"), "--db", db, "--no-progress"])
    assert out.exit_code == 0, out.output
    for args in (["events"], ["quotes", "--format", "json"], ["actors", "--format", "csv"],
                 ["timeline", "Ada Rhee"], ["errors"], ["events", "--type", "ASSAULT", "--format", "csv"],
                 ["export", "--format", "gdelt"]):
        res = runner.invoke(main, args + ["--db", db])
        assert res.exit_code == 0, (args, res.output)
    assert "story" not in runner.invoke(main, ["errors", "--db", db]).output
    res = runner.invoke(main, ["events", "--db", str(tmp_path / "none.db")])
    assert res.exit_code == 1 and "no such store" in res.output and "Traceback" not in res.output
    res = runner.invoke(main, ["events", "--db", db, "--from", "soon"])
    assert res.exit_code == 2 and "Invalid value for '--from': 'soon'" in res.output


def _run_ingest(src: Path, db: Path) -> subprocess.Popen:
    return subprocess.Popen([sys.executable, "-c", "from tacitus.cli import main; main()", "ingest", str(src), "--db", str(db),
                             "--no-progress"], cwd=ROOT, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)


@pytest.mark.slow
def test_sigkill_then_resume_matches_a_clean_run(tmp_path):
    src = tmp_path / "in"
    write_corpus(src, 40)
    clean, killed = tmp_path / "clean.db", tmp_path / "killed.db"
    assert _run_ingest(src, clean).wait(timeout=300) == 0
    proc = _run_ingest(src, killed)
    deadline = time.monotonic() + 240
    stored = 0
    while time.monotonic() < deadline and proc.poll() is None:
        time.sleep(0.2)
        try:
            conn = sqlite3.connect(f"file:{killed}?mode=ro", uri=True, timeout=5)
            stored = conn.execute("SELECT COUNT(*) FROM articles").fetchone()[0]
            conn.close()
        except sqlite3.Error:
            continue
        if stored >= 8:
            break
    assert proc.poll() is None, "ingest finished before it could be killed"
    os.kill(proc.pid, signal.SIGKILL)
    proc.wait()
    partial = counts(killed)
    assert 8 <= partial["articles"] < 40
    assert _run_ingest(src, killed).wait(timeout=300) == 0
    assert counts(killed) == counts(clean)
    with Store.open(killed, readonly=True) as s:
        assert tuple(s.conn.execute("SELECT COUNT(*), COUNT(DISTINCT key) FROM articles").fetchone()) == (40, 40)


@pytest.mark.slow
def test_worker_processes_store_what_one_process_stores(tmp_path, pipeline):
    write_corpus(tmp_path / "in", 6)
    with Store.open(tmp_path / "one.db") as one, Store.open(tmp_path / "two.db") as two:
        ingest(one, [str(tmp_path / "in")], progress=False)
        ingest(two, [str(tmp_path / "in")], workers=2, progress=False)
        assert one.counts() == two.counts()
        assert [e["type"] for e in one.events(limit=100)] == [e["type"] for e in two.events(limit=100)]


@pytest.mark.slow
def test_wikinews_sample_ingests_with_progress(tmp_path, shared_dir, pipeline):
    corpus = shared_dir / "corpora" / "wikinews_2019_2021_sample"
    if not corpus.is_dir():
        pytest.skip("Wikinews sample not present")
    screen = Console(file=open(os.devnull, "w"), force_terminal=True, width=120, record=True)
    with Store.open(tmp_path / "wn.db") as store:
        result = ingest(store, [str(corpus / "wikinews_2019.csv"), str(corpus / "wikinews_2020.csv")],
                        console=screen)
        assert result.counts["added"] + result.counts["failed"] == 295
        assert result.counts["failed"] == 0  # issue 10: no extraction failure on the sample
        assert store.counts()["articles"] == result.counts["added"]
    shown = screen.export_text()
    assert "articles/s" in shown and "295/295" in shown
