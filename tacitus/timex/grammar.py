"""The recogniser's grammar: regular patterns for English time expressions, each with
a resolver that turns a match into a TIMEX3 value under the news rules.

Each rule is `(pattern, resolver)`. A resolver gets the match and a `Scope` (text,
publication date, tense reader) and returns a `Hit` or None to reject the match.
Relative expressions resolve against the publication date and stay None without one.
"""
from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass
from typing import Callable, Optional

from tacitus import lexicons
from tacitus.timex import calendar as cal
from tacitus.timex import holidays
from tacitus.timex.calendar import FUTURE, NEAREST, PAST
from tacitus.timex.words import (AND_A_HALF_RE, COMPOUND_NUMBER_RE, MONTH_RE, MONTHS, ORDINALS, SEASONS, UNIT_RE,
                                 VAGUE_NUMBERS, WEEKDAY_RE, WEEKDAYS, duration_value, month_number,
                                 number_value, unit_key)


@dataclass
class Scope:
    text: str
    anchor: Optional[dt.date]
    direction: Callable[[int, int], Optional[str]]


@dataclass
class Hit:
    start: int
    end: int
    value: Optional[str]
    granularity: Optional[str]
    type: str = "DATE"
    # (unit, shift) for an expression counted from the last date the text gave ("a year
    # earlier", "the next day"): `value` is counted from the publication date, and the
    # recogniser counts it again from that date when the text gives one before it
    reference: Optional[tuple[str, int]] = None
    mod: Optional[str] = None  # TIMEX3 START | MID | END, APPROX, MORE_THAN, ...: set by tacitus.timex.modifiers
    # "three days after January 12": counted from the date right after it, when one follows
    from_next: bool = False


Resolver = Callable[[re.Match, Scope], Optional[Hit]]
RULES: list[tuple[re.Pattern, Resolver]] = []


def rule(pattern: str, flags: int = re.I):
    def register(fn: Resolver) -> Resolver:
        RULES.append((re.compile(pattern, flags), fn))
        return fn
    return register


def _hit(m: re.Match, value, granularity, type_="DATE", group: int | str = 0) -> Hit:
    return Hit(m.start(group), m.end(group), value, granularity, type_)


def _capitalised(word: str) -> bool:
    return word[:1].isupper()


def _year(text: str) -> int:
    year = int(text)
    if len(text) == 2:  # '09 -> 2009, '95 -> 1995
        year += 2000 if year < 50 else 1900
    return year


def _by_relation(m, scope, nearest):
    """`nearest(direction, include_current)` as "next"/"coming", "last"/"past" or the tense asks."""
    rel = (m["rel"] or "").lower()
    if rel in ("next", "coming"):
        return nearest(FUTURE, False)
    if rel in ("last", "past"):
        return nearest(PAST, False)
    stated = scope.direction(m.start(), m.end())
    if stated == NEAREST:  # "was set to meet on Wednesday": the nearest day, before or after
        back, ahead = nearest(PAST, True), nearest(FUTURE, False)
        if isinstance(back, dt.date) and isinstance(ahead, dt.date) and scope.anchor is not None:
            return min((back, ahead), key=lambda d: (abs((d - scope.anchor).days), d > scope.anchor))
        if isinstance(back, tuple) and isinstance(ahead, tuple) and scope.anchor is not None:
            # "said the plant would reopen in June": the nearest June (a (year, month) pair)
            months = lambda ym: abs((ym[0] - scope.anchor.year) * 12 + ym[1] - scope.anchor.month)  # noqa: E731
            return min((back, ahead), key=lambda ym: (months(ym), ym > (scope.anchor.year, scope.anchor.month)))
        if isinstance(back, int) and isinstance(ahead, int):
            # a season's year ("said the bridge would reopen by the summer"): the calendar
            # picks the nearest season itself (a function that knows no NEAREST reads it as past)
            return nearest(NEAREST, True)
        return back
    return nearest(stated or PAST, True)


MOD = r"(?:(?P<mod>early|mid|late|the\s+end\s+of|the\s+beginning\s+of|the\s+start\s+of|the\s+middle\s+of)[\s-]+)"

# ----------------------------------------------------------------------------- days


@rule(r"\b(?P<y>\d{4})(?P<sep>[-/])(?P<m>\d{1,2})(?P=sep)(?P<d>\d{1,2})\b(?![-/]\d)")
def iso_date(m, scope):
    day = cal.safe_date(int(m["y"]), int(m["m"]), int(m["d"]))
    return _hit(m, day.isoformat(), "day") if day else None


@rule(r"\b(?P<a>\d{1,2})/(?P<b>\d{1,2})/(?P<y>\d{4}|\d{2})\b")
def slash_date(m, scope):
    a, b, year = int(m["a"]), int(m["b"]), _year(m["y"])
    month, day = (a, b) if a <= 12 else (b, a)  # US order unless the first number cannot be a month
    date = cal.safe_date(year, month, day)
    return _hit(m, date.isoformat(), "day") if date else None


_UNTIL_BEFORE = re.compile(r"\b(?:until|till|through|to)\s+$", re.I)
# "a model projected 32,000 more deaths by August 4": a target date of a prediction, whatever
# the tense of the verb that reports it
_BY_BEFORE = re.compile(r"\bby\s+$", re.I)
_PREDICTION = re.compile(r"\b(?:project|forecast|predict|expect|estimat|anticipat|target)\w*", re.I)


def _month_day(m, scope, month: int, day: int) -> Optional[Hit]:
    if m["y"]:
        date = cal.safe_date(_year(m["y"]), month, day)
        return _hit(m, date.isoformat(), "day") if date else None
    if not 1 <= day <= 31:
        return None
    if scope.anchor is None:
        return _hit(m, f"XXXX-{month:02d}-{day:02d}", "day")
    make = lambda y: cal.safe_date(y, month, day)  # noqa: E731
    weekday = m.groupdict().get("wd")
    if weekday and _capitalised(weekday):  # "Tuesday, January 21": the year in which it is a Tuesday
        fits = [d for d in map(make, range(scope.anchor.year - 1, scope.anchor.year + 2))
                if d is not None and d.weekday() == WEEKDAYS[weekday.lower()]]
        if fits:
            return _hit(m, min(fits, key=lambda d: abs((d - scope.anchor).days)).isoformat(), "day")
    stated = scope.direction(m.start(), m.end())
    if stated == NEAREST or (stated != FUTURE and _UNTIL_BEFORE.search(scope.text[max(0, m.start() - 10):m.start()])) \
            or (_BY_BEFORE.search(scope.text[max(0, m.start() - 4):m.start()])
                and _PREDICTION.search(_sentence_of(scope.text, m.start(), m.end()))):
        # "extended the lockdown until May 1": the end of a stretch begun in the past may be ahead
        date = _nearest_either_way(scope.anchor, make)
        return _hit(m, date.isoformat() if date else None, "day")
    date = cal.nearest_yearly(scope.anchor, make, stated or PAST)
    if stated is None and date is not None and (scope.anchor - date).days > 300:
        # A date almost a year back but weeks ahead is an announced one whose tense we missed.
        ahead = cal.nearest_yearly(scope.anchor, make, FUTURE)
        if ahead is not None and (ahead - scope.anchor).days <= 60:
            date = ahead
    return _hit(m, date.isoformat() if date else None, "day")


@rule(rf"\b(?:(?P<wd>{WEEKDAY_RE}),?\s+)?(?:the\s+)?(?P<month>{MONTH_RE})\.?\s+(?:the\s+)?(?P<d>\d{{1,2}})(?:st|nd|rd|th)?\b(?!:|\.\d|,\d)(?:\s*,?\s+(?:of\s+)?(?P<y>\d{{4}})\b)?")
def month_day_year(m, scope):
    if not (_capitalised(m["month"]) or m["y"]):
        return None
    return _month_day(m, scope, month_number(m["month"]), int(m["d"]))


@rule(rf"\b(?:(?P<wd>{WEEKDAY_RE}),?\s+)?(?:the\s+)?(?P<d>\d{{1,2}})(?:st|nd|rd|th)?\s+(?:of\s+)?(?P<month>{MONTH_RE})\b\.?(?:\s*,?\s+(?P<y>\d{{4}})\b)?")
def day_month_year(m, scope):
    if not (_capitalised(m["month"]) or m["y"]):
        return None
    if re.search(r"[$€£#]\s?$", scope.text[max(0, m.start() - 2):m.start()]):
        return None  # "bought it for $12 December 27": an amount, then the date
    hit = _month_day(m, scope, month_number(m["month"]), int(m["d"]))
    if hit and not m["y"] and m[0].endswith(".") and m["month"].lower() in MONTHS:
        hit.end -= 1  # the full stop ends the sentence, it is no abbreviation
    return hit


_DAY_ORDINALS = {"first": 1, "second": 2, "third": 3, "fourth": 4, "fifth": 5, "sixth": 6, "seventh": 7,
                 "eighth": 8, "ninth": 9, "tenth": 10, "eleventh": 11, "twelfth": 12, "thirteenth": 13,
                 "fourteenth": 14, "fifteenth": 15, "sixteenth": 16, "seventeenth": 17, "eighteenth": 18,
                 "nineteenth": 19, "twentieth": 20, "thirtieth": 30}
