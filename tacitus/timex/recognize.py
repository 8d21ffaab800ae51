"""Find time expressions in plain text: run every grammar rule, keep the longest
non-overlapping hits. No spaCy needed, so evaluators can run it on thousands of
expressions; `find_times` in tacitus.extract.time adds the parser's reading of tense."""
from __future__ import annotations

import datetime as dt
import re
from typing import Optional

from tacitus.report import TimeRef
from tacitus.timex import fiscal  # noqa: F401  (registers its rules)
from tacitus.timex import frequencies  # noqa: F401  (registers its rules)
from tacitus.timex import year_parts  # noqa: F401  (registers its rule)
from tacitus.timex import year_quarters  # noqa: F401  (registers its rule)
from tacitus.timex import scan
from tacitus.timex.anniversaries import with_anniversaries
from tacitus.timex.day_ranges import with_day_ranges
from tacitus.timex.event_days import with_event_days
from tacitus.timex.grammar import RULES, Hit, Scope, shifted
from tacitus.timex.modifiers import with_modifiers
from tacitus.timex.month_weeks import with_month_weeks
from tacitus.timex.period import period
from tacitus.timex.tense import Direction, text_direction
from tacitus.timex.calendar import FUTURE
from tacitus.timex import calendar as cal
from tacitus.timex.words import COMPOUND_NUMBER_RE, WEEKDAY_RE, number_value


def find_times_in_text(text: str, published: Optional[dt.date],
                       direction: Optional[Direction] = None) -> list[TimeRef]:
    """Every time expression in `text`, in text order, with its TIMEX3 value.

    `published` anchors relative expressions; without it they keep value None."""
    if isinstance(published, str):
        published = dt.date.fromisoformat(published[:10])
    scope = Scope(text=text, anchor=published, direction=direction or text_direction(text))
    hits: list[Hit] = []
    searched = scan.Text(text)  # each rule runs only near the words it needs (scan.py)
    for pattern, resolve in RULES:
        for match in scan.finditer(pattern, scan.plan_for(pattern), searched):
            hit = resolve(match, scope)
            if hit is not None and hit.end > hit.start:
                hits.append(hit)
    return [TimeRef(text=text[h.start:h.end], start=h.start, end=h.end, value=h.value,
                    granularity=h.granularity, type=h.type, mod=h.mod)
            for h in with_anniversaries(with_event_days(_ago_with_day(_same_instant_elsewhere(_clocks_in_brackets(_with_days(_ranges_in_order(
                _from_reference(_from_following_date(with_day_ranges(with_month_weeks(with_modifiers(_longest_first(hits), text), text), text), text)),
                text, published), text), text), text), text), text), text, published)]


# How fine the last date must be to count a unit from it, and how far back it may stand.
_FINE_ENOUGH = {"day": ("day",), "week": ("day", "week"), "month": ("day", "week", "month"),
                "year": ("day", "week", "month", "quarter", "year"), "decade": ("day", "week", "month", "quarter", "year"),
                "century": ("day", "week", "month", "quarter", "year", "decade")}
REFERENCE_REACH = 600  # characters: the same paragraph or the one before, in news
NARRATIVE_REACH = 300  # characters: a bare month continues a narrative of the sentence or two before


def _from_following_date(hits: list[Hit], text: str) -> list[Hit]:
    """"three days after January 12", "two weeks before Christmas", "a month after May 3,
    2031": counted from the date that follows, not from the publication date or the last
    date the text gave (unknown when that date is too coarse for the unit)."""
    for hit, following in zip(hits, hits[1:]):
        if not hit.from_next or hit.reference is None or not re.fullmatch(r"\s+(?:the\s+)?", text[hit.end:following.start]):
            continue
        found = period(following.value) if following.type == "DATE" else None
        unit, n = hit.reference
        unit = "year" if unit == "years of the period" else unit
        hit.reference = None
        if found is not None and found.precision in _FINE_ENOUGH.get(unit, ()):
            hit.value, hit.granularity = shifted(found.first, unit, n)
        else:
            hit.value = None
    return hits


