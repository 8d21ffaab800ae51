import io

from tacitus.errors import ReadError
from tacitus.read import expand_paths, iter_articles
from tacitus.read.stdin import read_stdin

from .helpers import ARTICLE, SECOND


def test_directories_are_walked_recursively_in_name_order(tmp_path):
    (tmp_path / "b").mkdir()
    (tmp_path / "b" / "z.txt").write_text(ARTICLE, encoding="utf-8")
    (tmp_path / "a.html").write_text(f"<html><body><p>{ARTICLE}</p></body></html>", encoding="utf-8")
    (tmp_path / "NOTES").write_text(ARTICLE, encoding="utf-8")  # no suffix: read as text
    (tmp_path / "readme.md").write_text("skipped", encoding="utf-8")
    (tmp_path / ".hidden.txt").write_text("skipped", encoding="utf-8")
    (tmp_path / ".git").mkdir()
    (tmp_path / ".git" / "x.txt").write_text("skipped", encoding="utf-8")
    found = [p.relative_to(tmp_path).as_posix() for p in expand_paths([tmp_path])]
    assert found == ["NOTES", "a.html", "b/z.txt"]


def test_glob_patterns_are_expanded(tmp_path):
    for name in ("one.txt", "two.txt", "three.html"):
        (tmp_path / name).write_text(ARTICLE, encoding="utf-8")
    found = [p.name for p in expand_paths([str(tmp_path / "*.txt")])]
    assert found == ["one.txt", "two.txt"]


def test_a_single_path_string_is_accepted(tmp_path):
    (tmp_path / "one.txt").write_text(ARTICLE, encoding="utf-8")
    assert [a.id for a in iter_articles(str(tmp_path / "one.txt"))] == ["one"]


def test_expand_is_lazy(tmp_path):
    (tmp_path / "one.txt").write_text(ARTICLE, encoding="utf-8")
    walker = expand_paths([str(tmp_path), str(tmp_path / "missing")])
    assert next(walker).name == "one.txt"  # nothing after it has been looked at yet
    assert isinstance(next(walker), ReadError)


def test_stdin_plain_text_gets_a_content_id():
    [first] = read_stdin(stream=io.BytesIO(ARTICLE.encode()))
    [again] = read_stdin(stream=io.BytesIO(ARTICLE.encode()))
    assert first.text == ARTICLE and first.source == "<stdin>"
    assert first.id == again.id and first.id.startswith("sha1-")


def test_stdin_html_and_jsonl_are_recognised():
    [page] = read_stdin(stream=io.BytesIO(f"<!doctype html><html><body><article><p>{ARTICLE}</p></article></body></html>".encode()))
    assert page.text == ARTICLE
    lines = f'{{"text": "{ARTICLE}"}}\n{{"text": "{SECOND}", "published": "2024-10-08"}}\nbroken\n'
    first, second, bad = read_stdin(stream=io.BytesIO(lines.encode()), published=None)
    assert first.id == "stdin:1" and second.published == "2024-10-08"
    assert str(bad).startswith("<stdin>:3: not valid JSON")


def test_empty_stdin_is_an_error():
    [error] = read_stdin(stream=io.BytesIO(b""))
    assert str(error) == "<stdin>: empty file"


def test_count_articles_matches_what_is_read_without_reading_it(tmp_path):
    from tacitus.read import count_articles

    (tmp_path / "a.txt").write_text(ARTICLE, encoding="utf-8")
    (tmp_path / "b.jsonl").write_text(f'{{"text": "{ARTICLE}"}}\n\nbroken\n{{"text": "{SECOND}"}}\n',
                                      encoding="utf-8")
    (tmp_path / "c.csv").write_text(f'title,text\nOne,"{ARTICLE}"\nTwo,"line one\n\nline two"\n',
                                    encoding="utf-8")
    (tmp_path / "d.rss").write_text(
        "<rss version='2.0'><channel><title>T</title>"
        + "".join(f"<item><title>{n}</title><description>{ARTICLE}</description></item>" for n in range(3))
        + "</channel></rss>", encoding="utf-8")
    paths = [str(tmp_path), str(tmp_path / "missing.txt")]
    assert count_articles(paths) == len(list(iter_articles(paths))) == 1 + 3 + 2 + 3 + 1
    assert count_articles(["-"]) is None
