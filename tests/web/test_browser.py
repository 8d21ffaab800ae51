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
    # An article opened at one of its attacks (triggers, sides, place and casualties highlighted).
    page.goto(samples_server.url + "/timeline?type=ASSAULT")
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

def test_sample_store_counts_page_and_its_csv(page, samples_server):
    page.goto(samples_server.url + "/counts?by=country,type")
    rows = page.locator("#counts-table tbody tr")
    assert rows.count() > 0
    assert page.locator("#counts-table thead th").all_inner_texts() == ["country", "type", "Events"]
    screenshot(page, "counts.png")  # per country and type, as the README says
    page.fill("input[name=by]", "type")
    page.click("#counts-form button[type=submit]")
    page.wait_for_url("**by=type**")
    assert page.locator("#counts-table thead th").all_inner_texts() == ["type", "Events"]
    href = page.locator("#counts-csv").get_attribute("href")
    assert "format=csv" in href and "by=type" in href
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
    # the map opens on the events (the samples' towns lie a few hundred kilometres apart), not on one blob
    assert 1 < drawn["clusters"] <= drawn["events"]
    screenshot(page, "map.png")
    # a click on the biggest cluster lists its places
    box = page.locator("#event-map").bounding_box()
    spot = page.evaluate("window.tacitusMapBiggest()")
    page.mouse.click(box["x"] + spot[0], box["y"] + spot[1])
    assert page.locator("#map-selection li").count() > 0
    assert not page.js_errors


def _chart(page) -> dict:
    """What the timeline chart draws: its bar labels and, per series, its colour and counts."""
    page.wait_for_function("window.tacitusChart !== undefined")
    return page.evaluate("""() => ({
        labels: window.tacitusChart.data.labels,
        series: Object.fromEntries(window.tacitusChart.data.datasets.map(
            d => [d.label, {colour: d.backgroundColor, counts: d.data}]))})""")


def _hex(rgb: str) -> str:
    """"rgb(204, 51, 17)" as "#CC3311"."""
    return "#" + "".join(f"{int(n):02X}" for n in rgb[rgb.index("(") + 1:-1].split(",")[:3])


def test_timeline_palette_is_one_fixed_colour_per_type(page, handmade_server, roundup_server):
    from tacitus.web.chart import TYPE_COLOURS

    page.goto(handmade_server.url + "/timeline")
    everything = _chart(page)["series"]
    assert set(everything) == {"ASSAULT", "CONSULT", "AGREE", "SUPPORT"}
    colours = {t: s["colour"] for t, s in everything.items()}
    assert len(set(colours.values())) == len(colours)  # no two types share a colour
    badges = page.locator("#event-list .type").evaluate_all(
        "els => els.map(e => [e.textContent, getComputedStyle(e).borderLeftColor])")
    assert {kind: _hex(rgb) for kind, rgb in badges} == {kind.upper(): c.upper() for kind, c in colours.items()}
    page.goto(handmade_server.url + "/timeline?type=AGREE")
    assert _chart(page)["series"]["AGREE"]["colour"] == colours["AGREE"]  # the same colour in another view
    page.goto(roundup_server.url + "/timeline?every_status=true")  # and in another store
    for kind, drawn in _chart(page)["series"].items():
        assert drawn["colour"] == TYPE_COLOURS[kind]
    assert not page.js_errors


def test_timeline_axis_keeps_empty_days_and_bars_open_their_dates(page, handmade_server):
    page.goto(handmade_server.url + "/timeline")
    drawn = _chart(page)
    # events on the 4th and the 7th: the 5th and 6th stand between them, empty
    assert drawn["labels"] == ["2031-03-04", "2031-03-05", "2031-03-06", "2031-03-07"]
    assert drawn["series"]["ASSAULT"]["counts"] == [1, 0, 0, 0]
    page.select_option("select[name=bin]", "week")
    page.click("form.filters button[type=submit]")
    page.wait_for_url("**bin=week**")
    assert _chart(page)["labels"] == ["week of 2031-03-03"]
    page.goto(handmade_server.url + "/timeline?bin=day")
    _chart(page)
    x, y = page.evaluate("""() => { const bar = window.tacitusChart.getDatasetMeta(
        window.tacitusChart.data.datasets.findIndex(d => d.label === 'ASSAULT')).data[0];
        const box = window.tacitusChart.canvas.getBoundingClientRect();
        return [box.left + bar.x, box.top + (bar.y + bar.base) / 2]; }""")
    page.mouse.click(x, y)
    page.wait_for_url("**date_from=2031-03-04**")
    assert "date_to=2031-03-04" in page.url
    assert [t.split()[0] for t in page.locator("#event-list li.event").all_inner_texts()] == ["2031-03-04"] * 2
    assert not page.js_errors


