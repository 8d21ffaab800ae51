"""Victims counted from what the text names, with or without a numeral.

"a man was shot and killed" -> killed 1; "An 18-year-old ... was pronounced dead" -> 1;
"two women and a child were killed" -> 3; "a police officer and two civilians were
wounded" -> injured 3; "she died" -> killed 1. Each death or injury word (lexicon
`casualties.yaml`: death/killing/injury/harm verbs, "dead" predicates, conditions,
injury nouns) is followed through the parse to the people it is about, and those are
counted: numerals, coordinations, and one for "a man", "the victim", a name or "he".
`tolls.py` then follows one person across sentences and adds the victims up.
"""
from __future__ import annotations

import re
from dataclasses import dataclass, field
from typing import Optional

from tacitus import lexicons
from tacitus.extract import casualties as amounts
from tacitus.nlp import doc_text, lemmas as doc_lemmas, lowers as doc_lowers

PRONOUNS_ONE = {"he": "m", "him": "m", "himself": "m", "she": "f", "her": "f", "herself": "f"}
FEMALE = {"woman", "girl", "mother", "daughter", "wife", "sister", "grandmother", "policewoman", "female",
          "actress", "girlfriend", "niece", "aunt", "granddaughter", "stepmother", "stepdaughter", "nun",
          "spokeswoman", "mother-in-law"}
MALE = {"man", "boy", "father", "son", "husband", "brother", "grandfather", "policeman", "male", "boyfriend",
        "nephew", "uncle", "grandson", "stepfather", "stepson", "monk", "serviceman", "fisherman", "crewman",
        "spokesman", "father-in-law", "priest", "imam"}
NOBODY = {"nobody", "none", "no-one"}
NOT_COUNTS = {"MONEY", "PERCENT", "QUANTITY", "ORDINAL"}  # entity labels of numbers that count no one
# a DATE or TIME entity is believed only when it looks like one (the model also tags "fourteen to 31" DATE)
DATE_WORDS = re.compile(r"\b(?:jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]*\.?\b|\b(?:mon|tues|wednes|thurs|"
                        r"fri|satur|sun)day\b|\b(?:19|20)\d\d\b|\d:\d\d|\b[ap]\.?m\b|\butc\b|\bgmt\b", re.I)


def not_a_count_token(tok) -> bool:
    """A number inside a sum, a share, a measure, or an entity that reads as a date or time."""
    if tok.ent_type_ in NOT_COUNTS:
        return True
    if tok.ent_type_ in ("DATE", "TIME"):
        ent = next((e for e in tok.doc.ents if e.start <= tok.i < e.end), None)
        return ent is not None and DATE_WORDS.search(ent.text) is not None
    return False
# nouns for a person by their ending: "bodyguard", "fireman", "chairwoman", "cyclist", "technician"
PERSON_SUFFIX = re.compile(r"(?:guard|man|woman|person|ist|ician|ologist)$")


@lexicons.cached
def lexicon() -> dict:
    data = lexicons.load("casualties.yaml")
    sets = {k: frozenset(w.lower() for w in data.get(k) or []) for k in (
        "death_verbs", "killing_verbs", "injury_verbs", "harm_verbs", "fatal_adverbs", "dead_verbs", "conditions",
        "injury_nouns", "injury_takers", "lost_life", "person_nouns", "perpetrator_nouns", "passive_harm_verbs",
        "people_nouns", "natural_death", "incident_nouns")}
    return sets


@lexicons.cached
def _mention_words() -> frozenset:
    """Every lemma or form `_mention` acts on, but for the head of a "with" phrase."""
    lex = lexicon()
    return frozenset().union(*(lex[k] for k in ("killing_verbs", "death_verbs", "harm_verbs", "injury_verbs",
                                                  "injury_takers", "injury_nouns")),
                             {"lose", "bodies", "dead", "condition"})


