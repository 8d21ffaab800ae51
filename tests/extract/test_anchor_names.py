"""A speaker name that is only white space (a quotation cut at line breaks) names no one."""
import spacy

from tacitus.timex.anchor import _names_any


class _NoActors:
    pass


class _Ctx:
    actors = _NoActors()


def test_a_blank_name_is_no_name():
    doc = spacy.blank("en")("The minister spoke on Monday.")
    assert _names_any(_Ctx(), doc, (0, len(doc.text)), [], ["\n\n\n", ""]) is False
    assert _names_any(_Ctx(), doc, (0, len(doc.text)), [], ["the minister"]) is True
