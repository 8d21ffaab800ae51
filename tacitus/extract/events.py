"""PLOVER events: who did what to whom, where, with what toll, as the article says.

Orchestration only; each job has its own module:
  triggers.py      the words that state an event (lexicons/plover_triggers.yaml)
  roles.py         actor and recipient words from the trigger's syntax
  participants.py  those words resolved to the article's actors
  status.py        negated / hypothetical / future / historical
  casualties.py    killed and injured, and figures a speaker states (claims)
  places.py        where it happened
  sourcing.py      the chain of sources
  event_links.py   one event mentioned twice (or named again by a dated noun: "their
                   February meeting"), and the other side of a conflict
Type, mode and CAMEO code are settled here: a negated trigger may state another
event ("never recognize" is REJECT), an announced act is a promise or a threat.
"""
from __future__ import annotations

import re
from typing import Optional

from tacitus import lexicons
from tacitus.extract import casualties as casualty_mod, event_classifier
from tacitus.extract import event_links, generic_actors, non_events, participants, places, possible_threats, roles, sourcing, status, titles
from tacitus.extract.event_links import CONFLICT_TYPES, SPEECH_ACTS
from tacitus.extract.support_verbs import is_support_verb
from tacitus.extract.triggers import Trigger, find_triggers, lexicon as trigger_lexicon
from tacitus.lexicons.word_classes import word_class
from tacitus.nlp import sentences
from tacitus.report import Claim, Event, Span


@lexicons.cached
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
    # nominal events first, so that "not happy with the Russian strikes" can use the strikes' actor
    order = sorted(triggers, key=lambda t: (not t.nominal, t.token.i))
    for trig in order:
        event = _code(ctx, trig, by_token, event_of_token)
        if event is not None:
            event_of_token[trig.token.i] = event
    events = sorted(event_of_token.values(), key=lambda e: e.trigger.start)
    events = _attach_casualties(ctx, events, claims)
    events = event_links.merge_purpose(events, doc)
    nominal = {t.span.start_char for t in triggers if t.nominal}
    from_dictionary = {t.span.start_char for t in triggers if t.source != "lexicon"}
    occurring = {t.span.start_char for t in triggers if t.nominal and _occurring(t.token)}
    kept = [e for e in events if _kept(e, nominal, from_dictionary, occurring)]
    # a candidate naming no side stands when the learned classifier gives its sentence its type
    standing = {id(e) for e in kept}
    dropped = [e for e in events if id(e) not in standing]
    events = sorted(kept + event_classifier.confirmed(ctx, dropped, kept), key=lambda e: e.trigger.start)
    events = event_links.merge_same_clause(events, doc)
    events = event_links.drop_promised_threats(events, doc)
    events = event_links.merge_mentions(ctx, events)
    event_links.fill_from_dyad(ctx, events)
    event_links.link_references(ctx, events)
    events = sorted(events + event_links.repeated_statements(ctx, events), key=lambda e: e.trigger.start)
    for n, event in enumerate(events, 1):
        event.id = f"e{n}"
    return events, claims


# types whose reports often name no one acting ("Shops were looted", "a curfew was imposed")
UNKNOWN_ACTOR_TYPES = CONFLICT_TYPES | {"PROTEST", "MOBILIZE"}


def _names_truce(noun) -> bool:
    """The noun is one of the trigger lexicon's ceasefire words ("truce", "ceasefire agreement")."""
    entry = (trigger_lexicon().get("nouns") or {}).get(noun.lemma_.lower()) or {}
    phrases = trigger_lexicon().get("phrases") or {}
    for phrase in (c for c in noun.lefts if c.dep_ == "compound"):  # "a five-day cease-fire": any of them
        entry = phrases.get(f"{phrase.lemma_.lower()} {noun.lemma_.lower()}") or entry
    return entry.get("mode") == "ceasefire"


def _occurring(token) -> bool:
    """An event noun reported as happening: the subject of an occurrence verb ("protests
    broke out", "fighting erupted", "clashes left five dead")."""
    if token.dep_ == "pobj" and token.head.dep_ == "agent":
        return True  # "the site was hit by a cyber attack"
    if token.dep_ == "pobj" and token.head.lower_ == "on" and token.head.head.lemma_ in ("be", "go", "remain", "stay"):
        return True  # "dockers have been on strike since Monday": said of its subject, not named
    if token.dep_ == "pobj" and token.head.lower_ == "in" and token.head.head.pos_ == "VERB" \
            and token.head.head.lemma_.lower() in set(trigger_lexicon().get("harm_verbs") or []):
        return True  # "several houses were damaged in the shelling": harm done in it
    if token.dep_ in ("dobj", "nsubjpass") and _names_truce(token) \
            and token.head.lemma_.lower() in set(trigger_lexicon().get("declared_retreats") or []):
        return True  # "the two sides signed a ceasefire", "a truce was declared": the clause states the truce
    if _in_a_consequence(token):
        return True  # "the raid led to protests", "the killing sparked riots": both happened
    if roles.placed_under(token):
        return True  # "he was placed under house arrest": said of the one placed
    return token.dep_ in ("nsubj", "nsubjpass") and token.head.pos_ == "VERB" \
        and token.head.lemma_.lower() in set(trigger_lexicon().get("occurrence_verbs") or [])


def _in_a_consequence(token) -> bool:
    """An event noun that is the cause or the effect of a plain past or present consequence
    verb (`consequence_verbs`: "the raid led to protests", "the withdrawal has led to chaos",
    "the killing sparked riots", "resulted in the disbanding of the unit"); not "could spark"."""
    verbs = set(trigger_lexicon().get("consequence_verbs") or [])
    verb = token.head
    if token.dep_ == "pobj" and verb.lower_ in ("to", "in") and verb.dep_ == "prep":
        verb = verb.head  # "led to protests", "resulted in the disbanding"
    elif token.dep_ not in ("nsubj", "dobj"):
        return False
    return verb.pos_ == "VERB" and verb.lemma_.lower() in verbs and status.modality(verb) is None \
        and not status.is_negated(verb)


