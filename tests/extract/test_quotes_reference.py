"""Quotes of the reference article against the analyst's expected YAML (read from
../shared at test time; skipped when it is absent)."""
from __future__ import annotations

import pytest


def _find(report, contains):
    return [q for q in report.quotes if contains in q.text]


def _expected_quotes(example_expected):
    return example_expected["quotes"]


def test_every_expected_quote_found_with_speaker_kind_and_cue(example_report, example_expected):
    missing = []
    for exp in _expected_quotes(example_expected):
        hits = _find(example_report, exp["contains"])
        if not hits:
            missing.append(f"not found: {exp['contains']!r}")
            continue
        q = hits[0]
        if q.speaker_name != exp["speaker"]:
            missing.append(f"{exp['contains']!r}: speaker {q.speaker_name!r}, expected {exp['speaker']!r}")
        if q.kind != exp["kind"]:
            missing.append(f"{exp['contains']!r}: kind {q.kind!r}, expected {exp['kind']!r}")
        if "cue" in exp and (q.cue is None or q.cue.lemma != exp["cue"]):
            missing.append(f"{exp['contains']!r}: cue {q.cue and q.cue.lemma!r}, expected {exp['cue']!r}")
    assert not missing, "\n".join(missing)


def test_channel_via_and_addressee_where_the_analyst_gives_them(example_report, example_expected):
    actors = {a.id: a.name for a in example_report.actors}
    problems = []
    for exp in _expected_quotes(example_expected):
        q = _find(example_report, exp["contains"])[0]
        if "channel" in exp and (q.channel is None or exp["channel"] not in q.channel.text):
            problems.append(f"{exp['contains']!r}: channel {q.channel!r}")
        if "via" in exp and exp["via"] not in [v.name for v in q.via]:
            problems.append(f"{exp['contains']!r}: via {q.via!r}")
        for key in ("addressee", "target"):
            if key in exp and actors.get(q.addressee) != exp[key]:
                problems.append(f"{exp['contains']!r}: addressee {actors.get(q.addressee)!r}")
        if "location" in exp and (q.place is None or q.place.text != exp["location"]):
            problems.append(f"{exp['contains']!r}: place {q.place!r}")
    assert not problems, "\n".join(problems)


def test_evidence_offsets_match_the_text(example_report):
    text = example_report.article.text
    for q in example_report.quotes:
        assert text[q.start:q.end] == q.text
        if q.cue:
            assert text[q.cue.start:q.cue.end] == q.cue.text
        for span in (q.channel, q.speaker_span, q.time, q.place):
            if span is not None:
                assert text[span.start:span.end] == span.text


def test_no_quote_given_to_the_wrong_person(example_report, example_expected):
    expected = _expected_quotes(example_expected)
    for q in example_report.quotes:
        for exp in expected:
            if exp["contains"] in q.text:
                assert q.speaker_name == exp["speaker"], (q.text, q.speaker_name)


def test_nested_quote_is_not_the_presidents(example_report):
    nested = [q for q in example_report.quotes if "we’re done" in q.text]
    assert nested, "the outer quote holding the nested words is found"
    for q in nested:
        assert q.speaker_name == "Marco Rubio"
        assert not q.text.startswith("well")


@pytest.mark.parametrize("contains,time_text", [
    ("the man with no cards to play", "Wednesday"),
    ("to get moving", "April 11"),
    ("have the cards", "February"),
])
def test_time_expression_tied_to_the_quote(example_report, contains, time_text):
    q = _find(example_report, contains)[0]
    assert q.time is not None and time_text in q.time.text
