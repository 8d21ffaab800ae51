"""The Report's JSON contract: schema file in step with the code, round trip, evidence."""
from __future__ import annotations

import jsonschema

from tacitus import report_schema
from tacitus.report import Article, Cue, Quote, Report


def test_committed_schema_matches_the_dataclasses():
    assert report_schema.load() == report_schema.build(), \
        "regenerate: python -m tacitus.report_schema > tacitus/schemas/report.schema.json"


def test_json_round_trip_keeps_everything():
    text = "Mara Vell said the talks failed."
    rep = Report(article=Article(text=text, published="2024-05-01"),
                 quotes=[Quote(id="q1", text="the talks failed", start=15, end=31, kind="indirect",
                               cue=Cue(text="said", lemma="say", start=10, end=14))])
    again = Report.from_json(rep.to_json())
    assert again == rep
    assert isinstance(again.quotes[0].cue, Cue)


def test_extracted_report_validates_and_spans_are_evidence(example_report):
    data = example_report.to_dict()
    jsonschema.validate(data, report_schema.load())
    text = data["article"]["text"]

    def spans(node):
        if isinstance(node, dict):
            if isinstance(node.get("start"), int) and isinstance(node.get("end"), int):
                yield node
            for value in node.values():
                yield from spans(value)
        elif isinstance(node, list):
            for value in node:
                yield from spans(value)

    found = list(spans({k: v for k, v in data.items() if k != "article"}))
    assert found, "the reference article yields spans"
    for span in found:
        assert 0 <= span["start"] <= span["end"] <= len(text)
        if span.get("text") and "name" not in span:
            assert text[span["start"]:span["end"]] == span["text"], span


def test_to_dict_is_dataclasses_asdict(example_report):
    import dataclasses
    import json

    # the extracted reference article holds every kind of field: nested records, lists,
    # dicts, None, numbers, and the reports are written with this on every article
    assert example_report.to_dict() == dataclasses.asdict(example_report)
    assert example_report.to_json() == json.dumps(dataclasses.asdict(example_report), ensure_ascii=False)
    copy = example_report.to_dict()
    copy["actors"][0]["mentions"].clear()  # a copy, not the report's own lists
    assert example_report.actors[0].mentions
