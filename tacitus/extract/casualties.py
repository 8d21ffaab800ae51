"""Casualty figures: how many were killed or injured, as a range with its qualifier.

"at least 10 people dead" -> killed min 10; "more than 90 injured" -> injured min 91;
"up to 30" -> max 30; "about 50" -> 45..55; "dozens" -> 24..99; numbers in words.
The words (qualifiers, vague amounts, victim groups, death and injury words) are in
`lexicons/casualties.yaml`.
"""
from __future__ import annotations

import copy
import re
from dataclasses import dataclass
from typing import Optional

from tacitus import lexicons
from tacitus.nlp import doc_text
from tacitus.report import Count
from tacitus.word_starts import WordStarts

_DIGITS = r"\d{1,3}(?:,\d{3})+|\d+(?:\.\d+)?"


@lexicons.cached
def lexicon() -> dict:
    data = dict(lexicons.load("casualties.yaml"))  # a copy: the loaded lexicon is shared
    words = {**data["units"], **data["tens"]}
    data["_number_words"] = words
    vague = data["vague"]
    word_alt = "|".join(sorted(map(re.escape, list(words) + list(data["scales"])), key=len, reverse=True))
    number = rf"(?:{_DIGITS})(?:\s+(?:million|thousand|hundred))?|(?:(?:{word_alt})(?:[\s-]+(?:{word_alt}))*)"
    vague_alt = "|".join(sorted(map(re.escape, vague), key=len, reverse=True))
    quals = sorted(data["qualifiers"], key=len, reverse=True)
    qual_alt = "|".join(re.escape(q) for q in quals)
    # the lookahead only tells the regex engine which characters an amount can start with
    # (it tried every alternative at every character: a fifth of the extractors' time)
    firsts = "".join(sorted({re.escape(w[:1]) for w in [*words, *data["scales"], *vague, *quals] if w}))
    data["_amount"] = re.compile(
        rf"(?=[\d{firsts}])(?:(?P<qual>{qual_alt})\s+)?(?:(?P<vague>{vague_alt})|(?P<num>{number}))\b", re.I)
    # every amount begins with a qualifier, a vague amount, a number word or a digit
    data["_amounts"] = WordStarts(data["_amount"], [*words, *data["scales"], *vague, *quals], digits=True)
    data["_killed"] = re.compile(r"\b(?:%s)\b" % "|".join(map(re.escape, data["killed"])), re.I)
    data["_injured"] = re.compile(r"\b(?:%s)\b" % "|".join(map(re.escape, data["injured"])), re.I)
    data["_victims"] = {v.lower() for v in data["victims"]}
    return data


def parse_number(text: str) -> Optional[int]:
    """'5,000' -> 5000, 'twenty-five' -> 25, 'two hundred' -> 200, '1.5 million' -> 1500000."""
    lex = lexicon()
    text = text.strip().lower().replace(",", "")
    parts = re.split(r"[\s-]+", text)
    total, current = 0, 0.0
    for part in parts:
        if part == "and":
            continue
        if re.fullmatch(r"\d+(?:\.\d+)?", part):
            current += float(part)
        elif part in lex["_number_words"]:
            current += lex["_number_words"][part]
        elif part in lex["scales"]:
            scale = lex["scales"][part]
            if scale >= 1000:
                total += (current or 1) * scale
                current = 0
            else:
                current = (current or 1) * scale
        else:
            return None
    value = total + current
    return int(round(value)) if value else None


def to_range(value: Optional[int], qualifier: Optional[str], vague: Optional[str] = None):
    """(min, max) for an amount and the words that qualify it."""
    lex = lexicon()
    if vague:
        lo, hi = lex["vague"][vague.lower()]
        return lo, hi
    if value is None:
        return None, None
    if not qualifier:
        return value, value
    kind = lex["qualifiers"][qualifier.lower()]
    if kind == "min":
        return value, None
    if kind == "above":
        return value + 1, None
    if kind == "max":
        return None, value
    if kind == "below":
        return None, value - 1
    if kind == "approx":
        spread = max(1, round(value * 0.1))
        return value - spread, value + spread
    if kind == "nearly":
        return max(0, value - max(1, round(value * 0.1))), value - 1
    return value, value


