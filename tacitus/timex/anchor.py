"""Date each quote and event by what the text says.

Order of preference for a quote or event:
  1. the expression already tied to it (`quote.time`, set by the quote extractor);
  2. an expression attached below its cue/trigger ("Thursday's attack", "annexed in 2014");
     for an event, steps 2-3 are tried on its trigger, then on each later mention merged into it
     (`event.mentions`: "Russian strikes on Kyiv" ... "Thursday's attack on Ukraine");
  3. an expression governing it: attached to a clause above the cue/trigger ("On Easter,
     Trump expressed ..., adding ..."), or opening the sentence ("On Wednesday, ...");
     A date counted from another event ("arrested two days after the attack") counts as an
     expression of the clause; with no stated date for that event its value stays None.
  4. for current events: the stated date of a quote whose cue governs the event's clause
     ("..., Rubio said in Paris after meeting X" dates the meeting with the statement);
     then an expression in an adverbial clause of the trigger ("were killed when shells
     struck the market on Monday"); then, for a definite
     noun ("the attack"), the date of the last event of its type already dated;
  5. for quotes and current events: the date that opens or governs the previous sentence
     when that sentence names the same speaker/actor ("On Wednesday, Vance ... ." followed by
     "“...,” Vance told reporters.");
  6. else the publication date, marked `inferred` (value None without a publication date).
Expressions inside the quoted words never date the quote. Historical background takes only
(1)-(2) and never the publication date.
"""
from __future__ import annotations

import dataclasses
from typing import Iterable, Optional

from tacitus.report import Event, Quote, TimeRef
from tacitus.nlp import doc_text
from tacitus.timex.counted_from_events import counted_from_events

DATING_TYPES = ("DATE", "TIME")


def date_quotes_and_events(ctx) -> None:
    dating = [t for t in ctx.times if t.type in DATING_TYPES and t.value and not t.value.startswith("P")]
    for quote in ctx.quotes:
        quote.date = _date_quote(ctx, quote, dating)
    _date_events(ctx, dating, [])
    counted = counted_from_events(ctx.doc, dating, ctx.events, _date_of) if ctx.events else []
    if counted:  # dated again, now that the events they count from have their dates
        _date_events(ctx, dating, counted)


def _date_events(ctx, dating: list[TimeRef], counted: list[TimeRef]) -> None:
    """Date every event; `counted` ("two days after the attack") join the expressions the
    parse can tie to a trigger, in place of the expressions inside them."""
    tied = [t for t in dating if not any(c.start <= t.start and t.end <= c.end for c in counted)] + counted
    dated: list[Event] = []
    for event in ctx.events:
        event.date = _date_event(ctx, event, dating, dated, tied)
        if not event.date.inferred and event.date.value:
            dated.append(event)


def _date_of(doc, token, times: list[TimeRef], below_only: bool = False) -> Optional[TimeRef]:
    """The date the parse ties to one word (only dates below it with `below_only`)."""
    return _by_syntax(doc, (token.idx, token.idx + len(token)), times, historical=below_only)


def inferred_date(published) -> TimeRef:
    """The publication date, assumed: no text supports it, hence the empty evidence span."""
    value = published.isoformat() if published else None
    return TimeRef(text="", start=0, end=0, value=value, granularity="day" if value else None,
                   type="DATE", inferred=True)


def _stated(ref: TimeRef) -> TimeRef:
    return dataclasses.replace(ref, inferred=False)


def _date_quote(ctx, quote: Quote, dating: list[TimeRef]) -> TimeRef:
    if quote.time is not None:
        tied = _overlapping(dating, quote.time.start, quote.time.end)
        if tied:
            return _stated(tied)
    if quote.cue is not None:
        anchor = (quote.cue.start, quote.cue.end)
    elif quote.speaker_span is not None:
        anchor = (quote.speaker_span.start, quote.speaker_span.end)
    else:
        anchor = (quote.start, quote.end)
    outside = [t for t in dating if t.end <= quote.start or t.start >= quote.end]
    found = _by_syntax(ctx.doc, anchor, outside, historical=False)
    if found is None:
        names = [quote.speaker_name] if quote.speaker_name else []
        ids = [quote.speaker] if quote.speaker else []
        found = _carried_over(ctx, min(quote.start, anchor[0]), dating, ids, names)
    return _stated(found) if found else inferred_date(ctx.published)


