"""The circumstances of a statement, read from the attribution words around it:
channel (a post on a platform, told reporters, an interview), secondary sources
("per Reuters", "according to X"), place ("said in Paris") and time ("On Wednesday").

Every function looks only at the `frame`: character ranges of the attribution,
which never include the quoted words themselves.
"""
from __future__ import annotations

import re

from tacitus import lexicons
from tacitus.extract import offsets
from tacitus.nlp import PLACE_LABELS, entity_of
from tacitus.report import Span

TIME_LABELS = ("DATE", "TIME")
VIA_PREPS = ("per",)


@lexicons.cached
def channel_patterns() -> list[re.Pattern]:
    data = lexicons.load("channels.yaml")
    platforms = "|".join(re.escape(p) for p in sorted(data.get("platforms") or [], key=len, reverse=True))
    platform_group = f"(?-i:{platforms})".replace(r"\ ", r"\s+")
    return [re.compile(item["regex"].replace("{platform}", platform_group), re.I)
            for item in data.get("patterns") or []]


def in_frame(frame: list[tuple[int, int]], start: int, end: int) -> bool:
    return any(a <= start and end <= b for a, b in frame)


def find_channel(text: str, frame: list[tuple[int, int]]) -> Span | None:
    """The first channel pattern found in the frame, in pattern order (most specific first)."""
    for pattern in channel_patterns():
        for a, b in frame:
            m = pattern.search(text, a, b)
            if m:
                s, e = m.span("channel") if "channel" in pattern.groupindex and m.group("channel") else m.span()
                return Span(s, e, text[s:e])
    return None


def find_place(cue_verb) -> Span | None:
    """'said in Paris', 'told reporters at the Kremlin': a place hung on the cue verb."""
    for prep in cue_verb.children:
        if prep.dep_ == "prep" and prep.lower_ in ("in", "at", "from"):
            for obj in prep.children:
                if obj.dep_ != "pobj":
                    continue
                if obj.ent_type_ in PLACE_LABELS:
                    ent = entity_of(obj)
                    return Span(ent.start_char, ent.end_char, ent.text)
                if obj.pos_ == "PROPN" and not obj.ent_type_ and obj.is_title:
                    # a place the model does not know ("said in Marova")
                    return Span(obj.idx, obj.idx + len(obj), obj.text)
    return None


def time_candidates(ctx) -> list[tuple[int, int]]:
    """Time expressions of the article: the dates engineer's, else spaCy's DATE/TIME entities."""
    spans = [(t.start, t.end) for t in (ctx.times or []) if not getattr(t, "inferred", False)]
    if not spans:
        spans = [(e.start_char, e.end_char) for e in ctx.doc.ents if e.label_ in TIME_LABELS]
    return spans


def _candidates_near(ctx, frame: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """The time candidates that start inside the frame's reach, in their own order."""
    if not frame:
        return []
    key = (id(ctx.times), len(ctx.times or []))
    spans = getattr(ctx, "_time_spans", None)
    if spans is None or spans[0] != key:
        spans = ctx._time_spans = (key, time_candidates(ctx))
    found = offsets.index(ctx, "time_candidates", spans[1], start=lambda s: s[0], end=lambda s: s[1])
    return [spans[1][i] for i in found.starting_in(min(a for a, _ in frame), max(b for _, b in frame) + 1)]


def governed_by(tok, verbs) -> bool:
    """True when `tok` hangs on one of `verbs` with no other clause in between
    ("On Wednesday, X said" - yes; "said the war, ongoing since 2022, ..." - no)."""
    targets = {v.i for v in verbs}
    for _ in range(12):
        if tok.i in targets:
            return True
        if tok.head.i == tok.i:
            return False
        tok = tok.head
        if tok.pos_ in ("VERB", "AUX") and tok.i not in targets:
            return False
    return False


def find_time(ctx, frame: list[tuple[int, int]], anchor: int, verbs=None) -> Span | None:
    """The time expression in the frame nearest to `anchor` (the cue's offset); with
    `verbs`, only one that belongs to their clause."""
    best = None
    for s, e in _candidates_near(ctx, frame):
        if not in_frame(frame, s, e):
            continue
        if verbs:
            span = ctx.doc.char_span(s, e, alignment_mode="expand")
            if span is None or not governed_by(span.root, verbs):
                continue
        dist = min(abs(s - anchor), abs(e - anchor))
        if best is None or dist < best[0]:
            best = (dist, s, e)
    if best is None:
        return None
    _, s, e = best
    return Span(s, e, ctx.text[s:e])


def via_tokens(sent, frame: list[tuple[int, int]]) -> list:
    """Heads of secondary sources named in the frame: "per Reuters", "according to X"."""
    out = []
    for tok in sent:
        if not in_frame(frame, tok.idx, tok.idx + len(tok)):
            continue
        if tok.lower_ in VIA_PREPS or (tok.lower_ == "to" and tok.i > 0 and tok.nbor(-1).lower_ == "according"):
            obj = next((c for c in tok.children if c.dep_ == "pobj"), None)
            if obj is None and tok.i + 1 < len(tok.doc):
                nxt = tok.nbor(1)
                obj = nxt if nxt.pos_ in ("PROPN", "NOUN") else None
            if obj is not None:
                out.append(obj)
    return out
