"""Event verbs from PETRARCH2's CAMEO verb dictionary, read where the user keeps it."""
from __future__ import annotations

import pytest

from tacitus import dictionaries
from tacitus.extract import cameo_verbs
from tacitus.report import Article

# a tiny dictionary in the PETRARCH format, written for this test
SMALL = """\
####### SYNONYM SETS #######

&MEDIC
+DOCTOR
+NURSE
+FIELD_HOSPITAL

####### VERB PATTERNS #######

---  HURRY   [---]  ---
HURRY
+RUSH_IN {+RUSHES_IN +RUSHED_IN +RUSHING_IN }
- * &MEDIC                                            [073]         # HURRY
- * TROOPS (TO BORDER)                                [154]         # HURRY
- POLICE * (TO SQUARE)                                [153]         # HURRY

---  PUMMEL   [182]  ---
PUMMEL
THRASH
- * (AT CHESS)                                        [---]         # THRASH
"""


@pytest.fixture
def small(tmp_path):
    path = tmp_path / "CAMEO.2.0.txt"
    path.write_text(SMALL, encoding="utf-8")
    return cameo_verbs.read(path)


def test_blocks_verbs_sets_and_patterns_are_read(small):
    assert "field hospital" in small.sets["MEDIC"]
    hurry = small.verbs["hurry"][0]
    assert hurry.code is None and len(hurry.patterns) == 3
    assert small.verbs["rush"][0].particles == ("in",)
    assert small.verbs["thrash"][0].code == "182"
    by_code = {p.code: p for p in hurry.patterns}
    assert by_code["154"].after[0].words == ("troops",) and by_code["154"].preps[0].prep == "to"
    assert by_code["153"].before[0].words == ("police",)
    assert small.verbs["thrash"][0].patterns[0].code == ""  # a context that states no event


def _match(pipeline, monkeypatch, small, text, lemma):
    monkeypatch.setattr(cameo_verbs, "compiled", lambda: small)
    doc = pipeline.nlp(text)
    verb = next(t for t in doc if t.lemma_.lower() == lemma)
    return cameo_verbs.match(verb)


@pytest.mark.parametrize("text, lemma, expected", [
    ("The army hurried troops to the border.", "hurry", ("154", True)),
    ("Police hurried to the square.", "hurry", ("153", True)),
    ("The ministry hurried nurses to the flooded towns.", "hurry", ("073", True)),
    ("She hurried home.", "hurry", None),  # no pattern, and the block has no default
    ("Guards thrashed the prisoners.", "thrash", ("182", False)),
    ("The champion thrashed his rival at chess.", "thrash", None),  # the pattern says: no event
])
def test_patterns_match_over_the_parse(pipeline, monkeypatch, small, text, lemma, expected):
    assert _match(pipeline, monkeypatch, small, text, lemma) == expected


def _types(pipeline, text):
    report = pipeline.process(Article(text=text, published="2024-06-01"))
    return [(e.type, e.trigger.text) for e in report.events if e.status != "negated"]


@pytest.fixture
def petrarch(shared_dir):
    if dictionaries.find(dictionaries.CAMEO_VERBS) is None or dictionaries.find(dictionaries.CAMEO_TO_PLOVER) is None:
        pytest.skip("the CAMEO verb dictionary or the CAMEO-to-PLOVER table is not present")


@pytest.mark.parametrize("text, type_, trigger", [
    ("A shopkeeper was stabbed outside his store in the port city.", "ASSAULT", "stabbed"),
    ("Insurgents ambushed an army patrol in the hills.", "ASSAULT", "ambushed"),
    ("Kenya expelled two Somali diplomats on Friday.", "SANCTION", "expelled"),
    ("Rebels abducted nine aid workers from a clinic.", "ASSAULT", "abducted"),
])
def test_the_dictionary_adds_event_verbs(pipeline, petrarch, text, type_, trigger):
    assert (type_, trigger) in _types(pipeline, text)


def test_the_dictionary_defers_to_the_own_lexicon_and_to_event_nouns(pipeline, petrarch):
    # "launched" only carries the mediation; deaths are casualties, not attacks by the dead
    found = _types(pipeline, "Norway launched a mediation effort between Mali and Niger.")
    assert [t for t in found if t[1] == "launched"] == [] and ("CONSULT", "mediation") in found
    assert _types(pipeline, "Hundreds of cattle are dying in the drought.") == []


def test_the_cameo_to_plover_table_maps_codes(petrarch):
    assert cameo_verbs.plover_of("0874")[0] == "RETREAT"
    assert cameo_verbs.plover_of("1823")[0] == "ASSAULT"
    assert cameo_verbs.plover_of("025")[0] == "REQUEST"  # appeals: the own `cameo_roots`
    assert cameo_verbs.plover_of("010") is None  # statements are no PLOVER event


def test_without_the_dictionary_nothing_is_matched(pipeline, monkeypatch):
    monkeypatch.setenv(dictionaries.ENV, "")
    assert cameo_verbs.compiled() is None
    report = pipeline.process(Article(text="Insurgents ambushed an army patrol in the hills."))
    assert report.article.text.startswith("Insurgents")


@pytest.mark.parametrize("text, cameo_root", [
    ("Peru urged Chile to release the detained sailors.", "02"),
    ("Peru asked Chile to reopen the border.", "02"),
    ("Peru demanded that Chile release the detained sailors.", "10"),
])
def test_appeals_are_cameo_02_and_demands_10(pipeline, text, cameo_root):
    report = pipeline.process(Article(text=text))
    request = next(e for e in report.events if e.type == "REQUEST")
    assert request.cameo.startswith(cameo_root)


def test_every_event_carries_a_confidence(pipeline):
    report = pipeline.process(Article(text="Peru urged Chile to release the detained sailors. "
                                           "Shops were looted overnight. The attack was condemned."))
    assert report.events and all(0 < e.confidence <= 1 for e in report.events)
    named = next(e for e in report.events if e.type == "REQUEST")
    unnamed = next(e for e in report.events if e.trigger.text == "looted" or not (e.actors or e.recipients))
    assert named.confidence > unnamed.confidence
    assert report.to_dict()["events"][0]["confidence"] == report.events[0].confidence


@pytest.mark.parametrize("text, type_", [
    # a thing as the subject names no one acting
    ("A delivery van overturned on the ring road near the stadium.", "COERCE"),
    ("An old warehouse caught fire in the harbour district on Sunday.", "COERCE"),
    ("It also flooded the valley and forced 4,000 villagers to leave their homes.", "COERCE"),
])
def test_a_dictionary_verb_needs_an_actor_as_its_subject(pipeline, petrarch, text, type_):
    assert type_ not in {t for t, _ in _types(pipeline, text)}


@pytest.mark.parametrize("text, type_", [
    ("Border guards caught six smugglers near the river.", "COERCE"),
    ("A shopkeeper was stabbed outside his store in the port city.", "ASSAULT"),
])
def test_a_dictionary_verb_with_its_own_sides_stands(pipeline, petrarch, text, type_):
    assert type_ in {t for t, _ in _types(pipeline, text)}
