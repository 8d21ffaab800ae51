"""PETRARCH actor dictionaries loaded as extra lexicon entries for one evaluation run."""
from __future__ import annotations

import json

import pytest
from click.testing import CliRunner

from tacitus.cli import main
from tacitus.evaluate import petrarch_dicts, plover

# a dictionary in PETRARCH's syntax, about states invented for this test
DICTIONARY = """<!-- TEST ACTORS -->
ZEMBLA  [ZEM]
+ZEMBLAN
+ONHAVA   # its capital
KORAMIA [KRM] # pas 01 Jan 01
+KORAMIAN

QUEEN ODESSA
+ODESSA_OF_ZEMBLA
\t[ZEMGOV 19950101 - 20201231]
NOBODY  [---]
"""


@pytest.fixture
def dictionary(tmp_path):
    path = tmp_path / "actors.txt"
    path.write_text(DICTIONARY, encoding="utf-8")
    return path


def test_entries_codes_and_synonyms_are_read(dictionary):
    entries = petrarch_dicts.read_actors(dictionary)
    assert [(e.names, e.code) for e in entries] == [
        (["Zembla", "Zemblan", "Onhava"], "ZEM"), (["Koramia", "Koramian"], "KRM"),
        (["Queen Odessa", "Odessa Of Zembla"], "ZEMGOV")]


def test_written_lexicons_are_known_only_inside_the_run(dictionary, tmp_path):
    from tacitus.geo import gazetteer

    folder = petrarch_dicts.write_lexicons(petrarch_dicts.read_actors(dictionary), tmp_path / "lex")
    assert {p.name for p in folder.iterdir()} == {"places.yaml", "demonyms.csv", "actors.yaml"}
    with petrarch_dicts.using_lexicons(folder):
        assert gazetteer().place("Zembla").country == "ZEM"
        assert gazetteer().place("Onhava").country == "ZEM"
        assert gazetteer().demonym("Koramians") == "KRM"
    assert gazetteer().place("Zembla") is None


def test_records_about_invented_states_are_coded_with_their_dictionary(dictionary, tmp_path, pipeline):
    records = [
        plover.GoldRecord(id="1", text="Zembla accused Koramia of shelling the border town on Monday.",
                          type="ACCUSE", mode=None, sources={"ZEM"}, targets={"KRM"}, dead=None, injured=None),
        plover.GoldRecord(id="2", text="Koramian troops attacked Zemblan villages on Friday.", type="ASSAULT",
                          mode=None, sources={"KRM"}, targets={"ZEM"}, dead=None, injured=None),
    ]
    folder = petrarch_dicts.write_lexicons(petrarch_dicts.read_actors(dictionary), tmp_path / "lex")
    assert plover.evaluate(records, pipeline).prf("actor")[2] < 1.0  # unknown states: no country codes
    with petrarch_dicts.using_lexicons(folder):
        scores = plover.evaluate(records, pipeline)
    assert scores.type_accuracy == 1.0
    assert scores.prf("actor")[2] == 1.0 and scores.prf("recipient")[2] == 1.0


def test_a_missing_dictionary_is_a_one_line_error(tmp_path):
    records = tmp_path / "r.jsonl"
    records.write_text(json.dumps({"id": "x", "text": "Zembla attacked Koramia.",
                                   "expected_events": [{"source": "ZEM", "target": "KRM", "event": "190"}]}) + "\n")
    table = tmp_path / "map.txt"
    table.write_text("190: ASSAULT, , military\n")
    result = CliRunner().invoke(main, ["eval", "plover", str(records), "--cameo-map", str(table),
                                       "--actors", str(tmp_path / "absent.txt")])
    assert result.exit_code == 1
    assert "absent.txt: cannot read the actor dictionary" in result.output
    assert "Traceback" not in result.output
