"""Triggers that report no event at all, by class: a feeling said in words of harm ("we're
broken", "she was devastated"), a state of affairs ("the republic currently occupies it",
"the lodge billed itself as home to lions"), a figure of speech ("demonstrated a shocking
ignorance", "the population exploded"), a generic statement ("looting leads to somebody
getting shot"), a medium depicting ("video captured him wearing a mask") and a map legend or
caption line ("Territory captured by Azerbaijan"). Each is dropped before it is coded: no
place, actor or type is right for what did not happen. Aims ("aimed at stopping", "in a way
that prevents") are not dropped but made hypothetical, in status.py.

The word classes are data (lexicons/word_classes.yaml, "words that report no event").
"""
from __future__ import annotations

from tacitus.lexicons.word_classes import word_class

_PERSONAL = {"i", "we", "he", "she", "they", "you", "me", "us", "him", "her", "them"}
_REFLEXIVE = {"itself", "himself", "herself", "themselves", "ourselves", "myself", "yourself", "yourselves"}
_PRESENT = ("VBZ", "VBP")
_STILL = {"currently", "still", "now", "already", "today", "presently"}  # "currently occupies": a state
_LINKING = {"feel", "seem", "look", "sound", "appear", "remain"}


def reports_nothing(trig) -> bool:
    """Whether the trigger states no event of any kind (see the module's classes)."""
    token = trig.token
    if trig.nominal:
        return _generic_cause(token)
    return (_a_feeling(token) or _describes_itself(token) or _a_state_of_affairs(token)
            or _a_show_of_quality(trig) or _counted_things_grew(token) or _generic(token)
            or _depicted(token) or _a_legend(token))


def _lemma(token) -> str:
    return token.lemma_.lower()


def _of_people(noun) -> bool:
    return noun.lower_ in _PERSONAL or noun.ent_type_ == "PERSON" or _lemma(noun) in word_class("feeling_holders") \
        or noun.lower_ in word_class("feeling_holders")


def _subject(token):
    """The subject of the trigger, or of the copula or linking verb it completes."""
    for holder in (token, token.head if token.dep_ in ("acomp", "oprd", "attr", "conj") else None):
        if holder is None:
            continue
        for c in holder.children:
            if c.dep_ in ("nsubj", "nsubjpass"):
                return c
    return None


def _agent(token):
    return next((p for c in token.children if c.dep_ == "agent" for p in c.children if p.dep_ == "pobj"), None)


def _a_feeling(token) -> bool:
    """Words of harm said of people's feelings: "we're broken", "she was devastated",
    "the family felt crushed", "the deaths as crushing", "fans were hurt by the decision"."""
    lemma, lower = _lemma(token), token.lower_
    feeling = lemma in word_class("feeling_words") or lower in word_class("feeling_words")
    hurt = lemma in word_class("feeling_hurt_words") or lower in word_class("feeling_hurt_words")
    if not (feeling or hurt):
        return False
    if token.dep_ in ("acomp", "oprd") and token.head.lemma_.lower() in _LINKING:
        return True  # "felt crushed", "seemed devastated"
    agent = _agent(token)
    if hurt:  # "two people were hurt" is an injury; "hurt by the decision" a feeling
        return agent is not None and (_lemma(agent) in word_class("feeling_causes")
                                      or agent.lower_ in word_class("feeling_causes"))
    if token.tag_ == "VBG" and token.dep_ in ("acomp", "oprd", "amod"):
        return True  # "crushing", "devastating", "heartbreaking": what a thing felt like
    subject = _subject(token)
    if subject is None or not _of_people(subject):
        return False  # "the town was devastated", "the window is broken"
    return agent is None or _lemma(agent) in word_class("feeling_causes")


def _describes_itself(token) -> bool:
    """A self-description: "billed itself as home to three lions", "styles himself as ..."."""
    has_as = any(c.dep_ == "prep" and c.lower_ == "as" for c in token.children)
    return has_as and (any(c.dep_ == "dobj" and c.lower_ in _REFLEXIVE for c in token.children)
                       or _lemma(token) == "bill")


def _a_state_of_affairs(token) -> bool:
    """A verb of position in the simple present states how things stand ("currently
    occupies it", "rebels hold the north"), and so does its participle describing a noun
    ("the territories surrounding the enclave"); a headline's present is news, so the
    article's first sentence only with an adverb of the present state ("currently")."""
    if _lemma(token) not in word_class("stative_verbs"):
        return False
    if token.tag_ == "VBG" and token.dep_ == "acl":
        return True
    if token.tag_ not in _PRESENT or any(c.dep_ in ("aux", "auxpass") for c in token.children):
        return False
    return token.sent.start > 0 or any(c.dep_ == "advmod" and c.lower_ in _STILL for c in token.children)


