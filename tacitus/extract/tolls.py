"""The toll of the article's main incident: every killed/injured figure with its source
and time, and one summary per kind that never counts the same victims twice.

An article usually reports one incident and repeats its toll (headline, lead, a quote,
a later update). Each figure is kept (`Casualties.figures`) with its role:
  toll        a figure of the incident;
  earlier     one the text says was superseded ("an earlier toll of 27", "from five to six");
  claim       a figure a party claims ("the Taliban claimed 190 were dead", a rate);
  background  a figure of another incident ("another explosion", "in 2013", "last week");
  perpetrator the attacker's own death ("the gunman was shot dead").
The summary of a kind is chosen by a named rule (`Toll.rule`):
  "revised down"           the text revises the toll downwards: the revised figure;
  "highest current figure" tolls rise as victims are found, so among the incident's
                           current figures the highest is the latest (earlier ones and
                           claims are out); "only figure" when they all agree;
  "victims named"          more victims are named one by one ("a man ... his wife ...")
                           than any figure states: their number;
  "figure plus victims named before it"  "X was stabbed. Two others were also hurt": 1 + 2;
  "claimed figure"         no one but a party claiming it states a figure.
Victims named without a numeral (victims.py) are followed across sentences: "a man",
"he", "the victim" and his name are one person, killed if any of them died.
"""
from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass, field
from typing import Optional

from tacitus import lexicons
from tacitus.extract import casualties as amounts
from tacitus.extract import offsets, participants, sourcing, victims
from tacitus.nlp import doc_text, sentences
from tacitus.nlp import lemmas as doc_lemmas, lowers as doc_lowers
from tacitus.report import Casualties, CasualtyFigure, Count, Source, Span, Toll

VIOLENT_TYPES = {"ASSAULT", "FIGHT", "COERCE", "PROTEST"}
EARLIER = re.compile(r"(?:\b(?:from|earlier|previous(?:ly)?|initial(?:ly)?|original(?:ly)?|preliminary|first)\b"
                     r"(?:\s+[\w-]+){0,4}?\s*$)", re.I)
REVISED_DOWN = re.compile(r"\b(?:revised\s+down(?:wards?)?|lowered|fell|dropped|reduced|corrected)\b", re.I)
CLAIM_CUES = re.compile(r"\b(?:claim(?:ed|s|ing)?|allege[ds]?|boast(?:ed|s)?|propaganda)\b", re.I)
STATISTIC = re.compile(r"\s*(?:[\w-]+\s+){0,2}per\s+(?:\d|capita|cent|thousand|hundred|million|year|annum)", re.I)
BACKGROUND_TIME = re.compile(r"\b(?:last\s+(?:week|month|year)|earlier\s+this\s+(?:year|month)|since\s+(?:19|20)\d\d|"
                             r"in\s+(?:19|20)\d\d|(?:19|20)\d\d\s+saw|years?\s+ago|decades?)\b", re.I)


@lexicons.cached
def _words() -> dict:
    data = lexicons.load("casualties.yaml")
    return {"markers": frozenset(data.get("other_incident_markers") or []),
            "incidents": frozenset(data.get("incident_nouns") or [])}


@dataclass
class _Victim:
    """One person followed across sentences."""

    key: str
    noun: Optional[str]
    gender: Optional[str]
    status: str  # killed | injured | harmed
    spans: list[Span] = field(default_factory=list)
    perpetrator: bool = False
    sentence: int = 0
    suicide: bool = False


RANK = {"killed": 0, "injured": 1, "harmed": 2}