_DAY_ORDINAL_RE = (r"(?:(?P<tens>twenty|thirty)[\s-](?P<unit_ord>first|second|third|fourth|fifth|sixth|seventh|"
                   r"eighth|ninth)|(?P<ord>" + "|".join(sorted(_DAY_ORDINALS, key=len, reverse=True)) + r"))")


# "June first" only where the phrase ends ("In May the first ship sailed" is no day).
@rule(rf"\b(?:the\s+)?{_DAY_ORDINAL_RE}\s+of\s+(?P<month>{MONTH_RE})\b(?:\s*,?\s+(?P<y>\d{{4}})\b)?"
      rf"|\b(?P<month2>{MONTH_RE})\.?\s+(?:the\s+)?{_DAY_ORDINAL_RE.replace('?P<', '?P<b_')}\b"
      r"(?:\s*,?\s+(?P<y2>\d{4})\b|(?=\s*(?:[,.;:!?)\"”]|$)|\s+(?:and|to|through|until|at|in|on|when)\b))")
def ordinal_day_of_month(m, scope):
    """"the twenty-second of June", "June first", "the fifth of November 1605": a day written
    as an ordinal word (not the duration "twenty seconds")."""
    month_word = m["month"] or m["month2"]
    if not _capitalised(month_word):
        return None
    if m["month2"] and m["month2"].lower() in MONTHS and "." in m[0][len(m["month2"]):len(m["month2"]) + 1]:
        return None  # "in early September. First, ...": the sentence ends after the month
    prefix = "" if m["month"] else "b_"
    if m[prefix + "ord"]:
        day = _DAY_ORDINALS[m[prefix + "ord"].lower()]
    else:
        day = {"twenty": 20, "thirty": 30}[m[prefix + "tens"].lower()] + _DAY_ORDINALS[m[prefix + "unit_ord"].lower()]
    year = m["y"] or m["y2"]
    if year:
        date = cal.safe_date(int(year), month_number(month_word), day)
        return _hit(m, date.isoformat(), "day") if date else None
    return _month_day(m, scope, month_number(month_word), day)


@rule(r"\b(?:on|by|until|since|from)\s+(?P<x>the\s+(?P<d>[1-9]|[12]\d|3[01])(?:st|nd|rd|th))"
      r"(?=\s*(?:[,.;:!?)]|$)|\s+(?:and|at|when|or|to|through|until)\b)")
def day_of_the_month(m, scope):
    """"The trial begins on the 15th", "talks ended on the 3rd": a day of the publication's
    month, of the next one when it is past and the clause looks forward, of the one before
    when it is ahead and the clause tells of the past."""
    day = int(m["d"])
    if scope.anchor is None:
        return _hit(m, None, "day", group="x")
    stated = scope.direction(m.start("x"), m.end("x"))
    shift = 1 if stated == FUTURE and day < scope.anchor.day else -1 if stated == PAST and day > scope.anchor.day else 0
    year, month = cal.shift_months(scope.anchor.year, scope.anchor.month, shift)
    date = cal.safe_date(year, month, day)
    return _hit(m, date.isoformat() if date else None, "day", group="x")


_STRONG_BEFORE = re.compile(r"\b(?:on|since|until|by|before|after|every)\s+$", re.I)
_DAY_PARTS = {"morning": "MO", "afternoon": "AF", "evening": "EV", "night": "NI"}


@rule(rf"\b(?:(?P<rel>last|this|next|past|coming)\s+)?(?P<wd>{WEEKDAY_RE})\b(?:(?:'s|’s)?\s+(?P<part>morning|afternoon|evening|night)\b)?")
def weekday(m, scope):
    if not (_capitalised(m["wd"]) or m["rel"] or _STRONG_BEFORE.search(scope.text[max(0, m.start() - 8):m.start()])):
        return None  # lower-case "friday" only after a cue that makes it a day
    if not m["rel"] and _names_something(m, scope.text):
        return None
    if re.search(r"\b(?:Good|Black|Holy|Easter|Palm|Ash|Whit|Cyber|Super)\s+$", scope.text[max(0, m.start() - 7):m.start()]):
        return None  # a holiday's name ("Good Friday"), or a thing named after one ("the Good Friday Agreement")
    if scope.anchor is None:
        return _hit(m, None, "day")
    target = WEEKDAYS[m["wd"].lower()]
    # a forward weekday is never the publication day itself ("will meet on Friday")
    date = _by_relation(m, scope, lambda direction, current: cal.nearest_weekday(
        scope.anchor, target, direction, include_anchor=current and direction == PAST))
    value = date.isoformat() + (f"T{_DAY_PARTS[m['part'].lower()]}" if m["part"] else "")
    return _hit(m, value, "day", "TIME" if m["part"] else "DATE")


@rule(rf"\bthe\s+(?:following|next)\s+(?P<wd>{WEEKDAY_RE})\b")
def following_weekday(m, scope):
    """"The following Monday", "the next Friday": the first such day after the last day the
    text gave (TimeML's reference time), after the publication day when it gave none."""
    if not _capitalised(m["wd"]):
        return None
    if scope.anchor is None:
        return _hit(m, None, "day")
    target = WEEKDAYS[m["wd"].lower()]
    hit = _hit(m, cal.nearest_weekday(scope.anchor, target, FUTURE, include_anchor=False).isoformat(), "day")
    hit.reference = ("weekday after", target)
    return hit


_NAME_WORD_AFTER = re.compile(r"\s+(?P<word>[A-Z][a-z]+)\b")


def _names_something(m: re.Match, text: str) -> bool:
    """A weekday in a title: "the Sunday Times", "Saturday Night Live", "Saturday Morning
    Breakfast Cereal" (an article or a capitalised part of day before another capitalised
    word), not "on Sunday President Mbeki said"."""
    after = _NAME_WORD_AFTER.match(text, m.end())
    if after is None or month_number(after["word"]) or after["word"].lower() in WEEKDAYS:
        return False
    if m["part"]:
        return _capitalised(m["part"])
    return bool(re.search(r"\bthe\s+$", text[max(0, m.start() - 5):m.start()], re.I))


_RELATIVE_DAYS = {"today": 0, "yesterday": -1, "tomorrow": 1, "tonight": 0, "this morning": 0,
                  "this afternoon": 0, "this evening": 0, "last night": -1, "yesterday morning": -1,
                  "yesterday afternoon": -1, "yesterday evening": -1, "yesterday night": -1, "tomorrow morning": 1,
                  "the day before yesterday": -2, "the day after tomorrow": 2}


@rule(r"\b(?:the day before yesterday|the day after tomorrow|(?:yesterday|tomorrow)\s+(?:morning|afternoon|evening|night)|today|yesterday|tomorrow|tonight|this (?:morning|afternoon|evening)|last night)\b")
def relative_day(m, scope):
    phrase = re.sub(r"\s+", " ", m[0].lower())
    if m[0] == "Today" and re.search(r"(?<![.!?:;\n\"“]\s)(?<![.!?:;\n\"“])\b[A-Z][\w.]*\s+$", scope.text[max(0, m.start() - 20):m.start()]):
        return None  # a name: "USA Today", "Psychology Today"
    if phrase == "today" and _generic_today(scope.text, m.start(), m.end()):
        return _hit(m, "PRESENT_REF", "ref")
    if scope.anchor is None:
        return _hit(m, None, "day")
    shift = _RELATIVE_DAYS.get(phrase, _RELATIVE_DAYS.get(phrase.split()[0], 0))
    date = scope.anchor + dt.timedelta(days=shift)
    part = next((code for word, code in _DAY_PARTS.items() if word in phrase or
                 (word == "night" and "tonight" in phrase)), None)
    if part:
        return _hit(m, f"{date.isoformat()}T{part}", "day", "TIME")
    return _hit(m, date.isoformat(), "day")

@lexicons.cached
def _generic_today_heads() -> frozenset:
    return frozenset(lexicons.load("time_words.yaml").get("generic_today_heads") or ())


_TODAYS_WORDS = re.compile(r"['’]s?((?:\s+[a-z][a-z-]*){1,3})")
# Plural nouns of people ("today's schoolchildren", "youngsters", "musicians", "activists").
_PEOPLE_PLURAL = re.compile(r"[a-z-]*(?:children|people|men|women|sters|ians|ists|agers)")
_NOT_A_MODIFIER = frozenset(("of", "on", "in", "by", "for", "with", "at", "and", "to", "from", "is", "was", "are"))
# "as strong today as ...", "more today than": today set against another time; "the size it
# is today", "the city as we know it today": a state of things now.
_GENERIC_TODAY_AFTER = re.compile(r"\s+(?:as|than)\b", re.I)
_GENERIC_TODAY_BEFORE = re.compile(r"\b(?:it|they|we|you)\s+(?:is|are|'s|’s|'re|’re|stands?|looks?)\s+$", re.I)
_KNOWN_TODAY_BEFORE = re.compile(r"\bknows?\s+(?:it|them)\s+$", re.I)


