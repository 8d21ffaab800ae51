"""Trigger matching: the words of a parsed article that state a PLOVER event.

The words themselves live in `lexicons/plover_triggers.yaml`; this module only
applies them: verbs, nouns and adjectives by lemma, two-word phrases by
dependency or adjacency, and evaluative verbs ("calling it inflammatory").
"""
from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any, Optional

from tacitus import lexicons
from tacitus.extract import cameo_verbs
from tacitus.nlp import lemma_positions, lemmas as doc_lemmas, lowers as doc_lowers, parts_of_speech

# parts of speech a lexicon section applies to
_SECTION_POS = {"verbs": {"VERB"}, "nouns": {"NOUN", "PROPN"}, "adjectives": {"ADJ"}}
# "attack" as a noun tagged VERB (and the reverse) is a frequent small-model slip
_FALLBACK_POS = {"verbs": {"NOUN"}, "nouns": {"VERB"}}


@dataclass
class Trigger:
    token: Any  # the head token of the trigger (a spacy Token)
    start: int  # token index range [start, end) of the trigger words
    end: int
    type: str
    mode: Optional[str] = None
    cameo: Optional[str] = None
    contexts: list[str] = field(default_factory=list)
    negated: Optional[dict] = None  # the entry its negation states
    verbal: Optional[dict] = None  # the entry it states between two people
    objects: Optional[dict] = None  # object word -> the entry it states instead
    clause: Optional[dict] = None  # the entry it states when it reports a clause ("protested that ...")
    nominal: bool = False  # a noun ("the attack") rather than a clause ("X attacked")
    appeal: bool = False  # a request made as an appeal ("urged", "asked"): CAMEO 02, not 10 (demand)
    extra_tokens: list = field(default_factory=list)  # other words of a phrase trigger
    # where the trigger comes from: the own lexicon, a pattern of the CAMEO verb dictionary,
    # or only that dictionary's default code for the verb
    source: str = "lexicon"  # lexicon | dictionary-pattern | dictionary-default

    @property
    def span(self):
        return self.token.doc[self.start:self.end]


@lexicons.cached
def lexicon() -> dict:
    data = dict(lexicons.load("plover_triggers.yaml"))  # a copy: the loaded lexicon is shared
    phrases: dict[str, list[tuple[str, dict]]] = {}
    for phrase, entry in (data.get("phrases") or {}).items():
        words = phrase.lower().split()
        phrases.setdefault(words[0], []).append((" ".join(words[1:]), entry))
    data["_phrases_by_first"] = phrases
    ev = data.get("evaluative") or {}
    data["_eval_verbs"] = set(ev.get("verbs") or [])
    data["_disapproval"] = {w.lower() for w in ev.get("disapproval") or []}
    return data


def _make(token, start, end, entry, nominal, extra=()) -> Trigger:
    entry = _nearby_entry(token, entry)
    return Trigger(token=token, start=start, end=end, type=entry["type"], mode=entry.get("mode"),
                   cameo=entry.get("cameo"), contexts=list(entry.get("context") or []),
                   negated=entry.get("negated"), verbal=entry.get("verbal"), objects=_objects(entry),
                   clause=entry.get("clause"), nominal=nominal, extra_tokens=list(extra),
                   appeal=bool(entry.get("appeal")))


def _nearby_entry(token, entry) -> dict:
    """The entry one of the `nearby:` words chooses when it is within eight words of the
    trigger in its sentence ("teachers in Lima began an indefinite strike")."""
    spec = entry.get("nearby")
    if not spec:
        return entry
    words = set(spec.get("words") or [])
    sent = token.sent
    for tok in token.doc[max(sent.start, token.i - 8):min(sent.end, token.i + 9)]:
        if tok.i != token.i and (tok.lower_ in words or tok.lemma_.lower() in words):
            return spec["entry"]
    return entry


def _objects(entry) -> Optional[dict]:
    """`objects: {entry: {...}, words: [...]}` as word -> entry."""
    spec = entry.get("objects")
    if not spec:
        return None
    return {w: spec["entry"] for w in spec.get("words") or []}