def find_amount(text: str) -> Optional[tuple]:
    """(min, max) of the first amount in `text` ("at least 20" -> (20, None)), or None."""
    m = lexicon()["_amount"].search(text)
    if m is None:
        return None
    value = parse_number(m.group("num")) if m.group("num") else None
    if m.group("num") and value is None:
        return (0, 0) if m.group("num").strip() == "0" else None
    return to_range(value, m.group("qual"), m.group("vague"))


@dataclass
class Figure:
    """One number of people in a sentence, before it is known whether killed or injured."""

    count: Count
    kind: Optional[str]  # killed | injured | None
    value: Optional[int]
    included: list = None  # groups named by "including ...", which apply to every figure of the sentence


def find_figures(text: str, offset: int = 0) -> list[Figure]:
    """Casualty figures in a sentence `text` starting at character `offset` of the article."""
    lex = lexicon()
    figures: list[Figure] = []
    for m in lex["_amounts"].finditer(text):
        if m.group("num") and re.fullmatch(r"(19|20)\d\d", m.group("num")):
            continue  # a year
        value = parse_number(m.group("num")) if m.group("num") else None
        if m.group("num") and value is None:
            continue
        if m.group("num") and not_a_count(text, m.start("num"), m.end("num")):
            continue
        if re.search(r"\bno\s*$", text[max(0, m.start() - 4):m.start()], re.I):
            continue  # "no one was hurt"
        after = text[m.end():m.end() + 60]
        before = text[max(0, m.start() - 40):m.start()]
        kind = _kind(after, before, lex)
        if kind is None:
            continue
        lo, hi = to_range(value, m.group("qual"), m.group("vague"))
        but = re.search(r"\ball\s+but\s+(\w+)\s+of\s+(?:the\s+)?$", before, re.I)
        if but and value and parse_number(but.group(1)):
            lo = hi = value - parse_number(but.group(1))  # "all but one of the sixteen on board died"
        victims, included = _victims(after, text[m.end():], lex)
        count = Count(min=lo, max=hi, qualifier=(m.group("qual") or m.group("vague") or None),
                      text=m.group(0), start=offset + m.start(), end=offset + m.end(), victims=victims)
        if count.qualifier:
            count.qualifier = count.qualifier.lower()
        figures.append(Figure(count=count, kind=kind, value=value, included=included))
    return figures


def sentence_figures(doc, sent) -> list[Figure]:
    """`find_figures` of one sentence of a parsed article, found once per sentence (the
    incident's toll and the events both ask); each caller gets its own copy, since
    callers fill in and widen the counts."""
    found = doc.user_data.setdefault(_FIGURES_KEY, {})
    if sent.start_char not in found:
        found[sent.start_char] = find_figures(doc_text(doc)[sent.start_char:sent.end_char], sent.start_char)
    return copy.deepcopy(found[sent.start_char])


_FIGURES_KEY = "tacitus.figures"


def _kind(after: str, before: str, lex) -> Optional[str]:
    """killed | injured from the words right after the number ("10 people dead") or
    right before it ("killing 10", "death toll rose to 10")."""
    if re.match(r"\W*(?:days?|weeks?|months?|years?|hours?|times|minutes?|km|miles|percent|%)\b", after, re.I):
        return None  # "once every three days", "10 km": a number of something else
    window = " ".join(after.split()[:6])
    k, i = lex["_killed"].search(window), lex["_injured"].search(window)
    if k and re.match(r"\s+(?:%s|%s|\d)" % ("|".join(map(re.escape, lex["qualifiers"])), "|".join(lex["_number_words"])),
                      window[k.end():], re.I):
        k = None  # "two bombers killed 23 people": the two did the killing
    # a nearer word wins; a number of anything else ("10 days") has neither
    if k or i:
        # stop at the next number: "10 dead and 90 injured"
        nxt = re.search(r"\d|\band\b", window)
        cut = nxt.start() if nxt else len(window)
        if k and (not i or k.start() < i.start()) and k.start() < cut + 1:
            return "killed"
        if i and i.start() < cut + 1:
            return "injured"
        if k:
            return "killed"
    tail = " ".join(before.split()[-3:])
    if re.search(r"\b(?:kill(?:ed|ing|s)?|death toll\b.*|died|dead)\W*(?:at|to|of|reached|rose to)?\W*$",
                 tail, re.I) and not re.search(r"\binjur|\bwound", tail, re.I):
        return "killed"
    # "the death toll rising to", "resulted in the death of all"
    if re.search(r"\b(?:(?:death|fatality)\s+(?:toll|count)|toll)\b(?:\s+\w+){0,3}?\s+(?:to|at|of|reached|hit|"
                 r"reaching|passed|surpassed|topped)\W*$|\bdeaths?\s+of(?:\s+all)?(?:\s+the)?\W*$",
                 " ".join(before.split()[-6:]), re.I):
        return "killed"
    if re.search(r"\b(?:injur(?:ed|ing)|wound(?:ed|ing))\W*$", tail, re.I):
        return "injured"
    return None


