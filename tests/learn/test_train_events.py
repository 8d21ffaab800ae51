"""The training script runs end to end on a tiny dataset written here, keeps the
measurement fifth out, and gives a model that separates what it was shown."""
from __future__ import annotations

import csv

from tacitus.learn import linear, train_events

STORIES = {
    "PROTEST": ["Thousands of teachers marched through {c} demanding higher pay.",
                "Demonstrators rallied outside parliament in {c} against the new tax.",
                "Students staged a sit-in at the university in {c} to protest fees.",
                "Farmers blocked roads across {c} in a protest over fuel prices."],
    "COERCE": ["Police arrested dozens of activists in {c} on Tuesday.",
               "Security forces detained three journalists in {c} overnight.",
               "Authorities in {c} jailed the opposition leader for two years.",
               "Officers raided the offices of a newspaper in {c} and detained its editor."],
    "CONSULT": ["The foreign ministers of {c} and its neighbour met to discuss trade.",
                "The president of {c} held talks with the visiting prime minister.",
                "Envoys from {c} met rebel leaders for a second round of negotiations.",
                "The leaders spoke by phone about the crisis in {c}."],
}
COUNTRIES = ["Peru", "Kenya", "Nepal"]


def _write(path, rows):
    with open(path, "w", encoding="utf-8", newline="") as handle:
        writer = csv.DictWriter(handle, fieldnames=["text", "prompt", "label"])
        writer.writeheader()
        writer.writerows(rows)


def test_training_script_on_a_tiny_dataset(tmp_path, pipeline):
    rows = [{"text": t.format(c=c), "prompt": f"News from {c}\n\n(AP) --", "label": label}
            for label, texts in STORIES.items() for t in texts for c in COUNTRIES]
    source = tmp_path / "stories.csv"
    _write(source, rows)
    stories = train_events.read_stories(source)
    kept = [s for s in stories if not train_events.in_measurement_fifth(s.text)]
    assert 0 < len(kept) < len(stories)  # some of the 36 stories fall in the measurement fifth

    parsed = train_events.parse(pipeline.nlp, kept)
    model = train_events.train(parsed, [s.label for s in kept])
    out = tmp_path / "model.npz"
    model.save(out)
    loaded = linear.Model.load(out)
    assert loaded.labels == ["COERCE", "CONSULT", "PROTEST"]

    def top(sentence):
        doc = pipeline.nlp(sentence)
        probs = loaded.probabilities(train_events.sentence_features(doc[:]))
        return loaded.labels[int(probs.argmax())]

    # new sentences, words the stories share with them but not the same sentences
    assert top("Police arrested the editor of a newspaper.") == "COERCE"
    assert top("Teachers marched in protest against the government.") == "PROTEST"
    assert top("The two ministers held talks about trade.") == "CONSULT"


def test_script_reports_a_missing_file_in_one_line(tmp_path, capsys):
    assert train_events.main([str(tmp_path / "absent.csv"), "--out", str(tmp_path / "m.npz")]) == 1
    err = capsys.readouterr().err.strip()
    assert "absent.csv" in err and "\n" not in err


def test_fit_is_deterministic():
    examples = [["w:a", "w:b"], ["w:a", "w:c"], ["w:d"], ["w:d", "w:b"]]
    targets = ["X", "X", "Y", "Y"]
    one = linear.fit(examples, targets, min_count=1, steps=50)
    two = linear.fit(examples, targets, min_count=1, steps=50)
    assert (one.weights == two.weights).all() and one.index == two.index
