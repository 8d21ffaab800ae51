"""Publication dates from the input: the file name, and one warning per undated article."""
import json

import pytest

from tacitus.read import iter_articles
from tacitus.read.dates import date_in_name, missing_date_warning

from .helpers import ARTICLE, SECOND


@pytest.mark.parametrize("name, expected", [
    ("2031-03-04-norland-border.txt", "2031-03-04"),
    ("norland_2031_03_04.html", "2031-03-04"),
    ("wire-20310304.txt", "2031-03-04"),
    ("20310304-wire.txt", "2031-03-04"),
    ("report-2031-13-04.txt", None),          # no month 13
    ("id-203103041230.txt", None),            # a time stamp or an id, not a day
    ("norland-border.txt", None),
])
def test_a_date_in_the_file_name(name, expected):
    assert date_in_name(name) == expected


def test_an_article_without_a_date_of_its_own_takes_its_file_names(tmp_path):
    (tmp_path / "2031-03-04-border.txt").write_text(ARTICLE, encoding="utf-8")
    (tmp_path / "2031-03-04-dated.txt").write_text("Friday, March 7, 2031\n\n" + SECOND, encoding="utf-8")
    (tmp_path / "2031-03-04-override.txt").write_text(SECOND, encoding="utf-8")
    found = {a.source.rsplit("/", 1)[-1]: a.published for a in iter_articles([tmp_path])}
    assert found["2031-03-04-border.txt"] == "2031-03-04"
    assert found["2031-03-04-dated.txt"] == "2031-03-07"  # the article's own dateline wins
    [overridden] = list(iter_articles([tmp_path / "2031-03-04-override.txt"], published="2031-05-01"))
    assert overridden.published == "2031-05-01"  # --published wins over both


def test_record_fields_give_the_date(tmp_path):
    path = tmp_path / "feed.jsonl"
    path.write_text(json.dumps({"text": ARTICLE, "date": "Tue, 04 Mar 2031 09:30:00 GMT"}) + "\n"
                    + json.dumps({"text": SECOND}) + "\n", encoding="utf-8")
    assert [a.published for a in iter_articles([path])] == ["2031-03-04", None]


def test_one_warning_line_names_an_undated_article(tmp_path):
    (tmp_path / "border.txt").write_text(ARTICLE, encoding="utf-8")
    [article] = list(iter_articles([tmp_path / "border.txt"]))
    warning = missing_date_warning(article)
    assert "border.txt" in warning and "--published" in warning and "\n" not in warning
    (tmp_path / "2031-03-04.txt").write_text(ARTICLE, encoding="utf-8")
    [dated] = list(iter_articles([tmp_path / "2031-03-04.txt"]))
    assert missing_date_warning(dated) is None


def test_extract_warns_once_per_undated_article(tmp_path, pipeline):
    from click.testing import CliRunner

    from tacitus.cli import main

    (tmp_path / "a.txt").write_text(ARTICLE, encoding="utf-8")
    (tmp_path / "b.txt").write_text(SECOND, encoding="utf-8")
    (tmp_path / "2031-03-04-c.txt").write_text(SECOND, encoding="utf-8")
    result = CliRunner().invoke(main, ["extract", str(tmp_path), "--format", "jsonl"])
    assert result.exit_code == 0
    warnings = [line for line in result.stderr.splitlines() if "no publication date" in line]
    assert len(warnings) == 2 and any("a.txt" in w for w in warnings) and any("b.txt" in w for w in warnings)
