"""Quotes: every statement attributed to its speaker, with cue, channel, sources,
addressee, place and time.

Three kinds:
* direct  - a quotation that is a statement of its own (“I hope not,” he said);
* mixed   - reported speech carrying quoted fragments (calling it “harmful”);
* indirect - reported speech without marks (X declared that ...).
Quoted words with no speech cue around them (scare quotes, titles) are not
statements, and a quotation nested inside another one belongs to the outer speaker.
"""
from __future__ import annotations

import bisect
import itertools
import re
from dataclasses import dataclass, field

from tacitus.nlp import doc_text, entities_in, entity_of, sentences
from tacitus.extract import according, attribution, speech
from tacitus.extract.quote_marks import QuotedSpan, find_quoted, paragraphs
from tacitus.lexicons.word_classes import exported, word_class
from tacitus.report import Cue, Quote, Source, Span

SENTENCE_END = {".", "!", "?"}
OPENING_MARKS = {'"', "“", "‘", "'", "«", "„"}
CLOSING_MARKS = {'"', "”", "’", "'", "»"}
PRONOUNS = {"he", "she", "they", "him", "her", "them", "it", "we", "i"}
TRAILING = " \t\n\u00a0,;:—–-"


@dataclass
class Found:
    """A statement being assembled, before it becomes a Quote."""

    kind: str
    start: int
    end: int
    cue: speech.Cue | None = None
    speaker_tok: object = None
    frame: list[tuple[int, int]] = field(default_factory=list)
    sent: object = None
    inherited_from: "Found | None" = None
    via: list = field(default_factory=list)  # tokens naming secondary sources
    according_to: according.According | None = None  # "according to X" when that is the cue


