"""Participants: role words resolved to the article's actors (ctx.actors).

Beyond a plain lookup: first-person words in a quote are its speaker; an event named
as the object ("not happy with the Russian strikes") stands for its actor; "both
nations" for the last two states named together; a group the actor table cannot place
takes the state named inside its phrase ("students throughout Indonesia"); a pronoun
subject of a reported clause is the speaker ("Syria says it will ..."). When no
recipient is named, the nearest actor in the trigger's clause, or the state where the
event happened, is taken.
"""
from __future__ import annotations


from tacitus import lexicons
from tacitus.extract import generic_actors, offsets, roles, status
from tacitus.nlp import doc_text, entity_of
from tacitus.extract.triggers import lexicon as trigger_lexicon
from tacitus.report import Span

# plural references to the last two states named together ("both nations")
PAIR_WORDS = {"nations", "countries", "sides", "parties", "states", "governments", "neighbours", "neighbors"}
FIRST_PERSON = {"i", "we", "me", "us", "my", "our"}
DOMESTIC_TYPES = {"PROTEST"}  # with no one named, a protest addresses the protesters' own state


def _phrase(token):
    """The noun phrase of a role: the token with its left modifiers and name parts."""
    doc = token.doc
    ent = entity_of(token)
    if ent is not None:
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


def resolve_all(ctx, tokens, quote, event_of_token, by_token):
    ids, spans = [], []
    coordinated = set()  # named together in one phrase ("European and Ukrainian leaders"): kept together
    for tok in tokens:
        found = resolve_one(ctx, tok, quote, event_of_token, by_token)
        for actor_id, span in found:
            if actor_id and actor_id not in ids:
                ids.append(actor_id)
                spans.append(span)
                if len(found) > 1:
                    coordinated.add(actor_id)
    # "killing twelve civilians and two soldiers of X": an unplaced group beside placed ones adds nothing
    placed = [i for i, a in enumerate(ids) if has_code(ctx, a) or kind_of(ctx, a) == "person" or a in coordinated]
    if placed and len(placed) < len(ids):
        ids, spans = [ids[i] for i in placed], [spans[i] for i in placed]
    return ids, spans


def resolve_one(ctx, tok, quote, event_of_token, by_token):
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
            return resolve_one(ctx, inner[0], quote, event_of_token, by_token)
    span = _phrase(tok)
    several = _lookup_all(table, span)
    if len(several) > 1:  # "European and Ukrainian leaders": each group, each with its evidence
        return several
    actor_id = _lookup(table, span)
    if actor_id is None and not tok.ent_type_ and not any(c.dep_ == "conj" for m in tok.lefts for c in m.children):
        # "Afghan villagers": an unnamed group of the one state its phrase names
        found = generic_actors.resolve(table, tok, placed_only=True)
        if found:
            return [found]
    if actor_id is not None and not has_code(ctx, actor_id):
        # "leaders of Romania", "the Turkish sides": a group the table cannot place;
        # a state named inside the phrase places it
        for sub in _inner_places(tok):
            sub_id = _lookup(table, _phrase(sub) if sub.i != tok.i else sub.doc[sub.i:sub.i + 1])
            if sub_id and has_code(ctx, sub_id):
                actor_id, span = sub_id, _name_of(sub)
                break
    if (actor_id is None or not has_code(ctx, actor_id)) and tok.pos_ == "PRON" \
            and tok.lower_ in ("it", "they", "he", "she"):
        # "Syria says it is willing": the speaker of the clause the pronoun opens
        speaker = _reporting_subject(tok)
        if speaker is not None:
            found = resolve_one(ctx, speaker, quote, event_of_token, by_token)
            if found:
                return found
    if tok.tag_ in ("NNS", "NNPS") and kind_of(ctx, actor_id) != "person":
        # "the Turkish and Greek sides", "French and Egyptian warships": each state named
        named = [m for m in tok.children if m.dep_ in ("amod", "compound") and m.i < tok.i and _names_state(m)]
        named += [c for m in named for c in m.children if c.dep_ == "conj" and _names_state(c)]
        each = []
        for m in sorted(named, key=lambda t: t.i):
            name = _name_of(m)
            found = _lookup(table, m.doc[m.i:m.i + 1])
            if found and has_code(ctx, found) and found not in [a for a, _ in each]:
                each.append((found, Span(name.start_char, name.end_char, name.text)))
        if len(each) > 1:
            return each
    if actor_id is None or not has_code(ctx, actor_id):
        # "Radical French farmers", "students throughout Indonesia", "the Turkish and Greek sides"
        placed = []
        for sub in _inner_places(tok):
            for part in [sub, *[c for c in sub.children if c.dep_ == "conj"]]:
                name = _name_of(part)
                sub_id = _lookup(table, part.doc[part.i:part.i + 1])
                if sub_id and has_code(ctx, sub_id) and sub_id not in [p[0] for p in placed]:
                    placed.append((sub_id, Span(name.start_char, name.end_char, name.text)))
            if placed:
                return placed
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
        # "gunmen", "riot police", "villagers": an unnamed actor with a sector
        found = generic_actors.resolve(table, tok)
        return [found] if found else []
    return [(actor_id, Span(span.start_char, span.end_char, span.text))]


