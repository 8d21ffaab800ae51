"""Where an event happened: the place its trigger is tied to, resolved offline.

In order, the first that gives a place:
  1. places syntactically tied to the trigger ("strikes on Kyiv", "clashes in Gaza",
     "the Oval Office clash");
  2. a place the event's sentence locates with a preposition ("..., a mob killed him
     in Mardan"), the nearest to the trigger;
  3. for an event of the days the article reports (not background), the place the
     article's lead locates its story in, its actor's state or the article's
     (`event_places.place_unplaced_events`).
Each Place says which (`basis`) and how exactly it locates (`precision`: town /
admin1 / country). Among towns of one name, the one in the countries the article
names wins, then the most populous (`Gazetteer.locate`).
"""
from __future__ import annotations

from typing import Optional

from tacitus.admin_areas import AREA_WORDS, admin_areas
from tacitus.extract import place_clauses
from tacitus.geo import gazetteer
from tacitus.nlp import PLACE_LABELS, entity_of
from tacitus.report import Place

# prepositions that locate an event; "on"/"at" also name a target ("strikes on Kyiv")
LOCATING_PREPS = {"in", "at", "near", "on", "inside", "across", "outside", "around", "throughout"}
SENTENCE_PREPS = {"in", "at", "near", "inside", "outside", "around", "throughout", "across", "within"}
# "the Polish city of Gdańsk": nouns whose "of" names a place
PLACE_NOUNS = {"city", "town", "village", "province", "region", "district", "county", "state", "capital",
               "island", "port", "municipality", "governorate", "prefecture", "suburb", "neighbourhood",
               "neighborhood", "area"}
# nouns of land a people's name may say whose country holds ("Iraqi military bases")
GROUND_NOUNS = PLACE_NOUNS | {"base", "bases", "airbase", "territory", "water", "waters", "airspace", "soil", "border",
                              "coast", "camp", "countryside"}
RANK = {"town": 0, "admin2": 1, "admin1": 2, "country": 3}
# "in 38 countries", "in several cities": places an event is spread over, none of them its place
MANY_PLACE_NOUNS = {"country", "nation", "city", "town", "village", "state", "province", "region", "continent",
                    "capital", "territory"}
LEAD_SENTENCES = 3  # where an article says where its story happens
ORGAN_SECTORS = {"GOV", "LEG", "MIL", "JUD", "COP", "SPY"}  # a state's organs


def _entity(token):
    """The place entity of a token: labelled as a place, or an organisation-looking
    name the gazetteer knows as a place ("the Oval Office")."""
    ent = entity_of(token)
    if ent is not None and (ent.label_ in PLACE_LABELS or ent.label_ == "ORG" and gazetteer().place(ent.text)):
        return ent
    return None


def article_countries(doc) -> frozenset[str]:
    """The countries an article names (as places or demonyms): they decide which of
    several towns of one name it means."""
    cached = doc.user_data.get("tacitus_countries")
    if cached is None:
        gaz = gazetteer()
        found = set()
        for ent in doc.ents:
            if ent.label_ == "GPE":
                entry = gaz.place(_strip_article(ent.text))
                if entry is not None and entry.kind == "country":
                    found.add(entry.country)
            elif ent.label_ == "NORP":
                country = gaz.demonym(ent.text)
                if country:
                    found.add(country)
        cached = doc.user_data["tacitus_countries"] = frozenset(found)
    return cached


def article_context(doc) -> tuple[frozenset[str], frozenset[str]]:
    """The countries and the admin1 areas (codes) an article is about: the countries it
    names, and those and the states its other places surely lie in (`Gazetteer.sure`:
    "London", "Oxfordshire", "Texas"). They decide which of several places of one name it
    means ("arrested in Norfolk" in a story from London is the English county)."""
    cached = doc.user_data.get("tacitus_place_context")
    if cached is None:
        gaz = gazetteer()
        countries, states = set(article_countries(doc)), set()
        for name in dict.fromkeys(_strip_article(e.text.strip()) for e in doc.ents if e.label_ in ("GPE", "LOC")):
            entry = gaz.sure(name) if len(name) > 2 else None
            if entry is None or not entry.country:
                continue
            countries.add(entry.country)
            if entry.kind != "country" and entry.admin1:
                states.add(entry.admin1)
        cached = doc.user_data["tacitus_place_context"] = (frozenset(countries), frozenset(states))
    return cached


def _strip_article(name: str) -> str:
    return name[4:] if name.lower().startswith("the ") else name


