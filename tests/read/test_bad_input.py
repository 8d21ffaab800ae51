"""Every kind of bad input is one ReadError naming the input and the problem, in one line."""
import pytest

from tacitus.errors import ReadError
from tacitus.read import article as article_mod
from tacitus.read import iter_articles, read_path
from tacitus.report import Article

from .helpers import ARTICLE

PNG = b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR\x00\x00\x00\x10" + bytes(range(256))


def _one_error(path) -> ReadError:
    [item] = read_path(path)
    assert isinstance(item, ReadError), item
    assert item.source.startswith(str(path))
    assert "\n" not in str(item)
    return item


def test_missing_path(tmp_path):
    error = _one_error(tmp_path / "missing.txt")
    assert error.problem == "no such file or directory"


def test_directory_with_no_articles(tmp_path):
    (tmp_path / "notes.md").write_text("not an article", encoding="utf-8")
    (tmp_path / "picture.png").write_bytes(PNG)
    error = _one_error(tmp_path)
    assert error.problem.startswith("directory with no articles")


def test_glob_that_matches_nothing(tmp_path):
    [error] = read_path(str(tmp_path / "*.txt"))
    assert str(error) == f"{tmp_path / '*.txt'}: no files match this pattern"


@pytest.mark.parametrize("content, problem", [
    (b"", "empty file"),
    (b"  \n\n\t \n", "no text (only whitespace)"),
])
def test_empty_and_whitespace_files(tmp_path, content, problem):
    path = tmp_path / "a.txt"
    path.write_bytes(content)
    assert _one_error(path).problem == problem


def test_png_renamed_to_txt(tmp_path):
    path = tmp_path / "photo.txt"
    path.write_bytes(PNG)
    assert _one_error(path).problem == "a PNG image, not text"


def test_nul_bytes(tmp_path):
    path = tmp_path / "dump"
    path.write_bytes(ARTICLE.encode()[:50] + b"\x00\x00\x01\x02" * 20)
    assert _one_error(path).problem == "binary data (NUL bytes), not text"


def test_cp1252_text_is_decoded(tmp_path):
    text = ("The café owners of Norland’s capital said on Tuesday that the new rules were “unfair” "
            "and that they would close their doors for a day in protest against the tax.")
    path = tmp_path / "legacy.txt"
    path.write_bytes(text.encode("cp1252"))
    [article] = read_path(path)
    assert isinstance(article, Article)
    assert article.text == text


def test_utf16_with_bom_is_decoded(tmp_path):
    path = tmp_path / "wide.txt"
    path.write_bytes(ARTICLE.encode("utf-16"))
    [article] = read_path(path)
    assert article.text == ARTICLE


def test_undecodable_bytes_are_an_error(tmp_path):
    path = tmp_path / "noise.txt"
    path.write_bytes(bytes(range(128, 256)) * 40 + b"\x01\x02\x03\x04\x05\x06\x07\x08" * 200)
    error = _one_error(path)
    assert "not text" in error.problem or "could not be detected" in error.problem


def test_article_over_the_size_limit(tmp_path, monkeypatch):
    monkeypatch.setattr(article_mod, "MAX_ARTICLE_BYTES", 1000)
    path = tmp_path / "long.jsonl"
    path.write_text('{"text": "%s"}\n' % (ARTICLE * 10), encoding="utf-8")
    error = _one_error(path)
    assert "over the 0.001 MB limit for one article" in error.problem


def test_text_file_over_the_size_limit_is_not_read_whole(tmp_path):
    from tacitus.read import MAX_ARTICLE_BYTES

    path = tmp_path / "huge.txt"
    with path.open("wb") as fh:
        fh.truncate(MAX_ARTICLE_BYTES + 1)  # sparse: nothing to read if the size is checked first
    assert "over the 2 MB limit" in _one_error(path).problem


def test_non_english_text_names_the_language(tmp_path):
    path = tmp_path / "nachricht.txt"
    path.write_text("Die Regierung von Norland hat am Dienstag angekündigt, die Grenze zu Estmarch "
                    "nach drei Wochen Verhandlungen wieder zu öffnen. Die ersten Lastwagen sollen am "
                    "Freitag die Grenze passieren, sagte die Innenministerin in der Hauptstadt.",
                    encoding="utf-8")
    assert _one_error(path).problem == "text is in German (de), not English"


def test_short_text_is_not_refused_for_its_language(tmp_path):
    path = tmp_path / "short.txt"
    path.write_text("Veloria: Brandt resigns.", encoding="utf-8")
    [article] = read_path(path)
    assert isinstance(article, Article)


def test_one_bad_input_does_not_stop_the_others(tmp_path):
    good = tmp_path / "good.txt"
    good.write_text(ARTICLE, encoding="utf-8")
    empty = tmp_path / "empty.txt"
    empty.write_text("", encoding="utf-8")
    items = list(iter_articles([str(tmp_path / "nope.txt"), str(empty), str(good)]))
    assert [type(i).__name__ for i in items] == ["ReadError", "ReadError", "Article"]
