"""Hostile acts a side holds out as possible: threats told without a threat verb.

PLOVER's THREATEN covers "coercive or forceful warnings with serious potential
repercussions". News often tells them by the possibility of the act rather than by a
threat verb: "hinted at the possibility of suspending relations with Ethiopia",
"discussed the possibility of imposing a curfew", "kept open the option of military
action", and above all by not ruling the act out: "did not rule out sanctions",
"refused to rule out expelling the envoy". The act (a sanction, coercion, assault, protest
or show of force) is then the threat of the one who raises it; someone who only
comments on it ("analysts discussed the possibility of sanctions") threatens nothing.
The words are in `possible_threats` of lexicons/plover_triggers.yaml.
"""
from __future__ import annotations

from typing import Optional

from tacitus.extract import status
from tacitus.extract.triggers import lexicon as trigger_lexicon


def _spec() -> dict:
    return trigger_lexicon().get("possible_threats") or {}


def holder(token) -> Optional[object]:
    """The verb whose subject holds the act `token` out as possible, or None: the verb
    that takes the possibility noun the act is the "of" complement of, or a "rule out" that
    is negated or refused."""
    spec = _spec()
    verb = _raised_possibility(token, spec) or _not_ruled_out(token)
    if verb is None:
        return None
    from tacitus.extract.roles import subjects_of

    subjects = subjects_of(verb)
    onlookers = set(spec.get("onlookers") or [])
    if not subjects or any(s.lemma_.lower() in onlookers or s.lower_ in onlookers for s in subjects):
        return None  # "the possibility was discussed", "analysts discussed the possibility of sanctions"
    return verb


def _raised_possibility(token, spec) -> Optional[object]:
    """'hinted at the possibility of suspending ties', 'raised the option of a blockade'."""
    if token.dep_ not in ("pobj", "pcomp") or token.head.lower_ != "of":
        return None
    noun = token.head.head
    if noun.lemma_.lower() not in set(spec.get("nouns") or []):
        return None
    verb = noun.head
    if noun.dep_ == "pobj" and verb.dep_ == "prep":  # "spoke about the possibility", "hinted at it"
        noun, verb = verb, verb.head
    if noun.dep_ not in ("dobj", "prep", "nsubjpass") or verb.pos_ != "VERB":
        return None
    if verb.lemma_.lower() not in set(spec.get("verbs") or []) or status.is_negated(verb):
        return None
    return verb


def _not_ruled_out(token) -> Optional[object]:
    """'did not rule out military action', 'refused to rule out expelling the envoy'."""
    verb = token.head
    if token.dep_ not in ("dobj", "xcomp", "ccomp", "pcomp") or verb.pos_ != "VERB":
        return None
    if not (verb.lemma_.lower() == "rule" and any(c.dep_ == "prt" and c.lower_ == "out" for c in verb.children)
            or verb.lemma_.lower() == "exclude"):
        return None
    if status.is_negated(verb):
        return verb
    refusing = verb.head
    if verb.dep_ == "xcomp" and refusing.lemma_.lower() in ("refuse", "decline") and not status.is_negated(refusing):
        return refusing  # "refused to rule out sanctions": the one who refuses holds it open
    return None


def force_kept_up_until(token) -> bool:
    """The (negated) stop of a hostile act has a condition of "unless" or "until": 'we will
    not cease our attacks unless the border stays closed', 'will not stop fighting until the
    troops leave'. The act is vowed to go on until a demand is met: a threat of it."""
    return any(c.dep_ == "advcl" and any(m.dep_ == "mark" and m.lower_ in ("unless", "until") for m in c.children)
               for c in token.children)
