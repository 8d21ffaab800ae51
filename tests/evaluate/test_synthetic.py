"""tacitus eval synthetic: the split, loading, scoring and the command line."""
from __future__ import annotations

import csv
import hashlib

import pytest
from click.testing import CliRunner

from tacitus.cli import main
from tacitus.evaluate import synthetic

STORIES = [
    ("Rebels attacked an army post near the border on Sunday, killing three soldiers.", "ASSAULT", ""),
    ("Thousands of Kenyan teachers marched through Nairobi on Monday to demand higher pay.", "PROTEST", "DEMONSTRATE"),
    ("The two ministers met in Geneva on Tuesday to discuss the water dispute.", "CONSULT", ""),
    ("The weather was mild and the harvest festival went ahead as planned.", "AID", ""),
]


def _write(path, stories):
    with open(path, "w", encoding="utf-8", newline="") as fh:
        w = csv.writer(fh)
        w.writerow(["disclaimer", "text", "title", "source", "prompt", "label", "mode"])
        for text, label, mode in stories:
            w.writerow(["synthetic", text, "t", "s", "p", label, mode])
    return path


def test_the_fifth_is_the_first_digest_byte_mod_5():
    for text in ("a", "b", "Rebels attacked", "é"):
        assert synthetic.in_fifth(text) == (hashlib.sha1(text.encode("utf-8")).digest()[0] % 5 == 0)
    texts = [f"story number {n}" for n in range(500)]
    share = sum(synthetic.in_fifth(t) for t in texts) / len(texts)
    assert 0.12 < share < 0.28


def test_splits_partition_the_file(tmp_path):
    stories = [(f"Story {n}: rebels attacked a post.", "ASSAULT", "") for n in range(60)]
    path = _write(tmp_path / "s.csv", stories)
    fifth, rest, every = (synthetic.load(path, s) for s in ("fifth", "rest", "all"))
    assert len(fifth) + len(rest) == len(every) == 60
    assert {s.id for s in fifth}.isdisjoint({s.id for s in rest})
    assert all(synthetic.in_fifth(s.text) for s in fifth)


def test_bad_files_give_one_line_errors(tmp_path):
    with pytest.raises(synthetic.SyntheticError, match="no such file"):
        synthetic.load(tmp_path / "absent.csv", "all")
    other = tmp_path / "other.csv"
    other.write_text("a,b\n1,2\n", encoding="utf-8")
    with pytest.raises(synthetic.SyntheticError, match="'text' and 'label'"):
        synthetic.load(other, "all")
    with pytest.raises(synthetic.SyntheticError, match="unknown split"):
        synthetic.load(other, "half")


def test_scores_on_written_stories(tmp_path, pipeline):
    stories = synthetic.load(_write(tmp_path / "s.csv", STORIES), "all")
    seen = []
    scores = synthetic.evaluate(stories, pipeline, on_story=lambda s, r: seen.append(s.id))
    assert seen == ["1", "2", "3", "4"]
    assert scores.stories == 4 and scores.total["ASSAULT"] == 1
    assert scores.found["ASSAULT"] == 1 and scores.found["PROTEST"] == 1 and scores.found["CONSULT"] == 1
    assert scores.found["AID"] == 0 and ("AID", "-") in scores.coded
    assert scores.recall == 0.75 and not scores.failures
    assert "AID" in synthetic.format_scores(scores)


def test_a_failing_story_is_a_miss_and_listed(tmp_path, pipeline, break_article):
    stories = synthetic.load(_write(tmp_path / "s.csv", STORIES[:2]), "all")
    break_article("2")
    scores = synthetic.evaluate(stories, pipeline)
    assert scores.found["ASSAULT"] == 1 and scores.found["PROTEST"] == 0
    assert len(scores.failures) == 1 and "broken on purpose" in scores.failures[0][1]


def test_command_line(tmp_path):
    path = _write(tmp_path / "s.csv", STORIES)
    result = CliRunner().invoke(main, ["eval", "synthetic", str(path), "--split", "all", "--failures", "2"])
    assert result.exit_code == 0, result.output
    assert "stories 4" in result.output and "extraction failures: 0" in result.output
    assert "story 4: AID" in result.output
    missing = CliRunner().invoke(main, ["eval", "synthetic", str(tmp_path / "absent.csv")])
    assert missing.exit_code == 1 and "no such file" in missing.output