def _date_event(ctx, event: Event, dating: list[TimeRef], dated: list[Event] = (),
                tied: Optional[list[TimeRef]] = None) -> TimeRef:
    historical = event.status == "historical"
    tied = dating if tied is None else tied
    if _remembered(_root(ctx.doc, event.trigger.start, event.trigger.end)):
        # "on the fifth anniversary of the shelling": the shelling's own date, not the anniversary's
        earlier = _definite_mention(ctx.doc, event, dated)
        if earlier is not None:
            return _stated(earlier)
    found = _by_syntax(ctx.doc, (event.trigger.start, event.trigger.end), tied, historical)
    for mention in event.mentions:  # a later mention of the same event may state its date
        if found is None:
            found = _by_syntax(ctx.doc, (mention.start, mention.end), tied, historical)
    if found is None and not historical:
        found = _from_cue(ctx, event)
    if found is None and not historical:
        found = _in_sentence(ctx.doc, (event.trigger.start, event.trigger.end), dating, ctx.quotes)
    if found is None and not historical:
        found = _definite_mention(ctx.doc, event, dated)
    if found is None and not historical:
        names = []
        for actor_id in event.actors:
            actor = _actor(ctx, actor_id)
            if actor is not None:
                names.append(actor.name)
        found = _carried_over(ctx, event.sentence.start, dating, list(event.actors), names)
    if found:
        return _stated(found)
    if historical:
        return TimeRef(text="", start=0, end=0, value=None, granularity=None, inferred=False)
    return inferred_date(ctx.published)


_RELATIONAL = {"since", "until", "till", "before", "after", "by", "from", "to", "through", "between", "ahead",
               "prior", "following", "than"}


def _in_sentence(doc, anchor: tuple[int, int], times: list[TimeRef], quotes) -> Optional[TimeRef]:
    """An expression of the trigger's own sentence that none of the closer steps tied to it,
    in an adverbial clause of the trigger ("were killed when shells struck the market on
    Monday"); the nearest one. Quoted words and the sentence around them do not date
    each other, and an expression that only relates to another time ("since the truce of
    February 21") dates nothing."""
    head = _root(doc, *anchor)
    if head is None:
        return None
    unit = _unit(doc, head)
    quoted = [(q.start, q.end) for q in quotes if q.kind != "indirect"]
    inside = next(((s, e) for s, e in quoted if s <= anchor[0] < e), None)
    ranked = []
    for ref in times:
        if not (unit[0] <= ref.start and ref.end <= unit[1]) or ref.value.endswith("_REF"):
            continue
        if inside and not (inside[0] <= ref.start and ref.end <= inside[1]):
            continue  # quoted words are dated by what they say, not by when they were said
        if not inside and any(s <= ref.start and ref.end <= e for s, e in quoted):
            continue
        root = _root(doc, ref.start, ref.end)
        if root is None or _relational(root) or not _in_adverbial_clause(root, head):
            continue
        ranked.append((abs(ref.start - anchor[0]), ref))
    return min(ranked, key=lambda r: r[0])[1] if ranked else None


def _in_adverbial_clause(token, head) -> bool:
    """Whether `token` lies below `head` through adverbial and coordinated clauses only
    ("killed and wounded when shells struck ... on Monday"), not in a reported or relative
    clause (another event)."""
    chain = _ancestors(token)
    if head not in chain:
        return False
    verbs = [n for n in chain[:chain.index(head)] if n.pos_ in ("VERB", "AUX")]
    return all(n.dep_ in ("advcl", "conj") and not _perfect(n) for n in verbs)


def _perfect(verb) -> bool:
    """"having joined them in 2019": a perfect clause tells of an earlier event."""
    return any(c.dep_ == "aux" and c.lower_ in ("having", "had") for c in verb.children)


