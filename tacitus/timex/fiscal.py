"""Fiscal periods: "the fiscal third quarter", "Q3 of fiscal 2024", "the first quarter of
fiscal 2025", "fiscal Q2", "Q4 FY24", "next fiscal year".

TIMEX3 (after TIDES) writes a fiscal year as "FY2024" and its quarters as "FY2024-Q3":
which calendar months they cover depends on who keeps the books, so the value names the
fiscal period, never calendar months. A fiscal quarter without its year is of the fiscal
year named by the publication year (companies name a fiscal year by the calendar year it
ends in or mostly falls in, and report a quarter within weeks of its end). Registered in
the grammar's rule list on import, so that these longer expressions win over the calendar
quarter ("the first quarter") and the fiscal year ("fiscal 2025") they contain.
"""
from __future__ import annotations

from typing import Optional

from tacitus.timex.grammar import Hit, Scope, _hit, rule

_ORDINAL = {"first": 1, "second": 2, "third": 3, "fourth": 4, "final": 4, "1st": 1, "2nd": 2, "3rd": 3, "4th": 4}
_Q_WORD = r"(?P<q>first|second|third|fourth|final|1st|2nd|3rd|4th)"
# "fiscal 2024", "fiscal year 2024", "FY2024", "FY 2024", "FY24", "fiscal '24"
_FY = r"(?:fiscal(?:\s+year)?\s+(?P<y>\d{4})\b|FY\s?(?P<y2>\d{4})\b|FY\s?['’]?(?P<yy>\d{2})\b)"


def _fiscal_year(m, scope: Scope) -> Optional[int]:
    """The fiscal year the match states, else the publication year (None without one)."""
    stated = m["y"] or m["y2"]
    if stated:
        return int(stated)
    if m["yy"]:
        return 2000 + int(m["yy"])
    return scope.anchor.year if scope.anchor else None


def _quarter_number(m) -> int:
    return int(m["qn"]) if m["qn"] else _ORDINAL[m["q"].lower()]


def _fiscal_quarter(m, scope: Scope) -> Hit:
    year = _fiscal_year(m, scope)
    value = f"FY{year}-Q{_quarter_number(m)}" if year else None
    return _hit(m, value, "fiscal quarter")


# "the fiscal third quarter", "its fiscal fourth-quarter", "the third fiscal quarter",
# "fiscal Q3", each optionally "of fiscal 2024" / "2024"
@rule(rf"\b(?:the\s+)?(?:fiscal\s+{_Q_WORD}|{_Q_WORD.replace('<q>', '<q_>')}\s+fiscal|fiscal\s+Q(?P<qn>[1-4]))"
      rf"(?:[\s-]+quarter)?(?(qn)|(?<=quarter))\b(?:\s+(?:of\s+)?(?:{_FY}|(?P<y3>\d{{4}})\b))?")
def fiscal_quarter_named(m, scope):
    """"the fiscal third quarter", "the third fiscal quarter", "fiscal Q3 2024"."""
    q = m["q"] or m["q_"]
    year = m["y"] or m["y2"] or m["y3"] or (str(2000 + int(m["yy"])) if m["yy"] else None)
    if year is None and scope.anchor is None:
        return _hit(m, None, "fiscal quarter")
    year = year or str(scope.anchor.year)
    number = int(m["qn"]) if m["qn"] else _ORDINAL[q.lower()]
    return _hit(m, f"FY{year}-Q{number}", "fiscal quarter")


# "the first quarter of fiscal 2025", "Q3 of fiscal 2024", "Q4 FY24", "the third quarter of FY2024"
@rule(rf"\b(?:(?:the\s+)?{_Q_WORD}[\s-]+quarter|Q(?P<qn>[1-4]))\s+(?:of\s+)?(?:the\s+)?{_FY}")
def quarter_of_fiscal_year(m, scope):
    return _fiscal_quarter(m, scope)


# "FY2024 Q3", "fiscal 2024's third quarter", "fiscal 2024 third-quarter"
@rule(rf"\b{_FY}(?:['’]s)?\s+(?:Q(?P<qn>[1-4])\b|(?:the\s+)?{_Q_WORD}[\s-]+quarter\b)")
def fiscal_year_then_quarter(m, scope):
    return _fiscal_quarter(m, scope)


# "the 1990 fiscal year": the year before "fiscal year", as "fiscal year 1990"
@rule(r"\b(?:the\s+)?(?P<y>(?:1[6-9]|20)\d\d)\s+fiscal\s+year\b")
def year_then_fiscal_year(m, scope):
    return _hit(m, f"FY{m['y']}", "fiscal year")


_SHIFT = {"this": 0, "current": 0, "the current": 0, "next": 1, "the next": 1, "coming": 1, "the coming": 1,
          "last": -1, "previous": -1, "the previous": -1, "past": -1, "the past": -1, "prior": -1,
          "the prior": -1}


# "this fiscal year", "the current fiscal year", "next fiscal year", "last fiscal year"
@rule(r"\b(?P<rel>(?:the\s+)?(?:current|next|coming|previous|past|prior)|this|last)\s+fiscal\s+year\b"
      r"(?!\s+(?:\d|FY)|['’])")
def relative_fiscal_year(m, scope):
    if scope.anchor is None:
        return _hit(m, None, "fiscal year")
    shift = _SHIFT[" ".join(m["rel"].lower().split())]
    return _hit(m, f"FY{scope.anchor.year + shift}", "fiscal year")
