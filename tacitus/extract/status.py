"""Event status: asserted, negated, hypothetical, future or historical.

PLOVER keeps events that are only threatened, conditional or in the future, with
an auxiliary flag; a negated event ("did not attack") is no event at all; a past
event the article recalls as background ("the 2014 annexation") is historical and
must be dated on its own, never on the publication date.

The word classes the rules ask about (negators, auxiliaries, governing verbs, intent
nouns, ...) are data: lexicons/word_classes.yaml, read for the Config in force.
"""
from __future__ import annotations

import calendar
import datetime as dt
import re
from typing import Optional

from tacitus.extract.support_verbs import is_support_verb
from tacitus.lexicons.word_classes import exported, word_class
from tacitus.nlp import entities_in

HISTORICAL_DAYS = 31  # a dated event ending more than this before publication is background

_MONTHS = {m.lower(): i for i, m in enumerate(calendar.month_name) if m}


def _abandoned(noun) -> bool:
    """The plan or threat is the object of a verb that gives it up ("called off its plans",
    "backed away from its plan", "reversed course on plans")."""
    if noun.dep_ == "pobj" and noun.head.lower_ in ("from", "on") and noun.head.head.pos_ == "VERB":
        verb = noun.head.head  # "backed away from", "gave up on", "reversed course on"
        words = {c.lower_ for c in verb.children if c.dep_ in ("prt", "advmod", "dobj")}
        return (verb.lemma_.lower(), noun.head.lower_) in (("back", "from"), ("walk", "from"), ("row", "on"),
                                                           ("give", "on"), ("reverse", "on"), ("retreat", "from")) \
            and bool(words & {"away", "off", "back", "up", "course"}) or verb.lemma_.lower() == "retreat"
    if noun.dep_ not in ("dobj", "nsubjpass") or noun.head.pos_ != "VERB":
        return False
    verb = noun.head
    lemma = verb.lemma_.lower()
    if lemma == "call":  # only "called off"
        return any(c.dep_ == "prt" and c.lower_ == "off" for c in verb.children)
    return lemma in word_class("abandoning_verbs")


def is_negated(token) -> bool:
    """The trigger, its copula or the verb of its clause carries a negation."""
    negators = word_class("negators")
    for tok in _clause_heads(token):
        for child in tok.children:
            if child.dep_ == "neg" or (child.lower_ in negators and child.dep_ in ("advmod", "det", "neg")):
                return True
            if child.dep_ in ("nsubj", "nsubjpass") and (child.lower_ in ("nobody", "none", "noone") or any(
                    d.dep_ == "det" and d.lower_ == "no" for d in child.children)):
                return True  # "no troops were injured", "nobody was arrested", "no one was hurt"
    return False


def _clause_heads(token):
    """The token, plus the verb or copula it hangs from as complement ("not happy"), or the
    "going" of "(are not) going to continue"."""
    out = [token]
    if token.dep_ in ("acomp", "attr", "oprd") and token.head.i != token.i:
        out.append(token.head)
    if token.dep_ == "xcomp" and token.head.lemma_ == "go" and any(c.lower_ == "to" for c in token.children):
        out.append(token.head)
    return out


def in_condition(token) -> bool:
    """The trigger's clause is a condition ("if no deal is reached", "unless troops withdraw")."""
    return any(c.dep_ == "mark" and c.lower_ in ("if", "unless")
               for tok in _clause_heads(token) for c in tok.children)


def _governor(token):
    """The verb whose infinitive/clausal complement the trigger is, if any."""
    if (token.dep_ in ("xcomp", "ccomp") or is_infinitive_clause(token)) and token.head.i != token.i:
        return token.head
    return None


def is_infinitive_clause(token) -> bool:
    """A to-infinitive the parser hung as an adverbial ("threatened on Monday to shell ..."):
    read as the verb's complement."""
    return token.dep_ == "advcl" and any(c.dep_ == "aux" and c.lower_ == "to" for c in token.children)