class QuoteFinder:
    def __init__(self, ctx) -> None:
        self.ctx = ctx
        self.doc = ctx.doc
        self.text = ctx.text
        self.quoted = [s for s in find_quoted(self.text) if s.depth == 0 and s.end > s.start]
        # for in_quote by bisection: the opening marks in order, and for each the furthest
        # close (+1) of a quote opened so far (a scan per question made long articles quadratic)
        ordered = sorted(self.quoted, key=lambda q: q.open_mark)
        self.quote_opens = [q.open_mark for q in ordered]
        self.quote_reach = list(itertools.accumulate((_close(q) + 1 for q in ordered), max))
        self.paras = paragraphs(self.text)
        self.para_ends = [b for _, b in self.paras]
        self.units = self._units()
        self.unit_starts = [u.start_char for u in self.units]
        self.used_cues: set[int] = set()  # verb token index of cues already attributed
        self.reporters: set[int] = set()  # cues closing a sentence that pass a statement on

    # --- layout -----------------------------------------------------------
    def _units(self) -> list:
        """spaCy sentences cut at paragraph breaks (the parser sometimes runs over them)."""
        doc, units = self.doc, []
        breaks = self.para_ends[:-1]  # a token at or after a paragraph's end starts the next unit
        for sent in sentences(doc):
            start = sent.start
            lo = bisect.bisect_right(breaks, sent.start_char)
            for end in breaks[lo:bisect.bisect_right(breaks, sent.end_char - 1)]:
                cut = doc.char_span(end, sent.end_char, alignment_mode="expand")
                if cut is not None and cut.start > start:
                    units.append(doc[start:cut.start])
                    start = cut.start
            units.append(doc[start:sent.end])
        text = doc_text(doc)  # a unit's text is its slice of the article: no join of its tokens
        return [u for u in units if text[u.start_char:u.end_char].strip()]

    def _para_of(self, offset: int) -> int:
        return min(bisect.bisect_right(self.para_ends, offset), len(self.paras) - 1)

    def in_quote(self, start: int, end: int) -> bool:
        # the quotes that open at or before `start` reach furthest to: found by bisection,
        # as a scan of every quote per question made long articles quadratic
        i = bisect.bisect_right(self.quote_opens, start)
        return i > 0 and end <= self.quote_reach[i - 1]

    def _unit_at(self, offset: int):
        """The unit holding `offset` (or ending just before it: a closing mark)."""
        i = bisect.bisect_right(self.unit_starts, offset) - 1
        if i >= 0 and offset < self.units[i].end_char:
            return self.units[i]
        return next((u for u in self.units if u.start_char <= offset < u.end_char + 1), None)

    # --- direct quotes ----------------------------------------------------
    def is_direct(self, q: QuotedSpan) -> bool:
        """A quotation that is a statement of its own, not a fragment inside a sentence."""
        para_start = self.paras[self._para_of(q.open_mark)][0]
        before = self.text[para_start:q.open_mark].rstrip()
        if self._term_in_sentence(q):
            return False
        if not before or before[-1] in ".!?:\"”":
            return True
        inner = self.text[q.start:q.end].strip()
        words = inner.split()
        if before[-1] == ",":
            # "He said, “...”" or the second half of “X,” he said, “Y.”
            tail = self.doc.char_span(self._clause_start(q.open_mark), para_start + len(before),
                                      alignment_mode="expand")
            if tail is not None and any(speech.cue_at(t, self.in_quote) for t in tail):
                return True
        return bool(words) and words[0][:1].isupper() and len(words) >= 6 and inner[-1:] in ".!?,"

    def _term_in_sentence(self, q: QuotedSpan) -> bool:
        """"“COVID-19” is the name of the disease": a word or two in quote marks that
        the sentence goes on from is a term, not a statement."""
        if q.close_mark is None or len(self.text[q.start:q.end].split()) > 3:
            return False
        after = self.text[q.close_mark + 1:q.close_mark + 40].lstrip()
        if not after[:1].islower():
            return False
        end = self._after_frame(q)
        return not (end and self._cues_in(*end))

    def _clause_start(self, offset: int) -> int:
        """Where the stretch of attribution before `offset` begins: the previous sentence
        end, closing quote mark or paragraph start."""
        para = self._para_of(offset)
        if para > 0 and self.paras[para][0] > offset:
            para -= 1  # the end of a paragraph ("saying:\n\n"): that paragraph, not the next
        pos = self.paras[para][0]
        for q in self.quoted:
            if _close(q) < offset and _close(q) + 1 > pos:
                pos = _close(q) + 1
        for tok in self.doc.char_span(pos, offset, alignment_mode="expand") or []:
            if tok.text in SENTENCE_END and tok.idx + 1 <= offset and not self.in_quote(tok.idx, tok.idx + 1):
                pos = max(pos, tok.idx + 1)
        return pos

    def _after_frame(self, q: QuotedSpan) -> tuple[int, int] | None:
        if q.close_mark is None:
            return None
        start = q.close_mark + 1
        para_end = self.paras[self._para_of(q.close_mark)][1]
        end = para_end
        nxt = [o.open_mark for o in self.quoted if o.open_mark >= start]
        if nxt:
            end = min(end, nxt[0])
        span = self.doc.char_span(start, end, alignment_mode="expand")
        for tok in span or []:
            if tok.text in SENTENCE_END and tok.idx >= start:
                end = min(end, tok.idx + 1)
                break
        return (start, end) if self.text[start:end].strip() else None

    def _cues_in(self, a: int, b: int) -> list[speech.Cue]:
        span = self.doc.char_span(a, b, alignment_mode="contract")
        if span is None:
            return []
        return [c for t in span if (c := speech.cue_at(t, self.in_quote))]

    def attribute_direct(self, q: QuotedSpan) -> Found:
        inner_end = self.text[q.start:q.end].rstrip()
        found = Found("direct", q.start, q.end)
        after = self._after_frame(q)
        a = self._clause_start(q.open_mark)
        lead = self.text[a:q.open_mark].rstrip()
        lead_cues = self._cues_in(a, q.open_mark)
        if lead_cues and (lead[-1:] in (",", ":") or not self.text[lead_cues[-1].end:q.open_mark].strip()):
            after = None  # 'X said, "..."' and 'X said "...": the words before it attribute it
        elif after is not None and self.text[after[0]:after[1]].rstrip()[-1:] in (",", ":") \
                and inner_end[-1:] in (".", "?", "!") and after[1] < self.paras[self._para_of(after[0])][1] \
                and any(o.open_mark >= after[1] for o in self.quoted):
            after = None  # '"...?" Y said, "..."': those words introduce the next quote
        if after is not None:
            cues = self._cues_in(*after)
            ends_sentence = inner_end[-1:] == "." and len(self.text[after[0]:after[1]].split()) > 6
            if cues and not ends_sentence:
                found.cue = cues[0]
                found.frame = [after]
        if found.cue is None:
            cues = self._cues_in(a, q.open_mark)
            if cues:
                found.cue = _outermost(cues)
                found.frame = [(a, q.open_mark)] + ([after] if after else [])
        if found.cue is None:
            span = self.doc.char_span(a, q.open_mark, alignment_mode="contract")
            found.according_to = according.find_according(span or [], self.in_quote)
            if found.according_to is not None:
                found.cue, found.frame = found.according_to.cue, [(a, q.open_mark)]
                found.speaker_tok = found.according_to.speaker
                return found
        if found.cue is None and lead[-1:] in (":", ","):
            # "X spoke of the plan: “...”": any verb whose clause leads into the quote
            span = self.doc.char_span(a, a + len(lead), alignment_mode="contract")
            verbs = [t for t in span or [] if t.pos_ == "VERB" and not self.in_quote(t.idx, t.idx + 1)]
            verb = verbs[0].sent.root if verbs and verbs[0].sent.root in verbs else (verbs[0] if verbs else None)
            if verb is not None and speech.subject_token(verb, self.in_quote) is not None:
                found.cue = speech.Cue(speech.CueEntry(verb.lemma_.lower(), (verb.lemma_.lower(),), False), verb, [verb])
                found.frame = [(a, q.open_mark)]
        if found.cue is not None:
            found.speaker_tok = speech.subject_token(found.cue.verb, self.in_quote)
            unit = self._unit_at(found.cue.start)
            content = self.cue_content(found.cue, unit) if unit is not None else None
            if content is None or content[0] >= q.open_mark or not found.cue.entry.indirect:
                self.used_cues.add(found.cue.verb.i)
            # else "X told Y the pattern suggested ...: “...”": what the cue says before the
            # quotation is a statement of its own too
        return found

    # --- statements in reported speech ------------------------------------
    def cue_content(self, cue: speech.Cue, unit) -> tuple[int, int] | None:
        """Character range of what the cue says was said, within its sentence."""
        toks = [t for t in speech.content_tokens(cue) if unit.start <= t.i < unit.end
                and not (t.lower_ in speech.RELATIVE_PRONOUNS and t.i < cue.verb.i)]
        after = [t for t in toks if t.i > cue.verb.i]
        if not toks:
            toks = self._parenthetical_content(cue, unit)
        elif after and len(after) < len(toks):
            # "Bodies can access it; Smith told X he believed ...": words on both sides of the
            # cue are two clauses, and what it introduces is the one after it
            toks = after
        while toks and (toks[0].lower_ == "that" or toks[0].text in (",", ":")
                        or (toks[0].lower_ == "as" and toks[0].head.i == cue.verb.i)
                        or (toks[0].is_punct and toks[0].text not in OPENING_MARKS)):
            toks = toks[1:]
        toks = _before_narrators_clause(cue, toks)
        while toks and (toks[-1].dep_ == "cc" or toks[-1].is_punct and toks[-1].text not in CLOSING_MARKS):
            toks = toks[:-1]  # "a fourth offender escaped and" (the rest was another cue's)
        if not toks:
            return None
        start, end = toks[0].idx, toks[-1].idx + len(toks[-1])
        while end > start and self.text[end - 1] in TRAILING + ".":
            end -= 1
        return (start, end) if end > start else None


    def _parenthetical_content(self, cue: speech.Cue, unit) -> list:
        """"The ferry, the council said, will resume service": a cue set off by commas
        inside the clause it reports (the parser hangs it on that clause as parataxis).
        The clause after it when that holds its subject, else the whole clause."""
        verb, head = cue.verb, cue.verb.head
        as_clause = verb.dep_ == "advcl" and any(c.dep_ == "mark" and c.lower_ == "as" for c in verb.children) \
            and not speech.content_tokens(cue)  # "The ferry will resume service, as the council reported."
        if not (verb.dep_ == "parataxis" or as_clause) or head.i == verb.i \
                or speech.cue_at(head, self.in_quote) is not None:
            return []
        aside = {t.i for t in verb.subtree}
        toks = [t for t in head.subtree if t.i not in aside and unit.start <= t.i < unit.end
                and not (t.lower_ in speech.RELATIVE_PRONOUNS and t.i < verb.i)]
        after = [t for t in toks if t.i > verb.right_edge.i]
        if any(t.dep_ in speech.SUBJECT_DEPS and t.head.i == head.i for t in after):
            return after
        return toks