def _from_reference(hits: list[Hit]) -> list[Hit]:
    """"A year earlier", "two days later", "the next day" count from the last date the text
    gave before them (TimeML's reference time), not from the publication date; with no date
    near enough the publication date stays, and after one too coarse ("in May ... two days
    later") the value is unknown."""
    last, last_end = None, -REFERENCE_REACH
    for hit in hits:
        if hit.reference is not None and last is not None and hit.start - last_end <= REFERENCE_REACH:
            unit, n = hit.reference
            if unit == "clock":  # a clock time on the last day given; after a coarser date, as it was
                if last.precision == "day" and hit.value:
                    hit.value = last.first.isoformat() + hit.value[10:]
            elif unit == "weekday after":  # "The following Monday": the first after the last day given
                after = last.first if last.precision == "day" else last.last if last.precision == "week" else None
                hit.value = cal.nearest_weekday(after, n, FUTURE, include_anchor=False).isoformat() if after else None
            elif unit == "month of the narrative":
                # "In June 2028 the firm collapsed. By December, ...": a month told in the past
                # right after a day or month of an earlier year is the next such month after it
                if last.precision in ("day", "month") and hit.value and last.first.year < int(hit.value[:4]) \
                        and hit.start - last_end <= NARRATIVE_REACH:
                    year = last.first.year + (n < last.first.month)
                    hit.value = cal.month_value(year, n)
            elif unit == "year of its part":  # "In 2029 ... the first nine months of the year"
                if hit.value and last.first.year < int(hit.value):
                    hit.value = f"{last.first.year:04d}"
            elif unit == "same year":  # "That September": the month in the year last given
                if hit.value:
                    hit.value = f"{last.first.year:04d}{hit.value[4:]}"
            elif (unit == "years of the period" and last.precision in ("quarter", "month")) or unit == "period":
                # "the fourth quarter ... from a year earlier", "sales in May fell from the
                # year-earlier period": that quarter or month (or day, week, year) of the year before
                hit.value, hit.granularity = _a_year_from(last, n)
            elif unit == "years of the period" and last.precision in _FINE_ENOUGH["year"]:
                hit.value, hit.granularity = shifted(last.first, "year", n)
            elif last.precision in _FINE_ENOUGH.get(unit, ()):
                hit.value, hit.granularity = shifted(last.first, unit, n)
            else:  # "in May 2029 ... two days later": some day of that May, unknown
                hit.value = None
        found = period(hit.value) if hit.type in ("DATE", "TIME") else None
        if found is not None and found.precision in ("day", "week", "month", "quarter", "year"):
            last, last_end = found, hit.end
    return hits


def _a_year_from(last, n: int) -> tuple[Optional[str], str]:
    """The period `last` (a Period) counted `n` years on, at its own precision."""
    year = last.first.year + n
    if last.precision == "quarter":
        return f"{year:04d}-Q{(last.first.month - 1) // 3 + 1}", "quarter"
    if last.precision == "month":
        return cal.month_value(year, last.first.month), "month"
    if last.precision == "year":
        return f"{year:04d}", "year"
    if last.precision in ("day", "week"):
        day = cal.safe_date(year, last.first.month, min(last.first.day, 28)) if (last.first.month, last.first.day) == (2, 29) \
            else cal.safe_date(year, last.first.month, last.first.day)
        return (day.isoformat(), "day") if last.precision == "day" else (cal.week_value(day), "week")
    return None, last.precision


_RANGE_BETWEEN = re.compile(r"\s*(?:-|–|—|to|through|thru|until|till)\s*", re.I)
_BETWEEN_AND = re.compile(r"\bbetween\s+$", re.I)
_DAY_OR_MONTH = re.compile(r"(?:\d{4}-\d{2}-\d{2}|\d{4}-\d{2})$")


