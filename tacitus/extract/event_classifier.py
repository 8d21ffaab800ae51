"""Events the rules found but could not stand up alone, confirmed by the learned classifier.

The trigger rules (events.py) find a candidate event wherever a word of the lexicons or of
the CAMEO dictionary states one, and then keep it only when its clause names a side: "the
talks", "a crackdown", "will consider lifting the ban" are dropped for naming no one,
because alone such a word is as often a reference or a topic as a report. The event-type
classifier (tacitus/learn/event_types.py), trained on whole sentences of the synthetic
stories, sees what the sentence as a whole is about. Where the two agree — the classifier
gives the candidate's very type to the candidate's sentence, and is sure enough — the
candidate stands, with a lower `confidence` than the rules' own events.

The classifier never invents an event the rules did not find, never changes a type, and
confirms at most one candidate per type in an article; its threshold was chosen by
measurement (docs/quality.md, "Learned confirmation").
"""
from __future__ import annotations

from tacitus.extract.event_links import DEFINITE
from tacitus.learn import event_types

CONFIRM_PROBABILITY = 0.2  # the classifier's probability for the candidate's type
CONFIDENCE_SCALE = 0.6  # a confirmed event's confidence: that probability times this


def confirmed(ctx, dropped, kept) -> list:
    """The dropped candidates whose sentence the classifier gives their type, at most one a type
    and none of a type the article's kept events already hold (a lead restates its event)."""
    if not dropped or event_types.model() is None:
        return []
    types = {e.type for e in kept if e.status != "negated"}
    triggers = [(e.trigger.start, e.trigger.end) for e in kept]
    out = []
    by_sentence = {}
    for event in dropped:
        if event.type in types or event.status == "negated":
            continue
        span = ctx.doc.char_span(event.trigger.start, event.trigger.end, alignment_mode="expand")
        if span is None:
            continue
        if span.root.pos_ in ("NOUN", "PROPN") and any(
                c.dep_ in ("det", "poss") and c.lower_ in DEFINITE for c in span.root.children):
            continue  # "the talks were a distraction": a definite noun refers to a known event
        head = span.root.head
        if head.i != span.root.i and any(start <= head.idx < end for start, end in triggers):
            continue  # "sanctions were eased": what another event acts on, not an event of its own
        sent = span.root.sent
        if sent.start not in by_sentence:
            by_sentence[sent.start] = event_types.classify(sent)
        prediction = by_sentence[sent.start]
        if prediction is None or prediction.type != event.type or prediction.probability < CONFIRM_PROBABILITY:
            continue
        event.confidence = round(prediction.probability * CONFIDENCE_SCALE, 2)
        out.append(event)
        types.add(event.type)
    return out
