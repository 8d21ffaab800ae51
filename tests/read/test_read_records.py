import json

from tacitus.errors import ReadError
from tacitus.read import read_path
from tacitus.report import Article

from .helpers import ARTICLE, SECOND


def test_jsonl_records_with_fields_and_default_ids(tmp_path):
    path = tmp_path / "news.jsonl"
    lines = [
        json.dumps({"id": "n-1", "text": ARTICLE, "published": "2024-10-08T09:00:00Z",
                    "url": "https://x.example/1", "title": "Border", "outlet": "Valley Post"}),
        "",
        json.dumps({"text": SECOND, "date": "8 October 2024"}),
    ]
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    first, second = read_path(path)
    assert (first.id, first.published, first.url, first.title, first.outlet) == (
        "n-1", "2024-10-08", "https://x.example/1", "Border", "Valley Post")
    assert first.text == ARTICLE
    assert second.id == "news.jsonl:3"  # stable: the file name and line
    assert second.published == "2024-10-08"
    assert second.source == f"{path}:3"


def test_each_bad_jsonl_line_is_its_own_error_and_the_rest_is_read(tmp_path):
    path = tmp_path / "mixed.jsonl"
    path.write_text("\n".join([
        json.dumps({"text": ARTICLE}),
        "{not json",
        json.dumps({"title": "no text here"}),
        json.dumps(["a", "list"]),
        json.dumps({"text": SECOND, "published": "someday"}),
        json.dumps({"text": "   "}),
        json.dumps({"text": SECOND}),
    ]), encoding="utf-8")
    items = read_path(path)
    assert [type(i).__name__ for i in items] == ["Article", "ReadError", "ReadError", "ReadError",
                                                   "ReadError", "ReadError", "Article"]
    errors = [str(i) for i in items if isinstance(i, ReadError)]
    assert errors[0].startswith(f"{path}:2: not valid JSON")
    assert errors[1] == f'{path}:3: record has no "text"'
    assert errors[2] == f"{path}:4: expected a JSON object, got list"
    assert errors[3].startswith(f'{path}:5: "published"')
    assert errors[4] == f'{path}:6: record has no "text"'
    assert all("\n" not in e for e in errors)


def test_empty_jsonl_file_is_an_error(tmp_path):
    path = tmp_path / "empty.jsonl"
    path.write_text("\n\n", encoding="utf-8")
    [error] = read_path(path)
    assert isinstance(error, ReadError) and "no records" in error.problem


def test_csv_with_text_column(tmp_path):
    path = tmp_path / "corpus.csv"
    multi_line = ARTICLE.replace(". ", ".\n\n", 1)
    path.write_text(
        'url,date,title,text\n'
        f'https://x.example/a,2019-01-04,"Border, reopened","{multi_line}"\n'
        f'https://x.example/b,2019-01-05,Farmers,"{SECOND}"\n'
        'https://x.example/c,2019-01-06,Empty,""\n', encoding="utf-8")
    first, second, third = read_path(path)
    assert first.text == multi_line and first.title == "Border, reopened"
    assert first.published == "2019-01-04" and first.url == "https://x.example/a"
    assert first.id == "corpus.csv:2"
    assert second.id == "corpus.csv:5"  # the line where the row starts (the first row spans 3)
    assert isinstance(third, ReadError) and str(third) == f'{path}:6: record has no "text"'


def test_csv_without_text_column_is_an_error(tmp_path):
    path = tmp_path / "people.csv"
    path.write_text("name,age\nAnna,40\n", encoding="utf-8")
    [error] = read_path(path)
    assert isinstance(error, ReadError) and 'no "text" column' in str(error).replace('without a "text"', 'no "text"')


def test_wikinews_sample_corpus_is_read(shared_dir):
    corpus = shared_dir / "corpora" / "wikinews_2019_2021_sample"
    items = list(read_path(corpus))
    articles = [i for i in items if isinstance(i, Article)]
    assert len(articles) == len(items) > 250
    assert all(a.published and a.title and a.url for a in articles)
    assert len({a.id for a in articles}) == len(articles)


def test_json_file_with_one_record_or_a_list(tmp_path):
    single = tmp_path / "story.json"
    single.write_text(json.dumps({"text": ARTICLE, "published": "2024-10-08"}), encoding="utf-8")
    [article] = read_path(single)
    assert (article.id, article.published, article.text) == ("story", "2024-10-08", ARTICLE)
    many = tmp_path / "batch.json"
    many.write_text(json.dumps([{"text": ARTICLE}, {"id": "x"}, 3]), encoding="utf-8")
    first, no_text, number = read_path(many)
    assert first.id == "batch.json:1"
    assert str(no_text) == f'{many}:2: record has no "text"'
    assert str(number) == f"{many}:3: expected a JSON object, got int"
    broken = tmp_path / "broken.json"
    broken.write_text("{", encoding="utf-8")
    [error] = read_path(broken)
    assert str(error).startswith(f"{broken}: not valid JSON")
