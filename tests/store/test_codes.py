import pytest

from tacitus.store import codes


def test_codes_are_normalised():
    assert codes.check("type", "assault") == "ASSAULT"
    assert codes.check("status", "Negated") == "negated"
    assert codes.check("mode", None) is None and codes.check("type", "") == ""


def test_unknown_codes_suggest_the_nearest():
    with pytest.raises(codes.UnknownCode, match="did you mean ASSAULT"):
        codes.check("type", "ASSAUL")
    with pytest.raises(codes.UnknownCode, match="unknown status 'asserte'.*asserted"):
        codes.check("status", "asserte")
    with pytest.raises(codes.UnknownCode, match="unknown mode 'zzzz': known: "):
        codes.check("mode", "zzzz")
