"""tacitus eval plover: gold loading, code mapping, scoring and the command line."""
from __future__ import annotations

import json

import pytest
from click.testing import CliRunner

from tacitus.cli import main
from tacitus.evaluate import plover

RECORDS = [
    {"id": "doc", "event": "DOCUMENT", "eventText": "notes"},
    {"id": "r1", "event": "FIGHT", "text": "Chilean troops shelled the Peruvian border town of Tacna on Sunday, "
     "killing 4 soldiers.", "source": [{"actorText": "Chilean troops", "code": "CHLMIL"}],
     "target": [{"actorText": "Tacna", "code": "PER"}], "dead": "4", "mode": "heavy-weapons"},
    {"id": "r2", "event": "DEMAND", "text": "Japan urged Vietnam to release the detained fishermen.",
     "source": [{"actorText": "Japan", "code": "JAP"}], "target": [{"actorText": "Vietnam", "code": "VTN"}]},
    {"id": "r3", "event": "DISAPPROVE", "text": "Kenya condemned Uganda for the border raid.",
     "source": [{"actorText": "Kenya", "code": "KEN"}], "target": [{"actorText": "Uganda", "code": "UGA"}]},
]


@pytest.fixture
def gold_file(tmp_path):
    path = tmp_path / "gold.json"
    path.write_text(json.dumps(RECORDS), encoding="utf-8")
    return path


def test_cameo_codes_compare_on_iso_countries():
    assert plover.normalise_code("JAP") == "JPN"
    assert plover.normalise_code("USAGOV") == "USA"
    assert plover.normalise_code("IGO") == "IGO"
    assert plover.normalise_code("") is None


def test_old_type_names_are_mapped_and_documentation_skipped(gold_file):
    records = plover.load_gold(gold_file)
    assert [r.type for r in records] == ["ASSAULT", "REQUEST", "ACCUSE"]
    assert records[2].mode is None  # old DISAPPROVE held both criticism and accusation: no mode to compare
    assert records[1].sources == {"JPN"} and records[1].targets == {"VNM"}
    assert records[0].dead == 4 and records[2].targets == {"UGA"}


def test_bad_gold_files_give_one_line_errors(tmp_path):
    with pytest.raises(plover.GoldError, match="no such file"):
        plover.load_gold(tmp_path / "absent.json")
    broken = tmp_path / "broken.json"
    broken.write_text("{not json", encoding="utf-8")
    with pytest.raises(plover.GoldError, match="broken.json"):
        plover.load_gold(broken)
    empty = tmp_path / "empty.json"
    empty.write_text("[]", encoding="utf-8")
    with pytest.raises(plover.GoldError, match="no PLOVER records"):
        plover.load_gold(empty)


def test_scores_on_written_records(gold_file, pipeline):
    scores = plover.evaluate(plover.load_gold(gold_file), pipeline)
    assert scores.records == 3
    assert scores.type_accuracy == 1.0
    p, r, f = scores.prf("actor")
    assert (p, r) == (1.0, 1.0)
    assert scores.prf("recipient")[0] == 1.0
    assert (scores.dead_total, scores.dead_correct) == (1, 1)
    assert scores.confusion[("REQUEST", "REQUEST")] == 1
    table = plover.confusion_table(scores)
    assert table.splitlines()[0].startswith("gold\\pred")


def test_command_line(gold_file, pipeline):
    result = CliRunner().invoke(main, ["eval", "plover", str(gold_file), "--json"])
    assert result.exit_code == 0, result.output
    data = json.loads(result.output)
    assert data["records"] == 3 and data["type_accuracy"] == 1.0


def test_command_line_bad_input(tmp_path):
    result = CliRunner().invoke(main, ["eval", "plover", str(tmp_path / "absent.json")])
    assert result.exit_code == 1
    assert "absent.json: no such file" in result.output
    assert "Traceback" not in result.output


def test_plover_dev_records(shared_dir, pipeline):
    """The CAMEO-manual examples recoded to PLOVER (read from ../shared at test time)."""
    path = shared_dir / "data" / "plover" / "PLOVER_GSR_CAMEO.dev.json"
    if not path.exists():
        pytest.skip("PLOVER dev records are not present")
    scores = plover.evaluate(plover.load_gold(path), pipeline)
    assert scores.records == 197
    assert scores.type_accuracy >= 0.84
    assert scores.prf("actor")[2] >= 0.78
    assert scores.prf("recipient")[2] >= 0.73
    assert scores.mode_correct / scores.mode_total >= 0.60


