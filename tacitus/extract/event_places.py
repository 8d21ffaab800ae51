"""Where an event no place is tied to happened: the fallbacks, once events are dated.

`places.place_of` finds the place syntactically tied to the trigger while events are
coded. Here, for every event still without coordinates, in order, the first that gives
a place (each Place says which in `basis`):

  1. sentence: a place its sentence locates with a preposition, nearest the trigger
     ("..., a mob killed him in Mardan"), of those its clauses lend it (not a
     statement's, an exception's or another clause's: `place_clauses`); a facility the
     trigger is tied to that the gazetteer cannot place ("at Fishmongers' Hall in
     London") is located this way too;
  2. for an event of the days the article reports (asserted, not background, its
     sentence dating nothing earlier: "In 2015, ...", nor spreading it over several
     places: "arrests in 38 countries", "protests in France, Germany and Italy"):
     article: the place the article's lead locates its story in, unless the sentence
       names another country (then no place, but for the actor's below); for a measure
       or a protest, when the lead locates nothing, the state acting in it ("the
       government of Samoa began a shutdown": `places.lead_state`);
     actor: for a measure or a protest (COERCE, PROTEST), the state whose organ took it
       ("Iran has banned ...", "Chinese police arrested ..."), precision country; also
       when the lead is in another state than the actor's; never a people's
       nationality ("Iranian protesters", "an American journalist was detained");
     country: the one country the event's sentence names by name as a place, not as
       who acts ("Turkey began an invasion"), else the state the article is about
       (`ActorTable.home_country`), precision country.

An event denied, wished for or planned (status negated, hypothetical, future) gets no
place at all: it happened nowhere.

A country or a US state carries the population-weighted centre of its cities (see
`geo`), so an event placed at country precision still has coordinates; its precision
says how far to trust them. Every Place points at a mention of its name in the text.
"""
from __future__ import annotations

import datetime as dt
import re
from typing import Optional

from tacitus.extract import place_clauses
from tacitus.extract.places import (PLACE_NOUNS, SENTENCE_PREPS, admin_fields, article_context, in_several_places,
                                    lead_place, lead_state,
                                    lead_token, owner, place_of_span,
                                    sentence_place, slashed, state_of)
from tacitus.geo import gazetteer
from tacitus.nlp import entities_in
from tacitus.report import Place

BACKGROUND_DAYS = 31  # an event dated further before publication is background
# a date of the sentence that puts what it tells before the reported days
EARLIER = re.compile(r"\b(years? ago|last year|a year earlier|years earlier|decades? ago)\b", re.I)
STATE_SECTORS = {"GOV", "LEG", "MIL", "JUD", "COP", "SPY"}
# an event denied, wished for, planned or feared happened nowhere (a past one, "historical", did)
UNPLACED_STATUSES = {"negated", "hypothetical", "future"}
# events that happen where the state acting is: a state's measures, its protests
ACTOR_PLACED_TYPES = {"COERCE", "PROTEST"}
# "Armenian-backed": the country backs the actor, it is neither the actor's nor the place
SPONSOR_WORDS = {"backed", "funded", "sponsored", "supported", "armed", "allied", "aligned", "trained", "led"}


def place_unplaced_events(ctx) -> None:
    """Give each event without coordinates the first place of the fallbacks above; take
    its place from an event denied or not (yet) held."""
    for event in ctx.events:
        if event.status in UNPLACED_STATUSES:
            event.place = None  # "threatened to attack Kyiv": what did not or may not happen has no place
            continue
        if event.place is not None and event.place.lat is not None:
            if not _agent_country(ctx, event):
                _narrowed(ctx, event)
                continue
            event.place = None  # "a US airstrike" by the US: the attacker's country, not the place
        tied = event.place  # a facility the gazetteer cannot place, or nothing
        span = ctx.doc.char_span(event.trigger.start, event.trigger.end, alignment_mode="expand")
        found = sentence_place(span.root) if span is not None and len(span) else None
        if found is None and span is not None and len(span):
            found = _at_a_states_seat(ctx, span.root)
        if found is None and event.status in (None, "asserted") and not _background(event, ctx.published) \
                and not _dated_earlier(ctx, event) and not (span is not None and len(span) and
                                                            in_several_places(span.root)):
            # (what is denied, feared or planned has no place the lead can give)
            found = _facility_place(ctx, tied) if _located_at(ctx, tied) else \
                _force_place(ctx, event) or _article_place(ctx, event)
        event.place = found or tied


