"""Event status: asserted, negated, hypothetical, future or historical.

PLOVER keeps events that are only threatened, conditional or in the future, with
an auxiliary flag; a negated event ("did not attack") is no event at all; a past
event the article recalls as background ("the 2014 annexation") is historical and
must be dated on its own, never on the publication date.
"""
from __future__ import annotations

import calendar
import datetime as dt
import re
from typing import Optional

from tacitus.extract.support_verbs import is_support_verb
from tacitus.nlp import entities_in

NEGATORS = {"not", "n't", "never", "no", "neither", "nor", "without"}
HYPOTHETICAL_AUX = {"could", "might", "may", "should", "can", "must", "ought"}
FUTURE_AUX = {"will", "shall", "'ll", "wo"}
# verbs whose infinitive complement is not (yet) an event: "threatened to strike"
HYPOTHETICAL_GOVERNORS = {"threaten", "urge", "ask", "demand", "want", "hope", "seek", "risk",
                          "consider", "propose", "call", "wish", "try", "offer", "warn", "press",
                          "tell", "order", "instruct", "command", "direct", "advise", "encourage", "persuade",
                          "pressure", "invite", "appeal"}
FUTURE_GOVERNORS = {"plan", "intend", "expect", "prepare", "aim", "vow", "promise", "pledge",
                    "agree", "decide", "set", "willing", "prepared", "ready", "determined", "poised"}
# nouns whose "of" complement is only possible ("raised the possibility of banning parties")
POSSIBILITY_NOUNS = {"possibility", "prospect", "spectre", "specter", "risk", "threat", "option", "idea"}
# nouns whose clause is only asked for, offered or threatened ("its demand that Peru release ...")
HYPOTHETICAL_NOUNS = {"demand", "call", "request", "proposal", "threat", "offer", "ultimatum", "appeal",
                      "bid", "warning", "plea"}
# nouns whose to-clause is the holder's own intent ("announced a plan to suspend talks",
# "their intention to lay down arms"): a future act, so a promise or a threat (events._as_intent)
INTENT_NOUNS = {"plan", "pledge", "promise", "intention", "decision", "commitment", "vow", "readiness",
                "willingness", "resolve", "determination"}
# verbs whose that-clause with a bare verb is what they ask for ("demanded that X withdraw")
DEMAND_GOVERNORS = {"demand", "insist", "urge", "ask", "request", "propose", "recommend", "suggest", "order",
                    "require", "call", "press", "stipulate", "move", "petition"}
NEGATING_GOVERNORS = {"refuse", "fail", "decline", "deny", "avoid", "reject", "stop", "cease"}
# verbs that give up a plan or a threat ("suspended plans to impose curfews", "dropped its
# threat to expel the envoy"): the planned act will not happen
ABANDONING_VERBS = {"drop", "abandon", "scrap", "shelve", "cancel", "suspend", "withdraw", "rescind", "ditch",
                    "jettison", "freeze", "reverse", "halt", "call", "retract", "renounce", "revoke", "axe"}
SPEECH_LEMMAS = {"say", "declare", "announce", "state", "tell", "add", "note", "warn", "insist",
                 "claim", "write", "report", "signal", "suggest", "vow", "promise"}
HISTORICAL_DAYS = 31  # a dated event ending more than this before publication is background

_MONTHS = {m.lower(): i for i, m in enumerate(calendar.month_name) if m}


def _abandoned(noun) -> bool:
    """The plan or threat is the object of a verb that gives it up ("called off its plans")."""
    if noun.dep_ not in ("dobj", "nsubjpass") or noun.head.pos_ != "VERB":
        return False
    verb = noun.head
    lemma = verb.lemma_.lower()
    if lemma == "call":  # only "called off"
        return any(c.dep_ == "prt" and c.lower_ == "off" for c in verb.children)
    return lemma in ABANDONING_VERBS


