"""The store itself: atomic writes, the actor knowledge base, queries and exports."""
from __future__ import annotations

import csv
import io
import json
import sqlite3

import pytest

from tacitus.store import cameo

from tacitus.store import Store, StoreError, schema
from tacitus.store.export import GDELT_COLUMNS, export

from .helpers import report


@pytest.fixture
def store(tmp_path):
    s = Store.open(tmp_path / "s.db")
    yield s
    s.close()


def spokesman_named(key="n1", day="2024-02-01"):
    text = "Tarsin spokesman Ivo Gregan said the talks failed. \"We will not sign,\" Gregan said."
    return report(key, text, day, actors=[("g", "Ivo Gregan", "person", "TRS", "GOV", "Tarsin spokesman")],
                  quotes=[("g", "We will not sign")])


def spokesman_unnamed(key="u1", day="2024-02-03"):
    text = "The Tarsin spokesman rejected the offer. \"It is too late,\" the Tarsin spokesman said."
    return report(key, text, day, actors=[("s", "Tarsin spokesman", "person", "TRS", "GOV")],
                  quotes=[("s", "It is too late")])


def test_schema_is_versioned_and_wal(store):
    assert store.conn.execute("PRAGMA user_version").fetchone()[0] == schema.VERSION
    assert store.conn.execute("PRAGMA journal_mode").fetchone()[0] == "wal"


def test_same_content_changes_nothing_and_changed_text_replaces(store):
    r = spokesman_named()
    assert store.add_report(r) == "added"
    before = store.counts()
    assert store.add_report(r) == "unchanged"
    assert store.counts() == before
    r.article.text += " Talks may resume."
    assert store.add_report(r) == "replaced"
    assert store.counts()["articles"] == 1 and store.counts()["quotes"] == 1
    assert store.report("n1").article.text.endswith("resume.")  # the full Report is kept


def test_a_failed_write_leaves_nothing(store):
    r = spokesman_named()
    r.quotes[0].text = None  # violates NOT NULL half-way through the article
    with pytest.raises(sqlite3.IntegrityError):
        store.add_report(r)
    assert store.counts()["articles"] == 0 and store.counts()["actors"] == 0


def test_role_meets_the_name_in_either_order(tmp_path):
    for order in ([spokesman_named(), spokesman_unnamed()], [spokesman_unnamed(), spokesman_named()]):
        with Store.open(tmp_path / f"kb{len(list(tmp_path.iterdir()))}.db") as s:
            for r in order:
                s.add_report(r)
            people = [a for a in s.actors() if a["kind"] == "person"]
            assert [p["name"] for p in people] == ["Ivo Gregan"]
            assert people[0]["n_quotes"] == 2
            assert people[0]["roles"][0]["role"] == "Tarsin spokesman"
            assert len(s.quotes(speaker="Gregan")) == 2


def test_role_goes_to_the_holder_of_that_time(store):
    store.add_report(spokesman_named("n1", "2020-01-01"))
    text = "Tarsin spokesman Lena Morrow said the border was closed."
    store.add_report(report("n2", text, "2024-01-01",
                            actors=[("l", "Lena Morrow", "person", "TRS", "GOV", "Tarsin spokesman")]))
    store.add_report(spokesman_unnamed("u2", "2023-12-30"))
    assert [q["speaker"] for q in store.quotes(q="too late")] == ["Lena Morrow"]


def test_user_actors_file_adds_and_corrects(store, tmp_path):
    store.add_report(report("p1", "Gen. Oru Bakti inspected troops in Tellburg.", "2024-04-01",
                            actors=[("b", "Oru Bakti", "person", None, None)]))
    store.add_report(report("p2", "General Bakti-Oru left Tellburg.", "2024-04-02",
                            actors=[("b", "Bakti-Oru", "person", None, None)]))
    path = tmp_path / "actors.yaml"
    path.write_text("actors:\n  - name: Oru Bakti\n    aliases: [Bakti-Oru]\n    country: MRV\n    sector: MIL\n"
                    "    roles: [{role: Army chief, from: 2023-01-01}]\n", encoding="utf-8")
    assert store.apply_actors_file(path) == 1
    (bakti,) = store.actors(q="Bakti")
    assert (bakti["country"], bakti["sector"], bakti["n_articles"]) == ("MRV", "MIL", 2)
    assert bakti["user_defined"] and bakti["roles"][0]["role"] == "Army chief"
    bad = tmp_path / "bad.yaml"
    bad.write_text("actors: [1, 2]", encoding="utf-8")
    with pytest.raises(ValueError, match="bad.yaml"):
        store.apply_actors_file(bad)