# seats of a state's organs that stand in that state ("outside the Swedish Parliament"); not
# an embassy or a consulate, which stand abroad
SEAT_NOUNS = {"parliament", "congress", "senate", "legislature", "assembly", "ministry", "palace", "capitol",
              "presidency", "chancellery", "duma", "knesset", "bundestag", "majlis"}


def _at_a_states_seat(ctx, trigger) -> Optional[Place]:
    """An event at the seat of a state's organ that a people's or country's name says whose
    ("protested outside the Swedish Parliament", "a rally at the Iranian parliament"): in
    that country, precision country."""
    gaz = gazetteer()
    heads = [trigger] + ([trigger.head] if trigger.dep_ in ("dobj", "pobj", "nsubj", "xcomp") else [])
    for head in heads:
        for prep in (c for c in head.children if c.dep_ == "prep" and c.lower_ in SENTENCE_PREPS):
            for seat in (c for c in prep.children if c.dep_ == "pobj" and c.lemma_.lower() in SEAT_NOUNS):
                for mod in (c for c in seat.children if c.dep_ in ("amod", "compound", "nmod", "poss")):
                    country = gaz.demonym(mod.text) or gaz.country_of_name(mod.text)
                    if country:
                        return _country_place_at(ctx, country, mod, "sentence")
    return None


def _country_place_at(ctx, country: str, token, basis: str) -> Optional[Place]:
    entry = gazetteer().countries.get(country)
    if entry is None or entry.lat is None:
        return None
    return Place(name=token.text, start=token.idx, end=token.idx + len(token.text), country=country, lat=entry.lat,
                 lon=entry.lon, geonameid=entry.geonameid, precision="country", basis=basis)


def _narrowed(ctx, event) -> None:
    """A country tied to the trigger yields to a more exact place of that country its
    sentence locates ("shot shoppers at a store in the U.S. border city of El Paso")."""
    if event.place.precision != "country":
        return
    token = _trigger_token(ctx, event)
    found = sentence_place(token) if token is not None else None
    if found is not None and found.country == event.place.country and found.precision != "country":
        event.place = found


def _located_at(ctx, facility: Optional[Place]) -> bool:
    """A facility named as where something happened ("at the Kilima Grand Hotel"), not
    as what it was done to ("banned the airline Mahan Air")."""
    span = ctx.doc.char_span(facility.start, facility.end, alignment_mode="expand") if facility else None
    return span is not None and span.root.dep_ == "pobj" and span.root.head.lower_ in SENTENCE_PREPS


def _facility_place(ctx, facility: Place) -> Optional[Place]:
    """For an event at a facility the gazetteer cannot place ("died at John Radcliffe
    Hospital"): the lead's place when the lead names the facility, else its admin1, else
    nothing. The lead may tell of another site of the story, so no more than its state;
    the actor's state and the article's say nothing of where the facility stands."""
    lead = lead_place(ctx.doc)
    if lead is None:
        return None
    span = ctx.doc.char_span(lead.start, lead.end, alignment_mode="expand")
    named = span is not None and facility.name in ctx.text[:span.sent.end_char]
    return Place(**(lead if named else state_of(lead)).__dict__)


