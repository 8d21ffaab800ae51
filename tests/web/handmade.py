"""Reports built by hand over fictional articles, so the web tests do not depend on
how well the extractors do today. Offsets are found in the text, never typed in."""
from __future__ import annotations

from tacitus.report import Actor, Article, Count, Cue, Event, Place, Quote, Report, Span, TimeRef

HOSTILE = '<script>window.__pwned = 1; document.title = "pwned"</script><img src=x onerror="window.__pwned=2">'

TEXT_A = (
    "Valdoran troops shelled the port of Meret on Tuesday, killing at least 12 civilians "
    "and wounding 30 others, officials said. "
    '"We will answer this attack," said Ostrian President Mara Kell in a televised address. '
    "Kell later met Valdoran envoy Tomas Brin in Lisse to discuss a ceasefire. "
    + HOSTILE
)

TEXT_B = (
    "Ostrian President Mara Kell signed a trade agreement with the Republic of Pell on Friday. "
    '"This is a good day for both nations," Kell told reporters. '
    "Pell's foreign minister Ivo Sand praised the deal."
)


def span(text: str, needle: str, after: int = 0) -> Span:
    start = text.index(needle, after)
    return Span(start, start + len(needle), needle)


def _mentions(text: str, *needles: str) -> list[Span]:
    out = []
    for needle in needles:
        pos = 0
        while (pos := text.find(needle, pos)) >= 0:
            out.append(Span(pos, pos + len(needle), needle))
            pos += len(needle)
    return out


def report_a() -> Report:
    t = TEXT_A
    kell = Actor("a1", "Mara Kell", "person", "OST", "GOV", "President", _mentions(t, "Mara Kell", "Kell later"))
    valdora = Actor("a2", "Valdoran troops", "group", "VAL", "MIL", None, _mentions(t, "Valdoran troops"))
    brin = Actor("a3", "Tomas Brin", "person", "VAL", "GOV", "envoy", _mentions(t, "Tomas Brin"))
    shelled, meret, tuesday = span(t, "shelled"), span(t, "Meret"), span(t, "Tuesday")
    killed, wounded = span(t, "at least 12 civilians"), span(t, "30 others")
    quote_text = span(t, "We will answer this attack,")
    said = span(t, "said Ostrian")
    event_attack = Event(
        id="e1", type="ASSAULT", mode="artillery", trigger=shelled, sentence=span(t, "Valdoran troops shelled"),
        actors=["a2"], actor_spans=[span(t, "Valdoran troops")],
        place=Place("Meret", meret.start, meret.end, country="OST"),
        killed=Count(12, None, "at least", killed.text, killed.start, killed.end, ["civilians"]),
        injured=Count(30, 30, None, wounded.text, wounded.start, wounded.end),
        date=TimeRef("Tuesday", tuesday.start, tuesday.end, "2031-03-04", "day"),
    )
    met = span(t, "met")
    event_meet = Event(
        id="e2", type="CONSULT", trigger=met, sentence=span(t, "Kell later met"),
        actors=["a1"], recipients=["a3"], actor_spans=[span(t, "Kell", met.start - 12)],
        recipient_spans=[span(t, "Tomas Brin")],
        place=Place("Lisse", *(lambda s: (s.start, s.end))(span(t, "Lisse"))),
        date=TimeRef("Tuesday", tuesday.start, tuesday.end, "2031-03-04", "day"),
    )
    quote = Quote(
        id="q1", text=quote_text.text, start=quote_text.start, end=quote_text.end, kind="direct",
        speaker="a1", speaker_name="Mara Kell", speaker_span=span(t, "Mara Kell"),
        cue=Cue("said", "say", said.start, said.start + 4), channel=span(t, "a televised address"),
        date=TimeRef("Tuesday", tuesday.start, tuesday.end, "2031-03-04", "day"),
    )
    return Report(
        article=Article(text=t, id="meret-shelling", published="2031-03-05",
                        title="Shelling of Meret <b>kills</b> civilians", outlet="Test Wire"),
        actors=[kell, valdora, brin], quotes=[quote], events=[event_attack, event_meet],
        times=[TimeRef("Tuesday", tuesday.start, tuesday.end, "2031-03-04", "day")],
    )