def _as_place(ent, basis: str = "trigger", countries: frozenset = frozenset(),
              within: frozenset = frozenset()) -> Optional[Place]:
    name = _strip_article(ent.text.strip())
    start = ent.end_char - len(name)
    gaz = gazetteer()
    if ent.label_ == "NORP":  # "in Iraqi military bases" (`_peoples_ground`): the people's country
        entry = gaz.countries.get(gaz.demonym(name) or "")
        return Place(name=name, start=start, end=ent.end_char, country=entry.country, lat=entry.lat, lon=entry.lon,
                     geonameid=entry.geonameid, precision="country", basis=basis) \
            if entry is not None and entry.lat is not None else None
    after = ent.doc[ent.end] if ent.end < len(ent.doc) else None
    prefer = frozenset()
    if not countries:
        countries, prefer = article_context(ent.doc)
    if after is not None and after.lower_ in AREA_WORDS and ent.label_ in PLACE_LABELS:
        area = gaz.locate(f"{name} {after.lower_}", countries)
        if area is not None and area.kind == "region":  # "Idlib province": the area, not its town
            return Place(name=name, start=start, end=ent.end_char, country=area.country, lat=area.lat,
                         lon=area.lon, geonameid=area.geonameid, precision=area.precision, basis=basis,
                         **admin_fields(area))
    # a town only when the text labels it a place: an organisation's name may be a village's
    entry = gaz.locate(name, countries, within, prefer) if ent.label_ in PLACE_LABELS else gaz.place(name)
    if entry is None or entry.kind == "continent":
        if ent.label_ == "FAC" and entry is None:
            return Place(name=name, start=start, end=ent.end_char, basis=basis)
        return None
    return Place(name=name, start=start, end=ent.end_char, country=entry.country or None,
                 lat=entry.lat, lon=entry.lon, geonameid=entry.geonameid,
                 precision=entry.precision if entry.kind in ("city", "region", "country") else None, basis=basis,
                 **admin_fields(gaz.with_admin(entry)))


def admin_fields(entry) -> dict:
    """A Place's admin1 and admin2 (name and code) from its gazetteer entry."""
    return {"admin1": entry.admin1_name or None, "admin1_code": entry.admin1 or None,
            "admin2": entry.admin2_name or None, "admin2_code": entry.admin2 or None}


def place_of_span(span) -> Optional[Place]:
    """The place a span of text names ("Paris" of "said in Paris"), resolved offline."""
    return _as_place(span) if span is not None and len(span) else None


def _candidates(token, target_preps: bool):
    """Place-like tokens tied to the trigger: its locating prepositions and modifiers."""
    preps = LOCATING_PREPS if target_preps else LOCATING_PREPS - {"on"}
    if token.pos_ in ("PROPN",) or token.ent_type_ in PLACE_LABELS:
        yield token  # a target that is itself a place
    for child in token.children:
        if child.dep_ == "prep" and child.lower_ == "of" and token.pos_ == "NOUN":
            yield from (p for p in child.children if p.dep_ == "pobj")  # "the town of Kiruna"
        if child.dep_ == "prep" and child.lower_ in preps:
            for pobj in child.children:
                if pobj.dep_ == "pobj":
                    yield pobj
                    yield from _appended(pobj)
        elif child.dep_ in ("compound", "nmod", "npadvmod") and child.i < token.i and not _people_noun(token):
            yield child  # "the Gaza strikes", not "US troops": a people's country is no place
        elif child.dep_ == "nsubj" and child.ent_type_ in ("LOC", "FAC"):
            yield child  # "his Oval Office clash", parsed as a subject, names where it was


def _appended(token):
    """The appositions and conjuncts of a place, and theirs ("in Gilroy, El Paso and Dayton")."""
    for child in token.children:
        if child.dep_ in ("appos", "conj"):
            yield child
            yield from _appended(child)


def _people_noun(token) -> bool:
    """A noun for people or forces ("troops", "citizens", "protesters"): a country
    modifying it says whose they are, not where they are."""
    from tacitus.extract.generic_actors import sectors

    return token.pos_ == "NOUN" and (token.lower_ in sectors() or token.lemma_.lower() in sectors())


