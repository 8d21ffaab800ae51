"""The JSON API and HTML pages over a store of hand-made reports (no browser)."""
from __future__ import annotations

import hashlib
import re
from pathlib import Path

import pytest


def test_openapi_documents_the_routes(client):
    paths = client.get("/openapi.json").json()["paths"]
    for route in ("/api/events", "/api/timeline", "/api/quotes", "/api/actors", "/api/actors/{actor_id}",
                  "/api/actors/{actor_id}/network", "/api/articles", "/api/articles/{article_id}"):
        assert route in paths
    assert not any(p.startswith("/timeline") for p in paths)  # pages stay out of the API schema


def test_events_filter_by_actor_and_type(client):
    body = client.get("/api/events", params={"actor": "Kell"}).json()
    assert body["total"] == 2
    assert {e["type"] for e in body["items"]} == {"CONSULT", "AGREE"}
    assert all(e["evidence"] and e["evidence"][0]["local_id"].startswith("e") for e in body["items"])
    attack = client.get("/api/events", params={"type": "assault", "country": "OST"}).json()
    assert attack["total"] == 1  # type names in any case
    attack = client.get("/api/events", params={"recipient": "Brin"}).json()
    assert [e["type"] for e in attack["items"]] == ["CONSULT"]


def test_unknown_codes_are_refused_with_the_nearest(client):
    wrong = client.get("/api/events", params={"type": "ASSAUL"})
    assert wrong.status_code == 422 and "did you mean ASSAULT" in wrong.text
    assert client.get("/api/timeline", params={"type": "CONSULTT"}).status_code == 422
    assert client.get("/api/events", params={"status": "maybe"}).status_code == 422


def test_events_paging_is_bounded(client):
    assert client.get("/api/events", params={"limit": 100000}).status_code == 422
    page = client.get("/api/events", params={"limit": 1, "offset": 1}).json()
    assert len(page["items"]) == 1 and page["total"] == 4


def test_timeline_counts_by_type_and_quad(client):
    by_type = client.get("/api/timeline").json()["counts"]
    assert {"day": "2031-03-04", "period": "2031-03-04", "precision": "day", "key": "ASSAULT", "count": 1} in by_type
    quads = {r["key"] for r in client.get("/api/timeline", params={"by": "quad"}).json()["counts"]}
    assert "verbal cooperation" in quads or "material cooperation" in quads


def test_quotes_search(client):
    items = client.get("/api/quotes", params={"q": "good day"}).json()["items"]
    assert len(items) == 1 and items[0]["evidence"]["article"] == "pell-trade"
    assert client.get("/api/quotes", params={"speaker": "Kell", "channel": "televised"}).json()["items"]
    assert client.get("/api/quotes", params={"q": 'AND OR "(*'}).status_code == 200  # no FTS syntax leaks


def test_actor_and_network(client):
    kell = client.get("/api/actors", params={"q": "Mara Kell"}).json()["items"][0]
    detail = client.get(f"/api/actors/{kell['id']}").json()
    assert detail["country"] == "OST"
    edges = client.get(f"/api/actors/{kell['id']}/network").json()["edges"]
    assert {e["target_name"] for e in edges if e["source"] == kell["id"]} >= {"Tomas Brin"}
    assert client.get("/api/actors/999999").status_code == 404


def test_article_report_round_trips(client):
    body = client.get("/api/articles/meret-shelling").json()
    assert body["events"][0]["trigger"]["text"] == "shelled"
    assert client.get("/api/articles/no-such-article").status_code == 404


def test_pages_render_and_escape(client):
    for url in ("/timeline", "/timeline?by=quad&actor=Kell", "/actors", "/quotes?q=attack", "/articles"):
        r = client.get(url)
        assert r.status_code == 200, url
        assert "script-src 'self'" in r.headers["content-security-policy"]
    assert "Mara Kell" in client.get("/actors?q=kell").text
    assert "Ostria and Pell sign trade deal" in client.get("/articles?q=trade").text
    html = client.get("/article/meret-shelling").text
    assert "&lt;script&gt;" in html and "window.__pwned = 1" in html
    assert "<script>window" not in html
    assert "Shelling of Meret &lt;b&gt;kills&lt;/b&gt;" in html
    assert re.search(r'<section class="card event-card" id="event-e1">', html)
    kell = client.get("/api/actors", params={"q": "Kell"}).json()["items"][0]
    actor_html = client.get(f"/actor/{kell['id']}").text
    assert "Tomas Brin" in actor_html and "<svg" in actor_html