def _name_of(token):
    """The whole name a word belongs to ("United Nations" for "Nations" of "United Nations
    peacekeepers"), else the word: the evidence of the actor the word resolves to."""
    ent = entity_of(token)
    return ent if ent is not None else token.doc[token.i:token.i + 1]


def _names_state(token) -> bool:
    return roles.is_demonym(token) or token.ent_type_ in ("GPE", "NORP")


def domestic_recipient(ctx, place, actor_toks, type_):
    """No one named as recipient: the state where it happened ("lifted a curfew in X",
    "demonstrated in Kirkuk"), or for a protest the protesters' own state."""
    if place is not None and place.country:
        span = ctx.doc.char_span(place.start, place.end, alignment_mode="expand")
        actor_id = _lookup(ctx.actors, span) if span is not None else None
        if actor_id and has_code(ctx, actor_id):
            return [actor_id], [Span(span.start_char, span.end_char, span.text)]
    if type_ in DOMESTIC_TYPES:
        for tok in actor_toks:
            for sub in [tok, *_inner_places(tok)]:
                if sub.ent_type_ in ("GPE", "NORP") or roles.is_demonym(sub):
                    name = _name_of(sub)
                    actor_id = _lookup(ctx.actors, sub.doc[sub.i:sub.i + 1])
                    if actor_id and has_code(ctx, actor_id) and kind_of(ctx, actor_id) == "state":
                        return [actor_id], [Span(name.start_char, name.end_char, name.text)]
    return [], []


def state_where(ctx, token):
    """([state id], [span]) of the nearest place named under the trigger by a locating
    preposition ("rioted at a jail in East Timor's capital Dili", "blocked roads in Algiers")."""
    for tok in sorted(token.subtree, key=lambda t: abs(t.i - token.i)):
        if tok.ent_type_ not in ("GPE", "LOC") or tok.sent != token.sent:
            continue
        path = []  # the words from the place up to the trigger
        for above in tok.ancestors:
            if above.i == token.i:
                break
            path.append(above)
        if not any(a.dep_ == "prep" and a.lower_ in ("in", "at", "near", "across", "throughout") for a in path):
            continue
        actor_id = _lookup(ctx.actors, tok.doc[tok.i:tok.i + 1])
        if actor_id and kind_of(ctx, actor_id) == "state":
            return [actor_id], [Span(tok.idx, tok.idx + len(tok.text), tok.text)]
    return [], []


def has_code(ctx, actor_id) -> bool:
    actor = ctx.actors.get(actor_id)
    return actor is not None and bool(actor.country or actor.sector in ("IGO", "NGO"))


def declarer(ctx, token, quote, event_of_token, by_token):
    """(actor id, span) of the person whose statement the trigger's clause is, if any."""
    clause = token
    for _ in range(3):
        if clause.dep_ == "ccomp" and clause.head.lemma_.lower() in status.SPEECH_LEMMAS:
            subjects = [c for c in clause.head.children if c.dep_ == "nsubj"]
            for subj in subjects:
                for actor_id, span in resolve_one(ctx, subj, quote, event_of_token, by_token):
                    if kind_of(ctx, actor_id) == "person":
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
    objects = [p for c in tok.children if c.dep_ == "prep" and c.lower_ in ("of", "from", "in", "throughout", "for")
               for p in c.children if p.dep_ == "pobj"]
    # "workers affiliated with the Serbian union", "militants loyal to X"
    objects += [p for c in tok.children if c.dep_ in ("acl", "amod") and c.i > tok.i
                for prep in c.children if prep.dep_ == "prep" for p in prep.children if p.dep_ == "pobj"]
    out += objects
    # and the modifiers of those: "a camp for Congolese refugees", "doctors from American aid groups"
    out += [m for o in objects for m in o.children if m.dep_ in ("amod", "compound", "poss") and m.i < o.i]
    # deeper in the name's modifiers: "Lebanon's new President Elias Hrawi"
    out += [t for c in tok.lefts for t in c.subtree if t not in out and t.dep_ in ("poss", "amod", "compound")]
    return [t for t in out if t.ent_type_ in ("GPE", "NORP", "ORG", "LOC") or roles.is_demonym(t)]


