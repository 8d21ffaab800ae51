"""Build small Reports by hand for store tests (fictional states and people)."""
from __future__ import annotations

from tacitus.report import Actor, Article, Count, Event, Place, Quote, Report, Span, TimeRef


def span(text: str, part: str) -> Span:
    start = text.index(part)
    return Span(start, start + len(part), part)


def report(key: str, text: str, published: str, actors=(), events=(), quotes=()) -> Report:
    """actors: (local id, name, kind, country, sector, role); events: dicts (see `event`)."""
    art = Article(text=text, id=key, published=published, source=f"{key}.txt", title=key)
    acts = [Actor(id=a[0], name=a[1], kind=a[2], country=a[3], sector=a[4], role=a[5] if len(a) > 5 else None,
                  mentions=[span(text, a[1])] if a[1] in text else []) for a in actors]
    evs = [event(text, f"e{n}", **e) for n, e in enumerate(events)]
    qs = [Quote(id=f"q{n}", text=q[1], start=text.index(q[1]), end=text.index(q[1]) + len(q[1]), kind="direct",
                speaker=q[0], speaker_name=next((a.name for a in acts if a.id == q[0]), None),
                date=TimeRef(published, 0, 0, value=published, inferred=True))
          for n, q in enumerate(quotes)]
    return Report(article=art, actors=acts, events=evs, quotes=qs)


def event(text: str, eid: str, type: str, trigger: str, actors=(), recipients=(), place=None, country=None,
          date=None, killed=None, injured=None, mode=None, status="asserted", admin1=None) -> Event:
    trig = span(text, trigger)
    where = None
    if place:
        where = Place(place, *(lambda s: (s.start, s.end))(span(text, place)) if place in text else (0, 0),
                      country=country, admin1=admin1[0] if admin1 else None, admin1_code=admin1[1] if admin1 else None)
    return Event(id=eid, type=type, mode=mode, trigger=trig, sentence=Span(0, len(text), text),
                 actors=list(actors), recipients=list(recipients), place=where, status=status,
                 killed=Count(min=killed[0], max=killed[1], text=str(killed)) if killed else None,
                 injured=Count(min=injured[0], max=injured[1], text=str(injured)) if injured else None,
                 date=TimeRef(date, 0, 0, value=date) if date else None)