def test_app_is_read_only(client):
    assert client.post("/api/events").status_code == 405
    assert client.delete("/api/articles/meret-shelling").status_code == 405


def test_serve_rejects_a_missing_store(tmp_path):
    from click.testing import CliRunner

    from tacitus.cli import main

    result = CliRunner().invoke(main, ["serve", "--db", str(tmp_path / "none.db")])
    assert result.exit_code == 1
    assert "none.db" in result.output and "Traceback" not in result.output


def test_vendored_chart_matches_its_record():
    static = Path(__file__).resolve().parents[2] / "tacitus" / "web" / "static"
    digest = hashlib.sha256((static / "chart.umd.min.js").read_bytes()).hexdigest()
    assert digest in (static / "VENDORED.md").read_text(encoding="utf-8")


def test_api_docs_are_served_by_the_app_itself(client):
    page = client.get("/docs")
    assert page.status_code == 200 and "text/html" in page.headers["content-type"]
    assert 'src="/static/swagger/swagger-ui-bundle.js"' in page.text and "<script>" not in page.text
    assert "cdn" not in page.text.lower()
    assert client.get("/static/swagger/swagger-ui-bundle.js").status_code == 200
    assert client.get("/static/api-docs.js").status_code == 200


def test_a_missing_page_is_a_page_and_a_missing_record_is_json(client):
    page = client.get("/actor/999999")
    assert page.status_code == 404 and "text/html" in page.headers["content-type"]
    assert "no actor 999999" in page.text and "<nav>" in page.text
    assert page.headers["Content-Security-Policy"].startswith("default-src 'self'")
    assert client.get("/no/such/page").status_code == 404
    api = client.get("/api/actors/999999")
    assert api.status_code == 404 and api.json() == {"detail": "no actor 999999"}


def test_one_event_with_its_reports_and_reasons(client):
    first = client.get("/api/events", params={"limit": 1}).json()["items"][0]
    body = client.get(f"/api/events/{first['id']}").json()
    assert body["reports"] and body["why"] == [] if body["n_reports"] == 1 else body["why"]
    assert body["sources"] and {"url", "title", "outlet", "published"} <= set(body["sources"][0])
    assert client.get("/api/events/999999").status_code == 404
    assert client.get(f"/api/events/{2**63}").status_code == 422


def test_list_pages_show_totals_and_download_what_they_show(client):
    page = client.get("/articles")
    assert "of 2" in page.text and 'class="download"' in page.text
    rows = client.get("/articles", params={"format": "csv"}).text.splitlines()
    assert rows[0].startswith("id,key,published,title,outlet") and len(rows) == 3
    assert len(client.get("/actors", params={"format": "json"}).json()) == client.get(
        "/api/actors", params={"limit": 50}).json()["items"].__len__()
    timeline = client.get("/timeline", params={"format": "json", "type": "CONSULT"}).json()
    assert [e["type"] for e in timeline] == ["CONSULT"]
    assert client.get("/quotes", params={"format": "csv"}).headers["content-type"].startswith("text/csv")


def test_timeline_hides_what_did_not_happen_unless_asked(client):
    shown = client.get("/timeline", params={"format": "json"}).json()
    everything = client.get("/timeline", params={"format": "json", "every_status": "true"}).json()
    assert all(e["status"] in ("asserted", "future") for e in shown)
    assert len(everything) >= len(shown)

def test_counts_api_and_csv(client):
    body = client.get("/api/counts", params={"by": "country,type"}).json()
    assert body["by"] == ["country", "type"]
    assert sum(r["events"] for r in body["rows"]) == client.get("/api/events").json()["total"]
    assert any(r["country"] == "OST" for r in body["rows"])
    csv_text = client.get("/api/counts", params={"by": "type", "format": "csv"}).text
    assert csv_text.splitlines()[0] == "type,events"
    assert client.get("/api/counts", params={"by": "planet"}).status_code == 422


def test_counts_page(client):
    page = client.get("/counts", params={"by": "type"}).text
    assert 'id="counts-table"' in page and "format=csv" in page