@dataclass
class Person:
    """One person (or group) a death or injury word is about."""

    token: object  # head token of the noun phrase
    count: Optional[int]  # None: a number of people the text leaves open ("the victims")
    span: tuple[int, int]  # character offsets of the phrase
    numeral: bool = False  # counted from a number ("two women", "killed three")
    qualifier: Optional[str] = None  # "at least" ...
    individual: bool = False  # one person who may be named again ("a man", "he", "Adamowicz")
    definite: bool = False  # "the man", "he", a name: someone already known
    noun: Optional[str] = None  # head noun lemma ("man", "victim") or the name
    gender: Optional[str] = None
    perpetrator: bool = False


@dataclass
class Mention:
    """People a death or injury word is about, in one clause."""

    kind: str  # killed | injured | harmed (hit, outcome untold)
    word: object  # the death/injury token
    people: list[Person] = field(default_factory=list)
    negated: bool = False  # "no one was hurt"
    suicide: bool = False  # "killed himself"
    natural: bool = False  # "died at home aged 78": a death with no incident in its clause

    @property
    def count(self) -> Optional[int]:
        counts = [p.count for p in self.people if not p.perpetrator]
        return sum(counts) if counts and None not in counts else None

    @property
    def start(self) -> int:
        return min(p.span[0] for p in self.people)

    @property
    def end(self) -> int:
        return max(p.span[1] for p in self.people)


def find_mentions(sent) -> list[Mention]:
    """Victim mentions in a spaCy sentence."""
    lex = lexicon()
    found: list[Mention] = []
    seen: set[int] = set()
    # `_mention` finds nothing for a word that is none of its words (`_mention_words`) and
    # governs no "with" ("taken to hospital with injuries"): those are passed over by their
    # lemma and form, listed once per Doc, without a Token made for each
    doc = sent.doc
    lemmas, lowers = doc_lemmas(doc), doc_lowers(doc)
    words = _mention_words()
    with_heads = {doc[i].head.i for i in range(sent.start, sent.end) if lowers[i] == "with"}
    for i in range(sent.start, sent.end):
        if lemmas[i] not in words and lowers[i] not in words and i not in with_heads:
            continue
        tok = doc[i]
        mention = _mention(tok, lex)
        if mention is None or not mention.people:
            continue
        key = mention.people[0].token.i
        if key in seen and mention.kind == "harmed":
            continue
        seen.add(key)
        found.append(mention)
    return _strongest(found)


def _strongest(mentions: list[Mention]) -> list[Mention]:
    """One outcome per person in a clause: "shot and killed" is killed, not also hit."""
    rank = {"killed": 0, "injured": 1, "harmed": 2}
    best: dict[int, Mention] = {}
    for m in mentions:
        key = m.people[0].token.i
        if key not in best or rank[m.kind] < rank[best[key].kind]:
            best[key] = m
    return sorted(best.values(), key=lambda m: m.word.i)