def _a_show_of_quality(trig) -> bool:
    """"demonstrate" with an object or a that-clause shows something ("demonstrated a
    shocking ignorance", "demonstrated that the rules work"); only without one do people
    demonstrate."""
    token = trig.token
    if trig.type != "PROTEST" or trig.nominal or _lemma(token) != "demonstrate":
        return False
    return any(c.dep_ in ("dobj", "ccomp") for c in token.children)


def _counted_things_grew(token) -> bool:
    """A number that "exploded", "soared" or "collapsed": "the deer population exploded"."""
    from tacitus.extract.triggers import lexicon as trigger_lexicon

    counted = word_class("counted_things") | set(trigger_lexicon().get("quantities") or [])
    if any(c.dep_ in ("dobj", "nsubjpass", "auxpass") for c in token.children):
        return False  # "a number of journalists were injured": done to someone
    return any(c.dep_ == "nsubj" and (_lemma(c) in counted or c.lower_ in counted)
               and not any(p.dep_ == "prep" and p.lower_ == "of" for p in c.children) for c in token.children)


def _generic(token) -> bool:
    """What usually happens, not what happened: a habitual adverb in the present ("somebody
    usually gets hurt"), or the outcome of a consequence verb in the simple present ("looting
    leads to somebody getting shot", "such raids result in people being killed")."""
    from tacitus.extract.triggers import lexicon as trigger_lexicon

    auxes = [c for c in token.children if c.dep_ in ("aux", "auxpass")]
    present = token.tag_ in _PRESENT or any(a.tag_ in _PRESENT for a in auxes)
    if present and any(c.dep_ == "advmod" and c.lower_ in word_class("habitual_adverbs") for c in token.children):
        return True
    consequences = set(trigger_lexicon().get("consequence_verbs") or [])
    tok = token
    for _ in range(5):
        if tok.head.i == tok.i or tok.dep_ not in ("pcomp", "pobj", "prep", "xcomp", "ccomp", "acl", "dobj"):
            return False
        tok = tok.head
        if tok.pos_ in ("VERB", "AUX") and _lemma(tok) in consequences:
            return tok.tag_ in _PRESENT and not any(c.dep_ in ("aux", "auxpass") for c in tok.children)
    return False


def _generic_cause(noun) -> bool:
    """An event noun as the cause a consequence verb in the simple present speaks of in
    general ("looting leads to shootings", "riots cause deaths"), not of a day: a noun
    with no determiner of its own (not "the looting led to", "this riot causes")."""
    from tacitus.extract.triggers import lexicon as trigger_lexicon

    verb = noun.head
    return noun.dep_ == "nsubj" and verb.pos_ == "VERB" and verb.tag_ in _PRESENT \
        and _lemma(verb) in set(trigger_lexicon().get("consequence_verbs") or []) \
        and not any(c.dep_ in ("aux", "auxpass") for c in verb.children) \
        and not any(c.dep_ in ("det", "poss") for c in noun.children)


def _media(noun) -> bool:
    media = word_class("depicting_media")
    return noun is not None and (_lemma(noun) in media or noun.lower_ in media)


def _depicted(token) -> bool:
    """A recording that "captured" or "caught" someone depicts, it arrests no one: "video
    captured the senator wearing a mask", "was caught on camera", "captured by CCTV"."""
    if any(c.dep_ == "nsubj" and _media(c) for c in token.children) or _media(_agent(token)):
        return True
    for prep in (c for c in token.children if c.dep_ == "prep"):
        if prep.lower_ == "on" and any(_media(p) for p in prep.subtree):
            return True  # "caught on camera (setting fire ...)": the parser may hang the medium low
        if prep.lower_ == "in" and any(p.dep_ == "pobj" and _media(p) for p in prep.children):
            return True  # "captured in the footage"; not "discussed it in a video call"
    return False


def _a_legend(token) -> bool:
    """A line of a map legend or a caption, not a sentence: a short line of its own after the
    first (the headline), with no finite verb (a noun with a participle: "Territory captured
    by Azerbaijan", "Areas held by rebels") and no closing stop. The parser may run such a
    line into the next sentence, so the line is read from the text."""
    if token.tag_ not in ("VBN", "VBG"):
        return False
    text = token.doc.text
    start = text.rfind("\n", 0, token.idx) + 1
    end = text.find("\n", token.idx)
    end = len(text) if end < 0 else end
    line = text[start:end].strip()
    if start == 0 or not line or line[-1] in ".!?\"'”’:;)" or len(line.split()) > 12:
        return False
    words = [t for t in token.doc if start <= t.idx < end]
    return not any(t.tag_ in ("VBD", "VBZ", "VBP", "MD") for t in words)
