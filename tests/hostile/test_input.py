"""Hostile inputs to `extract` and `ingest` (issue 16, items 2-8): each is one line naming
the input and the problem, never a traceback, and the good inputs around it still count."""
from __future__ import annotations

import json
import os
import threading

import pytest
from click.testing import CliRunner

from tacitus.cli import main
from tacitus.errors import ReadError
from tacitus.read import iter_articles, read_path
from tacitus.store import Store

from tests.read.helpers import ARTICLE, SECOND


def _lines(output: str) -> list[str]:
    return [line for line in output.splitlines() if line.strip()]


def _read(path) -> tuple[list, list[ReadError]]:
    items = read_path(path)
    return ([i for i in items if not isinstance(i, ReadError)], [i for i in items if isinstance(i, ReadError)])


def test_lone_surrogate_in_a_record_is_one_error_and_the_next_line_is_read(tmp_path):
    """Item 2: JSON "\\ud800" decodes to a string UTF-8 cannot hold."""
    path = tmp_path / "news.jsonl"
    path.write_text(json.dumps({"text": ARTICLE + " \ud800"}) + "\n"
                    + json.dumps({"text": SECOND}) + "\n", encoding="utf-8")
    good, bad = _read(path)
    assert [a.text for a in good] == [SECOND]
    assert len(bad) == 1 and bad[0].source == f"{path}:1" and "surrogate" in bad[0].problem


def test_lone_surrogate_ingest_stores_the_rest_and_finishes_the_run(tmp_path):
    path = tmp_path / "news.jsonl"
    path.write_text(json.dumps({"text": ARTICLE, "title": "bad \udc00 title"}) + "\n"
                    + json.dumps({"text": SECOND}) + "\n", encoding="utf-8")
    db = tmp_path / "s.db"
    result = CliRunner().invoke(main, ["ingest", str(path), "--db", str(db), "--no-progress"])
    assert result.exit_code == 0, result.output
    assert "Traceback" not in result.output
    with Store.open(db, readonly=True) as store:
        assert store.counts()["articles"] == 1
        assert [r["status"] for r in store.runs()] == ["done"]
        assert "surrogate" in store.errors()[0]["reason"]


@pytest.mark.parametrize("opening", ["[", "{\"a\":"])
def test_deeply_nested_json_is_one_error_and_the_next_line_is_read(tmp_path, opening):
    """Item 3: 100,000 nested brackets overflow Python's recursion limit."""
    path = tmp_path / "deep.jsonl"
    path.write_text(opening * 100_000 + "\n" + json.dumps({"text": ARTICLE}) + "\n", encoding="utf-8")
    good, bad = _read(path)
    assert [a.text for a in good] == [ARTICLE]
    assert len(bad) == 1 and "nested too deeply" in bad[0].problem


def test_deeply_nested_json_file(tmp_path):
    path = tmp_path / "deep.json"
    path.write_text("[" * 100_000, encoding="utf-8")
    good, bad = _read(path)
    assert not good and "nested too deeply" in bad[0].problem


def test_deeply_nested_json_on_standard_input():
    from tacitus.read.stdin import read_stdin
    import io

    data = ("{\"a\":" * 100_000 + "\n" + json.dumps({"text": ARTICLE}) + "\n").encode()
    items = list(read_stdin(stream=io.BytesIO(data)))
    assert [type(i).__name__ for i in items] == ["ReadError", "Article"]


@pytest.mark.skipif(os.name != "posix", reason="POSIX file names")
def test_file_name_that_is_not_utf8_is_ingested(tmp_path):
    """Item 4: the name is shown and stored with its bad byte escaped."""
    folder = tmp_path / "in"
    folder.mkdir()
    with open(os.path.join(os.fsencode(folder), b"caf\xe9.txt"), "w", encoding="utf-8") as fh:
        fh.write(ARTICLE)
    db = tmp_path / "s.db"
    result = CliRunner().invoke(main, ["ingest", str(folder), "--db", str(db), "--no-progress"])
    assert result.exit_code == 0, result.output
    with Store.open(db, readonly=True) as store:
        [row] = store.articles()
        assert row["source"].endswith("caf\\xe9.txt")


