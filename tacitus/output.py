"""Human-readable tables of a Report (rich)."""
from __future__ import annotations

import sys

from rich.console import Console
from rich.table import Table

from tacitus.report import Report


def print_report(report: Report, console: Console | None = None) -> None:
    # piped output gets room for the table instead of rich's 80-column default
    console = console or Console(width=None if sys.stdout.isatty() else 160)
    art = report.article
    console.rule(f"[bold]{art.title or art.source or art.id or 'article'}[/] "
                 f"(published {art.published or 'unknown'})")
    actors = Table(title="Actors", show_lines=False)
    for col in ("id", "name", "country", "sector", "role", "mentions"):
        actors.add_column(col)
    for a in report.actors:
        actors.add_row(a.id, a.name, a.country or "", a.sector or "", a.role or "", str(len(a.mentions)))
    console.print(actors)
    quotes = Table(title="Quotes", show_lines=True)
    for col in ("speaker", "kind", "cue", "text", "channel / via", "date"):
        quotes.add_column(col)
    for q in report.quotes:
        via = ", ".join(s.name for s in q.via)
        channel = " / ".join(x for x in ((q.channel.text if q.channel else ""), via) if x)
        quotes.add_row(q.speaker_name or "?", q.kind, q.cue.lemma if q.cue else "",
                       _short(q.text), channel, q.date.value if q.date and q.date.value else "")
    console.print(quotes)
    if report.events:
        events = Table(title="Events", show_lines=True)
        for col in ("type", "mode", "actor", "recipient", "status", "trigger", "place", "killed", "injured", "date"):
            events.add_column(col)
        names = {a.id: a.name for a in report.actors}
        for e in report.events:
            events.add_row(e.type, e.mode or "", ", ".join(names.get(i, i) for i in e.actors),
                           ", ".join(names.get(i, i) for i in e.recipients), e.status, e.trigger.text,
                           e.place.name if e.place else "",
                           e.killed.text if e.killed else "",
                           e.injured.text if e.injured else "",
                           e.date.value if e.date and e.date.value else "")
        console.print(events)
    if report.casualties and (report.casualties.killed or report.casualties.injured):
        console.print(incident_toll(report))


def incident_toll(report) -> str:
    """"Incident toll: killed at least 20 (highest current figure; police), injured 90 (...)"."""
    parts = []
    for kind in ("killed", "injured"):
        toll = getattr(report.casualties, kind)
        if toll is None:
            continue
        c = toll.count
        amount = f"{c.min}" if c.min == c.max else f"{c.min if c.min is not None else ''}-{c.max if c.max is not None else ''}"
        why = "; ".join([toll.rule, *(s.name for s in toll.sources[:2]), *toll.marks])
        parts.append(f"{kind} {amount} ({why})")
    return "Incident toll: " + ", ".join(parts)


def _short(text: str, limit: int = 140) -> str:
    return text if len(text) <= limit else text[: limit - 1] + "…"
