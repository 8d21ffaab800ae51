"""`tacitus extract` over a mix of good and bad inputs: bad ones are reported on stderr in
one line each and skipped, the rest is processed; exit 1 only when nothing could be read."""
from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest
from click.testing import CliRunner

from tacitus.cli import main

ARTICLE = ("President Elin Marsh of Norland said on Monday that her government would reopen the "
           "border with Estmarch next week. \"The lorries will roll again,\" Marsh told reporters.")


@pytest.fixture()
def inputs(tmp_path):
    (tmp_path / "good.txt").write_text("Monday, October 7, 2024\n\n" + ARTICLE, encoding="utf-8")
    (tmp_path / "empty.txt").write_text("", encoding="utf-8")
    (tmp_path / "photo.txt").write_bytes(b"\x89PNG\r\n\x1a\n" + bytes(200))
    (tmp_path / "records.jsonl").write_text(json.dumps({"id": "r1", "text": ARTICLE}) + "\n{broken\n",
                                            encoding="utf-8")
    return tmp_path


def _run(args, stdin=None):
    return CliRunner().invoke(main, ["extract", *args], input=stdin)


def test_bad_inputs_are_skipped_and_the_rest_processed(pipeline, inputs):
    result = _run([str(inputs / "good.txt"), str(inputs / "empty.txt"), str(inputs / "photo.txt"),
                   str(inputs / "missing.txt"), str(inputs / "records.jsonl"), "--format", "jsonl"])
    assert result.exit_code == 0, result.stderr
    reports = [json.loads(line) for line in result.stdout.splitlines()]
    assert len(reports) == 2
    assert reports[0]["article"]["published"] == "2024-10-07"
    skipped = [line for line in result.stderr.splitlines() if not line.startswith("tacitus: warning:")]
    assert skipped[:3] == [
        f"tacitus: skipped {inputs / 'empty.txt'}: empty file",
        f"tacitus: skipped {inputs / 'photo.txt'}: a PNG image, not text",
        f"tacitus: skipped {inputs / 'missing.txt'}: no such file or directory",
    ]
    assert skipped[3].startswith(f"tacitus: skipped {inputs / 'records.jsonl'}:2: not valid JSON (")
    assert len(skipped) == 4
    assert "Traceback" not in result.output


@pytest.mark.parametrize("fmt", ["table", "json", "jsonl"])
def test_exit_1_when_nothing_could_be_read(pipeline, inputs, fmt):
    result = _run([str(inputs / "empty.txt"), str(inputs / "missing.txt"), "--format", fmt])
    assert result.exit_code == 1
    assert result.stderr.splitlines()[-1] == "tacitus: no article could be read (2 inputs skipped)"
    assert result.exception is None or isinstance(result.exception, SystemExit)


def test_published_option_overrides_and_is_checked(pipeline, inputs):
    result = _run([str(inputs / "good.txt"), "--published", "2024-10-08", "--format", "json"])
    assert result.exit_code == 0
    assert json.loads(result.stdout)["article"]["published"] == "2024-10-08"
    bad = _run([str(inputs / "good.txt"), "--published", "last Tuesday"])
    assert bad.exit_code == 2  # a usage error, as click reports them
    assert "Invalid value for '--published': 'last Tuesday': expected a date as YYYY-MM-DD" in bad.stderr
    assert "Traceback" not in bad.stderr


def test_stdin_dash(pipeline):
    result = _run(["-", "--format", "json"], stdin=ARTICLE)
    assert result.exit_code == 0, result.stderr
    assert json.loads(result.stdout)["article"]["source"] == "<stdin>"


def test_installed_command_reports_a_directory_without_articles(tmp_path):
    command = Path(sys.executable).with_name("tacitus")
    if not command.exists():
        pytest.skip("the tacitus command is not installed in this environment")
    (tmp_path / "notes.md").write_text("nothing to read", encoding="utf-8")
    done = subprocess.run([str(command), "extract", str(tmp_path)], capture_output=True, text=True,
                          timeout=120)
    assert done.returncode == 1
    assert done.stderr.splitlines()[0].startswith(f"tacitus: skipped {tmp_path}: directory with no articles")
    assert "Traceback" not in done.stderr
