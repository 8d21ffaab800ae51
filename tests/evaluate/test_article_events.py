"""Whole-article scoring: sure events found, their type, and events where none was labelled."""
import csv
import json

import pytest

from tacitus.evaluate import article_events

ARREST = "Police arrested five protesters in Lagos on Monday."
WEATHER = "The weather in the city was sunny and warm all week."
ATTACK = "Rebels attacked an army convoy near Goma on Tuesday."


@pytest.fixture()
def corpus(tmp_path):
    folder = tmp_path / "corpus"
    folder.mkdir()
    with (folder / "wikinews_2019.csv").open("w", encoding="utf-8", newline="") as handle:
        writer = csv.DictWriter(handle, fieldnames=["url", "date", "title", "text"])
        writer.writeheader()
        writer.writerow({"url": "https://example.org/wiki/Lagos", "date": "2019-03-05",
                         "title": "Protesters held in Lagos", "text": f"{ARREST} {WEATHER}"})
        writer.writerow({"url": "https://example.org/wiki/Goma", "date": "2019-03-06",
                         "title": "Convoy attacked", "text": f"{WEATHER} {ATTACK}"})
    return folder


def _gold(tmp_path, lagos_events, goma_events):
    path = tmp_path / "gold.json"
    path.write_text(json.dumps({"articles": [
        {"url": "https://example.org/wiki/Lagos", "events": lagos_events},
        {"url": "https://example.org/wiki/Goma", "events": goma_events},
    ]}), encoding="utf-8")
    return path


def test_found_right_and_false_events(tmp_path, corpus, pipeline):
    gold = _gold(tmp_path, [{"sentence": "Police arrested five", "type": "COERCE", "also": []}], [])
    scores = article_events.evaluate(gold, corpus, pipeline)
    # the arrest is found and typed right; the unlabelled attack counts as a false event
    assert (scores.articles, scores.sure, scores.found, scores.right) == (2, 1, 1, 1)
    assert scores.false == 1


def test_labelled_attack_is_no_false_event(tmp_path, corpus, pipeline):
    gold = _gold(tmp_path, [{"sentence": "Police arrested five", "type": "PROTEST", "also": []}],
                 [{"sentence": "Rebels attacked", "type": "ASSAULT", "also": []}])
    scores = article_events.evaluate(gold, corpus, pipeline)
    assert (scores.sure, scores.found, scores.right, scores.false) == (2, 2, 1, 0)


def test_sentence_missing_from_article_is_a_clear_error(tmp_path, corpus, pipeline):
    gold = _gold(tmp_path, [{"sentence": "Nobody wrote this", "type": "ASSAULT", "also": []}], [])
    with pytest.raises(article_events.GoldError, match="not in the article"):
        article_events.evaluate(gold, corpus, pipeline)


def test_bundled_gold_sentences_are_in_their_articles(shared_dir):
    from tacitus.evaluate.casualties import load_articles

    rows = load_articles(shared_dir / "corpora" / "wikinews_2019_2021_sample")
    gold = article_events.load("tests/data/wikinews_article_events_hand20.json")
    assert len(gold) == 20
    for article in gold:
        text = rows[article["url"].rsplit("/", 1)[-1]]["text"]
        for item in article["events"]:
            assert item["sentence"] in text, item["sentence"]
