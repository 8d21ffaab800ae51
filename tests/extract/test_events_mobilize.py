"""Shows and raises of force (PLOVER MOBILIZE) with their modes."""
from __future__ import annotations

import pytest

from tacitus.report import Article


@pytest.mark.parametrize("text, mode", [
    ("The interior ministry dispatched riot police to the port on Tuesday.", "police"),
    ("Gendarmes tightened security around polling stations.", "police"),
    ("The navy stationed two frigates off the disputed islands.", "troops"),
    ("Warlords recruited dozens of militiamen in the northern valleys.", "militia"),
    ("The government carried out a missile test over the sea.", "weapons"),
])
def test_a_show_of_force_is_mobilize_with_its_mode(pipeline, text, mode):
    report = pipeline.process(Article(text=text))
    found = [e for e in report.events if e.type == "MOBILIZE"]
    assert found and found[0].mode == mode
