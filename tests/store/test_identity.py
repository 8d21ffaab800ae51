"""One actor per real person across the corpus: name variants, and the user's merge and split."""
from __future__ import annotations

import pytest
from click.testing import CliRunner

from tacitus.cli import main
from tacitus.store import Store
from tacitus.store import kb
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


def test_why_names_were_joined_is_kept_and_shown(store, tmp_path):
    for key, name in (("a", "Ivo Gregan"), ("b", "Ivo R. Gregan"), ("c", "Yahya Saree"), ("d", "Yahya Sarea"),
                      ("e", "Nell Ostrova")):
        store.add_report(person_report(key, name))
    store.add_report(person_report("f", "Pia Ostrova", "XKM"))
    by_name = {a["name"]: a for a in store.actors(limit=20)}
    gregan = next(a for n, a in by_name.items() if "Gregan" in n)
    assert [(m["name"], m["reason"]) for m in gregan["merges"]] == [("Ivo R. Gregan", kb.WITHOUT_INITIALS)]
    saree = next(a for n, a in by_name.items() if n.startswith("Yahya"))
    assert [m["reason"] for m in saree["merges"]] == [kb.SPELLING]
    assert by_name["Nell Ostrova"]["merges"] == []  # known by its own name: nothing to explain
    db = str(tmp_path / "i.db")
    store.close()
    run = CliRunner().invoke
    assert run(main, ["actors", "--db", db, "--merge", "Nell Ostrova", "Pia Ostrova"]).exit_code == 0
    shown = run(main, ["actors", "--db", db, "--search", "Ostrova", "--format", "json"])
    assert shown.exit_code == 0 and "merged by the user" in shown.output and "Pia Ostrova" in shown.output
    with Store.open(db) as s:
        nell = s.actor(kb.actor_named(s.conn, "Nell Ostrova"))
        assert [(m["name"], m["reason"]) for m in nell["merges"]] == [("Pia Ostrova", kb.BY_USER)]
    assert run(main, ["actors", "--db", db, "--split", "Nell Ostrova", "Pia Ostrova"]).exit_code == 0
    with Store.open(db) as s:
        assert s.actor(kb.actor_named(s.conn, "Nell Ostrova"))["merges"] == []  # the split undid it


def test_a_store_of_the_previous_version_gets_the_merge_reasons_table(tmp_path):
    import sqlite3

    from tacitus.store import schema

    path = tmp_path / "old.db"
    with Store.open(path) as s:
        s.add_report(person_report("a", "Ivo Gregan"))
    conn = sqlite3.connect(path)
    conn.execute("DROP TABLE actor_merges")
    conn.execute("PRAGMA user_version = 8")
    conn.commit()
    conn.close()
    with Store.open(path) as s:
        assert s.conn.execute("PRAGMA user_version").fetchone()[0] == schema.VERSION
        s.add_report(person_report("b", "Ivo R. Gregan"))
        gregan = s.actors(limit=5)[0]
        assert gregan["merges"][0]["reason"] == kb.WITHOUT_INITIALS
        assert s.conn.execute("SELECT COUNT(*) FROM articles").fetchone()[0] == 2