def report_b() -> Report:
    t = TEXT_B
    kell = Actor("a1", "Mara Kell", "person", "OST", "GOV", "President", _mentions(t, "Mara Kell", "Kell told"))
    pell = Actor("a2", "Republic of Pell", "state", "PEL", "GOV", None, _mentions(t, "Republic of Pell"))
    sand = Actor("a3", "Ivo Sand", "person", "PEL", "GOV", "foreign minister", _mentions(t, "Ivo Sand"))
    friday = span(t, "Friday")
    date = TimeRef("Friday", friday.start, friday.end, "2031-03-07", "day")
    signed, praised = span(t, "signed"), span(t, "praised")
    quote_text = span(t, "This is a good day for both nations,")
    told = span(t, "told")
    return Report(
        article=Article(text=t, id="pell-trade", published="2031-03-08", title="Ostria and Pell sign trade deal"),
        actors=[kell, pell, sand],
        quotes=[Quote(id="q1", text=quote_text.text, start=quote_text.start, end=quote_text.end, kind="direct",
                      speaker="a1", speaker_name="Mara Kell", speaker_span=span(t, "Kell", told.start - 6),
                      cue=Cue("told", "tell", told.start, told.end), channel=span(t, "reporters"), date=date)],
        events=[
            Event(id="e1", type="AGREE", trigger=signed, sentence=span(t, "Ostrian President"),
                  actors=["a1"], recipients=["a2"], actor_spans=[span(t, "Mara Kell")],
                  recipient_spans=[span(t, "Republic of Pell")], date=date),
            Event(id="e2", type="SUPPORT", trigger=praised, sentence=span(t, "Pell's foreign"),
                  actors=["a3"], actor_spans=[span(t, "Ivo Sand")], date=date),
        ],
        times=[date],
    )


TEXT_C = (
    "Police in Lisse arrested Ivo Sand on Monday. "
    "Protesters marched through Lisse. "
    "In 2019 Valdoran troops shelled Meret."
)


def report_roundup() -> Report:
    """A round-up: one event dated by its text, one with no date in the text (the publication
    date assumed) and one recalled from history."""
    t = TEXT_C
    police = Actor("a1", "Lisse police", "group", "OST", "COP", None, _mentions(t, "Police"))
    sand = Actor("a2", "Ivo Sand", "person", "PEL", "GOV", None, _mentions(t, "Ivo Sand"))
    crowd = Actor("a3", "Protesters", "group", "OST", "OPP", None, _mentions(t, "Protesters"))
    valdora = Actor("a4", "Valdoran troops", "group", "VAL", "MIL", None, _mentions(t, "Valdoran troops"))
    monday, year = span(t, "Monday"), span(t, "2019")
    stated = TimeRef("Monday", monday.start, monday.end, "2031-03-10", "day")
    assumed = TimeRef("", 0, 0, "2031-03-12", "day", inferred=True)
    lisse = span(t, "Lisse")
    return Report(
        article=Article(text=t, id="lisse-roundup", published="2031-03-12", title="Lisse round-up",
                        outlet="Test Wire", url="https://news.example/lisse-roundup"),
        actors=[police, sand, crowd, valdora],
        events=[
            Event(id="e1", type="COERCE", mode="arrest", trigger=span(t, "arrested"), sentence=span(t, "Police in Lisse arrested Ivo Sand on Monday."),
                  actors=["a1"], recipients=["a2"], actor_spans=[span(t, "Police")],
                  recipient_spans=[span(t, "Ivo Sand")], place=Place("Lisse", lisse.start, lisse.end, country="OST"),
                  date=stated, confidence=0.8),
            Event(id="e2", type="PROTEST", trigger=span(t, "marched"), sentence=span(t, "Protesters marched through Lisse."),
                  actors=["a3"], actor_spans=[span(t, "Protesters")], date=assumed, confidence=0.5),
            Event(id="e3", type="ASSAULT", trigger=span(t, "shelled"), sentence=span(t, "In 2019 Valdoran troops shelled Meret."),
                  actors=["a4"], actor_spans=[span(t, "Valdoran troops")], status="historical",
                  date=TimeRef("2019", year.start, year.end, "2019", "year")),
        ],
        times=[stated, TimeRef("2019", year.start, year.end, "2019", "year")],
    )


TEXT_D = "Ivo Sand was arrested by police in Lisse on Monday, his lawyer said."


def report_followup() -> Report:
    """A second article on the round-up's arrest (same day, place and people): merged with it."""
    t = TEXT_D
    police = Actor("a1", "Lisse police", "group", "OST", "COP", None, _mentions(t, "police"))
    sand = Actor("a2", "Ivo Sand", "person", "PEL", "GOV", None, _mentions(t, "Ivo Sand"))
    monday, lisse = span(t, "Monday"), span(t, "Lisse")
    date = TimeRef("Monday", monday.start, monday.end, "2031-03-10", "day")
    return Report(
        article=Article(text=t, id="sand-arrest", published="2031-03-11", title="Ivo Sand arrested",
                        source="wires/sand-arrest.txt"),
        actors=[police, sand],
        events=[Event(id="e1", type="COERCE", mode="arrest", trigger=span(t, "arrested"), sentence=span(t, t),
                      actors=["a1"], recipients=["a2"], actor_spans=[span(t, "police")],
                      recipient_spans=[span(t, "Ivo Sand")],
                      place=Place("Lisse", lisse.start, lisse.end, country="OST"), date=date, confidence=0.7)],
        times=[date],
    )
