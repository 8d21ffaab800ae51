"""Does the text around a time expression point forward ("will meet on Friday")?

News convention: a bare weekday or month-and-day is in the past unless the tense
points forward. Two readers: one on plain text (a window of words, fast, used by the
evaluators) and one on a spaCy Doc (auxiliaries of the governing verb)."""
from __future__ import annotations

import re
from typing import Callable, Optional

from tacitus import lexicons
from tacitus.nlp import doc_text
from tacitus.timex.calendar import FUTURE, PAST

Direction = Callable[[int, int], Optional[str]]


@lexicons.cached
def _future_cue_re() -> re.Pattern:
    cues = sorted(lexicons.load("time_words.yaml")["future_cues"], key=len, reverse=True)
    return re.compile(r"(?:(?<=\s)|^|(?<=\w))(?:" + "|".join(re.escape(c) for c in cues) + r")\b", re.I)


# Clause breaks; the colon of "15:00" and the full stops of "8 p.m." break nothing.
_CLAUSE_BREAK = re.compile(r"(?<![ap]\.m)(?<!\s[ap])\.(?!\d)|(?<!\d):(?!\d)|[;!?\n—–]"
                           r"|,\s+(?:but|and|while|although|said|says)\b", re.I)
# Past-tense words: the auxiliaries, common irregular verbs, and regular "-ed" forms (only
# read after the future cues, so "scheduled for" still points forward).
_PAST_CUE = re.compile(r"\b(?:was|were|had|did|said|last|ago|earlier|met|held|took|went|came|began|fell|rose|"
                       r"left|won|lost|saw|told|gave|made|struck|fought|sank|shot|hit|ran|broke|fled|led|"
                       r"[a-z]{3,}ed)\b", re.I)


def text_direction(text: str) -> Direction:
    """Direction from the words of the clause around the expression."""
    cue_re = _future_cue_re()

    def direction(start: int, end: int) -> Optional[str]:
        before = text[max(0, start - 70):start]
        breaks = list(_CLAUSE_BREAK.finditer(before))
        if breaks:
            before = before[breaks[-1].end():]
        after = ""
        if re.fullmatch(r"\W*(?:\w+\W*)?", before):  # the expression opens its clause
            after = text[end:end + 30]
            cut = _CLAUSE_BREAK.search(after)
            if cut:
                after = after[:cut.start()]
        window = before + " " + after
        if cue_re.search(window):
            return FUTURE
        if _PAST_CUE.search(window):
            return PAST
        return None

    return direction


_FUTURE_AUX = {"will", "'ll", "’ll", "shall", "wo"}
_SCHEDULING_VERBS = {"set", "schedule", "plan", "call", "slate", "fix", "book", "postpone", "delay", "move"}
_FUTURE_HEADS = {"plan", "schedule", "set", "expect", "due", "go", "intend", "aim", "hope", "prepare"}


def doc_direction(doc) -> Direction:
    """Direction from the governing verb of the expression: its auxiliaries and tense."""
    fallback = text_direction(doc_text(doc))

    def direction(start: int, end: int) -> Optional[str]:
        span = doc.char_span(start, end, alignment_mode="expand")
        if span is None or not len(span):
            return fallback(start, end)
        verb = span.root
        prep = verb.head if verb.dep_ == "pobj" else None
        if prep is not None and prep.lower_ == "for" and (
                prep.head.pos_ in ("NOUN", "PROPN") or prep.head.lemma_ in _SCHEDULING_VERBS):
            return FUTURE  # "called an early election for June 29", "a vote set for Friday"
        for _ in range(6):
            if verb.pos_ in ("VERB", "AUX") or verb.head is verb:
                break
            verb = verb.head
        if verb.pos_ not in ("VERB", "AUX"):
            return fallback(start, end)
        if any(c.dep_ == "aux" and c.lower_ in _FUTURE_AUX for c in verb.children):
            return FUTURE
        head = verb.head
        if verb.dep_ == "xcomp" and head.lemma_ in _FUTURE_HEADS:
            return FUTURE
        if verb.tag_ in ("VBD", "VBN"):
            return PAST
        return fallback(start, end)

    return direction
