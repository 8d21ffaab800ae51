"""bench/digest.py: one digest a report, equal runs give equal files, a changed report
is named."""
from __future__ import annotations

import importlib.util
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT / "bench"))
sys.path.insert(0, str(Path(__file__).resolve().parent))

from test_harness import write_corpus  # noqa: E402


def _digest_module():
    spec = importlib.util.spec_from_file_location("bench_digest", ROOT / "bench" / "digest.py")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def test_equal_runs_give_equal_digests_and_a_change_is_named(tmp_path, pipeline):
    digest = _digest_module()
    corpus = write_corpus(tmp_path)
    first = digest.render(digest.digests(digest.corpus.articles(corpus), pipeline))
    second = digest.render(digest.digests(digest.corpus.articles(corpus), pipeline))
    assert first == second
    lines = first.splitlines()
    assert len(lines) == 4 and lines[-1].startswith("ALL\t")
    changed = first.replace(lines[1].split("\t")[1], "0" * 64)
    assert digest.differences(first, changed) == [lines[1].split("\t")[0]]
    assert digest.differences(first, first) == []


def test_an_absent_corpus_is_said_and_skipped(tmp_path, capsys):
    assert _digest_module().main(["--corpus", str(tmp_path / "nowhere")]) == 0
    assert "nothing to digest" in capsys.readouterr().err