def _generic_today(text: str, start: int, end: int) -> bool:
    """"today" as the present in general (TimeML PRESENT_REF): "today's teenagers", "in
    today's fast-changing economy", "as popular today as in 1990", "the city as we know it
    today"; not "today's vote", "said today", "the vote is today"."""
    possessive = _TODAYS_WORDS.match(text, end)
    if possessive:
        heads = _generic_today_heads()
        for word in possessive[1].split():
            if word in _NOT_A_MODIFIER:
                break
            if word in heads or _PEOPLE_PLURAL.fullmatch(word):
                return True
        return False
    before = text[max(0, start - 20):start]
    if _GENERIC_TODAY_AFTER.match(text, end) or _KNOWN_TODAY_BEFORE.search(before):
        return True
    return bool(_GENERIC_TODAY_BEFORE.search(before) and re.match(r"\s*(?:[.,;:!?)\n]|$)", text[end:end + 3]))


# "overnight" as a time: at the end of its clause, before a preposition or a day; not
# the adjective of "an overnight curfew".
_OVERNIGHT_AFTER = re.compile(r"\s*(?:$|[^\w\s]|(?:on|in|into|to|from|at|and|but|as|while|when|with|after|before|"
                              r"near|across|along|around|outside|inside|amid|until|,)\b)", re.I)


@rule(rf"\b(?:(?P<wd1>{WEEKDAY_RE})\s+)?overnight\b(?:\s+(?:on\s+)?(?P<wd2>{WEEKDAY_RE})\b)?")
def overnight(m, scope):
    """"overnight" is the night before the publication morning (TIMEX3 ...TNI), tonight's
    when the clause looks forward; "Saturday overnight", "overnight Saturday" is that day's night."""
    named = m["wd1"] or m["wd2"]
    if named and not _capitalised(named):
        return None
    if not named and not _OVERNIGHT_AFTER.match(scope.text[m.end():m.end() + 12]):
        return None
    if scope.anchor is None:
        return _hit(m, None, "day", "TIME")
    direction = FUTURE if scope.direction(m.start(), m.end()) == FUTURE else PAST
    if named:
        day = cal.nearest_weekday(scope.anchor, WEEKDAYS[named.lower()], direction,
                                  include_anchor=direction == PAST)
    else:
        day = scope.anchor - dt.timedelta(days=0 if direction == FUTURE else 1)
    return _hit(m, f"{day.isoformat()}TNI", "day", "TIME")

# ----------------------------------------------------------------------------- months, years


@rule(rf"\b{MOD}?(?P<month>{MONTH_RE})\.?(?:\s+of)?,?\s+(?P<y>\d{{4}})\b(?!\s*[-–]\s*\d)")
def month_year(m, scope):
    month = month_number(m["month"])
    if len(m["month"].rstrip(".")) < 3 or not month:
        return None
    return _hit(m, cal.month_value(int(m["y"]), month), "month")


@rule(rf"\b(?P<month>{MONTH_RE})\.?\s+(?:of\s+)?(?P<rel>next|last|this)\s+year\b")
def month_of_relative_year(m, scope):
    """"June next year", "in March of last year", "May this year": one month (2034-06)."""
    word = m["month"]
    if not _capitalised(word) or (len(word.rstrip(".")) < 3):
        return None
    if word.lower() in ("may", "march") and not _MONTH_CONTEXT.search(scope.text[max(0, m.start() - 12):m.start()]):
        return None  # "May this year be better"
    if scope.anchor is None:
        return _hit(m, None, "month")
    shift = {"next": 1, "last": -1}.get(m["rel"].lower(), 0)
    return _hit(m, cal.month_value(scope.anchor.year + shift, month_number(word)), "month")


_MONTH_CONTEXT = re.compile(r"(?:\b(?:in|since|until|till|by|from|to|through|during|of|before|after|last|next|this|early|mid|late|between|and|or|since|past|coming|each|every)\s+|mid-)$", re.I)


@lexicons.cached
def _month_nouns() -> frozenset:
    return frozenset(lexicons.load("time_words.yaml").get("month_nouns") or ())


@rule(rf"\b(?:(?P<rel>last|this|next|past|coming|that)\s+|{MOD})?(?P<month>{MONTH_RE})\b")
def bare_month(m, scope):
    word = m["month"]
    if len(word) < 5 and word.lower() not in ("may", "june", "july"):
        return None  # abbreviations alone are too ambiguous ("Mar", "Jan")
    if not _capitalised(word) and word.lower() not in ("last", "next"):
        return None
    if word.lower() in ("may", "march") and not (m["rel"] or m["mod"]):
        following = re.match(r"\s+([a-z]+)", scope.text[m.end():m.end() + 20])
        if not (_MONTH_CONTEXT.search(scope.text[max(0, m.start() - 12):m.start()])
                or (following and following.group(1) in _month_nouns())):
            return None  # the modal "May" and the verb "March" opening a sentence
    month = month_number(word)
    if scope.anchor is None:
        return _hit(m, f"XXXX-{month:02d}", "month")
    if (m["rel"] or "").lower() == "this":  # "this September": of this year, past or ahead
        return _hit(m, cal.month_value(scope.anchor.year, month), "month")
    if (m["rel"] or "").lower() == "that":  # "That September": of the year the text last gave
        hit = _hit(m, cal.month_value(*cal.nearest_month(scope.anchor, month, PAST)), "month")
        hit.reference = ("same year", 0)
        return hit
    stated = scope.direction(m.start(), m.end())
    year, _ = _by_relation(m, scope, lambda direction, current: cal.nearest_month(
        scope.anchor, month, direction, include_current=current))
    if not m["rel"] and scope.direction(m.start(), m.end()) is None:
        # "the real choice for voters in November", written in October: a month named with no
        # tense, nine months back or more but three or fewer ahead, is the coming one (as for month-days)
        back = (scope.anchor.year - year) * 12 + scope.anchor.month - month
        if back >= 9:
            year += 1
    hit = _hit(m, cal.month_value(year, month), "month")
    if not m["rel"] and not m["mod"] and stated == PAST:
        hit.reference = ("month of the narrative", month)  # "In June 2028 ... By December, ..."
    return hit


@rule(r"(?<![$€£#.,\d-])\b(?P<y>1[6-9]\d\d|20\d\d)\b(?![.,]\d|\s*(?:%|per\s*cent|percent)|[-–]\d|-[a-z]*[A-Z])")
def year(m, scope):
    if _counts_things(scope.text, m.start("y"), m.end("y")):
        return None
    return _hit(m, m["y"], "year", group="y")


_YEAR_RANGE = (r"(?<![$€£#.,\d-])\b(?P<y1>1[6-9]\d\d|20\d\d)\s?[-–]\s?(?P<y2>1[6-9]\d\d|20\d\d|\d\d)\b"
               r"(?![.,]\d|\s*(?:%|per\s*cent|percent)|[-–]\d)")


def _year_range(m: re.Match, scope: Scope) -> Optional[tuple[str, str]]:
    """"1914-18", "2024-25", "1999-2000": the two years of a range in order, each its own
    expression as TimeML marks them; None for number ranges ("2000-3000 people")."""
    first, last = int(m["y1"]), m["y2"]
    second = int(last) if len(last) == 4 else first // 100 * 100 + int(last)
    if len(last) == 2 and second < first:
        second += 100  # "1999-00"
    if not first < second <= first + 50 or _counts_things(scope.text, m.start(), m.end()):
        return None
    return str(first), str(second)


@rule(_YEAR_RANGE)
def year_range_start(m, scope):
    years = _year_range(m, scope)
    return _hit(m, years[0], "year", group="y1") if years else None


@rule(_YEAR_RANGE)
def year_range_end(m, scope):
    years = _year_range(m, scope)
    return _hit(m, years[1], "year", group="y2") if years else None


# A number before a noun of people or of things news counts ("1709 schoolchildren", "2000
# troops", "2012 votes") counts them; after a word of quantity ("more than 2000 ...", "about
# 1500 ...") any plural noun does. Elsewhere a plural noun after a year is its attribute
# ("2000 levels", "the 2016 elections").
_COUNTED_AFTER = re.compile(r"\s+(?:[a-z]*(?:people|children|men|persons)|police|personnel|staff|troops|soldiers|"
                            r"residents|civilians|students|pupils|protesters|demonstrators|workers|employees|"
                            r"families|refugees|migrants|voters|votes|members|jobs|homes|houses|cases|deaths|"
                            r"victims|prisoners|detainees|fighters|militants|rebels|officers|patients|visitors|"
                            r"participants|delegates|spectators|fans|copies|units|vehicles|cars|tons|tonnes)\b")
_PLURAL_AFTER = re.compile(r"\s+(?:[a-z]+[^s'’\W]s|[a-z]*(?:people|children|men)|police|personnel|staff)\b")
_QUANTITY_BEFORE = re.compile(r"\b(?:than|about|some|nearly|almost|around|approximately|roughly|over|under|least|"
                              r"only|just|estimated|up\s+to|total\s+of)\s+$", re.I)
# Words after which a number before a noun of people is still a year ("in 2000 people voted",
# "the 2016 elections", "between 2000 and 2005 prices rose", "the class of 2016").
_YEAR_BEFORE = re.compile(r"\b(?:in|since|by|until|till|before|after|during|from|through|between|and|to|or|"
                          r"the|a|its|their|his|her|our|early|late|mid|circa|c\.|class\s+of)\s+$|['’]s\s+$", re.I)