def _mention(tok, lex) -> Optional[Mention]:
    lemma = tok.lemma_.lower()
    lower = tok.lower_
    if tok.pos_ in ("VERB", "AUX") or tok.tag_ in ("VBN", "VBD", "VBG"):
        if lemma in lex["killing_verbs"] or lower in lex["killing_verbs"]:
            return _about(tok, "killed", lex, object_side=True)
        if lemma in lex["death_verbs"]:
            mention = _about(tok, "killed", lex, object_side=False)
            if mention is not None:
                mention.natural = _natural_death(tok, lex)
            return mention
        if lemma in lex["harm_verbs"] or lemma in lex["injury_verbs"] or lower in lex["injury_verbs"]:
            fatal = _fatal(tok, lex)
            if lemma in lex["harm_verbs"] and not fatal:
                if lemma in lex["passive_harm_verbs"] and not (_passive(tok) and _is_person_object(tok, lex)):
                    return None  # "the quake struck the city", "Biden beat Trump"
                kind = "harmed"
            else:
                kind = "killed" if fatal else "injured"
            return _about(tok, kind, lex, object_side=True)
        if lemma == "lose" and any(c.dep_ == "dobj" and c.lower_ in lex["lost_life"] for c in tok.children):
            return _about(tok, "killed", lex, object_side=False)
        if any(c.dep_ == "prep" and c.lower_ == "with" and any(g.lemma_.lower() in lex["injury_nouns"] or
               g.lower_ in lex["injury_nouns"] for g in c.children) for c in tok.children):
            # "was taken to hospital with serious injuries", "found a man with gunshot wounds"
            return _about(tok, "injured", lex, object_side=_passive(tok) or any(c.dep_ == "dobj" for c in tok.children))
        if lemma in lex["injury_takers"] and any(c.dep_ in ("dobj", "pobj") and c.lemma_.lower() in lex["injury_nouns"]
                                                 for c in _objects(tok)):
            # "suffered injuries" (subject), "was treated for burns" (passive subject)
            return _about(tok, "injured", lex, object_side=_passive(tok))
    if lower in lex["injury_nouns"] and tok.dep_ == "pobj" and tok.head.lower_ == "with" \
            and tok.head.head.pos_ in ("NOUN", "PROPN"):
        # "found a 22-year-old man with multiple gunshot wounds"
        person = _count(tok.head.head, lex)
        return Mention(kind="injured", word=tok, people=[person]) if person is not None and person.count else None
    if lower == "bodies" and tok.head.lemma_.lower() in ("find", "recover", "discover", "pull", "retrieve", "identify"):
        # "the bodies of three fishermen were found"
        of = [g for c in tok.children if c.dep_ == "prep" and c.lower_ == "of" for g in c.children if g.dep_ == "pobj"]
        people = [p for p in (_count(g, lex) for g in of) if p is not None and p.count]
        return Mention(kind="killed", word=tok, people=people) if people else None
    if lower == "dead" and tok.dep_ in ("oprd", "acomp", "xcomp", "advcl", "ccomp", "conj", "amod") \
            and tok.head.lemma_.lower() in lex["dead_verbs"]:
        verb = tok.head
        subj = [c for c in tok.children if c.dep_ == "nsubj"]
        if subj:  # "found seven people dead": the parse hangs the people on "dead"
            people = [p for p in (_count(s, lex) for s in subj) if p is not None and p.count]
            return Mention(kind="killed", word=tok, people=people) if people else None
        if verb.lemma_.lower() in ("leave",):
            return _about(verb, "killed", lex, object_side=True)
        return _about(verb, "killed", lex, object_side=_passive(verb))
    if lower == "condition" and any(c.lower_ in lex["conditions"] for c in tok.children):
        prep = tok.head if tok.dep_ == "pobj" else None
        if prep is not None and prep.lower_ == "in":
            verb = prep.head
            if verb.pos_ in ("VERB", "AUX"):
                return _about(verb, "injured", lex, object_side=_passive(verb))
    return None


def _natural_death(verb, lex) -> bool:
    """"died at his home", "died aged 78", "died of pneumonia": no incident in the clause.
    `tolls.py` keeps such a death only for someone already hurt in the incident."""
    words = {t.lower_ for t in verb.subtree} | {t.lemma_.lower() for t in verb.subtree}
    harm = lex["killing_verbs"] | lex["harm_verbs"] | lex["injury_verbs"]
    return not words & (lex["incident_nouns"] | lex["injury_nouns"] | harm | {"injuries", "wounds", "scene"})


def _objects(tok):
    for c in tok.children:
        yield c
        if c.dep_ == "prep":
            yield from c.children


def _passive(tok) -> bool:
    return any(c.dep_ in ("auxpass", "nsubjpass") for c in tok.children) or \
        (tok.tag_ == "VBN" and tok.dep_ in ("acl", "conj", "advcl") and not any(c.dep_ == "dobj" for c in tok.children))


def _fatal(tok, lex) -> bool:
    for c in tok.children:
        if c.lower_ in lex["fatal_adverbs"] or c.lower_ == "dead" and c.dep_ in ("oprd", "acomp", "advmod", "xcomp", "dobj"):
            return True
        if c.dep_ == "prep" and c.lower_ == "to" and any(g.lower_ == "death" for g in c.children):
            return True  # "stabbed to death"
        if c.dep_ == "prt" and c.lower_ == "down" and tok.lemma_.lower() in ("gun", "shoot"):
            return True
    return tok.lemma_.lower() == "gun" and any(c.lower_ == "down" for c in tok.children)


