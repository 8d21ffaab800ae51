"""The article-evidence renderer: nesting, splitting, escaping."""
from __future__ import annotations

import re
from html.parser import HTMLParser

from tacitus.web.evidence import Highlight, highlights, render
from tests.web.handmade import HOSTILE, report_a


class _Checker(HTMLParser):
    """Collects the text and checks that tags nest."""

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.stack: list[str] = []
        self.text: list[str] = []
        self.tags: list[tuple[str, dict]] = []

    def handle_starttag(self, tag, attrs):
        self.stack.append(tag)
        self.tags.append((tag, dict(attrs)))

    def handle_endtag(self, tag):
        assert self.stack and self.stack[-1] == tag, f"</{tag}> closes {self.stack}"
        self.stack.pop()

    def handle_data(self, data):
        self.text.append(data)


def parse(html: str) -> _Checker:
    checker = _Checker()
    checker.feed(html)
    checker.close()
    assert not checker.stack, f"unclosed: {checker.stack}"
    return checker


def h(start, end, kind="trigger", ref="event-e1"):
    return Highlight(start, end, kind, ref, kind)


def test_plain_text_is_escaped():
    html = render("a < b & c > d", [])
    assert html == "a &lt; b &amp; c &gt; d"


def test_nested_spans_nest():
    text = "Valdoran troops shelled the port"
    html = render(text, [h(0, 23, "quote", "quote-q1"), h(16, 23)])
    assert html.count("<mark") == 2
    assert re.search(r'<mark[^>]*hl-quote[^>]*>Valdoran troops <mark[^>]*hl-trigger[^>]*>shelled</mark></mark>', html)
    assert "".join(parse(html).text) == text


def test_crossing_spans_are_split_and_stay_well_formed():
    text = "0123456789abcdefghij"
    html = render(text, [h(0, 10, "quote", "quote-q1"), h(5, 15, "actor", "event-e1")])
    checker = parse(html)  # asserts nesting
    assert "".join(checker.text) == text
    actor_pieces = [a for t, a in checker.tags if a.get("data-kind") == "actor"]
    assert len(actor_pieces) == 2  # split at the end of the quote
    assert sum("id" in a for a in actor_pieces) == 1  # only the first piece is an anchor


def test_identical_and_touching_spans():
    text = "Kell met Brin"
    spans = [h(0, 4, "mention", "actor-a1"), h(0, 4, "actor", "event-e2"), h(4, 9, "trigger", "event-e2"),
             h(9, 13, "recipient", "event-e2")]
    checker = parse(render(text, spans))
    assert "".join(checker.text) == text
    assert len(checker.tags) == 4


def test_out_of_range_spans_are_dropped():
    report = report_a()
    report.events[0].trigger.start = len(report.article.text) + 5
    report.events[0].trigger.end = len(report.article.text) + 9
    kinds = {(x.kind, x.ref) for x in highlights(report)}
    assert ("trigger", "event-e1") not in kinds
    assert ("actor", "event-e1") in kinds


def test_report_highlights_cover_every_kind_and_escape_the_article():
    report = report_a()
    html = render(report.article.text, highlights(report))
    checker = parse(html)
    assert "".join(checker.text) == report.article.text
    kinds = {a["data-kind"] for _, a in checker.tags}
    assert {"quote", "speaker", "cue", "trigger", "actor", "recipient", "place", "killed", "injured",
            "time", "mention"} <= kinds
    assert all(tag == "mark" for tag, _ in checker.tags)  # the article's <script>/<img> are text
    assert "<script" not in html and "&lt;script&gt;" in html
    assert HOSTILE not in html
    trigger = next(a for _, a in checker.tags if a.get("data-kind") == "trigger" and a["data-ref"] == "event-e1")
    start = report.events[0].trigger.start
    assert trigger["id"] == f"event-e1-trigger-{start}"