def _counts_things(text: str, start: int, end: int) -> bool:
    """Whether a four-digit number counts things rather than naming a year."""
    after, before = text[end:end + 30], text[max(0, start - 30):start]
    if _QUANTITY_BEFORE.search(before):
        return bool(_PLURAL_AFTER.match(after))
    return bool(_COUNTED_AFTER.match(after)) and not _YEAR_BEFORE.search(before)


@rule(r"\b(?P<mod>early|mid|late)[\s-]+(?P<y>1[6-9]\d\d|20\d\d)\b(?![.,]\d|\s*(?:%|per\s*cent|percent)|[-–]\d|['’]?s\b)")
def year_with_mod(m, scope):
    """"late 2024", "mid-2024": the year, with its TIMEX3 mod (END, MID) set by tacitus.timex.mods."""
    return _hit(m, m["y"], "year")


_CENTURY_WORDS = {"first": 1, "second": 2, "third": 3, "fourth": 4, "fifth": 5, "sixth": 6, "seventh": 7,
                  "eighth": 8, "ninth": 9, "tenth": 10, "eleventh": 11, "twelfth": 12, "thirteenth": 13,
                  "fourteenth": 14, "fifteenth": 15, "sixteenth": 16, "seventeenth": 17, "eighteenth": 18,
                  "nineteenth": 19, "twentieth": 20, "twenty-first": 21, "twenty first": 21}


@rule(r"\b(?:the\s+)?(?:(?P<mod>early|mid|late)[\s-]+)?(?:(?P<n>\d{1,2})(?:st|nd|rd|th)|(?P<w>"
      + "|".join(sorted(_CENTURY_WORDS, key=len, reverse=True)) + r"))[\s-]+century\b")
def century(m, scope):
    """"the 20th century" is TIMEX3 "19": the hundred years from 1900."""
    number = int(m["n"]) if m["n"] else _CENTURY_WORDS[m["w"].lower()]
    if not 1 <= number <= 22:
        return None
    return _hit(m, f"{number - 1:02d}", "century")


# "in '58", "the class of ’84", "June '58": a two-digit year after a word that takes a year.
@rule(rf"\b(?P<pre>in|of|since|until|till|by|from|to|before|after|around|circa|(?P<month>{MONTH_RE})\.?)\s+"
      r"(?P<year>['’](?P<yy>\d{2}))\b(?!['’]?s\b|\s*%)")
def two_digit_year(m, scope):
    if m["month"] and not _capitalised(m["month"]):
        return None
    yy = int(m["yy"])
    pivot = (scope.anchor.year if scope.anchor else dt.date.today().year) % 100 + 10
    year = (2000 if yy <= pivot else 1900) + yy
    if m["month"]:
        return _hit(m, cal.month_value(year, month_number(m["month"])), "month")
    return _hit(m, str(year), "year", group="year")


_DECADE_WORDS = {"twenties": 2, "thirties": 3, "forties": 4, "fifties": 5, "sixties": 6,
                 "seventies": 7, "eighties": 8, "nineties": 9}


@rule(r"\b(?:the\s+)?(?:(?P<mod>early|mid|late)[\s-]+)?(?P<y>(?:1[0-9]|20)\d0)(?:'s|’s|s)\b|(?:\bthe\s+(?:(?:early|mid|late)[\s-]+)?|\b(?:early|mid|late)-|(?<![\w'’]))['’](?P<yy>\d0)s\b|\bthe\s+(?:(?:early|mid|late)[\s-]+)?(?P<yy2>\d0)s\b|\bthe\s+(?:(?:early|mid|late)[\s-]+)?(?P<w>sixties|seventies|eighties|nineties)\b")
def decade(m, scope):
    if m["w"]:  # "the sixties": the 1960s; earlier decades by word are too often ages
        return _hit(m, f"19{_DECADE_WORDS[m['w'].lower()]}", "decade")
    if m["y"]:
        if m["y"].endswith("00") and m["y"] != "2000" and not m["mod"]:
            return _hit(m, m["y"][:2], "century")  # "the 1800s": the whole hundred years
        return _hit(m, m["y"][:3], "decade")
    yy = int(m["yy"] or m["yy2"])  # "the '90s", "the mid-90s" (a bare "90s" after no "the" is an age)
    return _hit(m, str(1900 + yy)[:3] if yy >= 20 else str(2000 + yy)[:3], "decade")


@rule(rf"\b(?:(?P<rel>last|this|next|past|coming|that)\s+|(?:the\s+)?(?P<mod>early|late)\s+)?(?P<s>spring|summer|autumn|fall|winter)(?:\s+(?:of\s+)?(?P<y>\d{{4}})\b)?")
def season(m, scope):
    code = SEASONS[m["s"].lower()]
    before = scope.text[max(0, m.start() - 8):m.start()].lower()
    if not (m["rel"] or m["y"] or m["mod"] or re.search(r"\b(?:the|in|this|during)\s+$", before)):
        return None
    if m["s"].lower() == "fall" and not (m["rel"] or m["y"] or re.search(r"\bthe\s+$", before)):
        return None
    if m["y"]:
        value = f"{m['y']}-{code}"
    elif scope.anchor is None:
        value = None
    elif (m["rel"] or "").lower() == "this":  # "this summer": of this year; "this winter" the one around its turn
        value = f"{scope.anchor.year - (code == 'WI' and scope.anchor.month <= 2)}-{code}"
    elif (m["rel"] or "").lower() == "that":  # "That summer": of the year the text last gave
        hit = _hit(m, f"{cal.season_year(scope.anchor, code, PAST)}-{code}", "season")
        hit.reference = ("same year", 0)
        return hit
    else:
        value = f"{_by_relation(m, scope, lambda direction, current: cal.season_year(scope.anchor, code, direction, include_current=current))}-{code}"
    return _with_article(_hit(m, value, "season"), scope.text)


_ARTICLE_BEFORE = re.compile(r"\bthe\s+$", re.I)


def _with_article(hit: Hit, text: str) -> Hit:
    """The expression with the article before it, as TimeML marks "the spring", "the summer
    of 2010" (as it does "the third quarter" and "the 1990s")."""
    article = _ARTICLE_BEFORE.search(text[max(0, hit.start - 8):hit.start])
    if article:
        hit.start -= len(article[0])
    return hit


@rule(r"\bthe\s+weekend\b(?!\s+(?:of|before|after)\b)")
def the_weekend(m, scope):
    """"over the weekend": the last weekend up to the publication day, the coming one in a
    forward-looking clause (2025-W16-WE)."""
    if scope.anchor is None:
        return _hit(m, None, "week")
    ahead = scope.direction(m.start(), m.end()) == FUTURE
    in_weekend = scope.anchor.weekday() >= 5
    shift = 0 if in_weekend or ahead else -1
    return _hit(m, *_unit_value(scope.anchor, "weekend", shift))


@rule(r"\b(?:the\s+)?(?P<q>first|second|third|fourth|final|last|1st|2nd|3rd|4th)[\s-]+quarter\b(?:\s+(?:of\s+)?(?:(?P<y>\d{4})\b|(?P<rel>this|last|next)\s+year\b|the\s+year\b))?|\bQ(?P<qn>[1-4])(?:\s+(?P<y2>\d{4})\b|\b)")
def quarter(m, scope):
    if m["qn"]:
        if m["y2"]:
            return _hit(m, f"{m['y2']}-Q{m['qn']}", "quarter")
        if scope.anchor is None:
            return _hit(m, None, "quarter")
        number = int(m["qn"])  # "Q3" alone: of this year, or last year's when it is still ahead
        ahead = number > (scope.anchor.month - 1) // 3 + 1
        back = ahead and scope.direction(m.start(), m.end()) != FUTURE
        return _hit(m, f"{scope.anchor.year - back}-Q{number}", "quarter")
    q = m["q"].lower()
    if m["y"]:
        number = 4 if q in ("final", "last") else ORDINALS[q]
        return _hit(m, f"{m['y']}-Q{number}", "quarter")
    if scope.anchor is None:
        return _hit(m, None, "quarter")
    if q == "last" and not m["rel"]:  # "the last quarter" = the one before this one
        year_, month = cal.shift_months(scope.anchor.year, scope.anchor.month, -3)
        return _hit(m, f"{year_}-Q{(month - 1) // 3 + 1}", "quarter")
    number = 4 if q in ("final", "last") else ORDINALS[q]
    rel = (m["rel"] or "").lower()
    shift = {"last": -1, "next": 1}.get(rel, 0)
    if not rel and not re.search(r"\bthe\s+year\b", m[0], re.I) and number > (scope.anchor.month - 1) // 3 + 1 \
            and scope.direction(m.start(), m.end()) == PAST:
        shift = -1  # "profit fell in the fourth quarter", written in March: last year's, as "Q4" alone
    return _hit(m, f"{scope.anchor.year + shift}-Q{number}", "quarter")