def _before_narrators_clause(cue: speech.Cue, toks: list) -> list:
    """"urged Putin to stop strikes on Kyiv, as Washington continues its efforts ...": a
    clause set off by a comma, opened by "as"/"while" and in the present tense after a
    past-tense cue is the narrator's, not part of what was said."""
    if cue.verb.tag_ != "VBD":
        return toks
    ids = {t.i for t in toks}
    subordinators = word_class("subordinators")  # "as", "while"
    for tok in toks:
        if tok.i <= cue.verb.i or tok.dep_ != "advcl" or tok.tag_ not in ("VBZ", "VBP"):
            continue
        mark = next((c for c in tok.children if c.dep_ == "mark" and c.lower_ in subordinators), None)
        if mark is None or mark.i == 0 or mark.nbor(-1).text != "," or mark.i - 1 not in ids:
            continue
        return [t for t in toks if t.i < mark.i - 1]
    return toks


def _outermost(cues: list) -> speech.Cue:
    """The last cue, or the cue whose content holds it ("X told Y the data suggested
    ...: “...”" is X's)."""
    last = cues[-1]
    for cue in cues[:-1]:
        if last.verb in speech.content_tokens(cue):
            return cue
    return last


def _close(q: QuotedSpan) -> int:
    return q.close_mark if q.close_mark is not None else q.end


def _trim(text: str, start: int, end: int) -> tuple[int, int]:
    while end > start and text[end - 1] in TRAILING:
        end -= 1
    while start < end and text[start] in TRAILING:
        start += 1
    return start, end


def _only_time(doc, start: int, end: int) -> bool:
    span = doc.char_span(start, end, alignment_mode="expand")
    words = [t for t in span if not t.is_punct] if span is not None else []
    return bool(words) and all(t.ent_type_ in ("DATE", "TIME") for t in words)


def find_quotes(ctx) -> list[Quote]:
    finder = QuoteFinder(ctx)
    found: list[Found] = []
    fragments: list[QuotedSpan] = []
    last_by_para: dict[int, Found] = {}
    direct: list[QuotedSpan] = []
    for q in finder.quoted:
        if not finder.is_direct(q):
            fragments.append(q)
            continue
        direct.append(q)
        f = finder.attribute_direct(q)
        if f.cue is None:
            _cue_of_sentence_before(finder, q, f)
        if f.cue is None:
            f.inherited_from = _earlier_speaker(finder, q, last_by_para)
        para = finder._para_of(q.open_mark)
        if f.cue is not None or f.inherited_from is not None:
            found.append(f)
            last_by_para[para] = f
            last_by_para[finder._para_of(q.end)] = f

    # reported speech: each cue's content, with the fragments it carries
    by_cue: dict[int, Found] = {}
    for unit in finder.units:
        cues = _sentence_cues(finder, unit)
        reporter = _trailing_reporter(finder, cues, unit)
        _skip_outer_sources(finder, cues, unit)
        for cue in cues:
            if cue.verb.i in finder.used_cues:
                continue
            if speech.is_bare_passive(cue.verb):
                continue
            content = finder.cue_content(cue, unit)
            if reporter is not None and content is not None and content[1] > reporter[0] > content[0]:
                content = _trim(finder.text, content[0], reporter[0])  # "..., the BBC reported."
            inside = [q.open_mark for q in direct if content and content[0] < q.open_mark < content[1]]
            if inside:  # "told X the data suggested ...: “...”": the direct quote is its own
                content = _trim(finder.text, content[0], min(inside))
            mine = [q for q in fragments if content and content[0] <= q.open_mark + 1 and q.start < content[1] + 2]
            if not mine and (content is None or not cue.entry.indirect or _negated(cue.verb)):
                continue
            if content is None or any(q.open_mark <= content[0] < _close(q) for q in direct):
                continue  # its words are a direct quote already attributed
            for q in mine:
                fragments.remove(q)
            end = max([content[1]] + [_close(q) + (1 if q.close_mark is not None else 0) for q in mine])
            start = min([content[0]] + [q.open_mark for q in mine])
            f = Found("mixed" if mine else "indirect", *_trim(finder.text, start, end), cue=cue, sent=unit)
            if len(mine) == 1:
                _direct_when_only_quoted(finder, f, mine[0])
            if f.kind == "indirect" and (len(finder.text[f.start:f.end].split()) < 2
                                         or _only_time(finder.doc, f.start, f.end)):
                continue  # "called an election for June 29": a date is no statement
            f.speaker_tok = speech.subject_token(cue.verb, finder.in_quote)
            if reporter is not None and cue.verb.idx < reporter[0]:
                f.via.append(reporter[1])
            _according_to_inside(finder, f, unit)
            f.frame = _frame_of(finder, unit, [(f.start, f.end)])
            finder.used_cues.add(cue.verb.i)
            by_cue[cue.verb.i] = f
            found.append(f)

    # fragments the parse left out: the nearest cue before them in their sentence
    unattributed = []
    for q in fragments:
        unit = finder._unit_at(q.open_mark)
        if unit is None:
            continue
        cues = [c for c in _sentence_cues(finder, unit) if c.end <= q.open_mark]
        if not cues:
            unattributed.append(q)
            continue  # scare quotes or a title: no one is said to speak
        cue = cues[-1]
        if speech.is_bare_passive(cue.verb) or speech.subject_token(cue.verb, finder.in_quote) is None \
                or _named_by_another_verb(finder, q, cue):
            unattributed.append(q)
            continue  # "the so-called “caravan”": no one is said to speak
        end = _close(q) + (1 if q.close_mark is not None else 0)
        if cue.verb.i in by_cue:  # the parse cut the fragment off this cue's statement
            f = by_cue[cue.verb.i]
            f.kind, f.end = "mixed", max(f.end, end)
            f.frame = _frame_of(finder, unit, [(f.start, f.end)])
            continue
        start = cue.end
        addressee = speech.addressee_token(cue)
        if addressee is not None and addressee.idx >= start:
            start = addressee.idx + len(addressee)
        words = finder.text[start:q.open_mark].split()
        while words and words[0].lower() in ("that", "as", ",", "to"):
            start = finder.text.index(words[0], start) + len(words[0])
            words = words[1:]
        f = Found("mixed", *_trim(finder.text, start, end), cue=cue, sent=unit)
        _direct_when_only_quoted(finder, f, q)
        f.speaker_tok = speech.subject_token(cue.verb, finder.in_quote)
        f.frame = _frame_of(finder, unit, [(f.start, f.end)])
        by_cue[cue.verb.i] = f
        found.append(f)

    found.extend(_according_statements(finder, found, unattributed))
    found.extend(_headline_statements(finder, found))
    found.sort(key=lambda f: f.start)
    return _to_quotes(finder, found)