def place_of(trigger, extra_heads=(), target_preps: bool = True) -> Optional[Place]:
    """The most specific resolvable place tied to the trigger (a city before its country).
    (The sentence's and the lead's places come later, in `place_unplaced_events`, so that
    only a place tied to the trigger decides an event's recipient.)"""
    ents, listed = [], False
    for head in [trigger.token, *extra_heads]:
        for cand in _candidates(head, target_preps):
            ent = _entity(cand) or (_named_as_place(cand) if cand.dep_ == "conj" else None)
            if ent is None or not place_clauses.lends_place(cand, trigger.token):
                continue
            if not any(e.start_char == ent.start_char for e in ents):
                ents.append(ent)
                listed = listed or cand.dep_ == "conj" or slashed(ent)
    within = _named_areas(ents)[1]
    found: list[Place] = []
    for ent in ents:
        place = _as_place(ent, within=within)
        if place and not any(p.start == place.start for p in found):
            found.append(place)
    return _most_specific(found, listed, trigger.token.doc) if found else None


def _named_areas(ents) -> tuple[frozenset, frozenset]:
    """The countries and the admin1 codes of the countries and states among place
    entities, which decide their towns ("Randolph, New Hampshire")."""
    gaz = gazetteer()
    named = [e for e in (gaz.place(_strip_article(x.text)) for x in ents) if e is not None]
    countries = frozenset(e.country for e in named if e.kind in ("country", "region") and e.country)
    within = frozenset(gaz.with_admin(e).admin1 for e in named if e.kind == "region") - {""}
    return countries, within


def _most_specific(found: list[Place], listed: bool = False, doc=None) -> Optional[Place]:
    """The most specific place; of a list ("shootings in Gilroy, El Paso and Dayton"),
    the place holding them all, its evidence the whole list: none for a list of places
    in several countries ("arrests in Spain, Portugal and Morocco")."""
    towns = {p.geonameid for p in found if p.precision == "town"}
    if listed and (len(towns) > 1 or _several_countries(found)) and doc is not None:
        return _holding_all(found, doc)
    return min(found, key=lambda p: RANK.get(p.precision or "", 2))


def _several_countries(found: list[Place]) -> bool:
    """Places of one precision in several countries ("Spain, Portugal and Morocco",
    "Kabul and Islamabad"); not a town with its state and country ("Reading, Berkshire,
    UK"), whose names say where the town is, whatever one of them also names elsewhere."""
    by_precision: dict = {}
    for p in found:
        by_precision.setdefault(p.precision, set()).add(p.country)
    return any(len(countries) > 1 for countries in by_precision.values())


def _holding_all(found: list[Place], doc) -> Optional[Place]:
    """The admin1 or else the country holding every place of a list, or None when they
    lie in several countries."""
    countries = {p.country for p in found}
    entry = gazetteer().countries.get(next(iter(countries))) if len(countries) == 1 else None
    if entry is None or entry.lat is None:
        return None
    start, end = min(p.start for p in found), max(p.end for p in found)
    fields = {}
    admin1 = {p.admin1_code for p in found}
    if len(admin1) == 1 and None not in admin1:
        area = next((a for a in admin_areas().named(found[0].admin1 or "", countries) if a.code in admin1), None)
        if area is not None and area.lat is not None:
            entry = gazetteer().area_entry(area)
            fields = admin_fields(entry)
    return Place(name=doc.text[start:end], start=start, end=end, country=entry.country, lat=entry.lat,
                 lon=entry.lon, geonameid=entry.geonameid, precision=entry.precision, basis=found[0].basis,
                 **fields)


def _locating_chains(tokens):
    """Groups of places a locating preposition introduces, each with its appositions
    and conjuncts ("in Reading, Berkshire, UK"), as (first token, [place entities])."""
    seen = set()
    for tok in tokens:
        if tok.dep_ != "prep" or not (tok.lower_ in SENTENCE_PREPS or _names_a_place(tok)):
            continue
        for pobj in (c for c in tok.children if c.dep_ == "pobj"):
            chain = []
            stack = [pobj]
            while stack:
                t = stack.pop()
                ent = _entity(t) or _named_as_place(t)
                if ent is not None and ent.start not in seen and not owner(t, ent):
                    seen.add(ent.start)
                    chain.append(ent)
                stack.extend(c for c in t.children if c.dep_ in ("appos", "conj", "npadvmod", "poss") or
                             c.dep_ == "compound" and not _people_noun(t))  # not "at US troops"
                # on through locating prepositions and a place noun's "of" ("the city of Aden"), not
                # through others ("independence from Sudan", "a 33-year-old of Bethesda")
                stack.extend(g for c in t.children if c.dep_ == "prep" and (c.lower_ in SENTENCE_PREPS or
                                                                          _names_a_place(c))
                             for g in c.children if g.dep_ == "pobj")
            for ent in list(chain):
                after = _area_after_comma(ent)
                if after is not None and after.start not in seen:
                    seen.add(after.start)
                    chain.append(after)
            if not chain:
                chain = _peoples_ground(pobj)
            if chain:
                yield pobj, chain