def _ranges_in_order(hits: list[Hit], text: str, published: Optional[dt.date]) -> list[Hit]:
    """"from January 23 through March 9": a range starts before it ends. Where the news rules
    put the two ends out of order, the start moves back a year (the end's year when the text
    gives it: "January 23 - March 9 2014"), or, when neither end states its year, the
    reading whose range is nearer the publication date wins."""
    for first, second in zip(hits, hits[1:]):
        joined = _RANGE_BETWEEN.fullmatch(text[first.end:second.start]) or (
            re.fullmatch(r"\s+and\s+", text[first.end:second.start]) and _BETWEEN_AND.search(text[:first.start]))
        if not (joined and first.type == second.type == "DATE"
                and first.value and second.value and _DAY_OR_MONTH.match(first.value) and _DAY_OR_MONTH.match(second.value)
                and len(first.value) == len(second.value) and not re.search(r"\d{4}", text[first.start:first.end])):
            continue
        if first.value <= second.value:
            continue
        if _WEEKDAY_ONLY.fullmatch(text[first.start:first.end]) and _WEEKDAY_ONLY.fullmatch(text[second.start:second.end]):
            # "mourning Wednesday through Friday": a week apart, not a year
            earlier, later = _days_shifted(first.value, -7), _days_shifted(second.value, 7)
            if _distance(earlier, second.value, published) <= _distance(first.value, later, published):
                first.value = earlier
            else:
                second.value = later
            continue
        earlier = _year_shifted(first.value, -1)
        if re.search(r"\d{4}", text[second.start:second.end]) or published is None:
            first.value = earlier
            continue
        later = _year_shifted(second.value, 1)
        if _distance(earlier, second.value, published) <= _distance(first.value, later, published):
            first.value = earlier
        else:
            second.value = later
    return hits


_WEEKDAY_ONLY = re.compile(rf"(?:(?:last|this|next|past|coming)\s+)?(?:{WEEKDAY_RE})", re.I)


def _days_shifted(value: str, n: int) -> str:
    return (dt.date.fromisoformat(value[:10]) + dt.timedelta(days=n)).isoformat() + value[10:]


def _year_shifted(value: str, n: int) -> str:
    return f"{int(value[:4]) + n:04d}{value[4:]}"


def _distance(start: str, end: str, day: dt.date) -> int:
    first, last = period(start), period(end)
    if first is None or last is None:
        return 10 ** 6
    if first.first <= day <= last.last:
        return 0
    return min(abs((first.first - day).days), abs((last.last - day).days))


_CLOCK = re.compile(r"T\d\d:\d\d$")
_DAY = re.compile(r"\d{4}-\d{2}-\d{2}$|XXXX-XX-XX$")
_BETWEEN = re.compile(r"\s*(?:,\s*)?(?:(?:on|at)\s+)?$", re.I)


_AGO = re.compile(rf"(?P<n>{COMPOUND_NUMBER_RE})[\s-]+(?P<unit>day|week|month|year|decade)s?\s+ago", re.I)
_DAY_OR_WEEK_WORD = re.compile(rf"(?:today|yesterday|(?:last|this)\s+(?:week|month)|{WEEKDAY_RE})", re.I)


_CLOCK_VALUE = re.compile(r"(\d{4}-\d{2}-\d{2})T(\d\d):(\d\d)$")


def _same_instant_elsewhere(hits: list[Hit], text: str) -> list[Hit]:
    """"8:30 p.m. (0030 UTC)": the clock in brackets is the same instant in another zone, so
    its day is the next one when the zones differ across midnight (and the one before, the
    other way round); zones are at most 14 hours apart, the nearer reading wins."""
    for local, other in zip(hits, hits[1:]):
        if not re.fullmatch(r"\s*\(\s*", text[local.end:other.start]):
            continue
        a, b = _CLOCK_VALUE.match(local.value or ""), _CLOCK_VALUE.match(other.value or "")
        if not (a and b and a[1] == b[1]):
            continue
        local_minutes, other_minutes = int(a[2]) * 60 + int(a[3]), int(b[2]) * 60 + int(b[3])
        ahead = (other_minutes - local_minutes) % 1440  # minutes the other zone is ahead
        shift = (1 if other_minutes < local_minutes else 0) if ahead <= 720 else (-1 if other_minutes > local_minutes else 0)
        if shift:
            day = dt.date.fromisoformat(b[1]) + dt.timedelta(days=shift)
            other.value = f"{day.isoformat()}{other.value[10:]}"
    return hits


