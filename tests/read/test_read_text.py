from tacitus.read import iter_articles, read_path
from tacitus.read.text import dateline_date, strip_boilerplate
from tacitus.report import Article

from .helpers import ARTICLE


def test_plain_text_file_is_one_article_named_by_its_stem(tmp_path):
    path = tmp_path / "border-reopens.txt"
    path.write_text(ARTICLE + "\n", encoding="utf-8")
    [article] = read_path(path)
    assert isinstance(article, Article)
    assert article.text == ARTICLE
    assert article.id == "border-reopens"
    assert article.source == str(path)
    assert article.published is None  # no dateline, no --published: never today's date


def test_file_without_extension_is_read_as_text(tmp_path):
    path = tmp_path / "BULLETIN"
    path.write_text(ARTICLE, encoding="utf-8")
    [article] = read_path(path)
    assert article.text == ARTICLE


def test_leading_dateline_gives_the_date_and_stays_in_the_text(tmp_path):
    text = "Friday, January 4, 2019 \n\n\n" + ARTICLE
    path = tmp_path / "a.txt"
    path.write_text(text, encoding="utf-8")
    [article] = read_path(path)
    assert article.published == "2019-01-04"
    assert article.text.startswith("Friday, January 4, 2019")
    start = article.text.index("Interior Minister")
    assert article.text[start:start + 17] == "Interior Minister"


def test_published_argument_overrides_the_dateline(tmp_path):
    path = tmp_path / "a.txt"
    path.write_text("Friday, January 4, 2019\n\n" + ARTICLE, encoding="utf-8")
    [article] = read_path(path, published="2019-01-05")
    assert article.published == "2019-01-05"


def test_dateline_forms():
    assert dateline_date("Tuesday, March 4, 2025\n\nText.") == "2025-03-04"
    assert dateline_date("4 March 2025\nText.") == "2025-03-04"
    assert dateline_date("Sept. 9, 2024\nText.") == "2024-09-09"
    assert dateline_date("Sep. 9, 2024\nText.") == "2024-09-09"
    assert dateline_date("2024-02-29\nText.") == "2024-02-29"
    assert dateline_date("February 30, 2025\nText.") is None
    # A date inside the first sentence is not a dateline.
    assert dateline_date("On March 4, 2025 the minister resigned.") is None


def test_trailing_boilerplate_is_removed():
    text = ARTICLE + "\n\nShare this article\nAdvertisement\n\nRelated: Norland's border row\nSign up for our newsletter\nScroll to Top\n"
    assert strip_boilerplate(text) == ARTICLE


def test_standalone_advertisement_line_between_paragraphs_is_removed():
    first, second = ARTICLE.split(". ", 1)
    text = f"{first}.\n\nAdvertisement\n\n{second}"
    assert strip_boilerplate(text) == f"{first}.\n\n{second}"


def test_boilerplate_removal_is_conservative():
    # A sentence that merely starts like boilerplate, or a long line, stays.
    text = ("Related: the minister said the talks would go on.\n\n" + ARTICLE
            + "\n\nRead more about how the talks in the capital of Norland have been going over the last three weeks of meetings")
    assert strip_boilerplate(text) == text
    # "Related:" in the middle of the article is kept (only the trailing block goes).
    middle = ARTICLE + "\n\nRelated: reporting by Anna Pell.\n\n" + ARTICLE
    assert strip_boilerplate(middle) == middle


def test_offsets_point_into_the_text_as_read(tmp_path):
    path = tmp_path / "a.txt"
    path.write_text(ARTICLE + "\n\nScroll to Top\n", encoding="utf-8")
    [article] = read_path(path)
    assert "Scroll to Top" not in article.text
    assert article.text.endswith("on Friday.")


def test_windows_newlines_are_normalised(tmp_path):
    path = tmp_path / "a.txt"
    path.write_bytes(("Line one of the report.\r\n\r\n" + ARTICLE).encode())
    [article] = read_path(path)
    assert "\r" not in article.text


def test_iter_articles_streams_several_files_in_order(tmp_path):
    for name in ("b.txt", "a.txt"):
        (tmp_path / name).write_text(ARTICLE, encoding="utf-8")
    ids = [a.id for a in iter_articles([str(tmp_path / "b.txt"), str(tmp_path / "a.txt")])]
    assert ids == ["b", "a"]


def test_reference_article_loses_only_its_boilerplate(shared_dir, example_expected):
    path = shared_dir / "examples" / "kyiv-strikes-peace-talks.txt"
    raw = path.read_text(encoding="utf-8")
    [article] = read_path(path)
    assert raw.startswith(article.text)  # nothing before or inside the article changed
    removed = raw[len(article.text):]
    for line in example_expected["article"]["boilerplate_removed"]:
        assert line in removed and line not in article.text
    assert article.published is None  # no dateline: the date must come from --published
