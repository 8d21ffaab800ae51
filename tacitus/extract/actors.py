"""Actors within one article: who is who, and which words refer to whom.

Built in text order from the named entities:
* people: every form of a name joins the person whose name contains it
  ("Trump" and "President Trump" join "President Donald Trump"; "Vladimir" joins
  "Vladimir Putin"), the fullest form is the canonical name, and titles, appositions
  and the `actors.yaml` lexicon give role, country and sector;
* states: countries, demonyms used as nouns ("the Russians") and metonyms acting as
  a government ("Moscow", "the Kremlin", "Washington") become one actor per country;
* organisations, with a sector from the words of their name;
* references: definite descriptions ("the president", "the Ukrainian leader") and
  third-person pronouns, resolved by `coref.py`.
Groups named by a description ("Ukrainian officials") are added on demand by
`resolve_or_add`, when a quote or event needs them.
"""
from __future__ import annotations

import bisect
import datetime as dt
import re
import unicodedata
from dataclasses import dataclass
from typing import Optional, Union

from spacy.tokens import Span as SpacySpan

from tacitus.extract import misread_names, nationals, not_actors, phoenix, titles
from tacitus.extract.known_actors import known_actors, known_outlets, known_surnames, role_on
from tacitus.geo import gazetteer
from tacitus.nlp import doc_text, entity_of
from tacitus.lexicons.word_classes import exported, word_class
from tacitus.report import Actor, Span

# how sure a mention is, so that resolve() prefers a name to a modifier inside it
NAME, REFERENCE, MODIFIER = 3, 2, 1
STATE_SECTORS = {"GOV", "LEG", "MIL", "JUD", "COP", "SPY"}
NON_STATE_SECTORS = {"IGO", "NGO", "REB", "MED", "BUS", "PTY"}


@dataclass
class Mention:
    start: int
    end: int
    actor_id: str
    strength: int


def clean_name(text: str) -> str:
    """The name as a reader would write it: no possessive, no trailing figures or dashes."""
    text = text.replace("\u00a0", " ")
    text = re.sub(r"[’']s$", "", text.strip())
    text = re.sub(r"[\s\-–—:,(]+[\d.,%]*\)?$", "", text)
    if text.count("(") > text.count(")"):
        text = text[:text.rindex("(")].strip()  # "National Hurricane Center (NHC"
    text = " ".join(text.split())
    if not re.match(r"^[^\W\d_]", text) or re.search(r"[\[\]{}<>|]", text):
        return ""  # not a name: starts with a digit or sign, or holds markup
    return text


def initials(name: str) -> str:
    """ "Asia-Pacific Economic Cooperation" -> "APEC"."""
    words = re.split(r"[\s\-]+", name)
    return "".join(w[0] for w in words if w[:1].isupper() and w.lower() not in ("of", "the", "and"))