def modality(token) -> Optional[str]:
    """'hypothetical' | 'future' | 'negated' | None for a verbal trigger's clause."""
    future_aux, hypothetical_aux = word_class("future_auxiliaries"), word_class("hypothetical_auxiliaries")
    if token.dep_ == "xcomp" and token.head.lemma_ == "be" and any(c.dep_ == "aux" and c.lower_ == "to"
                                                                   for c in token.children):
        # "the leaders are to meet next week" is planned; "crowds were to storm the base" was
        # planned and is not said to have happened
        return "hypothetical" if token.head.tag_ == "VBD" else "future"
    for tok in _clause_heads(token):
        for child in tok.children:
            lower = child.lower_
            if child.dep_ in ("aux", "auxpass"):
                if lower in future_aux:
                    return "future"
                if lower in hypothetical_aux:
                    return "hypothetical"
                if lower in ("would", "'d"):
                    return "future" if _in_reported_speech(tok) else "hypothetical"
            if child.dep_ == "mark" and lower in ("if", "unless", "whether"):
                return "hypothetical"
    if is_imperative(token) or _is_alternative(token) or _is_for_to(token):
        return "hypothetical"  # "reach a deal, or risk ...", "either say yes or for the U.S. to walk away"
    for tok in _clause_heads(token):
        if _conditional_clause(tok):
            return "hypothetical"  # "if it's not possible, then ... we're done"
    intent_nouns = word_class("intent_nouns")
    if token.dep_ in ("acl", "ccomp") and token.head.pos_ == "NOUN" and token.head.lemma_.lower() in intent_nouns \
            | {"threat", "proposal"} and any(c.dep_ == "aux" and c.lower_ == "to" for c in token.children) \
            and _abandoned(token.head):
        return "negated"  # "suspended plans to impose curfews"
    if token.dep_ in ("acl", "ccomp") and token.head.pos_ == "NOUN" and token.head.lemma_.lower() in intent_nouns \
            and any(c.dep_ == "aux" and c.lower_ == "to" for c in token.children):
        return "future"
    if token.dep_ in ("acl", "ccomp") and token.head.pos_ == "NOUN" \
            and token.head.lemma_.lower() in word_class("hypothetical_nouns") | intent_nouns \
            and any(c.dep_ in ("mark", "aux") and c.lower_ in ("that", "to") for c in token.children):
        return "hypothetical"
    if token.dep_ in ("pcomp", "pobj") and token.head.lower_ == "of" \
            and token.head.head.lemma_.lower() in word_class("possibility_nouns"):
        return "hypothetical"  # "the possibility of banning opposition parties"
    gov = _governor(token)
    if gov is not None and token.dep_ == "ccomp" and gov.lemma_.lower() in word_class("demand_governors") \
            and token.tag_ not in ("VBD", "VBN", "VBZ", "VBG") \
            and not any(c.dep_ in ("aux", "auxpass") for c in token.children):
        return "hypothetical"  # "demanded that the army withdraw": a bare verb asked for, not done
    hypothetical_governors, future_governors = word_class("hypothetical_governors"), word_class("future_governors")
    if gov is not None and token.dep_ == "ccomp" and gov.lemma_.lower() in hypothetical_governors \
            and (token.tag_ == "VBG" or any(c.lower_ == "to" and c.dep_ == "aux" for c in token.children)):
        return "hypothetical"  # "risk the U.S. stepping away": a non-finite complement of a risk
    if gov is not None and (token.dep_ == "xcomp" or is_infinitive_clause(token)):
        lemma = gov.lemma_.lower()
        if lemma in word_class("negating_governors"):
            return "negated"
        if lemma == "go" and any(c.dep_ == "aux" and c.lemma_ == "be" for c in gov.children):
            return "future"
        if lemma in future_governors:
            return "future"
        if lemma in hypothetical_governors:
            return "hypothetical"
        inner = modality(gov)
        if inner:
            return inner
    if gov is not None and token.dep_ == "xcomp" and gov.pos_ == "ADJ" and gov.lower_ in future_governors:
        return "future"  # "is willing to withdraw"
    if token.dep_ == "conj" and token.head.i != token.i and token.head.pos_ in ("VERB", "AUX"):
        return modality(token.head)
    if _purpose(token) or _an_aim(token):
        return "hypothetical"  # "went to court to stop the demolition": an aim, not yet an act
    return None


def _an_aim(token) -> bool:
    """What a thing is aimed at or made to do: "aimed at stopping the deportations" (the
    complement of `aim_participles`), "stored in a way that prevents children from reaching
    them" (a present relative clause of a noun of manner)."""
    if token.dep_ == "pcomp" and token.head.lower_ in ("at", "toward", "towards") \
            and token.head.head.lemma_.lower() in word_class("aim_participles"):
        return True
    return token.dep_ == "relcl" and token.head.lemma_.lower() in word_class("manner_nouns") \
        and token.tag_ in ("VBZ", "VBP", "VB")