def _is_person_object(tok, lex) -> bool:
    for c in tok.children:
        if c.dep_ in ("dobj", "nsubjpass"):
            p = _count(c, lex)
            if c.pos_ == "PROPN" and c.ent_type_ != "PERSON":
                return False  # "struck the Jolo Cathedral"
            return p is not None and (p.individual or p.numeral) and not p.perpetrator
    return False


def _about(verb, kind: str, lex, object_side: bool) -> Optional[Mention]:
    """The people `verb` says died or were hurt: its object (or passive subject) for
    "killed X"/"X was killed", its subject for "X died"."""
    negated = any(c.dep_ == "neg" for c in verb.children)
    heads = _patients(verb, object_side)
    if not heads:
        return None
    mention = Mention(kind=kind, word=verb, negated=negated)
    for head in heads:
        if head.lower_ in ("himself", "herself", "themselves"):
            mention.suicide = True
            subj = next((c for c in verb.children if c.dep_ == "nsubj"), None)
            if subj is None:
                return None
            head = subj
        for member in [head, *head.conjuncts, *_stray_conjuncts(verb, head)]:
            if member.dep_ == "conj" and member.head.dep_ in ("nsubj", "nsubjpass", "dobj") and \
                    member.head.head not in (verb, verb.head):
                continue
            person = _count(member, lex)
            if person is None:
                continue
            if person.count == 0:
                mention.negated = True
                continue
            mention.people.append(person)
    if mention.negated and not mention.people:
        return None
    return mention if mention.people else None


def _stray_conjuncts(verb, head) -> list:
    """"killed five children in a church bus and two truck drivers": the parser joins the
    drivers to the bus; a numbered group joined to a place noun is another victim group."""
    found = []
    for prep in [c for c in (*verb.children, *head.children) if c.dep_ == "prep"]:
        for pobj in prep.children:
            if pobj.dep_ == "pobj" and not any(c.dep_ == "nummod" for c in pobj.children):
                found += [c for c in pobj.conjuncts if any(g.dep_ == "nummod" for g in c.children)
                          and c.tag_ == "NNS" and c.i > head.i]
    return found


def _patients(verb, object_side: bool) -> list:
    deps = ("dobj", "nsubjpass") if object_side else ("nsubj", "nsubjpass")
    found = [c for c in verb.children if c.dep_ in deps]
    if object_side and not found and _passive(verb):
        found = [c for c in verb.children if c.dep_ == "nsubj"]
    if found:
        return found[:1]
    # "was shot and killed", "was shot ... and later died": the first verb's subject
    if verb.dep_ == "conj" and verb.head.pos_ in ("VERB", "AUX"):
        return [c for c in verb.head.children if c.dep_ in ("nsubj", "nsubjpass")][:1]
    # "nine people killed", "a man shot dead": a participle on its noun
    if verb.dep_ in ("acl", "relcl") and verb.tag_ in ("VBN", "VBD") and verb.head.pos_ in ("NOUN", "PROPN", "NUM", "PRON"):
        if verb.dep_ == "relcl" and any(c.dep_ in ("nsubj", "nsubjpass") for c in verb.children):
            return []
        return [verb.head]
    # "killing seven", "injuring 16": the participle's own object was handled above
    return []


