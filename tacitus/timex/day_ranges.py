"""Days that share the month of the date beside them: "March 3-5", "20-24 March", "from 14
to 16 April", "between 3 and 5 May", "3, 4 and 5 June", "March 3-5, 2029".

The grammar finds the day written with its month ("March 3", "5 March"); the bare number at
the other end of the range or list is a day of the same month and year (TimeML marks each
end as its own expression). The number must be a later day when it follows the month-day and
an earlier one when it comes before it, so that counts ("rose 2 to 3 March ...") and clock
times are left alone. A year written after the range ("March 3-5, 2029") is the year of both
ends.
"""
from __future__ import annotations

import datetime as dt
import re

from tacitus.timex.grammar import Hit

_JOIN = r"\s*(?:-|–|—|to|through|thru|until|till|and|&)\s*"
_DAY = r"(?P<d>[1-9]|[12]\d|3[01])(?:st|nd|rd|th)?"
# "March 3-5", "March 3 and 4", "March 3, 4 and 5": later days after the month-day
_AFTER = re.compile(rf"(?P<list>(?:\s*,\s*(?:[1-9]|[12]\d|3[01])(?:st|nd|rd|th)?(?=\s*,|\s+and\b))*)(?:{_JOIN}|\s*,?\s+and\s+){_DAY}\b"
                    r"(?P<year>\s*,?\s+(?P<y>1[6-9]\d\d|20\d\d)\b)?", re.I)
# What may follow the last day: the end of the phrase, not a noun it counts ("March 3 to 5 people")
_END_OF_PHRASE = re.compile(r"\s*(?:[,.;:!?)\]\"”]|$|\s(?:and|or|in|at|on|when|as|while|after|before|with|for|"
                            r"but|from|to|the|this|next|last|until|through|[A-Z]\w*)\b)")
# "20-24 March", "from 14 to 16 April", "3, 4 and 5 June": earlier days before the day-month
_BEFORE = re.compile(rf"(?<![\d.,$€£#:/-])\b{_DAY}(?P<list>(?:\s*,\s*(?:[1-9]|[12]\d|3[01])(?:st|nd|rd|th)?)*)"
                     rf"(?:{_JOIN}|\s*,?\s+and\s+)$", re.I)
# Words before a number that make it a quantity, not a day ("rose by 2 to 5 March ...")
_QUANTITY_BEFORE = re.compile(r"\b(?:by|about|around|than|aged|nearly|almost|some|up|down|rose|fell|only|just|"
                              r"approximately|roughly|of)\s+$", re.I)
_FULL_DAY = re.compile(r"(?P<ym>\d{4}-\d{2})-(?P<d>\d{2})$")
_MONTH_FIRST = re.compile(r"(?:\w+,?\s+)?(?:the\s+)?[A-Za-z]{3,}\.?\s+(?:the\s+)?\d", re.I)
_DAY_FIRST = re.compile(r"(?:\w+,?\s+)?(?:the\s+)?\d{1,2}(?:st|nd|rd|th)?\s+(?:of\s+)?[A-Za-z]", re.I)


def with_day_ranges(hits: list[Hit], text: str) -> list[Hit]:
    """`hits` (in text order) with the bare days of ranges and lists added."""
    added: list[Hit] = []
    for i, hit in enumerate(hits):
        own = _FULL_DAY.match(hit.value or "") if hit.type == "DATE" and hit.granularity == "day" else None
        if own is None:
            continue
        following = next((h.start for h in hits[i + 1:] if not _is_year(h)), len(text))
        preceding = hits[i - 1].end if i > 0 else 0
        if _DAY_FIRST.match(text, hit.start, hit.end):
            added += _days_before(hit, own, text, preceding)
        elif _MONTH_FIRST.match(text, hit.start, hit.end):
            added += _days_after(hit, own, text, following)
    if not added:
        return hits
    # a year written after the range ("March 3-5, 2029") is part of its last day now
    kept = [h for h in hits if not any(a.start < h.end and h.start < a.end for a in added)]
    return sorted(kept + added, key=lambda h: h.start)


def _days_after(hit: Hit, own: re.Match, text: str, limit: int) -> list[Hit]:
    m = _AFTER.match(text, hit.end)
    if m is None or m.end("d") > limit or not _END_OF_PHRASE.match(text, m.end("year") if m["y"] else m.end()):
        return []
    days = [(int(x[1]), hit.end + x.start(1), hit.end + x.end(1))
            for x in re.finditer(r"(\d{1,2})(?:st|nd|rd|th)?", m["list"] or "")]
    days.append((int(m["d"]), m.start("d"), m.end("year") if m["y"] else m.end()))
    year_month = own["ym"]
    if m["y"]:  # "March 3-5, 2029": the year of both ends
        year_month = f"{m['y']}{year_month[4:]}"
        hit.value = f"{year_month}-{own['d']}"
    return _siblings(days, int(own["d"]), year_month, later=True)


def _days_before(hit: Hit, own: re.Match, text: str, limit: int) -> list[Hit]:
    window = text[max(limit, hit.start - 40):hit.start]
    m = _BEFORE.search(window)
    if m is None or _QUANTITY_BEFORE.search(text[max(0, hit.start - len(window) + m.start() - 15):
                                                 hit.start - len(window) + m.start()]):
        return []
    offset = hit.start - len(window)
    days = [(int(m["d"]), offset + m.start(), offset + m.end("d"))]
    days += [(int(x[1]), offset + m.start("list") + x.start(1), offset + m.start("list") + x.end(1))
             for x in re.finditer(r"(\d{1,2})(?:st|nd|rd|th)?", m["list"] or "")]
    return _siblings(days, int(own["d"]), own["ym"], later=False)


def _siblings(days, own_day: int, year_month: str, later: bool) -> list[Hit]:
    """One DATE per day, when the days run in order towards (or away from) the written one."""
    numbers = [d for d, _, _ in days]
    ordered = numbers + [own_day] if not later else [own_day] + numbers
    if any(a >= b for a, b in zip(ordered, ordered[1:])):
        return []
    year, month = int(year_month[:4]), int(year_month[5:7])
    out = []
    for day, start, end in days:
        try:
            value = dt.date(year, month, day).isoformat()
        except ValueError:
            return []
        out.append(Hit(start, end, value, "day", "DATE"))
    return out


def _is_year(hit: Hit) -> bool:
    return hit.granularity == "year" and bool(re.fullmatch(r"\d{4}", hit.value or ""))