def test_timeline_hides_events_dated_only_by_publication_unless_asked(roundup_client):
    """A round-up's undated event would stand on its publication day: hidden by default, with
    the historical one; the box shows both again, and the page says how many are hidden."""
    shown = roundup_client.get("/timeline", params={"format": "json"}).json()
    assert [e["type"] for e in shown] == ["COERCE"]
    everything = roundup_client.get("/timeline", params={"format": "json", "every_status": "true"}).json()
    assert {e["type"] for e in everything} == {"COERCE", "PROTEST", "ASSAULT"}
    assert [e["date_inferred"] for e in everything if e["type"] == "PROTEST"] == [True]
    page = roundup_client.get("/timeline").text
    assert re.search(r'id="hidden-note">\(2 hidden', page)
    chart_days = re.search(r'id="timeline-data">(.*?)</script>', page).group(1)
    assert "2031-03-12" not in chart_days and "2031-03-10" in chart_days  # the publication day is no bar
    assert "2031-03-12" in re.search(r'id="timeline-data">(.*?)</script>',
                                     roundup_client.get("/timeline?every_status=true").text).group(1)


def test_event_page_shows_the_coding_the_merge_and_every_source(roundup_client):
    arrest = roundup_client.get("/api/events", params={"type": "COERCE"}).json()["items"][0]
    assert arrest["n_reports"] == 2
    page = roundup_client.get(f"/event/{arrest['id']}")
    assert page.status_code == 200 and "text/html" in page.headers["content-type"]
    facts = re.search(r'<dl class="facts" id="event-facts">(.*?)</dl>', page.text, re.S).group(1)
    for shown in ("COERCE", arrest["cameo"], "arrest", "2031-03-10", "(to the day)", "Lisse police", "Ivo Sand",
                  "Lisse (OST)", "asserted", "0.80"):
        assert shown in facts, shown
    if arrest["cameo_name"]:  # from the CAMEO reference table, when the dictionaries are present
        assert arrest["cameo_name"] in facts
    reasons = re.search(r'<section id="merge-reasons">(.*?)</section>', page.text, re.S).group(1)
    assert "“Lisse round-up” and “Ivo Sand arrested”" in reasons and "same place" in reasons
    cards = re.findall(r'<section class="card report-card".*?</section>', page.text, re.S)
    assert len(cards) == 2
    roundup, followup = cards
    assert "2031-03-12 · Test Wire" in roundup and "https://news.example/lisse-roundup" in roundup
    assert "2031-03-11" in followup and "wires/sand-arrest.txt" in followup  # a file's path where no URL
    text = "Ivo Sand was arrested by police in Lisse on Monday, his lawyer said."
    start = text.index("arrested")
    assert f'<mark class="hl hl-trigger">arrested</mark></td><td class="num">{start}–{start + 8}</td>' in followup
    assert "confidence 0.70" in followup and 'href="/article/sand-arrest#event-e1"' in followup
    assert f'href="/event/{arrest["id"]}"' in roundup_client.get("/timeline").text  # the list links to it


def test_event_page_of_an_event_dated_by_publication_only(roundup_client):
    march = roundup_client.get("/api/events", params={"type": "PROTEST"}).json()["items"][0]
    page = roundup_client.get(f"/event/{march['id']}").text
    assert "publication date: the text gives none" in page and "merge-reasons" not in page


def test_an_unknown_event_is_an_html_404_page(roundup_client):
    for wrong in ("999999", "abc", str(2**70)):
        page = roundup_client.get(f"/event/{wrong}")
        assert page.status_code == 404 and "text/html" in page.headers["content-type"], wrong
        assert f"no event {wrong}" in page.text and "<nav>" in page.text


def test_the_api_gives_what_the_timeline_page_shows(roundup_client):
    """status and date_stated as the page sets them by default: the same events and bars."""
    shown = {"status": "asserted,future", "date_stated": "true"}
    events = roundup_client.get("/api/events", params=shown).json()
    assert events["total"] == 1 and events["items"][0]["type"] == "COERCE"
    assert roundup_client.get("/api/events").json()["total"] == 3
    counts = roundup_client.get("/api/timeline", params=shown).json()["counts"]
    assert [(c["day"], c["key"]) for c in counts] == [("2031-03-10", "COERCE")]
