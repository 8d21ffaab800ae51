"""PLOVER events: who did what to whom, where, with what toll, as the article says.

Orchestration only; each job has its own module:
  triggers.py    the words that state an event (lexicons/plover_triggers.yaml)
  roles          actor and recipient from the trigger's syntax (here, `_roles`)
  status.py      negated / hypothetical / future / historical
  casualties.py  killed and injured, and figures a speaker states (claims)
  places.py      where it happened
  sourcing.py    the chain of sources
After coding each trigger, later mentions of the same event ("Thursday's attack")
are merged into the first one, and a conflict event with one side missing takes
the other side from the article's main dyad.
"""
from __future__ import annotations

import functools
from typing import Optional

from tacitus import lexicons
from tacitus.extract import casualties as casualty_mod
from tacitus.extract import places, sourcing, status
from tacitus.extract.triggers import Trigger, find_triggers, lexicon as trigger_lexicon
from tacitus.report import Claim, Event, Span

SUBJECTS = ("nsubj", "csubj")
OBJECTS = ("dobj", "dative", "attr", "oprd")
# plural references to the last two states named together ("both nations")
PAIR_WORDS = {"nations", "countries", "sides", "parties", "states", "governments", "neighbours", "neighbors"}
FIRST_PERSON = {"i", "we", "me", "us", "my", "our"}
CONFLICT_TYPES = {"ASSAULT", "COERCE"}
DOMESTIC_TYPES = {"PROTEST"}  # with no one named, a protest addresses the protesters' own state


@functools.lru_cache(maxsize=1)
def ontology() -> dict:
    return lexicons.load("plover.yaml")


def find_events(ctx):
    """(events, claims) of one article."""
    doc = ctx.doc
    triggers = find_triggers(doc)
    by_token = {t.token.i: t for t in triggers}
    events: list[Event] = []
    claims: list[Claim] = []
    event_of_token: dict[int, Event] = {}
    roles_of: dict[int, tuple[list, list]] = {}
    # nominal events first, so that "not happy with the Russian strikes" can use the strikes' actor
    order = sorted(triggers, key=lambda t: (not t.nominal, t.token.i))
    for trig in order:
        event = _code(ctx, trig, by_token, event_of_token, roles_of)
        if event is not None:
            event_of_token[trig.token.i] = event
    events = sorted(event_of_token.values(), key=lambda e: e.trigger.start)
    events = _attach_casualties(ctx, events, claims)
    events = [e for e in events if e.actors or e.recipients]
    events = _merge_same_clause(events, doc)
    events = _merge_mentions(ctx, events)
    _fill_from_dyad(ctx, events)
    for n, event in enumerate(events, 1):
        event.id = f"e{n}"
    return events, claims


# --- one trigger -> one event -------------------------------------------------