# words that end a phrasal verb even after its object ("pulled its delegates out of Tigray")
_PARTICLES = {"out", "off", "back", "up", "down", "away", "over"}


def _phrase_match(token, rest: str):
    """The token(s) completing a phrase after `token`: a dependent, the head or a near word."""
    words = rest.split()
    doc = token.doc
    if len(words) == 1:
        w = words[0]
        candidates = list(token.children) + [token.head]
        candidates += _near_words(token)
        for cand in candidates:
            if token.pos_ == "ADP" and (cand.i < token.i or cand.pos_ == "VERB" and any(
                    c.dep_ == "nsubj" for c in cand.children)):
                continue  # "on strike" is not "a strike on Arica" nor "on Tuesday struck": the preposition's noun follows it
            if cand.dep_ == "prep" and cand.lower_ not in _PARTICLES and cand.i > token.i + 1 and token.pos_ == "VERB" and any(
                    t.dep_ == "dobj" and t.head.i == token.i for t in doc[token.i + 1:cand.i]):
                continue  # "gave a speech in parliament" is no "give in", "called him on Monday" no "call on"
            if cand.i != token.i and (cand.lemma_.lower() == w or cand.lower_ == w):
                return [cand]
        return None
    # longer phrases: the exact next words
    following = doc[token.i + 1:token.i + 1 + len(words)]
    if [t.lemma_.lower() for t in following] == words or [t.lower_ for t in following] == words:
        return list(following)
    return None


def _near_words(token) -> list:
    """The next three words, up to a clause boundary: "strike a deal" but not "will strike if
    no deal is reached", whose "deal" is in the condition."""
    doc = token.doc
    out = []
    for i in range(token.i + 1, min(len(doc), token.i + 4)):
        if doc[i].dep_ == "mark" or doc[i].pos_ == "SCONJ" or doc[i].text in (",", ";", ":"):
            break
        out.append(doc[i])
    return out


@lexicons.cached
def _ignored_by_first_word() -> dict[str, list[str]]:
    """The `ignore` phrases by their first word, so one pass over the tokens finds them."""
    out: dict[str, list[str]] = {}
    for phrase in lexicon().get("ignore") or []:
        first, *rest = phrase.lower().split()
        if rest:
            out.setdefault(first, []).append(" ".join(rest))
    return out