def _relational(token) -> bool:
    """"since the truce of February 21", "until March", "ahead of Friday's vote": the time of
    another thing, not of the clause's event."""
    for node in [token, *list(token.ancestors)[:3]]:
        if node.lower_ in _RELATIONAL and node.dep_ in ("prep", "mark", "advmod"):
            return True
        if node.pos_ in ("VERB", "AUX"):
            return False
    return False


_DEFINITE = {"the", "this", "that", "these", "those"}


def _definite_mention(doc, event: Event, dated: list[Event]) -> Optional[TimeRef]:
    """"the attack", "this week's shelling": a definite noun naming an event of the type of
    one already dated earlier in the article refers back to it and takes its date."""
    head = _root(doc, event.trigger.start, event.trigger.end)
    if head is None or head.pos_ != "NOUN":
        return None
    if not any(c.dep_ == "det" and c.lower_ in _DEFINITE or c.dep_ == "poss" for c in head.children):
        return None
    remembered = _remembered(head)
    earlier = [e for e in dated if e.type == event.type and e.trigger.start < event.trigger.start
               and (e.status == event.status or remembered)]
    return earlier[-1].date if earlier else None


_REMEMBERING_NOUNS = {"anniversary", "centenary", "centennial", "bicentenary", "bicentennial", "commemoration",
                      "memory", "remembrance"}


def _remembered(head) -> bool:
    """"the fifth anniversary of the seizure": the event an anniversary is of lies in the past
    whatever the tense of the clause, so it refers back to the one the article dated, told as
    history."""
    prep = head.head if head is not None and head.dep_ == "pobj" else None
    return prep is not None and prep.lower_ == "of" and prep.head.lemma_.lower() in _REMEMBERING_NOUNS


def _from_cue(ctx, event: Event) -> Optional[TimeRef]:
    """The stated date of a quote whose cue governs the event's clause ("..., Rubio said in
    Paris after meeting X": the meeting is dated with the statement)."""
    head = _root(ctx.doc, event.trigger.start, event.trigger.end)
    if head is None:
        return None
    above = [head, *head.ancestors][:4]
    for quote in ctx.quotes:
        if quote.cue is None or quote.date is None or quote.date.inferred or not quote.date.value:
            continue
        if quote.start <= event.trigger.start < quote.end:
            continue  # inside the quoted words
        if any(quote.cue.start <= tok.idx < quote.cue.end for tok in above):
            return quote.date
    return None


def _actor(ctx, actor_id):
    try:
        return ctx.actors.get(actor_id) if ctx.actors is not None else None
    except (KeyError, AttributeError):
        return None


def _overlapping(times: Iterable[TimeRef], start: int, end: int) -> Optional[TimeRef]:
    return next((t for t in times if t.start < end and start < t.end), None)


def _root(doc, start: int, end: int):
    span = doc.char_span(start, end, alignment_mode="expand")
    return span.root if span is not None and len(span) else None


def _ancestors(token) -> list:
    return list(token.ancestors)


def _by_syntax(doc, anchor: tuple[int, int], times: list[TimeRef], historical: bool) -> Optional[TimeRef]:
    """The expression tied to the anchor by the parse (steps 2-3 of the module doc)."""
    head = _root(doc, *anchor)
    if head is None:
        return None
    unit = _unit(doc, head)
    in_sentence = [t for t in times if unit[0] <= t.start and t.end <= unit[1]]
    ranked = []
    above_anchor = set(a.i for a in _ancestors(head)) | {head.i}
    for ref in in_sentence:
        if ref.start <= anchor[0] and anchor[1] <= ref.end:
            continue  # "two days after the attack" dates no attack
        root = _root(doc, ref.start, ref.end)
        if root is None:
            continue
        chain = _ancestors(root)
        distance = abs(ref.start - anchor[0])
        if head in chain and not any(n.pos_ in ("VERB", "AUX") for n in chain[:chain.index(head)]):
            ranked.append((0, distance, ref))  # below the trigger, same clause
            continue
        if historical:
            continue
        verb = _clause_verb(root)
        if verb is not None and verb.i == head.i:
            ranked.append((1, distance, ref))  # an adverbial of the cue/trigger verb itself
        elif _opens_sentence(doc, ref, unit):
            ranked.append((2, distance, ref))  # "On Easter, ..." scopes over the sentence
        elif verb is not None and verb.i in above_anchor:
            ranked.append((3, distance, ref))  # an adverbial of a clause above the anchor
    return min(ranked, key=lambda r: r[:2])[2] if ranked else None