def _code(ctx, trig: Trigger, by_token, event_of_token, roles_of) -> Optional[Event]:
    token = trig.token
    sent = token.sent
    if token.tag_ == "VBN" and token.dep_ == "advcl" and not any(c.dep_ in ("agent", "nsubjpass")
                                                                   for c in token.children):
        return None  # "when asked if ...": a bare participle names no one acting
    ev_status = status.status_of(trig, ctx.published, ctx.times)
    type_, mode, cameo, contexts = trig.type, trig.mode, trig.cameo, list(trig.contexts)
    override = _object_override(trig)
    if override:  # "withdraw from the talks" is no troop withdrawal
        type_, mode, cameo = override["type"], override.get("mode"), override.get("cameo")
        contexts = list(override.get("context") or [])
    if ev_status == "negated":
        flipped = trig.negated or (ontology().get("negated") or {}).get(type_)
        if flipped:  # "never recognize" is a rejection, "not happy with" an accusation
            type_, mode, cameo = flipped["type"], flipped.get("mode"), flipped.get("cameo")
            ev_status = _status_without_negation(ctx, trig)
    type_, mode, cameo, ev_status = _as_intent(type_, mode, cameo, ev_status, token)
    actor_toks, recipient_toks = _roles(trig, type_)
    quote = _quote_at(ctx, token.idx)
    actors, actor_spans = _resolve_all(ctx, actor_toks, quote, event_of_token, by_token)
    recipients, recipient_spans = _resolve_all(ctx, recipient_toks, quote, event_of_token, by_token,
                                               as_recipient=True)
    recipients = [r for r in recipients if r not in actors] or ([] if actors else recipients)
    declarer = _declarer(ctx, token, quote, event_of_token, by_token)
    if declarer and declarer[0] not in actors and _country(ctx, declarer[0]) in _countries(ctx, actors):
        # "Zelenskyy declared that Ukraine would never recognize ...": the speaker states the state's act
        actors, actor_spans = [declarer[0], *actors], [declarer[1], *actor_spans]
    if not recipients and not trig.nominal:
        recipients, recipient_spans = _nearest_participant(ctx, token, actors, quote, event_of_token, by_token)
    if trig.verbal and actors and recipients and all(_kind(ctx, a) == "person" for a in actors + recipients):
        # people clash in words: "his Oval Office clash with Zelenskyy"
        type_, mode, cameo = trig.verbal["type"], trig.verbal.get("mode"), trig.verbal.get("cameo")
        contexts = []
    mode = _mode(trig, type_, mode)
    type_info = (ontology()["types"].get(type_) or {})
    mode_info = (type_info.get("modes") or {}).get(mode) or {}
    if mode and mode != trig.mode and mode_info.get("cameo"):
        cameo = mode_info["cameo"]
    cameo = cameo or type_info.get("cameo")
    for c in mode_info.get("context") or []:
        if c not in contexts:
            contexts.append(c)
    heads = list(trig.extra_tokens)
    if token.dep_ in ("pcomp", "advcl") and token.head.dep_ == "prep":
        heads.append(token.head.head)  # "said in Paris after meeting X": the meeting was in Paris
    if type_ in CONFLICT_TYPES:  # "shelled the town of X", "X, which was annexed": the target is the place
        heads += [t for t in recipient_toks]
    place = places.place_of(trig, heads, target_preps=type_ in CONFLICT_TYPES)
    if not recipients:
        recipients, recipient_spans = _domestic_recipient(ctx, place, actor_toks, type_)
    sources = [s for s in sourcing.sourcing_chain(sent, ctx.actors, skip={token.i})
               if not (s.actor and s.actor in actors)]
    event = Event(
        id="",
        type=type_,
        mode=mode,
        cameo=cameo,
        contexts=contexts,
        trigger=Span(trig.span.start_char, trig.span.end_char, trig.span.text),
        sentence=Span(sent.start_char, sent.end_char, sent.text),
        actors=actors,
        recipients=recipients,
        actor_spans=actor_spans,
        recipient_spans=recipient_spans,
        place=place,
        status=ev_status,
        sources=sources,
        quote=quote.id if quote is not None and getattr(quote, "id", None) else None,
    )
    return event


def _object_override(trig: Trigger) -> Optional[dict]:
    """The entry a trigger's object words choose, if any (`objects:` in the trigger lexicon)."""
    if not trig.objects:
        return None
    for tok in trig.token.subtree:
        if 0 < tok.i - trig.token.i <= 6 and tok.lemma_.lower() in trig.objects:
            return trig.objects[tok.lemma_.lower()]
    return None


def _as_intent(type_, mode, cameo, ev_status, token):
    """A promised cooperative act is an AGREE, an announced hostile one a THREATEN."""
    if ev_status not in ("future", "hypothetical") or token.dep_ in ("pobj",):
        return type_, mode, cameo, ev_status
    weak = any(c.dep_ == "aux" and c.lower_ in ("could", "may", "might", "can") for c in token.children)
    conditional = any(c.dep_ == "advcl" and any(m.lower_ in ("if", "unless") for m in c.children)
                      for c in token.children)
    if weak and not conditional:
        return type_, mode, cameo, ev_status  # a possibility, not a commitment
    for intent, types in (ontology().get("intent") or {}).items():
        if type_ in types:
            if ev_status == "hypothetical" and not _conditional(token):
                return type_, mode, cameo, ev_status  # "could reach a deal" is no promise, "may strike" no threat
            info = ontology()["types"][intent]
            new_mode = "relations" if intent == "THREATEN" and type_ == "SANCTION" else \
                ("violence" if intent == "THREATEN" and type_ == "ASSAULT" else None)
            return intent, new_mode, info.get("cameo"), "asserted"
    return type_, mode, cameo, ev_status


def _conditional(token) -> bool:
    """'would blockade', 'will halt ... if': a stated intent, not a mere possibility."""
    return any((c.dep_ == "aux" and c.lower_ in ("would", "will", "'ll", "'d"))
               or (c.dep_ == "advcl" and any(m.lower_ in ("if", "unless") for m in c.children))
               for c in token.children)


