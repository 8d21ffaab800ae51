"""What one query of a store may ask, checked the same way by the CLI and the web API:
a number SQLite can hold, a filter short enough to match, a real calendar date."""
from __future__ import annotations

MAX_INTEGER = 2**63 - 1  # SQLite's largest integer: a larger one cannot even be bound
MAX_TEXT = 1000  # characters of one filter or search: names and phrases, never pages of text


def check_integer(value: int, what: str, minimum: int = 0) -> int:
    """`value` if it lies in [minimum, MAX_INTEGER], else ValueError naming `what`."""
    if not minimum <= value <= MAX_INTEGER:
        raise ValueError(f"{what} {value}: expected a whole number from {minimum} to {MAX_INTEGER}")
    return value


def check_text(value: str | None, what: str) -> str | None:
    if value is not None and len(value) > MAX_TEXT:
        raise ValueError(f"{what}: {len(value):,} characters, over the {MAX_TEXT:,} a filter may have")
    return value


def check_date(value: str | None, what: str) -> str | None:
    """A day, month or year (YYYY-MM-DD, YYYY-MM, YYYY), as the CLI takes it; None for no
    value, else ValueError."""
    from tacitus.timex.period import bound

    if value is None:
        return None
    try:
        bound(value.strip(), "from")
    except ValueError:
        raise ValueError(f"{what} {value[:40]!r}: expected a day YYYY-MM-DD, a month YYYY-MM "
                         f"or a year YYYY") from None
    return value.strip()