def is_negated(token) -> bool:
    """The trigger, its copula or the verb of its clause carries a negation."""
    for tok in _clause_heads(token):
        for child in tok.children:
            if child.dep_ == "neg" or (child.lower_ in NEGATORS and child.dep_ in ("advmod", "det", "neg")):
                return True
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
    for tok in _clause_heads(token):
        for child in tok.children:
            lower = child.lower_
            if child.dep_ in ("aux", "auxpass"):
                if lower in FUTURE_AUX:
                    return "future"
                if lower in HYPOTHETICAL_AUX:
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
    if token.dep_ in ("acl", "ccomp") and token.head.pos_ == "NOUN" and token.head.lemma_.lower() in INTENT_NOUNS \
            | {"threat", "proposal"} and any(c.dep_ == "aux" and c.lower_ == "to" for c in token.children) \
            and _abandoned(token.head):
        return "negated"  # "suspended plans to impose curfews"
    if token.dep_ in ("acl", "ccomp") and token.head.pos_ == "NOUN" and token.head.lemma_.lower() in INTENT_NOUNS \
            and any(c.dep_ == "aux" and c.lower_ == "to" for c in token.children):
        return "future"
    if token.dep_ in ("acl", "ccomp") and token.head.pos_ == "NOUN" and token.head.lemma_.lower() in HYPOTHETICAL_NOUNS | INTENT_NOUNS \
            and any(c.dep_ in ("mark", "aux") and c.lower_ in ("that", "to") for c in token.children):
        return "hypothetical"
    if token.dep_ in ("pcomp", "pobj") and token.head.lower_ == "of" \
            and token.head.head.lemma_.lower() in POSSIBILITY_NOUNS:
        return "hypothetical"  # "the possibility of banning opposition parties"
    gov = _governor(token)
    if gov is not None and token.dep_ == "ccomp" and gov.lemma_.lower() in DEMAND_GOVERNORS \
            and token.tag_ not in ("VBD", "VBN", "VBZ", "VBG") \
            and not any(c.dep_ in ("aux", "auxpass") for c in token.children):
        return "hypothetical"  # "demanded that the army withdraw": a bare verb asked for, not done
    if gov is not None and token.dep_ == "ccomp" and gov.lemma_.lower() in HYPOTHETICAL_GOVERNORS \
            and (token.tag_ == "VBG" or any(c.lower_ == "to" and c.dep_ == "aux" for c in token.children)):
        return "hypothetical"  # "risk the U.S. stepping away": a non-finite complement of a risk
    if gov is not None and (token.dep_ == "xcomp" or is_infinitive_clause(token)):
        lemma = gov.lemma_.lower()
        if lemma in NEGATING_GOVERNORS:
            return "negated"
        if lemma == "go" and any(c.dep_ == "aux" and c.lemma_ == "be" for c in gov.children):
            return "future"
        if lemma in FUTURE_GOVERNORS:
            return "future"
        if lemma in HYPOTHETICAL_GOVERNORS:
            return "hypothetical"
        inner = modality(gov)
        if inner:
            return inner
    if gov is not None and token.dep_ == "xcomp" and gov.pos_ == "ADJ" and gov.lower_ in FUTURE_GOVERNORS:
        return "future"  # "is willing to withdraw"
    if token.dep_ == "conj" and token.head.i != token.i and token.head.pos_ in ("VERB", "AUX"):
        return modality(token.head)
    return None


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
    tok = token
    for _ in range(4):
        if tok.dep_ == "ccomp" and tok.head.lemma_.lower() in SPEECH_LEMMAS:
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
    mode = _nominal_modality(token) if trigger.nominal else modality(token)
    if mode:
        return mode
    if is_historical(token, trigger.nominal, published, times) or is_recalled(token):
        return "historical"
    return "asserted"


# verbs whose object is an event recalled from the past ("referenced his clash with X")
RECALL_VERBS = {"reference", "recall", "echo", "remember", "recount", "revisit", "invoke", "cite"}


def is_recalled(token) -> bool:
    return token.dep_ in ("dobj", "ccomp") and token.head.lemma_.lower() in RECALL_VERBS


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
        if is_support_verb(head):  # "will launch an attack": as real as the launch
            return modality(head)
    if token.dep_ == "pobj" and head.lower_ == "of" and head.head.lemma_.lower() in POSSIBILITY_NOUNS:
        return "hypothetical"  # "the possibility of a ban on opposition parties"
    return None