def find_triggers(doc) -> list[Trigger]:
    """Every event trigger of the doc, at most one per head token, phrases first."""
    lex = lexicon()
    found: dict[int, Trigger] = {}
    used: set[int] = set()
    tokens = list(doc)  # built once: iterating a Doc makes every Token object anew, pass after pass
    # each pass below first tests the word's lemma or form from these per-Doc lists, and
    # looks at the Token only where the word is one the pass is about
    lemmas, lowers = doc_lemmas(doc), doc_lowers(doc)
    parts = parts_of_speech(doc)
    # phrases that state no event ("sign up for our newsletter") block their first word
    ignore = _ignored_by_first_word()
    for i, lemma in enumerate(lemmas):
        for rest in ignore.get(lemma, ()):
            if _phrase_match(tokens[i], rest):
                used.add(i)
    _de_escalations(tokens, found, used, lex)
    # phrases: "call on", "issue ultimatum", "hunger strike"
    phrases_by_first = lex["_phrases_by_first"]
    for i, lemma in enumerate(lemmas):
        if i in used or lemma not in phrases_by_first and lowers[i] not in phrases_by_first:
            continue
        token = tokens[i]
        keys = {lemmas[token.i], token.lower_}
        for rest, entry in [pair for key in keys for pair in lex["_phrases_by_first"].get(key, [])]:
            if entry.get("verb") and token.pos_ != "VERB":
                continue  # "fire on" the verb, not "a fire on the highway"
            others = _phrase_match(token, rest)
            if not others:
                continue
            # the head of the phrase is the verb, or the noun a modifier word leans on
            head = token
            if (token.pos_ not in ("VERB", "AUX") or token.dep_ in ("amod", "compound")) \
                    and others[-1].pos_ in ("NOUN", "PROPN") \
                    and (token.head.i == others[-1].i or others[-1].head.i == token.i and token.pos_ == "ADP"):
                head = others[-1]  # "hunger strike", and "on alert": the noun the preposition takes
            if head.i in found:
                continue
            idxs = [token.i] + [o.i for o in others]
            between = [t for t in doc[min(idxs):max(idxs) + 1] if t.i not in idxs]
            contiguous = all(t.text == "-" for t in between)  # "cease-fire" is three tokens
            start, end = (min(idxs), max(idxs) + 1) if contiguous else (head.i, head.i + 1)
            found[head.i] = _make(head, start, end, entry, nominal=head.pos_ in ("NOUN", "PROPN"),
                                  extra=[o for o in [token] + others if o.i != head.i])
            used.update(idxs)
            break
    # evaluative verbs: "calling a statement 'inflammatory'", "described it as harmful"
    eval_verbs = lex["_eval_verbs"]
    for i, lemma in enumerate(lemmas):
        if i in used or lemma not in eval_verbs or parts[i] != "VERB":
            continue
        token = tokens[i]
        complement = _disapproval_word(token, lex["_disapproval"])
        if complement is not None:
            found[token.i] = _make(token, token.i, token.i + 1,
                                   {"type": "ACCUSE", "mode": "disapprove", "cameo": "111"}, nominal=False,
                                   extra=[complement])
            used.add(token.i)
    # obligations reported by a speaker: "X declared that Y must drop barriers"
    ob = lex.get("obligations") or {}
    modals = set(ob.get("modals") or [])
    for i, lower in enumerate(lowers):
        if lower not in modals or tokens[i].dep_ != "aux":
            continue
        token = tokens[i]
        clause = token.head
        speech = clause.head
        if clause.dep_ == "ccomp" and speech.lemma_.lower() in set(ob.get("speech_verbs") or []) \
                and speech.i not in found and speech.i not in used:
            found[speech.i] = _make(speech, speech.i, speech.i + 1, ob["entry"], nominal=False, extra=[token])
            used.add(speech.i)
    # single words by part of speech
    words = _single_words()
    for i, lemma in enumerate(lemmas):
        if lemma not in words and lowers[i] not in words or i in used or i in found:
            continue  # a word no section lists finds no entry below
        token = tokens[i]
        if not token.is_alpha:
            continue
        for section, pos in _SECTION_POS.items():
            entries = lex.get(section) or {}
            entry = entries.get(lemma) or entries.get(token.lower_)
            if entry is None:
                continue
            if token.pos_ in pos or (token.pos_ in _FALLBACK_POS.get(section, ()) and
                                     not any(token.pos_ in p for s, p in _SECTION_POS.items()
                                             if s != section and (lex.get(s) or {}).get(lemma))):
                nominal = section == "nouns" or token.pos_ in ("NOUN", "PROPN")
                if token.ent_type_ in ("PERSON", "GPE", "ORG", "DATE", "NORP"):
                    break  # "Strike" in a name is no event
                if token.pos_ == "VERB" and token.dep_ in ("amod", "compound"):
                    break  # "the negotiating table" names a thing
                if section == "adjectives" and token.dep_ == "amod":
                    break  # "angry residents burned tires": a mood described, not a complaint made
                if section == "verbs" and token.pos_ == "NOUN" and (
                        token.tag_ == "NNS" or any(c.dep_ in ("det", "poss") for c in token.children)):
                    break  # "at a jail", "Apple's newest phone", "positive signs": the thing, not the act
                if section == "verbs" and token.pos_ == "NOUN" and any(
                        c.dep_ == "compound" and c.pos_ == "PROPN" and c.ent_type_ not in ("GPE", "NORP")
                        for c in token.children):
                    break  # "Waterloo station", "Paddington station": a name, not an act
                if entry.get("attempt") and any(c.dep_ == "xcomp" for c in token.children):
                    break  # "sought to expel the envoy": the attempt is the infinitive's event
                if entry.get("intransitive") and token.pos_ == "VERB" and any(c.dep_ == "dobj" for c in token.children):
                    break  # "demonstrated their applications" shows them; "thousands demonstrated" protest
                if entry.get("transitive") and token.pos_ == "VERB" and not any(
                        c.dep_ in ("dobj", "nsubjpass") for c in token.children):
                    break  # "she returned to the US" goes back; "returned the remains" gives back
                if entry.get("control") and not _controls(token):
                    break  # "ordered an attack", "told reporters": no one is told to act
                found[token.i] = _make(token, token.i, token.i + 1, entry, nominal=nominal)
                break
    verbs = [tokens[i] for i, pos in enumerate(parts) if pos == "VERB"]  # what the two passes below look at
    _court_findings(verbs, found, used, lex.get("court_findings") or {})
    _dictionary_verbs(verbs, found, used, lex)
    return [found[i] for i in sorted(found)]