def _article_place(ctx, event) -> Optional[Place]:
    lead = lead_place(ctx.doc)
    if lead is not None and lead_token(ctx.doc) is not None and event.type not in _lead_types(ctx):
        lead = state_of(lead)  # a later sentence of the lead located another kind of event there
    acting = _actor_country(ctx, event)
    named = _sentence_countries(ctx, event)
    by_name = _sentence_countries(ctx, event, by_name=True)  # not "Russian individuals were arrested"
    # every country the sentence speaks of, by name or by its people: one named place among
    # several is no surer than the others ("the ban followed talks with the US", said the Germans)
    mentioned = _sentence_countries(ctx, event, by_name=True, peoples=True)
    elsewhere = lead is not None and by_name and lead.country not in by_name
    if lead is not None and (acting is None or lead.country == acting) and not elsewhere:
        wide = _nationwide(ctx, event) or _other_state_named(ctx, event, lead)
        return _country_of(lead) if wide else Place(**lead.__dict__)
    if acting is not None:
        return _country_place(ctx, acting, "actor")
    if elsewhere:
        return None  # the sentence names another country than the lead's: neither is sure
    state = lead_state(ctx.doc) if lead is None and event.type in ACTOR_PLACED_TYPES else None
    if state is not None and (not by_name or by_name == {state.country}) and not _at_war(ctx, state):
        return Place(**state.__dict__)  # "the government of Samoa began a shutdown": its measures
    if len(named) == 1 and mentioned == named:
        return _country_place(ctx, next(iter(named)), "sentence")
    home = ctx.actors.home_country() if ctx.actors is not None else None
    if home and (not mentioned or home in mentioned) and (event.actors or event.recipients):
        return _country_place(ctx, home, "home")
    return None


def _other_state_named(ctx, event, lead: Place) -> bool:
    """The event's sentence locates something in a place of the lead's country in another
    state than the lead's ("Police in Baytown, Texas said he had struck a car" in a story
    from New Hampshire): the event may be of that other state, so the lead says only its
    country."""
    if lead.precision == "country" or not lead.admin1_code:
        return False
    sentence = ctx.doc.char_span(event.sentence.start, event.sentence.end, alignment_mode="expand")
    for ent in entities_in(ctx.doc, sentence.start, sentence.end) if sentence is not None else ():
        if ent.label_ not in ("GPE", "LOC") or ent.start_char < lead.end and lead.start < ent.end_char:
            continue
        root = ent.root
        while root.dep_ in ("nmod", "appos", "compound", "conj") and root.head.i != root.i:
            root = root.head  # ("in Beaumont, Texas, police there said": the parser may hang the name anywhere)
        if not (root.dep_ == "pobj" and root.head.lower_ in SENTENCE_PREPS):
            continue  # where something is, not whose or from where: "a resident of Antioch, Illinois"
        place = place_of_span(ent)
        if place is not None and place.country == lead.country and place.precision in ("town", "admin2", "admin1") \
                and place.admin1_code and place.admin1_code != lead.admin1_code:
            return True
    return False


def _nationwide(ctx, event) -> bool:
    """An event its clause spreads over the whole country ("schools are closed across the
    country", "nationwide protests"): the lead's country, not its town."""
    trigger = _trigger_token(ctx, event)
    if trigger is None:
        return False
    clause = place_clauses.clause_of(trigger)
    for token in clause.subtree:
        if token.lower_ == "nationwide":
            return True
        if token.dep_ == "pobj" and token.lemma_.lower() in ("country", "nation") and token.head.lower_ in \
                ("across", "throughout", "around", "all") and any(c.lower_ == "the" for c in token.children):
            return True
    return False


def _country_of(place: Place) -> Place:
    """A place widened to its country, its evidence still its name in the text."""
    entry = gazetteer().countries.get(place.country or "")
    if entry is None or entry.lat is None or place.precision == "country":
        return Place(**place.__dict__)
    return Place(name=place.name, start=place.start, end=place.end, country=place.country, lat=entry.lat,
                 lon=entry.lon, geonameid=entry.geonameid, precision="country", basis=place.basis)