@rule(r"\b(?:the\s+)?(?P<h>first|second|latter)\s+half\s+of\s+(?:(?P<y>\d{4})\b|(?P<rel>this|last|next|the)\s+year\b)|\bH(?P<hn>[12])\s+(?P<y2>\d{4})\b")
def half_year(m, scope):
    if m["hn"]:
        return _hit(m, f"{m['y2']}-H{m['hn']}", "half")
    number = 1 if m["h"].lower() == "first" else 2
    if m["y"]:
        return _hit(m, f"{m['y']}-H{number}", "half")
    if scope.anchor is None:
        return _hit(m, None, "half")
    shift = {"last": -1, "next": 1}.get(m["rel"].lower(), 0)
    return _hit(m, f"{scope.anchor.year + shift}-H{number}", "half")


# Words of a sentence that make "the second half" a half of the year (business and economic
# news: "sales rose in the second half") or a half of a match ("scored in the second half").
_HALF_OF_YEAR_WORDS = re.compile(
    r"\b(?:sales|revenues?|profits?|earnings|losses|income|growth|output|economy|economic|GDP|inflation|"
    r"prices|demand|supply|fiscal|quarters?|shares|margins?|orders|exports?|imports?|production|forecasts?|"
    r"guidance|deliveries|investments?|spending|budget|rates?|unemployment|jobs|market|markets|"
    r"percent|per\s+cent|year|billion|million)\b|%", re.I)
_HALF_OF_MATCH_WORDS = re.compile(
    r"\b(?:goals?|scored|scores|scoring|match|matches|game|games|minutes?|half-?time|penalty|penalties|"
    r"kick|striker|keeper|goalkeeper|innings?|touchdowns?|tries|referee|whistle|substitute|pitch|stadium|"
    r"league|cup|equali[sz]er|header|shots?|possession|coach|squad)\b", re.I)
_SENTENCE_STOP = re.compile(r"[.!?\n](?=\s|$)")


def _sentence_of(text: str, start: int, end: int) -> str:
    stops = list(_SENTENCE_STOP.finditer(text, 0, start))
    first = stops[-1].end() if stops else 0
    after = _SENTENCE_STOP.search(text, end)
    return text[first:after.end() if after else len(text)]


@rule(r"\bthe\s+(?P<h>first|second|latter)\s+half\b(?!\s+of\b|[\s-]+(?:century|decade|year|time)\b|-)"
      r"|\b(?:the\s+)?(?P<h2>first|second)-half\b(?=\s+[a-z])")
def half_without_year(m, scope):
    """"the second half" with no year, or as an adjective ("first-half sales"): a half of the
    year in a sentence of business or the economy ("sales rose in the second half"), of this
    year (last year's second half while it is still ahead and the clause tells of the past); no
    date in a match report ("scored in the second half", "a second-half goal") or where the
    sentence says neither."""
    sentence = _sentence_of(scope.text, m.start(), m.end())
    if _HALF_OF_MATCH_WORDS.search(sentence) or not _HALF_OF_YEAR_WORDS.search(sentence):
        return None
    number = 1 if (m["h"] or m["h2"]).lower() == "first" else 2
    if scope.anchor is None:
        return _hit(m, None, "half")
    back = number == 2 and scope.anchor.month <= 6 and scope.direction(m.start(), m.end()) == PAST
    return _hit(m, f"{scope.anchor.year - back}-H{number}", "half")


@rule(r"\bH(?P<hn>[12])\b(?![-/.]?\d)(?!\s+\d{4}\b)", 0)
def half_alone(m, scope):
    """"H2" alone, as "Q3" alone: of this year, or last year's when it is still ahead
    (case-sensitive: "h1" is no half)."""
    if scope.anchor is None:
        return _hit(m, None, "half")
    ahead = m["hn"] == "2" and scope.anchor.month <= 6
    back = ahead and scope.direction(m.start(), m.end()) != FUTURE
    return _hit(m, f"{scope.anchor.year - back}-H{m['hn']}", "half")


@rule(r"\b(?:fiscal(?:\s+year)?\s+|FY\s?)(?P<y>\d{4})\b|\bFY(?P<yy>\d{2})\b")
def fiscal_year(m, scope):
    """"fiscal 2029", "FY2029", "FY29": TIMEX3 "FY2029" (which months it covers depends on who keeps it)."""
    year = m["y"] or str(2000 + int(m["yy"]))
    return _hit(m, f"FY{year}", "fiscal year")

# ----------------------------------------------------------------------------- relative units