def _purpose(token) -> bool:
    """An infinitive of purpose: "went to court to stop the demolition", "a lawsuit to prevent
    the deportation" (without a subject of its own, and not under a noun of intent, which the
    rules above read)."""
    if not any(c.dep_ == "aux" and c.lower_ == "to" for c in token.children) \
            or any(c.dep_ in ("nsubj", "nsubjpass") for c in token.children):
        return False
    return token.dep_ == "advcl" or token.dep_ in ("acl", "relcl") and token.head.pos_ == "NOUN"  # (the parser
    # may take "lawsuit to block the rule" for a relative clause)


def is_imperative(token) -> bool:
    """An order, not an event: a bare verb with no subject or auxiliary of its own that
    shares none ("Stop the strikes!", "...: reach a deal, or ..."); its doer is the one addressed."""
    if token.tag_ != "VB" or token.pos_ != "VERB":
        return False
    if any(c.dep_ in ("nsubj", "nsubjpass", "aux", "auxpass", "mark", "expl") for c in token.children):
        return False
    if token.dep_ == "ROOT":
        return True
    if token.dep_ in ("conj", "parataxis"):
        head = token.head
        shares = any(c.dep_ in ("aux", "auxpass") for c in head.children) or head.tag_ == "VB"
        return head.pos_ in ("VERB", "AUX") and not shares and token.i > head.i + 1 and \
            any(t.lower_ in (":", ";", "—") for t in token.doc[head.i:token.i])
    return False


def _is_alternative(token) -> bool:
    """A bare verb offered as one of two options ("either say yes or ...", "reach a deal, or risk ...")."""
    if token.pos_ != "VERB" or token.tag_ != "VB":
        return False
    options = [token, *[c for c in token.children if c.dep_ == "conj" and c.pos_ == "VERB"]]
    if token.dep_ == "conj":
        options.append(token.head)
    return any(c.lower_ in ("or", "either") and c.dep_ in ("cc", "preconj") for o in options for c in o.children)


def _is_for_to(token) -> bool:
    """"for the U.S. to walk away": an infinitive with its own subject states no act yet."""
    return any(c.dep_ == "mark" and c.lower_ == "for" for c in token.children) and \
        any(c.dep_ == "aux" and c.lower_ == "to" for c in token.children)


def _conditional_clause(token) -> bool:
    return any(c.dep_ == "advcl" and any(m.dep_ == "mark" and m.lower_ in ("if", "unless") for m in c.children)
               for c in token.children)


def _in_reported_speech(token) -> bool:
    """'Ukraine would never ...' under 'declared that': would is a future in the past."""
    tok, speech_lemmas = token, word_class("speech_lemmas")
    for _ in range(4):
        if tok.dep_ == "ccomp" and tok.head.lemma_.lower() in speech_lemmas:
            return True
        if tok.head.i == tok.i:
            return False
        tok = tok.head
    return False


def attached_dates(token, nominal: bool) -> list:
    """DATE entities that modify the trigger: its own phrase, not another clause."""
    out = []
    sent = token.sent
    for ent in entities_in(token.doc, sent.start, sent.end):
        if ent.label_ != "DATE":
            continue
        tok, steps = ent.root, 0
        while steps < 4 and tok.i != token.i and tok.head.i != tok.i:
            tok = tok.head
            steps += 1
            if tok.i != token.i and tok.pos_ in ("VERB", "AUX") and tok.dep_ not in ("amod",):
                break
        if tok.i == token.i:
            out.append(ent)
    return out


def period_end(text: str, published: Optional[dt.date], value: Optional[str] = None) -> Optional[dt.date]:
    """The last day of the period a date expression names ("2014", "February 2022", "February")."""
    if value:
        m = re.match(r"^(\d{4})(?:-(\d{2}))?(?:-(\d{2}))?$", value)
        if m:
            year, month, day = int(m.group(1)), m.group(2), m.group(3)
            if day:
                return dt.date(year, int(month), int(day))
            if month:
                return dt.date(year, int(month), calendar.monthrange(year, int(month))[1])
            return dt.date(year, 12, 31)
    lower = text.lower()
    year_m = re.search(r"\b(1[89]\d\d|20\d\d)\b", lower)
    month = next((n for name, n in _MONTHS.items() if re.search(rf"\b{name}\b", lower)), None)
    if year_m:
        year = int(year_m.group(1))
        if month:
            return dt.date(year, month, calendar.monthrange(year, month)[1])
        return dt.date(year, 12, 31)
    if month and published:
        year = published.year if month <= published.month else published.year - 1
        return dt.date(year, month, calendar.monthrange(year, month)[1])
    return None


