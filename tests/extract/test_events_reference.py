"""The reference article: every event and background event an analyst codes is found
with its type, actor, recipient (country codes at least), casualties and place.
Expectations are read from ../shared at test time (skipped when it is absent)."""
from __future__ import annotations

import pytest

from tacitus.geo import gazetteer


def _as_list(value):
    return value if isinstance(value, list) else [value]


def _matches(report, ids, wanted) -> bool:
    """An expected participant (actor name or country code) is among the event's actors."""
    actors = [report.actor(i) for i in ids]
    if len(wanted) == 3 and wanted.isupper():
        return any(a.country == wanted for a in actors)
    if any(a.name == wanted for a in actors):
        return True
    # a group named by its nationality ("Ukrainian leaders") matches that state's actor
    first = wanted.split()[0]
    country = gazetteer().demonym(first)
    return country is not None and any(a.country == country for a in actors)


def _find(report, entry, historical: bool):
    """The event that matches the entry's type and sides, preferring its mode."""
    found = []
    for event in report.events:
        if event.type != entry["type"] or event.status == "negated":
            continue
        if not _matches(report, event.actors, entry["source"]):
            continue
        if "target" in entry and not all(_matches(report, event.recipients, t) for t in _as_list(entry["target"])):
            continue
        if historical and event.status != "historical":
            continue
        found.append(event)
    found.sort(key=lambda e: e.mode != entry.get("mode"))
    return found[0] if found else None


def _entries(kind):
    import yaml

    from tests.conftest import EXAMPLE

    path = EXAMPLE.with_suffix("").with_suffix(".expected.yaml")
    if not path.exists():
        return []
    data = yaml.safe_load(path.read_text(encoding="utf-8"))
    return [pytest.param(entry, id=f"{kind}-{n}-{entry['type']}") for n, entry in enumerate(data.get(kind) or [])]


def _found_with_mode_and_place(report, entry, historical: bool):
    event = _find(report, entry, historical)
    assert event is not None, f"missing {entry}"
    if entry.get("mode"):
        assert event.mode == entry["mode"]
    if "location" in entry:
        assert event.place is not None and event.place.name == entry["location"]
        assert event.place.country and event.place.lat is not None
    return event


# Known gaps, kept visible: strict xfail turns them into failures once they are solved.
KNOWN_GAPS: dict[str, str] = {}


def _with_gaps(params):
    return [pytest.param(*p.values, id=p.id, marks=pytest.mark.xfail(reason=KNOWN_GAPS[p.id], strict=True))
            if p.id in KNOWN_GAPS else p for p in params]


@pytest.mark.parametrize("entry", _with_gaps(_entries("events")))
def test_reference_event_is_found(example_report, entry):
    event = _found_with_mode_and_place(example_report, entry, historical=False)
    for field in ("killed", "injured"):
        if field in entry:
            count = getattr(event, field)
            assert count is not None and count.min == entry[field]["min"]
            # "more than 90" is qualified "more than"
            assert count.qualifier == " ".join(entry[field]["qualifier"].split()[:2])
    if "victims_include" in entry:
        assert entry["victims_include"] in event.killed.victims + event.injured.victims
    if "reported_by" in entry:
        assert [s.name for s in event.sources] == entry["reported_by"]


@pytest.mark.parametrize("entry", _entries("background"))
def test_reference_background_is_historical(example_report, entry):
    event = _found_with_mode_and_place(example_report, entry, historical=True)
    # dated on its own ("their February meeting" dates the clash), never on the publication date
    assert event.date is not None and event.date.value == str(entry["date"]) and not event.date.inferred


DATE_GAPS = {
    "events-7-ACCUSE": "'took aim' is dated by the Wednesday post two sentences later: needs discourse links",
}


@pytest.mark.parametrize("entry", [pytest.param(*p.values, id=p.id, marks=pytest.mark.xfail(
    reason=DATE_GAPS[p.id], strict=True)) if p.id in DATE_GAPS else p
    for p in _entries("events") if "date" in p.values[0]])
def test_reference_event_date(example_report, entry):
    event = _find(example_report, entry, historical=False)
    assert event is not None and event.date is not None and event.date.value == str(entry["date"])


def test_reference_claim_is_the_speakers(example_report, example_expected):
    for expected in example_expected["claims"]:
        claim = next(c for c in example_report.claims if expected["contains"] in example_report.article.text[c.start:c.end])
        assert example_report.actor(claim.speaker).name == expected["speaker"]
        assert (claim.value, claim.per) == (expected["quantity"]["value"], expected["quantity"]["per"])
        assert claim.unit == expected["quantity"]["unit"]


def test_reference_boilerplate_fires_nothing(example_report, example_expected):
    text = example_report.article.text
    for line in example_expected["article"]["boilerplate_removed"]:
        if line in text:
            start = text.index(line)
            assert not any(start <= e.trigger.start < start + len(line) for e in example_report.events)