@lexicons.cached
def _single_words() -> set:
    """Every word the single-word sections (verbs, nouns, adjectives) list."""
    lex = lexicon()
    return {word for section in _SECTION_POS for word in lex.get(section) or {}}


def _court_findings(tokens, found, used, spec) -> None:
    """A court finding a person guilty or an act unlawful (PLOVER SANCTION, mode convict):
    'two officers were found guilty', 'a judge ruled the practice unconstitutional', 'the
    court issued an opinion ..., finding it to be unlawful'. Actively said, the finder must
    be a court (`courts`); 'the report found the policy unlawful' is no conviction. `tokens`:
    the Doc's verbs (others are skipped)."""
    verbs, courts, findings = (set(spec.get(k) or []) for k in ("verbs", "courts", "findings"))
    entry = spec.get("entry")
    if not (verbs and findings and entry):
        return
    for token in tokens:
        if token.pos_ != "VERB" or token.lemma_.lower() not in verbs or token.i in used or token.i in found:
            continue
        sent = token.sent
        finding = next((t for t in token.subtree if t.lower_ in findings and sent.start <= t.i < sent.end
                        and _within(t, token, 3)), None)
        if finding is None or any(c.dep_ == "neg" for c in finding.children) or finding.nbor(-1).lower_ == "not":
            continue  # "found not guilty" acquits
        passive = any(c.dep_ == "nsubjpass" for c in token.children)
        if not passive and not _said_by_a_court(token, courts):
            continue
        found[token.i] = _make(token, token.i, token.i + 1, entry, nominal=False)


def _within(token, ancestor, steps: int) -> bool:
    """`ancestor` is reached from `token` in at most `steps` steps up the parse."""
    for _ in range(steps):
        if token.head.i == token.i:
            return False
        token = token.head
        if token.i == ancestor.i:
            return True
    return False


def _said_by_a_court(verb, courts: set) -> bool:
    """The verb's subject (or, for a participle without one, the subject of the clause it
    hangs from: 'the court issued an opinion, finding ...') is a court or a judge."""
    head = verb
    for _ in range(3):
        subjects = [c for c in head.children if c.dep_ in ("nsubj", "agent")]
        if subjects:
            return any(t.lemma_.lower() in courts or t.lower_ in courts for s in subjects for t in s.subtree)
        if head.head.i == head.i:
            return False
        head = head.head
    return False


def _de_escalations(tokens, found, used, lex) -> None:
    """Events a verb (or its noun) states through the class of its object (`de_escalation`
    and `verb_objects` in the lexicon): 'suspended their attacks', 'laid down their arms',
    'called off the strike', 'the suspension of attacks'; 'called up reservists', 'cut
    diplomatic ties', 'formed a working group'."""
    _verb_object_events(tokens, found, used, lex.get("de_escalation") or {}, keep_object=True)
    for spec in lex.get("verb_objects") or []:
        _verb_object_events(tokens, found, used, spec, keep_object=False)


def _object_words(obj) -> set[str]:
    """The object's lemma and form, and with its compound or adjective ("military readiness")."""
    words = {obj.lemma_.lower(), obj.lower_}
    for c in obj.lefts:
        if c.dep_ in ("compound", "amod"):  # "working group": the modifier as written, not its lemma
            words |= {f"{c.lemma_.lower()} {obj.lemma_.lower()}", f"{c.lower_} {obj.lemma_.lower()}"}
    return words


def _hyphenated_lemma(token) -> str:
    """'test-fired' is parsed as 'test', '-', 'fired': the verb's lemma with its prefix."""
    doc = token.doc
    lemma = token.lemma_.lower()
    if token.i >= 2 and doc[token.i - 1].text == "-" and doc[token.i - 2].head.i == token.i:
        return f"{doc[token.i - 2].lower_}-{lemma}"
    return lemma


