"""Fuzz: a few hundred generated bad inputs (random bytes, truncated UTF-8, huge lines,
nested JSON, surrogates, odd file types) around a few good articles, through `extract` and
`ingest`. Each bad input is exactly one line naming it, nothing is a traceback, and every
good article around them is extracted and stored. Seeded: the same inputs on every run."""
from __future__ import annotations

import json
import os
import random
from pathlib import Path

import pytest
from click.testing import CliRunner

from tacitus.cli import main
from tacitus.store import Store

from tests.read.helpers import ARTICLE, SECOND

SEED = 16
GOOD = [ARTICLE, SECOND,
        "Dock workers in Port Senna went on strike on Monday over unpaid wages, their union said. "
        "The harbour authority said talks with the union would resume on Thursday in the capital."]
CJK = "的一是不了人我在有他这中大来上国个到说们为子和你地出道也时年得就那要下以生会自着去之"


def _bad_lines(rng: random.Random, n: int) -> list[bytes]:
    """JSON Lines records that cannot be articles, one problem each."""
    makers = [
        lambda: rng.choice(["[", "{\"a\":"]).encode() * rng.randint(1_000, 120_000),  # nested too deeply
        lambda: bytes(rng.randrange(256) for _ in range(rng.randint(1, 300))).replace(b"\n", b"")
        + b"\xff",  # random bytes, never UTF-8
        lambda: json.dumps({"text": ARTICLE}).encode()[:rng.randint(10, 120)] + "é".encode()[:1],  # truncated
        lambda: json.dumps({"text": ARTICLE + "\ud800"}).encode(),  # lone surrogate (escaped in JSON)
        lambda: json.dumps({"text": SECOND, "title": "t\udfff"}).encode(),
        lambda: json.dumps(rng.choice([[1, 2], 3, "text", None, True])).encode(),  # not an object
        lambda: json.dumps({"text": rng.choice(["", "   ", None, 7, ["a"]])}).encode(),  # no text
        lambda: json.dumps({"body": ARTICLE, "published": "not a date " + str(rng.random())}).encode(),
        lambda: json.dumps({"text": "".join(rng.choice(CJK) for _ in range(200))}).encode(),  # not English
        lambda: ("{\"text\": \"" + "x" * rng.randint(1, 50)).encode(),  # unterminated
    ]
    return [makers[i % len(makers)]() for i in range(n)]


def _bad_files(rng: random.Random, folder: Path, n: int) -> list[Path]:
    """Files that cannot be read as articles, one problem each."""
    made = []
    for i in range(n):
        kind = i % 8
        path = folder / f"bad-{i:03d}.{['txt', 'txt', 'txt', 'json', 'csv', 'xml', 'html', 'txt'][kind]}"
        if kind == 0:
            path.write_bytes(b"")
        elif kind == 1:
            path.write_bytes(b"\x89PNG\r\n\x1a\n" + bytes(rng.randrange(256) for _ in range(200)))
        elif kind == 2:
            path.write_bytes(bytes(rng.randrange(256) for _ in range(300)) + b"\x00\x00")
        elif kind == 3:
            path.write_text("[" * rng.randint(2_000, 50_000), encoding="utf-8")
        elif kind == 4:
            path.write_text("title,body\nA,B\n", encoding="utf-8")  # no text column
        elif kind == 5:
            path.write_text("<not a feed " + "<" * rng.randint(1, 100), encoding="utf-8")
        elif kind == 6:
            path.write_text(" \n\t " * rng.randint(1, 20), encoding="utf-8")
        elif kind == 7 and hasattr(os, "mkfifo"):
            os.mkfifo(path)
        else:
            path.write_bytes(b"\x00" * 10)
        made.append(path)
    return made


@pytest.fixture(scope="module")
def corpus(tmp_path_factory):
    """A folder: one JSON Lines file of bad lines with good lines between them, many bad
    files, and good files; plus the names of everything bad."""
    rng = random.Random(SEED)
    folder = tmp_path_factory.mktemp("fuzz") / "in"
    folder.mkdir()
    lines = _bad_lines(rng, 240)
    lines[100] = json.dumps({"text": "word " * 450_000}).encode()  # a huge line: 2.25 MB of text
    lines[200] = b"x" * 3_000_000  # a huge line that is not even JSON
    good_at = {60: GOOD[0], 150: GOOD[1]}
    records, bad_sources = [], []
    jsonl = folder / "feed.jsonl"
    for line in lines:
        if len(records) + 1 in good_at:
            records.append(json.dumps({"text": good_at[len(records) + 1]}).encode())
        records.append(line)
        bad_sources.append(f"{jsonl}:{len(records)}")
    jsonl.write_bytes(b"\n".join(records) + b"\n")
    bad_sources += [str(p) for p in _bad_files(rng, folder, 64)]
    (folder / "zz-good.txt").write_text(GOOD[2], encoding="utf-8")
    return folder, bad_sources


def _skip_lines(stderr: str) -> list[str]:
    return [line for line in stderr.splitlines() if line.startswith("tacitus: skipped ")]


def test_fuzz_extract(corpus, pipeline):
    folder, bad = corpus
    result = CliRunner().invoke(main, ["extract", str(folder), "--format", "jsonl"])
    assert result.exit_code == 0, result.stderr[-2000:]
    assert "Traceback" not in result.output + result.stderr
    skipped = _skip_lines(result.stderr)
    named = [line[len("tacitus: skipped "):].rsplit(": ", 1)[0] for line in skipped]
    # one line per bad input, naming it; nothing else skipped
    assert sorted(source for source in bad if any(n == source or n.startswith(source + ":") for n in named)) \
        == sorted(bad)
    assert len(skipped) == len(bad)
    texts = [json.loads(line)["article"]["text"] for line in result.stdout.splitlines() if line.strip()]
    assert sorted(texts) == sorted(GOOD)


def test_fuzz_ingest(corpus, pipeline, tmp_path):
    folder, bad = corpus
    db = tmp_path / "fuzz.db"
    result = CliRunner().invoke(main, ["ingest", str(folder), "--db", str(db), "--no-progress"])
    assert result.exit_code == 0, result.stderr[-2000:]
    assert "Traceback" not in result.output + result.stderr
    assert f"3 added, 0 replaced, 0 unchanged, {len(bad)} failed" in result.stderr
    with Store.open(db, readonly=True) as store:
        assert store.counts()["articles"] == 3
        assert len(store.errors()) == len(bad)
        assert store.runs()[0]["status"] == "done"