def _kept(event: Event, nominal_starts: set[int], dictionary_starts: set[int],
          occurring_starts: set[int] = frozenset()) -> bool:
    """Whether an event stands. With an actor or a recipient, always. With neither, the
    actor is unknown and the event is kept when a clause of the own lexicon states it
    ("Dozens of shops were destroyed overnight", "The new law allows parties to ..."); a
    bare event noun ("the attack", "the talks") only with a casualty figure or a place of
    its own, otherwise it is a reference, a topic or a name rather than a report. A verb
    coded by the CAMEO dictionary, whose blocks hold many common verbs ("consider",
    "continue", "engage" beside event verbs), needs as in PETRARCH both a source and a
    target; for violence, coercion, protest and mobilisation one of them is enough."""
    if event.trigger.start in dictionary_starts:
        if event.type in UNKNOWN_ACTOR_TYPES:
            return bool(event.actors or event.recipients)
        return bool(event.actors and event.recipients)
    if event.actors or event.recipients:
        return True
    if event.trigger.start in nominal_starts:
        return bool(event.killed or event.injured or event.place or event.trigger.start in occurring_starts)
    return True


def _own_sides_stand(token, type_: str, actors, recipients) -> bool:
    """Whether a verb coded by the CAMEO dictionary has its sides in its own phrases, as
    PETRARCH requires: a subject the verb has is an actor ("a bus overturned", "an apartment
    block caught fire", "the storm forced thousands to evacuate" name no one acting), and
    violence, coercion, protest and mobilisation have an actor or a target of their own
    ("Wiranto was stabbed"), not only the state whose town the sentence names. Other types
    keep _kept's test, which lets the nearest participant be the target."""
    verb = token.head if token.dep_ == "conj" and not any(c.dep_.startswith("nsubj") for c in token.children) \
        else token  # "it flooded the valley and forced thousands to leave": the shared subject
    if not actors and any(c.dep_ in ("nsubj", "csubj") for c in verb.children):
        return False
    if type_ in UNKNOWN_ACTOR_TYPES:
        return bool(actors or recipients)
    return True


# --- one trigger -> one event -------------------------------------------------

