"""Closed word classes of English time expressions: months, weekdays, numbers, units."""
from __future__ import annotations

import re
from typing import Optional

MONTHS = {"january": 1, "february": 2, "march": 3, "april": 4, "may": 5, "june": 6, "july": 7,
          "august": 8, "september": 9, "october": 10, "november": 11, "december": 12}
MONTH_ABBREVIATIONS = {"jan": 1, "feb": 2, "mar": 3, "apr": 4, "jun": 6, "jul": 7, "aug": 8,
                       "sep": 9, "sept": 9, "oct": 10, "nov": 11, "dec": 12}
WEEKDAYS = {"monday": 0, "tuesday": 1, "wednesday": 2, "thursday": 3, "friday": 4,
            "saturday": 5, "sunday": 6}
SEASONS = {"spring": "SP", "summer": "SU", "autumn": "FA", "fall": "FA", "winter": "WI"}
NUMBERS = {"a": 1, "an": 1, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6,
           "seven": 7, "eight": 8, "nine": 9, "ten": 10, "eleven": 11, "twelve": 12,
           "thirteen": 13, "fourteen": 14, "fifteen": 15, "sixteen": 16, "seventeen": 17,
           "eighteen": 18, "nineteen": 19, "twenty": 20, "thirty": 30, "forty": 40, "fifty": 50,
           "sixty": 60, "seventy": 70, "eighty": 80, "ninety": 90, "hundred": 100,
           "a hundred": 100, "half a": 0.5, "half an": 0.5, "a couple of": 2, "a couple": 2, "couple of": 2}
VAGUE_NUMBERS = ("a few", "few", "several", "some", "many", "the past few", "numerous")
ORDINALS = {"first": 1, "second": 2, "third": 3, "fourth": 4, "1st": 1, "2nd": 2, "3rd": 3, "4th": 4}
# unit -> (TIMEX3 duration letter, multiplier, needs the T time designator)
UNITS = {"second": ("S", 1, True), "minute": ("M", 1, True), "hour": ("H", 1, True),
         "day": ("D", 1, False), "night": ("D", 1, False), "week": ("W", 1, False),
         "fortnight": ("W", 2, False), "month": ("M", 1, False), "quarter": ("Q", 1, False),
         "year": ("Y", 1, False), "decade": ("DE", 1, False), "century": ("CE", 1, False)}


def _alternation(words) -> str:
    return "|".join(sorted((re.escape(w) for w in words), key=len, reverse=True))


MONTH_RE = _alternation(list(MONTHS) + list(MONTH_ABBREVIATIONS))
WEEKDAY_RE = _alternation(WEEKDAYS)
NUMBER_RE = r"\d+(?:\.\d+)?|" + _alternation(list(NUMBERS) + list(VAGUE_NUMBERS))
# "twenty-five", "twenty five"
# "two and a half": the half is part of the number
COMPOUND_NUMBER_RE = (rf"(?:(?:(?:twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety)[\s-](?:one|two|three|four|five|"
                      rf"six|seven|eight|nine)|{NUMBER_RE})(?:(?:\s+|-)and(?:\s+|-)a(?:\s+|-)half)?)")
# "a year and a half": the half after the unit
AND_A_HALF_RE = r"(?:\s+|-)and(?:\s+|-)a(?:\s+|-)half\b"
UNIT_RE = r"seconds?|minutes?|hours?|days?|nights?|weeks?|fortnights?|months?|quarters?|years?|decades?|centur(?:y|ies)"


def month_number(word: str) -> Optional[int]:
    w = word.lower().rstrip(".")
    return MONTHS.get(w) or MONTH_ABBREVIATIONS.get(w)


def number_value(text: str) -> Optional[float]:
    """3 for "3" / "three" / "a", None for vague amounts ("several")."""
    t = re.sub(r"\s+", " ", text.lower().strip())
    t = re.sub(r"-and-a-half$", " and a half", t)  # "three-and-a-half"
    if t.endswith(" and a half"):
        whole = number_value(t[:-len(" and a half")])
        return None if whole is None else whole + 0.5
    if re.fullmatch(r"\d+(?:\.\d+)?", t):
        return float(t) if "." in t else int(t)
    if t in NUMBERS:
        return NUMBERS[t]
    parts = re.split(r"[\s-]", t)
    if len(parts) == 2 and parts[0] in NUMBERS and parts[1] in NUMBERS:
        return NUMBERS[parts[0]] + NUMBERS[parts[1]]
    return None


def unit_key(word: str) -> str:
    w = word.lower()
    if w.startswith("centur"):
        return "century"
    return w[:-1] if w.endswith("s") else w


def duration_value(amount: Optional[float], unit: str) -> str:
    """TIMEX3 duration: P3Y, PT2H, P10Y for a decade, PXW when the amount is vague."""
    letter, multiplier, timed = UNITS[unit]
    if letter == "DE":
        letter, multiplier = "Y", 10
    elif letter == "CE":
        letter, multiplier = "Y", 100
    elif letter == "Q":
        letter, multiplier = "M", 3
    if amount is None:
        number = "X"
    else:
        total = amount * multiplier
        number = str(int(total)) if float(total).is_integer() else str(total)
    return f"P{'T' if timed else ''}{number}{letter}"