class ActorTable:
    def __init__(self, doc, published: Optional[dt.date] = None) -> None:
        self.doc = doc
        self.published = published
        self.actors: list[Actor] = []
        self.mentions: list[Mention] = []  # kept sorted by start
        self._starts: list[int] = []  # the mentions' starts, for bisection
        self._of_actor: dict[str, list[Mention]] = {}  # actor id -> its mentions, in text order
        self._person_words: dict[str, list[int]] = {}  # folded word -> positions of persons named with it
        self._organisation_index: dict[str, list[int]] = {}  # see _organisation_keys
        self._spans: set[tuple[int, int]] = set()
        self._longest = 0  # the longest mention, to bound searches
        self._by_id: dict[str, Actor] = {}
        self._by_key: dict[str, str] = {}
        self._qualified_title: dict[str, bool] = {}  # actor id -> first title named a country
        self._leader: dict[str, bool] = {}
        self._group_keys: dict[tuple[int, int], Optional[str]] = {}  # (start, end) -> _group_key
        self.nationals: list = []  # (token, country) of the words naming one person by nationality
        self._national_words: set[int] = set()

    # ---- public API -------------------------------------------------------------------

    @classmethod
    def of_names(cls, doc, ctx=None) -> "ActorTable":
        """The actors the article names; `coref.actor_table` adds what refers to them."""
        table = cls(doc, getattr(ctx, "published", None))
        table._add_entities()
        return table

    def resolve(self, start: int, end: int) -> Optional[str]:
        """The actor that the text in [start, end) refers to (name, title, pronoun, metonym)."""
        group = self._group_key(start, end)
        if group and group in self._by_key:
            return self._by_key[group]
        # the mention holding the phrase's syntactic head wins: "former US ambassador
        # Nikki Haley" is Haley, not the United States named inside the phrase
        span = self.doc.char_span(start, end, alignment_mode="expand")
        inside = self._between(start, end)
        if span is not None and len(span):
            head = span.root.idx
            holding = [m for m in inside if m.start <= head < m.end and m.end <= end]
            if holding:
                return max(holding, key=lambda m: (m.strength, m.end - m.start)).actor_id
            if span.root.pos_ == "NOUN" and len(span) > 1:
                # "the wife of X", "the Varn professor": a description whose head is no
                # actor's mention is not the actor named inside it
                return None
        within = [m for m in inside if m.end <= end]
        if within:
            return max(within, key=lambda m: (m.strength, m.end - m.start)).actor_id
        # the query lies inside a longer mention ("Putin" inside "President Vladimir Putin")
        for m in self._between(start - self._longest, start + 1):
            if m.start <= start and end <= m.end:
                return m.actor_id
        return None

    def _between(self, start: int, end: int) -> list[Mention]:
        """Mentions that start in [start, end), in text order."""
        return self.mentions[bisect.bisect_left(self._starts, start):bisect.bisect_left(self._starts, end)]

    def resolve_or_add(self, span: Union[SpacySpan, tuple[int, int]]) -> Optional[str]:
        """Like resolve; an actor-like noun phrase or a place that is no actor yet becomes one."""
        span = self._as_span(span)
        if span is None:
            return None
        group = self._group_key(span.start_char, span.end_char)
        if group:
            return self._by_key.get(group) or self._add_group(span)
        found = self.resolve(span.start_char, span.end_char)
        if found:
            return found
        return self._add_place_state(span)

    def resolve_all(self, span: Union[SpacySpan, tuple[int, int]]) -> list[str]:
        """Every actor a coordinated phrase names: "European and Ukrainian leaders" ->
        [European leaders, Ukrainian leaders]; "Russia and Ukraine" -> [Russia, Ukraine]."""
        span = self._as_span(span)
        if span is None:
            return []
        core = self._group_core(span.start_char, span.end_char)
        if core is not None:
            modifiers = [t for t in core[:-1] if t.dep_ in ("amod", "compound", "conj", "nmod")
                         and (t.ent_type_ in ("NORP", "GPE") or titles.country_of_token(t))]
            # the words of one name are one modifier: "United States troops" names one state
            by_name: dict[int, SpacySpan] = {}
            for t in modifiers:
                ent = entity_of(t)
                if ent is not None and ent.start <= t.i and ent.end >= core.end:
                    continue  # "Kenya Defence Forces": words of one organisation's name
                whole = ent if ent is not None and ent.start >= core.start and ent.end <= core.end - 1 \
                    else self.doc[t.i:t.i + 1]
                by_name.setdefault(whole.start, whole)
            if len(by_name) > 1:
                head = core.root
                out = []
                for mod in by_name.values():
                    name = f"{mod.text} {head.text}"
                    key = f"group:{name.lower()}"
                    if key not in self._by_key:
                        entry = titles.title_entry(head) or {}
                        country = gazetteer().country_of_name(mod.text) if len(mod) > 1 else None
                        actor = self.new_actor(name, "group", key, country=country or titles.country_of_token(mod[0]),
                                               sector=entry.get("sector"))
                        self.add_mention(actor.id, mod.start_char, mod.end_char, REFERENCE)
                        self.add_mention(actor.id, head.idx, head.idx + len(head), MODIFIER)
                    out.append(self._by_key[key])
                return out
        parts = [span.root, *[c for c in span.root.subtree if c.dep_ == "conj" and span.start <= c.i < span.end]]
        out = []
        for tok in parts:
            phrase = self.doc[tok.left_edge.i:tok.i + 1] if tok is not span.root else span
            if tok is span.root and len(parts) > 1:
                phrase = self.doc[span.start:tok.i + 1]
            found = self.resolve_or_add(phrase)
            if found and found not in out:
                out.append(found)
        return out

    def get(self, actor_id: Optional[str]) -> Optional[Actor]:
        return self._by_id.get(actor_id)

    def export(self) -> list[Actor]:
        for actor in self.actors:
            actor.mentions.sort(key=lambda s: s.start)
        return self.actors

    def mentions_of(self, actor_id: str) -> list[Mention]:
        return list(self._of_actor.get(actor_id, ()))

    # ---- building ---------------------------------------------------------------------

    def new_actor(self, name: str, kind: str, key: str, **fields) -> Actor:
        actor = Actor(id=f"a{len(self.actors) + 1}", name=name, kind=kind, **fields)
        self.actors.append(actor)
        self._by_id[actor.id] = actor
        self._by_key[key] = actor.id
        if kind == "person":
            self._index_person(actor)
        elif kind == "organization":
            self._index_organisation(actor)
        return actor

    def add_mention(self, actor_id: str, start: int, end: int, strength: int = NAME) -> None:
        if (start, end) in self._spans:
            return
        i = bisect.bisect_right(self._starts, start)
        self._starts.insert(i, start)
        mention = Mention(start, end, actor_id, strength)
        self.mentions.insert(i, mention)
        # per actor too: a scan of every mention per question made long articles quadratic
        own = self._of_actor.setdefault(actor_id, [])
        own.insert(bisect.bisect_right(own, start, key=lambda m: m.start), mention)
        self._spans.add((start, end))
        self._longest = max(self._longest, end - start)
        self.get(actor_id).mentions.append(Span(start, end, doc_text(self.doc)[start:end]))

    def _add_entities(self) -> None:
        title_tokens: set[int] = set()
        # a person named by nationality ("the 28-year-old Argentine") is no state acting
        self.nationals = nationals.national_nouns(self.doc)
        self._national_words = {tok.i for tok, _ in self.nationals}
        people = [e for e in self.doc.ents if e.label_ == "PERSON" and not _event_modifier(e)
                  or misread_names.person_named_as_organisation(e)]
        places = misread_names.places_named_as_people(people)
        people = [e for e in people if not misread_names.is_place_named_as_person(e, places)]
        for ent in people:
            title = titles.analyse_prefix(ent)
            if title:
                title_tokens.update(range(title.start, title.end))
            self._add_person(ent, title or titles.analyse_apposition(ent), title)
        people_starts = {e.start for e in people}
        for ent in self.doc.ents:
            if ent.start in title_tokens or ent.start in people_starts:
                continue
            if ent.label_ in ("GPE", "NORP"):
                self._add_state_mention(ent)
            elif ent.label_ == "ORG":
                self._add_organisation(ent)
        for seat in misread_names.unlabelled_seats(self.doc):
            self._add_organisation(seat)  # "Downing Street urged calm": a seat acting is its state
        self._fill_from_knowledge()
        self._fill_from_context()

    def _add_person(self, ent: SpacySpan, title: Optional[titles.Title], prefix: Optional[titles.Title]) -> None:
        name = clean_name(ent.text)
        if not name or not any(c.isalpha() for c in name) or not_actors.reason(name):
            return
        actor = self._person_for(name)
        if actor is None:
            actor = self.new_actor(name, "person", key=f"person:{name.lower()}")
        elif len(name.split()) > len(actor.name.split()):
            actor.name = name  # the fullest form used is the canonical name
            self._index_person(actor)
        self._by_key.setdefault(f"person:{name.lower()}", actor.id)
        if title:
            if title.role and (actor.role is None or (title.qualified and not self._qualified_title.get(actor.id))):
                actor.role = title.role
                self._qualified_title[actor.id] = title.qualified
                self._leader[actor.id] = title.leader
            actor.country = actor.country or title.country
            actor.sector = actor.sector or title.sector
        if actor.country is None:
            actor.country = _country_after(ent)  # "President Ana Ruiz of Chile"
        if actor.country is None:
            actor.country = nationals.nationality_before(ent)  # "Swedish teenager Greta Thunberg"
        start_tok = prefix.start if prefix else ent.start
        self.add_mention(actor.id, self.doc[start_tok].idx, ent.end_char, NAME)

    def _person_for(self, name: str) -> Optional[Actor]:
        """The person already met whose name this form is part of, or who is part of it
        (the latest met, when several are). Only persons sharing a word with the name can
        be: they are found through the word index, as a scan of every actor per name made
        long articles quadratic."""
        words = _fold(name).split()
        candidates = {i for w in set(words) for i in self._person_words.get(w, ())}
        for i in sorted(candidates, reverse=True):
            actor = self.actors[i]
            theirs = _fold(actor.name).split()
            if actor.kind == "person" and (words == theirs or _sub_sequence(words, theirs)
                                           or _sub_sequence(theirs, words)):
                return actor
        return None

    def _index_person(self, actor: Actor) -> None:
        position = self.actors.index(actor) if self.actors[-1] is not actor else len(self.actors) - 1
        for word in set(_fold(actor.name).split()):
            self._person_words.setdefault(word, []).append(position)

    def _add_state_mention(self, ent: SpacySpan) -> None:
        gaz = gazetteer()
        text = clean_name(ent.text)
        if ent.label_ == "NORP":
            if ent.root.i in self._national_words:
                return  # one person of that country, resolved by coref
            country = gaz.demonym(text)
            # "the Russians" (a noun) is the state acting; "Russian strikes" only points at it
            strength = NAME if ent.root.pos_ in ("PROPN", "NOUN") and ent.root.tag_ in ("NNPS", "NNS") else MODIFIER
        else:
            place = gaz.place(text)
            if place is None or place.kind in ("region", "continent") or not text[:1].isupper():
                return  # a province or continent is a place, not a state acting
            country = place.country
            if place.kind == "city":
                meto = gaz.metonym(text)
                if not (meto and _acts(ent)):
                    return  # a city named as a place, not a government acting
            strength = NAME
        if not country:
            return
        actor = self._state(country)
        self.add_mention(actor.id, ent.start_char, ent.end_char, strength)

    def _state(self, country: str, sector: str = "GOV") -> Actor:
        key = f"state:{country}"
        if key in self._by_key:
            return self.get(self._by_key[key])
        return self.new_actor(gazetteer().country_name(country), "state", key, country=country, sector=sector)

    def _add_organisation(self, ent: SpacySpan) -> None:
        gaz = gazetteer()
        name = clean_name(ent.text)
        if not name or not any(c.isalpha() for c in name) or not_actors.reason(name):
            return
        meto = gaz.metonym(name)
        if meto and meto[1] == "GOV":
            if _acts(ent):
                self.add_mention(self._state(meto[0]).id, ent.start_char, ent.end_char, NAME)
            return
        key = f"org:{name.lower()}"
        actor_id = self._by_key.get(key) or self._organisation_for(name)
        if actor_id is None:
            # a seat of another branch ("Congress", "the Pentagon") is an organisation of its state
            country, sector = meto if meto else (titles.country_in_name(name), titles.sector_of_organisation(name))
            actor_id = self.new_actor(name, "organization", key, country=country, sector=sector).id
        self.add_mention(actor_id, ent.start_char, ent.end_char, NAME)

    def _organisation_for(self, name: str) -> Optional[str]:
        """An organisation met under a longer or shorter form: "EU" for "European Union",
        "Labour" for "Labour Party"."""
        for actor in self._organisations_near(name):
            if (name.isupper() and len(name) > 1 and initials(actor.name) == name) or (
                    actor.name.isupper() and len(actor.name) > 1 and initials(name) == actor.name):
                if len(name) > len(actor.name):
                    actor.name = name  # the spelled-out form is the canonical one
                    self._index_organisation(actor)
                return actor.id
            if _generic_extension(name, actor.name):
                return actor.id
            if _generic_extension(actor.name, name):
                actor.name = name
                self._index_organisation(actor)
                return actor.id
        return None

    # Only an organisation sharing one of these keys with a name can be met under it: its
    # initials are the name, its name is the name's initials, or one starts the other.
    # Found through this index, as a scan of every actor per name made long articles quadratic.
    @staticmethod
    def _organisation_keys(name: str, asking: bool) -> set[str]:
        words = name.split()
        keys = {"w:" + words[0]} if words else set()
        if asking:
            return keys | {"i:" + name, "n:" + initials(name)}
        return keys | {"i:" + initials(name), "n:" + name}

    def _index_organisation(self, actor: Actor) -> None:
        position = self.actors.index(actor) if self.actors[-1] is not actor else len(self.actors) - 1
        for key in self._organisation_keys(actor.name, asking=False):
            self._organisation_index.setdefault(key, []).append(position)

    def _organisations_near(self, name: str) -> list[Actor]:
        """The organisations that may be `name`, in the order they were met."""
        found = {i for key in self._organisation_keys(name, asking=True)
                 for i in self._organisation_index.get(key, ())}
        return [self.actors[i] for i in sorted(found) if self.actors[i].kind == "organization"]

    def home_country(self) -> Optional[str]:
        """The state an article is about, when one clearly dominates its mentions: the
        country of an official the text names without one ("Prime Minister X",
        "authorities"), since writers qualify foreign officials but not local ones."""
        if not hasattr(self, "_home"):
            counts = sorted(((len(self.mentions_of(a.id)), a.country) for a in self.actors
                             if a.kind == "state" and a.country), reverse=True)
            self._home = None
            if counts and counts[0][0] >= 2 and (len(counts) == 1 or counts[0][0] >= 1.5 * counts[1][0]):
                self._home = counts[0][1]
        return self._home

    def actors_home(self) -> Optional[str]:
        """The state an article's actors belong to, when the states it names do not settle
        it: the country that clearly dominates the mentions of the states, people and
        organisations it names ("Trump", "the U.S. Senate", "CNN" in a story that names the
        United States once). Lent only to actors of a state's sectors that the text leaves
        unqualified ("multiple officials"); event places keep `home_country`."""
        if self.home_country():
            return self._home
        if not hasattr(self, "_actors_home"):
            counts: dict[str, int] = {}
            for a in self.actors:
                if a.country and a.kind in ("state", "person", "organization"):
                    counts[a.country] = counts.get(a.country, 0) + len(self.mentions_of(a.id))
            ranked = sorted(((n, c) for c, n in counts.items()), reverse=True)
            self._actors_home = None
            if ranked and ranked[0][0] >= 3 and (len(ranked) == 1 or ranked[0][0] >= 2 * ranked[1][0]):
                self._actors_home = ranked[0][1]
        return self._actors_home

    def _fill_from_context(self) -> None:
        countries = {a.country for a in self.actors if a.kind == "state" and a.country}
        for actor in self.actors:
            if actor.kind == "organization" and actor.country is None:
                # "Mysuru Division" in an article about India, "the Ministry of Health of Brazil"
                actor.country = titles.place_in_name(actor.name, countries)
            if actor.kind == "person" and actor.country is None and actor.role and actor.sector in STATE_SECTORS:
                actor.country = self.actors_home()
            elif actor.kind == "organization" and actor.country is None and actor.sector in ("GOV", "LEG", "JUD", "PTY"):
                actor.country = self.actors_home()  # "the House", "the Democratic Party" of a US story

    def _fill_from_knowledge(self) -> None:
        """Country, sector and role of well-known people and organisations the text does
        not qualify: the `actors.yaml` lexicon first, then the Phoenix dictionaries."""
        known = known_actors()
        surnames = known_surnames()
        for actor in self.actors:
            if actor.kind not in ("person", "organization"):
                continue
            entry = known.get(actor.name.lower()) if actor.kind == "person" else None
            if entry is None and actor.kind == "person" and " " not in actor.name:
                entry = surnames.get(actor.name.lower())  # "Putin" alone
            if not entry and actor.kind == "organization":
                outlet = known_outlets().get(actor.name.lower())
                if outlet:
                    actor.country, actor.sector = outlet.get("country") or actor.country, "MED"
                    continue
            if not entry:
                self._fill_from_dictionary(actor)
                continue
            actor.country = actor.country or entry.get("country")
            actor.sector = actor.sector or entry.get("sector")
            role = role_on(entry, self.published)
            if role and (actor.role is None or not self._qualified_title.get(actor.id)):
                actor.role = role
                self._leader[actor.id] = self._leader.get(actor.id) or _is_leader_role(role)

    def _fill_from_dictionary(self, actor: Actor) -> None:
        """The Phoenix entry of the name, with the code it held on the article's date."""
        known = phoenix.lookup(actor.name, self.published)
        if known is None or (actor.kind == "organization" and gazetteer().metonym(actor.name)):
            return  # a seat of power ("Congress") keeps the lexicon's country and sector
        actor.country = actor.country or known.country
        if not known.sector:
            return
        if actor.kind == "organization":
            # a dictionary code beats a guess from the words of the name ("Abu Sayyaf Group")
            actor.sector = known.sector
        elif actor.sector is None or (known.dated and not self._qualified_title.get(actor.id)):
            # ... and a generic title's sector, when its date holds ("Chief Executive Carrie Lam")
            actor.sector = known.sector

    # ---- groups and places on demand ----------------------------------------------------

    def _as_span(self, span) -> Optional[SpacySpan]:
        if isinstance(span, SpacySpan):
            return span
        start, end = span
        return self.doc.char_span(start, end, alignment_mode="expand")

    def _group_core(self, start: int, end: int) -> Optional[SpacySpan]:
        """The "Ukrainian officials" of "several senior Ukrainian officials", when the
        phrase is headed by a plural agent noun ("officials", "forces", "leaders")."""
        span = self.doc.char_span(start, end, alignment_mode="expand")
        if span is None or len(span) == 0:
            return None
        head = span.root
        if head.ent_type_ == "PERSON" or head.tag_ not in ("NNS", "NNPS", "NN"):
            return None
        if titles.title_entry(head) is None or head.is_title and head.i > span.start and head.tag_ == "NNP":
            return None
        if head.tag_ == "NN" and head.lower_ not in ("government", "administration", "military", "army",
                                                    "police", "opposition", "parliament", "militia"):
            return None
        first = head.left_edge.i if head.left_edge.i >= span.start else span.start
        quantifiers = word_class("quantifiers")  # "some senior officials"
        while first < head.i and (self.doc[first].lower_ in quantifiers or self.doc[first].is_punct
                                  or self.doc[first].like_num or self.doc[first].is_space):
            first += 1
        return self.doc[first:head.i + 1]

    def _group_key(self, start: int, end: int) -> Optional[str]:
        """The key of the group the text [start, end) names, or None; the same question
        is asked for each role, event and quote that names the phrase, so it is kept."""
        if (start, end) not in self._group_keys:
            self._group_keys[(start, end)] = self._find_group_key(start, end)
        return self._group_keys[(start, end)]

    def _find_group_key(self, start: int, end: int) -> Optional[str]:
        core = self._group_core(start, end)
        if core is None or (len(core) == 1 and core.root.tag_ == "NN"):
            return None if core is None or core.root.lower_ not in ("government", "administration") else \
                self._bare_institution_key(core)
        return f"group:{clean_name(core.text).lower()}"

    def _bare_institution_key(self, core: SpacySpan) -> Optional[str]:
        return None  # "the government" alone: resolved by coref as a reference, not a new group

    def _add_group(self, span: SpacySpan) -> Optional[str]:
        core = self._group_core(span.start_char, span.end_char)
        if core is None:
            return None
        named = [m for m in self._between(core.start_char, core.end_char) if (m.start, m.end) == (core.start_char,
                                                                                                 core.end_char)]
        if named:
            return named[0].actor_id  # "Kenya Defence Forces": an organisation's own name
        entry = titles.title_entry(core.root) or {}
        country, sector = None, entry.get("sector")
        for tok in core[:-1]:
            country = titles.country_of_modifier(tok)  # "Afghan police", "Kandahar police"
            if country:
                break
            # "Trump administration officials" take Trump's country; "U.N. officials" and
            # "Hamas fighters" their organisation's country and sector
            owner = self.get(self.resolve(tok.idx, tok.idx + len(tok)))
            if owner is not None and (owner.country or owner.kind == "organization"):
                country = owner.country
                if owner.kind == "organization" and owner.sector in NON_STATE_SECTORS:
                    sector = owner.sector
                break
        name = clean_name(core.text)
        country = country or titles.country_after_of(core.root)  # "officials of Lagos State"
        if country is None and sector in STATE_SECTORS:
            country = self.actors_home()  # "authorities", "police" of the state the article is about
        actor = self.new_actor(name, "group", f"group:{name.lower()}", country=country, sector=sector)
        self.add_mention(actor.id, core.start_char, core.end_char, NAME)
        return actor.id

    def _add_place_state(self, span: SpacySpan) -> Optional[str]:
        """A place named as a target ("strikes on Kyiv") stands for its state."""
        root = span.root
        whole = entity_of(root)
        if whole is not None and (whole.start < span.start or whole.end > span.end):
            return None  # a word of a longer name ("Green" of "the Green Alliance") is no place
        if not (root.ent_type_ in ("GPE", "LOC") or (root.pos_ == "PROPN" and not root.ent_type_)):
            # a name used as a place ("Kyiv", "KYIV"), not an organisation or a common
            # noun that shares a town's name ("the Union", "independence")
            return None
        place = gazetteer().place(clean_name(span.text))
        if place is None or place.kind == "continent":
            return None
        if not root.ent_type_ and place.kind == "city" and place.population < 100_000:
            return None  # an unlabelled word that is also a small town's name
        actor = self._state(place.country)
        self.add_mention(actor.id, span.start_char, span.end_char, REFERENCE)
        return actor.id