def _code(ctx, trig: Trigger, by_token, event_of_token) -> Optional[Event]:
    token = trig.token
    sent = token.sent
    if token.tag_ == "VBN" and token.dep_ == "advcl" and not any(c.dep_ in ("agent", "nsubjpass")
                                                                   for c in token.children):
        return None  # "when asked if ...": a bare participle names no one acting
    if token.lemma_.lower() in status.RECALL_VERBS and any(
            c.dep_ == "dobj" and c.i in by_token and by_token[c.i].nominal for c in token.children):
        return None  # "recalled her clash with X" remembers an event; no envoy is recalled
    if trig.type == "ASSAULT" and not trig.nominal and _by_accident(token):
        return None  # "a road accident followed by a fire killed five people"
    if trig.type == "THREATEN" and _warns_of_nature(token):
        return None  # "warned of flash floods": a forecast, no threat
    if trig.type == "ASSAULT" and not trig.nominal and _in_a_contest(token):
        return None  # "beat their rivals 3-1": a game
    if trig.type in ("COERCE", "SANCTION") and _for_a_disaster(token):
        # "declared a state of emergency after the floods", "suspended flights because of the
        # volcanic ash", "closed the campus after a gas leak": safety, not coercion
        return None
    if trig.type in ("COERCE", "SANCTION", "REQUEST") and not trig.nominal and _by_a_standing_rule(token):
        return None  # "Interpol's constitution prohibits any intervention": a rule in force, no act
    if trig.type in ("CONCEDE", "RETREAT", "THREATEN") and _of_a_hazard_warning(token):
        return None  # "all tropical storm warnings were lifted": weather, no concession
    if trig.type == "ACCUSE" and trig.mode == "investigate" and _investigates_an_accident(token):
        return None  # "the cause of the fire is under investigation": no one is accused
    if not trig.nominal and _of_quantities(trig):
        return None  # "sales declined 8.7 %", "the index increased", "raised interest rates"
    if not trig.nominal and non_events.reports_nothing(trig):
        return None  # a feeling, a state of affairs, a figure of speech, a generic statement, a legend
    if not trig.nominal and status.is_imperative(token):
        return None  # "...: reach a deal, or ...": what an order asks for; the order is the event
    ev_status = status.status_of(trig, ctx.published, ctx.times)
    if trig.nominal and trig.type == "AGREE" and _acted_on(token, by_token):
        return None  # "suspended the grain deal", "withdrew from the Paris agreement": the deal is acted on
    if trig.nominal and ev_status == "asserted" and _asked_for(token, by_token):
        ev_status = "hypothetical"  # "called for a ceasefire", "rejected the offer of talks": not (yet) held
    if not trig.nominal and _uses_the_word_only(trig, token, ev_status):
        return None
    type_, mode, cameo, contexts = trig.type, trig.mode, trig.cameo, list(trig.contexts)
    override = _object_override(trig)
    if override:  # "withdraw from the talks" is no troop withdrawal
        type_, mode, cameo = override["type"], override.get("mode"), override.get("cameo")
        contexts = list(override.get("context") or [])
    if ev_status == "negated" and type_ == "RETREAT" and mode == "ceasefire" and not trig.nominal \
            and possible_threats.force_kept_up_until(token):
        # "will not stop our attacks unless the border is closed": force vowed to go on until a
        # demand is met is a threat of it (CAMEO 138)
        type_, mode, cameo, ev_status = "THREATEN", "violence", "138", "asserted"
    if ev_status == "negated":
        flipped = trig.negated or (ontology().get("negated") or {}).get(type_)
        if flipped and not trig.negated and type_ in REFUSED_ONLY_AHEAD \
                and status.modality(token.head if trig.nominal else token) not in ("future", "hypothetical"):
            flipped = None  # "did not meet him" happened not; "will not meet him" refuses
        if flipped:  # "never recognize" is a rejection, "not happy with" an accusation
            type_, mode, cameo = flipped["type"], flipped.get("mode"), flipped.get("cameo")
            ev_status = _status_without_negation(ctx, trig, type_)
        elif type_ in ("ASSAULT", "COERCE") and not trig.nominal and _promised_refrain(token):
            # "pledged not to arrest the exiles", "announced they will not beat protesters":
            # forgoing force or coercion is promised, a concession (CAMEO 08); a bare "is not
            # going to attack" stays a negated attack
            type_, mode, cameo, ev_status = "CONCEDE", None, "080", "asserted"
    if type_ == "PROTEST" and _promised_no_protest(trig):
        # "pledged not to stage further protests", "the union said its members will not hold any
        # more protests": protest forgone is dissent eased (CAMEO 082), a concession
        type_, mode, cameo, ev_status = "CONCEDE", None, "082", "asserted"
    truce = token.head if token.dep_ == "compound" and token.head.pos_ == "NOUN" else token  # "a cease-fire agreement"
    if type_ == "RETREAT" and (mode == "ceasefire" or mode == "disarm" and truce.lemma_.lower() in DEAL_NOUNS) \
            and trig.nominal and truce.dep_ in ("dobj", "nsubjpass") \
            and truce.head.lemma_.lower() in set(trigger_lexicon().get("declared_retreats") or []):
        # "declared a unilateral ceasefire", "signed a disarmament agreement": a retreat announced,
        # not carried out, is a concession;
        # the declaration is as real as its verb ("signed a truce" states it, "will sign" does not yet)
        type_, mode = "CONCEDE", None
        if ev_status == "hypothetical":
            ev_status = status.modality(truce.head) or "asserted"
    if type_ == "MOBILIZE" and trig.nominal and _held_jointly(token):
        # "joint naval drills", "combined manoeuvres": exercises with others are cooperation
        type_, mode, cameo, contexts = "COOPERATE", None, "062", ["military"]
    if type_ == "AGREE" and not trig.nominal and _concedes(token, by_token):
        # "agreed to a truce", "promised concessions", "agreed to withdraw": a promised
        # concession or retreat is PLOVER's CONCEDE
        type_, mode, cameo = "CONCEDE", None, "080"
    act = (type_, _mode(trig, type_, mode))  # what a threat, if this becomes one, threatens
    raiser = possible_threats.holder(token) \
        if type_ in set((ontology().get("intent") or {}).get("THREATEN") or []) else None
    if raiser is not None and not (raiser.i in by_token and by_token[raiser.i].type == "THREATEN"):
        # "hinted at the possibility of suspending ties", "did not rule out sanctions": the
        # act held out as possible is the raiser's threat ("raised the prospect of" is one already)
        type_, mode, cameo, ev_status = "THREATEN", None, (ontology()["types"]["THREATEN"] or {}).get("cameo"), "asserted"
    else:
        raiser = None
    type_, mode, cameo, ev_status = _as_intent(type_, mode, cameo, ev_status, token)
    actor_toks, recipient_toks = roles.find_roles(trig, type_)
    if raiser is not None:
        actor_toks = roles.subjects_of(raiser)
    quote = participants.quote_at(ctx, token.idx)
    actors, actor_spans = participants.resolve_all(ctx, actor_toks, quote, event_of_token, by_token)
    recipients, recipient_spans = participants.resolve_all(ctx, recipient_toks, quote, event_of_token, by_token)
    recipients = [r for r in recipients if r not in actors] or ([] if actors else recipients)
    if trig.source != "lexicon" and not _own_sides_stand(token, type_, actors, recipients):
        return None
    declarer = participants.declarer(ctx, token, quote, event_of_token, by_token)
    if declarer and declarer[0] not in actors and participants.country_of(ctx, declarer[0]) in event_links.countries(ctx, actors):
        # "Zelenskyy declared that Ukraine would never recognize ...": the speaker states the state's act
        actors, actor_spans = [declarer[0], *actors], [declarer[1], *actor_spans]
    if ev_status == "hypothetical" and not trig.nominal and _weak_modal(token) and actors \
            and type_ in set((ontology().get("intent") or {}).get("THREATEN") or []) \
            and _told_by_own_side(ctx, token, declarer, actors):
        # "Slovakia could suspend all relations with Prague, Prime Minister Fico said": a side
        # saying it may take a hostile step against another threatens it (its own possibility,
        # not one a third party sees)
        type_, mode, cameo, ev_status = "THREATEN", None, (ontology()["types"]["THREATEN"] or {}).get("cameo"), "asserted"
    if not recipients and type_ == "THREATEN" and not trig.nominal:
        # "will withdraw if Ukraine and Russia fail to ...": aimed at the condition's subject;
        # "threatened to shell Iraqi towns": aimed at the act's target
        for candidates in (roles.condition_subjects(token), roles.complement_targets(token, type_)):
            recipients, recipient_spans = _placed(ctx, *participants.resolve_all(
                ctx, candidates, quote, event_of_token, by_token), actors)
            if recipients:
                break
    if not recipients and quote is not None and type_ in SPEECH_ACTS and not trig.nominal \
            and getattr(quote, "speaker", None) in actors:
        # '"We will not go on with these talks," the minister told Peru': said to the addressee
        recipients, recipient_spans = participants.addressee_of(ctx, quote, actors)
    if not recipients and not trig.nominal:
        recipients, recipient_spans = participants.nearest_participant(ctx, token, actors, quote, event_of_token, by_token)
    if trig.verbal and actors and recipients and all(participants.kind_of(ctx, a) == "person" for a in actors + recipients):
        # people clash in words: "his Oval Office clash with Zelenskyy"
        type_, mode, cameo = trig.verbal["type"], trig.verbal.get("mode"), trig.verbal.get("cameo")
        contexts = []
    left = [p for c in token.children if c.dep_ == "prep" and c.lower_ == "from" for p in c.children if p.dep_ == "pobj"] \
        if type_ == "RETREAT" and trig.mode == "withdraw" else []
    if left:
        left = participants.resolve_all(ctx, left, quote, event_of_token, by_token)[0]
    if type_ == "ASSAULT" and _by_rioters(actor_toks):
        # "protesters clashed with police", "rioters attacked shops": a violent protest
        type_, mode, cameo, contexts = "PROTEST", "riot", "145", []
    if type_ == "ASSAULT" and _policing(ctx, trig, actors):
        # "police raided the newspaper's offices", "a police raid": a law-enforcement raid
        # is PLOVER's COERCE (seize), not an armed attack
        type_, mode, cameo, contexts = "COERCE", "seize", "171", ["legal"]
    if type_ == "RETREAT" and trig.mode == "withdraw" and _leaves_relations(ctx, actors, recipients + left):
        # "Human Rights Watch withdrew from Cambodia", "withdrew from the United Nations":
        # an organisation leaving a country, or a state leaving an organisation, reduces
        # relations (SANCTION); only forces withdrawn are a RETREAT
        type_, mode, cameo, contexts = "SANCTION", "withdraw", "166", ["diplomatic"]
    mode = _mode(trig, type_, mode)
    if type_ == "CONSULT" and mode == "visit" and not recipients and not trig.nominal and any(
            c.dep_ == "dobj" and c.pos_ == "NOUN" for c in token.children):
        return None  # "the minister visited a school": a visit to a place no one holds talks in
    if type_ == "THREATEN":
        mode = _threat_mode(act if trig.type != "THREATEN" else _threatened_act(trig, by_token)) or mode
    if type_ == "CONSULT" and mode is None and len(set(actors) | set(recipients)) >= 3:
        mode = "multilateral"  # "after meeting European and Ukrainian leaders"
    type_info = (ontology()["types"].get(type_) or {})
    mode_info = (type_info.get("modes") or {}).get(mode) or {}
    if mode and mode != trig.mode and mode_info.get("cameo"):
        cameo = mode_info["cameo"]
    cameo = cameo or type_info.get("cameo")
    if trig.appeal and type_ == "REQUEST" and cameo and cameo.startswith("10"):
        cameo = "02" + cameo[2:]  # an appeal: CAMEO's 02 family mirrors its demands (10) digit for digit
    for c in mode_info.get("context") or []:
        if c not in contexts:
            contexts.append(c)
    heads = list(trig.extra_tokens)
    if token.dep_ in ("pcomp", "advcl") and token.head.dep_ == "prep":
        heads.append(token.head.head)  # "said in Paris after meeting X": the meeting was in Paris
    if type_ in CONFLICT_TYPES:  # "shelled the town of X", "X, which was annexed": the target is the place
        heads += [t for t in recipient_toks]
    place = places.place_of(trig, heads, target_preps=type_ in CONFLICT_TYPES)
    if not any(participants.has_code(ctx, r) or participants.kind_of(ctx, r) == "person" for r in recipients):
        # no one placed as recipient ("killed 23 people in Haifa"): the state where it happened
        found = participants.domestic_recipient(ctx, place, actor_toks, type_)
        if found[0] or not recipients:
            recipients, recipient_spans = found
    if type_ in participants.DOMESTIC_TYPES and not any(participants.has_code(ctx, a) for a in actors):
        # "prisoners rioted at a jail in Dili": protesters no one places are of the state where they protest
        state, state_span = participants.domestic_recipient(ctx, place, [], type_)
        if not state:
            state, state_span = participants.state_where(ctx, token)
        actors, actor_spans = actors + state, actor_spans + state_span
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
    event.confidence = confidence(ctx, event, trig)
    return event