def incident_casualties(ctx) -> Optional[Casualties]:
    """The Casualties of an article (None when it states no death or injury)."""
    text = ctx.text
    figures: list[CasualtyFigure] = []
    people: list[_Victim] = []
    perpetrators = _perpetrator_actors(ctx)
    other_incident = False
    previous_end = 0
    for sent in sentences(ctx.doc):
        if "\n" in text[previous_end:sent.start_char]:
            other_incident = False  # a new paragraph: back to the main incident
        previous_end = sent.end_char
        background = _background(ctx, sent)
        starts_other = _names_other_incident(sent)
        other_incident = other_incident or starts_other
        role = "background" if background or other_incident else "toll"
        sources = _sources(ctx, sent)
        time = _time(ctx, sent)
        mentions = victims.find_mentions(sent)
        used: set[int] = set()
        for fig in amounts.sentence_figures(ctx.doc, sent):
            if amounts.not_a_count(text, fig.count.start, fig.count.end) or _in_date(ctx.doc, fig.count):
                continue
            mention = _overlapping(mentions, fig.count, fig.kind)
            if mention is not None:
                used.add(id(mention))
                _widen(fig.count, mention, text)
            figures.append(CasualtyFigure(kind=fig.kind, count=fig.count, sentence=Span(sent.start_char, sent.end_char),
                                          role=_role(text, sent, fig.count, role), sources=sources, time=time))
        for mention in mentions:
            if id(mention) in used or mention.negated:
                continue
            # numbered groups make a figure; people named one by one are followed below
            group = [p for p in mention.people if not p.individual or p.numeral and p.count != 1]
            if group:
                count = _mention_count(mention, text)
                if count is None:
                    continue
                kind = "injured" if mention.kind == "harmed" else mention.kind
                if all(p.perpetrator for p in mention.people):
                    continue
                fatal = _fatal_share(text, mention.end, sent.end_char) if mention.kind == "harmed" else None
                if fatal is not None and count.min is not None and count.min == count.max and fatal[0] <= count.min:
                    # "Three people were shot, one of them fatally": killed 1, injured 2
                    n, span = fatal
                    figures.append(CasualtyFigure(
                        kind="killed", count=Count(min=n, max=n, text=text[span[0]:span[1]], start=span[0], end=span[1],
                                                   evidence=[Span(span[0], span[1], text[span[0]:span[1]])]),
                        sentence=Span(sent.start_char, sent.end_char), role=_role(text, sent, count, role),
                        sources=sources, time=time))
                    count.min = count.max = count.min - n
                    if count.min == 0:
                        continue
                figures.append(CasualtyFigure(kind=kind, count=count, sentence=Span(sent.start_char, sent.end_char),
                                              role=_role(text, sent, count, role), sources=sources, time=time))
            if role == "toll":
                _follow(ctx, mention, people, perpetrators, sent.start_char)
    figures.extend(_title_figures(ctx))
    if not figures and not people:
        return None
    result = Casualties(figures=figures)
    counted = [v for v in people if not v.perpetrator]
    for kind in ("killed", "injured"):
        named = [v for v in counted if (v.status == "killed") == (kind == "killed")]
        toll = _summary(text, figures, kind, named)
        if toll is not None:
            if any(v.suicide for v in named) and toll.rule == "victims named":
                toll.marks.append("suicide")
            if any(v.perpetrator and (v.status == "killed") == (kind == "killed") for v in people):
                toll.marks.append("perpetrator not counted")
        setattr(result, kind, toll)
    return result


# --- figures -------------------------------------------------------------------

FATAL_SHARE = re.compile(r"[^.;]*?\b(?P<n>one|two|three|four|five|six|seven|eight|nine|ten|\d+|all)"
                         r"(?:\s+of\s+(?:them|whom))?\s+(?:fatally|mortally)\b", re.I)


def _fatal_share(text: str, start: int, end: int) -> Optional[tuple[int, tuple[int, int]]]:
    """(how many, span) for ", one of them fatally" after a number of people shot."""
    m = FATAL_SHARE.match(text, start, end)
    if m is None or m.group("n").lower() == "all":
        return None
    n = amounts.parse_number(m.group("n"))
    return (n, (m.start("n"), m.end())) if n else None


def _in_date(doc, count: Count) -> bool:
    """A number the parser reads as part of a date, time, sum or measure ("September 12, 2019")."""
    span = doc.char_span(count.start, count.end, alignment_mode="expand")
    return span is not None and any(t.like_num and victims.not_a_count_token(t) for t in span)


def _overlapping(mentions, count: Count, kind: Optional[str]):
    for m in mentions:
        if m.start <= count.start < m.end or count.start <= m.start < count.end:
            if kind is None or m.kind == kind or m.kind == "harmed":
                return m
    return None


def _widen(count: Count, mention, text: str) -> None:
    """A numeric figure inside a coordination ("two women and a child") takes its sum,
    and every victim phrase becomes its evidence."""
    total = mention.count
    exact = count.min is not None and count.min == count.max
    if total is not None and exact and total > count.min and len(mention.people) > 1:
        count.min = count.max = total
        count.text = text[mention.start:mention.end]
        count.start, count.end = mention.start, mention.end
    count.evidence = [Span(p.span[0], p.span[1], text[p.span[0]:p.span[1]]) for p in mention.people]


def _mention_count(mention, text: str) -> Optional[Count]:
    total = mention.count
    if total is None or total <= 0:
        return None
    quals = [p.qualifier for p in mention.people if p.qualifier]
    lo, hi = amounts.to_range(total, quals[0] if quals else None)
    return Count(min=lo, max=hi, qualifier=quals[0] if quals else None, text=text[mention.start:mention.end],
                 start=mention.start, end=mention.end,
                 victims=[p.noun for p in mention.people if p.noun and p.noun in amounts.lexicon()["_victims"]],
                 evidence=[Span(p.span[0], p.span[1], text[p.span[0]:p.span[1]]) for p in mention.people])


