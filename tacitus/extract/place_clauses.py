"""Which places of a sentence may locate an event: the clause tests of `places`.

A sentence names places that are not where its event happened:
  - where a statement was made: "claimed the attack on al-Masirah TV in Yemen",
    "told reporters in Geneva that troops had shelled the village" (the speaker's own
    place, "officials in Kabul said", and a fronted "In Dallas, police said" stay);
  - where the medium of a statement is: "claimed the attack on al-Masirah TV in Yemen";
  - a place excluded: "all flights to Cuba, with the exception of flights to Havana";
  - a place of another clause with its own subject: "US troops had defeated ISIS and
    Turkey would be moving into Syria" ("The district lies in Moldova, but ... occupied
    it" still lends: a clause that only says where its subject lies); a place of a
    relative clause the trigger is not in ("The veteran, who served in Iraq, was arrested"),
    nor of a participle that says what a noun is ("arrested a man wanted for a shooting in
    Dallas", "a group based in London"); a participle that goes on with the event's own
    story lends it ("struck a wedding, killing 63 people in Kabul");
  - a place of a clause of another moment, for the article's lead: "since returning
    home from combat in Iraq" is no place of the story.
"""
from __future__ import annotations

from tacitus.lexicons.word_classes import word_class

# verbs of making a statement beyond the speech lemmas: the medium or audience is the statement's
STATEMENT_VERBS = {"speak", "talk", "tweet", "broadcast", "post", "publish", "brief", "address", "testify"}
# what a statement goes out on: a place right after it is the medium's ("on al-Masirah TV in Yemen")
MEDIUM_NOUNS = {"tv", "television", "radio", "channel", "broadcaster", "network", "station", "website",
                "twitter", "facebook", "telegram", "youtube", "instagram", "podcast", "newspaper", "livestream"}
EXCEPTION_WORDS = {"except", "excepting", "excluding", "exception", "exempt", "exemption", "apart"}
# verbs of a clause that only says where its subject is: such a clause lends its place
LOCATIVE_VERBS = {"be", "lie", "sit", "locate", "situate", "remain", "stand"}
CLAUSE_DEPS = {"ROOT", "conj", "ccomp", "xcomp", "advcl", "relcl", "acl", "pcomp", "parataxis", "csubj"}
SUBORDINATE_DEPS = {"advcl", "relcl", "acl", "pcomp", "csubj"}
# what opens a clause of another moment than the story's
TIME_MARKERS = {"since", "before", "after", "until", "till", "following"}  # not "when": often the same moment
REPORTED_DEPS = {"ccomp", "dobj", "xcomp", "parataxis", "nsubjpass"}


def _statement_verb(token) -> bool:
    lemma = token.lemma_.lower()
    return token.pos_ in ("VERB", "AUX") and (lemma in STATEMENT_VERBS or lemma in word_class("speech_lemmas"))


def _ancestors(token) -> list:
    """The token and its heads up to the sentence's root, nearest first."""
    out = [token]
    while out[-1].head.i != out[-1].i and len(out) < 40:
        out.append(out[-1].head)
    return out


def _branch(token, head):
    """The child of `head` whose subtree holds `token` (None when `token` is not under it)."""
    for anc in _ancestors(token):
        if anc.head.i == head.i and anc.i != head.i:
            return anc
    return None