def _status_without_negation(ctx, trig) -> str:
    mode = status.modality(trig.token) if not trig.nominal else None
    weak = any(c.dep_ == "aux" and c.lower_ in status.HYPOTHETICAL_AUX for c in trig.token.children)
    if mode == "hypothetical" and weak:  # "would never recognize" is a refusal, "might not" is not
        return mode
    if status.is_historical(trig.token, trig.nominal, ctx.published, ctx.times):
        return "historical"
    return "asserted"


def _mode(trig: Trigger, type_: str, mode: Optional[str]) -> Optional[str]:
    """A mode from the words of the trigger's phrase ("drone strike", "urged ... to stop")."""
    cues = (ontology().get("mode_cues") or {}).get(type_) or {}
    if not cues:
        return mode
    token = trig.token
    if type_ in ("REQUEST", "REJECT") and not trig.nominal:
        # what is asked or refused: the complement's own verb and object, not words deeper down
        words = [c for h in [token, *trig.extra_tokens] for c in h.children if c.dep_ in ("xcomp", "ccomp", "dobj")]
        words += [g for c in list(words) for g in c.children if g.dep_ in ("dobj", "xcomp")]
    elif trig.nominal:
        words = [t for t in token.lefts] + [token] + [t for c in token.rights if c.dep_ in ("prep", "acl")
                                                      for t in c.subtree]
    else:
        words = [t for t in token.subtree if t.sent == token.sent][:40]
    # the nearest cue wins
    for tok in sorted(words, key=lambda t: abs(t.i - token.i)):
        for key in (tok.lower_, tok.lemma_.lower()):
            if key in cues and tok.i != token.i:
                return cues[key]
        if tok.i + 1 < len(tok.doc):
            pair = f"{tok.lower_} {tok.nbor(1).lower_}"
            if pair in cues:
                return cues[pair]
    if trig.nominal and token.lower_ in cues:
        return cues[token.lower_]
    return mode


# --- roles ----------------------------------------------------------------------

def _roles(trig: Trigger, type_: str) -> tuple[list, list]:
    """(actor tokens, recipient tokens) from the trigger's syntax."""
    token = trig.token
    preps = _recipient_preps(type_) | _recipient_preps(trig.type)
    if trig.nominal:
        actors, recipients = _nominal_roles(token, preps)
    else:
        actors, recipients = _clausal_roles(trig, token, preps)
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


def _nominal_roles(token, preps):
    actors, recipients = [], []
    for child in token.children:
        if child.dep_ == "poss":
            actors.append(child)
        elif child.dep_ in ("amod", "compound", "nmod") and child.i < token.i and \
                (child.ent_type_ in ("NORP", "GPE", "ORG", "PERSON") or _is_demonym(child)):
            actors.append(child)
        elif child.dep_ == "prep" and child.lower_ == "by":
            actors += [c for c in child.children if c.dep_ == "pobj"]
    recipients += list(_prep_objects(token, preps))
    head = token.head
    if not actors and token.dep_ in ("dobj", "nsubjpass") and head.lemma_.lower() in \
            set(trigger_lexicon().get("support_verbs") or []):
        actors += [c for c in head.children if c.dep_ in SUBJECTS]
        recipients += list(_prep_objects(head, preps))
    return actors, recipients


def _is_demonym(token) -> bool:
    from tacitus.geo import gazetteer

    return token.is_alpha and token.text[:1].isupper() and gazetteer().demonym(token.text) is not None


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
    if verb.dep_ in ("conj", "advcl", "xcomp"):
        return _subject_of(head, depth + 1)
    if verb.dep_ == "pcomp" and head.dep_ == "prep":  # "said ... after meeting X"
        return _subject_of(head.head, depth + 1)
    if verb.dep_ == "acl" and verb.tag_ != "VBN":
        return [head], False
    return [], False


def _clausal_roles(trig, token, preps):
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
            recipients.append(child)
    if not recipients and trig.type in ("REQUEST", "THREATEN", "ACCUSE"):
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


# --- actors ---------------------------------------------------------------------

