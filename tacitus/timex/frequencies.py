"""Sets counted out: "twice daily", "three times a year", "once every two weeks", "every 15
minutes", "every few hours".

TimeML marks a frequency as one SET expression with the count in its extent (value P1D,
freq 2X for "twice daily"); the value is the period that repeats. The grammar's own rules
read the period alone ("daily", "a year") or "every" with small counts of days to years;
these longer matches win over them. Registered in the grammar's rule list on import.
"""
from __future__ import annotations

import re

from tacitus import lexicons
from tacitus.timex.grammar import _hit, rule
from tacitus.timex.words import NUMBER_RE, duration_value, number_value, unit_key

# "twice", "three times", "10 times", "several times", "a couple of times"
_COUNT = rf"(?:once|twice|thrice|(?:{NUMBER_RE}|a\s+number\s+of|multiple|dozens\s+of)\s+times)"
_UNITS = r"(?:seconds?|minutes?|hours?|days?|nights?|weeks?|fortnights?|months?|quarters?|years?|decades?)"
_HOW_MANY = rf"(?:{NUMBER_RE}|other)"
_COUNTED_FROM = re.compile(r"\s+(?:ago|earlier|later|before|after|since|from\s+now)\b", re.I)


@rule(rf"\b(?:(?P<count>{_COUNT})\s+)?(?P<per>a|an|per|every|each)\s+(?:(?P<n>{_HOW_MANY})\s+)?(?P<unit>{_UNITS})\b")
def counted_set(m, scope):
    """"three times a year" (P1Y), "once every two weeks" (P2W), "every 15 minutes" (PT15M),
    "every few hours" (PTXH): a count before the period, or "every"/"each" with a number of
    units. "every day", "a week" alone are the grammar's."""
    per, n, unit = m["per"].lower(), (m["n"] or "").lower(), unit_key(m["unit"])
    if _COUNTED_FROM.match(scope.text, m.end()):
        return None  # "rose three times a year ago": a point counted back
    if per in ("a", "an", "per") and n:
        return None  # "a few days", "a couple of weeks": a duration
    if m["count"] is None and not (per in ("every", "each") and (n or unit == "hour")):
        return None  # "a week", "every day": the grammar's own rules
    if n and not m["unit"].lower().endswith("s") and n not in ("other", "1", "one"):
        return None  # "every two day" is no English
    amount = 2 if n == "other" else number_value(n) if n else 1
    return _hit(m, duration_value(amount, unit), "set", "SET")


def _set_words() -> dict[str, str]:
    return {word.lower(): value for word, value in (lexicons.load("time_words.yaml").get("sets") or {}).items()}


def _counted_set_word_rule():
    words = _set_words()
    if not words:
        return
    alternation = "|".join(re.escape(w) for w in sorted(words, key=len, reverse=True))

    @rule(rf"\b{_COUNT}\s+(?P<word>{alternation})\b")
    def counted_set_word(m, scope):
        """"twice daily", "three times weekly": the set the word names, with its count."""
        return _hit(m, words[m["word"].lower()], "set", "SET")


_counted_set_word_rule()
