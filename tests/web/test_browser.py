"""The explorer in a real headless browser (Debian's chromium through Playwright)."""
from __future__ import annotations

import pytest

from tests.web.conftest import screenshot

pytestmark = pytest.mark.browser


def test_timeline_loads_and_filters_by_actor(page, handmade_server):
    page.goto(handmade_server.url + "/timeline")
    page.wait_for_function("window.tacitusChart && window.tacitusChart.data.labels.length > 0")
    assert page.locator("#event-list li.event").count() == 4
    page.fill("input[name=actor]", "Mara Kell")
    page.click("form.filters button[type=submit]")
    page.wait_for_url("**actor=Mara+Kell**")
    rows = page.locator("#event-list li.event")
    assert rows.count() == 2
    assert all("Mara Kell" in t for t in rows.all_inner_texts())
    assert page.locator("#event-total").inner_text() == "2"
    assert not page.js_errors


def test_event_evidence_is_highlighted_in_the_article(page, handmade_server):
    page.goto(handmade_server.url + "/timeline?type=ASSAULT")
    page.click("#event-list li.event a.evidence-link")
    page.wait_for_url("**/article/meret-shelling#event-e1")
    trigger = page.locator('#article-text mark[data-kind="trigger"][data-ref="event-e1"]')
    assert trigger.inner_text() == "shelled"
    assert "active" in trigger.get_attribute("class")  # the linked event's spans are outlined
    kinds = set(page.locator('#article-text mark[data-ref="event-e1"]').evaluate_all(
        "els => els.map(e => e.dataset.kind)"))
    assert {"trigger", "actor", "place", "killed", "injured"} <= kinds
    page.locator('#article-text mark[data-kind="speaker"]').first.click()
    assert "active" in page.locator("#quote-q1").get_attribute("class")


def test_injected_script_does_not_run(page, handmade_server):
    page.goto(handmade_server.url + "/article/meret-shelling")
    page.wait_for_load_state("load")
    assert page.evaluate("window.__pwned") is None
    assert page.title() != "pwned"
    assert "<script>window.__pwned = 1;" in page.locator("#article-text").inner_text()
    assert page.locator("#article-text script, #article-text img").count() == 0
    assert not page.js_errors


def test_sample_store_timeline_and_article_evidence(page, samples_server):
    """The project's own samples, through the real pipeline, in the browser (and the README's screenshots)."""
    page.goto(samples_server.url + "/timeline")
    page.wait_for_function("window.tacitusChart !== undefined")
    events = page.locator("#event-list li.event")
    assert events.count() > 0, "the sample store has no events"
    screenshot(page, "timeline.png")
    # The article with the most highlighted evidence, opened at one of its events.
    link = page.locator("#event-list li.event a.evidence-link").first
    link.click()
    page.wait_for_selector("#article-text")
    ref = page.evaluate("decodeURIComponent(location.hash.slice(1))")
    assert page.locator(f'#article-text mark[data-kind="trigger"][data-ref="{ref}"]').count() == 1
    assert page.locator("#article-text mark.hl").count() > 3
    page.evaluate("window.scrollTo(0, 0)")
    screenshot(page, "article.png")
    assert not page.js_errors


def test_wikinews_store_in_the_browser(page, wikinews_server):
    """Real news through the real pipeline: the timeline draws, an actor filter narrows
    it, and an event's evidence is highlighted in its article. (No screenshot: third-party text.)"""
    page.goto(wikinews_server.url + "/timeline")
    page.wait_for_function("window.tacitusChart !== undefined")
    total = int(page.locator("#event-total").inner_text())
    assert total > 0
    name = page.locator("#event-list li.event .who a.actor-link").first.inner_text()  # an actor, not a recipient
    page.fill("input[name=actor]", name)
    page.click("form.filters button[type=submit]")
    page.wait_for_load_state("load")
    filtered = int(page.locator("#event-total").inner_text())
    assert 0 < filtered <= total
    page.locator("#event-list li.event a.evidence-link").first.click()
    page.wait_for_selector("#article-text")
    ref = page.evaluate("decodeURIComponent(location.hash.slice(1))")
    assert page.locator(f'#article-text mark[data-kind="trigger"][data-ref="{ref}"]').count() == 1
    assert page.evaluate("document.querySelectorAll('#article-text script').length") == 0
    assert not page.js_errors


def test_api_docs_render_offline(page, handmade_server):
    page.goto(handmade_server.url + "/docs")
    page.wait_for_selector(".swagger-ui .info .title", timeout=20000)
    assert "Tacitus explorer" in page.locator(".swagger-ui .info .title").inner_text()
    assert page.locator(".opblock-summary-path").count() >= 5  # the routes are listed
    assert not page.js_errors


def test_unknown_actor_is_an_html_page(page, handmade_server):
    response = page.goto(handmade_server.url + "/actor/999999")
    assert response.status == 404
    assert "no actor 999999" in page.locator("main").inner_text()
    assert page.locator("header nav a").count() >= 4

def test_counts_page_and_its_csv(page, samples_server):
    page.goto(samples_server.url + "/counts?by=country,type")
    rows = page.locator("#counts-table tbody tr")
    assert rows.count() > 0
    page.fill("input[name=by]", "type")
    page.click("#counts-form button[type=submit]")
    page.wait_for_url("**by=type**")
    assert page.locator("#counts-table thead th").all_inner_texts() == ["type", "Events"]
    href = page.locator("#counts-csv").get_attribute("href")
    assert "format=csv" in href and "by=type" in href
    screenshot(page, "counts.png")
    assert not page.js_errors


def test_map_draws_clustered_events_offline(page, handmade_server):
    page.goto(handmade_server.url + "/map")
    page.wait_for_selector("#event-map[data-land]")  # the world, served locally, is drawn
    drawn = page.evaluate("window.tacitusMap")
    assert drawn["land"] > 1000
    assert drawn["events"] == int(page.locator("#map-located").inner_text())  # hand-made places have no coordinates
    assert not page.js_errors


def test_sample_store_map(page, samples_server):
    page.goto(samples_server.url + "/map")
    page.wait_for_selector("#event-map[data-land]")
    drawn = page.evaluate("window.tacitusMap")
    assert drawn["events"] == int(page.locator("#map-located").inner_text()) > 0
    assert 0 < drawn["clusters"] <= drawn["events"]
    screenshot(page, "map.png")
    # a click on the biggest cluster lists its places
    box = page.locator("#event-map").bounding_box()
    spot = page.evaluate("window.tacitusMapBiggest()")
    page.mouse.click(box["x"] + spot[0], box["y"] + spot[1])
    assert page.locator("#map-selection li").count() > 0
    assert not page.js_errors