def _phrase(token):
    """The noun phrase of a role: the token with its left modifiers and name parts."""
    doc = token.doc
    for ent in doc.ents:
        if ent.start <= token.i < ent.end:
            start = min(ent.start, min((c.left_edge.i for c in token.lefts
                                       if c.dep_ in ("amod", "compound", "nmod")), default=ent.start))
            return doc[start:ent.end]
    left = token.i
    for c in token.lefts:
        if c.dep_ in ("amod", "compound", "nmod", "det", "predet", "quantmod", "nummod", "poss"):
            left = min(left, c.left_edge.i)
    right = token.i
    for c in token.rights:
        if c.dep_ in ("compound", "flat") and c.i == right + 1:
            right = c.i
    return doc[left:right + 1]


def _resolve_all(ctx, tokens, quote, event_of_token, by_token, as_recipient: bool = False):
    ids, spans = [], []
    for tok in tokens:
        found = _resolve_one(ctx, tok, quote, event_of_token, by_token)
        for actor_id, span in found:
            if actor_id and actor_id not in ids:
                ids.append(actor_id)
                spans.append(span)
    # "killing twelve civilians and two soldiers of X": an unplaced group beside placed ones adds nothing
    placed = [i for i, a in enumerate(ids) if _has_code(ctx, a) or _kind(ctx, a) == "person"]
    if placed and len(placed) < len(ids):
        ids, spans = [ids[i] for i in placed], [spans[i] for i in placed]
    return ids, spans


def _resolve_one(ctx, tok, quote, event_of_token, by_token):
    """[(actor id, evidence span)] for one role token."""
    table = ctx.actors
    if table is None:
        return []
    if tok.lower_ in FIRST_PERSON and quote is not None and getattr(quote, "speaker", None):
        return [(quote.speaker, Span(tok.idx, tok.idx + len(tok.text), tok.text))]
    # an event as the object ("not happy with the Russian strikes"): its actor is the target
    if tok.i in by_token and by_token[tok.i].nominal and tok.i in event_of_token:
        inner = event_of_token[tok.i]
        if inner.actors:
            return list(zip(inner.actors, inner.actor_spans))
    if tok.lower_ in PAIR_WORDS and tok.tag_ == "NNS" and any(c.lower_ in ("both", "two") for c in tok.lefts):
        pair = _last_pair(ctx, tok)
        if pair:
            return pair
    if tok.lower_ in _collective_nouns() or tok.pos_ == "NUM":
        # "thousands of Kurds", "supporters of the former president": the group after "of"
        inner = [p for c in tok.children if c.dep_ == "prep" and c.lower_ == "of"
                 for p in c.children if p.dep_ == "pobj"]
        if inner:
            return _resolve_one(ctx, inner[0], quote, event_of_token, by_token)
    span = _phrase(tok)
    actor_id = _lookup(table, span)
    if actor_id is not None and not _has_code(ctx, actor_id):
        # "leaders of Romania", "the Turkish sides": a group the table cannot place;
        # a state named inside the phrase places it
        for sub in _inner_places(tok):
            sub_id = _lookup(table, _phrase(sub) if sub.i != tok.i else sub.doc[sub.i:sub.i + 1])
            if sub_id and _has_code(ctx, sub_id):
                actor_id, span = sub_id, sub.doc[sub.i:sub.i + 1]
                break
    if actor_id is None and tok.pos_ == "PRON" and tok.lower_ in ("it", "they", "he", "she"):
        # "Syria says it is willing": the speaker of the clause the pronoun opens
        speaker = _reporting_subject(tok)
        if speaker is not None:
            return _resolve_one(ctx, speaker, quote, event_of_token, by_token)
    if actor_id is None or not _has_code(ctx, actor_id):
        for sub in _inner_places(tok):  # "Radical French farmers", "students throughout Indonesia"
            sub_id = _lookup(table, sub.doc[sub.i:sub.i + 1])
            if sub_id and _has_code(ctx, sub_id):
                actor_id, span = sub_id, sub.doc[sub.i:sub.i + 1]
                break
    if actor_id is None:
        # "Zelenskyy's stance": the one whose thing it is
        for child in tok.children:
            if child.dep_ == "poss":
                sub = _phrase(child)
                actor_id = _lookup(table, sub)
                if actor_id:
                    span = sub
                    break
    if actor_id is None:
        return []
    return [(actor_id, Span(span.start_char, span.end_char, span.text))]


