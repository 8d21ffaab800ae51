"""Links between coded events: one event mentioned several times, one clause coded twice,
and the other side of a conflict event taken from the article's main dyad."""
from __future__ import annotations

from tacitus.extract import participants, status
from tacitus.extract.triggers import lexicon as trigger_lexicon
from tacitus.nlp import doc_text
from tacitus.report import Event, Span

CONFLICT_TYPES = {"ASSAULT", "COERCE"}


def countries(ctx, ids) -> set:
    return {c for c in (participants.country_of(ctx, i) for i in ids) if c}


def merge_mentions(ctx, events):
    """A later noun mention of an event ("Thursday's attack on Ukraine") joins the
    first mention of the same type whose sides it does not contradict."""
    kept: list[Event] = []
    for e in events:
        target = None
        if e.status == "asserted" and e.type in CONFLICT_TYPES:
            for p in kept:
                if p.type != e.type or p.status not in ("asserted", "hypothetical") or p.status == "historical":
                    continue
                if _compatible(ctx, p.actors, e.actors) and _compatible(ctx, p.recipients, e.recipients) \
                        and (countries(ctx, p.recipients) & countries(ctx, e.recipients)
                             or countries(ctx, p.actors) & countries(ctx, e.actors)):
                    target = p
                    break
        if target is None:
            kept.append(e)
            continue
        if target.status != "asserted":
            target.status = "asserted"
        _fill_sides(target, e)
        target.mentions.extend([e.trigger, *e.mentions])  # its date may be stated there
        target.place = target.place or e.place
        target.killed = target.killed or e.killed
        target.injured = target.injured or e.injured
        target.sources = target.sources or e.sources
        if target.mode is None:
            target.mode = e.mode
    return kept


def _fill_sides(target: Event, source: Event) -> None:
    """The target takes the source's actors and recipients where it names none."""
    for ids, spans, src_ids, src_spans in ((target.actors, target.actor_spans, source.actors, source.actor_spans),
                                           (target.recipients, target.recipient_spans,
                                            source.recipients, source.recipient_spans)):
        if not ids:
            ids.extend(src_ids)
            spans.extend(src_spans)


def _compatible(ctx, a, b) -> bool:
    if not a or not b:
        return True
    return bool(set(a) & set(b) or countries(ctx, a) & countries(ctx, b))


def fill_from_dyad(ctx, events):
    """A conflict event naming one side ("Russia's invasion", "Crimea was annexed")
    takes the other side from the article's asserted conflict events."""
    dyads = [(e.actors, e.recipients, e.actor_spans, e.recipient_spans) for e in events
             if e.type in CONFLICT_TYPES and e.actors and e.recipients and e.status == "asserted"]
    if not dyads:
        return
    for e in events:
        if e.type not in CONFLICT_TYPES or (e.actors and e.recipients):
            continue
        for actors, recipients, a_spans, r_spans in dyads:
            if e.actors and countries(ctx, e.actors) & countries(ctx, actors):
                e.recipients, e.recipient_spans = list(recipients), list(r_spans)
                break
            if e.recipients and countries(ctx, e.recipients) & countries(ctx, recipients):
                e.actors, e.actor_spans = list(actors), list(a_spans)
                break


def merge_same_clause(events, doc):
    """'took aim at Zelenskyy, calling a statement "inflammatory"' is one accusation:
    an event whose trigger hangs from a same-type event of the same actor joins it. Two modes
    of one type are two acts ("raided and shut down the radio station": a raid and a closure;
    "arrested and deported"), and stay two events."""
    by_start = {e.trigger.start: e for e in events}
    kept = []
    for e in events:
        tok = doc.char_span(e.trigger.start, e.trigger.end, alignment_mode="expand")
        head = tok.root.head if tok is not None else None
        parent = None
        while head is not None and tok is not None and head.i != tok.root.i:
            parent = next((p for p in kept if p.type == e.type and p.trigger.start <= head.idx < p.trigger.end
                           and (p.mode == e.mode or not p.mode or not e.mode)), None)
            if parent or head.dep_ not in ("advcl", "conj", "xcomp") or head.head.i == head.i:
                break
            head = head.head
        if parent is not None and (not e.actors or set(e.actors) & set(parent.actors)) \
                and tok.root.dep_ in ("advcl", "conj", "xcomp"):
            for r, span in zip(e.recipients, e.recipient_spans):
                if r not in parent.recipients and not parent.recipients:
                    parent.recipients.append(r)
                    parent.recipient_spans.append(span)
            continue
        kept.append(e)
    return kept


def drop_promised_threats(events, doc):
    """'The rebels vowed to attack the city', 'pledged to retaliate': the vow is how the threat
    is made, not a promise to cooperate, so the AGREE whose infinitive is a THREATEN of the
    same side gives way to it (the threat takes the vow's recipients when it names none)."""
    by_root = {}
    for e in events:
        span = doc.char_span(e.trigger.start, e.trigger.end, alignment_mode="expand")
        if span is not None:
            by_root[span.root.i] = (e, span.root)
    dropped = set()
    for e, root in by_root.values():
        if e.type != "AGREE" or root.pos_ != "VERB":
            continue
        threat = next((by_root[c.i][0] for c in root.children if c.dep_ in ("xcomp", "ccomp")
                       and c.i in by_root and by_root[c.i][0].type == "THREATEN"), None)
        if threat is None or threat.actors and e.actors and not set(threat.actors) & set(e.actors):
            continue
        if not threat.recipients:
            threat.recipients, threat.recipient_spans = list(e.recipients), list(e.recipient_spans)
        dropped.add(id(e))
    return [e for e in events if id(e) not in dropped]


