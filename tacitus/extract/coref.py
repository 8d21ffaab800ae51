"""References to actors that do not name them: descriptions and pronouns.

No coreference model runs offline with the small pipeline, so these are rules a
news reader would apply, in text order:
* "the president", "the Ukrainian leader", "the minister": the person whose
  title matches (and whose country matches the demonym, when one is given). An
  unqualified title prefers the person introduced with an unqualified title -
  news writers qualify foreign leaders ("Russian President ...") but not their own.
* he/she/him/his/her: in the same sentence, a person named earlier as subject or
  possessor of the governing clause; else the subject of the nearest earlier
  sentence that names a person; words inside quotation marks are skipped as
  antecedents, since "I" and "he" there belong to the quoted speaker's world.
* "the sixteen-year-old Swede", "the Frenchman": the person last named, who takes that
  country (`nationals.py`); "a Briton" is a person of their own.
* they/them/their, and it/its as subject or possessor: a group, state or organisation
  that is subject or possessor earlier in the same sentence.
"""
from __future__ import annotations

import bisect
import itertools
import re

from tacitus import lexicons
from tacitus.extract import titles
from tacitus.extract.actors import MODIFIER, NAME, REFERENCE, ActorTable
from tacitus.nlp import doc_text, lowers, parts_of_speech, sentences

QUOTE_PAIRS = [("“", "”"), ('"', '"'), ("«", "»")]


def quoted_regions(text: str) -> "QuotedRegions":
    """Character ranges inside double quotation marks (straight or curly)."""
    regions = []
    for opening, closing in QUOTE_PAIRS:
        pattern = re.escape(opening) + r"[^" + re.escape(closing) + r"]{1,3000}?" + re.escape(closing)
        regions += [(m.start(), m.end()) for m in re.finditer(pattern, text, flags=re.S)]
    return QuotedRegions(regions)


def _inside(regions: "QuotedRegions", pos: int) -> bool:
    """Whether `pos` lies strictly inside one of the regions."""
    i = bisect.bisect_left(regions.starts, pos)
    return i > 0 and regions.reach[i - 1] > pos


class QuotedRegions:
    """Sorted regions, with the furthest end reached so far at each: `_inside` bisects
    instead of scanning them all per question, which made long articles quadratic."""

    def __init__(self, spans: list[tuple[int, int]]) -> None:
        self.spans = sorted(spans)
        self.starts = [s for s, _ in self.spans]
        self.reach = list(itertools.accumulate((e for _, e in self.spans), max))


def actor_table(doc, ctx=None) -> ActorTable:
    """The article's actors: those it names, then the descriptions and pronouns that
    refer to them."""
    table = ActorTable.of_names(doc, ctx)
    resolve_references(table)
    return table


def resolve_references(table: ActorTable) -> None:
    doc = table.doc
    quotes = quoted_regions(doc_text(doc))
    pronouns = lexicons.load("titles.yaml")["pronouns"]
    person_pronouns, group_pronouns = set(pronouns["person"]), set(pronouns["group"])
    named = {(m.start, m.end) for m in table.mentions}
    in_names = {i for m in table.mentions if m.strength >= NAME for i in range(m.start, m.end)}
    national = {tok.i: country for tok, country in table.nationals}
    # only people named by nationality, pronouns and nouns can refer: the other words are
    # passed over by their form and part of speech, listed once per Doc, without a Token
    # made for each
    watched = person_pronouns | group_pronouns | {"it", "its"}
    parts = parts_of_speech(doc)
    for i, lower in enumerate(lowers(doc)):
        if lower not in watched and parts[i] != "NOUN" and i not in national:
            continue
        tok = doc[i]
        if tok.i in national:
            _national(table, tok, national[tok.i], quotes)
            continue
        if tok.idx in in_names:
            continue
        if tok.lower_ in person_pronouns and tok.pos_ == "PRON" or tok.tag_ == "PRP$" and tok.lower_ in person_pronouns:
            if _inside(quotes, tok.idx):
                continue
            actor_id = _antecedent(table, tok, quotes, kinds=("person",))
            if actor_id:
                table.add_mention(actor_id, tok.idx, tok.idx + len(tok), REFERENCE)
        elif tok.lower_ in ("it", "its") and tok.dep_ in ("nsubj", "nsubjpass", "poss"):
            if _inside(quotes, tok.idx):
                continue
            # "Syria says it is willing", "the group said its fighters": a state or
            # organisation that is subject earlier in the same sentence
            actor_id = _antecedent(table, tok, quotes, kinds=("state", "organization"), look_back=0)
            if actor_id:
                table.add_mention(actor_id, tok.idx, tok.idx + len(tok), REFERENCE)
        elif tok.lower_ in group_pronouns:
            if _inside(quotes, tok.idx):
                continue
            # plural pronouns are resolved only inside their own sentence: across sentences
            # "they" too often means a group no name was given to
            actor_id = _antecedent(table, tok, quotes, kinds=("group", "state", "organization"), look_back=0)
            if actor_id:
                table.add_mention(actor_id, tok.idx, tok.idx + len(tok), REFERENCE)
        elif tok.pos_ == "NOUN" and titles.title_entry(tok) and tok.tag_ == "NN":
            _description(table, tok, named)