def _domestic_recipient(ctx, place, actor_toks, type_):
    """No one named as recipient: the state where it happened ("lifted a curfew in X",
    "demonstrated in Kirkuk"), or for a protest the protesters' own state."""
    if place is not None and place.country:
        span = ctx.doc.char_span(place.start, place.end, alignment_mode="expand")
        actor_id = _lookup(ctx.actors, span) if span is not None else None
        if actor_id and _has_code(ctx, actor_id):
            return [actor_id], [Span(span.start_char, span.end_char, span.text)]
    if type_ in DOMESTIC_TYPES:
        for tok in actor_toks:
            for sub in [tok, *_inner_places(tok)]:
                if sub.ent_type_ in ("GPE", "NORP") or _is_demonym(sub):
                    actor_id = _lookup(ctx.actors, sub.doc[sub.i:sub.i + 1])
                    if actor_id and _has_code(ctx, actor_id) and _kind(ctx, actor_id) == "state":
                        return [actor_id], [Span(sub.idx, sub.idx + len(sub.text), sub.text)]
    return [], []


def _has_code(ctx, actor_id) -> bool:
    actor = ctx.actors.get(actor_id)
    return actor is not None and bool(actor.country or actor.sector in ("IGO", "NGO"))


def _declarer(ctx, token, quote, event_of_token, by_token):
    """(actor id, span) of the person whose statement the trigger's clause is, if any."""
    clause = token
    for _ in range(3):
        if clause.dep_ == "ccomp" and clause.head.lemma_.lower() in status.SPEECH_LEMMAS:
            subjects = [c for c in clause.head.children if c.dep_ == "nsubj"]
            for subj in subjects:
                for actor_id, span in _resolve_one(ctx, subj, quote, event_of_token, by_token):
                    if _kind(ctx, actor_id) == "person":
                        return actor_id, span
            return None
        if clause.head.i == clause.i:
            return None
        clause = clause.head
    return None


def _reporting_subject(pronoun):
    """The subject of the speech verb whose clause a pronoun is the subject of."""
    clause = pronoun.head
    if pronoun.dep_ not in ("nsubj", "nsubjpass") or clause.dep_ != "ccomp":
        return None
    subjects = [c for c in clause.head.children if c.dep_ == "nsubj" and c.pos_ != "PRON"]
    return subjects[0] if subjects else None


def _inner_places(tok):
    """Demonyms, states and possessors inside a role's phrase, nearest to its head first."""
    out = [c for c in tok.children if c.dep_ in ("poss", "amod", "compound", "nmod") and c.i < tok.i]
    out += [p for c in tok.children if c.dep_ == "prep" and c.lower_ in ("of", "from", "in", "throughout")
            for p in c.children if p.dep_ == "pobj"]
    # deeper in the name's modifiers: "Lebanon's new President Elias Hrawi"
    out += [t for c in tok.lefts for t in c.subtree if t not in out and t.dep_ in ("poss", "amod", "compound")]
    return [t for t in out if t.ent_type_ in ("GPE", "NORP", "ORG", "LOC") or _is_demonym(t)]


# how far into the trigger's clause a missing recipient is looked for
_PARTICIPANT_DEPS = {"dobj", "pobj", "dative", "xcomp", "ccomp", "prep", "nsubj", "poss", "conj", "appos",
                     "compound", "amod", "nmod", "advcl", "relcl", "acl", "pcomp", "oprd", "attr"}


def _nearest_participant(ctx, token, actors, quote, event_of_token, by_token):
    """The first actor named after the trigger in its own clause ("offered to hand over
    to Great Britain", "lifted a curfew in Montenegro"): the recipient PLOVER coders take."""
    queue = [(c, 1) for c in token.rights]
    seen = set()
    while queue:
        tok, depth = queue.pop(0)
        if tok.i in seen or depth > 4 or tok.dep_ not in _PARTICIPANT_DEPS or tok.is_punct:
            continue
        seen.add(tok.i)
        if tok.pos_ in ("PROPN", "NOUN", "PRON", "ADJ") and (tok.ent_type_ in ("GPE", "NORP", "ORG", "PERSON", "LOC")
                                                             or _is_demonym(tok)):
            found = [(a, s) for a, s in _resolve_one(ctx, tok, quote, event_of_token, by_token)
                     if a not in actors and _has_code(ctx, a)]
            if found:
                return [a for a, _ in found], [s for _, s in found]
        queue += [(c, depth + 1) for c in tok.children]
    return [], []