def _at_war(ctx, state: Place) -> bool:
    """A lead sentence in which the state attacks ("Turkey began a ground invasion"): it
    acts abroad, so its measures of the story need not be at home."""
    span = ctx.doc.char_span(state.start, state.end, alignment_mode="expand")
    sent = span.sent if span is not None else None
    return sent is not None and any(e.type == "ASSAULT" and sent.start_char <= e.trigger.start < sent.end_char
                                    for e in ctx.events)


def _lead_types(ctx) -> set[str]:
    """The types of the events a later sentence of the lead locates at its place: those
    whose trigger governs the place, or is the subject of a word that does ("protests
    have been taking place in Belgrade")."""
    token = lead_token(ctx.doc)
    heads = list(token.ancestors) if token is not None else []
    words = {t.i for t in heads} | {c.i for t in heads for c in t.children if c.dep_ in ("nsubj", "nsubjpass")}
    found = set()
    for event in ctx.events:
        trigger = _trigger_token(ctx, event)
        if trigger is not None and trigger.i in words:
            found.add(event.type)
    return found


def _actor_country(ctx, event) -> Optional[str]:
    """The one state whose organs took a measure or protested ("Iran has banned ...",
    "Chinese police arrested ..."): a state acts in its own land; its people, whose
    nationality says nothing of where they are, are no such evidence."""
    if event.type not in ACTOR_PLACED_TYPES or ctx.actors is None:
        return None
    gaz = gazetteer()
    countries = set()
    for actor_id, span in zip(event.actors, event.actor_spans):
        actor = ctx.actors.get(actor_id)
        if actor is None or not actor.country:
            continue
        if _force_area(span.text) is not None:
            continue  # "Thames Valley Police": a force of an area, placed by its area if anywhere
        if actor.kind == "state" and gaz.demonym(span.text):
            continue  # "a Canadian comedian" is no act of Canada
        if _sponsored(ctx, span):
            continue  # "Armenian-backed forces" are no organ of Armenia
        if actor.kind == "state" or actor.sector in STATE_SECTORS:
            countries.add(actor.country)  # not "Iranian protesters": people protest abroad too
    return next(iter(countries)) if len(countries) == 1 else None


# a police force named for the area it polices: "Thames Valley Police", "Essex Police",
# "Cumbria Constabulary", "the New York Police Department", "Police Scotland"
FORCE = re.compile(r"^(?:the\s+)?(?:(?P<area>[A-Z][\w'.-]*(?:\s+(?:and\s+)?[A-Z][\w'.-]*){0,3})\s+"
                   r"(?:Police(?:\s+(?:Service|Department|Force))?|Constabulary|Sheriff's\s+Office)"
                   r"|Police\s+(?P<after>[A-Z][\w'.-]*(?:\s+[A-Z][\w'.-]*)?))$")


STATE_FORCE_WORDS = {"National", "Federal", "State", "Border", "Military", "Secret", "Royal", "Metropolitan",
                     "Judicial", "Traffic", "Transport", "Riot", "Religious", "Capitol"}


def _force_area(name: str) -> Optional[str]:
    """The area a police force's name names ("Thames Valley" of "Thames Valley Police"),
    when that is no country nor people ("Israeli Police", "Ukraine's National Police" are
    a state's)."""
    m = FORCE.match(name.strip())
    if m is None:
        return None
    area = m.group("area") or m.group("after")
    gaz = gazetteer()
    entry = gaz.place(area)
    words = area.split()
    if entry is not None and entry.kind == "country" or any(gaz.demonym(w) for w in words) \
            or set(words) & STATE_FORCE_WORDS:
        return None
    return area


def _force_place(ctx, event) -> Optional[Place]:
    """Where a police force named for its area acted: that area, when the gazetteer finds
    it in the article's countries ("Essex Police arrested ..." in an English story)."""
    if event.type not in ACTOR_PLACED_TYPES:
        return None
    countries, states = article_context(ctx.doc)
    for span in event.actor_spans:
        area = _force_area(span.text)
        entry = gazetteer().locate(area, countries) if area else None
        if entry is not None and entry.country in countries and entry.kind in ("city", "region"):
            start = ctx.text.find(area, span.start, span.end)
            return Place(name=area, start=start, end=start + len(area), country=entry.country, lat=entry.lat,
                         lon=entry.lon, geonameid=entry.geonameid, precision=entry.precision, basis="actor",
                         **admin_fields(entry))
    return None


