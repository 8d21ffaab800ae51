from tacitus.errors import ReadError
from tacitus.read import read_path

from .helpers import ARTICLE, SECOND

RSS = """<?xml version="1.0" encoding="UTF-8"?>
<rss version="2.0"><channel><title>Valley Post</title><link>https://valley-post.example</link>
<description>News</description>
<item><title>Border to reopen</title><link>https://valley-post.example/1</link>
<guid>vp-1</guid><pubDate>Tue, 08 Oct 2024 07:15:00 GMT</pubDate>
<description><![CDATA[<p>{first}</p><p><a href="https://valley-post.example/1">{second}</a></p>]]></description></item>
<item><title>Untitled</title><link>https://valley-post.example/2</link><description></description></item>
</channel></rss>"""

ATOM = """<?xml version="1.0" encoding="utf-8"?>
<feed xmlns="http://www.w3.org/2005/Atom"><title>Valley Post</title><id>urn:vp</id>
<updated>2024-10-09T00:00:00Z</updated>
<entry><title>Farmers block motorway</title><id>urn:vp:2</id><link href="https://valley-post.example/2"/>
<published>2024-10-09T06:00:00Z</published><author><name>Ida Marsh</name></author>
<content type="html">&lt;p&gt;{second}&lt;/p&gt;</content></entry>
</feed>"""


def test_rss_entries_become_articles_with_their_dates(tmp_path):
    path = tmp_path / "feed.rss"
    path.write_text(RSS.format(first=ARTICLE, second=SECOND), encoding="utf-8")
    article, empty = read_path(path)
    assert article.text == ARTICLE + "\n\n" + SECOND  # HTML of the entry cleaned
    assert article.published == "2024-10-08"
    assert (article.id, article.title, article.url, article.outlet) == (
        "vp-1", "Border to reopen", "https://valley-post.example/1", "Valley Post")
    assert isinstance(empty, ReadError) and str(empty).startswith(f"{path}:entry 2: no text")


def test_atom_feed_in_an_xml_file(tmp_path):
    path = tmp_path / "feed.xml"
    path.write_text(ATOM.format(second=SECOND), encoding="utf-8")
    [article] = read_path(path)
    assert article.text == SECOND
    assert article.published == "2024-10-09" and article.author == "Ida Marsh"


def test_xml_that_is_not_a_feed_is_an_error(tmp_path):
    path = tmp_path / "data.xml"
    path.write_text('<?xml version="1.0"?><catalog><book>Norland</book></catalog>', encoding="utf-8")
    [error] = read_path(path)
    assert isinstance(error, ReadError) and "not an RSS or Atom feed" in error.problem


def test_sample_feed_has_two_entries():
    from tests.conftest import SAMPLES

    items = read_path(SAMPLES / "feed.xml")
    assert len(items) == 2 and all(i.published for i in items)