def _event_modifier(ent: SpacySpan) -> bool:
    """A capitalised word opening a sentence that the tagger took for a one-word name
    but that modifies an event noun ("Twin bombings struck ...", "Mass shootings"): no
    one, unless the word is a name elsewhere in the text."""
    from tacitus.extract.triggers import lexicon

    tok = ent.root
    before = tok.doc[tok.i - 1] if tok.i else None
    opens = before is None or tok.is_sent_start or before.is_space or before.text in (".", "!", "?", ":", "“", '"')
    if len(ent) != 1 or not opens:
        return False
    if tok.dep_ not in ("compound", "amod", "nmod") or tok.head.pos_ != "NOUN" or tok.head.i <= tok.i:
        return False
    nouns = lexicon().get("nouns") or {}
    if tok.head.lemma_.lower() not in nouns and tok.head.lower_ not in nouns:
        return False
    return not any(t.text == tok.text and t.i > 0 and not t.doc[t.i - 1].is_space and not t.is_sent_start
                   for t in tok.doc if t.i != tok.i)


def _generic_extension(short: str, long: str) -> bool:
    """ "Labour" of "Labour Party": the longer name adds only generic words. ("Varn" is
    not "Varn Ministry of Health".)"""
    a, b = short.split(), long.split()
    if not (len(a) < len(b) and b[:len(a)] == a):
        return False
    generic = word_class("generic_organisation_words")
    return all(w.lower() in generic for w in b[len(a):])


