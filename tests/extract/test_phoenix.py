"""The Phoenix actor dictionaries: reading the format, dated codes, and the actors they fill."""
from __future__ import annotations

import datetime as dt

import pytest

from tacitus import dictionaries
from tacitus.extract import phoenix
from tacitus.report import Article

# written for these tests in the dictionaries' format (invented people, real states)
SAMPLE = """\
# a comment line
NORTHLAND_  [NOR]
+OSLOVIA_
MARTA_Q._VELLING_  # a minister who moved
\t[NORGOVAGR 030101-080630]
\t[NORGOVHLH 080701-100630]
\t[NORMIL >100701]
GREY_FRONT_ [PHLREB] #  kkl 21 Mar 13
+GREY_FRONT_GROUP_
ANNA_LIND_DOUBLE_ [SWEGOV]
ANNA_LIND_DOUBLE_ [FINGOV]
PELL_NEWS_WIRE
\t[MED]
KARI_LAM_SEO_YUN_HEE_ [CHNGOVDEV >080801]
"""


@pytest.fixture()
def index():
    return phoenix.PhoenixIndex(phoenix.parse_actor_text(SAMPLE, name=phoenix._raw_key))


def test_codes_and_dates_are_read():
    entries = phoenix.parse_actor_text(SAMPLE)
    marta = next(e for e in entries if e.names[0] == "Marta Q. Velling")
    assert [c.code for c in marta.codes] == ["NORGOVAGR", "NORGOVHLH", "NORMIL"]
    assert marta.codes[0].start == dt.date(2003, 1, 1) and marta.codes[0].end == dt.date(2008, 6, 30)
    assert marta.codes[2].start == dt.date(2010, 7, 1) and marta.codes[2].end is None


def test_country_and_sector_of_codes():
    assert phoenix.country_and_sector("USAGOV") == ("USA", "GOV")
    assert phoenix.country_and_sector("CHNGOVDEV") == ("CHN", "GOV")
    assert phoenix.country_and_sector("USAGOVLEG") == ("USA", "LEG")  # a branch counts as such
    assert phoenix.country_and_sector("USAGOVJUD") == ("USA", "JUD")
    assert phoenix.country_and_sector("IGOUNO") == (None, "IGO")
    assert phoenix.country_and_sector("MED") == (None, "MED")
    assert phoenix.country_and_sector("UKGGOV") == ("GBR", "GOV")  # CAMEO's own country code
    assert phoenix.country_and_sector("AFG") == ("AFG", None)


def test_role_on_the_day(index):
    assert index.lookup("Marta Q. Velling", dt.date(2005, 5, 1)).sector == "GOV"
    assert index.lookup("Marta Q. Velling", dt.date(2012, 5, 1)).sector == "MIL"
    before = index.lookup("Marta Q. Velling", dt.date(1999, 5, 1))
    assert before.country == "NOR" and not before.dated  # the nearest code, marked undated


def test_states_and_their_towns_are_no_actors(index):
    assert index.lookup("Northland") is None and index.lookup("Oslovia") is None


def test_name_variants(index):
    assert index.lookup("Marta Velling").country == "NOR"  # without the middle initial
    assert index.lookup("Kari Lam", dt.date(2019, 1, 1)).sector == "GOV"  # first two words of a long name
    assert index.lookup("Grey Front Group").sector == "REB"
    assert index.lookup("Pell News Wire").sector == "MED"


def test_a_name_two_states_share_is_not_guessed(index):
    assert index.lookup("Anna Lind Double") is None


def test_without_dictionaries_nothing_is_found(monkeypatch):
    monkeypatch.setenv(dictionaries.ENV, "")
    assert phoenix.lookup("Barack Obama") is None


needs_phoenix = pytest.mark.skipif(dictionaries.find(dictionaries.PHOENIX_COUNTRIES) is None,
                                   reason="the Phoenix dictionaries are not on TACITUS_DICTIONARIES")


@needs_phoenix
def test_real_dictionary_entries():
    assert phoenix.lookup("Abu Sayyaf Group", dt.date(2019, 1, 1)).country == "PHL"
    assert phoenix.lookup("the Taliban").sector == "REB"
    assert phoenix.lookup("Nicolas Maduro", dt.date(2019, 1, 1)).country == "VEN"


@needs_phoenix
def test_actors_of_an_article_take_the_dictionary(pipeline):
    text = ("Fighters of the Abu Sayyaf Group seized three fishermen off Jolo on Monday, the army said. "
            "Venezuelan leader Nicolas Maduro condemned the kidnapping in a speech broadcast by Reuters.")
    report = pipeline.process(Article(text=text, published="2019-06-03", id="t"))
    by_name = {a.name: a for a in report.actors}
    group = next(a for n, a in by_name.items() if "Abu Sayyaf" in n)
    assert (group.country, group.sector) == ("PHL", "REB")
    maduro = next(a for n, a in by_name.items() if "Maduro" in n)
    assert maduro.country == "VEN" and maduro.sector == "GOV"


# ---- names that are no actors, outlets, one state named in several words ---------------------

def test_names_that_are_no_actors():
    from tacitus.extract.not_actors import reason

    assert reason("UTC") == "time zone" and reason("AEDT") == "time zone" and reason("UTC+8") == "time zone"
    assert reason("COVID-19") == "disease" and reason("SARS-CoV-2") == "disease"
    assert reason("West Nile virus") == "disease" and reason("H5N1") == "disease"
    assert reason("Truth Social") == "platform" and reason("Telegram") == "platform"
    assert reason("accurate casualty figures") == "not a name"
    assert reason("Les") == "other language" and reason("EU") is None  # "eu" is Portuguese for "I"
    for name in ("Marine Le Pen", "Bill de Blasio", "El Paso", "Die Linke", "Delta Air Lines", "Al Jazeera"):
        assert reason(name) is None, name


def test_an_article_keeps_only_actors(pipeline):
    text = ("The ferry sank at 14:00 PDT, the Coast Guard said. Officials blamed COVID for the delays. "
            "Der Bürgermeister sagte: \"Les gens sont fatigués.\" Dawn and Kyodo News reported the sinking "
            "on Telegram, and United States officials and British diplomats met on Monday.")
    report = pipeline.process(Article(text=text, published="2021-02-01", id="t"))
    names = {a.name: a for a in report.actors}
    assert not {"PDT", "COVID", "Les", "Telegram"} & set(names)
    assert (names["Kyodo News"].country, names["Kyodo News"].sector) == ("JPN", "MED")
    groups = [a for a in report.actors if a.kind == "group" and "officials" in a.name and "States" in a.name]
    assert [g.name for g in groups] == ["United States officials"] and groups[0].country == "USA"