_GAP_NOUNS = ("halt", "pause", "lull", "suspension")


def _objects_of(token, nominal: bool, subject: bool = False, purpose: bool = False, means: bool = False) -> list:
    """A verb's object (or passive subject), a noun's 'of'/'to' complement ("the suspension of
    attacks", "an end to the fighting"); through a collective noun ("thousands of reservists").
    With `subject`, the verb's subject instead ("militias began operating"); with `purpose`,
    what the verb is for or in ("gathered in the capital for a rally", "took part in a march");
    with `means`, who or what did it ("was hit by a rocket", "targeted a patrol with a bomb")."""
    if means:
        objs = [p for c in token.children if c.dep_ in ("agent", "prep") and c.lower_ in ("by", "with")
                for p in c.children if p.dep_ == "pobj"]
    elif purpose:
        objs = [p for c in token.children if c.dep_ == "prep" and c.lower_ in ("for", "in")
                for p in c.children if p.dep_ == "pobj"]
    elif subject:
        objs = [c for c in token.children if c.dep_ in ("nsubj", "nsubjpass")]
        verb = token
        for _ in range(3):  # "militias began operating", "the militia is said to be operating": the governing verb's
            if objs or verb.dep_ not in ("xcomp", "conj") or verb.head.i == verb.i:
                break
            verb = verb.head
            objs = [c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass")]
        if objs and all(o.pos_ == "PRON" for o in objs) and token.dep_ == "ccomp":
            # "police said they questioned the owner": the speaker names who "they" are
            objs = [c for c in token.head.children if c.dep_ == "nsubj" and c.pos_ != "PRON"] or objs
    elif nominal:  # "the suspension of attacks", "an end to the fighting", "a freeze on evictions"
        # a gap is "in" what stops: "a pause in the fighting", "a halt in attacks"
        preps = ("of", "to", "on", "in") if token.lemma_.lower() in _GAP_NOUNS else ("of", "to", "on")
        objs = [p for c in token.children if c.dep_ == "prep" and c.lower_ in preps
                for p in c.children if p.dep_ == "pobj"]
    else:
        objs = [c for c in token.children if c.dep_ in ("dobj", "nsubjpass")] or \
            [c for c in token.children if c.dep_ == "oprd" and c.pos_ == "NOUN"]  # "called up a group of ..." misparsed
    objs = objs + [c for o in objs for c in o.children if c.dep_ == "conj"]  # "photographs and intelligence"
    out = []
    for o in objs:
        out.append(o)
        if o.lemma_.lower() in ("plan", "threat", "campaign", "access", "construction", "building", "expansion",
                                "commission", "committee", "panel"):
            # "abandoned plans for mass demonstrations", "blocked access to news websites",
            # "stop the construction of settlements", "appointed a commission of inquiry"
            out += [p for c in o.children if c.dep_ == "prep" and c.lower_ in ("for", "of", "to")
                    for p in c.children if p.dep_ == "pobj"]
        if o.lemma_.lower() in ("plan", "threat", "proposal", "decision", "bid", "intention"):
            # "suspended plans to impose curfews", "dropped its threat to ban the party": the
            # planned act (its verb, and what it imposes) is what is given up
            for act in (c for c in o.children if c.dep_ == "acl" and c.pos_ == "VERB"):
                out += [act, *(p for p in act.children if p.dep_ == "dobj")]
    return _through_collectives(out)


def _through_collectives(objects: list) -> list:
    """With what a collective noun or a number counts, two deep: "thousands of reservists",
    "the number of members of the militia"."""
    collective = set(lexicon().get("collective_nouns") or [])
    out = list(objects)
    frontier = list(objects)
    for _ in range(2):
        inner = [p for o in frontier if o.lower_ in collective or o.lemma_.lower() in collective
                 or o.like_num or o.pos_ == "NUM"
                 for c in o.children if c.dep_ == "prep" and c.lower_ == "of" for p in c.children if p.dep_ == "pobj"]
        out += inner
        frontier = inner
    return out


_OBJECT_SPECS: dict[int, tuple] = {}


def _object_spec(spec: dict) -> tuple:
    """(verbs, nouns, [(entry, object words)], the words a match can start from) of a
    `verb_objects` spec, built once per spec (kept with the spec itself, so that a new
    lexicon never finds another's)."""
    kept = _OBJECT_SPECS.get(id(spec))
    if kept is None or kept[0] is not spec:
        verbs = set(spec.get("verbs") or [])
        nouns = set(spec.get("nouns") or [])
        groups = [(o["entry"], set(o.get("words") or [])) for o in spec.get("objects") or []]
        # the words a match can start from: verbs and nouns, and the verb of "test-fire"
        heads = {v.split()[0].split("-")[-1] for v in verbs} | nouns
        if len(_OBJECT_SPECS) > 512:
            _OBJECT_SPECS.clear()  # lexicons read under many configs: keep only the recent
        kept = _OBJECT_SPECS[id(spec)] = (spec, (verbs, nouns, groups, heads))
    return kept[1]


def _verb_object_events(tokens, found, used, spec, keep_object: bool) -> None:
    """`keep_object`: the object stays an event of its own (the attacks a ceasefire stops);
    otherwise it is part of this one ("began joint exercises" is one event)."""
    verbs, nouns, groups, heads = _object_spec(spec)
    if not groups:
        return
    lemmas = doc_lemmas(tokens[0].doc) if tokens else []
    where = lemma_positions(tokens[0].doc) if tokens else {}
    for i in sorted(i for head in heads for i in where.get(head, ())):  # the heads' places, not every word
        token, lemma = tokens[i], lemmas[i]
        if token.i in used or token.i in found:
            continue
        nominal = token.pos_ == "NOUN" and lemma in nouns
        if not nominal and _hyphenated_lemma(token) in verbs:
            lemma = _hyphenated_lemma(token)
        if not nominal:
            if token.pos_ != "VERB" or lemma not in verbs and not any(v.startswith(lemma + " ") for v in verbs):
                continue
        particle = None if nominal else next((c for c in token.children if c.dep_ == "prt"), None)
        # a verb listed with its preposition ("call upon conscripts"): the preposition's object
        prep = None if nominal or particle is not None else next(
            (c for c in token.children if c.dep_ == "prep" and c.i == token.i + 1
             and f"{lemma} {c.lower_}" in verbs), None)
        if particle is not None and f"{lemma} {particle.lower_}" not in verbs and (
                lemma not in verbs or any(rest == particle.lower_ for rest, _ in
                                          (lexicon().get("_phrases_by_first") or {}).get(lemma, []))):
            continue  # "pulled out its troops" is the lexicon's own phrase "pull out"
        if spec.get("bare") and any((c.dep_ in ("xcomp", "ccomp") or c.dep_ == "advcl" and c.i > token.i
                                     and any(a.lower_ == "to" for a in c.children))
                                    and c.lemma_.lower() not in set(spec.get("ready_verbs") or [])
                                    for c in token.children):
            # "ordered the police to disperse them" orders an act; "ordered police to the prison" sends
            # them, and so does "called upon conscripts to prepare for an offensive" (`ready_verbs`)
            continue
        if particle is None and prep is None and not nominal and lemma not in verbs:
            continue
        if spec.get("near") and not _sentence_has(token, spec["near"]):
            continue  # "returned to work" ends a strike only where a strike is told
        objects = _through_collectives([o for o in prep.children if o.dep_ == "pobj"]) if prep is not None else \
            _objects_of(token, nominal, subject=spec.get("role") == "subject", purpose=spec.get("role") == "purpose",
                          means=spec.get("role") == "means")
        if prep is not None:
            particle = prep  # part of the trigger's words
        for obj in objects:
            if _a_quantity(obj):
                continue  # "building up its gold reserves": money, not reservists
            words = _object_words(obj)
            entry = next((e for e, ws in groups if words & ws), None)
            if entry is None:
                continue
            extra = [particle] if particle is not None else []
            start, end = token.i, token.i + 1 + (1 if particle is not None and particle.i == token.i + 1 else 0)
            if not keep_object:  # the evidence is the verb with the object that names the event
                first = min([obj.i, *[c.i for c in obj.lefts if c.dep_ in ("compound", "amod")]])
                lo, hi = min(start, first), max(end, obj.i + 1)
                if hi - lo <= 8:
                    start, end = lo, hi
            found[token.i] = _make(token, start, end, entry, nominal=nominal, extra=extra)
            used.update({token.i, *[p.i for p in extra]})
            if not keep_object:
                used.update({obj.i, *[c.i for c in obj.lefts if c.dep_ in ("compound", "amod")]})
            break


def _sentence_has(token, words) -> bool:
    """One of `words` (by lemma or form) is in the token's sentence."""
    words = set(words)
    return any(t.lemma_.lower() in words or t.lower_ in words for t in token.sent)


def _a_quantity(obj) -> bool:
    """The object with its compounds is an economic measure (`quantities`: "gold reserves")."""
    names = [t.lemma_.lower() for t in obj.lefts if t.dep_ == "compound"] + [obj.lemma_.lower()]
    return len(names) > 1 and " ".join(names) in set(lexicon().get("quantities") or [])


def _dictionary_verbs(tokens, found, used, lex) -> None:
    """Verbs the own lexicon leaves out, coded by PETRARCH2's CAMEO verb patterns when the
    user has the dictionary (cameo_verbs.py); the own lexicon always wins. `tokens`: the
    Doc's verbs (others are skipped)."""
    if cameo_verbs.compiled() is None:
        return
    spec = lex.get("cameo") or {}
    no_default = set(spec.get("no_default") or [])
    skipped = set(spec.get("skip_types") or [])
    for token in tokens:
        if token.i in used or token.i in found or token.pos_ != "VERB" or not token.is_alpha \
                or token.dep_ in ("amod", "compound", "prep") or token.ent_type_:
            continue
        if _carries_event_noun(token, found):
            continue  # "launched a mediation effort": the noun states the event
        coded = cameo_verbs.match(token)
        if coded is None:
            continue
        code, by_pattern = coded
        if not by_pattern and (token.lemma_.lower() in no_default or any(c.dep_ == "ccomp" for c in token.children)):
            # "went to the market", "led the team": too common a verb for its block's default;
            # "signaled that the U.S. could withdraw": the event is the clause reported
            continue
        plover = cameo_verbs.plover_of(code)
        if plover is None or plover[0] in skipped:
            continue
        type_, mode = plover[0], (spec.get("modes") or {}).get(code, plover[1])
        found[token.i] = _make(token, token.i, token.i + 1, {"type": type_, "mode": mode, "cameo": code},
                               nominal=False)
        found[token.i].source = "dictionary-pattern" if by_pattern else "dictionary-default"


def _carries_event_noun(verb, found) -> bool:
    """The verb's object (or the noun its object is built on) is an event noun already found."""
    for c in verb.children:
        if c.dep_ in ("dobj", "nsubjpass", "attr", "nsubj"):
            for t in [c, *[g for g in c.children if g.dep_ in ("compound", "amod")]]:
                if t.i in found and found[t.i].nominal:
                    return True
    return False


def _controls(verb) -> bool:
    """'ordered Menem to appear': an object and an infinitive complement it is to carry out."""
    return any(c.dep_ in ("dobj", "dative") for c in verb.children) and \
        any(c.dep_ in ("xcomp", "ccomp") and any(a.lower_ == "to" for a in c.children) for c in verb.children)


def _disapproval_word(verb, words: set[str]):
    """A disapproving name given by an evaluative verb, or None."""
    sent = verb.sent  # once: Token.sent builds a Span on every call
    for tok in verb.subtree:
        if tok.i <= verb.i or tok.i >= sent.end:
            continue
        if tok.lower_ in words and tok.head.i != tok.i:
            # only within the verb's own clause, not a later clause it governs
            anc, ok = tok, True
            while anc.i != verb.i:
                if anc.dep_ in ("ccomp", "advcl", "relcl") and anc.head.i == verb.i and anc.pos_ == "VERB":
                    ok = False
                    break
                anc = anc.head
            if ok:
                return tok
    return None