def _role(text: str, sent, count: Count, role: str) -> str:
    if role != "toll":
        return role
    before = text[sent.start_char:count.start]
    after = text[count.end:count.end + 40]
    if re.match(r"\s*(?:dead\s+|deaths?\s+|killed\s+|people\s+)?to\s+(?:at least\s+|about\s+)?\w", after, re.I) \
            and EARLIER.search(before[-60:]) or re.search(r"\b(?:earlier|previous|initial)\s+(?:death\s+)?toll\s+of\s*$",
                                                          before, re.I) or re.search(r"\bfrom\s+(?:a\s+)?previous\s*$",
                                                                                     before, re.I):
        return "earlier"  # "from fourteen to 31", "an earlier toll of 27"
    if CLAIM_CUES.search(before) or amounts.rate_after(after):
        return "claim"
    if STATISTIC.match(after):
        return "background"  # "18.9 deaths per 100,000 people": a rate, no incident's toll
    return "toll"


def _background(ctx, sent) -> bool:
    """A sentence about another time: a past year, "last week", statistics since a year."""
    if BACKGROUND_TIME.search(doc_text(sent.doc)[sent.start_char:sent.end_char]):  # sent.text, without a join
        return True
    published = ctx.published
    for t in _times_in(ctx, sent):
        if t.value and published and not t.inferred:
            latest = _latest_day(t.value)
            if latest is not None and (published - latest).days > BACKGROUND_DAYS:
                return True  # "in August 2018" in an article of January 2019
    return False


BACKGROUND_DAYS = 60  # a stated date this long before publication is another time's incident


def _latest_day(value: str) -> Optional[dt.date]:
    """The last day a TIMEX value can mean: '2018' -> 2018-12-31, '2018-08' -> 2018-08-31."""
    m = re.fullmatch(r"(\d{4})(?:-(\d\d))?(?:-(\d\d))?", value)
    if m is None:
        return None
    year, month, day = int(m.group(1)), m.group(2), m.group(3)
    try:
        if day:
            return dt.date(year, int(month), int(day))
        if month:
            nxt = dt.date(year + (month == "12"), int(month) % 12 + 1, 1)
            return nxt - dt.timedelta(days=1)
        return dt.date(year, 12, 31)
    except ValueError:
        return None


def _names_other_incident(sent) -> bool:
    """"another explosion", "a second fire", "a separate attack", "another one": not the
    main incident."""
    words = _words()
    tokens = doc_lowers(sent.doc)[sent.start:sent.end]  # the words' lower-case forms
    incident_here = any(t in words["incidents"] for t in tokens)
    for i, tok in enumerate(tokens[:-1]):
        if tok in ("another", "separate") and tokens[i + 1] == "one" and incident_here:
            return True
    for i, tok in enumerate(tokens[:-1]):
        if tok not in words["markers"]:
            continue
        if tok in ("second", "other") and (i == 0 or tokens[i - 1] not in ("a", "an")):
            continue  # "the second blast" of twin bombings is the same incident; "a second fire" is not
        if tokens[i + 1] in words["incidents"] or \
                i + 2 < len(tokens) and tokens[i + 2] in words["incidents"]:
            return True
    return False


def _sources(ctx, sent) -> list[Source]:
    """Who the sentence credits: a statement's speaker (and who passed it on), or the
    sentence's sourcing chain."""
    # the quotes holding the sentence's start or starting inside it, in their order
    by_offset = offsets.index(ctx, "quotes", ctx.quotes)
    overlapping = sorted(set(by_offset.holding(sent.start_char)) | set(by_offset.starting_in(sent.start_char,
                                                                                               sent.end_char)))
    for quote in (ctx.quotes[i] for i in overlapping):
        if quote.speaker_name and quote.speaker_span is not None:
            first = Source(name=quote.speaker_name, start=quote.speaker_span.start, end=quote.speaker_span.end,
                           actor=quote.speaker)
            return [first, *quote.via]
    return sourcing.sourcing_chain(sent, None)


def _time(ctx, sent):
    return next((t for t in _times_in(ctx, sent) if not t.inferred), None)


def _times_in(ctx, sent) -> list:
    """The time expressions starting in the sentence, in their order (by bisection: a
    scan of them all per sentence made long articles quadratic)."""
    return [ctx.times[i] for i in offsets.index(ctx, "times", ctx.times).starting_in(sent.start_char, sent.end_char)]