def _national(table: ActorTable, tok, country: str, quotes) -> None:
    """ "The sixteen-year-old Swede" is the person last named, who is of that country; "a
    Briton", or a definite one with no such person before, is a person of their own."""
    doc = table.doc
    phrase = doc[tok.left_edge.i:tok.i + 1]
    definite = any(c.dep_ == "det" and c.lower_ in ("the", "this", "that") for c in tok.children)
    if definite and not _inside(quotes, tok.idx):
        actor = table.get(_antecedent(table, tok, quotes, kinds=("person",)))
        if actor is not None and actor.country in (None, country):
            actor.country = country
            table.add_mention(actor.id, phrase.start_char, phrase.end_char, REFERENCE)
            return
    actor = table.new_actor(tok.text, "person", key=f"national:{tok.i}", country=country)
    table.add_mention(actor.id, phrase.start_char, phrase.end_char, NAME)


def _description(table: ActorTable, head, named) -> None:
    """ "the president", "the Ukrainian leader", "the Kremlin spokesman"."""
    doc = table.doc
    det = [c for c in head.children if c.dep_ == "det" and c.lower_ in ("the", "this", "that")]
    if not det or any(c.dep_ in ("compound", "appos") and c.ent_type_ == "PERSON" for c in head.children):
        return
    if head.i + 1 < len(doc) and doc[head.i + 1].ent_type_ == "PERSON":
        return  # a title before a name, already part of that person's mention
    start = det[0].i
    phrase = doc[start:head.i + 1]
    if (phrase.start_char, phrase.end_char) in named:
        return
    entry = titles.title_entry(head) or {}
    country = next((titles.country_of_token(t) for t in phrase[:-1] if titles.country_of_token(t)), None)
    word = head.lower_
    candidates = []
    for actor in table.actors:
        # the cheap tests first: the mentions are looked at only for the actors that fit
        if actor.kind != "person":
            continue
        role = (actor.role or "").lower()
        fits = word in role.split() and not (word == "president" and role.startswith("vice"))
        if not fits and entry.get("leader") and word in ("leader", "leaders"):
            fits = table._leader.get(actor.id, False)
        if not fits or (country and actor.country != country):
            continue
        if not table.mentions_of(actor.id) or min(m.start for m in table.mentions_of(actor.id)) >= phrase.start_char:
            continue
        unqualified = not table._qualified_title.get(actor.id, False)
        last = max(m.start for m in table.mentions_of(actor.id) if m.start < phrase.start_char)
        # an unqualified description prefers the actor with an unqualified title, then the most mentioned
        candidates.append(((unqualified if not country else True), len(table.mentions_of(actor.id)), last, actor.id))
    if candidates:
        table.add_mention(max(candidates)[3], phrase.start_char, phrase.end_char, REFERENCE)


def _antecedent(table: ActorTable, tok, quotes, kinds, look_back: int = 4) -> str | None:
    doc = table.doc
    sent = tok.sent

    def usable(m) -> bool:
        actor = table.get(m.actor_id)
        return (actor.kind in kinds and m.strength > MODIFIER and m.start < tok.idx
                and not _inside(quotes, m.start))

    # by bisection over the sorted mentions: a scan of them all per pronoun made long
    # articles quadratic
    same = [m for m in table._between(sent.start_char, tok.idx) if usable(m)]
    if same:
        # the subject of a clause governing the pronoun ("Nairobi said it would ..."),
        # else a subject or possessor in the sentence, else the first one named in it
        for governor in tok.ancestors:
            for child in governor.children:
                if child.dep_ in ("nsubj", "nsubjpass") and child.i < tok.i:
                    held = [m for m in same if m.start <= child.idx < m.end]
                    if held:
                        return held[0].actor_id
        for m in same:
            span = doc.char_span(m.start, m.end, alignment_mode="expand")
            if span is not None and span.root.dep_ in ("nsubj", "nsubjpass", "poss"):
                return m.actor_id
        return same[0].actor_id if look_back else None
    if not look_back:
        return None
    listed = sentences(doc)
    index = bisect.bisect_left(_sentence_starts(doc), sent.start)
    for earlier in reversed(listed[max(0, index - look_back):index]):
        found = [m for m in table._between(earlier.start_char, earlier.end_char) if usable(m)]
        if not found:
            continue
        for m in found:
            span = doc.char_span(m.start, m.end, alignment_mode="expand")
            if span is not None and span.root.dep_ in ("nsubj", "nsubjpass"):
                return m.actor_id
        return found[0].actor_id
    return None


def _sentence_starts(doc) -> list[int]:
    """The sentences' first tokens, for bisection."""
    cached = doc.user_data.get("tacitus_sentence_starts")
    if cached is None:
        cached = doc.user_data["tacitus_sentence_starts"] = [s.start for s in sentences(doc)]
    return cached
