"""Dates counted from an event of the article: "two days after the attack", "the day before
the vote", "three months after the ceasefire", "on the eve of the summit".

The anchor event's date is what the article states for it: a date tied to the anchor noun
itself ("the attack on Monday"), the date an extracted event carries when the noun is one of
its mentions and that date was stated before the expression's sentence, the date of an
earlier mention of the same word ("The parliament voted on Thursday. ... the day before the
vote"), or, as for any definite noun, the date of the last event of the noun's type already
dated ("Militants stormed the post on Monday. Two days after the attack, ..."). When the article states none, the value stays None: unknown, never a guess from the
publication date. Counting needs a date fine enough for the unit (a day for days and weeks).
"""
from __future__ import annotations

import re
from typing import Callable, Optional

from tacitus import lexicons
from tacitus.nlp import doc_text
from tacitus.report import TimeRef
from tacitus.timex.grammar import shifted
from tacitus.timex.period import period
from tacitus.timex.words import COMPOUND_NUMBER_RE, number_value

_COUNTED = re.compile(
    rf"\b(?:(?P<n>{COMPOUND_NUMBER_RE})[\s-]+(?P<unit>day|week|month|year)s?|the\s+(?P<unit1>day|week|month|year))"
    r"\s+(?P<dir>after|before|following|prior\s+to|ahead\s+of)\s+(?=\S)"
    r"|\b(?:on\s+)?the\s+(?P<eve>eve)\s+of\s+(?=\S)", re.I)

_FINE_ENOUGH = {"day": ("day",), "week": ("day",), "month": ("day", "week", "month"),
                "year": ("day", "week", "month", "year")}
_DEFINITE = {"the", "this", "that", "these", "those"}
_TIME_NOUNS = {"day", "week", "weekend", "month", "year", "decade", "night", "morning", "afternoon", "evening",
               "time", "hour", "minute", "moment", "date", "period"}
_NOT_OF_THE_NOUN = {"relcl", "acl", "advcl", "appos", "punct", "cc", "conj"}

# (doc, token, times) -> the date a word is tied to, as tacitus.timex.anchor reads it;
# `below_only` keeps only dates below the word ("the attack on Monday").
DateOf = Callable[..., Optional[TimeRef]]


def counted_from_events(doc, dating: list[TimeRef], events, date_of: DateOf) -> list[TimeRef]:
    """Every expression counted from an event, as a DATE TimeRef spanning the expression and
    its anchor noun phrase, with its value counted from the anchor's date (None when the
    article states no usable date for the anchor)."""
    text = doc_text(doc)
    found: list[TimeRef] = []
    for m in _COUNTED.finditer(text):
        signal = _signal(doc, m)
        if signal is None:
            continue
        head = next((c for c in signal.children if c.dep_ == "pobj"), None)
        if head is None or head.lemma_.lower() in _TIME_NOUNS:
            continue  # "the day after the next day" counts from no event
        named = _date_named(head, dating)  # "on the eve of Independence Day"
        if named is None and not (head.pos_ == "NOUN" and _definite(head)):
            continue  # "two days after Trump", "a week after an attack": no event the text dated
        end = _phrase_end(head)
        unit, n = _shift(m)
        anchor = named or _anchor_date(doc, head, (m.start(), end), dating, events, date_of)
        value, granularity = None, unit
        if anchor is not None and n is not None:
            stretch = period(anchor.value)
            if stretch is not None and stretch.precision in _FINE_ENOUGH[unit]:
                value, granularity = shifted(stretch.first, unit, n)
        start = m.start() + (3 if m[0].lower().startswith("on ") else 0)
        found.append(TimeRef(text=text[start:end], start=start, end=end, value=value,
                             granularity=granularity, type="DATE"))
    return found


def _signal(doc, m: re.Match):
    """The preposition whose object is the anchor ("after", the "to" of "prior to", "of")."""
    word = re.search(r"\S+$", m[0].rstrip())
    start = m.start() + word.start()
    span = doc.char_span(start, start + len(word[0]), alignment_mode="expand")
    if span is None or not len(span):
        return None
    token = span[-1]
    return token if token.dep_ == "prep" or token.pos_ == "ADP" else None


def _date_named(head, dating: list[TimeRef]) -> Optional[TimeRef]:
    """The date expression the anchor noun is part of ("Independence Day", "January 7")."""
    return next((t for t in dating if t.start <= head.idx < t.end), None)


def _definite(head) -> bool:
    """"the attack", "Sunday's vote", "its launch": an event the reader knows; not "an attack"."""
    return any((c.dep_ == "det" and c.lower_ in _DEFINITE) or c.dep_ == "poss" for c in head.children)


def _phrase_end(head) -> int:
    """Where the anchor noun phrase ends: its modifiers, not a relative clause or apposition."""
    end = head.idx + len(head)
    for child in head.children:
        if child.i > head.i and child.dep_ not in _NOT_OF_THE_NOUN:
            last = child.subtree
            for token in last:
                end = max(end, token.idx + len(token))
    return end


def _shift(m: re.Match) -> tuple[str, Optional[int]]:
    if m["eve"]:
        return "day", -1
    unit = (m["unit"] or m["unit1"]).lower()
    amount = 1 if m["unit1"] else number_value(m["n"])
    if amount is None or amount != int(amount):
        return unit, None  # "several days after the attack": some days, unknown
    backwards = m["dir"].lower().split()[0] in ("before", "prior", "ahead")
    return unit, -int(amount) if backwards else int(amount)


def _anchor_date(doc, head, span: tuple[int, int], dating: list[TimeRef], events,
                 date_of: DateOf) -> Optional[TimeRef]:
    outside = [t for t in dating if t.end <= span[0] or t.start >= span[1]]
    inside = [t for t in dating if span[0] <= t.start and t.end <= span[1]]
    stated = date_of(doc, head, inside, below_only=True)  # "the day after Sunday's vote"
    if stated is not None:
        return stated
    sentence_start = head.sent.start_char
    for event in events:
        date = getattr(event, "date", None)
        if date is None or date.inferred or not date.value or not date.text:
            continue
        spans = [event.trigger, *event.mentions]
        if any(s.start < head.idx + len(head) and head.idx < s.end for s in spans) and date.end <= sentence_start:
            return date  # the noun is a mention of an event dated earlier in the article
    for token in reversed(doc[:head.sent.start]):
        if token.lemma_ == head.lemma_ and token.pos_ in ("NOUN", "PROPN", "VERB"):
            earlier = date_of(doc, token, [t for t in outside if t.end <= sentence_start])
            if earlier is not None:
                return earlier
    type_ = _event_type_of_noun(head.lemma_.lower())
    same_type = [e for e in events if e.type == type_ and e.trigger.end <= span[0] and e.status != "historical"
                 and e.date is not None and not e.date.inferred and e.date.value and e.date.text
                 and not (span[0] <= e.date.start < span[1])]
    return same_type[-1].date if type_ and same_type else None


@lexicons.cached
def _noun_types() -> dict:
    nouns = lexicons.load("plover_triggers.yaml").get("nouns") or {}
    return {word: entry.get("type") for word, entry in nouns.items() if isinstance(entry, dict)}


def _event_type_of_noun(lemma: str) -> Optional[str]:
    """The PLOVER type a noun names ("attack" ASSAULT), from the trigger lexicon."""
    return _noun_types().get(lemma)