def is_historical(token, nominal: bool, published: Optional[dt.date], times=()) -> bool:
    """A date attached to the trigger ends well before the publication date."""
    if published is None:
        return False
    for ent in attached_dates(token, nominal):
        value = next((t.value for t in times
                      if t.start < ent.end_char and ent.start_char < t.end and t.value), None)
        end = period_end(ent.text, published, value)
        if end and (published - end).days > HISTORICAL_DAYS:
            return True
    return False


def status_of(trigger, published: Optional[dt.date], times=()) -> str:
    """asserted | negated | hypothetical | future | historical for one trigger."""
    token = trigger.token
    if is_negated(token):
        return "negated"
    if asked_whether(token):
        return "hypothetical"  # "Was the law too late to prevent the damage?": asked, not told
    mode = _nominal_modality(token) if trigger.nominal else modality(token)
    if mode:
        return mode
    if is_historical(token, trigger.nominal, published, times) or is_recalled(token):
        return "historical"
    return "asserted"




def asked_whether(token) -> bool:
    """The trigger is in a yes-no question ("Does the group help women who are abused?",
    "Prevent it from being destroyed?"): the sentence ends with a question mark and opens
    with an auxiliary or a bare verb. A wh-question ("Why did police arrest him?") takes its
    event as given and is left alone."""
    sent = token.sent
    words = [t for t in sent if not t.is_space and not t.is_punct]
    if not words or not sent.text.rstrip().rstrip('"\'”’)').endswith("?"):
        return False
    first = words[0]
    return first.pos_ == "AUX" or first.tag_ == "VB" and first.dep_ == "ROOT"


def is_recalled(token) -> bool:
    return token.dep_ in ("dobj", "ccomp") and token.head.lemma_.lower() in word_class("recall_verbs")


def _nominal_modality(token) -> Optional[str]:
    """A noun event is as real as the clause that mentions it, except as the thing
    being asked for or threatened ('threatened an attack'): it is then hypothetical."""
    head = token.head
    if token.dep_ in ("dobj", "pobj", "nsubjpass", "nsubj") and head.pos_ in ("VERB", "AUX"):
        lemma = head.lemma_.lower()
        if lemma in ("threaten", "demand", "propose", "seek", "want", "plan", "reach", "strike", "sign",
                     "negotiate", "consider"):
            inner = modality(head)
            return inner or ("future" if lemma == "plan" else "hypothetical")
        if lemma in ("deny", "rule", "reject"):
            return "negated"
        if lemma in ("fear", "expect", "anticipate", "predict", "foresee"):
            return "hypothetical"  # "residents fear an invasion": feared, not happened
        if lemma in ("prevent", "avert", "forestall"):
            return "negated"  # "averted a strike": it did not happen
        if is_support_verb(head):  # "will launch an attack": as real as the launch
            return "negated" if is_negated(head) else modality(head)  # "did not launch an attack"
        if _consequence_verb(head):  # "did not lead to protests", "could spark riots": as real as the cause
            return "negated" if is_negated(head) else modality(head)
        if _purpose(head):  # "a lawsuit to prevent the deportation": the deportation is not done
            return "hypothetical"
    if token.dep_ == "pobj" and head.lower_ == "of" and head.head.lemma_.lower() in word_class("possibility_nouns"):
        return "hypothetical"  # "the possibility of a ban on opposition parties"
    if token.dep_ == "pobj" and head.lower_ in ("to", "in") and _consequence_verb(head.head):
        verb = head.head  # "did not lead to protests", "could result in a strike"
        return "negated" if is_negated(verb) else modality(verb)
    return None


def _consequence_verb(verb) -> bool:
    from tacitus.extract.triggers import lexicon as trigger_lexicon

    return verb.pos_ in ("VERB", "AUX") and verb.lemma_.lower() in set(trigger_lexicon().get("consequence_verbs") or [])


# the word classes this module once held as constants, now in lexicons/word_classes.yaml
__getattr__ = exported(__name__, {
    "NEGATORS": "negators", "HYPOTHETICAL_AUX": "hypothetical_auxiliaries", "FUTURE_AUX": "future_auxiliaries",
    "HYPOTHETICAL_GOVERNORS": "hypothetical_governors", "FUTURE_GOVERNORS": "future_governors",
    "POSSIBILITY_NOUNS": "possibility_nouns", "HYPOTHETICAL_NOUNS": "hypothetical_nouns",
    "INTENT_NOUNS": "intent_nouns", "DEMAND_GOVERNORS": "demand_governors",
    "NEGATING_GOVERNORS": "negating_governors", "ABANDONING_VERBS": "abandoning_verbs",
    "SPEECH_LEMMAS": "speech_lemmas", "RECALL_VERBS": "recall_verbs"})