def _named_by_another_verb(finder: QuoteFinder, q: QuotedSpan, cue) -> bool:
    """"announced the arrest of a man identified only as “P Wilson”": a quoted name after
    a naming word that hangs on a verb other than the cue is no part of the statement."""
    span = finder.doc.char_span(cue.end, q.open_mark, alignment_mode="contract")
    if span is None or not len(span) or span[-1].lower_ not in word_class("naming_words"):  # "as", "dubbed"
        return False
    head = span[-1] if span[-1].pos_ == "VERB" else span[-1].head
    return head.i != cue.verb.i and head.pos_ == "VERB"


def _direct_when_only_quoted(finder: QuoteFinder, f: Found, q: QuotedSpan) -> None:
    """'Miller said "It is hard to say."': a statement that is one quoted sentence and
    nothing else is direct (a quoted phrase after "called" or "described as" stays mixed)."""
    words = finder.text[q.start:q.end].split()
    if f.start == q.open_mark and f.end >= _close(q) and len(words) >= 4 \
            and words[0][:1].isupper() and f.cue.entry.indirect:
        f.kind, f.start, f.end = "direct", q.start, q.end


def _sentence_cues(finder: QuoteFinder, unit) -> list:
    """The speech cues of a sentence, without verbs inside an "according to" phrase."""
    return [c for c in speech.find_cues(unit, finder.in_quote) if not according.inside_according(c.verb)]


def _cue_of_sentence_before(finder: QuoteFinder, q: QuotedSpan, f: Found) -> None:
    """"X said in a tweet. “...”": a quotation right after a sentence whose speech verb
    says nothing of its own is what that verb introduced (the sentence just before it
    in its paragraph, or the last one of the paragraph before when it opens its own)."""
    para = finder._para_of(q.open_mark)
    p_start = finder.paras[para][0]
    before = finder.text[p_start:q.open_mark].rstrip()
    if before:
        offset = p_start + len(before) - 1
    elif para > 0:
        a, b = finder.paras[para - 1]
        offset = a + len(finder.text[a:b].rstrip()) - 1
    else:
        return
    unit = finder._unit_at(offset)
    if unit is None or finder.text[offset] not in ".:" or any(
            o.open_mark < unit.end_char and _close(o) >= unit.start_char for o in finder.quoted):
        return
    for cue in speech.find_cues(unit, finder.in_quote):
        if cue.verb.i != unit.root.i or cue.verb.i in finder.used_cues or speech.is_bare_passive(cue.verb):
            continue
        speaker = speech.subject_token(cue.verb, finder.in_quote)
        if speaker is None or finder.cue_content(cue, unit) is not None:
            continue  # it says something already ("He said the plan failed.")
        f.cue, f.speaker_tok, f.sent = cue, speaker, unit
        f.frame = [(unit.start_char, unit.end_char)]
        finder.used_cues.add(cue.verb.i)
        return