def _title_figures(ctx) -> list[CasualtyFigure]:
    """Figures of the headline; their offsets index the title."""
    title = ctx.article.title or ""
    out = []
    for fig in amounts.find_figures(title, 0):
        if amounts.not_a_count(title, fig.count.start, fig.count.end):
            continue
        out.append(CasualtyFigure(kind=fig.kind, count=fig.count, sentence=Span(0, len(title)),
                                  role="toll", in_title=True))
    return out


# --- victims followed across sentences -------------------------------------------

def _perpetrator_actors(ctx) -> set:
    """Actors the article says killed, shot or stabbed someone (active voice)."""
    lex = victims.lexicon()
    found = set()
    lemmas = doc_lemmas(ctx.doc)
    for i, lemma in enumerate(lemmas):  # a Token only for the verbs that may tell a killing
        if lemma in lex["killing_verbs"] or lemma in lex["harm_verbs"] and lemma not in ("hit", "strike", "run"):
            tok = ctx.doc[i]
            if any(c.dep_ in ("auxpass", "nsubjpass") for c in tok.children):
                continue
            for c in tok.children:
                if c.dep_ == "nsubj":
                    actor = ctx.actors.resolve(c.idx, c.idx + len(c.text)) if ctx.actors else None
                    if actor:
                        found.add(actor)
    return found


def _follow(ctx, mention, people: list[_Victim], perpetrators: set, sentence: int) -> None:
    text = ctx.text
    for p in mention.people:
        if not p.individual or p.count != 1:
            continue
        tok = p.token
        actor = _actor(ctx, tok)
        victim = _same(people, p, actor, sentence, RANK[mention.kind])
        if mention.natural and victim is None:
            continue  # "died at his home aged 78": an obituary, not an incident's victim
        span = Span(p.span[0], p.span[1], text[p.span[0]:p.span[1]])
        if victim is None:
            victim = _Victim(key=f"a:{actor}" if actor else f"v{len(people)}", noun=p.noun, gender=p.gender,
                             status=mention.kind, sentence=sentence)
            people.append(victim)
        elif RANK[mention.kind] < RANK[victim.status]:
            victim.status = mention.kind
        victim.spans.append(span)
        if actor and not victim.key.startswith("a:"):
            victim.key = f"a:{actor}"
        victim.perpetrator = victim.perpetrator or p.perpetrator or (actor is not None and actor in perpetrators
                                                                      and not mention.suicide)
        victim.suicide = victim.suicide or mention.suicide
        victim.noun = victim.noun or p.noun
        victim.gender = victim.gender or p.gender
        # move the victim last: "the victim" and "he" go to the one named most recently
        people.remove(victim)
        people.append(victim)


def _actor(ctx, tok) -> Optional[str]:
    """The actor a victim phrase names: "he", "Adamowicz", "Indonesia's security minister Wiranto"."""
    if ctx.actors is None:
        return None
    if tok.pos_ in ("PROPN", "PRON"):
        return ctx.actors.resolve(tok.idx, tok.idx + len(tok.text))
    names = [t for t in tok.subtree if t.pos_ == "PROPN" and t.ent_type_ == "PERSON" and t.dep_ in ("appos", "compound", "flat")]
    if names:
        return ctx.actors.resolve(names[0].idx, names[-1].idx + len(names[-1].text))
    return None


def _same(people: list[_Victim], p, actor, sentence: int, kind_rank: int) -> Optional[_Victim]:
    if actor:
        hit = next((v for v in people if v.key == f"a:{actor}"), None)
        if hit is not None:
            return hit
    if not p.definite:
        if p.noun and p.token.lower_ not in ("another", "one"):
            # "a bystander ... A bystander was hospitalised": one person introduced twice
            return next((v for v in reversed(people) if v.noun == p.noun and v.sentence != sentence), None)
        return None
    if actor and p.token.pos_ == "PROPN":
        # "A man was shot ... Marcus Hale was pronounced dead": a victim first described,
        # then named, when what the name is said to suffer follows on (hurt, then dead)
        return next((v for v in reversed(people) if not v.key.startswith("a:") and v.status != "killed"
                     and v.sentence != sentence and kind_rank <= RANK[v.status]), None)
    for v in reversed(people):
        if p.noun and v.noun == p.noun:
            return v
    pronoun = p.token.pos_ == "PRON"
    if not pronoun and (any(c.dep_ == "poss" for c in p.token.children) or
                        any(v.sentence == sentence for v in people[-1:])):
        return None  # "his brother" is someone else; so is a new noun in the same sentence
    for v in reversed(people):
        # "the victim", "he", "the man": someone already named, the latest that fits
        if p.gender is None or v.gender in (None, p.gender):
            if actor is None or not v.key.startswith("a:"):
                return v
    return None


