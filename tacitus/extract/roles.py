"""Actor and recipient words of an event, from the trigger's syntax.

Subject, agent, object, dative and the prepositions a type takes its recipient with
(`recipient_preps` in lexicons/plover_triggers.yaml); the subject is inherited through
control ("urged Putin to stop": Putin stops), coordination and gerunds. This module
finds tokens only; participants.py turns them into the article's actors.
"""
from __future__ import annotations

from tacitus.extract.status import is_infinitive_clause
from tacitus.extract.support_verbs import is_support_verb
from tacitus.extract.triggers import Trigger, lexicon as trigger_lexicon

SUBJECTS = ("nsubj", "csubj")


def find_roles(trig: Trigger, type_: str) -> tuple[list, list]:
    """(actor tokens, recipient tokens) from the trigger's syntax."""
    token = trig.token
    preps = _recipient_preps(type_) | _recipient_preps(trig.type)
    if trig.nominal:
        actors, recipients = _nominal_roles(token, preps)
        if {trig.type, type_} & {"REQUEST", "THREATEN", "ACCUSE"}:
            # "its demand that Israel ease restrictions": the one asked is the clause's subject
            recipients = [s for c in token.children if c.dep_ in ("acl", "ccomp")
                          for s in c.children if s.dep_ in ("nsubj", "nsubjpass")] + recipients
    else:
        actors, recipients = _clausal_roles(trig, token, preps, type_)
    return _with_conjuncts(actors), _with_conjuncts(recipients)


def _recipient_preps(type_: str) -> set[str]:
    table = trigger_lexicon().get("recipient_preps") or {}
    return set(table.get(type_) or table.get("default") or [])


def _prep_objects(token, preps):
    for child in token.children:
        if child.dep_ in ("prep", "dative") and child.lower_ in preps:
            for pobj in child.children:
                if pobj.dep_ == "pobj":
                    yield pobj
        elif child.dep_ == "dative" and child.pos_ in ("PROPN", "NOUN", "PRON"):
            yield child


def _host(token):
    """The noun that carries an event noun's phrase: "a mediation effort between X and Y",
    "ten days of war games", "a wave of strikes on X"."""
    for _ in range(2):
        if token.dep_ == "compound" and token.head.pos_ == "NOUN" and token.head.i > token.i:
            token = token.head
        elif token.dep_ == "pobj" and token.head.lower_ == "of" and token.head.head.pos_ == "NOUN":
            token = token.head.head
    return token


def _nominal_roles(token, preps):
    actors, recipients = [], []
    host = _host(token)
    if host.i != token.i:
        actors, recipients = _nominal_roles(host, preps)
    for child in token.children:
        if child.dep_ == "poss":
            actors.append(child)
        elif child.dep_ in ("amod", "compound", "nmod") and child.i < token.i and \
                (child.ent_type_ in ("NORP", "GPE", "ORG", "PERSON") or is_demonym(child)):
            actors.append(child)
        elif child.dep_ == "prep" and child.lower_ == "by":
            actors += [c for c in child.children if c.dep_ == "pobj"]
    recipients += list(_prep_objects(token, preps))
    token = _amount_carrier(token)
    head = token.head
    if actors and all(a.pos_ == "PRON" for a in actors) and token.dep_ == "dobj" and is_support_verb(head) \
            and any(c.dep_ in SUBJECTS for c in head.children):
        actors = []  # "the militants announced their withdrawal": "their" is the subject named
    if not actors and token.dep_ in ("dobj", "nsubjpass") and (is_support_verb(head) or _declares(head)):
        actors += _controlled_subject(head)
        recipients += list(_prep_objects(head, preps))
    if not actors and token.dep_ == "pobj" and head.lower_ == "on" and head.head.pos_ in ("VERB", "AUX"):
        # "workers went on strike", "troops remained on alert": the subject is in that state
        actors += _controlled_subject(head.head)
    if not actors and placed_under(token):
        # "authorities placed him under house arrest": the one who places, and the one placed
        verb = head.head
        actors += _controlled_subject(verb)
        recipients += [c for c in verb.children if c.dep_ in ("dobj", "nsubjpass")]
    return actors, recipients


def placed_under(token) -> bool:
    """An event noun a verb of placing puts someone under ("placed under house arrest", "was
    put under curfew", "kept under arrest")."""
    head = token.head
    return token.dep_ == "pobj" and head.lower_ == "under" and head.head.pos_ == "VERB" \
        and head.head.lemma_.lower() in ("place", "put", "keep", "hold")


def _controlled_subject(verb) -> list:
    """The subject of a support verb: its own, or through control and coordination the one
    of the verb it completes ("teachers are planning to stage a strike", "threatened to go on
    strike", "gathered and staged a sit-in"); never a noun that an infinitive modifies."""
    own = [c for c in verb.children if c.dep_ in SUBJECTS]
    if own or verb.dep_ not in ("xcomp", "conj"):
        return own
    return _subject_of(verb)[0]


def _declares(verb) -> bool:
    """A verb that declares the truce it takes ("signed a ceasefire agreement"): its subject holds it."""
    return verb.pos_ == "VERB" and verb.lemma_.lower() in set(trigger_lexicon().get("declared_retreats") or [])


def _amount_carrier(token):
    """The amount an event noun is counted in, when a verb carries that amount: "sent $20
    million in military assistance", "delivered 500 tonnes of food aid"."""
    head = token.head
    if token.dep_ == "pobj" and head.lower_ in ("in", "of") and head.head.dep_ in ("dobj", "nsubjpass") \
            and (head.head.pos_ == "NUM" or head.head.like_num or head.head.ent_type_ in ("MONEY", "QUANTITY")
                 or any(c.pos_ == "NUM" or c.like_num for c in head.head.children)):
        return head.head
    return token


