"""Support verbs ("launched an attack", "staged a protest"): a verb whose object is the
event and whose subject is its actor. The words are the `support_verbs` of
lexicons/plover_triggers.yaml; roles.py takes the actor through them, status.py the
event's status ("will launch an attack" is as real as the launch)."""
from __future__ import annotations

from tacitus.extract.triggers import lexicon as trigger_lexicon


def is_support_verb(token) -> bool:
    """'launch', 'stage', 'hold' ... an event noun: the verb's subject is the noun's actor; a
    phrasal one ("take over") with its particle ("the FBI took over the investigation")."""
    words = set(trigger_lexicon().get("support_verbs") or [])
    if verb_in(token, words):
        return True
    return any(c.dep_ == "prt" and f"{token.lemma_.lower()} {c.lower_}" in words for c in token.children)


def verb_in(token, words) -> bool:
    """The verb is one of `words`, by lemma or by its inflected form ("staged" -> "stage"): the
    small model's lemmas slip on some verbs ("staged" -> "stag")."""
    lower = token.lower_
    if token.lemma_.lower() in words or lower in words:
        return True
    for suffix, repl in (("ing", ""), ("ing", "e"), ("ed", ""), ("ed", "e"), ("d", ""), ("s", ""), ("es", "")):
        if lower.endswith(suffix) and lower[:-len(suffix)] + repl in words:
            return True
    return False