def _clause_verb(token):
    """The verb a time expression is an adverbial of, or None when it modifies a noun
    ("the war, ongoing since Russia's February 2022 invasion")."""
    for node in [token] + _ancestors(token):
        if node.pos_ in ("VERB", "AUX"):
            return node
        if node is not token and node.pos_ in ("NOUN", "PROPN") and node.dep_ != "npadvmod":
            return None
    return None


_SCOPE_OPENERS = ("on", "in", "at", "during", "since", "by", "last", "earlier", "later", "this", "early",
                  "late", "recently", "before", "after", "until", "over")


def _unit(doc, token) -> tuple[int, int]:
    """The sentence of a token, clipped at line breaks: the parser sometimes runs a sentence
    across a paragraph break, and no time expression scopes over two paragraphs."""
    text = doc_text(doc)
    sentence = token.sent
    start = max(sentence.start_char, text.rfind("\n", 0, token.idx) + 1)
    end = text.find("\n", token.idx)
    end = sentence.end_char if end < 0 else min(end, sentence.end_char)
    return start, end


def _opens_sentence(doc, ref: TimeRef, unit: tuple[int, int]) -> bool:
    """"On Wednesday, ..." / "Recently, ..." / "In an April 11 post, ...": a scope over the sentence."""
    head_text = doc_text(doc)[unit[0]:unit[1]]
    comma = head_text.find(",")
    if comma < 0 or ref.start < unit[0] or ref.end > unit[0] + comma:
        return False
    words = head_text[:comma].split()
    return len(words) <= 8 and words[0].lower().strip("“\"") in _SCOPE_OPENERS + tuple(
        ref.text.lower().split()[:1])


def _carried_over(ctx, start: int, dating: list[TimeRef], ids: list, names: list[str]) -> Optional[TimeRef]:
    """The date governing the previous sentence when it names the same speaker or actor."""
    doc = ctx.doc
    head = _root(doc, start, start + 1)
    if head is None or not (ids or names):
        return None
    begin = _unit(doc, head)[0]
    before = doc_text(doc)[:begin].rstrip()
    if not before:
        return None
    last = _root(doc, len(before) - 1, len(before))
    if last is None:
        return None
    previous = _unit(doc, last)
    if not _names_any(ctx, doc, previous, ids, names):
        return None
    quoted = [(q.start, q.end) for q in ctx.quotes if q.kind != "indirect"]
    in_previous = [t for t in dating if previous[0] <= t.start and t.end <= previous[1]
                   and not t.value.endswith("_REF")
                   and not any(s <= t.start and t.end <= e for s, e in quoted)]
    for ref in in_previous:
        ref_root = _root(doc, ref.start, ref.end)
        if ref_root is None:
            continue
        verb = _clause_verb(ref_root)
        main = verb is not None and (verb.dep_ == "ROOT" or not previous[0] <= verb.head.idx < previous[1])
        if main or _opens_sentence(doc, ref, previous):
            return ref
    return None


def _names_any(ctx, doc, unit: tuple[int, int], ids: list, names: list[str]) -> bool:
    text = doc_text(doc)[unit[0]:unit[1]]
    # a name of white space only (a speaker name cut to line breaks) names no one
    if any(name and name.split() and name.split()[-1] in text for name in names):
        return True
    resolve = getattr(ctx.actors, "resolve", None)
    if resolve is None or not ids:
        return False
    span = doc.char_span(unit[0], unit[1], alignment_mode="contract")
    for token in span if span is not None else []:
        if token.pos_ in ("PROPN", "PRON") and resolve(token.idx, token.idx + len(token)) in ids:
            return True
    return False