def confidence(ctx, event: Event, trig: Trigger) -> float:
    """How far the coding can be trusted, 0-1: a clause with named sides, a trigger of the
    curated lexicon and a plain assertion score high; a verb coded only by the dictionary's
    default, sides no one names, a bare noun mention and a possibility score low. The
    weights are set by hand; the figure ranks events, it is no calibrated probability."""
    score = 0.55
    named = [a for a in event.actors + event.recipients
             if participants.has_code(ctx, a) or participants.kind_of(ctx, a) == "person"]
    score += 0.2 if named else (0.05 if event.actors or event.recipients else -0.15)
    score += 0.05 if event.actors and event.recipients else 0.0
    score += {"lexicon": 0.1, "dictionary-pattern": 0.05, "dictionary-default": -0.1}.get(trig.source, 0.0)
    if trig.nominal:
        score -= 0.1
    if event.status in ("hypothetical", "future"):
        score -= 0.1
    if event.killed or event.injured:
        score += 0.05
    return round(min(0.99, max(0.05, score)), 2)


def _uses_the_word_only(trig: Trigger, token, ev_status: str) -> bool:
    """Shapes that use an event verb without reporting that event (`false_events` in the
    trigger lexicon): a possible act in a relative clause of a thing ("a bill that would
    allow ..."), a bare participle describing people ("people accused of crimes"), a
    reaction ("the plan was met with protests"), things that are no force or aid ("pulled
    out twelve bodies", "delivered a speech") and depriving ("deny terrorism any victory")."""
    spec = trigger_lexicon().get("false_events") or {}
    lemma = token.lemma_.lower()
    head = token.head
    if token.dep_ == "relcl" and ev_status in ("hypothetical", "future") and head.pos_ == "NOUN" \
            and not head.ent_type_ and generic_actors.sector_of(head) is None \
            and titles.title_entry(head) is None:
        return True
    if token.dep_ == "acl" and token.tag_ == "VBN" and trig.type in set(spec.get("described_types") or []) \
            and not any(c.dep_ == "agent" for c in token.children):
        return True
    if lemma in set(spec.get("passive_with") or []) and any(c.dep_ in ("nsubjpass", "auxpass") for c in token.children) \
            and any(c.dep_ == "prep" and c.lower_ == "with" for c in token.children):
        return True
    objects = [c for c in token.children if c.dep_ in ("dobj", "nsubjpass")]
    if trig.type == "RETREAT" and any(o.lemma_.lower() in set(spec.get("withdrawn_things") or []) for o in objects):
        return True
    if trig.type == "AID" and any(o.lemma_.lower() in set(spec.get("spoken_things") or []) for o in objects):
        return True
    if trig.type == "REJECT" and lemma == "deny" and (
            any(c.dep_ == "dative" for c in token.children) or len([c for c in token.children if c.dep_ == "dobj"]) > 1):
        return True  # "deny terrorism any victory": to deprive, not to reject
    return False