def _unit_value(anchor: dt.date, unit: str, shift: int) -> tuple[Optional[str], str]:
    if unit in ("week", "weekend"):
        day = anchor + dt.timedelta(weeks=shift)
        return cal.week_value(day) + ("-WE" if unit == "weekend" else ""), "week"
    if unit == "month":
        year_, month = cal.shift_months(anchor.year, anchor.month, shift)
        return cal.month_value(year_, month), "month"
    if unit == "quarter":
        year_, month = cal.shift_months(anchor.year, anchor.month, 3 * shift)
        return f"{year_}-Q{(month - 1) // 3 + 1}", "quarter"
    if unit == "year":
        return str(anchor.year + shift), "year"
    if unit == "decade":
        return str(anchor.year // 10 + shift), "decade"
    if unit == "century":
        return str(anchor.year // 100 + shift), "century"
    return None, unit


_ANAPHORIC = {"next": 1, "following": 1, "previous": -1, "preceding": -1, "same": 0}


@rule(r"\b(?:(?P<pre>earlier|later|early|late)\s+)?(?:the\s+)?(?P<this>this\s+)?(?P<rel>last|this|next|previous|current|coming|past|same|following|preceding|latest)\s+(?P<unit>week(?:end)?|month|year|quarter|decade|century|day)\b")
def relative_unit(m, scope):
    rel, unit = m["rel"].lower(), m["unit"].lower()
    if re.match(r"(?:\w+\s+)?the\b", m[0], re.I) and rel in _ANAPHORIC and unit in ("day", "week", "month", "year") \
            and not m["this"] and not re.search(
                r"\b(?:over|during|within|for|throughout)\s+$", scope.text[max(0, m.start() - 12):m.start()], re.I):
        # "the next day", "the following year", "the same week", "late the next day", "later the
        # same day": counted from the last date given
        hit = _hit(m, *(shifted(scope.anchor, unit, _ANAPHORIC[rel]) if scope.anchor else (None, unit)))
        hit.reference = (unit, _ANAPHORIC[rel])
        return hit
    if unit == "day" or rel in ("following", "preceding"):
        return None
    if m["this"] and rel in ("past", "coming"):  # "this past week" is last week
        rel = "last" if rel == "past" else "next"
    if rel in ("past", "coming") and unit != "weekend" and not m["pre"]:
        return _hit(m, duration_value(1, unit), "duration", "DURATION")  # "the past year"
    if rel == "last" and m[0].lower().startswith("the") and unit not in ("weekend", "century") and not m["pre"] \
            and not re.match(r"\s+(?:of|before|that|when|in\s+which)\b", scope.text[m.end():m.end() + 16], re.I):
        return _hit(m, duration_value(1, unit), "duration", "DURATION")  # "in the last year", not "the last year of"
    if rel == "next" and m[0].lower().startswith("the") and unit not in ("week", "weekend") \
            and re.search(r"\b(?:over|during|within|for|throughout)\s+$", scope.text[max(0, m.start() - 12):m.start()], re.I):
        return _hit(m, duration_value(1, unit), "duration", "DURATION")  # "over the next decade"
    if rel == "same":
        return None
    shift = {"last": -1, "previous": -1, "latest": -1, "next": 1}.get(rel, 0)  # "the latest quarter": the last one reported
    if scope.anchor is None:
        return _hit(m, None, unit)
    value, granularity = _unit_value(scope.anchor, unit, shift)
    return _hit(m, value, granularity)


# What may follow "two days after" for it to be a point: the end of the phrase, or a date
# it counts from ("two days after Easter", "3 days after January 12th", "after today").
_POINT_AFTER_SIGNAL = re.compile(rf"\s*(?:[,.;:!?)\]\"”—–]|$|(?:and|but)\b|(?:today|yesterday|tomorrow|next|last|this|"
                                 rf"{MONTH_RE}|{WEEKDAY_RE}|new\s+year|christmas|easter)\b|\d)", re.I)
# "two days later", "a year earlier the ...", "two days before,": a point ("later" and
# "earlier" take no object, as "ago" takes none); "a day after talks
# collapsed", "a week before the vote" is a duration ("a day", TimeML's DURATION) before a
# signal of another event, left to the duration rule.
@rule(rf"\b(?P<n>{COMPOUND_NUMBER_RE})[\s-]+(?P<unit>{UNIT_RE})(?P<half>{AND_A_HALF_RE})?\s+(?:(?P<ago>ago)|(?P<dir>earlier|later|from\s+now|hence)\b(?!\s+(?:this|that|next|last)\s)"
      r"|(?P<dir2>before|after)\b)")
def offset(m, scope):
    unit = unit_key(m["unit"])
    amount = number_value(m["n"])
    if m["dir2"] and not _POINT_AFTER_SIGNAL.match(scope.text, m.end()):
        return None  # "a day after talks collapsed": the duration "a day"
    direction = (m["ago"] or m["dir"] or m["dir2"]).lower()  # "ago" takes no object: "Two years ago the firm ..."
    if amount is None and m["n"].lower() in VAGUE_NUMBERS:  # "a few days ago", "several years later"
        return _hit(m, "PAST_REF" if direction in ("ago", "earlier", "before") else "FUTURE_REF", "ref")
    if scope.anchor is None or amount is None or unit not in ("day", "week", "month", "year", "decade", "century"):
        return _hit(m, None, unit)
    sign = -1 if direction in ("ago", "earlier", "before") else 1
    if m["half"]:
        amount += 0.5
    if amount != int(amount) and unit == "year":  # "a year and a half ago": 18 months
        unit, amount = "month", amount * 12
    n = int(amount) * sign
    if re.match(r"\s+than\b", scope.text[m.end():m.end() + 6], re.I):  # "three days later than planned"
        return Hit(m.start(), m.end("unit"), duration_value(abs(n), unit), "duration", "DURATION")
    hit = _hit(m, *shifted(scope.anchor, unit, n))
    if direction in ("earlier", "before", "later", "after"):
        # "two days later": after the last date the text gave; "a year earlier" after a quarter
        # or a month is that quarter or month a year back ("sales in May rose from a year earlier")
        hit.reference = ("years of the period", n) if unit == "year" else (unit, n)
        hit.from_next = bool(m["dir2"])  # "two days after Easter": from Easter, if recognised
    return hit


_PERIOD_PART = r"(?:end|start|beginning|middle|close)"


@rule(rf"\b(?:the\s+)?(?:very\s+)?{_PERIOD_PART}\s+of\s+the\s+(?P<unit>year|month|week|quarter|decade)\b"
      r"|\b(?:at|by|before|until|till|after|since|from|around|near|toward|towards)\s+(?P<end>(?:the\s+)?(?P<unit2>year|month)[\s-]end)\b(?![\s-]\w)")
def part_of_the_unit(m, scope):
    """"the end of the year", "the start of the month", "by year end": the period itself
    (its TIMEX3 mod END/START is set by tacitus.timex.mods). In a forward-looking clause it is
    the current one; in a narrative it is counted from the last date the text gave, as
    "the same year" is ("In 2019 ... by the end of the year")."""
    unit = (m["unit"] or m["unit2"]).lower()
    group = "end" if m["end"] else 0
    if scope.anchor is None:
        return _hit(m, None, unit, group=group)
    if unit == "quarter":
        return _hit(m, f"{scope.anchor.year}-Q{(scope.anchor.month - 1) // 3 + 1}", unit, group=group)
    hit = _hit(m, *shifted(scope.anchor, unit, 0), group=group)
    if m["end"]:
        hit.mod = "END"
    if scope.direction(m.start(), m.end()) != FUTURE and unit in ("year", "month", "week"):
        hit.reference = (unit, 0)
    return hit


@rule(r"\b(?:for|in|during|over|throughout|through|(?P<part>earlier|later)\s+in)\s+(?P<x>the\s+(?P<unit>year|month|week|(?(part)day|year)))\b"
      r"(?!['’]|-|\s+(?:of|before|after|earlier|later|ago|that|when|which|in\s+which|to|ended|ending|ahead|since|\d))")
def the_unit(m, scope):
    """"profits for the year", "later in the week", "throughout the month": the year, month
    or week the text is about, TimeML's DATE (the current one in a forward-looking clause,
    else the one of the last date the text gave, as "the same year")."""
    unit = m["unit"].lower()
    if scope.anchor is None:
        return _hit(m, None, unit, group="x")
    hit = _hit(m, *shifted(scope.anchor, unit, 0), group="x")
    if scope.direction(m.start("x"), m.end("x")) != FUTURE:
        hit.reference = (unit, 0)
    return hit


# "the man of the day", "the order of the day", "at the end of the day": idioms, no day.
_OF_THE_DAY_IDIOM = re.compile(r"\b(?:end|order|hero|heroes|man|woman|player|star|word|question|quote|photo|"
                               r"picture|image|issue|topic|dish|soup|special|deal|news|mood|tone|fashion|rage|"
                               r"light|time|heat|course|rest)\s+$", re.I)


@rule(r"\b(?:of|for)\s+(?P<x>the\s+day)(?=\s*[,.;:!?)]|\s*$)")
def of_the_day(m, scope):
    """"the last match of the day", "the second attack of the day": the day the text is
    about (the last day it gave, else the publication day), TimeML's DATE."""
    before = scope.text[max(0, m.start("x") - 30):m.start("x")]
    if _OF_THE_DAY_IDIOM.search(re.sub(r"\s+(?:of|for)\s+$", " ", before)):
        return None
    if scope.anchor is None:
        return _hit(m, None, "day", group="x")
    hit = _hit(m, scope.anchor.isoformat(), "day", group="x")
    hit.reference = ("day", 0)
    return hit


@rule(r"\b(?P<x>that\s+(?P<unit>day|week|month|year))\b(?![\s-]+(?:long|old|on|before|after|to)\b)")
def that_unit(m, scope):
    """"That year, floods hit the south", "later that day": the day, week, month or year of
    the last date the text gave (TimeML's DATE, as "the same year"), else of the publication
    date."""
    unit = m["unit"].lower()
    if scope.anchor is None:
        return _hit(m, None, unit)
    hit = _hit(m, *shifted(scope.anchor, unit, 0))
    hit.reference = (unit, 0)
    return hit


def shifted(anchor: dt.date, unit: str, n: int) -> tuple[str, str]:
    """The TIMEX3 value and granularity `n` units of `unit` from the day `anchor`."""
    if unit == "day":
        return (anchor + dt.timedelta(days=n)).isoformat(), "day"
    if unit == "week":
        return cal.week_value(anchor + dt.timedelta(weeks=n)), "week"
    if unit == "month":
        return cal.month_value(*cal.shift_months(anchor.year, anchor.month, n)), "month"
    if unit == "decade":
        return str(anchor.year // 10 + n), "decade"
    if unit == "century":  # "a century ago": the hundred years before this one ("19")
        return f"{anchor.year // 100 + n:02d}", "century"
    return str(anchor.year + n), "year"


@rule(r"\bthe\s+(?:(?:year|twelve[\s-]+month)[\s-]+(?:earlier|ago)|prior[\s-]+year|year[\s-]+before)\s+(?P<noun>period|quarter|month|week|year)\b"
      r"|\bthe\s+same\s+(?P<noun2>period|quarter|month|week)\s+(?:a\s+year\s+(?:earlier|ago|before)|last\s+year|of\s+last\s+year)\b")
def year_earlier_period(m, scope):
    """"the year-earlier period", "the year-ago quarter", "the same period last year": the
    period the text last gave (a quarter, a month, a week, a day, a year), a year back
    (TimeML's reference time); unknown when the text gave none."""
    hit = _hit(m, None, (m["noun"] or m["noun2"]).lower())
    hit.reference = ("period", -1)
    return hit


@rule(r"\bthe\s+(?P<unit>day|week|month|year)\s+(?P<dir>before|after|earlier|later)"
      r"(?=\s*[,.;:!?)—–]|\s+(?:and|but|when|as|while)\b|\s*$)")
def unit_before(m, scope):
    """"The year before, ...", "the day after": counted from the last date the text gave; only
    where the phrase ends ("the day after falling" and "the day after the vote" are no dates)."""
    unit, n = m["unit"].lower(), -1 if m["dir"].lower() in ("before", "earlier") else 1
    hit = _hit(m, *(shifted(scope.anchor, unit, n) if scope.anchor else (None, unit)))
    hit.reference = (unit, n)
    return hit

# ----------------------------------------------------------------------------- holidays


# Capitalised nouns after a holiday's name that make it the name of a place, an event or a
# document, not a day.
_HOLIDAY_NAMES_A_THING = re.compile(r"\s+(?:Islands?|Isle|Rising|Uprising|Offensive|Agreement|Accords?|Truce|Act|"
                                    r"Proclamation|Declaration|Parade|Market|Movement|Street|Road|Avenue|Square|Bay|"
                                    r"Creek|River|Lake|Mountains?|Carols?|Bowl|Cup|Classic|Massacre|Revolution)\b")
# A date after these comes after the event of the clause, a short while after it.
_SHORTLY_BEFORE = re.compile(r"\b(?:ahead\s+of|in\s+the\s+(?:run|lead)[\s-]?up\s+to|in\s+advance\s+of|"
                             r"(?:on\s+)?the\s+eve\s+of|(?:days|weeks|shortly|just)\s+before|in\s+time\s+for)"
                             r"\s+(?:the\s+|this\s+year['’]s\s+)?$", re.I)


# Verbs after a holiday that tell it is coming ("as Christmas approached", "Election Day drew
# closer").
_APPROACHING = re.compile(r"\s+(?:(?:drew|draws|drawing|was\s+drawing|is\s+drawing|came|comes|got|gets)\s+"
                          r"(?:near|nearer|close|closer)|approached|approaches|approaching|loomed|looms|looming|"
                          r"neared|nears|nearing)\b", re.I)


def _shortly_before(text: str, start: int) -> Optional[int]:
    """Where "ahead of" (or the like) right before `start` begins, None without one: the
    clause's tense is read before it, since "ahead of" itself looks forward."""
    found = _SHORTLY_BEFORE.search(text, max(0, start - 40), start)
    return found.start() if found else None


def _nearest_either_way(anchor: dt.date, make) -> Optional[dt.date]:
    """The occurrence of a yearly date nearest the publication day, before or after it."""
    days = [d for d in (make(anchor.year - 1), make(anchor.year), make(anchor.year + 1)) if d is not None]
    return min(days, key=lambda d: (abs((d - anchor).days), d > anchor), default=None)


@lexicons.cached
def _holiday_re() -> str:
    names = sorted(holidays.holiday_names(), key=len, reverse=True)
    return "|".join(re.escape(n) for n in names)


def _holiday_rule():
    pattern = rf"\b(?:(?P<rel>last|this|next)\s+)?(?P<h>{_holiday_re()})(?![\w-])(?:\s+(?:of\s+)?(?P<y>\d{{4}})\b)?"

    @rule(pattern, 0)
    def holiday(m, scope):
        if not m["y"] and _HOLIDAY_NAMES_A_THING.match(scope.text, m.end()):
            return None  # "Easter Island", "the Good Friday Agreement", "the Easter Rising"
        key = holidays.holiday_names()[m["h"]]
        make = holidays.date_maker(key)
        if m["y"]:
            date = make(int(m["y"]))
            return _hit(m, date.isoformat() if date else None, "day")
        if scope.anchor is None:
            return _hit(m, None, "day")
        cue = _shortly_before(scope.text, m.start())
        if not m["rel"] and _APPROACHING.match(scope.text, m.end()):
            # "as Election Day drew closer": the one ahead of the clause's time, the nearest
            date = _nearest_either_way(scope.anchor, make)
        elif not m["rel"] and cue is not None and scope.direction(cue, cue) != FUTURE:
            # "launched the campaign ahead of Women's Day": the holiday came after a past
            # event, so it is the nearest one, this year's even when still ahead
            date = _nearest_either_way(scope.anchor, make)
        else:
            date = _by_relation(m, scope, lambda direction, current: cal.nearest_yearly(
                scope.anchor, make, direction, include_anchor=current))
        return _hit(m, date.isoformat() if date else None, "day")


_holiday_rule()


def _named_date_rule():
    named = {name: str(day) for name, day in (lexicons.load("time_words.yaml").get("named_dates") or {}).items()}
    if not named:
        return
    names = "|".join(re.escape(n) for n in sorted(named, key=len, reverse=True))

    @rule(rf"(?<![\w/.-])(?:{names})(?![\w/]|[.-]\d)", 0)
    def named_date(m, scope):
        """An event named by its date ("after 9/11"): the day it names, in whatever year the
        text is written (`named_dates` in time_words.yaml)."""
        return _hit(m, named[m[0]], "day")


_named_date_rule()

# ----------------------------------------------------------------------------- durations, sets, vague


_SET_BEFORE = re.compile(r"(?:\b(?:once|twice|thrice|times)|\d[\d,.]*\s+\w+(?:\s+\w+)?|\d[\d,.]*)\s+$", re.I)
_DURATION_BEFORE = re.compile(r"\b(?:for|in|within|over|about|around|than|nearly|almost|only|just|after|before|took|takes|take|spent|spend|last|lasted|past|next|first)\s+$", re.I)


@rule(rf"\b(?P<n>{COMPOUND_NUMBER_RE})[\s-]+(?P<unit>{UNIT_RE})(?P<half>{AND_A_HALF_RE})?(?P<old>[\s-]+old)?\b")
def duration(m, scope):
    unit = unit_key(m["unit"])
    n = m["n"].lower()
    amount = number_value(n)
    if m["half"] and amount is not None:  # "a year and a half", "an hour and a half"
        amount += 0.5
    before = scope.text[max(0, m.start() - 30):m.start()]
    if n in ("a", "an") and m["unit"].lower() == unit and _SET_BEFORE.search(before) \
            and not _DURATION_BEFORE.search(before):
        return _hit(m, duration_value(1, unit), "set", "SET")  # "5,000 soldiers a week"
    if n in ("some", "many") and not re.search(r"\b(?:for|over|in|after)\s+$", before, re.I):
        return None
    if n in ("a", "an") and m["unit"].lower() == "second" and not re.match(
            r"\s+(?:ago|later|earlier|before|after)\b", scope.text[m.end():m.end() + 10], re.I):
        return None  # "a second blast" is an ordinal
    if amount is None and re.fullmatch(r"\d+(?:\.\d+)?", n):
        return None
    if re.fullmatch(r"1[6-9]\d\d|20\d\d", n) and m["unit"].lower() == unit and not m["old"] and re.match(
            rf"\s+(?:\d|{COMPOUND_NUMBER_RE}\b|{'|'.join(ORDINALS)}\b)", scope.text[m.end():m.end() + 12], re.I):
        return None  # "World Cup 2018 day five": a year before a numbered day or week is no duration
    if re.fullmatch(r"1[6-9]\d\d|20\d\d", n) and m["unit"].lower() == "year" and not m["old"] \
            and scope.text[m.end("n"):m.start("unit")].isspace():
        return None  # "sales for the 1988 year": that year (found alone), not 1988 years
    if unit == "quarter" and re.match(r"\s+(?:of|million|billion|trillion|percent|per\s+cent|mile|miles|tonnes?)\b",
                                      scope.text[m.end():m.end() + 12], re.I):
        return None  # "about a quarter of the homes", "a quarter million clips": a fraction
    if unit in ("second", "minute", "hour") and amount is None and n not in ("a few", "few", "several"):
        return None  # "a few hours", "several minutes" are PTXH, PTXM
    return _hit(m, duration_value(amount, unit), "duration", "DURATION")


@rule(r"\b(?:a\s+)?quarter(?:\s+of\s+a\s+|-)century\b")
def quarter_century(m, scope):
    """"a quarter of a century", "a quarter-century": P25Y (not "a century")."""
    return _hit(m, "P25Y", "duration", "DURATION")


@rule(r"\b(?P<unit>hours|days|weeks|months|years|decades)-long\b")
def units_long(m, scope):
    """"the weeks-long strike", "a decades-long feud": an unstated number of units (PXW, PXY)."""
    return _hit(m, duration_value(None, unit_key(m["unit"])), "duration", "DURATION")


@rule(r"\b(?P<x>the\s+(?P<unit>hours|days|weeks|months|years|decades)(?P<ahead>\s+ahead(?!\s+of\b))?)(?(ahead)|(?=\s+(?:since|ahead\s+of)\b))")
def units_ahead_or_since(m, scope):
    """"the weeks ahead", "in the years since (the war)": an unstated number of units (PXW,
    PXY), as "the coming weeks" is; "since" and "ahead of" stay out, as TimeML marks no
    preposition ("the days ahead of the vote")."""
    return _hit(m, duration_value(None, unit_key(m["unit"])), "duration", "DURATION", group="x")


@rule(r"\b(?:on|at|over|during)\s+(?P<x>weekends)\b")
def weekends(m, scope):
    """"The market opens on weekends": every weekend (TIMEX3 SET XXXX-WXX-WE)."""
    return _hit(m, "XXXX-WXX-WE", "set", "SET", group="x")


@rule(r"\b(?:(?:the\s+)?(?:next|past|last|coming|previous)\s+(?:few\s+|several\s+|couple\s+of\s+)?|a\s+matter\s+of\s+|recent\s+|(?<=\bfor\s)|(?<=\bover\s)|(?<=\bwithin\s)|(?<=\bbeen\s)|(?<=\bafter\s)|(?<=\bin\s)|(?<=\bjust\s)|(?<=\bonly\s)|(?<=\bmere\s))(?P<unit>days|weeks|months|years|decades|hours)\b"
      r"|(?<![\w,]\s)(?<!\w)(?P<unit2>days|weeks|months|years|decades)(?=\s+of\s)")
def vague_duration(m, scope):
    """"recent weeks", "for years", "it has been months", "after days of fighting", "decades
    of war": an unstated number of units (PXW, PXY)."""
    unit = m["unit"] or m["unit2"]
    if re.match(r"(?:the\s+)?(?:first|last|final|previous)\s", m[0], re.I) and _OF_A_DATE.match(scope.text, m.end()):
        return None  # "the last days of March", "the first weeks of 2030": a part of that date (its mod)
    return _hit(m, duration_value(None, unit_key(unit)), "duration", "DURATION")


_OF_A_DATE = re.compile(rf"\s+of\s+(?:(?:the\s+)?(?:{MONTH_RE})\b|(?:1[6-9]|20)\d\d\b|(?:this|last|next)\s+(?:year|month))")


@rule(rf"\b(?:the\s+)?(?:next|past|last|coming|previous|first|final)\s+(?P<n>{COMPOUND_NUMBER_RE})\s+(?P<unit>{UNIT_RE})\b")
def counted_span(m, scope):
    """"the past two weeks", "over the last three years", "the next 24 hours": a duration
    (P2W, P3Y, PT24H), not the past (PAST_REF) and a number of weeks."""
    amount = number_value(m["n"])
    if amount is None or m["n"].lower() in ("a", "an"):
        return None
    if m[0].lower().startswith("last") and _VERB_LAST_BEFORE.search(scope.text[max(0, m.start() - 12):m.start()]):
        return None  # "expected to last 18 months": the verb, then the duration "18 months"
    return _hit(m, duration_value(amount, unit_key(m["unit"])), "duration", "DURATION")


_VERB_LAST_BEFORE = re.compile(r"\b(?:to|will|would|could|can|may|might|must|should|shall|did|does|do|not|n['’]t|"
                               r"which|that|it|they)\s+$", re.I)


@rule(rf"\b(?:(?P<q>every|each|per)\s+(?:(?P<n>other|\d+|two|three|four|five|six)\s+)?(?P<unit>day|night|weekend|week|month|quarter|year|morning|afternoon|evening|spring|summer|autumn|fall|winter|{WEEKDAY_RE})s?(?(n)|(?:\s+(?P<part>morning|afternoon|evening|night)|\s+(?P<season>season)))?|(?P<f>once|twice)\s+(?:a|an|per|every)\s+(?P<unit2>day|week|month|year))\b")
def every(m, scope):
    unit = (m["unit"] or m["unit2"]).lower()
    if m["season"] and unit not in SEASONS:
        return None
    part = f"T{_DAY_PARTS[m['part'].lower()]}" if m["part"] else ""
    if unit in WEEKDAYS:  # "every Friday", "every Sunday morning"
        return _hit(m, f"XXXX-WXX-{WEEKDAYS[unit] + 1}{part}", "set", "SET")
    if m["part"] and unit != "day":
        return None
    if m["n"] is None and (unit in _DAY_PARTS or part):  # "every night", "every day at dawn" no
        return _hit(m, f"XXXX-XX-XXT{_DAY_PARTS.get(unit) or part[1:]}", "set", "SET")
    if unit == "weekend":
        return _hit(m, "XXXX-WXX-WE", "set", "SET")
    if unit in SEASONS:  # "each winter", "every winter season": the winter of any year
        return _hit(m, f"XXXX-{SEASONS[unit]}", "set", "SET")
    amount = {"other": 2}.get((m["n"] or "").lower()) or number_value(m["n"] or "1") or 1
    return _hit(m, duration_value(amount, unit_key(unit)), "set", "SET")


_SEASON_NAMED = re.compile(r"\b(?P<s>spring|summer|autumn|winter)s?\b", re.I)
# Kinds of season that fall in one of the four ("each ski season" is every winter).
_SEASON_OF_KIND = {"ski": "WI", "skiing": "WI", "snow": "WI", "beach": "SU", "bathing": "SU",
                   "wildfire": "SU", "bushfire": "SU", "harvest": "FA", "planting": "SP", "sowing": "SP"}


@rule(r"\b(?:every|each)\s+(?:(?P<kind>[a-z]+)\s+)?season\b")
def each_season(m, scope):
    """"each season", "every ski season": a season that comes back every year (TIMEX3 SET):
    the season of its kind ("ski" XXXX-WI), or the one its sentence names, or the text just
    before it ("The pass closes in winter. Each season, crews ..." XXXX-WI); else a season of
    a sport, a crop or the theatre, which comes once a year (P1Y)."""
    kind = (m["kind"] or "").lower()
    if kind in SEASONS:
        return None  # "every winter season": the `every` rule
    if kind and kind not in _SEASON_OF_KIND:
        kind_code = None  # "each football season", "every hunting season": a season of its own
    else:
        kind_code = _SEASON_OF_KIND.get(kind)
    named = None
    if kind_code is None and not kind:
        before = scope.text[max(0, m.start() - 300):m.start()]
        found = list(_SEASON_NAMED.finditer(_sentence_of(scope.text, m.start(), m.end()))) or \
            list(_SEASON_NAMED.finditer(before))
        named = SEASONS[found[-1]["s"].lower()] if found else None
    code = kind_code or named
    return _hit(m, f"XXXX-{code}" if code else "P1Y", "set", "SET")


_PLURAL_PARTS = r"(?:mornings|afternoons|evenings|nights)"


@rule(rf"\b(?P<wd>{WEEKDAY_RE})(?:s\b(?:\s+(?P<part>{_PLURAL_PARTS}))?|\s+(?P<part2>{_PLURAL_PARTS}))\b")
def weekdays_plural(m, scope):
    """"on Sundays", "Friday nights": that day of any week, a TIMEX3 set (capitalised only,
    so that no common word is read as a day)."""
    if m["wd"][:1].islower():
        return None
    part = m["part"] or m["part2"]
    code = f"T{_DAY_PARTS[part[:-1].lower()]}" if part else ""
    return _hit(m, f"XXXX-WXX-{WEEKDAYS[m['wd'].lower()] + 1}{code}", "set", "SET")


def _word_rules():
    words = lexicons.load("time_words.yaml")
    sets = words.get("sets", {})
    vague = {phrase: value for value, phrases in words.get("vague", {}).items() for phrase in phrases}

    @rule(r"\b(?:" + "|".join(re.escape(w) for w in sorted(sets, key=len, reverse=True)) + r")\b")
    def set_word(m, scope):
        if _capitalised(m[0]) and re.match(r"\s+[A-Z][a-z]", scope.text[m.end():m.end() + 3]):
            return None  # a title: "The Daily Telegraph", "the Weekly Standard"
        return _hit(m, sets[m[0].lower()], "set", "SET")

    @rule(r"\b(?:" + "|".join(re.escape(w) for w in sorted(vague, key=len, reverse=True)) + r")\b")
    def vague_word(m, scope):
        phrase = re.sub(r"\s+", " ", m[0].lower())
        if phrase == "now" and re.match(r"\s*(?:that|on)\b", scope.text[m.end():m.end() + 6]):
            return None  # "now that ..." is a conjunction
        hit = _hit(m, vague[phrase], "ref")
        preposition = re.match(r"(?:in|at|for)\s+", m[0], re.I)
        if preposition:  # TimeML never marks the preposition: "in the past" is "the past"
            hit.start += preposition.end()
        return hit


_word_rules()

# ----------------------------------------------------------------------------- clock times


# Time zones and the words that mark a four-digit clock time ("1620 UTC", "0800 local time").
ZONE_RE = (r"(?:UTC|GMT|Z|Zulu|EST|EDT|CST|CDT|MST|MDT|PST|PDT|AST|ADT|AKST|AKDT|HST|NST|NDT|BST|IST|CET|CEST|EET|EEST|WET|WEST|MSK"
           r"|SAST|EAT|WAT|CAT|PKT|ICT|WIB|SGT|HKT|JST|KST|AEST|AEDT|ACST|AWST|NZST|NZDT"
           r"|(?:UTC|GMT)\s*[+-]\s*\d{1,2}(?::?\d\d)?)(?![\w+-])")
_ZONE = rf"(?:\s*\(?(?P<zone>{ZONE_RE}|local\s+time)\)?)"


@rule(rf"(?<![\d:.,$€£#-])\b(?P<h>[01]\d|2[0-3])(?P<mi>[0-5]\d)(?:\s*(?:{ZONE_RE}|local\s+time|hrs)\b|Z\b)", 0)
def military_time(m, scope):
    """"(1620 UTC)", "0800 local time", "1400 hrs": a time of day, never the year 1620.
    Case-sensitive, so that "in 2019 West ..." stays a year."""
    return _clock_hit(m, scope, int(m["h"]), int(m["mi"]))


@rule(r"\b(?P<h>\d{1,2})(?::(?P<mi>[0-5]\d))?\s*(?P<ap>a\.m\.|p\.m\.|am\b|pm\b)" + _ZONE + "?"
      r"|\b(?P<word>noon|midday|midnight)\b|(?<![\d:.])\b(?P<h24>[01]?\d|2[0-3]):(?P<m24>[0-5]\d)\b(?![:.]\d)"
      + _ZONE.replace("zone", "zone24") + "?")
def clock_time(m, scope):
    if m["h24"]:
        return _clock_hit(m, scope, int(m["h24"]), int(m["m24"]))
    if m["word"]:
        hour, minute = (0, 0) if m["word"].lower() == "midnight" else (12, 0)
    else:
        hour, minute = int(m["h"]), int(m["mi"] or 0)
        if hour > 12:
            return None
        if m["ap"].lower().startswith("p") and hour < 12:
            hour += 12
        elif m["ap"].lower().startswith("a") and hour == 12:
            hour = 0
    return _clock_hit(m, scope, hour, minute)


def _clock_hit(m: re.Match, scope: Scope, hour: int, minute: int) -> Hit:
    """A clock time on the day the text is about: the last day it gave ("Police arrived on
    Monday. At 3 p.m. ..." is Monday 15:00, TimeML's reference time), else the publication
    day; a day next to it ("3 p.m. Tuesday") is joined to it by the recogniser."""
    if scope.anchor is None:
        return _hit(m, f"XXXX-XX-XXT{hour:02d}:{minute:02d}", "time", "TIME")
    hit = _hit(m, f"{scope.anchor.isoformat()}T{hour:02d}:{minute:02d}", "time", "TIME")
    hit.reference = ("clock", 0)
    return hit
