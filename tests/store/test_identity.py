"""One actor per real person across the corpus: name variants, and the user's merge and split."""
from __future__ import annotations

import pytest
from click.testing import CliRunner

from tacitus.cli import main
from tacitus.store import Store
from tacitus.store.kb import one_edit_apart, without_initials

from .helpers import report


def person_report(key, name, country="TRS", sector="GOV", day="2024-02-01"):
    text = f"{name} said the talks failed on Monday."
    return report(key, text, day, actors=[("p", name, "person", country, sector)])


@pytest.fixture
def store(tmp_path):
    s = Store.open(tmp_path / "i.db")
    yield s
    s.close()


def actor_ids(store, *names):
    return [store.conn.execute("SELECT actor_id FROM article_actors WHERE name = ?", (n,)).fetchone()[0]
            for n in names]


def test_helpers():
    assert without_initials("ivo r gregan") == "ivo gregan" and without_initials("r ivo gregan") == "r ivo gregan"
    assert one_edit_apart("saree", "sarea") and one_edit_apart("gregan", "greggan")
    assert not one_edit_apart("gregan", "grogen") and not one_edit_apart("ivo", "ivo")


def test_middle_initials_and_one_letter_spellings_join(store):
    for key, name in (("a", "Ivo Gregan"), ("b", "Ivo R. Gregan"), ("c", "Yahya Saree"), ("d", "Yahya Sarea")):
        store.add_report(person_report(key, name))
    a, b, c, d = actor_ids(store, "Ivo Gregan", "Ivo R. Gregan", "Yahya Saree", "Yahya Sarea")
    assert a == b and c == d and a != c


def test_variants_of_other_states_or_sectors_stay_apart(store):
    store.add_report(person_report("a", "Yahya Saree", "TRS", "MIL"))
    store.add_report(person_report("b", "Yahya Sarea", "VRN", "MIL"))  # another state
    store.add_report(person_report("c", "Yahya Sares", "TRS", "BUS"))  # another sector
    store.add_report(person_report("d", "Ivo Q. Gregan"))
    store.add_report(person_report("e", "Ivo R. Gregan"))  # other initials: another person
    ids = actor_ids(store, "Yahya Saree", "Yahya Sarea", "Yahya Sares", "Ivo Q. Gregan", "Ivo R. Gregan")
    assert len(set(ids)) == 5


def test_merge_and_split_from_the_command_line(store, tmp_path):
    store.add_report(person_report("a", "Anya Brandt", "XVL"))
    store.add_report(person_report("b", "A. Brandt", "XKM"))
    db = str(tmp_path / "i.db")
    store.close()
    run = CliRunner().invoke
    done = run(main, ["actors", "--db", db, "--merge", "Anya Brandt", "A. Brandt"])
    assert done.exit_code == 0, done.output
    with Store.open(db) as s:
        assert len(set(actor_ids(s, "Anya Brandt", "A. Brandt"))) == 1
    done = run(main, ["actors", "--db", db, "--split", "Anya Brandt", "A. Brandt"])
    assert done.exit_code == 0, done.output
    with Store.open(db) as s:
        a, b = actor_ids(s, "Anya Brandt", "A. Brandt")
        assert a != b
        assert s.conn.execute("SELECT name FROM actors WHERE id = ?", (b,)).fetchone()[0] == "A. Brandt"
        assert s.conn.execute("SELECT COUNT(*) FROM mentions WHERE actor_id = ?", (b,)).fetchone()[0] >= 1
    bad = run(main, ["actors", "--db", db, "--merge", "Nobody Here", "Anya Brandt"])
    assert bad.exit_code == 1 and "no such actor" in bad.output and "Traceback" not in bad.output
