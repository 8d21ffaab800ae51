"""The article text as HTML with every extracted span highlighted.

Each highlight names what it is evidence for (an event, a quote, an actor, a time),
so a reader can go from a code to the words behind it and back. Spans may overlap
in any way; the renderer nests them and splits a highlight where two cross, so the
HTML is always well formed. Every piece of article text is escaped.
"""
from __future__ import annotations

from dataclasses import dataclass
from html import escape
from typing import Iterable, Optional

from tacitus.report import Event, Report


@dataclass(frozen=True)
class Highlight:
    start: int
    end: int
    kind: str  # quote | speaker | cue | trigger | actor | recipient | place | killed | injured | time | mention
    ref: str  # the anchor of what it is evidence for: "event-e1", "quote-q2", "actor-a3", "time-4"
    label: str  # a short tooltip: "ATTACK trigger (e1)"


def highlights(report: Report) -> list[Highlight]:
    """Every span of the report that points into the article text."""
    out: list[Highlight] = []
    names = {a.id: a.name for a in report.actors}
    for actor in report.actors:
        for m in actor.mentions:
            out.append(Highlight(m.start, m.end, "mention", f"actor-{actor.id}", f"{actor.name} ({actor.id})"))
    for q in report.quotes:
        ref = f"quote-{q.id}"
        who = q.speaker_name or names.get(q.speaker or "", "unknown speaker")
        out.append(Highlight(q.start, q.end, "quote", ref, f"{q.kind} quote by {who} ({q.id})"))
        if q.speaker_span:
            out.append(Highlight(q.speaker_span.start, q.speaker_span.end, "speaker", ref, f"speaker of {q.id}: {who}"))
        if q.cue:
            out.append(Highlight(q.cue.start, q.cue.end, "cue", ref, f"cue '{q.cue.lemma}' of {q.id}"))
    for e in report.events:
        ref = f"event-{e.id}"
        out.append(Highlight(e.trigger.start, e.trigger.end, "trigger", ref, f"{e.type} trigger ({e.id})"))
        for s in e.actor_spans:
            out.append(Highlight(s.start, s.end, "actor", ref, f"actor of {e.type} ({e.id})"))
        for s in e.recipient_spans:
            out.append(Highlight(s.start, s.end, "recipient", ref, f"recipient of {e.type} ({e.id})"))
        if e.place:
            out.append(Highlight(e.place.start, e.place.end, "place", ref, f"place of {e.type} ({e.id})"))
        for kind, count in (("killed", e.killed), ("injured", e.injured)):
            if count and count.end > count.start:
                out.append(Highlight(count.start, count.end, kind, ref, f"{kind} in {e.type} ({e.id})"))
    toll = getattr(report, "casualties", None)
    for kind in ("killed", "injured"):
        count = getattr(toll, kind).count if toll and getattr(toll, kind) else None
        for span in (count.evidence if count else []):  # each victim mention the toll was built from
            out.append(Highlight(span.start, span.end, kind, "incident-toll", f"{kind}: victim mention"))
    for i, t in enumerate(report.times):
        if t.end > t.start and not t.inferred:
            out.append(Highlight(t.start, t.end, "time", f"time-{i}", f"{t.type} {t.value or '?'}"))
    n = len(report.article.text)
    # Drop spans that fall outside the text (a corrupt store row must not break the page).
    return [h for h in out if 0 <= h.start < h.end <= n]


def event_evidence(report: Report, local_id: str) -> tuple[Optional[Event], list[Highlight]]:
    """One event of a report (by its id in the report, "e1") and every span it was coded from,
    its stated date included, in text order; (None, []) when the report has no such event."""
    event = next((e for e in report.events if e.id == local_id), None)
    if event is None:
        return None, []
    ref = f"event-{local_id}"
    marks = [h for h in highlights(report) if h.ref == ref]
    when = event.date
    if when and not when.inferred and 0 <= when.start < when.end <= len(report.article.text):
        marks.append(Highlight(when.start, when.end, "time", ref, f"date of {event.type} ({event.id})"))
    return event, sorted(marks, key=lambda h: (h.start, h.end))


def excerpt(text: str, start: int, end: int, marks: Iterable[Highlight]) -> str:
    """`text[start:end]` (a sentence) as escaped HTML with the marks that fall inside it."""
    inside = [Highlight(h.start - start, h.end - start, h.kind, h.ref, h.label) for h in marks
              if start <= h.start and h.end <= end]
    return render(text[start:end], inside, ids=False)


def anchor(h: Highlight) -> str:
    """The HTML id of a highlight's first piece: "event-e1-trigger-120"."""
    return f"{h.ref}-{h.kind}-{h.start}"


def render(text: str, spans: Iterable[Highlight], ids: bool = True) -> str:
    """`text` as escaped HTML with each span wrapped in a <mark>.

    Longer spans open first, so a span inside another nests; when two spans cross,
    the inner one is closed at the boundary and reopened after it (split).
    The first piece of each highlight carries an id to link to (see `anchor`) unless `ids`
    is False (a page showing pieces of several articles).
    """
    spans = sorted(set(spans), key=lambda h: (h.start, -h.end, h.kind, h.ref))
    starts: dict[int, list[int]] = {}
    ends: dict[int, list[int]] = {}
    for i, h in enumerate(spans):
        starts.setdefault(h.start, []).append(i)
        ends.setdefault(h.end, []).append(i)
    cuts = sorted({0, len(text), *starts, *ends})
    out: list[str] = []
    stack: list[int] = []  # indexes of open highlights, outermost first
    opened: set[int] = set()

    def open_tag(i: int) -> str:
        h = spans[i]
        first = i not in opened
        opened.add(i)
        ident = f' id="{escape(anchor(h))}"' if first and ids else ""
        return (f'<mark{ident} class="hl hl-{h.kind}" data-kind="{h.kind}" data-ref="{escape(h.ref)}"'
                f' title="{escape(h.label)}">')

    for pos, nxt in zip(cuts, cuts[1:] + [None]):
        closing = set(ends.get(pos, ()))
        if closing:
            # Close down to the deepest ending span, reopening the ones that go on.
            depth = min(stack.index(i) for i in closing if i in stack)
            reopen = [i for i in stack[depth:] if i not in closing]
            out.append("</mark>" * (len(stack) - depth))
            del stack[depth:]
            for i in reopen:
                out.append(open_tag(i))
                stack.append(i)
        for i in starts.get(pos, ()):  # already sorted outermost first
            out.append(open_tag(i))
            stack.append(i)
        if nxt is not None:
            out.append(escape(text[pos:nxt]))
    out.append("</mark>" * len(stack))
    return "".join(out)


def article_html(report: Report) -> str:
    return render(report.article.text, highlights(report))