def _according_statements(finder: QuoteFinder, found: list[Found], unattributed: list[QuotedSpan]) -> list[Found]:
    """"According to X, ...": a sentence that opens or closes with it, with no speech verb
    of its own, is X's statement (with any quoted words left unattributed in it)."""
    out = []
    offsets = [m.start() for m in re.finditer(r"\baccording\s+to\b", finder.text, re.I)]
    units = {u.start: u for u in (finder._unit_at(o) for o in offsets) if u is not None}
    for unit in [units[k] for k in sorted(units)]:
        if any(f.start < unit.end_char and f.end > unit.start_char for f in found):
            continue  # "according to X" is then a secondary source of that statement
        acc = according.find_according(unit, finder.in_quote)
        if acc is None:
            continue
        doc = finder.doc
        lead = [t for t in doc[unit.start:acc.first] if not (t.is_punct or t.is_space)]
        tail = [t for t in doc[acc.last + 1:unit.end] if not (t.is_punct or t.is_space)]
        if not lead:
            start, end = doc[acc.last].idx + len(doc[acc.last]), unit.end_char
        elif not tail:
            start, end = unit.start_char, acc.cue.start
        elif acc.first > unit.start and doc[acc.first - 1].text == "," and _comma_after(doc, acc, unit) \
                and not any(t.pos_ in ("VERB", "AUX") or t.text in (":", ";") for t in lead):
            # "Tesco's operation, according to Y in March, is too big": the whole sentence
            # is Y's, the "according to" phrase inside it
            start, end = unit.start_char, unit.end_char
        else:
            continue  # no clean clause to report
        start, end = _trim(finder.text, start, end)
        while end > start and finder.text[end - 1] == ".":
            end -= 1
        mine = [q for q in unattributed if start <= q.open_mark and _close(q) < end + 1]
        if mine and len(mine) == 1 and mine[0].open_mark == start and _close(mine[0]) + 1 >= end:
            f = Found("direct", mine[0].start, mine[0].end)
        elif mine:
            f = Found("mixed", start, end)
        elif len(finder.text[start:end].split()) >= 4:
            f = Found("indirect", start, end)
        else:
            continue
        for q in mine:
            unattributed.remove(q)
        f.cue, f.speaker_tok, f.according_to, f.sent = acc.cue, acc.speaker, acc, unit
        f.frame = _frame_of(finder, unit, [(start, end)])
        out.append(f)
    return out


HEADLINE_LABEL = speech.CueEntry("headline label", (":",), True, ())
LABEL_WORDS = 6  # "Minister Ana Lopes: ..." - a longer run before a colon is a sentence


def _headline_statements(finder: QuoteFinder, found: list[Found]) -> list[Found]:
    """"Finance Minister Ana Lopes: talks will resume in May": a line that opens with a
    speaker's name or role and a colon is that speaker's statement (a headline form)."""
    out, doc = [], finder.doc
    for unit in finder.units:
        if any(f.start < unit.end_char and f.end > unit.start_char for f in found):
            continue
        colon = next((t for t in unit[:LABEL_WORDS + 1] if t.text == ":"), None)
        if colon is None or colon.i == unit.start:
            continue
        first = next((t.i for t in doc[unit.start:colon.i] if not t.is_space), colon.i)
        label = doc[first:colon.i]  # blank lines before a label are no part of the name
        rest = doc[colon.i + 1:unit.end]
        if not len(label):
            continue
        if any(t.pos_ in ("VERB", "AUX") or t.is_punct for t in label) or finder.in_quote(colon.idx, colon.idx + 1):
            continue
        head = next((t for t in label if t.head.i == t.i or not (label.start <= t.head.i < label.end)), label[-1])
        if not (speech.is_source(head) or any(t.ent_type_ in ("PERSON", "ORG") for t in label)):
            continue
        if not any(t.pos_ in ("VERB", "AUX") for t in rest) or len([t for t in rest if not t.is_punct]) < 3:
            continue
        start, end = _trim(finder.text, rest.start_char, rest.end_char)
        while end > start and finder.text[end - 1] in ".!?":
            end -= 1
        q = next((q for q in finder.quoted if q.open_mark == start and _close(q) + 1 >= end), None)
        f = Found("direct", q.start, q.end) if q is not None else Found("indirect", start, end)
        f.cue = speech.Cue(HEADLINE_LABEL, colon, [colon])
        f.speaker_tok, f.sent = head, unit
        f.frame = [(unit.start_char, colon.idx + 1)]
        out.append(f)
    return out


def _comma_after(doc, acc, unit) -> bool:
    """True when the "according to" phrase is closed by a comma, perhaps after a few words
    of its own ("according to Y in March,")."""
    phrase = {t.i for t in doc[acc.first].subtree}
    j = acc.last + 1
    while j < unit.end and j <= acc.last + 4 and doc[j].text != "," and doc[j].i in phrase:
        j += 1
    return j < unit.end and doc[j].text == ","


def _trailing_reporter(finder: QuoteFinder, cues: list, unit) -> tuple[int, object] | None:
    """"Protesters demanded that the mayor resign, the BBC reported.": a reporting clause
    closing a sentence that holds another speaker's statement passes that statement on.
    Marks it used and returns (offset of its comma, its subject token), else None."""
    doc = finder.doc
    for cue in cues:
        if cue.entry.act != "speech" or cue.verb.i in finder.used_cues:
            continue
        tail = [t for t in doc[cue.verb.i + 1:unit.end] if not (t.is_punct or t.is_space)]
        subj = speech.subject_token(cue.verb, finder.in_quote)
        if tail or subj is None or subj.i > cue.verb.i:
            continue
        first = subj.left_edge.i
        if first <= unit.start or doc[first - 1].text != ",":
            continue
        earlier = [c for c in cues if c.verb.i < first - 1 and speech.subject_token(c.verb, finder.in_quote)
                   is not None and c.verb.i != cue.verb.i and _states_something(finder, c, unit)]
        if not earlier:
            continue
        finder.used_cues.add(cue.verb.i)
        finder.reporters.add(cue.verb.i)
        return doc[first - 1].idx, subj
    return None


def _skip_outer_sources(finder: QuoteFinder, cues: list, unit) -> None:
    """"X stated that ..., Reuters noted" and "Reuters reported its source said ...":
    a reporting clause that wraps a whole statement of someone else is its secondary
    source (found by `_via`), not a statement of its own."""
    for outer in cues:
        inner_verbs = {t.i for t in speech.content_tokens(outer)}
        for inner in cues:
            if inner.verb.i not in inner_verbs or inner.verb.i in finder.reporters:
                continue
            speaker = speech.subject_token(inner.verb, finder.in_quote)
            if speaker is None:
                continue
            if not _states_something(finder, inner, unit):
                continue  # "the government criticized X, ABC reported": ABC's statement
            if inner.verb.i < outer.verb.i or _reports_a_report(outer, inner, speaker, finder):
                finder.used_cues.add(outer.verb.i)
    # "Authorities said they believed ...", "said it seeks to ... and intends to ...":
    # a cue inside another's statement is part of that statement
    for outer in cues:
        if outer.verb.i in finder.used_cues or not _states_something(finder, outer, unit):
            continue
        inner_verbs = {t.i for t in speech.content_tokens(outer)}
        for inner in cues:
            if inner.verb.i in inner_verbs and inner.verb.i > outer.verb.i:
                finder.used_cues.add(inner.verb.i)