# the dependencies followed into the trigger's clause for a missing recipient; not into
# adverbial clauses ("... if X fails"), whose actors belong to another event
_PARTICIPANT_DEPS = {"dobj", "pobj", "dative", "xcomp", "ccomp", "prep", "nsubj", "poss", "conj", "appos",
                     "compound", "amod", "nmod", "relcl", "acl", "pcomp", "oprd", "attr", "npadvmod"}


def nearest_participant(ctx, token, actors, quote, event_of_token, by_token):
    """The first actor named after the trigger in its own clause ("offered to hand over
    to Great Britain", "lifted a curfew in Montenegro"): the recipient PLOVER coders take."""
    queue = [(c, 1) for c in token.rights]
    seen = set()
    while queue:
        tok, depth = queue.pop(0)
        if tok.i in seen or depth > 6 or tok.dep_ not in _PARTICIPANT_DEPS or tok.is_punct or _absolute(tok):
            continue
        seen.add(tok.i)
        if tok.pos_ in ("PROPN", "NOUN", "PRON", "ADJ") and (tok.ent_type_ in ("GPE", "NORP", "ORG", "PERSON", "LOC")
                                                             or roles.is_demonym(tok)):
            found = [(a, s) for a, s in resolve_one(ctx, tok, quote, event_of_token, by_token)
                     if a not in actors and has_code(ctx, a)]
            if found:
                return [a for a, _ in found], [s for _, s in found]
        queue += [(c, depth + 1) for c in tok.children]
    return [], []


def _absolute(prep) -> bool:
    """'..., with Zinichev describing the threat': a clause of its own, not the event's."""
    if prep.dep_ != "prep" or prep.lower_ not in ("with", "without"):
        return False
    clauses = [c for c in prep.children if c.dep_ == "pcomp"]
    clauses += [c for p in prep.children if p.dep_ == "pobj" for c in p.children if c.dep_ in ("acl", "relcl")]
    return any(c.tag_ in ("VBG", "VBN") for c in clauses)


@lexicons.cached
def _collective_nouns() -> frozenset:
    return frozenset(trigger_lexicon().get("collective_nouns") or [])


def _lookup(table, span):
    # resolve_or_add resolves first, but makes the group for an agent-noun phrase
    # ("Ukrainian officials") where a plain resolve would return the state its demonym names
    try:
        return table.resolve_or_add(span)
    except Exception:  # noqa: BLE001 - an actor table that cannot take this span
        return None


def _lookup_all(table, span):
    """[(actor id, evidence)] for every actor a coordinated phrase names ("Russia and Ukraine",
    "European and Ukrainian leaders"); the evidence is the actor's own mention inside the phrase."""
    try:
        ids = table.resolve_all(span)
    except Exception:  # noqa: BLE001 - an actor table that cannot take this span
        return []
    out = []
    for actor_id in ids:
        inside = [m for m in table.mentions_of(actor_id)
                  if span.start_char <= m.start and m.end <= span.end_char]
        start, end = (inside[0].start, inside[0].end) if inside else (span.start_char, span.end_char)
        if not inside:  # the word of the phrase that names this actor ("Bolivian" of "Bolivian envoys")
            actor = table.get(actor_id)
            word = actor.name.split()[0] if actor is not None and actor.name else ""
            at = span.text.find(word) if word else -1
            if at >= 0:
                start, end = span.start_char + at, span.start_char + at + len(word)
        out.append((actor_id, Span(start, end, doc_text(span.doc)[start:end])))
    return out


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


def addressee_of(ctx, quote, actors):
    """([id], [span]) of the one a quote is said to ("..., the minister told Peru"): the
    addressee's mention nearest the quote's cue."""
    addressee = getattr(quote, "addressee", None)
    if not addressee or addressee in actors or ctx.actors is None:
        return [], []
    anchor = quote.cue.start if quote.cue is not None else quote.start
    mentions = ctx.actors.mentions_of(addressee)
    if not mentions:
        return [], []
    m = min(mentions, key=lambda m: abs(m.start - anchor))
    return [addressee], [Span(m.start, m.end, ctx.text[m.start:m.end])]


def quote_at(ctx, char: int):
    """The first quote (in list order) holding `char`."""
    held = offsets.index(ctx, "quotes", ctx.quotes).holding(char)
    return ctx.quotes[held[0]] if held else None


def inside_marks(text: str, char: int) -> bool:
    """Whether a character lies between quotation marks of its paragraph."""
    para_start = text.rfind("\n", 0, char) + 1
    before = text[para_start:char]
    opened = before.count("“") - before.count("”")
    if opened > 0:
        return True
    return before.count('"') % 2 == 1


def kind_of(ctx, actor_id):
    actor = ctx.actors.get(actor_id) if ctx.actors is not None else None
    return actor.kind if actor is not None else None


def country_of(ctx, actor_id):
    actor = ctx.actors.get(actor_id) if ctx.actors is not None else None
    return actor.country if actor is not None else None
