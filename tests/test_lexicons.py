"""Every lexicon kind is checked as it is read: a broken file, bundled or the user's, is
one line naming the file and the key, before any article is read."""
from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest

from tacitus import lexicons
from tacitus.lexicons import kinds

ROOT = Path(__file__).resolve().parent.parent

# One broken user file a kind: (file name, content, the key the message must name, words of the problem)
BROKEN = [
    ("actors.yaml", "Ana Lopes: {country: XVL, roles: [{role: Minister, from: next year}]}\n",
     "Ana Lopes.roles[0].from", "a date"),
    ("boilerplate.yaml", "max_line_length: eighty\n", "max_line_length", "a whole number"),
    ("cameo_countries.yaml", "countries: [JAP, JPN]\n", "countries", "a mapping"),
    ("casualties.yaml", "qualifiers:\n  at the very least: minimum\n", "qualifiers.at the very least", "one of min"),
    ("channels.yaml", "patterns:\n  - {kind: social, regex: '(?P<channel>Telegram'}\n", "patterns[0].regex",
     "regular expression"),
    ("holidays.yaml", "founders_day: {names: [Founders Day], fixed: 10-32}\n", "founders_day.fixed", "MM-DD"),
    ("not_actors.yaml", "diseases: 'h\\d+n\\d+'\n", "diseases", "a list"),
    ("outlets.yaml", "Radio Marova: {country: XVL, alias: [RM]}\n", "Radio Marova.alias", "unknown key"),
    ("places.yaml", "regions:\n  Upper Vale: [XVL, 45.3]\n", "regions.Upper Vale", "[country, latitude, longitude]"),
    ("plover.yaml", "types:\n  ASSAULT: {cameo: 190, summary: use force}\n", "types.ASSAULT.cameo",
     "put the text in quotes"),
    ("plover_triggers.yaml", "verbs:\n  ambush: {mode: ambush}\n", "verbs.ambush", "'type' is missing"),
    ("reporting_verbs.yaml", "classes:\n  gossip: {act: rumour, verbs: {whisper: {}}}\n", "classes.gossip.act",
     "one of speech"),
    ("time_words.yaml", "future_cues: will\n", "future_cues", "a list"),
    ("titles.yaml", "titles:\n  president: GOV\n", "titles.president", "a mapping"),
    ("word_classes.yaml", "intent_nouns: scheme\n", "intent_nouns", "a list"),
    ("demonyms.csv", "demonym,country\nVelorian,XVL\nKastmarker,\n", "line 3", "'country' is empty"),
    ("plover_cameo.csv", "plover,cameo\nASSAULT,190\n", "line 1", "header"),
]


@pytest.fixture()
def user_lexicons(tmp_path, monkeypatch):
    """A user lexicon folder on TACITUS_LEXICONS, with the lexicon cache emptied on the
    way in and out (nothing else sees its files)."""
    folder = tmp_path / "my-lexicons"
    folder.mkdir()
    monkeypatch.setenv("TACITUS_LEXICONS", str(folder))
    lexicons.load.cache_clear()
    yield folder
    monkeypatch.delenv("TACITUS_LEXICONS")
    lexicons.load.cache_clear()


def _error(folder: Path) -> str:
    with pytest.raises(lexicons.LexiconError) as caught:
        lexicons.check_all()
    return str(caught.value)


def test_every_kind_has_a_broken_file_test():
    assert sorted(name for name, *_ in BROKEN) == kinds.KINDS


@pytest.mark.parametrize("name, content, key, problem", BROKEN, ids=[b[0] for b in BROKEN])
def test_a_broken_user_file_names_file_and_key(user_lexicons, name, content, key, problem):
    (user_lexicons / name).write_text(content, encoding="utf-8")
    message = _error(user_lexicons)
    assert "\n" not in message
    assert message.startswith(f"lexicon {user_lexicons / name}: {key}: "), message
    assert problem in message


@pytest.mark.parametrize("name", sorted(kinds.YAML_KINDS))
def test_a_good_user_file_of_every_kind_passes(user_lexicons, name):
    """The bundled file itself, as a user file: what we ship is a valid extension."""
    (user_lexicons / name).write_text((lexicons.HERE / name).read_text(encoding="utf-8"), encoding="utf-8")
    lexicons.check_all()