def is_demonym(token) -> bool:
    from tacitus.geo import gazetteer

    return token.is_alpha and token.text[:1].isupper() and gazetteer().demonym(token.text) is not None


def subjects_of(verb) -> list:
    """The subject words of a verb, inherited through control, coordination and gerunds."""
    return _subject_of(verb)[0]


def _subject_of(verb, depth: int = 0):
    """The subject of a verb, inherited through control, coordination and gerunds."""
    if depth > 4:
        return [], False
    subj = [c for c in verb.children if c.dep_ in SUBJECTS]
    if subj:
        return subj, False
    agent = [p for c in verb.children if c.dep_ == "agent" for p in c.children if p.dep_ == "pobj"]
    if agent:
        return agent, True
    head = verb.head
    if head.i == verb.i:
        return [], False
    if verb.dep_ == "xcomp":
        objs = [c for c in head.children if c.dep_ in ("dobj",)]
        if objs and head.lemma_.lower() not in ("make",):
            return objs, False  # "urged Putin to stop": Putin stops
        return _subject_of(head, depth + 1)
    if verb.tag_ == "VBN" and verb.dep_ == "advcl":
        return [], False  # "when asked if ...": the one asked is not the one asking
    if verb.dep_ in ("conj", "advcl", "xcomp", "acomp"):  # "is prepared to lift": the subject of "is"
        return _subject_of(head, depth + 1)
    if verb.dep_ == "pcomp" and head.dep_ == "prep":  # "said ... after meeting X"
        return _subject_of(head.head, depth + 1)
    if verb.dep_ == "acl" and verb.tag_ != "VBN":
        return [head], False
    return [], False


def _clausal_roles(trig, token, preps, type_):
    actors, recipients = [], []
    subjects, from_agent = _subject_of(token)
    passive = any(c.dep_ in ("nsubjpass", "auxpass") for c in token.children)
    if token.pos_ == "ADJ" or token.dep_ in ("acomp",):
        subjects = [c for c in token.head.children if c.dep_ in SUBJECTS] or subjects
    if passive:
        agents = [p for c in token.children if c.dep_ == "agent" for p in c.children if p.dep_ == "pobj"]
        actors += agents
        recipients += [c for c in token.children if c.dep_ == "nsubjpass"]
        if token.dep_ == "relcl" and not recipients:
            recipients.append(token.head)
    else:
        actors += subjects
    extra_ids = {t.i for t in trig.extra_tokens}
    for child in token.children:
        if child.dep_ in ("dobj", "dative") and child.i not in extra_ids:
            if child.pos_ == "ADP":  # "gave a welcome to X": the dative is the preposition's object
                recipients += [c for c in child.children if c.dep_ == "pobj"]
            else:
                recipients.append(child)
    if not recipients and {trig.type, type_} & {"REQUEST", "THREATEN", "ACCUSE"}:
        # "demanded that the US cancel ...": the one asked is the subject of what is asked
        for child in token.children:
            if child.dep_ == "ccomp":
                recipients += [c for c in child.children if c.dep_ in ("nsubj", "nsubjpass")]
    for tok in [token, *trig.extra_tokens]:
        recipients += [r for r in _prep_objects(tok, preps) if r.i != token.i]
        if tok.dep_ == "prep" and tok.i != token.i:  # "called on Russia": the phrase ends in a preposition
            recipients += [c for c in tok.children if c.dep_ == "pobj"]
    # "Crimea, which was annexed": the relative pronoun stands for the noun it hangs from
    if token.dep_ == "relcl":
        recipients = [token.head if r.tag_ in ("WDT", "WP") else r for r in recipients]
        actors = [token.head if a.tag_ in ("WDT", "WP") else a for a in actors]
    return actors, recipients


def condition_subjects(token) -> list:
    """The subjects of an "if"/"unless" clause of the trigger or of the act it announces
    ("would close ... unless Athens lowers taxes", "threatened to strike unless X ...")."""
    clauses = [token, *[c for c in token.children if c.dep_ in ("xcomp", "ccomp")]]
    return _with_conjuncts([s for v in clauses for c in v.children if c.dep_ == "advcl" and c.pos_ in ("VERB", "AUX")
                            and any(m.dep_ == "mark" and m.lower_ in ("if", "unless") for m in c.children)
                            for s in c.children if s.dep_ in ("nsubj", "nsubjpass")
                            and (s.ent_type_ in ("GPE", "NORP", "ORG", "PERSON") or is_demonym(s))])


def complement_targets(token, type_: str) -> list:
    """Who the act a threat announces is aimed at: "threatened to shell Iraqi towns",
    "threatened to cut off electricity to X"."""
    preps = _recipient_preps(type_) | {"to", "against", "on"}
    out = []
    for comp in token.children:
        if comp.dep_ == "xcomp" or is_infinitive_clause(comp):
            out += [c for c in comp.children if c.dep_ == "dobj"] + list(_prep_objects(comp, preps))
            out += [p for c in comp.children if c.dep_ == "prt" for p in _prep_objects(c, preps)]
    return _with_conjuncts(out)


def _is_participant(tok) -> bool:
    """The actor's own things ("withdraw its troops") are not recipients."""
    if any(c.dep_ == "poss" and c.pos_ == "PRON" for c in tok.children) and tok.ent_type_ == "":
        return False
    return True


def _with_conjuncts(tokens):
    out = []
    tokens = [t for t in tokens if _is_participant(t)]
    for tok in tokens:
        for t in [tok, *[c for c in tok.children if c.dep_ == "conj"]]:
            if t not in out:
                out.append(t)
            for c in t.children:
                if c.dep_ == "conj" and c not in out:
                    out.append(c)
    return out
