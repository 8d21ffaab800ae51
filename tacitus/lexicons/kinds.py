"""The shape of every lexicon kind, checked file by file (bundled and user) when read.

Top-level keys are all optional (a user file adds to ours, so it may hold one key);
a key that is not listed here is an error. docs/lexicons.md describes what each key
means; tests/test_docs.py checks that every key listed here is documented there.
"""
from __future__ import annotations

from tacitus.lexicons.shapes import (DATE, FLAG, MONTH_DAY, NOTHING, NUMBER, REGEX, TEXT, WHOLE, Choice,
                                     Either, ListOf, MapOf, Mismatch, Record, Row)

WORDS = ListOf(TEXT)

# --- titles.yaml
TITLES = Record({
    "titles": MapOf(Record({"sector": TEXT, "leader": FLAG, "generic": FLAG, "country": TEXT},
                           name="a mapping {sector, leader, generic, country}")),
    "organisation_words": MapOf(TEXT, name="a mapping word: sector"),
    "pronouns": Record({"person": WORDS, "group": WORDS, "thing": WORDS}),
})

# --- actors.yaml, outlets.yaml
ACTORS = MapOf(Record({
    "country": TEXT, "sector": TEXT, "aliases": WORDS,
    "roles": ListOf(Record({"role": TEXT, "from": DATE, "to": DATE}, required=["role"],
                           name="a mapping {role, from, to}")),
}, name="a mapping {country, sector, aliases, roles}"), name="a mapping name: {country, sector, ...}")

OUTLETS = MapOf(Either(NOTHING, Record({"country": TEXT, "aliases": WORDS}),
                       name="a mapping {country, aliases}"), name="a mapping outlet: {country, aliases}")

NOT_ACTORS = Record({"diseases": ListOf(REGEX)})

# --- places.yaml
PLACES = Record({
    "countries": MapOf(TEXT, name="a mapping code: name"),
    "country_aliases": MapOf(TEXT, name="a mapping name: code"),
    "regions": MapOf(Either(Row("[country, latitude, longitude]", TEXT, NUMBER, NUMBER),
                            Row("[country, latitude, longitude, admin1 code]", TEXT, NUMBER, NUMBER, TEXT),
                            name="[country, latitude, longitude] or [country, latitude, longitude, admin1 code]")),
    "world_regions": ListOf(TEXT),
    "place_aliases": MapOf(TEXT, name="a mapping spelling: name"),
    "metonyms": MapOf(Row("[country, sector]", TEXT, TEXT)),
})

# --- boilerplate.yaml
BOILERPLATE = Record({"max_line_length": WHOLE, "anywhere": ListOf(REGEX), "trailing": ListOf(REGEX)})

# --- holidays.yaml: names and exactly one rule
HOLIDAY_RULES = {
    "fixed": MONTH_DAY,
    "easter": WHOLE,
    "orthodox_easter": WHOLE,
    "nth_weekday": Row("[month, weekday, n]", WHOLE, WHOLE, WHOLE),
    "after_nth_weekday": Row("[month, weekday, n, days]", WHOLE, WHOLE, WHOLE, WHOLE),
    "hijri": MONTH_DAY,
}


def _one_rule(holiday: dict, where: str) -> None:
    rules = [k for k in HOLIDAY_RULES if k in holiday]
    if len(rules) != 1:
        raise Mismatch(where, f"needs exactly one rule of {', '.join(HOLIDAY_RULES)} (has {len(rules)})")


HOLIDAYS = MapOf(Record({"names": WORDS, **HOLIDAY_RULES}, required=["names"], extra=_one_rule,
                        name="a mapping {names, rule}"), name="a mapping holiday: {names, rule}")

# --- time_words.yaml
TIME_WORDS = Record({
    "vague": MapOf(WORDS, name="a mapping value: phrases"),
    "sets": MapOf(TEXT, name="a mapping adverb: value"),
    "future_cues": WORDS,
    "scheduled_verbs": WORDS,
    "month_nouns": WORDS,
    "generic_today_heads": WORDS,
    "named_dates": MapOf(DATE, name="a mapping name: date"),
})