def _concedes(token, by_token) -> bool:
    """The agreement's object or complement is a concession, a retreat or a demand."""
    for c in [*token.children, *[g for x in token.children if x.dep_ == "xcomp" for g in x.children if g.dep_ == "dobj"]]:
        # (and the object of its complement: "promised to ensure a cease-fire")
        # ("a ceasefire was agreed", "their demands were accepted": the passive's subject)
        targets = [c] if c.dep_ in ("dobj", "xcomp", "nsubjpass") else \
            [p for p in c.children if p.dep_ == "pobj"] if c.dep_ == "prep" and c.lower_ in ("to", "on") else []
        # "agreed to all of their demands": through the quantifier
        targets += [p for t in targets if t.lower_ in ("all", "some", "most", "many", "several", "each")
                    for c in t.children if c.dep_ == "prep" and c.lower_ == "of" for p in c.children if p.dep_ == "pobj"]
        for t in targets:
            inner = by_token.get(t.i)
            if inner is not None and (inner.type in ("CONCEDE", "RETREAT") or inner.type == "REQUEST" and inner.nominal):
                return True  # "agreed to withdraw", "accepted their demands" (acceding: CAMEO 083)
    return False


def _told_by_own_side(ctx, token, declarer, actors) -> bool:
    """The clause is told by one of the actors, an official of their country, or an official
    named only by a title."""
    if declarer:
        return declarer[0] in actors or participants.country_of(ctx, declarer[0]) in event_links.countries(ctx, actors)
    return _unnamed_official_says(token)


def _unnamed_official_says(token) -> bool:
    """The clause is told by an official named only by a title, with no country of its own
    ("..., an official said", "a government spokesman said"): in news, a side's own official."""
    clause = token
    for _ in range(3):
        if clause.dep_ == "ccomp" and clause.head.lemma_.lower() in status.SPEECH_LEMMAS:
            subjects = [c for c in clause.head.children if c.dep_ == "nsubj"]
            return any(s.pos_ == "NOUN" and (titles.title_entry(s) or {}).get("sector") in ("GOV", "MIL", "LEG")
                       and not any(t.ent_type_ for t in s.subtree) for s in subjects)
        if clause.head.i == clause.i:
            return False
        clause = clause.head
    return False


def _held_jointly(noun) -> bool:
    """The noun, or the noun of its phrase, is modified by `joint_modifiers` ("joint naval drills")."""
    words = set(trigger_lexicon().get("joint_modifiers") or [])
    return any(c.dep_ in ("amod", "compound") and c.lower_ in words for c in noun.lefts)


def _by_rioters(actor_toks) -> bool:
    """The acting words are crowds that protest (`rioters` in the trigger lexicon)."""
    words = set(trigger_lexicon().get("rioters") or [])
    return bool(actor_toks) and all(t.lower_ in words or t.lemma_.lower() in words for t in actor_toks)


def _policing(ctx, trig: Trigger, actors) -> bool:
    """A raid (`policing_acts` in the trigger lexicon) by the police or another
    law-enforcement body: the actor's sector is COP, or the raid noun is named by one
    ("a police raid", "an FBI raid" when the FBI is coded COP)."""
    if trig.token.lemma_.lower() not in set(trigger_lexicon().get("policing_acts") or []):
        return False
    sectors = {getattr(ctx.actors.get(a), "sector", None) for a in actors} if ctx.actors is not None else set()
    named_by = [c for c in trig.token.lefts if c.dep_ in ("compound", "amod", "nmod")]
    by_police = any((generic_actors.sector_of(c) or (None,))[0] == "COP" for c in named_by)
    return "COP" in sectors or by_police


# sectors of organisations that have no forces to withdraw
UNARMED_SECTORS = {"NGO", "IGO", "HRI", "BUS", "MED", "EDU", "REL", "HLH", "CVL", "AGR", "LAB"}


def _leaves_relations(ctx, actors, recipients) -> bool:
    """An unarmed organisation withdraws, or the one left is an international organisation."""
    def actor(actor_id):
        return ctx.actors.get(actor_id) if ctx.actors is not None else None

    def international(a) -> bool:  # the UN, the ICC: an organisation of no one state
        return a is not None and (a.sector == "IGO" or a.kind == "organization" and not a.country)
    return bool(actors) and all(getattr(actor(a), "sector", None) in UNARMED_SECTORS for a in actors) or \
        any(international(actor(r)) for r in recipients)


