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


@pytest.mark.parametrize("text, trigger", [
    ("Thai and Malaysian forces began joint patrols along the border.", "joint patrols"),
    ("A Korean carmaker will invest $2 billion in a plant in Mexico.", "invest"),
    ("Police in both countries teamed up to break the smuggling ring.", "teamed up"),
])
def test_material_cooperation_is_cooperate(pipeline, text, trigger):
    report = pipeline.process(Article(text=text))
    assert [e for e in report.events if e.type in ("COOPERATE", "AGREE")
            and (trigger.startswith(e.trigger.text.split()[0]) or trigger in e.trigger.text)]