def _corpus(store):
    t1 = "Marovia shelled Tellburg in Velia, killing 5. \"This is a crime,\" said Velia minister Ada Rhee."
    store.add_report(report("q1", t1, "2024-03-01",
                            actors=[("m", "Marovia", "state", "MRV", "GOV"), ("v", "Velia", "state", "VEL", "GOV"),
                                    ("a", "Ada Rhee", "person", "VEL", "GOV", "minister")],
                            events=[dict(type="ASSAULT", trigger="shelled", actors=["m"], recipients=["v"],
                                         place="Tellburg", country="VEL", date="2024-03-01", killed=(5, 5))],
                            quotes=[("a", "This is a crime")]))
    t2 = "Velia and Ostria held talks in Port Vane about grain exports."
    store.add_report(report("q2", t2, "2024-04-10",
                            actors=[("v", "Velia", "state", "VEL", "GOV"), ("o", "Ostria", "state", "OST", "GOV")],
                            events=[dict(type="CONSULT", trigger="held talks", actors=["v"], recipients=["o"],
                                         place="Port Vane", country="OST", date="2024-04-10")]))


def test_event_filters(store):
    _corpus(store)
    assert [e["type"] for e in store.events(actor="Marovia")] == ["ASSAULT"]
    assert [e["type"] for e in store.events(recipient="Ostria")] == ["CONSULT"]
    assert store.count_events(country="VEL") == 2 and store.count_events(country="MRV") == 1
    assert store.count_events(type="consult") == 1 and store.count_events(status="negated") == 0
    assert store.count_events(date_from="2024-04-01") == 1 and store.count_events(date_to="2024-03-31") == 1
    assert store.count_events(place="Vane") == 1
    assert store.count_events(q="grain") == 1 and store.count_events(q="grain crime") == 0
    (e,) = store.events(type="ASSAULT")
    assert e["cameo"] == "190" and e["quad_class"] == 4
    if cameo.reference_table():  # the CAMEO reference table is read from ../shared when present
        assert e["goldstein"] == -10.0 and e["cameo_name"] == "Use conventional military force"
    assert e["sentence"].startswith("Marovia shelled") and e["trigger"] == "shelled"
    assert store.articles(q="grain")[0]["key"] == "q2"
    marovia = store.actors(q="Marovia")[0]["id"]
    assert store.actor_network(marovia) == [{"source": marovia, "target": store.actors(q="Velia")[0]["id"],
                                             "source_name": "Marovia", "target_name": "Velia",
                                             "type": "ASSAULT", "count": 1}]
    assert {t["key"] for t in store.timeline_counts(by="quad")} == {1, 4}
    assert [x["what"] for x in store.timeline("Velia")] == ["event", "event"]
    assert store.quotes(q="crime")[0]["speaker"] == "Ada Rhee"


def test_exports(store, tmp_path):
    _corpus(store)
    out = io.StringIO()
    assert export(store, "jsonl", out) == 2
    assert json.loads(out.getvalue().splitlines()[0])["type"] == "ASSAULT"
    out = io.StringIO()
    export(store, "csv", out)
    rows = list(csv.DictReader(io.StringIO(out.getvalue())))
    assert rows[0]["actors"] == "Marovia" and rows[0]["killed"] == "5"
    out = io.StringIO()
    export(store, "plover", out)
    first = json.loads(out.getvalue())[0]
    assert first["event"] == ["ASSAULT"] and first["source"][0] == {"actor_text": "Marovia", "code": "MRV",
                                                                    "sector": "GOV"}
    assert first["recipient"][0]["actor_text"] == "Velia" and first["event_loc"]["name"] == "Tellburg"
    assert first["dead"] == 5 and first["event_text"] == ["shelled"]
    assert [c["title"] for c in first["cite_info"]] == [store.articles()[-1]["title"]]
    out = io.StringIO()
    export(store, "gdelt", out)
    rows = list(csv.DictReader(io.StringIO(out.getvalue()), delimiter="\t"))
    assert (rows[0]["EventRootCode"], rows[0]["QuadClass"], rows[1]["QuadClass"]) == ("19", "4", "1")
    assert rows[0]["Actor1CountryCode"] == "MRV"
    assert list(rows[0])[:61] == GDELT_COLUMNS and len(GDELT_COLUMNS) == 61 and "Killed" in rows[0]
    assert rows[0]["Day"] and rows[0]["MonthYear"] == rows[0]["Day"][:6] and rows[0]["Year"] == rows[0]["Day"][:4]
    assert float(rows[0]["FractionDate"]) == pytest.approx(int(rows[0]["Year"]) + 0.5, abs=0.5)
    assert len(rows[0]["DATEADDED"]) == 14 and rows[0]["SOURCEURL"]
    if cameo.reference_table():
        assert float(rows[1]["GoldsteinScale"]) > 0
    import pyarrow.parquet as pq

    assert export(store, "parquet", tmp_path / "e.parquet") == 2
    assert pq.read_table(tmp_path / "e.parquet").column("type").to_pylist() == ["ASSAULT", "CONSULT"]


def test_bad_store_files_give_one_line_errors(tmp_path):
    with pytest.raises(StoreError, match="no such store"):
        Store.open(tmp_path / "missing.db", readonly=True)
    junk = tmp_path / "junk.db"
    junk.write_text("not a database at all" * 100)
    with pytest.raises(StoreError, match="junk.db"):
        Store.open(junk)