def _by_accident(token) -> bool:
    """The violent verb's subject, agent or stated cause is an accident or a natural cause
    (`accidents` in the lexicon): "a road accident killed five", "killed in a crash",
    "Typhoon Phanfone made landfall, killing 20", "were killed when a bomber crashed"
    (`accident_verbs`)."""
    lex = trigger_lexicon()
    causes = set(lex.get("accidents") or [])
    crashes = set(lex.get("accident_verbs") or [])

    def cause(noun) -> bool:  # "a crash", and a name led by a cause word: "Typhoon Phanfone"
        return noun.lemma_.lower() in causes or any(
            c.dep_ == "compound" and c.lemma_.lower() in causes for c in noun.lefts)

    holders = [token]
    if token.dep_ in ("advcl", "xcomp", "conj") and token.tag_ == "VBG":
        holders.append(token.head)  # "made landfall ..., killing at least 20": the head's subject
    for verb in holders:
        for c in verb.children:
            if c.dep_ in ("nsubj", "csubj") and cause(c):
                return True
            if c.dep_ == "agent" and any(cause(p) for p in c.children):
                return True
    for c in token.children:
        if c.dep_ == "prep" and c.lower_ in ("in", "by", "during") and any(cause(p) for p in c.children if p.dep_ == "pobj"):
            return True  # "were killed in a helicopter crash"
        if c.dep_ != "advcl":
            continue
        verbs = [c, *(g for g in c.children if g.dep_ == "acl")]  # "when a bus overturned", misparsed
        if any(v.lemma_.lower() in crashes for v in verbs) and any(
                m.dep_ in ("mark", "advmod") and m.lower_ in ("when", "after", "as") for m in c.children):
            return True  # "were killed when a bomber crashed"
    if any(c.dep_ == "conj" and c.lemma_.lower() in crashes for c in token.children):
        return True  # "a helicopter struck power lines and crashed"
    for d in token.subtree:  # the same clause hung elsewhere by the parser ("... yesterday, when a bomber crashed")
        if d.i > token.i and d.dep_ in ("relcl", "acl", "advcl") and d.lemma_.lower() in crashes and any(
                m.dep_ in ("mark", "advmod") and m.lower_ in ("when", "after", "as") for m in d.children):
            return True
    return False


SCORE = re.compile(r"\b\d{1,3}\s?[-–]\s?\d{1,3}\b")


def _in_a_contest(token) -> bool:
    """A contest verb ("beat", "attacked") whose subject or object is a side in a game ("their
    rivals", "the visitors"), or in a sentence that gives a score ("won 3-1")."""
    spec = trigger_lexicon().get("contests") or {}
    if token.lemma_.lower() not in set(spec.get("verbs") or []):
        return False
    sides = set(spec.get("sides") or [])
    if any(c.dep_ in ("nsubj", "dobj", "nsubjpass") and c.lemma_.lower() in sides for c in token.children):
        return True
    return bool(SCORE.search(token.sent.text))


def _acted_on(noun, by_token) -> bool:
    """An agreement that another event's verb takes ("suspended the deal", "withdrew from the
    accord", "violated the treaty"): the thing acted on, not an agreement made here."""
    if noun.dep_ not in ("dobj", "pobj", "nsubjpass"):
        return False
    gov = noun.head.head if noun.dep_ == "pobj" else noun.head
    return gov.i in by_token and not by_token[gov.i].nominal and by_token[gov.i].type not in ("AGREE", "SUPPORT")


ARMED = {"rocket", "gun", "gunfire", "artillery", "mortar", "sniper", "tank", "missile", "enemy", "hostile", "cross-border"}


def _armed(noun) -> bool:
    """A hazard word that names fighting ("the rocket fire", "sniper fire")."""
    return any(c.dep_ in ("compound", "amod") and c.lemma_.lower() in ARMED for c in noun.children)


def _asked_for(noun, by_token) -> bool:
    """An event noun that a demand, an appeal or a refusal takes ("called for a ceasefire",
    "demanded the release of ...", "rejected talks"), or that an offer, a demand or a plan
    names ("the government's offer of talks"): asked for, offered or refused, not held."""
    if noun.dep_ not in ("dobj", "pobj"):
        return False
    gov = noun.head.head if noun.dep_ == "pobj" else noun.head
    if gov.i in by_token and not by_token[gov.i].nominal and by_token[gov.i].type in ("REQUEST", "REJECT"):
        return True
    return noun.dep_ == "pobj" and noun.head.lower_ == "of" and gov.pos_ == "NOUN" \
        and gov.lemma_.lower() in word_class("hypothetical_nouns") | word_class("intent_nouns")


def _for_a_disaster(token) -> bool:
    """An emergency declared because of an accident or a natural hazard ("after the floods",
    "over the wildfires", "due to the drought")."""
    causes = set(trigger_lexicon().get("accidents") or [])
    holders = [token, token.head]
    if token.head.dep_ == "prep":
        holders.append(token.head.head)
    for holder in holders:
        for c in holder.children:
            if c.dep_ in ("prep", "advcl") and c.lower_ in ("after", "over", "for", "amid", "following", "due", "because"):
                if any(n.pos_ == "NOUN" and n.lemma_.lower() in causes and not _armed(n) for n in _phrase_words(c)):
                    return True
    return False


# dependencies that open a clause of its own inside a phrase ("for spreading rumours, ... who
# warned about the outbreak": the outbreak is no cause of the arrest)
CLAUSE_DEPS = {"relcl", "acl", "advcl", "ccomp", "xcomp", "csubj", "parataxis", "appos"}


def _phrase_words(head) -> list:
    """The words of a phrase, without the clauses hung inside it."""
    out, frontier = [], [head]
    while frontier:
        tok = frontier.pop()
        out.append(tok)
        frontier += [c for c in tok.children if c.dep_ not in CLAUSE_DEPS]
    return out


def _by_a_standing_rule(token) -> bool:
    """The verb's subject is a rule in force (`standing_rules`: "the constitution prohibits ...",
    "the charter requires ..."): what it says is no act of anyone's."""
    words = set(trigger_lexicon().get("standing_rules") or [])
    return any(c.dep_ == "nsubj" and c.lemma_.lower() in words for c in token.children)