def test_timeline_toggle_shows_hidden_events(page, roundup_server):
    page.goto(roundup_server.url + "/timeline")
    assert page.locator("#event-list li.event").count() == 1
    assert "2 hidden" in page.locator("#hidden-note").inner_text()
    assert "2031-03-12" not in _chart(page)["labels"]  # no bar on the round-up's publication day
    page.check("input[name=every_status]")
    page.click("form.filters button[type=submit]")
    page.wait_for_url("**every_status=true**")
    assert page.locator("#event-list li.event").count() == 3
    assert page.locator("#hidden-note").count() == 0
    assert "2031-03-12" in _chart(page)["labels"]
    assert page.locator("input[name=every_status]").is_checked()  # the box stays ticked
    assert not page.js_errors


def test_download_links_give_exactly_the_rows_shown(page, handmade_server):
    import csv
    import io

    page.goto(handmade_server.url + "/timeline?actor=Kell")
    shown = page.locator("#event-list li.event").count()
    assert shown == 2
    with page.expect_download() as info:
        page.click("a.download:text('CSV')")
    download = info.value
    assert download.suggested_filename == "events.csv"
    rows = list(csv.DictReader(io.StringIO(open(download.path(), encoding="utf-8").read())))
    assert len(rows) == shown and all("Mara Kell" in r["actors"] for r in rows)
    href = page.locator("a.download:text('JSON')").get_attribute("href")
    assert "actor=Kell" in href and "format=json" in href
    assert len(page.request.get(handmade_server.url + "/timeline" + href).json()) == shown
    for url, rows_shown in (("/articles", "#article-list tbody tr"), ("/quotes", "ol.quotes li.quote")):
        page.goto(handmade_server.url + url)
        href = page.locator("a.download:text('JSON')").get_attribute("href")
        assert len(page.request.get(handmade_server.url + url + href).json()) == page.locator(rows_shown).count()
    assert not page.js_errors


def test_event_page_from_the_timeline_and_its_404(page, roundup_server):
    page.goto(roundup_server.url + "/timeline")
    page.click("#event-list li.event a.event-link")
    page.wait_for_url("**/event/*")
    assert "COERCE" in page.locator("h1").inner_text()
    assert page.locator("section.report-card").count() == 2
    assert "same place" in page.locator("#merge-reasons").inner_text()
    page.locator("section.report-card a.evidence-link").last.click()
    page.wait_for_url("**/article/sand-arrest#event-e1")
    assert page.locator('#article-text mark.active[data-kind="trigger"]').inner_text() == "arrested"
    response = page.goto(roundup_server.url + "/event/999999")
    assert response.status == 404 and "no event 999999" in page.locator("main").inner_text()
    assert page.locator("header nav a").count() >= 4
    assert not page.js_errors


