"""Does the text around a time expression point forward ("will meet on Friday")?

News convention: a bare weekday or month-and-day is in the past unless the tense
points forward. Two readers: one on plain text (a window of words, fast, used by the
evaluators) and one on a spaCy Doc (auxiliaries of the governing verb)."""
from __future__ import annotations

import re
from typing import Callable, Optional

from tacitus import lexicons
from tacitus.nlp import doc_text
from tacitus.timex.calendar import FUTURE, NEAREST, PAST

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
_PAST_CUE = re.compile(r"\b(?:was|were|had|did|said|ago|earlier|met|held|took|went|came|began|fell|rose|"
                       r"left|won|lost|saw|told|gave|made|struck|fought|sank|shot|hit|ran|broke|fled|led|"
                       r"became|blew|bought|brought|built|caught|chose|drew|drove|ate|felt|found|flew|froze|got|"
                       r"grew|heard|hid|hung|kept|knew|laid|meant|paid|rode|rang|sat|sent|shook|sang|slept|sold|"
                       r"spent|spoke|stood|stole|stuck|swore|swept|taught|thought|threw|tore|understood|woke|wore|"
                       r"wrote|withdrew|sought|dealt|lent|fed|bore|overthrew|undertook|forgave|arose|"
                       r"[a-z]{3,}ed)\b", re.I)
# A future cue in the past ("was expected to", "were scheduled to", "had planned to"): the
# date was ahead when the clause was true, not necessarily now: the nearest occurrence.
_PAST_BEFORE_CUE = re.compile(r"\b(?:was|were|had(?:\s+been)?)\s+(?:\w+ly\s+)?$", re.I)
# "due to" looks forward after a copula ("the vote is due to take place"), not as "because
# of" ("riots broke out due to the shooting in August").
_CAUSAL_DUE_TO = re.compile(r"due\s+to$", re.I)
_COPULA_BEFORE_DUE = re.compile(r"\b(?:is|are|was|were|be|been|being|['’]s|['’]re)\s+$", re.I)
# "must have left": an inference about the past, not an obligation ahead
_MUST_HAVE = re.compile(r"must\s+(?:have|['’]ve)\b", re.I)
_FUTURE_IN_PAST = re.compile(r"\b(?:would|(?:was|were)\s+(?:going\s+)?to)\b", re.I)
_SINCE = re.compile(r"\bsince\s+(?:(?:early|late|mid)[\s-]+)?$", re.I)


def _third_person(verb: str) -> str:
    """"open" -> "opens", "launch" -> "launches", "go" -> "goes", "fly" -> "flies"."""
    if re.search(r"(?:s|sh|ch|x|z|o)$", verb):
        return verb + "es"
    if re.search(r"[^aeiou]y$", verb):
        return verb[:-1] + "ies"
    return verb + "s"


@lexicons.cached
def _scheduled_res() -> tuple[re.Pattern, re.Pattern]:
    """The simple present of the scheduled-event verbs: the third person ("opens") and the
    plural ("go to the polls"), apart, since most base forms are nouns too ("a bright start")."""
    singular, plural = set(), set()
    for phrase in lexicons.load("time_words.yaml").get("scheduled_verbs") or []:
        verb, _, rest = phrase.lower().partition(" ")
        singular.add(f"{_third_person(verb)} {rest}".strip())
        plural.add(phrase.lower())

    def compiled(forms):
        alternatives = "|".join(re.escape(f).replace(r"\ ", r"\s+") for f in sorted(forms, key=len, reverse=True))
        return re.compile(rf"\b(?:{alternatives})\b", re.I)
    return compiled(singular), compiled(plural)


# The plural present needs a plural subject right before it ("talks resume", "voters go",
# "they meet"); "a bright start", "their return" are nouns.
_PLURAL_SUBJECT = re.compile(r"(?:\b\w+[^\W's’]s|\b(?:they|we|you|I|police|people|both))\s+$", re.I)


# A word before a verb form that makes it a noun ("the start of", "their visit") or not a
# finite present ("to open", "did not open", "would open").
_NOT_FINITE_BEFORE = re.compile(r"\b(?:the|a|an|its|his|her|their|our|my|your|this|that|these|those|of|to|"
                                r"since|after|before|during|until|for|would|could|might|should|did|didn't|"
                                r"does|doesn't|not|'s|’s)\s+$", re.I)