def _of_a_hazard_warning(token) -> bool:
    """The verb's object is a warning, watch or alert for a natural hazard ("storm warnings
    were lifted", "lifted the tsunami alert")."""
    causes = set(trigger_lexicon().get("accidents") or [])
    for c in token.children:
        if c.dep_ in ("dobj", "nsubjpass") and c.lemma_.lower() in ("warning", "watch", "alert", "advisory", "alarm"):
            if any(m.dep_ in ("compound", "amod") and m.lemma_.lower() in causes | {"tropical", "weather", "flood"}
                   for m in c.subtree if m.i < c.i):
                return True
    return False


def _investigates_an_accident(token) -> bool:
    """An inquiry into an accident or into the cause of something ("investigating the crash",
    "the cause of the fire was under investigation"): a fact-finding, not an accusation."""
    causes = set(trigger_lexicon().get("accidents") or [])
    topics = [p for c in token.children if c.dep_ == "prep" and c.lower_ in ("into", "of", "on")
              for p in c.children if p.dep_ == "pobj"]
    topics += [c for c in token.children if c.dep_ in ("dobj", "nsubjpass")]
    if token.dep_ == "pobj" and token.head.lower_ == "under":  # "X was under investigation"
        topics += [c for c in token.head.head.children if c.dep_ in ("nsubj", "nsubjpass")]
    for topic in list(topics):
        topics += [p for c in topic.children if c.dep_ == "prep" and c.lower_ == "of"
                   for p in c.children if p.dep_ == "pobj"]  # "the cause of the fire"
    return any(t.lemma_.lower() in causes or t.lemma_.lower() in ("cause", "circumstance") for t in topics)


def _warns_of_nature(token) -> bool:
    """A warning whose object is a natural hazard or an accident (`accidents` in the lexicon):
    "warned of potential flash floods", "a warning about heavy rain"."""
    causes = set(trigger_lexicon().get("accidents") or [])
    measures = set(trigger_lexicon().get("quantities") or [])
    if any(c.dep_ == "ccomp" and any(g.dep_ in ("nsubj", "nsubjpass") and g.lemma_.lower() in causes | measures
                                     for g in c.children) for c in token.children):
        return True  # "warned that inflation would remain high", "warned that the storm could strengthen"
    objects = [c for c in token.children if c.dep_ in ("dobj", "attr")]
    objects += [p for c in token.children if c.dep_ == "prep" and c.lower_ in ("of", "about", "against")
                for p in c.children if p.dep_ == "pobj"]
    objects += [c for o in objects for c in o.conjuncts]
    return any(o.lemma_.lower() in causes or any(c.dep_ == "compound" and c.lemma_.lower() in causes
                                                 for c in o.lefts) for o in objects)


def _of_quantities(trig: Trigger) -> bool:
    """The verb's subject or object is an economic measure (`quantities` in the lexicon), or its
    object a bare percentage, and not part of the trigger's own phrase ("cut off the water supply")."""
    words = set(trigger_lexicon().get("quantities") or [])
    for c in trig.token.children:
        if c.dep_ not in ("nsubj", "nsubjpass", "dobj") or trig.start <= c.i < trig.end:
            continue
        names = [t.lemma_.lower() for t in c.lefts if t.dep_ == "compound"] + [c.lemma_.lower()]
        phrases = {" ".join(names[i:]) for i in range(len(names) - 1)}  # "the U.S. housing market"
        if " ".join(names) in words or c.dep_ != "dobj" and (c.lemma_.lower() in words or phrases & words):
            return True  # a subject by its head ("car sales declined"), an object with its compounds
        if c.dep_ == "dobj" and c.ent_type_ == "PERCENT" and not any(g.lower_ == "of" for g in c.children):
            return True  # "declined 8.7 %", not "seized 40 percent of the territory"
    return False


def _placed(ctx, ids, spans, excluded):
    """The participants other than `excluded` that carry a code or are people."""
    kept = [(i, s) for i, s in zip(ids, spans) if i not in excluded
            and (participants.has_code(ctx, i) or participants.kind_of(ctx, i) == "person")]
    return [i for i, _ in kept], [s for _, s in kept]


def _threatened_act(trig: Trigger, by_token):
    """(type, mode) of the act a threat verb announces: its complement ("threatened to shell")
    or that complement's object ("threatened to launch an offensive")."""
    for comp in trig.token.children:
        if comp.dep_ not in ("xcomp", "ccomp") and not status.is_infinitive_clause(comp):
            continue
        for tok in [comp, *[c for c in comp.children if c.dep_ in ("dobj", "nsubjpass")]]:
            inner = by_token.get(tok.i)
            if inner is not None and inner.type != "THREATEN":
                return inner.type, _mode(inner, inner.type, inner.mode)
    return None


def _threat_mode(act) -> Optional[str]:
    if not act:
        return None
    table = ontology().get("threat_modes") or {}
    type_, mode = act
    return table.get(f"{type_}/{mode}") or table.get(type_)


def _object_override(trig: Trigger) -> Optional[dict]:
    """The entry a trigger's object words choose, if any (`objects:` in the trigger lexicon),
    or the one it states when it reports a clause (`clause:`)."""
    if trig.clause and not trig.nominal and any(c.dep_ == "ccomp" for c in trig.token.children):
        return trig.clause
    if not trig.objects:
        return None
    for tok in trig.token.subtree:
        if 0 < tok.i - trig.token.i <= 6 and tok.lemma_.lower() in trig.objects:
            return trig.objects[tok.lemma_.lower()]
    return None


# verbs that weigh an act aloud: "is considering expelling the observers", "mulled sanctions"
WEIGHING_VERBS = {"consider", "weigh", "mull", "contemplate", "threaten", "study", "explore", "eye"}
# verbs of wanting a hostile act oneself ("said he wanted to ban opposition parties")
WANTING_VERBS = {"want", "wish", "seek", "aim"}