# --- the summary -----------------------------------------------------------------

def _adds_to_named(text: str, f: CasualtyFigure) -> bool:
    """A figure of people besides those already named: "two others", "five other civilians also died"."""
    if f.in_title:
        return False
    near = text[f.count.start:min(f.count.end + 25, f.sentence.end)]
    return bool(re.search(r"\bothers?\b", near, re.I) or
                re.search(r"\balso\b", text[f.count.start:f.sentence.end], re.I))


def _value(count: Count) -> int:
    return count.min if count.min is not None else count.max or 0


def _summary(text: str, figures: list[CasualtyFigure], kind: str, named: list[_Victim]) -> Optional[Toll]:
    current = [(i, f) for i, f in enumerate(figures) if f.kind == kind and f.role == "toll"]
    claimed = [(i, f) for i, f in enumerate(figures) if f.kind == kind and f.role == "claim"
               and not amounts.rate_after(text[f.count.end:f.count.end + 30])]
    best: Optional[Toll] = None
    if not current and claimed and not named:
        # no one states the toll but a party claims one: keep it, saying so
        i, f = max(claimed, key=lambda item: (_value(item[1].count), -item[0]))
        return Toll(count=f.count, rule="claimed figure", figure=i, sources=f.sources, time=f.time)
    if current:
        revised = [(i, f) for i, f in current if not f.in_title and
                   REVISED_DOWN.search(text[f.sentence.start:f.count.start])]
        if revised:
            i, f = revised[-1]
            rule = "revised down"
        else:
            text_figs = [(i, f) for i, f in current if not f.in_title] or current
            i, f = max(text_figs, key=lambda item: (_value(item[1].count), -item[0]))
            values = {_value(g.count) for _, g in current}
            rule = "only figure" if len(values) == 1 else "highest current figure"
        best = Toll(count=f.count, rule=rule, figure=i, sources=f.sources, time=f.time)
    if best is not None and best.figure >= 0 and _adds_to_named(text, figures[best.figure]):
        # "Wiranto was stabbed. ... The police chief and two others were also injured": 1 + 3
        before = [v for v in named if v.spans and v.spans[0].start < figures[best.figure].sentence.start]
        if before:
            c = best.count
            added = Count(min=c.min + len(before) if c.min is not None else None,
                          max=c.max + len(before) if c.max is not None else None, qualifier=c.qualifier,
                          text=c.text, start=c.start, end=c.end, victims=c.victims,
                          evidence=sorted([*c.evidence, *(v.spans[0] for v in before)], key=lambda s: s.start))
            best = Toll(count=added, rule="figure plus victims named before it", figure=best.figure,
                        sources=best.sources, time=best.time)
    if named and (best is None or len(named) > _value(best.count)):
        spans = [s for v in named for s in v.spans]
        first = min(spans, key=lambda s: s.start)
        count = Count(min=len(named), max=len(named), text=first.text, start=first.start, end=first.end,
                      evidence=sorted(spans, key=lambda s: s.start))
        best = Toll(count=count, rule="victims named", figure=-1)
    return best



# --- the toll on the events --------------------------------------------------------

def attach_to_events(ctx, result: Optional[Casualties]) -> None:
    """Each violent event takes the figures of its own sentence; the incident's event
    (the first current violent event) takes the summary where it states none itself."""
    if result is None:
        return
    events = [e for e in ctx.events if e.type in VIOLENT_TYPES and e.status not in ("negated", "historical")]
    current = [f for f in result.figures if not f.in_title and f.role == "toll"]
    for event in events:
        spots = [event.trigger.start, *(m.start for m in event.mentions)]
        for f in current:
            here = any(f.sentence.start <= spot < f.sentence.end for spot in spots)
            if here and getattr(event, f.kind) is None:
                setattr(event, f.kind, f.count)
            if here:
                f.event = f.event or event.id
    incident = next((e for e in events if not _in_background(result, e)), None)
    if incident is None:
        return
    result.event = incident.id
    for kind in ("killed", "injured"):
        toll = getattr(result, kind)
        if toll is not None and getattr(incident, kind) is None:
            setattr(incident, kind, toll.count)


def _in_background(result: Casualties, event) -> bool:
    return any(f.role == "background" and f.sentence.start <= event.trigger.start < f.sentence.end
               for f in result.figures)
