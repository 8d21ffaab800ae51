from tacitus import dictionaries


def test_find_below_folders_in_order(tmp_path, monkeypatch):
    first, second = tmp_path / "a", tmp_path / "b"
    (first / "deep" / "er").mkdir(parents=True)
    second.mkdir()
    (first / "deep" / "er" / "CAMEO.2.0.txt").write_text("x")
    (second / "CAMEO.2.0.txt").write_text("y")
    monkeypatch.setenv(dictionaries.ENV, f"{first}:{second}")
    assert dictionaries.find("CAMEO.2.0.txt").read_text() == "x"
    monkeypatch.setenv(dictionaries.ENV, str(second))
    assert dictionaries.find("CAMEO.2.0.txt").read_text() == "y"


def test_nothing_without_the_variable(monkeypatch):
    monkeypatch.delenv(dictionaries.ENV, raising=False)
    assert dictionaries.folders() == []
    assert dictionaries.find("CAMEO.2.0.txt") is None