def _area_after_comma(ent):
    """The country or state named right after a place and a comma, which says where the
    place lies, whatever word the parser tied it to ("in Mindanao, Philippines")."""
    doc = ent.doc
    if ent.end + 1 >= len(doc) or doc[ent.end].text != ",":
        return None
    after = entity_of(doc[ent.end + 1])
    if after is None or after.start != ent.end + 1 or after.label_ not in ("GPE", "NORP"):
        return None  # (the tagger takes "Philippines" for a people)
    entry = gazetteer().place(_strip_article(after.text))
    return after if entry is not None and entry.kind in ("country", "region") else None


def _peoples_ground(pobj) -> list:
    """A people's name on a noun of land or a place ("in Iraqi military bases", "in
    Turkish waters", "a Syrian village"): that people's country, when nothing more exact
    is named."""
    if pobj.lemma_.lower() not in GROUND_NOUNS and pobj.lower_ not in GROUND_NOUNS:
        return []  # (the lemmatiser makes "bases" "basis")
    for child in pobj.children:
        ent = entity_of(child) if child.dep_ in ("amod", "compound") else None
        if ent is not None and ent.label_ == "NORP" and gazetteer().demonym(ent.text):
            return [ent]
    return []


def owner(token, ent) -> bool:
    """A country named as the modifier of a thing that is no place: whose it is or who
    acts, not where ("in a United States counter-terrorism operation", "the US embassy");
    a town so named is where ("at a Baghdad airport")."""
    if token.dep_ not in ("compound", "nmod") or token.head.i <= token.i or _entity(token.head) is not None:
        return False
    if token.head.lemma_.lower() in PLACE_NOUNS:
        return False
    entry = gazetteer().place(_strip_article(ent.text))
    return entry is not None and entry.kind == "country"


def _names_a_place(prep) -> bool:
    """ "of" after a place noun: "the city of Gdańsk", "Helmand province of Afghanistan"."""
    return prep.lower_ == "of" and prep.head.lemma_.lower() in PLACE_NOUNS


def _named_as_place(token):
    """A proper name a locating preposition introduces that the tagger took for a
    person or an organisation ("in Tsuen Wan", "in Reading, Berkshire"): a place when
    the gazetteer knows it. (Labelled places are `_entity`'s.)"""
    if token.pos_ != "PROPN" or len(token) < 3 or _joined(token):
        return None  # "Al" of "Al-Qaeda" is no town
    ent = entity_of(token)
    if ent is not None and ent.label_ not in ("PERSON", "ORG", "NORP"):
        return None
    if ent is not None and _known_body(ent.text):
        return None  # "Democrats in Congress": a body the actor dictionaries know, not Congress, Arizona
    doc = token.doc
    if ent is not None:
        # the comma-free part of the name holding the token ("Reading" of "Reading, Berkshire")
        start, end = token.i, token.i + 1
        while start > ent.start and not doc[start - 1].is_punct:
            start -= 1
        while end < ent.end and not doc[end].is_punct:
            end += 1
    else:
        start = min([token.i] + [c.i for c in token.children if c.dep_ == "compound" and c.pos_ == "PROPN"])
        end = token.i + 1
    span = doc[start:end]
    if span.root.i != token.i:
        return None
    entry = gazetteer().locate(_strip_article(span.text))
    if entry is None or entry.kind == "continent":
        return None
    return doc.char_span(span.start_char, span.end_char, label="GPE")


def _known_body(name: str) -> bool:
    """A name that stands for a government or is in the actor dictionaries as a person or
    an organisation ("Congress", "Parliament", "the Pentagon")."""
    from tacitus.extract import phoenix

    name = _strip_article(name)
    gaz = gazetteer()
    entry = gaz.place(name)
    if gaz.metonym(name) and (entry is None or entry.kind != "city"):
        return True
    return phoenix.lookup(name) is not None


def _joined(token) -> bool:
    """Part of a hyphenated word ("Al-Qaeda", "Abu-Dhabi-based")."""
    doc = token.doc
    return (not token.whitespace_ and token.i + 1 < len(doc) and doc[token.i + 1].text == "-") or \
        (token.i > 0 and doc[token.i - 1].text == "-" and not doc[token.i - 1].whitespace_)