# --- reporting_verbs.yaml
ACT = Choice("speech", "belief", "intention", "document")
CUE = {"indirect": FLAG, "content": WORDS, "addressee": TEXT, "act": ACT}
VERBS = MapOf(Either(NOTHING, Record(CUE, name="a mapping {indirect, content, addressee, act}"),
                     name="a mapping {indirect, content, addressee, act}"))
LIGHT_NOUNS = MapOf(WORDS, name="a mapping verb: nouns")
REPORTING_VERBS = Record({
    "classes": MapOf(Record({"act": ACT, "sources": Choice("document"), "verbs": VERBS},
                            name="a mapping {act, sources, verbs}")),
    "verbs": VERBS,  # a plain map of speech verbs, as a user lexicon may add
    "phrases": ListOf(Record({"words": WORDS, **CUE}, required=["words"])),
    # by act, or (older user lexicons) a flat verb: nouns map
    "light_verbs": Either(MapOf(LIGHT_NOUNS), LIGHT_NOUNS, name="a mapping act: {verb: nouns}"),
    "statement_nouns": WORDS,
    "document_sources": WORDS,
    "person_sources": WORDS,
    "data_nouns": WORDS,
})

# --- channels.yaml
CHANNELS = Record({
    "platforms": WORDS,
    "patterns": ListOf(Record({"kind": TEXT, "regex": REGEX}, required=["kind", "regex"])),
})

# --- plover.yaml
EVENT = Record({"type": TEXT, "mode": TEXT, "cameo": TEXT, "context": WORDS}, required=["type"],
               name="an event {type, mode, cameo, context}")
RENAMED = Record({"type": TEXT, "mode": TEXT}, required=["type"], name="a mapping {type, mode}")
PLOVER = Record({
    "types": MapOf(Record({
        "summary": TEXT, "cameo": TEXT,
        "modes": MapOf(Either(NOTHING, Record({"cameo": TEXT, "context": WORDS}), name="a mapping {cameo, context}")),
    }, name="a mapping {summary, cameo, modes}")),
    "old_names": MapOf(RENAMED),
    "old_modes": MapOf(TEXT),
    "old_type_modes": MapOf(RENAMED),
    "mode_cues": MapOf(MapOf(TEXT, name="a mapping word: mode")),
    "intent": MapOf(WORDS),
    "negated": MapOf(EVENT),
    "threat_modes": MapOf(TEXT),
    "generic_actors": MapOf(Either(NOTHING, TEXT, name="a sector or nothing")),
    "cameo_roots": MapOf(TEXT),
})

# --- plover_triggers.yaml
EVENT_BY_WORDS = Record({"entry": EVENT, "words": WORDS}, required=["entry", "words"], name="a mapping {entry, words}")
TRIGGER = Record({
    "type": TEXT, "mode": TEXT, "cameo": TEXT, "context": WORDS,
    "negated": EVENT, "verbal": EVENT, "clause": EVENT, "objects": EVENT_BY_WORDS, "nearby": EVENT_BY_WORDS,
    "control": FLAG, "transitive": FLAG, "intransitive": FLAG, "appeal": FLAG, "verb": FLAG, "attempt": FLAG,
}, required=["type"], name="a trigger {type, mode, cameo, context, ...}")
TRIGGERS = MapOf(TRIGGER, name="a mapping word: trigger")
PLOVER_TRIGGERS = Record({
    "verbs": TRIGGERS, "nouns": TRIGGERS, "adjectives": TRIGGERS, "phrases": TRIGGERS,
    "ignore": WORDS,
    "evaluative": Record({"verbs": WORDS, "disapproval": WORDS}),
    "obligations": Record({"modals": WORDS, "speech_verbs": WORDS, "entry": EVENT}),
    "court_findings": Record({"verbs": WORDS, "courts": WORDS, "findings": WORDS, "entry": EVENT}),
    "collective_nouns": WORDS,
    "support_verbs": WORDS,
    "recipient_preps": MapOf(WORDS, name="a mapping type: prepositions"),
    "same_event_nouns": WORDS,
    "accidents": WORDS,
    "same_statement": WORDS,
    "cameo": Record({"no_default": WORDS, "skip_types": WORDS, "modes": MapOf(TEXT)}),
    "false_events": Record({"described_types": WORDS, "passive_with": WORDS, "withdrawn_things": WORDS,
                            "spoken_things": WORDS}),
    "de_escalation": Record({"verbs": WORDS, "nouns": WORDS, "objects": ListOf(EVENT_BY_WORDS)}),
    "verb_objects": ListOf(Record({"verbs": WORDS, "nouns": WORDS, "role": Choice("object", "subject", "purpose", "means"),
                                   "bare": FLAG, "ready_verbs": WORDS, "near": WORDS,
                                   "objects": ListOf(EVENT_BY_WORDS)},
                                  required=["verbs", "objects"],
                                  name="a mapping {verbs, nouns, role, bare, ready_verbs, near, objects}")),
    "declared_retreats": WORDS,
    "joint_modifiers": WORDS,
    "accident_verbs": WORDS,
    "occurrence_verbs": WORDS,
    "rioters": WORDS,
    "policing_acts": WORDS,
    "harm_verbs": WORDS,
    "quantities": WORDS,
    "contests": Record({"verbs": WORDS, "sides": WORDS}),
    "standing_rules": WORDS,
    "consequence_verbs": WORDS,
    "possible_threats": Record({"nouns": WORDS, "verbs": WORDS, "onlookers": WORDS}),
})