# types whose negation is a refusal only when announced ("will not send aid", "would not attend")
REFUSED_ONLY_AHEAD = {"AID", "CONSULT"}

# what a disarmament agreed is named by ("signed a disarmament agreement"); "announced the
# disbanding of the militia" is the retreat itself
DEAL_NOUNS = {"agreement", "deal", "accord", "pact"}


# verbs of doing what one is told ("complied with the order"): yielding when done
COMPLYING_VERBS = {"comply", "obey", "heed"}

# verbs that commit their subject to what their complement says ("pledged not to arrest")
COMMITTING_VERBS = {"pledge", "promise", "agree", "vow", "guarantee", "assure", "undertake", "commit", "announce",
                    "decide"}


def _promised_refrain(token) -> bool:
    """The negated act is the complement of a commitment: 'pledged not to', 'announced that
    they will not'."""
    head = token.head
    if head.lemma_.lower() not in COMMITTING_VERBS or head.i == token.i:
        return False
    return token.dep_ == "xcomp" or token.dep_ == "ccomp" and status.modality(token) == "future"


def _promised_no_protest(trig: Trigger) -> bool:
    """A protest (its verb, or the support verb of its noun) negated under a commitment or
    said with a future: 'pledged not to stage protests', 'said they will not strike again'."""
    verb = trig.token
    if trig.nominal:
        if verb.dep_ != "dobj" or not is_support_verb(verb.head):
            return False
        verb = verb.head
    if not status.is_negated(verb):
        return False
    head = verb.head
    if head.i != verb.i and head.lemma_.lower() in COMMITTING_VERBS and verb.dep_ == "xcomp":
        return True
    return verb.dep_ == "ccomp" and status.modality(verb) == "future" \
        and head.lemma_.lower() in COMMITTING_VERBS | status.SPEECH_LEMMAS


def _weak_modal(token) -> bool:
    """'could', 'may', 'might' on the trigger itself."""
    return any(c.dep_ == "aux" and c.lower_ in ("could", "may", "might") for c in token.children)


def _weighed_hostile_act(type_, token) -> bool:
    """A hostile act that the actor says it is weighing: a threat (PLOVER THREATEN)."""
    head = token.head
    if type_ not in set((ontology().get("intent") or {}).get("THREATEN") or []) or head.pos_ != "VERB" \
            or status.is_negated(head):
        return False
    if token.dep_ == "xcomp" and head.lemma_.lower() in WANTING_VERBS \
            and not any(c.dep_ == "dobj" for c in head.children):
        return True  # wanting it oneself, not "wants the court to ban"
    return token.dep_ in ("xcomp", "ccomp", "dobj") and head.lemma_.lower() in WEIGHING_VERBS


def _as_intent(type_, mode, cameo, ev_status, token):
    """A promised cooperative act is an AGREE, an announced hostile one a THREATEN."""
    if _weighed_hostile_act(type_, token):
        info = ontology()["types"]["THREATEN"]
        return "THREATEN", None, info.get("cameo"), "asserted"
    if ev_status not in ("future", "hypothetical") or token.dep_ in ("pobj",):
        return type_, mode, cameo, ev_status
    if type_ == "CONCEDE" and token.lemma_.lower() in COMPLYING_VERBS:
        # "announced she will comply with the request": an intent to do what was asked, which
        # need not be a concession (CAMEO 035); done, compliance is yielding (080)
        return "AGREE", None, "035", "asserted"
    weak = any(c.dep_ == "aux" and c.lower_ in ("could", "may", "might", "can") for c in token.children)
    conditional = any(c.dep_ == "advcl" and any(m.lower_ in ("if", "unless") for m in c.children)
                      for c in token.children)
    if type_ == "MOBILIZE" and not conditional and not _disjunctive_threat(token):
        # "soldiers will patrol the cities", "will send troops": an announced deployment is itself
        # a show of force; "will deploy troops if ...", "disband or the army will deploy" threatens
        return type_, mode, cameo, ev_status
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


def _disjunctive_threat(token) -> bool:
    """'Disband, or the army will deploy soldiers': the act is the alternative offered."""
    return token.dep_ == "conj" and any(c.dep_ == "cc" and c.lower_ == "or" for c in token.head.children)


def _conditional(token) -> bool:
    """'would blockade', 'will halt ... if': a stated intent, not a mere possibility."""
    return any((c.dep_ == "aux" and c.lower_ in ("would", "will", "'ll", "'d"))
               or (c.dep_ == "advcl" and any(m.lower_ in ("if", "unless") for m in c.children))
               for c in token.children)


def _status_without_negation(ctx, trig, type_) -> str:
    mode = status.modality(trig.token) if not trig.nominal else None
    weak = any(c.dep_ == "aux" and c.lower_ in status.HYPOTHETICAL_AUX for c in trig.token.children)
    if mode == "hypothetical" and weak:  # "would never recognize" is a refusal, "might not" is not
        return mode
    if mode == "hypothetical" and status.in_condition(trig.token):
        return mode  # "will strike if no deal is reached": a condition, no refusal
    if mode == "future" and type_ in (ontology().get("intent") or {}).get("THREATEN", []):
        return mode  # "we're not going to continue the talks" announces a halt: a threat
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
        sent = token.sent  # once: Token.sent builds a Span on every call
        words = [t for t in token.subtree if sent.start <= t.i < sent.end][:40]
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
    for sent in sentences(doc):
        figures = casualty_mod.sentence_figures(doc, sent)
        if not figures:
            continue
        toll = []
        for fig in figures:
            quote = participants.quote_at(ctx, fig.count.start) if participants.inside_marks(text, fig.count.start) else None
            rate = casualty_mod.rate_after(text[fig.count.end:fig.count.end + 30])
            if rate or participants.inside_marks(text, fig.count.start):
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