def _chain_place(chain, basis: str) -> Optional[Place]:
    """The most specific place of a chain, towns chosen within the chain's countries."""
    countries, within = _named_areas(chain)  # "Randolph, New Hampshire": that state's Randolph
    places = [p for p in (_as_place(ent, basis, countries, within) for ent in chain) if p and p.precision]
    listed = any(ent.root.dep_ == "conj" for ent in chain)
    return _most_specific(places, listed, chain[0].doc) if places else None


def sentence_place(token) -> Optional[Place]:
    """The place the trigger's sentence locates with a preposition, nearest the trigger,
    of those its clauses lend it (`place_clauses.lends_place`); none when the nearest
    such list names places in several countries."""
    return _sentence_chain(token)[0]


def in_several_places(token) -> bool:
    """Whether the trigger's sentence locates its event in several places, so that no one
    place may stand for it: a list across countries ("protests in France, Germany and
    Italy", "the Afghanistan/Pakistan region"), a number of countries or towns ("arrests
    in 38 countries", "rallies in several cities"), the world ("around the world")."""
    return _sentence_chain(token)[1] or _counted_places(token)


def _sentence_chain(token) -> tuple[Optional[Place], bool]:
    """(the sentence's place for the trigger, whether the nearest lending chain lists
    places in several countries)."""
    chains = sorted(_locating_chains(token.sent), key=lambda pc: abs(pc[0].i - token.i))
    for pobj, chain in chains:
        if not place_clauses.lends_place(pobj, token):
            continue
        chain = [ent for ent in chain if not place_clauses.excluded(ent.root, token)]
        if _lists_countries(chain):
            return None, True
        place = _chain_place(chain, "sentence") if chain else None
        if place is not None:
            return place, False
    return None, False


def _lists_countries(chain) -> bool:
    """A chain of places that lie in several countries and are listed ("in Spain,
    Portugal and Morocco", "in Kabul and Islamabad") or joined by a slash or a hyphen
    ("the Afghanistan/Pakistan region", "the Syria-Turkey border")."""
    chain = list(chain) + [p for ent in chain for p in _slash_partners(ent)
                           if not any(p.start == e.start for e in chain)]
    if not any(ent.root.dep_ == "conj" for ent in chain) and not any(slashed(ent) for ent in chain):
        return False
    countries, within = _named_areas(chain)
    places = [p for p in (_as_place(ent, "sentence", countries, within) for ent in chain) if p and p.precision]
    return _several_countries(places)


def slashed(ent) -> bool:
    """A place name written against another with a slash or a hyphen ("Afghanistan/Pakistan")."""
    doc = ent.doc
    before = doc[ent.start - 1] if ent.start > 0 else None
    after = doc[ent.end] if ent.end < len(doc) else None
    return (after is not None and after.text in ("/", "-") and not doc[ent.end - 1].whitespace_) or \
        (before is not None and before.text in ("/", "-") and not before.whitespace_)


def _slash_partners(ent) -> list:
    """The place entities written against a place with a slash or a hyphen."""
    if not slashed(ent):
        return []
    doc = ent.doc
    near = [doc[ent.start - 2]] if ent.start >= 2 else []
    near += [doc[ent.end + 1]] if ent.end + 1 < len(doc) else []
    return [e for e in (_entity(t) for t in near) if e is not None and e.start != ent.start]


def _counted_places(token) -> bool:
    """The trigger (or its object) located in a number of places or the whole world
    ("arrested 40 people in 12 countries", "protests in several cities", "around the world")."""
    heads = [token] + [c for c in token.children if c.dep_ in ("dobj", "nsubjpass", "nsubj", "attr")]
    for head in heads:
        for prep in (c for c in head.children if c.dep_ == "prep" and c.lower_ in SENTENCE_PREPS):
            for pobj in (c for c in prep.children if c.dep_ == "pobj"):
                lemma = pobj.lemma_.lower()
                if pobj.tag_ in ("NNS", "NNPS") and lemma in MANY_PLACE_NOUNS or lemma in ("world", "globe"):
                    return True
    return False


def lead_place(doc) -> Optional[Place]:
    """Where the article's lead places its story: the first place its first sentences
    locate with a preposition ("A mass stabbing in Reading, Berkshire, UK ...")."""
    return _lead(doc)[0]


def lead_token(doc):
    """The token of the lead's place when a later sentence of the lead than the news (the
    first sentence that says something happened) gave it, else None: such a sentence
    may tell of another moment ("Police arrested a second man. The toilet was stolen from
    Blenheim Palace in Oxfordshire"), so its place is sure only for its own kind of event."""
    return _lead(doc)[1]


