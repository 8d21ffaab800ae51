"""CAMEO names and Goldstein scores from the reference table, never from memory."""
from tacitus import dictionaries
from tacitus.store import cameo

TABLE = b'''"","eventtype_ID","name","code","goldstein","description"
"1",1,"MAKE PUBLIC STATEMENT","01",0,NA
"2",2,"Decline comment","011",-0.1,"caf\x82\xc4 text"
"3",3,"USE CONVENTIONAL MILITARY FORCE","19",-10,NA
"4",4,"Fight with artillery and tanks","194",-10,NA
"5",5,"Odd row","099",NA,NA
'''


def test_names_and_scores_from_the_table(tmp_path, monkeypatch):
    (tmp_path / "cameo-codes.csv").write_bytes(TABLE)  # not valid UTF-8, as published
    monkeypatch.setenv(dictionaries.ENV, str(tmp_path))
    assert cameo.name("194") == "Fight with artillery and tanks" and cameo.goldstein("194") == -10.0
    # a code not listed takes its closest listed prefix
    assert cameo.name("1951") == "USE CONVENTIONAL MILITARY FORCE" and cameo.goldstein("1951") == -10.0
    assert cameo.goldstein("011") == -0.1 and cameo.goldstein("010") == 0.0
    assert cameo.goldstein("099") is None  # a score the table does not give stays empty
    assert cameo.quad_class("194") == 4 and cameo.quad_class("011") == 1


def test_nothing_guessed_without_the_table(tmp_path, monkeypatch):
    monkeypatch.setenv(dictionaries.ENV, str(tmp_path))  # a folder without the table
    assert cameo.reference_table() == {}
    assert cameo.goldstein("190") is None and cameo.name("190") is None
    assert cameo.quad_class("190") == 4  # follows from the root alone
