"""Smoke test of the benchmark harness: a tiny corpus, one repetition, a 2-worker
local cluster. It checks the results and the table, never the timings."""
from __future__ import annotations

import csv
import json
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]

# Fictional articles written for this test, in the url,date,title,text CSV layout.
ROWS = [
    ("2023-05-02", "Talks resume", "Velmar's foreign minister Ana Koste said on Tuesday that talks with "
     "Drostia would resume next week. \"We are ready,\" she told reporters."),
    ("2023-05-03", "Border shelling", "Drostian artillery shelled the town of Lisk, killing two civilians, "
     "the governor Piet Malo said. Malo called for calm."),
    ("2023-05-04", "Harbour strike", "Dock workers in Port Senna went on strike on Monday over unpaid wages. "
     "The union said the strike would last a week."),
]


def write_corpus(folder: Path) -> Path:
    """ROWS as a CSV corpus in `folder`."""
    corpus = folder / "tiny.csv"
    with corpus.open("w", newline="", encoding="utf-8") as fh:
        writer = csv.writer(fh)
        writer.writerow(["url", "date", "title", "text"])
        for n, (date, title, text) in enumerate(ROWS):
            writer.writerow([f"https://news.example/{n}", date, title, text])
    return corpus


def test_harness_smoke(tmp_path):
    corpus = write_corpus(tmp_path)
    out, data = tmp_path / "benchmarks.md", tmp_path / "bench.json"
    out.write_text("# Benchmarks\n\nHand-written text stays.\n\n<!-- bench:start -->\nold\n<!-- bench:end -->\n")
    done = subprocess.run(
        [sys.executable, str(ROOT / "bench" / "run.py"), "--corpus", str(corpus), "--repeat", "1",
         "--workers", "2", "--memory-check", "6", "--no-breakdown", "--out", str(out), "--json", str(data)],
        capture_output=True, text=True, cwd=ROOT, timeout=300)
    assert done.returncode == 0, done.stderr[-2000:]

    results = json.loads(data.read_text())
    runs = results["runs"]
    assert set(runs) == {"baseline", "tacitus", "tacitus-fast", "cluster:2"}
    assert runs["baseline"][0]["articles"] == runs["tacitus"][0]["articles"] == len(ROWS)
    assert runs["baseline"][0]["sentences"] >= len(ROWS)
    # the 2-worker cluster gives exactly the single-process results
    assert runs["cluster:2"][0]["digest"] == runs["tacitus"][0]["digest"]
    assert sorted(r["articles"] for r in results["memory"].values()) == [3, 6]

    table = out.read_text()
    assert "Hand-written text stays." in table and "\nold\n" not in table
    assert "(a) spaCy full pipeline only" in table and "(b) Tacitus end to end" in table
    assert "identical within each repetition: yes" in table and "fast mode" in table and "| 6 |" in table


def test_long_articles_table(tmp_path):
    """--long-articles: one article per size, built from the corpus, in its own table."""
    corpus = write_corpus(tmp_path)
    out = tmp_path / "benchmarks.md"
    out.write_text("# Benchmarks\n\n<!-- bench:start -->\nkept\n<!-- bench:end -->\n")
    done = subprocess.run(
        [sys.executable, str(ROOT / "bench" / "run.py"), "--corpus", str(corpus), "--repeat", "1",
         "--long-articles", "1,2", "--out", str(out)],
        capture_output=True, text=True, cwd=ROOT, timeout=300)
    assert done.returncode == 0, done.stderr[-2000:]
    written = out.read_text()
    assert "kept" in written  # the main table is left alone
    assert "| 1 KB |" in written and "| 2 KB |" in written
    assert "<!-- bench:long:start -->" in written and "<!-- bench:long:end -->" in written