def _count(tok, lex) -> Optional[Person]:
    """How many people a noun phrase names (None when it names no one countable)."""
    lower, lemma = tok.lower_, tok.lemma_.lower()
    start = tok.left_edge.idx
    end = tok.idx + len(tok.text)
    for c in tok.children:  # "a man from Dayton": the phrase up to its head and number
        if c.dep_ in ("compound", "amod", "nummod", "det", "poss", "quantmod") and c.i < tok.i:
            start = min(start, c.left_edge.idx)
    if lower in NOBODY or lower == "one" and any(c.lower_ == "no" for c in tok.children) or \
            any(c.dep_ == "det" and c.lower_ == "no" for c in tok.children):
        return Person(tok, 0, (start, end))
    perpetrator = lemma in lex["perpetrator_nouns"] or lower in lex["perpetrator_nouns"]
    numeral = next((c for c in tok.children if c.dep_ == "nummod"), None)
    if tok.pos_ == "NUM" or tok.tag_ == "CD":
        if not_a_count_token(tok):
            return None
        return _numbered(tok, tok, start, end, lex, perpetrator)
    if numeral is not None and not _is_age(numeral):
        if not_a_count_token(numeral) or not _names_people(tok, lex):
            return None  # "19 stores", "September 12, 2019 ... Stevens"
        return _numbered(tok, numeral, start, end, lex, perpetrator)
    if lower in ("another", "one") and tok.dep_ in ("nsubj", "nsubjpass", "dobj"):
        # "Another later died", "one was pronounced dead": one more person
        return Person(tok, 1, (start, end), individual=True, numeral=lower == "one", noun=None)
    if lower in PRONOUNS_ONE:
        return Person(tok, 1, (tok.idx, end), individual=True, definite=True, gender=PRONOUNS_ONE[lower],
                      noun=None)
    if lower in ("both",) or any(c.lower_ == "both" for c in tok.children):
        return Person(tok, 2, (start, end), numeral=True, noun=lemma, perpetrator=perpetrator)
    if tok.pos_ == "PROPN" and (tok.ent_type_ in ("PERSON", "") or tok.ent_type_ == "ORG" and _said_dead(tok)):
        # a name; the small model tags unseen names ORG, believed when "pronounced dead" says it was a person
        return Person(tok, 1, (start, end), individual=True, definite=True, noun=tok.text, perpetrator=perpetrator)
    det = next((c.lower_ for c in tok.children if c.dep_ in ("det", "poss")), None)
    is_age = lower == "old" and any(c.lower_ == "year" for c in tok.subtree)  # "an 18-year-old"
    singular = tok.tag_ in ("NN", "JJ") and (lemma in lex["person_nouns"] or lemma in lex["perpetrator_nouns"] or is_age
                                             or PERSON_SUFFIX.search(lemma) is not None)
    if singular:
        definite = det not in ("a", "an", "another", "one") and det is not None or det is None and tok.dep_ != "conj"
        if det in ("a", "an", "another", "one"):
            definite = False
        gender = "f" if lemma in FEMALE else "m" if lemma in MALE else None
        return Person(tok, 1, (start, end), individual=True, definite=definite, noun=None if is_age else lemma,
                      gender=gender, perpetrator=perpetrator)
    return None


def _names_people(tok, lex) -> bool:
    lemma, lower = tok.lemma_.lower(), tok.lower_
    return (lower in lex["people_nouns"] or lemma in lex["person_nouns"] or lemma in lex["perpetrator_nouns"]
            or tok.text in lex["people_nouns"] or PERSON_SUFFIX.search(lemma) is not None
            or tok.ent_type_ == "NORP")


def _said_dead(tok) -> bool:
    return any(c.lower_ == "dead" for c in tok.head.children) and tok.dep_ in ("nsubjpass", "nsubj", "dobj")


def _is_age(numeral) -> bool:
    return any(c.lower_ == "year" for c in numeral.head.children) and numeral.head.lower_ in ("old",)


def _numbered(tok, numeral, start, end, lex, perpetrator) -> Optional[Person]:
    text = doc_text(tok.doc)[start:end]  # spaCy rebuilds doc.text on every access: once per Doc
    if re.search(r"-year-old|years? old", doc_text(tok.doc)[start:end + 12]):
        return None  # an age, not a count
    amount = amounts.find_amount(text)
    if amount is None:
        return None
    lo, hi = amount
    value = lo if lo is not None else hi
    if value is None:
        return None
    qualifier = amounts.lexicon()["_amount"].search(text)
    qual = qualifier.group("qual").lower() if qualifier and qualifier.group("qual") else None
    return Person(tok, value, (start, end), numeral=True, qualifier=qual,
                  noun=tok.lemma_.lower() if tok.pos_ != "NUM" else None, perpetrator=perpetrator,
                  individual=value == 1 and tok.pos_ == "NUM")
