"""Option types shared by every command."""
from __future__ import annotations

import datetime as dt

import click


class IsoDate(click.ParamType):
    """A calendar date written YYYY-MM-DD; passed on as that ISO string."""

    name = "YYYY-MM-DD"

    def convert(self, value, param, ctx):
        if value is None or isinstance(value, str) and not value:
            return None
        try:
            return dt.date.fromisoformat(str(value)).isoformat()
        except ValueError:
            self.fail(f"{value!r}: expected a date as YYYY-MM-DD", param, ctx)


ISO_DATE = IsoDate()