DEFINITE = {"the", "that", "this", "their", "his", "her", "its", "our", "those", "these"}


def link_references(ctx, events):
    """A past event with no date of its own ("his Oval Office clash with Zelenskyy") that
    the next sentence names again with a definite, dated event noun of the same people
    ("... during their tense February meeting") gets that noun as a mention: the date
    stated there is the event's (see timex.anchor)."""
    nouns = set(trigger_lexicon().get("same_event_nouns") or [])
    table = ctx.actors
    if not nouns or table is None:
        return
    for event in events:
        people = set(event.actors) | set(event.recipients)
        if event.status != "historical" or len(people) < 2 or event.mentions:
            continue
        span = ctx.doc.char_span(event.trigger.start, event.trigger.end, alignment_mode="expand")
        if span is None or status.attached_dates(span.root, True):
            continue
        following = _next_sentence(span.root.sent)
        if following is None:
            continue
        named = {m.actor_id for m in table.mentions if following.start_char <= m.start < following.end_char}
        if not people <= named:
            continue
        for tok in following:
            if tok.lemma_.lower() in nouns and tok.pos_ in ("NOUN", "PROPN") \
                    and any(c.lower_ in DEFINITE for c in tok.children if c.dep_ in ("det", "poss")) \
                    and status.attached_dates(tok, True):
                event.mentions.append(Span(tok.idx, tok.idx + len(tok.text), tok.text))
                break


def _next_sentence(sent):
    doc = sent.doc
    i = sent.end
    while i < len(doc) and doc[i].is_space:
        i += 1
    return doc[i].sent if i < len(doc) else None


def merge_purpose(events, doc):
    """'staged rallies to demand X', 'continued their hunger strike to demand X', 'staged
    rallies ..., saying he must resign': the demand is what the protest is for, so the
    protest is the event; it takes the demand's participants where it names none."""
    by_token = {}
    for e in events:
        span = doc.char_span(e.trigger.start, e.trigger.end, alignment_mode="expand")
        if span is not None:
            by_token[span.root.i] = e
    dropped = set()
    for e in events:
        span = doc.char_span(e.trigger.start, e.trigger.end, alignment_mode="expand")
        if e.type != "REQUEST" or span is None or span.root.dep_ not in ("advcl", "xcomp"):
            continue
        verb = span.root.head
        protest = next((by_token[t.i] for t in [verb, *[c for c in verb.children if c.dep_ == "dobj"]]
                        if t.i in by_token and by_token[t.i].type == "PROTEST"), None)
        if protest is None:
            continue
        _fill_sides(protest, e)
        dropped.add(id(e))
    return [e for e in events if id(e) not in dropped]


# events a statement itself performs (said to someone, they are aimed at the one addressed;
# told "the same thing", another speaker makes them too); events.py uses them as well
SPEECH_ACTS = {"THREATEN", "REQUEST", "ACCUSE", "REJECT", "AGREE", "SUPPORT", "CONCEDE"}


def repeated_statements(ctx, events):
    """ "X told reporters the same thing": X makes the speech act last reported of
    someone else (its type, mode and recipients), in X's own sentence, so that X's
    date and place are its own. Returns the new events."""
    phrases = [p.split() for p in trigger_lexicon().get("same_statement") or []]
    if not phrases or not ctx.quotes:
        return []
    doc = ctx.doc
    added = []
    for quote in ctx.quotes:
        if quote.cue is None or quote.speaker is None:
            continue
        cue = doc.char_span(quote.cue.start, quote.cue.end, alignment_mode="expand")
        if cue is None:
            continue
        verb = cue.root
        obj = next((c for c in verb.children if c.dep_ in ("dobj", "attr")
                    and [t.lower_ for t in c.lefts if t.dep_ != "det"][-1:] + [c.lower_] in phrases), None)
        if obj is None:
            continue
        earlier = [e for e in events if e.type in SPEECH_ACTS and e.trigger.end <= cue.start_char
                   and quote.speaker not in e.actors and e.status == "asserted"]
        if not earlier:
            continue
        model = earlier[-1]
        sent = verb.sent
        event = Event(id="", type=model.type, mode=model.mode, cameo=model.cameo, contexts=list(model.contexts),
                      trigger=Span(obj.left_edge.idx, obj.idx + len(obj.text),
                                   doc_text(doc)[obj.left_edge.idx:obj.idx + len(obj.text)]),
                      sentence=Span(sent.start_char, sent.end_char, sent.text),
                      actors=[quote.speaker], actor_spans=[quote.speaker_span] if quote.speaker_span else [],
                      recipients=list(model.recipients), recipient_spans=list(model.recipient_spans),
                      quote=quote.id)
        # inferred from "the same thing": a little less sure than the act it repeats
        event.confidence = round(max(0.05, (model.confidence or 0.5) - 0.1), 2)
        event.place = _place_of_statements(ctx, quote)
        added.append(event)
    return added


def _place_of_statements(ctx, quote):
    """Where a speaker said it: this statement's place, or that of the same speaker's
    statement in the next sentence ("... Rubio said in Paris"), the same occasion."""
    from tacitus.extract import places as places_mod

    candidates = [quote] + [q for q in ctx.quotes if q.speaker == quote.speaker and q.start > quote.end][:1]
    for q in candidates:
        if q.place is not None:
            span = ctx.doc.char_span(q.place.start, q.place.end, alignment_mode="expand")
            found = places_mod.place_of_span(span) if span is not None else None
            if found is not None:
                return found
    return None