def _sponsored(ctx, span) -> bool:
    """An actor's mention holding a sponsor ("Armenian-backed forces")."""
    doc_span = ctx.doc.char_span(span.start, span.end, alignment_mode="expand")
    return doc_span is not None and any(_sponsor(doc_span[i:i + 1]) for i in range(len(doc_span)))


def _agent_country(ctx, event) -> bool:
    """A country tied to the trigger as a modifier that says who acted or whose a thing
    is, not where: of the trigger when it is the event's own actor's ("a US airstrike"
    by the US), of another word unless that word names a place ("killed in a United
    States counter-terrorism operation", "the attack on the US embassy in Baghdad")."""
    place = event.place
    if place.precision != "country" or place.basis != "trigger" or ctx.actors is None:
        return False
    span = ctx.doc.char_span(place.start, place.end, alignment_mode="expand")
    if span is None or span.root.dep_ not in ("compound", "nmod", "amod") or span.root.head.i <= span.root.i:
        return False
    head = span.root.head
    if not (head.idx <= event.trigger.start < head.idx + len(head.text)):
        return head.lemma_.lower() not in PLACE_NOUNS
    return any(getattr(ctx.actors.get(a), "country", None) == place.country for a in event.actors)


def _sentence_countries(ctx, event, by_name: bool = False, peoples: bool = False) -> set[str]:
    """The countries the event's sentence names by name as places: not by their people
    ("an American journalist was detained", "Iranian protesters": whose, not where) unless
    `peoples`, not one that only says whose a thing is ("in a US operation"), nor a
    sponsor. Unless `by_name` (which tells only that the sentence is about another country
    than the lead's), not the country that acts either (`_acting`)."""
    found = set()
    trigger = _trigger_token(ctx, event)
    for country, start, end in _country_mentions(ctx.doc):
        if not event.sentence.start <= start < event.sentence.end:
            continue
        span = ctx.doc.char_span(start, end, alignment_mode="expand")
        if span is None or owner(span.root, span) or _sponsor(span):
            continue
        if trigger is not None and not place_clauses.lends_place(span.root, trigger):
            continue
        if gazetteer().place(span.text) is None and not peoples:
            continue  # a people's name: "an American journalist" may be detained anywhere
        if not by_name and (_acting(span, event, trigger) or slashed(span)):
            continue  # (and not one of "the Syria-Turkey border": two countries are no one place)
        found.add(country)
    return found


def _acting(span, event, trigger) -> bool:
    """A country named as who acts, not where: a clause's subject ("Turkey began a ground
    invasion"), the subject of another verb than the trigger ("The US had been allied
    with Kurdish groups in fighting ISIS"; "Iraq was attacked" is where), an agent ("by
    Iran"), a part of the event's actor ("Afghanistan's army")."""
    root = span.root
    if root.dep_ == "nsubj" or root.dep_ == "nsubjpass" and (trigger is None or root.head.i != trigger.i):
        return True
    if root.dep_ == "pobj" and root.head.dep_ == "agent":
        return True
    return any(a.start <= span.start_char < a.end for a in event.actor_spans)


def _trigger_token(ctx, event):
    span = ctx.doc.char_span(event.trigger.start, event.trigger.end, alignment_mode="expand")
    return span.root if span is not None and len(span) else None


def _sponsor(span) -> bool:
    """A country or people named as who backs someone ("Armenian-backed forces",
    "Iranian-funded militias"): not where they are, nor who acts."""
    doc = span.doc
    after = doc[span.end: span.end + 2]
    return len(after) == 2 and after[0].text == "-" and after[1].lower_ in SPONSOR_WORDS