def _clocks_in_brackets(hits: list[Hit], text: str) -> list[Hit]:
    """"3:15 a.m. EDT (0715 GMT) on Tuesday", "Tuesday at 10 p.m. local time (1900 GMT)": both
    clocks of a pair in brackets are on the day written beside the pair (the bracketed one then
    crosses midnight where the zones do, `_same_instant_elsewhere`)."""
    for i, (local, other) in enumerate(zip(hits, hits[1:])):
        if not (_is_clock(local) and _is_clock(other) and re.fullmatch(r"\s*\(\s*", text[local.end:other.start])):
            continue
        day = hits[i + 2] if i + 2 < len(hits) else None
        if day is not None and _is_day(day) and day.value and re.fullmatch(r"\s*\)\s*,?\s*(?:on\s+)?",
                                                                          text[other.end:day.start]):
            local.value = day.value + local.value[10:]
        elif not _DAY_WRITTEN.search(text, local.start, local.end):
            continue
        other.value = local.value[:10] + other.value[10:]
    return hits


_DAY_WRITTEN = re.compile(rf"\b(?:{WEEKDAY_RE}|today|yesterday|tomorrow)\b|\d{{1,2}}\s+[A-Z]|[A-Z][a-z]+\.?\s+\d", re.I)


def _ago_with_day(hits: list[Hit], text: str) -> list[Hit]:
    """"a week ago today", "two years ago Tuesday", "two decades ago this week": one date,
    the day (or week) named counted back (TimeML marks the whole phrase)."""
    out: list[Hit] = []
    for hit in hits:
        previous = out[-1] if out else None
        ago = _AGO.fullmatch(text, previous.start, previous.end) if previous is not None else None
        if ago and hit.type == "DATE" and hit.value and re.fullmatch(r"\s+", text[previous.end:hit.start]) \
                and _DAY_OR_WEEK_WORD.fullmatch(text, hit.start, hit.end):
            amount = number_value(ago["n"])
            found = period(hit.value)
            if amount is not None and amount == int(amount) and found is not None and found.precision in ("day", "week"):
                out[-1] = Hit(previous.start, hit.end, _counted_back(hit.value, found, ago["unit"].lower(), int(amount)),
                              found.precision, "DATE")
                continue
        out.append(hit)
    return out


def _counted_back(value: str, found, unit: str, n: int) -> Optional[str]:
    day = found.first
    if unit in ("day", "week"):
        day -= dt.timedelta(days=n * (7 if unit == "week" else 1))
    else:
        years = n * (10 if unit == "decade" else 1) if unit != "month" else 0
        year, month = cal.shift_months(day.year, day.month, -n if unit == "month" else -12 * years)
        day = cal.safe_date(year, month, min(day.day, 28 if month == 2 else 30 if month in (4, 6, 9, 11) else 31))
    if found.precision == "week":
        return cal.week_value(day)
    return day.isoformat()


def _with_days(hits: list[Hit], text: str) -> list[Hit]:
    """A clock time next to its day is one expression of that day: "15:00 GMT Saturday",
    "Saturday at 3 p.m.", "8 PM on Sunday" (TIMEX3 2025-04-19T15:00)."""
    out: list[Hit] = []
    for hit in hits:
        previous = out[-1] if out else None
        if previous is not None and _BETWEEN.fullmatch(text[previous.end:hit.start]):
            pair = (previous, hit) if _is_clock(previous) and _is_day(hit) else \
                (hit, previous) if _is_day(previous) and _is_clock(hit) else None
            if pair is not None:
                clock, day = pair
                value = f"{day.value}T{clock.value[-5:]}" if day.value and clock.value else None
                out[-1] = Hit(previous.start, hit.end, value, "time", "TIME")
                continue
        out.append(hit)
    return out


def _is_clock(hit: Hit) -> bool:
    return hit.type == "TIME" and bool(hit.value and _CLOCK.search(hit.value))


def _is_day(hit: Hit) -> bool:
    return hit.type == "DATE" and hit.granularity == "day" and (hit.value is None or bool(_DAY.match(hit.value)))


def _longest_first(hits: list[Hit]) -> list[Hit]:
    """Longest hits win; among equals the earlier rule (more specific) and earlier position."""
    order = sorted(range(len(hits)), key=lambda i: (-(hits[i].end - hits[i].start), hits[i].start, i))
    taken: list[Hit] = []
    for i in order:
        h = hits[i]
        if all(h.end <= t.start or h.start >= t.end for t in taken):
            taken.append(h)
    return sorted(taken, key=lambda h: h.start)