@functools.lru_cache(maxsize=1)
def _collective_nouns() -> frozenset:
    return frozenset(trigger_lexicon().get("collective_nouns") or [])


def _lookup(table, span):
    try:
        return table.resolve(span.start_char, span.end_char) or table.resolve_or_add(span)
    except Exception:  # noqa: BLE001 - an actor table that cannot take this span
        return None


def _last_pair(ctx, tok):
    """'both nations' -> the last two states named together before it ("Ukraine and Russia")."""
    doc = ctx.doc
    for ent in reversed([e for e in doc.ents if e.end <= tok.i and e.label_ == "GPE"]):
        conj = [c for c in ent.root.children if c.dep_ == "conj" and c.ent_type_ == "GPE"]
        partner = ent.root.head if ent.root.dep_ == "conj" and ent.root.head.ent_type_ == "GPE" else None
        others = conj or ([partner] if partner is not None else [])
        if not others:
            continue
        out = []
        for t in [ent.root, *others]:
            span = _phrase(t)
            actor_id = _lookup(ctx.actors, span)
            if actor_id:
                out.append((actor_id, Span(span.start_char, span.end_char, span.text)))
        if len(out) >= 2:
            return out
    return None


def _quote_at(ctx, char: int):
    for quote in ctx.quotes or []:
        if quote.start <= char < quote.end:
            return quote
    return None


def _inside_marks(text: str, char: int) -> bool:
    """Whether a character lies between quotation marks of its paragraph."""
    para_start = text.rfind("\n", 0, char) + 1
    before = text[para_start:char]
    opened = before.count("“") - before.count("”")
    if opened > 0:
        return True
    return before.count('"') % 2 == 1


def _kind(ctx, actor_id):
    actor = ctx.actors.get(actor_id) if ctx.actors is not None else None
    return actor.kind if actor is not None else None


def _country(ctx, actor_id):
    actor = ctx.actors.get(actor_id) if ctx.actors is not None else None
    return actor.country if actor is not None else None


# --- casualties and claims ------------------------------------------------------

def _attach_casualties(ctx, events, claims):
    """Give each sentence's killed/injured figures to its violent event; figures a
    speaker states inside a quote, or as a rate, become that speaker's claims."""
    doc = ctx.doc
    text = ctx.text
    claimed: set[int] = set()  # sentences whose figures are a speaker's claim
    by_sentence: dict[int, list[Event]] = {}
    for e in events:
        by_sentence.setdefault(e.sentence.start, []).append(e)
    for sent in doc.sents:
        figures = casualty_mod.find_figures(sent.text, sent.start_char)
        if not figures:
            continue
        toll = []
        for fig in figures:
            quote = _quote_at(ctx, fig.count.start) if _inside_marks(text, fig.count.start) else None
            rate = casualty_mod.rate_after(text[fig.count.end:fig.count.end + 30])
            if rate or _inside_marks(text, fig.count.start):
                claims.append(_claim(ctx, fig, quote, rate, sent, len(claims) + 1))
                claimed.add(sent.start_char)
            else:
                toll.append(fig)
        if not toll:
            continue
        candidates = [e for e in by_sentence.get(sent.start_char, []) if e.type in ("ASSAULT",)] or \
            [e for e in by_sentence.get(sent.start_char, []) if e.type in CONFLICT_TYPES | {"PROTEST"}]
        if not candidates:
            continue
        # the event with someone acting or hit, when a noun mention ("the explosion") has no one
        event = sorted(candidates, key=lambda e: not (e.actors or e.recipients))[0]
        for fig in toll:
            if fig.kind == "killed" and event.killed is None:
                event.killed = fig.count
            elif fig.kind == "injured" and event.injured is None:
                event.injured = fig.count
        victims = [v for f in toll for v in f.included or []]
        for count in (event.killed, event.injured):
            if count is not None:
                count.victims = list(dict.fromkeys(count.victims + victims))
    # "300 soldiers a day are being killed," he said: the killing is the claim, not an event
    return [e for e in events if not (e.sentence.start in claimed and e.type == "ASSAULT" and not e.actors)]