def test_a_key_written_twice_is_an_error(user_lexicons):
    """A comment line that lost its '#' is a live key that a later one silently replaced."""
    (user_lexicons / "plover_triggers.yaml").write_text(
        "support_verbs: verbs whose object is the event\nignore: [sign up]\nsupport_verbs: [launch, stage]\n",
        encoding="utf-8")
    message = _error(user_lexicons)
    assert message == (f"lexicon {user_lexicons / 'plover_triggers.yaml'}: support_verbs: key written twice "
                       "(lines 1 and 3); YAML would keep only the last")


def test_a_key_written_twice_inside_a_mapping_is_named_by_its_path(user_lexicons):
    (user_lexicons / "titles.yaml").write_text("titles:\n  envoy: {sector: GOV}\n  envoy: {sector: IGO}\n",
                                               encoding="utf-8")
    assert ": titles.envoy: key written twice (lines 2 and 3)" in _error(user_lexicons)


def test_an_event_type_that_plover_does_not_have_is_named(user_lexicons):
    (user_lexicons / "plover_triggers.yaml").write_text(
        "verbs:\n  ambush: {type: ASSAULT, mode: firearms}\nnouns:\n  raid: {type: ASSUALT, cameo: \"190\"}\n",
        encoding="utf-8")
    message = _error(user_lexicons)
    assert message.startswith(f"lexicon {user_lexicons / 'plover_triggers.yaml'}: nouns.raid.type: "
                              "'ASSUALT' is no PLOVER type of plover.yaml (ACCUSE, AGREE, AID, ASSAULT,"), message


def test_a_type_the_user_adds_to_plover_is_a_type(user_lexicons):
    (user_lexicons / "plover.yaml").write_text("types:\n  BLOCKADE: {summary: close a port or road}\n",
                                               encoding="utf-8")
    (user_lexicons / "plover_triggers.yaml").write_text("nouns:\n  blockade: {type: BLOCKADE}\n", encoding="utf-8")
    lexicons.check_all()


def test_yaml_that_does_not_parse_names_the_line(user_lexicons):
    (user_lexicons / "titles.yaml").write_text("titles:\n  envoy: {sector: GOV\n  consul: {sector: GOV}\n",
                                               encoding="utf-8")
    message = _error(user_lexicons)
    assert message.startswith(f"lexicon {user_lexicons / 'titles.yaml'}: line ") and "not valid YAML" in message


def test_an_unquoted_yes_as_a_key_is_named(user_lexicons):
    (user_lexicons / "places.yaml").write_text("country_aliases:\n  no: NOR\n", encoding="utf-8")
    assert "country_aliases.False: a key must be text" in _error(user_lexicons)


def test_a_file_no_kind_is_named_like_is_an_error(user_lexicons):
    (user_lexicons / "title.yaml").write_text("titles: {}\n", encoding="utf-8")
    (user_lexicons / "README.md").write_text("my lexicons\n", encoding="utf-8")  # not a lexicon: ignored
    message = _error(user_lexicons)
    assert message.startswith(f"lexicon {user_lexicons / 'title.yaml'}: no lexicon has this name")


def test_the_bundled_and_sample_lexicons_are_valid(monkeypatch):
    monkeypatch.setenv("TACITUS_LEXICONS", str(ROOT / "sample-lexicons"))
    lexicons.load.cache_clear()
    try:
        lexicons.check_all()
    finally:
        monkeypatch.delenv("TACITUS_LEXICONS")
        lexicons.load.cache_clear()


def test_the_cli_stops_with_one_line_before_any_article(tmp_path):
    folder = tmp_path / "lex"
    folder.mkdir()
    (folder / "titles.yaml").write_text("titles:\n  president: GOV\n", encoding="utf-8")
    article = tmp_path / "a.txt"
    article.write_text("President Ana Lopes of Veloria met the envoy on Monday.", encoding="utf-8")
    env = {"PATH": "", "TACITUS_LEXICONS": str(folder), "HOME": str(tmp_path)}
    for args in (["extract", str(article)], ["ingest", str(article), "--db", str(tmp_path / "t.db"), "--no-progress"]):
        run = subprocess.run([sys.executable, "-c", "from tacitus.cli import main; main()", *args],
                             capture_output=True, text=True, env=env, cwd=tmp_path, timeout=120)
        assert run.returncode == 1
        assert run.stderr == (f"tacitus: lexicon {folder / 'titles.yaml'}: titles.president: expected a mapping "
                              "{sector, leader, generic, country}, got the text 'GOV'\n")
        assert run.stdout == ""
