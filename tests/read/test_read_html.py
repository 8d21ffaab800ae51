from tacitus.errors import ReadError
from tacitus.read import read_path
from tacitus.report import Article

from .helpers import ARTICLE, SECOND

PAGE = """<!DOCTYPE html>
<html lang="en"><head>
<meta charset="utf-8"><title>Norland to reopen border | Valley Post</title>
<meta property="og:title" content="Norland to reopen border">
<meta property="og:site_name" content="Valley Post">
<meta property="og:url" content="https://valley-post.example/news/border">
<meta name="author" content="Ida Marsh">
<meta property="article:published_time" content="2024-10-08T07:15:00+01:00">
</head><body>
<header><nav><a href="/">Home</a> <a href="/news">News</a> <a href="/sport">Sport</a></nav></header>
<main><article><h1>Norland to reopen border</h1>
<p>{first}</p><p>{second}</p></article>
<div class="share"><a href="#">Share on Facebook</a> <a href="#">Share on X</a></div></main>
<footer><p>Copyright 2024 Valley Post. All rights reserved.</p><a href="#top">Scroll to Top</a></footer>
</body></html>"""


def _write(tmp_path, html, name="page.html"):
    path = tmp_path / name
    path.write_text(html, encoding="utf-8")
    return path


def test_html_main_text_and_metadata(tmp_path):
    [article] = read_path(_write(tmp_path, PAGE.format(first=ARTICLE, second=SECOND)))
    assert isinstance(article, Article)
    assert article.text == ARTICLE + "\n\n" + SECOND  # headline, nav, share links, footer gone
    assert article.title == "Norland to reopen border"
    assert article.published == "2024-10-08"
    assert article.outlet == "Valley Post"
    assert article.author == "Ida Marsh"
    assert article.url == "https://valley-post.example/news/border"
    assert article.id == "page"


def test_published_argument_overrides_the_page_date(tmp_path):
    [article] = read_path(_write(tmp_path, PAGE.format(first=ARTICLE, second=SECOND)), published="2024-10-09")
    assert article.published == "2024-10-09"


def test_html_content_in_a_txt_file_is_recognised(tmp_path):
    [article] = read_path(_write(tmp_path, PAGE.format(first=ARTICLE, second=SECOND), "saved.txt"))
    assert article.title == "Norland to reopen border"
    assert "<p>" not in article.text


def test_page_without_a_date_has_none(tmp_path):
    html = (f"<html><body><article><p>{ARTICLE}</p><p>{SECOND} The treaty of March 3, 2009 "
            "was not discussed.</p></article></body></html>")
    [article] = read_path(_write(tmp_path, html))
    assert article.published is None  # a date the article mentions is not its publication date


def test_date_from_a_time_element(tmp_path):
    html = (f"<html><body><article><time datetime='2023-06-02'>2 June</time><p>{ARTICLE}</p>"
            f"<p>{SECOND}</p></article></body></html>")
    [article] = read_path(_write(tmp_path, html))
    assert article.published == "2023-06-02"


def test_html_with_no_main_text_is_an_error(tmp_path):
    html = "<html><head><title>Menu</title></head><body><nav><a href='/'>Home</a></nav></body></html>"
    [error] = read_path(_write(tmp_path, html))
    assert isinstance(error, ReadError)
    assert error.problem.startswith("HTML page with no main text")
    assert str(error).startswith(str(tmp_path / "page.html"))


def test_sample_page_reads():
    from tests.conftest import SAMPLES

    [article] = read_path(SAMPLES / "html")
    assert article.outlet and article.author and article.published
    assert "Scroll to Top" not in article.text and "Privacy policy" not in article.text


def test_a_parser_crash_is_a_read_error_for_that_page_only(tmp_path, monkeypatch):
    import trafilatura

    def bare_extraction(*args, **kwargs):
        raise ValueError("parser bug")

    monkeypatch.setattr(trafilatura, "bare_extraction", bare_extraction)
    bad = _write(tmp_path, PAGE.format(first=ARTICLE, second=SECOND))
    good = tmp_path / "plain.txt"
    good.write_text(ARTICLE, encoding="utf-8")
    error, article = read_path(tmp_path)
    assert str(error) == f"{bad}: HTML that could not be parsed (ValueError)"
    assert isinstance(article, Article)