def _fold(name: str) -> str:
    """Lower case without diacritics, so "Erdogan" meets "Erdoğan"."""
    return "".join(c for c in unicodedata.normalize("NFKD", name.lower()) if not unicodedata.combining(c))


def _sub_sequence(short: list[str], long: list[str]) -> bool:
    if len(short) >= len(long):
        return False
    return all(w in long for w in short)


def _country_after(ent: SpacySpan) -> Optional[str]:
    doc = ent.doc
    if ent.end + 1 < len(doc) and doc[ent.end].lower_ == "of" and doc[ent.end + 1].ent_type_ in ("GPE", "NORP"):
        place = gazetteer().place(doc[ent.end + 1].text) if doc[ent.end + 1].ent_iob_ == "B" else None
        nxt = entity_of(doc[ent.end + 1])
        place = gazetteer().place(nxt.text) if nxt is not None else place
        if place is not None and place.kind == "country":
            return place.country
    return None


def _acts(ent: SpacySpan) -> bool:
    """Does this place name act (subject, agent, possessor) rather than locate?"""
    root = ent.root
    if root.dep_ in ("nsubj", "nsubjpass", "poss", "agent", "dobj", "iobj", "conj", "appos", "compound"):
        if root.dep_ == "conj":
            return _acts_head(root.head)
        return True
    return root.dep_ == "pobj" and root.head.lower_ in ("with", "by", "between", "against", "from")


def _acts_head(tok) -> bool:
    return tok.dep_ in ("nsubj", "nsubjpass", "poss", "agent", "dobj", "pobj")


def _is_leader_role(role: str) -> bool:
    low = role.lower()
    return any(w in low for w in ("president", "prime minister", "chancellor", "leader", "king"))\
        and not low.startswith("vice")


# the word classes this module once held as constants, now in lexicons/word_classes.yaml
__getattr__ = exported(__name__, {"QUANTIFIERS": "quantifiers",
                                  "GENERIC_ORGANISATION_WORDS": "generic_organisation_words"})