# --- casualties.yaml
CASUALTIES = Record({
    "qualifiers": MapOf(Choice("min", "above", "max", "below", "approx", "nearly", "exact")),
    "vague": MapOf(Row("[min, max]", WHOLE, WHOLE)),
    "units": MapOf(WHOLE), "tens": MapOf(WHOLE), "scales": MapOf(WHOLE),
    **{key: WORDS for key in (
        "killed", "injured", "victims", "death_verbs", "killing_verbs", "injury_verbs", "harm_verbs",
        "passive_harm_verbs", "people_nouns", "natural_death", "fatal_adverbs", "dead_verbs", "conditions",
        "injury_nouns", "injury_takers", "lost_life", "person_nouns", "perpetrator_nouns",
        "other_incident_markers", "incident_nouns")},
})

# --- cameo_countries.yaml
CAMEO_COUNTRIES = Record({"countries": MapOf(TEXT, name="a mapping CAMEO code: ISO code"), "non_state": WORDS})

# --- word_classes.yaml: the word classes of the extraction rules, each a list of words
WORD_CLASS_NAMES = (
    "negators", "hypothetical_auxiliaries", "future_auxiliaries", "hypothetical_governors", "future_governors",
    "negating_governors", "abandoning_verbs", "demand_governors", "possibility_nouns", "hypothetical_nouns",
    "intent_nouns", "speech_lemmas", "recall_verbs", "attribution_verbs", "subordinators", "naming_words",
    "quantifiers", "generic_organisation_words", "posted_abroad_words",
    "feeling_words", "feeling_hurt_words", "feeling_causes", "feeling_holders", "stative_verbs",
    "depicting_media", "habitual_adverbs", "aim_participles", "manner_nouns", "counted_things",
)
WORD_CLASSES = Record({name: WORDS for name in WORD_CLASS_NAMES})

YAML_KINDS = {
    "actors.yaml": ACTORS,
    "boilerplate.yaml": BOILERPLATE,
    "cameo_countries.yaml": CAMEO_COUNTRIES,
    "casualties.yaml": CASUALTIES,
    "channels.yaml": CHANNELS,
    "holidays.yaml": HOLIDAYS,
    "not_actors.yaml": NOT_ACTORS,
    "outlets.yaml": OUTLETS,
    "places.yaml": PLACES,
    "plover.yaml": PLOVER,
    "plover_triggers.yaml": PLOVER_TRIGGERS,
    "reporting_verbs.yaml": REPORTING_VERBS,
    "time_words.yaml": TIME_WORDS,
    "titles.yaml": TITLES,
    "word_classes.yaml": WORD_CLASSES,
}

# CSV kinds: the header, and the columns a row may leave empty
CSV_KINDS = {
    "demonyms.csv": (("demonym", "country"), ()),
    "plover_cameo.csv": (("plover", "mode", "cameo"), ("mode",)),
}

KINDS = sorted([*YAML_KINDS, *CSV_KINDS])

# kinds whose event entries' `type` must be a PLOVER type of plover.yaml (checked once
# every file is read: the types are data too)
EVENT_TYPE_KINDS = ("plover.yaml", "plover_triggers.yaml")