def _country_mentions(doc) -> list[tuple[str, int, int]]:
    """(country, start, end) of each mention of a country (its name or demonym) in the
    text, in order (computed once per article)."""
    cached = doc.user_data.get("tacitus_country_mentions")
    if cached is None:
        gaz = gazetteer()
        cached = []
        for ent in doc.ents:
            if ent.label_ in ("GPE", "NORP"):
                name = ent.text[4:] if ent.text.lower().startswith("the ") else ent.text
                entry = gaz.place(name) if ent.label_ == "GPE" else None
                country = entry.country if entry is not None and entry.kind == "country" else \
                    (gaz.demonym(ent.text) if ent.label_ == "NORP" else None)
                if country:
                    cached.append((country, ent.start_char, ent.end_char))
        doc.user_data["tacitus_country_mentions"] = cached
    return cached


def _country_place(ctx, country: str, basis: str) -> Optional[Place]:
    """The country as a place, its evidence the mention nearest the start of the text
    that names it (by name when there is one, else by its people)."""
    gaz = gazetteer()
    entry = gaz.countries.get(country)
    if entry is None or entry.lat is None:
        return None
    mentions = [(s, e) for c, s, e in _country_mentions(ctx.doc) if c == country]
    by_name = [(s, e) for s, e in mentions if gaz.place(ctx.text[s:e]) is not None]
    if not (by_name or mentions):
        return None
    start, end = (by_name or mentions)[0]
    return Place(name=ctx.text[start:end], start=start, end=end, country=country, lat=entry.lat, lon=entry.lon,
                 geonameid=entry.geonameid, precision="country", basis=basis)


def _dated_earlier(ctx, event) -> bool:
    """An undated event whose sentence dates something earlier ("In 2015, a bus crashed",
    "a crash two years ago"; not "the 2019 election", a year naming a thing): background,
    which the lead does not place."""
    date = getattr(event, "date", None)
    if getattr(date, "value", None) and not getattr(date, "inferred", False) or ctx.published is None:
        return False  # (a date assumed from publication says nothing)
    sentence = ctx.doc.char_span(event.sentence.start, event.sentence.end, alignment_mode="expand")
    if sentence is None:
        return False
    dates = _dates_of(sentence)
    if not dates:  # a sentence of no date of its own goes on with its paragraph's previous one
        previous = _previous_in_paragraph(ctx, sentence)
        dates = _dates_of(previous) if previous is not None else []
    for ent in dates:
        years = [int(y) for y in re.findall(r"\b(1[89]\d\d|20\d\d)\b", ent.text)]
        if any(y < ctx.published.year for y in years) or EARLIER.search(ent.text):
            return True
    return False


def _dates_of(sentence) -> list:
    """The DATE entities that date a sentence's clauses (not "the 2019 election", a year naming a thing)."""
    # the sentence's entities, by bisection: `Span.ents` rebuilds every entity of the Doc
    return [ent for ent in entities_in(sentence.doc, sentence.start, sentence.end)
            if ent.label_ == "DATE" and ent.root.dep_ not in ("compound", "nmod", "amod", "nummod", "poss")]


def _previous_in_paragraph(ctx, sentence):
    """The sentence before, when no line break parts them ("The submarine sank in 1944.
    During its last patrol it attacked two ships": the attack is of 1944 too)."""
    if sentence.start == 0:
        return None
    previous = ctx.doc[sentence.start - 1].sent
    between = ctx.text[previous.start_char:sentence.start_char]
    return None if "\n" in between[len(between.rstrip()):] else previous  # (the break may end the previous)


def _background(event, published: Optional[dt.date]) -> bool:
    date = getattr(event, "date", None)
    value = getattr(date, "value", None) if date is not None else None
    if not value or published is None:
        return False
    try:
        year = int(str(value)[:4])
    except ValueError:
        return True  # "PAST_REF" and the like
    if year != published.year:
        return year < published.year or year > published.year + 1
    try:
        day = dt.date.fromisoformat(str(value)[:10])
    except ValueError:
        return False  # a month or a week of this year
    return (published - day).days > BACKGROUND_DAYS