def test_actor_network_labels_fit_and_edges_carry_counts(page, samples_server):
    busiest = max(page.request.get(samples_server.url + "/api/actors?limit=500").json()["items"],
                  key=lambda a: a["n_events"])
    page.goto(f"{samples_server.url}/actor/{busiest['id']}")
    svg = page.locator("svg.network")
    view = svg.evaluate("s => [s.viewBox.baseVal.width, s.viewBox.baseVal.height]")
    boxes = svg.locator("text").evaluate_all("els => els.map(e => { const b = e.getBBox(); "
                                             "return [b.x, b.y, b.x + b.width, b.y + b.height]; })")
    assert len(boxes) > 1
    assert all(0 <= x1 and x2 <= view[0] and 0 <= y1 and y2 <= view[1] for x1, y1, x2, y2 in boxes)  # nothing clipped
    edges = svg.locator("line.edge")
    counts = svg.locator("text.edge-count").all_text_contents()
    assert edges.count() == len(counts) > 0 and all(c.isdigit() and int(c) > 0 for c in counts)
    marker = svg.locator("marker#arrow")
    assert marker.get_attribute("markerUnits") == "userSpaceOnUse"  # arrowheads do not grow with the edge
    assert int(marker.get_attribute("markerWidth")) <= 10
    assert not page.js_errors


def test_articles_page_shows_outlets_counts_and_one_line_dates(page, roundup_server):
    page.goto(roundup_server.url + "/articles")
    rows = page.locator("#article-list tbody tr")
    assert rows.count() == 2
    cells = {r[1]: r for r in (row.split("\t") for row in rows.all_inner_texts())}
    assert cells["Lisse round-up"][2] == "Test Wire" and cells["Lisse round-up"][3:] == ["3", "0"]
    assert cells["Ivo Sand arrested"][3:] == ["1", "0"]
    date = page.locator("#article-list td.date").first
    assert date.evaluate("e => getComputedStyle(e).whiteSpace") == "nowrap"
    assert not page.js_errors


def test_pagination_gives_page_numbers_and_totals(page, samples_server):
    page.goto(samples_server.url + "/timeline?every_status=true")
    total = int(page.locator("#event-total").inner_text())
    assert total > 50, "the sample store needs more than a page of events"
    assert page.locator(".pager .rows").inner_text() == f"1–50 of {total}"
    assert page.locator("#event-list li.event").count() == 50
    page.click(".pager a.page:text-is('2')")
    page.wait_for_url("**page=2**")
    assert "every_status=true" in page.url  # the other parameters are kept
    assert page.locator(".pager .rows").inner_text() == f"51–{min(100, total)} of {total}"
    assert page.locator("#event-list li.event").count() == min(100, total) - 50
    assert page.locator(".pager .current").inner_text() == "2"
    assert not page.js_errors


def test_sample_store_event_page(page, samples_server):
    page.goto(samples_server.url + "/timeline?type=ASSAULT")
    page.click("#event-list li.event a.event-link")
    page.wait_for_url("**/event/*")
    facts = page.locator("#event-facts").inner_text()
    assert "ASSAULT" in facts and "Confidence" in facts
    card = page.locator("section.report-card").first
    assert card.locator("blockquote.sentence mark.hl-trigger").count() == 1
    assert card.locator("table.spans tbody tr").count() >= 2  # trigger and at least one side, place or date
    screenshot(page, "event.png")
    assert not page.js_errors


def test_sample_store_counts_by_province_and_its_csv(page, samples_server):
    """Counts per state or province (admin1): the samples' fictional provinces carry the
    codes sample-lexicons gives them, as GeoNames' do for real places (the README's screenshot)."""
    page.goto(samples_server.url + "/counts?by=country,admin1")
    assert page.locator("#counts-table thead th").all_inner_texts() == ["country", "admin1", "Events"]
    rows = [r.split("\t") for r in page.locator("#counts-table tbody tr").all_inner_texts()]
    provinces = {row[1].strip(): row[0].strip() for row in rows if row[1].strip() not in ("", "—")}  # "—": none
    assert provinces.get("XVL-DR Dravik") == "XVL" and provinces.get("XOS-LI Lidra") == "XOS"
    assert all(code.startswith(country) for code, country in provinces.items()), provinces  # each in its own state
    screenshot(page, "counts-admin1.png")
    href = page.locator("#counts-csv").get_attribute("href")
    body = page.request.get(samples_server.url + href if href.startswith("/") else href).text()
    assert body.splitlines()[0].split(",")[:2] == ["country", "admin1"] and "XVL-DR Dravik" in body
    assert not page.js_errors