# "The final is on Sunday", "the deadline is Friday", "kick-off is at 15:00 GMT Saturday":
# the copula right before the date (or its clock time).
_COPULA_BEFORE = re.compile(r"\b(?:is|are)\s+(?:on\s+|at\s+|in\s+)?"
                            r"(?:\d{1,2}(?:[:.]\d\d)?\s*(?:[ap]\.?m\.?)?\s*(?:[A-Z]{2,4}\s+)?(?:on\s+)?)?$", re.I)
# A sentence ends in these; a headline (no full stop) tells past events in the present.
_SENTENCE_END = re.compile(r"[.!?\"”’')]\s*$")


def _scheduled(window: str) -> int:
    """Where the last scheduled-event verb in the simple present of `window` starts, -1 if none."""
    if _COPULA_BEFORE.search(window):
        return len(window)
    singular, plural = _scheduled_res()
    found = [m.start() for m in singular.finditer(window) if not _NOT_FINITE_BEFORE.search(window[:m.start()])]
    found += [m.start() for m in plural.finditer(window) if _PLURAL_SUBJECT.search(window[:m.start()])]
    return max(found, default=-1)


def _in_sentence(text: str, start: int, end: int) -> bool:
    """Whether the expression's line is a sentence (ends in a full stop), not a headline."""
    line_end = text.find("\n", end)
    return bool(_SENTENCE_END.search(text[start:len(text) if line_end < 0 else line_end]))


# Before an expression that opens its clause: one word ("On Saturday"), a determiner and a
# possessive ("The company's third-quarter results were weak"), or a clock time with its
# prepositions ("At 15:00 GMT on Saturday the polls close").
_CLOCK_TIME = re.compile(r"\b\d{1,2}(?:[:.]\d\d)?\s*(?:[ap]\.?m\.?)?(?:\s*\(?(?:[A-Z]{2,4}|local\s+time)\)?)?(?!\w)")
_OPENS_CLAUSE = re.compile(r"\W*(?:(?:at|on|by|from|around)\s+)*(?:(?:the|its|their|his|her|our)\s+\w+['’]s\s+|\w+\W*)?",
                           re.I)


def text_direction(text: str) -> Direction:
    """Direction from the words of the clause around the expression: future cues ("will",
    "scheduled"), then past-tense words, then a scheduled event in the simple present ("the
    museum opens on Thursday"); "since Friday" is always past."""
    cue_re = _future_cue_re()

    def direction(start: int, end: int) -> Optional[str]:
        before = text[max(0, start - 70):start]
        breaks = list(_CLAUSE_BREAK.finditer(before))
        if breaks:
            before = before[breaks[-1].end():]
        after = ""
        if _OPENS_CLAUSE.fullmatch(_CLOCK_TIME.sub(" ", before)):  # the expression opens its clause
            after = text[end:end + 30]
            cut = _CLAUSE_BREAK.search(after)
            if cut:
                after = after[:cut.start()]
        window = before + " " + after
        if _SINCE.search(before):
            return PAST
        cue = next((c for c in cue_re.finditer(window)
                    if (not _CAUSAL_DUE_TO.match(c[0]) or _COPULA_BEFORE_DUE.search(window[:c.start()]))
                    and not _MUST_HAVE.match(window, c.start())), None)
        if cue and not _PAST_BEFORE_CUE.search(window[:cue.start()]):
            return FUTURE
        if cue or _FUTURE_IN_PAST.search(window):  # "was expected to end on December 15",
            return NEAREST  # "said it would meet on Monday": planned then, not ahead now
        # the verb nearest before the expression decides: "the team that won on Saturday
        # plays again on Wednesday" (the coming one), "the museum, which opened on Thursday"
        scheduled = text[end:end + 2] not in ("'s", "’s") and _in_sentence(text, start, end)
        past = max((m.start() for m in _PAST_CUE.finditer(before)), default=-1)
        if scheduled and _scheduled(before) > past:
            return FUTURE
        if past >= 0 or _PAST_CUE.search(after):
            return PAST
        if scheduled and after and _scheduled(after) >= 0:
            return FUTURE
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
            if head.tag_ == "VBD" or any(c.dep_ in ("aux", "auxpass") and c.tag_ == "VBD" for c in head.children):
                return fallback(start, end)  # "was expected to end on December 15": planned then
            return FUTURE
        if verb.tag_ in ("VBD", "VBN"):
            return PAST
        return fallback(start, end)

    return direction