def _states_something(finder: QuoteFinder, cue, unit) -> bool:
    return cue.entry.indirect and finder.cue_content(cue, unit) is not None


def _reports_a_report(outer, inner, speaker, finder: QuoteFinder) -> bool:
    """True when all that `outer` says is that someone else (`speaker`) made the
    statement `inner` ("Znak.com reported its source said ..."), as a fact: not
    "he said he would suggest ..."."""
    verb = inner.verb
    if verb.head.i != outer.verb.i or verb.dep_ != "ccomp" or verb.tag_ not in ("VBD", "VBZ", "VBP"):
        return False
    if any(c.dep_ == "aux" for c in verb.children) or speaker.pos_ == "PRON" or not inner.entry.indirect \
            or inner.entry.act != "speech":
        return False  # "announced X intended to appeal": X's intention is what was announced
    if not speech.is_source(speaker):
        return False  # "told X the pattern suggested ...": the teller's statement
    if finder.cue_content(inner, finder._unit_at(verb.idx)) is None:
        return False  # the inner cue says nothing of its own ("claimed to be seeking a bomb")
    outer_speaker = speech.subject_token(outer.verb, finder.in_quote)
    return outer_speaker is None or outer_speaker.lower_ != speaker.lower_


def _according_to_inside(finder: QuoteFinder, f: Found, unit) -> None:
    """"Fox News reported the attack killed ten, according to officials": the officials
    are the speaker and the reporting outlet a secondary source."""
    for tok in unit:
        if tok.lower_ == "according" and f.start < tok.idx < f.end and tok.i + 1 < len(tok.doc) \
                and tok.nbor(1).lower_ == "to":
            obj = next((c for c in tok.nbor(1).children if c.dep_ == "pobj"), None)
            if obj is None or obj.idx + len(obj) < f.end - 40 or finder.in_quote(obj.idx, obj.idx + 1):
                continue  # only a closing "according to X" names who said the whole clause
            if f.speaker_tok is not None:
                f.via.insert(0, f.speaker_tok)
            f.speaker_tok = obj
            f.start, f.end = _trim(finder.text, f.start, tok.idx)
            return


def _negated(verb) -> bool:
    """"did not say", "had not, as of yesterday, announced": a negation on the verb or
    on its auxiliary."""
    return any(c.dep_ == "neg" for c in verb.children) or any(
        g.dep_ == "neg" for c in verb.children if c.dep_ in ("aux", "auxpass") for g in c.children)