def _subject_of(verb):
    return next((c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass", "expl")), None)


def _stranded_subject(verb):
    """A clause's subject the parser tied elsewhere: the name just before its first
    auxiliary ("... and Turkey would be moving", Turkey parsed as a conjoined object)."""
    aux = next((c for c in verb.children if c.dep_ == "aux"), None)
    if aux is None or aux.i == 0:
        return None
    before = verb.doc[aux.i - 1]
    return before if before.pos_ in ("PROPN", "NOUN", "PRON") and before.head.i != verb.i else None


def _relative(clause) -> bool:
    """A relative clause opened by a relative word ("who served", "which holds"), not one
    the parser made of a main clause ("a fire was reported at ...")."""
    return any(t.tag_ in ("WDT", "WP", "WP$", "WRB") or t.lower_ == "that" for t in clause.subtree
               if t.i <= clause.i)


def clause_of(token):
    """The head of the clause a token is in: the nearest verb or copula heading a clause."""
    for anc in _ancestors(token):
        if anc.pos_ in ("VERB", "AUX") and anc.dep_ in CLAUSE_DEPS:
            return anc
    return _ancestors(token)[-1]


def statements_place(place_token, trigger) -> bool:
    """The place tied to a statement whose reported content holds the trigger ("told
    reporters in Geneva that troops had shelled X", "Speaking on al-Masirah TV in Yemen,
    he said it had carried out the attack")."""
    for statement in _ancestors(trigger)[1:]:
        if not _statement_verb(statement):
            continue
        reported = _branch(trigger, statement)
        if reported is None or reported.dep_ not in REPORTED_DEPS:
            continue
        main = statement.head if statement.dep_ == "advcl" and _statement_verb(statement.head) else statement
        for speech in {statement, main}:
            branch = _branch(place_token, speech)
            if branch is None or branch.i == reported.i or _branch(trigger, speech) is branch:
                continue
            if branch.dep_ in ("nsubj", "nsubjpass"):
                return False  # "officials in Kabul said": where the speakers are
            subject = _subject_of(speech)
            if branch.dep_ == "prep" and speech.dep_ == "ROOT" and subject is not None and branch.i < subject.i \
                    and branch.i < speech.i:
                return False  # a fronted "In Dallas, police said ...": the story's dateline
            return True
    return False


def mediums_place(place_token) -> bool:
    """A place right after the medium a statement went out on ("claimed the attack on
    al-Masirah TV in Yemen"): where the medium is, whatever word the parser tied it to."""
    prep = place_token.head
    if prep.dep_ != "prep" or prep.i == 0:
        return False
    before = place_token.doc[prep.i - 1]
    return before.lower_ in MEDIUM_NOUNS and any(a.dep_ == "pobj" and a.head.lower_ == "on"
                                                 for a in _ancestors(before))


def excluded(place_token, trigger) -> bool:
    """A place under an exception ("except to Havana", "with the exception of flights
    to Havana", "cities other than Havana"), unless the trigger is in the exception too."""
    above_trigger = {t.i for t in _ancestors(trigger)}
    for anc in _ancestors(place_token):
        if anc.i in above_trigger:
            return False
        word = anc.lower_
        if word in EXCEPTION_WORDS or anc.lemma_.lower() in ("exclude", "exempt") or \
                (word == "than" and anc.head.lower_ == "other"):
            return True
    return False


def other_clause(place_token, trigger) -> bool:
    """A place in a coordinated clause with a subject of its own ("... and Turkey would be
    moving into Syria"), unless that clause only says where its subject lies; also a
    place-name the parser made a conjoined object although a verb follows it, the subject
    of a new clause ("defeated ISIS and Turkey would be moving")."""
    nxt = place_token.doc[place_token.i + 1] if place_token.i + 1 < len(place_token.doc) else None
    if place_token.dep_ == "conj" and nxt is not None and nxt.tag_ in ("MD", "VBD", "VBZ", "VBP") \
            and place_token.i > trigger.i:
        return True
    here, there = clause_of(trigger), clause_of(place_token)
    if here.i == there.i:
        return False
    if there.dep_ == "relcl" and _relative(there) and _branch(trigger, there) is None:
        return True  # "The veteran, who served in Iraq, was arrested": where he served
    if _describing_participle(there) and _branch(trigger, there) is None:
        return True  # "arrested a man wanted for a shooting in Dallas", "a group based in London"
    siblings = there.dep_ == "conj" and there.head.i == here.i or here.dep_ == "conj" and here.head.i == there.i \
        or here.dep_ == "conj" and there.dep_ == "conj" and here.head.i == there.head.i
    if not siblings or there.lemma_.lower() in LOCATIVE_VERBS:
        return False
    own, other = _subject_of(there) or _stranded_subject(there), _subject_of(here)
    return own is not None and (other is None or own.i != other.i)


def _describing_participle(clause) -> bool:
    """A past participle that says what a noun is ("a man wanted for a shooting in Dallas",
    "born in Tehran", "a group based in London"), not where it lies ("a building located
    in Magnitogorsk": that is where what befalls it happens)."""
    return clause.dep_ == "acl" and clause.tag_ in ("VBN", "VBD") and clause.lemma_.lower() not in LOCATIVE_VERBS


def background_clause(place_token) -> bool:
    """A place in a subordinate clause that dates another moment ("since returning home
    from combat in Iraq", "after serving in Iraq", "who had served in Iraq"): not where an
    article's lead places its story ("Wiranto, who was visiting Pandeglang, ..." is)."""
    head = clause_of(place_token)
    if _describing_participle(head):
        return True  # "A man wanted for a shooting in Dallas was arrested": not where the story is
    if head.dep_ not in SUBORDINATE_DEPS:
        return False
    if any(c.dep_ == "aux" and c.lower_ == "had" for c in head.children) and head.tag_ == "VBN":
        return True  # "X, who had served in Iraq, ...": an earlier moment, not the story's
    marker = head.head if head.dep_ == "pcomp" else next((c for c in head.children if c.dep_ == "mark"), None)
    return marker is not None and marker.lower_ in TIME_MARKERS


def lead_lends(place_token) -> bool:
    """Whether a place of a lead sentence may be where the article's story happens: not
    excluded, not a statement's own place, not of a clause dating another moment."""
    root = _ancestors(place_token)[-1]
    if background_clause(place_token) or excluded(place_token, root) or mediums_place(place_token):
        return False
    for anc in _ancestors(place_token)[1:]:
        reported = next((c for c in anc.children if c.dep_ == "ccomp"), None)
        if reported is not None and _statement_verb(anc) and statements_place(place_token, reported):
            return False
    return True


# words that stand for another instance of a thing named before ("after one in California",
# "another in Dayton", "others in Ohio and Texas")
INSTANCE_WORDS = {"one", "ones", "another", "other", "others"}


def other_instance(place_token, trigger) -> bool:
    """A place of another instance than the trigger's event: under "one", "another" or
    "others" ("The shooting was the third in a week, after one in California at a festival
    in Gilroy"), unless the trigger is in that phrase or is the participle that goes on
    with it (", after one in Gilroy, killing three": the killing is that one's)."""
    tok = place_token
    for _ in range(6):
        if tok.head.i == tok.i or tok.dep_ not in ("pobj", "prep", "conj", "appos", "compound"):
            return False
        if tok.dep_ == "prep" and tok.i > 0 and tok.doc[tok.i - 1].head.i == tok.head.i \
                and tok.doc[tok.i - 1].lower_ in INSTANCE_WORDS and tok.doc[tok.i - 1].dep_ == "dobj":
            tok = tok.doc[tok.i - 1]  # "followed another in Jalalabad": the parser tied the place to the verb
        else:
            tok = tok.head
        if tok.lower_ in INSTANCE_WORDS and tok.pos_ in ("NUM", "PRON", "NOUN", "ADJ") \
                and tok.dep_ in ("pobj", "dobj", "nsubj", "attr", "conj", "appos") \
                and not any(c.dep_ == "prep" and c.lower_ == "of" for c in tok.children):  # not "one of the suburbs"
            inside = tok.left_edge.i <= trigger.i <= tok.right_edge.i
            goes_on = trigger.tag_ == "VBG" and 0 < trigger.i - tok.right_edge.i <= 2
            return not (inside or goes_on)
    return False


def lends_place(place_token, trigger) -> bool:
    """Whether a place the trigger's sentence names may locate the trigger's event."""
    return not (excluded(place_token, trigger) or statements_place(place_token, trigger)
                or mediums_place(place_token) or other_clause(place_token, trigger)
                or other_instance(place_token, trigger))
