"""The gazetteer and label-vote steps are spaCy factories (tacitus/nlp.py): their settings
are the pipeline's config, and a pipeline saved with `nlp.to_disk()` loads in another
process with the same entities, found through the package's `spacy_factories` entry
points (the loading process never imports tacitus itself)."""
from __future__ import annotations

import json
import subprocess
import sys

import spacy

# Fictional text written for this test, with real places the gazetteer knows
TEXT = ("Ana Koste of the Velmar Council met officials in Ostrava on Monday. "
        "Koste later flew to Warsaw, where Polish ministers received her.")


def _ents(doc) -> list[tuple[str, str, int]]:
    return [(e.text, e.label_, e.start_char) for e in doc.ents]


def test_the_steps_are_factories_with_their_settings_in_the_config(pipeline):
    components = pipeline.nlp.config["components"]
    assert components["tacitus_gazetteer"] == {"factory": "tacitus_gazetteer", "min_population": 100_000,
                                               "major_city": 1_000_000}
    assert components["tacitus_label_vote"] == {"factory": "tacitus_label_vote"}


def _town_as_org(min_population: int):
    """A blank pipeline whose rules call the town of Ostrava (some 280,000 people) an
    organisation, then the gazetteer step with `min_population`."""
    nlp = spacy.blank("en")
    ruler = nlp.add_pipe("entity_ruler")
    nlp.add_pipe("tacitus_gazetteer", config={"min_population": min_population})
    nlp.initialize()  # the gazetteer step reads its data here (an entity ruler starts empty)
    ruler.add_patterns([{"label": "ORG", "pattern": "Ostrava"}])
    return nlp


def test_a_setting_changes_what_the_step_relabels():
    assert ("Ostrava", "GPE") in [(e.text, e.label_) for e in _town_as_org(100_000)(TEXT).ents]
    assert ("Ostrava", "ORG") in [(e.text, e.label_) for e in _town_as_org(5_000_000)(TEXT).ents]


def test_a_saved_pipeline_loads_in_a_fresh_process_with_the_same_entities(pipeline, tmp_path):
    folder = tmp_path / "pipeline"
    pipeline.nlp.to_disk(folder)
    code = ("import json, sys, spacy\n"
            "nlp = spacy.load(sys.argv[1])\n"
            "doc = nlp(sys.argv[2])\n"
            "print(json.dumps({'pipes': nlp.pipe_names, 'ents': [(e.text, e.label_, e.start_char) for e in doc.ents],"
            " 'config': nlp.config['components']['tacitus_gazetteer']}))\n")
    run = subprocess.run([sys.executable, "-c", code, str(folder), TEXT], capture_output=True, text=True,
                         timeout=300)
    assert run.returncode == 0, run.stderr[-2000:]  # without the entry points: "[E002] Can't find factory"
    loaded = json.loads(run.stdout.strip().splitlines()[-1])
    assert loaded["pipes"][-2:] == ["tacitus_gazetteer", "tacitus_label_vote"]
    assert loaded["config"]["min_population"] == 100_000
    assert [tuple(e) for e in loaded["ents"]] == _ents(pipeline.nlp(TEXT))
