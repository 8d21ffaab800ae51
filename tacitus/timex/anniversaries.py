"""Anniversaries: "the 30th anniversary of the first shuttle launch, April 12, 1981", "the
50th anniversary of the 1969 moon landing", "the first anniversary of the quake on Sunday".

An anniversary is a date only where the text gives a day or year to count from or the day
itself; it is no expression elsewhere (the recogniser does not guess it from the
publication date). Read in this order:

* a date in apposition or after "on" right after the phrase: when its year is written and
  lies about n years back, it is the day counted from ("..., April 12, 1981" → 2011-04-12
  for the 30th); otherwise it is the anniversary's own day ("... on Sunday");
* a date written inside the phrase, with its year ("of the 1969 moon landing" → 2019 for the
  50th): n years on, at that date's precision; the phrase then ends before "of", since the
  date inside is an expression of its own (TimeML nests none);
* another mention of the same n-th anniversary in the text whose date is known;
* the date the text gives the event itself elsewhere ("The quake struck on March 11, 2026.
  ... the fifth anniversary of the quake"; "the anniversary of the coup, which brought the
  army to power in 2021"): a date with its year written, in the anniversary's own sentence
  after the phrase or in a sentence that names the event's noun again ("quake", "flooded"
  for "the flood"), and only when the anniversary so counted falls within about half a year
  of the publication date, which a date of another event would seldom do.
"""
from __future__ import annotations

import datetime as dt
import re
from typing import Optional

from tacitus.timex import calendar as cal
from tacitus.timex.grammar import Hit

_ORDINAL_WORDS = {"first": 1, "second": 2, "third": 3, "fourth": 4, "fifth": 5, "sixth": 6, "seventh": 7,
                  "eighth": 8, "ninth": 9, "tenth": 10, "eleventh": 11, "twelfth": 12, "fifteenth": 15,
                  "twentieth": 20, "twenty-fifth": 25, "thirtieth": 30, "fortieth": 40, "fiftieth": 50,
                  "sixtieth": 60, "seventieth": 70, "seventy-fifth": 75, "eightieth": 80, "ninetieth": 90,
                  "hundredth": 100, "one-hundredth": 100, "centenary": 100, "centennial": 100,
                  "bicentenary": 200, "bicentennial": 200, "tercentenary": 300}
_NOUNS = {"centenary", "centennial", "bicentenary", "bicentennial", "tercentenary"}
_ORDINAL_RE = "|".join(sorted((re.escape(w) for w in _ORDINAL_WORDS if w not in _NOUNS), key=len, reverse=True))
_NOUN_RE = "|".join(sorted(_NOUNS, key=len, reverse=True))
_ANNIVERSARY = re.compile(
    rf"\b(?:the|its|their|this\s+year['’]s)\s+(?:(?P<n>\d{{1,3}})(?:st|nd|rd|th)|(?P<w>{_ORDINAL_RE}))\s+anniversary"
    rf"|\b(?:the|its|their)\s+(?P<noun>{_NOUN_RE})", re.I)
# The anchor phrase after "of": words up to a clause boundary or a preposition that starts
# another phrase.
_OF_PHRASE = re.compile(r"\s+of\s+(?P<np>(?:(?!(?:on|in|at|with|and|was|is|were|are|by|when|which|that|as|"
                        r"for|from|to|after|before|since|but|while|will|has|had|have)\b)[\w'’./-]+\s*){1,8})")
_APPOSITION = re.compile(r"\s*(?:,|\(|—|–)?\s*(?:(?:falls?|fell|is|was|will\s+be)\s+)?(?:on\s+|in\s+)?$", re.I)
_DAY = re.compile(r"(?P<y>\d{4})(?P<rest>-\d{2}(?:-\d{2})?)?$")


def with_anniversaries(hits: list[Hit], text: str, published) -> list[Hit]:
    """`hits` (in text order) with the anniversaries whose date the text gives."""
    found = []
    for m in _ANNIVERSARY.finditer(text):
        if any(h.start < m.end() and m.start() < h.end for h in hits):
            continue
        n = int(m["n"]) if m["n"] else _ORDINAL_WORDS[(m["w"] or m["noun"]).lower()]
        found.append((m, n, *_reading(m, n, hits, text, published)))
    known = {n: value for _, n, value, _ in found if value is not None}
    added = [Hit(m.start(), end, value or known[n], _granularity(value or known[n]), "DATE")
             for m, n, value, end in found if value is not None or n in known]
    return sorted(hits + added, key=lambda h: h.start) if added else hits