def test_petrarch_records_are_scored_by_type(tmp_path, pipeline):
    table = tmp_path / "map.txt"
    table.write_text("# a table written for this test\n19: ASSAULT\n190: ASSAULT,  , military # force\n"
                     "1056: REQUEST, yield, military # de-escalate\n", encoding="utf-8")
    records = tmp_path / "units.jsonl"
    records.write_text("\n".join(json.dumps(r) for r in [
        {"id": "u1", "text": "Chile attacked Peru on Sunday.", "expected_events": [{"event": "190"}]},
        {"id": "u2", "text": "Peru urged Chile to stop the shelling.", "expected_events": [{"event": "1056"}]},
        {"id": "u3", "text": "Nothing happened.", "expected_events": []},
    ]), encoding="utf-8")
    cameo = plover.load_cameo_map(table)
    assert cameo["1056"] == ("REQUEST", "yield") and cameo["190"] == ("ASSAULT", None)
    gold = plover.load_petrarch(records, cameo)
    assert [g.type for g in gold] == ["ASSAULT", "REQUEST"]
    scores = plover.evaluate(gold, pipeline)
    assert scores.type_accuracy == 1.0
    assert scores.to_dict()["actor"] is None  # invented states: sides are not scored


def test_old_type_and_mode_pairs_are_compared_as_the_current_codebook_files_them(tmp_path):
    path = tmp_path / "old.json"
    path.write_text(json.dumps([
        {"id": "d", "event": "COERCE", "mode": "destroy", "text": "Rebels blew up a bridge near Tacna."},
        {"id": "c", "event": "THREATEN", "mode": "curfew", "text": "Peru threatened a curfew in Lima."},
        {"id": "h", "event": "PROTEST", "mode": "strike-hun", "text": "Prisoners in Lima refused food."},
    ]), encoding="utf-8")
    records = plover.load_gold(path)
    assert [(r.type, r.mode) for r in records] == [("ASSAULT", "destroy"), ("THREATEN", "restrict"),
                                                   ("PROTEST", "hunger")]


ARTICLE = ("Police in Mandalay detained eleven students on Tuesday.\n\n"
           "Officers also beat two of them, witnesses said. Kenya condemned Uganda for the border raid.")


@pytest.fixture
def corpus(tmp_path):
    import csv

    folder = tmp_path / "wikinews"
    folder.mkdir()
    with (folder / "wikinews_2019.csv").open("w", encoding="utf-8", newline="") as handle:
        writer = csv.writer(handle)
        writer.writerow(["url", "date", "title", "text"])
        writer.writerow(["https://en.wikinews.org/wiki/Students_detained", "2021-03-02", "Students detained",
                         ARTICLE])
    return folder


def _in_article(sentence, event, source, target, url="https://en.wikinews.org/wiki/Students_detained"):
    return {"id": "w1", "event": event, "text": sentence, "date": "2021-03-02", "url": url,
            "source": [{"actorText": "x", "code": source}] if source else [],
            "target": [{"actorText": "y", "code": target}] if target else []}


def test_records_are_scored_in_their_whole_article(tmp_path, corpus, pipeline):
    path = tmp_path / "sides.json"
    # the sentence names no place: its officers are of the state the article's lead places them in
    path.write_text(json.dumps([_in_article("Officers also beat two of them, witnesses said.", "ASSAULT",
                                            "MMR", None)]), encoding="utf-8")
    records = plover.load_gold(path)
    in_context = plover.evaluate_in_articles(records, corpus, pipeline)
    alone = plover.evaluate(records, pipeline)
    assert in_context.type_accuracy == 1.0
    assert in_context.prf("actor")[1] == 1.0 and alone.prf("actor")[1] == 0.0


def test_only_the_records_sentence_is_matched(tmp_path, corpus, pipeline):
    path = tmp_path / "sides.json"
    # the article's other sentence holds an ACCUSE; the record's own sentence holds none
    path.write_text(json.dumps([_in_article("Police in Mandalay detained eleven students on Tuesday.", "ACCUSE",
                                            "KEN", "UGA")]), encoding="utf-8")
    scores = plover.evaluate_in_articles(plover.load_gold(path), corpus, pipeline)
    assert scores.type_accuracy == 0.0


def test_a_record_whose_article_is_missing_is_one_line(tmp_path, corpus):
    path = tmp_path / "sides.json"
    path.write_text(json.dumps([_in_article("Officers also beat two of them.", "ASSAULT", None, None,
                                            url="https://en.wikinews.org/wiki/Elsewhere")]), encoding="utf-8")
    result = CliRunner().invoke(main, ["eval", "plover", str(path), "--corpus", str(corpus)])
    assert result.exit_code == 1 and "no article for record w1" in result.output
    assert "Traceback" not in result.output