def _claim(ctx, fig, quote, rate, sent, number: int) -> Claim:
    speaker = getattr(quote, "speaker", None) if quote is not None else None
    text = ctx.text
    # the claim's words: from the number to the end of its clause
    end = fig.count.end
    stop = min([i for i in (*(text.find(mark, end) for mark in '.!?,”"'), sent.end_char)
                if i != -1] or [sent.end_char])
    words = text[fig.count.start:stop]
    victims = fig.count.victims
    unit_noun = victims[0] if victims else "people"
    unit = f"{unit_noun} {fig.kind}" if fig.kind else unit_noun
    return Claim(id=f"c{number}", speaker=speaker, text=words, start=fig.count.start,
                 end=fig.count.start + len(words), value=fig.value, unit=unit, per=rate,
                 quote=getattr(quote, "id", None) if quote is not None else None)


# --- across sentences -----------------------------------------------------------

def _countries(ctx, ids) -> set:
    return {c for c in (_country(ctx, i) for i in ids) if c}


def _merge_mentions(ctx, events):
    """A later noun mention of an event ("Thursday's attack on Ukraine") joins the
    first mention of the same type whose sides it does not contradict."""
    kept: list[Event] = []
    for e in events:
        target = None
        if e.status == "asserted" and e.type in CONFLICT_TYPES:
            for p in kept:
                if p.type != e.type or p.status not in ("asserted", "hypothetical") or p.status == "historical":
                    continue
                if _compatible(ctx, p.actors, e.actors) and _compatible(ctx, p.recipients, e.recipients) \
                        and (_countries(ctx, p.recipients) & _countries(ctx, e.recipients)
                             or _countries(ctx, p.actors) & _countries(ctx, e.actors)):
                    target = p
                    break
        if target is None:
            kept.append(e)
            continue
        if target.status != "asserted":
            target.status = "asserted"
        for field_ids, field_spans, src_ids, src_spans in (
                (target.actors, target.actor_spans, e.actors, e.actor_spans),
                (target.recipients, target.recipient_spans, e.recipients, e.recipient_spans)):
            if not field_ids:
                field_ids.extend(src_ids)
                field_spans.extend(src_spans)
        target.place = target.place or e.place
        target.killed = target.killed or e.killed
        target.injured = target.injured or e.injured
        target.sources = target.sources or e.sources
        if target.mode is None:
            target.mode = e.mode
    return kept


def _compatible(ctx, a, b) -> bool:
    if not a or not b:
        return True
    return bool(set(a) & set(b) or _countries(ctx, a) & _countries(ctx, b))


def _fill_from_dyad(ctx, events):
    """A conflict event naming one side ("Russia's invasion", "Crimea was annexed")
    takes the other side from the article's asserted conflict events."""
    dyads = [(e.actors, e.recipients, e.actor_spans, e.recipient_spans) for e in events
             if e.type in CONFLICT_TYPES and e.actors and e.recipients and e.status == "asserted"]
    if not dyads:
        return
    for e in events:
        if e.type not in CONFLICT_TYPES or (e.actors and e.recipients):
            continue
        for actors, recipients, a_spans, r_spans in dyads:
            if e.actors and _countries(ctx, e.actors) & _countries(ctx, actors):
                e.recipients, e.recipient_spans = list(recipients), list(r_spans)
                break
            if e.recipients and _countries(ctx, e.recipients) & _countries(ctx, recipients):
                e.actors, e.actor_spans = list(actors), list(a_spans)
                break


def _merge_same_clause(events, doc):
    """'took aim at Zelenskyy, calling a statement "inflammatory"' is one accusation:
    an event whose trigger hangs from a same-type event of the same actor joins it."""
    by_start = {e.trigger.start: e for e in events}
    kept = []
    for e in events:
        tok = doc.char_span(e.trigger.start, e.trigger.end, alignment_mode="expand")
        head = tok.root.head if tok is not None else None
        parent = None
        while head is not None and tok is not None and head.i != tok.root.i:
            parent = next((p for p in kept if p.type == e.type and p.trigger.start <= head.idx < p.trigger.end), None)
            if parent or head.dep_ not in ("advcl", "conj", "xcomp") or head.head.i == head.i:
                break
            head = head.head
        if parent is not None and (not e.actors or set(e.actors) & set(parent.actors)) \
                and tok.root.dep_ in ("advcl", "conj", "xcomp"):
            for r, span in zip(e.recipients, e.recipient_spans):
                if r not in parent.recipients and not parent.recipients:
                    parent.recipients.append(r)
                    parent.recipient_spans.append(span)
            continue
        kept.append(e)
    return kept