def _reading(m: re.Match, n: int, hits: list[Hit], text: str, published) -> tuple[Optional[str], int]:
    """The anniversary's value (None when the text gives none) and where its phrase ends."""
    of = _OF_PHRASE.match(text, m.end())
    phrase_end = of.end("np") if of else m.end()
    while phrase_end > m.end() and text[phrase_end - 1] in " .,":
        phrase_end -= 1
    inside = [h for h in hits if m.end() <= h.start < phrase_end]
    after = next((h for h in hits if h.start >= phrase_end), None)
    if inside:  # "of the 1969 moon landing": n years on; the date is its own expression
        first = inside[0]
        if re.search(r"\b\d{4}\b|\d/\d", text[first.start:first.end]) or first.granularity != "day":
            return _counted(first, n), m.end()
        return first.value, m.end()  # "of the September 11 attacks": that day, as the news rules read it
    if after is not None and after.type == "DATE" and _APPOSITION.fullmatch(text[phrase_end:after.start]):
        date = _DAY.match(after.value or "")
        written_year = re.search(r"\b\d{4}\b", text[after.start:after.end])
        if date and written_year and (published is None or int(date["y"]) + n <= published.year + 1):
            return _counted(after, n), phrase_end  # "..., April 12, 1981": the day counted from
        if date:
            return after.value, phrase_end  # "... on Sunday": the anniversary's own day
    return _from_the_dated_event(m, n, of, phrase_end, hits, text, published), phrase_end


_SENTENCE_END = re.compile(r"[.!?][\"'’”)]*\s+(?=[\"'‘“(]*[A-Z0-9])|\n+")
_WRITTEN_YEAR = re.compile(r"\b(?:1[6-9]|20)\d\d\b")


def _from_the_dated_event(m: re.Match, n: int, of: Optional[re.Match], phrase_end: int, hits: list[Hit],
                          text: str, published) -> Optional[str]:
    """The anniversary counted from the date the text gives its event elsewhere (the nearest
    one whose n-th anniversary is near the publication date); None when there is none."""
    if of is None or published is None:
        return None
    head = re.sub(r"['’]s?$", "", re.findall(r"[\w'’-]+", of["np"])[-1]).lower()
    if len(head) < 3 or not head.isalpha():
        return None
    # the noun again, in a compound ("earthquake" for "the quake") or as its verb ("seized"
    # for "the seizure", "bombed" for "the bombing")
    stem = re.sub(r"(?:ure|ing|ion|ment|e)$", "", head) if len(head) > 5 else head
    names_it = re.compile(rf"\b\w*{re.escape(stem)}\w*", re.I)
    starts = [0] + [s.end() for s in _SENTENCE_END.finditer(text)]

    def sentence(at: int) -> tuple[int, int]:
        start = max(s for s in starts if s <= at)
        return start, min((s for s in starts if s > at), default=len(text))

    own = sentence(m.start())
    best = None
    for hit in hits:
        if hit.type != "DATE" or not _DAY.match(hit.value or "") or not _WRITTEN_YEAR.search(text, hit.start, hit.end):
            continue
        if not _near(_counted(hit, n), published):
            continue
        start, end = sentence(hit.start)
        if (start, end) == own:
            usable = hit.start >= phrase_end
        else:
            usable = bool(names_it.search(text, start, end))
        if usable and (best is None or abs(hit.start - m.start()) < abs(best.start - m.start())):
            best = hit
    return _counted(best, n) if best is not None else None


def _near(value: Optional[str], published) -> bool:
    """Whether an anniversary on `value` falls within about half a year of the publication
    date (the same year, for a year alone): anniversaries are news near their day."""
    if value is None:
        return False
    if len(value) == 4:
        return int(value) == published.year
    first = dt.date.fromisoformat(value + "-01" if len(value) == 7 else value)
    last = cal.safe_date(first.year, first.month, 28) if len(value) == 7 else first
    return (first - published).days <= 183 and (published - last).days <= 183


def _counted(anchor: Hit, n: int) -> Optional[str]:
    date = _DAY.match(anchor.value or "") if anchor.type == "DATE" else None
    if date is None:
        return None
    year, rest = int(date["y"]) + n, date["rest"] or ""
    if rest == "-02-29" and cal.safe_date(year, 2, 29) is None:
        rest = "-02-28"
    return f"{year:04d}{rest}"


def _granularity(value: str) -> str:
    return {4: "year", 7: "month"}.get(len(value), "day")
