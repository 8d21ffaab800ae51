"""A URL that could not be fetched: one line naming it and the problem."""
from __future__ import annotations

from dataclasses import dataclass

from tacitus.errors import ReadError


@dataclass
class FetchError(ReadError):
    """`transient`: worth trying again in a later round (a timeout, a 503); otherwise the
    answer will not change (a 404, robots.txt says no, not a web page)."""

    transient: bool = False
    status: int | None = None  # the HTTP status that settled it, when there was one
