"""tacitus eval event-types: loading labelled sentences, scoring and the command line."""
from __future__ import annotations

import json

import pytest
from click.testing import CliRunner

from tacitus.cli import main
from tacitus.evaluate import event_types
from tacitus.evaluate.event_types import Scores, Sentence

ROWS = [
    {"text": "Rebels attacked an army post near the border on Sunday, killing three soldiers.", "type": "ASSAULT"},
    # labelled AID on purpose: a strict miss, found leniently through `also`
    {"text": "The two foreign ministers met in Geneva on Tuesday to discuss the water dispute.",
     "type": "aid", "also": ["CONSULT"]},
    {"text": "The sun rose over the quiet harbour at six and the fishing boats went out.", "type": "NONE"},
]


def _write(path, rows):
    path.write_text("\n".join(json.dumps(r) for r in rows) + "\n\n", encoding="utf-8")
    return path


def test_scores_count_found_types_clean_sentences_and_confusions():
    s = Scores()
    s.add(Sentence("1", "a", "ASSAULT"), {"ASSAULT", "ACCUSE"})
    s.add(Sentence("2", "b", "PROTEST", frozenset({"ASSAULT"})), {"ASSAULT"})
    s.add(Sentence("3", "c", "COERCE", frozenset({"NONE"})), set())
    s.add(Sentence("4", "d", "NONE"), set())
    s.add(Sentence("5", "e", "NONE", frozenset({"ACCUSE"})), {"ACCUSE"})
    s.add(Sentence("6", "f", "NONE"), {"CONSULT", "AGREE"})
    assert (s.events, s.found, s.found_lenient) == (3, 1, 3)
    assert (s.quiet, s.kept_clean, s.kept_clean_lenient) == (3, 1, 2)
    assert s.accuracy == pytest.approx(2 / 6) and s.lenient_accuracy == pytest.approx(5 / 6)
    assert s.missed_as == {("PROTEST", "ASSAULT"): 1, ("COERCE", "-"): 1}
    assert s.false_events == {"ACCUSE": 1, "CONSULT": 1, "AGREE": 1}
    assert [w.id for w, _ in s.wrong] == ["2", "3", "5", "6"]
    text = event_types.format_scores(s)
    assert "found  1 of 3 (lenient 3)" in text and "kept clean        1 of 3 (lenient 2)" in text
    assert "PROTEST" in text and "ASSAULT 1" in text and "types coded on no-event sentences: ACCUSE 1, AGREE 1" in text


def test_load_reads_labels_and_refuses_bad_lines(tmp_path):
    sentences = event_types.load(_write(tmp_path / "s.jsonl", ROWS))
    assert [(s.id, s.type, s.also) for s in sentences] == [
        ("1", "ASSAULT", frozenset()), ("2", "AID", frozenset({"CONSULT"})), ("3", "NONE", frozenset())]
    with pytest.raises(event_types.LabelledSentencesError, match="no such file"):
        event_types.load(tmp_path / "absent.jsonl")
    with pytest.raises(event_types.LabelledSentencesError, match=r"bad.jsonl:2: expected a JSON object"):
        event_types.load(_write(tmp_path / "bad.jsonl", [ROWS[0], {"text": "no type"}]))
    with pytest.raises(event_types.LabelledSentencesError, match=r"bad.jsonl:1: expected a JSON object"):
        event_types.load(_write(tmp_path / "bad.jsonl", [{"text": " ", "type": "NONE"}]))
    (tmp_path / "broken.jsonl").write_text('{"text": "a", "type": "NONE"}\n{"text": \n', encoding="utf-8")
    with pytest.raises(event_types.LabelledSentencesError, match=r"broken.jsonl:2: not a JSON line"):
        event_types.load(tmp_path / "broken.jsonl")
    with pytest.raises(event_types.LabelledSentencesError, match=r":1: unknown type ASSAUL"):
        event_types.load(_write(tmp_path / "typo.jsonl", [{"text": "x", "type": "ASSAUL"}]))
    (tmp_path / "empty.jsonl").write_text("\n", encoding="utf-8")
    with pytest.raises(event_types.LabelledSentencesError, match="no labelled sentences"):
        event_types.load(tmp_path / "empty.jsonl")


def test_scores_on_written_sentences(tmp_path, pipeline):
    scores = event_types.evaluate(event_types.load(_write(tmp_path / "s.jsonl", ROWS)), pipeline)
    assert (scores.found, scores.found_lenient, scores.events) == (1, 2, 2)
    assert (scores.kept_clean, scores.quiet) == (1, 1) and not scores.failures
    assert scores.missed_as == {("AID", "CONSULT"): 1}
    # no event reaches confidence 1: every event sentence is missed, every NONE stays clean
    strict = event_types.evaluate(event_types.load(tmp_path / "s.jsonl"), pipeline, min_confidence=1.0)
    assert (strict.found, strict.kept_clean) == (0, 1) and strict.missed_as[("ASSAULT", "-")] == 1


def test_a_failing_sentence_is_a_miss_and_listed(tmp_path, pipeline, break_article):
    break_article("1")
    scores = event_types.evaluate(event_types.load(_write(tmp_path / "s.jsonl", ROWS)), pipeline)
    assert scores.found == 0 and scores.missed_as[("ASSAULT", "-")] == 1
    assert len(scores.failures) == 1 and "broken on purpose" in scores.failures[0][1]


def test_command_line(tmp_path):
    path = _write(tmp_path / "s.jsonl", ROWS)
    result = CliRunner().invoke(main, ["eval", "event-types", str(path), "--failures", "3"])
    assert result.exit_code == 0, result.output
    assert "sentences 3  accuracy 66.7%" in result.output
    assert "line 2: gold AID, coded CONSULT" in result.output
    as_json = CliRunner().invoke(main, ["eval", "event-types", str(path), "--json", "--min-confidence", "1"])
    assert as_json.exit_code == 0 and json.loads(as_json.output)["found"] == 0
    missing = CliRunner().invoke(main, ["eval", "event-types", str(tmp_path / "absent.jsonl")])
    assert missing.exit_code == 1 and "no such file" in missing.output and "Traceback" not in missing.output


def test_a_broken_lexicon_is_one_line_not_a_traceback(tmp_path):
    folder = tmp_path / "lexicons"
    folder.mkdir()
    (folder / "plover_triggers.yaml").write_text("verbs:\n  foo: [unclosed\n", encoding="utf-8")
    path = tmp_path / "s.jsonl"
    path.write_text(json.dumps({"text": "Rebels shelled the town.", "type": "ASSAULT"}) + "\n", encoding="utf-8")
    result = CliRunner().invoke(main, ["eval", "event-types", str(path), "--lexicons", str(folder)])
    assert result.exit_code == 1 and "plover_triggers.yaml" in result.output and "Traceback" not in result.output