def test_rows_after_an_oversized_csv_field_are_read(tmp_path):
    """Item 5: a field over the old csv limit ended the file silently."""
    path = tmp_path / "news.csv"
    huge = "word " * 1_000_000  # 5 MB: over the article limit and over the old field limit
    path.write_text(f'text\n"{huge}"\n"{ARTICLE}"\n"{SECOND}"\n', encoding="utf-8")
    good, bad = _read(path)
    assert [a.text for a in good] == [ARTICLE, SECOND]
    assert len(bad) == 1 and "limit for one article" in bad[0].problem


@pytest.mark.skipif(not hasattr(os, "mkfifo"), reason="named pipes")
@pytest.mark.parametrize("inside_directory", [False, True])
def test_fifo_is_skipped_with_a_line_not_read(tmp_path, inside_directory):
    """Item 6: opening a FIFO nobody writes to blocks forever."""
    folder = tmp_path / "in"
    folder.mkdir()
    fifo = folder / "pipe.txt"
    os.mkfifo(fifo)
    (folder / "good.txt").write_text(ARTICLE, encoding="utf-8")
    target = folder if inside_directory else fifo
    found: list = []
    reader = threading.Thread(target=lambda: found.extend(iter_articles([target])), daemon=True)
    reader.start()
    reader.join(10)
    if reader.is_alive():  # unblock the reader so the test process can end
        with open(fifo, "w"):
            pass
        pytest.fail("reading a FIFO hung")
    errors = [i for i in found if isinstance(i, ReadError)]
    assert len(errors) == 1 and errors[0].source == str(fifo)
    assert "named pipe" in errors[0].problem and "not a regular file" in errors[0].problem
    assert len(found) == (2 if inside_directory else 1)


@pytest.mark.parametrize("text, code", [
    # Chinese news: the identifier says zh at well under 0.9
    ("北京——中国外交部发言人周二在例行记者会上表示，中方愿同各方一道，推动地区局势缓和。"
     "他说，各方应当保持克制，通过对话协商解决分歧，共同维护地区和平稳定。记者会上，"
     "发言人还回答了有关经贸合作的提问，表示双方将继续加强沟通。", "zh"),
    ("Le ministre des Affaires étrangères a déclaré mardi que les négociations reprendraient "
     "la semaine prochaine à Genève, après trois jours de consultations avec les deux parties. "
     "« Nous sommes prêts », a-t-il dit aux journalistes.", "fr"),
])
def test_text_not_most_likely_english_is_refused(tmp_path, text, code):
    """Item 7: refused whenever English is not the most likely language."""
    path = tmp_path / "story.txt"
    path.write_text(text, encoding="utf-8")
    good, bad = _read(path)
    assert not good and bad[0].problem.endswith(f"({code}), not English")


def test_english_with_foreign_names_is_still_read(tmp_path):
    path = tmp_path / "story.txt"
    path.write_text(ARTICLE + " " + SECOND, encoding="utf-8")
    good, bad = _read(path)
    assert len(good) == 1 and not bad


def test_empty_published_is_refused():
    """Item 8: --published "" silently meant no date."""
    result = CliRunner().invoke(main, ["extract", "-", "--published", ""], input=ARTICLE)
    assert result.exit_code == 2
    assert "empty value" in result.output


def test_newline_in_a_file_name_stays_on_one_line(tmp_path):
    path = tmp_path / "two\nlines.txt"
    path.write_text("", encoding="utf-8")
    result = CliRunner().invoke(main, ["extract", str(path)])
    skipped = [line for line in _lines(result.output) if "skipped /" in line]
    assert len(skipped) == 1 and "two\\nlines.txt: empty file" in skipped[0]


def test_ingest_of_nothing_readable_exits_1(tmp_path):
    (tmp_path / "empty.txt").write_text("", encoding="utf-8")
    result = CliRunner().invoke(main, ["ingest", str(tmp_path / "empty.txt"), "--db", str(tmp_path / "s.db"),
                                       "--no-progress"])
    assert result.exit_code == 1
    assert "no article could be read" in result.output and "Traceback" not in result.output