def _frame_of(finder: QuoteFinder, unit, exclude: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """The attribution words of a sentence: all of it but the statement and quoted words."""
    cuts = sorted(exclude + [(q.open_mark, _close(q) + 1) for q in finder.quoted
                             if q.open_mark < unit.end_char and _close(q) >= unit.start_char])
    frame, pos = [], unit.start_char
    for a, b in cuts:
        if a > pos:
            frame.append((pos, a))
        pos = max(pos, b)
    if pos < unit.end_char:
        frame.append((pos, unit.end_char))
    return frame


def _earlier_speaker(finder: QuoteFinder, q: QuotedSpan, last_by_para: dict[int, Found]) -> Found | None:
    """A quotation with no attribution of its own: the same paragraph's earlier quote
    (“X,” he said. “Y.”), or - for a paragraph that is only a quote - the previous
    paragraph's quote or its closing colon ("He said:")."""
    para = finder._para_of(q.open_mark)
    if para in last_by_para:
        return last_by_para[para]
    p_start, p_end = finder.paras[para]
    if finder.text[p_start:q.open_mark].strip():
        return None
    if para - 1 in last_by_para:
        return last_by_para[para - 1]
    if para > 0:
        a, b = finder.paras[para - 1]
        prev = finder.text[a:b].rstrip()
        if prev.endswith(":"):
            cues = finder._cues_in(finder._clause_start(a + len(prev)), a + len(prev))
            if cues:
                f = Found("direct", q.start, q.end, cue=cues[-1])
                f.speaker_tok = speech.subject_token(cues[-1].verb, finder.in_quote)
                f.frame = [(a, b)]
                return f
    return None


def _to_quotes(finder: QuoteFinder, found: list[Found]) -> list[Quote]:
    ctx, doc, text = finder.ctx, finder.doc, finder.text
    quotes: list[Quote] = []
    kept: list[Found] = []
    last_speaker: tuple[str | None, str | None] = (None, None)
    last_quote: tuple[Found, Quote] | None = None
    for f in found:
        source = f.inherited_from or f
        start, end = _trim(text, f.start, f.end)
        quote = Quote(id=f"q{len(quotes) + 1}", text=text[start:end], start=start, end=end, kind=f.kind)
        cue = source.cue
        quote.act = _act(source)
        if cue is not None and f.inherited_from is None:
            quote.cue = Cue(cue.text(doc), cue.entry.lemma, cue.start, cue.end)
        speaker_tok = source.speaker_tok
        if speaker_tok is not None and speaker_tok.lower_ in PLURAL_PRONOUNS:
            speaker_tok = _plural_antecedent(finder, speaker_tok) or speaker_tok
        speaker_id, name, span = _speaker(ctx, speaker_tok)
        if span is not None and span.text.lower() in PRONOUNS:
            named = _named_subject_before(finder, span, f)
            previous = _same_speaker_as_before(finder, span, last_quote) if named is None else None
            if named is not None:
                speaker_id, name, _ = _speaker(ctx, named)
            elif previous is not None:
                speaker_id, name = previous
            elif speaker_id is None:
                speaker_id, name = last_speaker
        if name is None and f.kind != "direct":
            continue  # reported speech with no one saying it is no statement ("It was reported ...")
        if name is not None:
            quote.speaker, quote.speaker_name = speaker_id, name
            quote.speaker_span = Span(span.start_char, span.end_char, span.text) if span is not None else None
            last_speaker = (speaker_id, name)
        if cue is not None and f.inherited_from is None:
            _circumstances(finder, f, quote)
        quotes.append(quote)
        kept.append(f)
        last_quote = (f, quote)
    _inherit_time(finder, kept, quotes)
    return quotes


PLURAL_PRONOUNS = {"they", "we"}


def _same_speaker_as_before(finder: QuoteFinder, span, last_quote) -> tuple[str | None, str] | None:
    """"Sanders said “...”. He wrote in a tweet “...”": a pronoun speaker in the paragraph
    of the previous statement is that statement's speaker when no other person is named
    between them (the nearest speaker cue, then the previous quote's speaker)."""
    if last_quote is None:
        return None
    f, quote = last_quote
    if quote.speaker_name is None or quote.speaker_span is None or quote.speaker_span.start > span.start_char:
        return None
    if finder._para_of(quote.start) != finder._para_of(span.start_char):
        return None
    between = finder.doc.char_span(quote.speaker_span.end, span.start_char, alignment_mode="contract")
    blocking = ("PERSON",) if span.text.lower() in ("he", "she") else ("PERSON", "ORG")
    for ent in (between.ents if between is not None else []):
        if ent.label_ in blocking and not finder.in_quote(ent.start_char, ent.end_char):
            return None
    return quote.speaker, quote.speaker_name


def _named_subject_before(finder: QuoteFinder, span, f: Found):
    """"A spokesperson, Morgan Ortagus, indicated ...: “...,” he said, “...”": a person
    named as the subject of a speech cue earlier in the same sentence as the pronoun is
    its speaker (the nearest speaker cue wins over the actor table's guess)."""
    if span.text.lower() not in ("he", "she") or f.kind != "direct":
        return None
    unit = finder._unit_at(span.start_char)
    if unit is None:
        return None
    named = [t for t in unit if t.idx < f.start and t.idx < span.start_char and t.dep_ in ("nsubj", "appos")
             and t.ent_type_ == "PERSON" and not finder.in_quote(t.idx, t.idx + len(t))
             and speech.cue_at(t.head if t.dep_ == "nsubj" else t.head.head, finder.in_quote) is not None]
    people = {t.text for t in unit if t.ent_type_ == "PERSON" and t.idx < span.start_char
              and not finder.in_quote(t.idx, t.idx + len(t))}
    return named[-1] if named and len(people) <= len(speech.mention_span(named[-1])) else None


def _plural_antecedent(finder: QuoteFinder, pronoun):
    """"They concluded ...": the plural subject of one of the three sentences before
    ("X and his counterparts gathered ..."), the paragraph's subject."""
    unit = finder._unit_at(pronoun.idx)
    if unit is None or unit not in finder.units:
        return None
    idx = finder.units.index(unit)
    for prev in reversed(finder.units[max(0, idx - 3):idx]):
        subj = next((c for c in prev.root.children if c.dep_ in ("nsubj", "nsubjpass")), None)
        if subj is None or subj.pos_ == "PRON":
            continue
        if subj.tag_ in ("NNS", "NNPS") or any(c.dep_ == "conj" for c in subj.children):
            return subj
    return None


def _act(f: Found) -> str:
    """What a statement is: a document's when its source is a document or data ("the
    survey found", "according to NEOC data"), else the act of its cue's class."""
    acc = f.according_to
    if speech.is_document(f.speaker_tok) or (acc is not None and speech.is_document(acc.source)
                                              and (f.speaker_tok is None or f.speaker_tok.i == acc.source.i)):
        return "document"
    return f.cue.entry.act if f.cue is not None else "speech"


def _speaker(ctx, tok):
    """(actor id, name, mention span) for the speaker token."""
    if tok is None:
        return None, None, None
    span = speech.mention_span(tok)
    actor_id = None
    table = ctx.actors
    name = entity_of(tok) if tok.ent_type_ in ("PERSON", "ORG") else None
    if name is None and span[-1].ent_type_ in ("PERSON", "ORG"):
        # "Former Ambassador to the UN <Name>": the name closing a title phrase
        name = entity_of(span[-1])
    if table is not None and name is not None:
        # "Former US Ambassador ... Nikki Haley": the name, not the country in the title
        actor_id = table.resolve(name.start_char, name.end_char)
    if table is not None and actor_id is None:
        try:
            actor_id = table.resolve_or_add(span)
        except Exception:  # the actor table must never stop quote finding
            actor_id = table.resolve(span.start_char, span.end_char)
    actor = table.get(actor_id) if (table is not None and actor_id) else None
    return actor_id, (actor.name if actor is not None else span.text), span


def _circumstances(finder: QuoteFinder, f: Found, quote: Quote) -> None:
    ctx, doc, text = finder.ctx, finder.doc, finder.text
    cue = f.cue
    unit = f.sent or finder._unit_at(cue.start)
    frame = f.frame or _frame_of(finder, unit, [(f.start, f.end)])
    quote.channel = attribution.find_channel(text, frame)
    quote.place = attribution.find_place(cue.verb)
    anchors = speech.governing_verbs(cue.verb)
    if cue.verb.dep_ == "relcl":  # "their February meeting, where he told ...": the meeting's time
        anchors.append(cue.verb.head)
    quote.time = attribution.find_time(ctx, frame, cue.start, anchors)
    addressee = speech.addressee_token(cue)
    if addressee is None and cue.verb.dep_ in ("advcl", "conj", "xcomp") and unit is not None:
        # "took aim at X, calling ...": the governing cue names who it is aimed at
        head = speech.cue_at(cue.verb.head, finder.in_quote)
        addressee = speech.addressee_token(head) if head is not None else None
    if addressee is not None and quote.channel is not None and \
            quote.channel.start <= addressee.idx < quote.channel.end:
        addressee = None  # "told reporters": the channel, not a person spoken to
    if addressee is None and f.kind == "direct":
        addressee = _vocative(doc, f)
    if addressee is not None:
        _, _, span = _speaker(ctx, addressee)
        actor_id = ctx.actors.resolve(span.start_char, span.end_char) if ctx.actors is not None else None
        quote.addressee = actor_id
    quote.via = _via(finder, f, frame, unit)
    if f.according_to is not None:  # "according to X" names the speaker, not a second source
        last = doc[f.according_to.last]
        quote.via = [v for v in quote.via if not (f.according_to.cue.start <= v.start < last.idx + len(last))]
        stated_in = f.according_to.channel
        if quote.channel is None and stated_in is not None:
            quote.channel = Span(stated_in.start_char, stated_in.end_char, stated_in.text)


def _vocative(doc, f: Found):
    """A name called out inside a direct quote ("Vladimir, STOP!") is who it is addressed to."""
    span = doc.char_span(f.start, f.end, alignment_mode="contract")
    for ent in (entities_in(doc, span.start, span.end) if span is not None else []):
        if ent.label_ == "PERSON":
            root = ent.root
            after = doc[ent.end] if ent.end < len(doc) else None
            first = ent.start == 0 or doc[ent.start - 1].is_sent_start or doc[ent.start - 1].text in ".!?“\""
            if after is not None and after.text in (",", "!") and root.dep_ not in ("nsubj", "nsubjpass") and first:
                return root
    return None


def _via(finder: QuoteFinder, f: Found, frame, unit) -> list[Source]:
    """Secondary sources, nearest first: "per X"/"according to X" in the frame, then
    outer reporting clauses ("..., Reuters added")."""
    ctx = finder.ctx
    heads = list(f.via) + (attribution.via_tokens(unit, frame) if unit is not None else [])
    verb = f.cue.verb
    if speech.quoted_as_saying(verb) is not None:  # "Politico quoted X as saying": Politico
        quoting = speech.subject_token(verb.head.head, finder.in_quote)
        if quoting is not None:
            heads.append(quoting)
    anc = verb.head
    for _ in range(4):
        if anc.i == verb.i or unit is None or not (unit.start <= anc.i < unit.end):
            break
        outer = speech.cue_at(anc, finder.in_quote)
        if outer is not None and verb in speech.content_tokens(outer):
            subj = speech.subject_token(anc, finder.in_quote)
            if subj is not None and (f.speaker_tok is None or subj.i != f.speaker_tok.i):
                heads.append(subj)
        if anc.head.i == anc.i:
            break
        anc = anc.head
    sources, seen = [], set()
    for tok in heads:
        if tok.i in seen or (f.speaker_tok is not None and tok.i == f.speaker_tok.i):
            continue
        seen.add(tok.i)
        span = speech.mention_span(tok)
        if len(span) > 1 and span[0].lower_ in ("the", "a", "an"):
            span = span[1:]
        actor = ctx.actors.resolve(span.start_char, span.end_char) if ctx.actors is not None else None
        sources.append(Source(span.text, span.start_char, span.end_char, actor))
    return sources


def _unit_key(unit) -> tuple[int, int] | None:
    return (unit.start, unit.end) if unit is not None else None


def _inherit_time(finder: QuoteFinder, found: list[Found], quotes: list[Quote]) -> None:
    """A direct quote with no time of its own takes the time of the sentence just before
    it when that sentence names the same speaker ("On Monday, X visited Y. “...,” X said.")."""
    ctx = finder.ctx
    # the statements of each unit, and each unit's place: looked up, not scanned for per
    # quote (that made long articles quadratic)
    unit_keys = [_unit_key(finder._unit_at(g.start)) for g in found]
    in_unit: dict = {}
    for j, key in enumerate(unit_keys):
        in_unit.setdefault(key, []).append(j)
    unit_number = {_unit_key(u): n for n, u in reversed(list(enumerate(finder.units)))}
    for i, (f, quote) in enumerate(zip(found, quotes)):
        if quote.time is not None or quote.speaker_name is None:
            continue
        unit = finder._unit_at(f.start)
        # statements of one speaker in one sentence share its time
        same = [quotes[j] for j in in_unit[unit_keys[i]] if j < i and quotes[j].time is not None
                and quotes[j].speaker_name == quote.speaker_name and quotes[j].speaker == quote.speaker]
        if same:
            quote.time = same[-1].time
            continue
        if f.kind != "direct":
            continue
        unit = finder._unit_at(f.start)
        idx = unit_number[_unit_key(unit)] if unit is not None else 0
        if idx == 0:
            continue
        prev = finder.units[idx - 1]
        frame = _frame_of(finder, prev, [])
        names_speaker = False
        surname = (quote.speaker_name or "").split()[-1:]  # a name of white space only names no one
        for tok in prev:
            if tok.ent_type_ == "PERSON" or tok.pos_ == "PROPN":
                who = ctx.actors.resolve(tok.idx, tok.idx + len(tok)) if ctx.actors is not None else None
                if (who is not None and who == quote.speaker) or (
                        who is None and surname and tok.text.lower() == surname[0].lower()):
                    names_speaker = True
        if names_speaker:
            quote.time = attribution.find_time(ctx, frame, prev.start_char, [prev.root])


# the word classes this module once held as constants, now in lexicons/word_classes.yaml
__getattr__ = exported(__name__, {"SUBORDINATORS": "subordinators", "NAMING_WORDS": "naming_words"})
