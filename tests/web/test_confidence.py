"""The explorer shows each event's confidence and filters on it (API, timeline, counts, map).

The round-up store: an arrest reported twice (0.8 and 0.7, merged), a march dated by
publication only (0.5) and a historical shelling of unknown confidence."""
from __future__ import annotations

import csv
import io
import re


def test_api_events_carry_and_filter_the_confidence(roundup_client):
    body = roundup_client.get("/api/events").json()
    assert sorted((e["type"], e["confidence"]) for e in body["items"]) == \
        [("ASSAULT", None), ("COERCE", 0.8), ("PROTEST", 0.5)]
    sure = roundup_client.get("/api/events", params={"min_confidence": 0.75}).json()
    assert sure["total"] == 1 and sure["items"][0]["type"] == "COERCE"
    per_report = roundup_client.get("/api/events", params={"min_confidence": 0.75, "merged": "false"}).json()
    assert [e["confidence"] for e in per_report["items"]] == [0.8]
    assert roundup_client.get("/api/events", params={"min_confidence": 0}).json()["total"] == 2
    for bad in ("1.5", "-1", "high"):
        assert roundup_client.get("/api/events", params={"min_confidence": bad}).status_code == 422


def test_an_event_lists_each_reports_confidence(roundup_client):
    arrest = roundup_client.get("/api/events", params={"type": "COERCE"}).json()["items"][0]
    detail = roundup_client.get(f"/api/events/{arrest['id']}").json()
    assert (detail["confidence"], sorted(r["confidence"] for r in detail["reports"])) == (0.8, [0.7, 0.8])


def test_api_counts_timeline_and_map_take_the_filter(roundup_client):
    counts = roundup_client.get("/api/counts", params={"by": "type", "min_confidence": 0.6}).json()["rows"]
    assert counts == [{"type": "COERCE", "events": 1}]
    chart = roundup_client.get("/api/timeline", params={"min_confidence": 0.6}).json()["counts"]
    assert {c["key"] for c in chart} == {"COERCE"}
    assert roundup_client.get("/api/timeline", params={"min_confidence": 0.9}).json()["counts"] == []
    assert roundup_client.get("/api/map", params={"min_confidence": 0.9}).status_code == 200
    assert roundup_client.get("/api/map", params={"min_confidence": 9}).status_code == 422
    schema = roundup_client.get("/openapi.json").json()["paths"]["/api/events"]["get"]["parameters"]
    assert any(p["name"] == "min_confidence" for p in schema)


def test_timeline_lists_the_confidence_and_filters_on_it(roundup_client):
    page = roundup_client.get("/timeline", params={"every_status": "true"}).text
    shown = re.findall(r'<span class="confidence" title="([^"]*)">([^<]*)</span>', page)
    assert sorted(value for _, value in shown) == ["0.50", "0.80"]  # the shelling's is unknown: nothing shown
    assert any("highest of its 2 reports" in title for title, _ in shown)
    assert 'name="min_confidence"' in page
    sure = roundup_client.get("/timeline", params={"every_status": "true", "min_confidence": "0.75"}).text
    assert re.search(r'id="event-total">1<', sure) and 'value="0.75"' in sure
    assert re.findall(r'<span class="confidence"[^>]*>([^<]*)<', sure) == ["0.80"]
    # an empty field, as the form sends it, is no filter; a wrong value is a clear error page
    empty = roundup_client.get("/timeline", params={"every_status": "true", "min_confidence": ""}).text
    assert re.search(r'id="event-total">3<', empty)
    wrong = roundup_client.get("/timeline", params={"min_confidence": "2"})
    assert wrong.status_code == 422 and "expected a number from 0 to 1" in wrong.text


def test_timeline_download_has_the_confidence_column(roundup_client):
    out = roundup_client.get("/timeline", params={"every_status": "true", "min_confidence": "0.5", "format": "csv"})
    rows = list(csv.DictReader(io.StringIO(out.text)))
    assert sorted((r["type"], r["confidence"]) for r in rows) == [("COERCE", "0.8"), ("PROTEST", "0.5")]


def test_counts_and_map_pages_keep_the_filter(roundup_client):
    counts = roundup_client.get("/counts", params={"by": "type", "min_confidence": "0.6"}).text
    assert 'value="0.6"' in counts and "min_confidence=0.6" in counts  # the CSV link keeps it
    assert roundup_client.get("/map", params={"min_confidence": "0.6"}).status_code == 200
