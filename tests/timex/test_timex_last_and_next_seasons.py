""""last summer" said in summer is a year back, "next winter" said in winter a year on, and a
season of a plan told in the past is the nearest one, before or after; on sentences written
for them."""
from __future__ import annotations

import datetime as dt

import pytest

from tacitus.timex import find_times_in_text


def times(text, published):
    return [(t.text, t.value) for t in find_times_in_text(text, dt.date.fromisoformat(published))]


@pytest.mark.parametrize("text, published, expected", [
    # during the season named: the one a year back or on (it was the current one)
    ("The canal dried up last summer.", "2031-07-14", ("last summer", "2030-SU")),
    ("The council passed the law last spring.", "2031-04-02", ("last spring", "2030-SP")),
    ("Ice will close the port next winter.", "2031-12-20", ("next winter", "2032-WI")),
    ("Ice will close the port next winter.", "2031-01-10", ("next winter", "2031-WI")),
    # out of it, as before
    ("The canal dried up last summer.", "2031-03-12", ("last summer", "2030-SU")),
    ("Ice will close the port next winter.", "2031-07-14", ("next winter", "2031-WI")),
    ("Snow fell all this winter.", "2031-01-10", ("this winter", "2030-WI")),
    # a plan told in the past: the nearest, here the coming summer
    ("Officials said the bridge would reopen by the summer.", "2031-03-12", ("the summer", "2031-SU")),
    ("Officials said the bridge would reopen by the autumn.", "2031-12-02", ("the autumn", "2031-FA")),
])
def test_last_next_and_planned_seasons(text, published, expected):
    assert times(text, published) == [expected]