def _lead(doc):
    if "tacitus_lead_place" not in doc.user_data:
        found, later = None, None
        sents = [s for s in doc.sents if any(t.is_alpha for t in s)][:LEAD_SENTENCES]
        news = next((n for n, s in enumerate(sents) if any(t.pos_ in ("VERB", "AUX") for t in s)), 0)  # not a dateline
        several = False
        for n, sent in enumerate(sents):
            for pobj, chain in sorted(_locating_chains(sent), key=lambda pc: pc[0].i):
                if not place_clauses.lead_lends(pobj):
                    continue
                several = _lists_countries(chain)  # "Protests in France, Germany and Italy": no one place
                found = None if several else _chain_place(chain, "article")
                if found is not None or several:
                    later = pobj if n > news and found is not None else None
                    break
            if found is not None or several:
                break
        doc.user_data["tacitus_lead_place"] = (found, later)
    return doc.user_data["tacitus_lead_place"]


def lead_state(doc) -> Optional[Place]:
    """For a lead that locates nothing, the country whose state acts in its news sentence
    (the first with a verb): its subject is the country ("Germany on Monday banned ...")
    or an organ of it ("the government of Samoa began a shutdown", "Iraq's parliament
    voted", "the Iraqi parliament"); precision country. A state's measures and protests
    happen at home (`event_places`), so this places only those."""
    if "tacitus_lead_state" not in doc.user_data:
        found = None
        sents = [s for s in doc.sents if any(t.is_alpha for t in s)][:LEAD_SENTENCES]
        news = next((s for s in sents if any(t.pos_ in ("VERB", "AUX") for t in s)), None)
        subject = next((c for c in news.root.children if c.dep_ in ("nsubj", "nsubjpass")), None) \
            if news is not None else None
        if subject is not None:
            found = _state_named(subject)
            if found is None and _state_organ(subject):
                for child in subject.children:
                    named = child.children if child.dep_ == "prep" and child.lower_ == "of" else [child]
                    found = next((p for p in map(_state_named, named) if p is not None), None)
                    if found is not None:
                        break
        doc.user_data["tacitus_lead_state"] = found
    return doc.user_data["tacitus_lead_state"]


def _state_organ(token) -> bool:
    from tacitus.extract.generic_actors import sectors

    table = sectors()
    sector = table.get(token.lower_) or table.get(token.lemma_.lower())
    return sector in ORGAN_SECTORS


def _state_named(token) -> Optional[Place]:
    """A country a token names by name or by its people ("Iraq", "Iraqi"), as a place."""
    ent = entity_of(token)
    if ent is not None and ent.label_ == "ORG" and token.pos_ == "PROPN":
        ent = token.doc[token.i:token.i + 1]  # "Iraq" of "the Parliament of Iraq", tagged as one body
        ent = ent.doc.char_span(ent.start_char, ent.end_char, label="GPE")
    if ent is None or ent.label_ not in ("GPE", "NORP"):
        return None
    gaz = gazetteer()
    name = _strip_article(ent.text)
    entry = gaz.place(name) if ent.label_ == "GPE" else None
    country = entry.country if entry is not None and entry.kind == "country" else \
        (gaz.demonym(name) if ent.label_ == "NORP" else None)
    entry = gaz.countries.get(country or "")
    if entry is None or entry.lat is None:
        return None
    return Place(name=name, start=ent.end_char - len(name), end=ent.end_char, country=country, lat=entry.lat,
                 lon=entry.lon, geonameid=entry.geonameid, precision="country", basis="article")


def state_of(place: Place) -> Place:
    """A town or an admin2 place widened to the admin1 it lies in (else its country),
    its evidence still the name in the text: where all one knows is that an event
    happened in the same state."""
    if place.precision not in ("town", "admin2"):
        return place
    gaz = gazetteer()
    area = next((a for a in admin_areas().named(place.admin1 or "", frozenset({place.country}))
                 if a.code == place.admin1_code and a.lat is not None), None)
    entry = gaz.area_entry(area) if area is not None else gaz.countries.get(place.country)
    if entry is None or entry.lat is None:
        return place
    return Place(name=place.name, start=place.start, end=place.end, country=place.country, lat=entry.lat,
                 lon=entry.lon, geonameid=entry.geonameid, precision=entry.precision, basis=place.basis,
                 **(admin_fields(entry) if area is not None else {}))
