"""Fixtures shared by the whole suite."""
from __future__ import annotations

import os
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
SHARED = ROOT.parent / "shared"
SAMPLES = ROOT / "samples"
EXAMPLE = SHARED / "examples" / "kyiv-strikes-peace-talks.txt"
EXAMPLE_PUBLISHED = "2025-04-24"

# The field's dictionaries (PETRARCH2, PLOVER, CAMEO codes) are read from ../shared when
# it is there, never copied; tests that need them skip without it.
if (SHARED / "data").is_dir():
    os.environ.setdefault("TACITUS_DICTIONARIES", str(SHARED / "data"))


@pytest.fixture(scope="session")
def pipeline():
    from tacitus.pipeline import get_pipeline

    return get_pipeline()


@pytest.fixture(scope="session")
def shared_dir() -> Path:
    if not SHARED.is_dir():
        pytest.skip("../shared is not present")
    return SHARED


@pytest.fixture(scope="session")
def example_report(shared_dir, pipeline):
    """The Report for the reference article (read from ../shared, never copied)."""
    from tacitus.report import Article

    text = EXAMPLE.read_text(encoding="utf-8")
    return pipeline.process(Article(text=text, published=EXAMPLE_PUBLISHED, id="reference"))


@pytest.fixture(scope="session")
def example_expected(shared_dir):
    import yaml

    return yaml.safe_load(EXAMPLE.with_suffix("").with_suffix(".expected.yaml").read_text(encoding="utf-8"))
