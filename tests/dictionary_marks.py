"""Marks for tests whose behaviour comes from the field's dictionaries (read from ../shared
through TACITUS_DICTIONARIES, never copied): they skip where those files are absent, as on a
clean clone with no ../shared beside it."""
from __future__ import annotations

import pytest

from tacitus import dictionaries

needs_cameo = pytest.mark.skipif(
    dictionaries.find(dictionaries.CAMEO_VERBS) is None or dictionaries.find(dictionaries.CAMEO_TO_PLOVER) is None,
    reason="the CAMEO verb dictionary or the CAMEO-to-PLOVER table is not on TACITUS_DICTIONARIES")

needs_agents = pytest.mark.skipif(dictionaries.find(dictionaries.PLOVER_AGENTS) is None,
                                  reason="PLOVER_agents.txt is not on TACITUS_DICTIONARIES")