def _victims(after: str, rest: str, lex) -> tuple[list[str], list[str]]:
    """(all victim groups of a figure, those named by "including ...")."""
    found, included = [], []
    first = re.match(r"\W*([A-Za-z-]+)", after)
    if first and first.group(1).lower() in lex["_victims"]:
        found.append(first.group(1).lower())
    for m in re.finditer(r"\b(?:including|among them|among whom|most of them)\s+(?:[\w-]+\s+){0,2}?([A-Za-z-]+)",
                         rest, re.I):
        word = m.group(1).lower()
        if word in lex["_victims"] and word not in found:
            found.append(word)
            included.append(word)
    return found, included


def casualties(text: str, offset: int = 0) -> tuple[Optional[Count], Optional[Count]]:
    """(killed, injured) stated in a sentence: the first figure of each kind."""
    killed = injured = None
    figures = find_figures(text, offset)
    shared_victims = [v for f in figures for v in f.included or []]
    for fig in figures:
        for v in shared_victims:  # "10 dead and 90 injured, including children": both groups
            if v not in fig.count.victims:
                fig.count.victims.append(v)
        if fig.kind == "killed" and killed is None:
            killed = fig.count
        elif fig.kind == "injured" and injured is None:
            injured = fig.count
    return killed, injured


# numbers that are not counts of people: ages, clock times, roads, flights, addresses
_NOT_BEFORE = re.compile(r"(?:\b(?:Interstate|Route|Highway|Hwy|Road|Flight|flight|No\.|Number|aged?|Avenue|"
                         r"Street|Platform|Gate|Terminal|Unit|Apartment|Room|Suite)|\b[IAMNUS]-?|#|\d[:.])\s*$")
_NOT_AFTER = re.compile(r"^(?:\s*-?\s*(?:years?|yr)[- ]old|[:.]\d|\s*(?:UTC|GMT|a\.m\.|p\.m\.|am\b|pm\b|hours?\b|"
                        r"hrs\b|local time|o'clock)|\s+[A-Z][a-z]+\s+(?:Street|St\.?|Avenue|Ave\.?|Road|Rd\.?|"
                        r"Boulevard|Blvd|Lane|Drive|Way|Place|Court)\b)")


# "between the ages of 14 and 18", "aged 20 to 35"
_AGES = re.compile(r"\b(?:ages?\s+of|aged(?:\s+between)?|ages?)\s+(?:\d+\s+(?:and|to|-)\s+)?$", re.I)


def not_a_count(text: str, start: int, end: int) -> bool:
    """True for a number that is an age ("Gupta, 33,", "aged 64", "18-year-old"), a clock
    time ("1620 UTC", "9:54"), a road ("Interstate 75"), a flight or an address."""
    before, after = text[max(0, start - 25):start], text[end:end + 30]
    if _NOT_BEFORE.search(before) or _NOT_AFTER.match(after) or _AGES.search(before):
        return True
    # "Adamowicz, 53, has supported": an age between commas after a name
    return bool(re.search(r"[A-Z][\w'-]+,\s*$", before) and re.match(r"\s*,", after) and
                re.fullmatch(r"\d{1,3}", text[start:end].strip()))


_RATE = re.compile(r"^\W*(?:[A-Za-z-]+\s+){0,2}?(?:a|an|per|every|each)\s+(day|week|month|year|hour|night)\b", re.I)


def rate_after(text: str) -> Optional[str]:
    """'day' for "5,000 soldiers a day ...", else None: a rate makes a figure a claim, not a toll."""
    m = _RATE.match(text)
    return m.group(1).lower() if m else None
