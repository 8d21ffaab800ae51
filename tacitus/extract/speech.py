"""Speech cues and speakers from syntax: which word introduces a statement, who
is its subject, and which words hold what was said.

The cue words come from the lexicon `reporting_verbs.yaml`. Words inside quote
marks are the speaker's own and never serve as cues of the article's attribution.
"""
from __future__ import annotations

from dataclasses import dataclass, field
from typing import Optional

from tacitus import lexicons
from tacitus.nlp import doc_text, entity_of
from tacitus.nlp import lemmas as doc_lemmas

SUBJECT_DEPS = ("nsubj", "nsubjpass", "csubj")
# a participle or infinitive cue ("..., adding that", "went on to say") takes its
# speaker from the verb it hangs on
CLIMB_DEPS = ("advcl", "xcomp", "conj", "pcomp", "acl", "ccomp", "dep", "parataxis")
RELATIVE_PRONOUNS = {"who", "which", "that", "whom"}
DEMONSTRATIVES = {"this", "that", "these", "those", "what"}


ACTS = ("speech", "belief", "intention", "document")


@dataclass(frozen=True)
class CueEntry:
    lemma: str  # "say", "call on"
    words: tuple[str, ...]  # lemmas of the words, verb first
    indirect: bool = True
    content: tuple[str, ...] = ("ccomp",)
    addressee: Optional[str] = None  # "dobj", "dative", or a preposition ("on")
    act: str = "speech"  # speech | belief | intention | document (see reporting_verbs.yaml)
    document_only: bool = False  # attributes only with a document or data noun as subject


@dataclass
class Cue:
    entry: CueEntry
    verb: object  # the spaCy token of the verb
    tokens: list = field(default_factory=list)  # every token of the cue, verb first

    @property
    def start(self) -> int:
        return min(t.idx for t in self.tokens)

    @property
    def end(self) -> int:
        return max(t.idx + len(t) for t in self.tokens)

    def text(self, doc) -> str:
        return doc_text(doc)[self.start:self.end]


@lexicons.cached
def cue_lexicon() -> tuple[dict[str, CueEntry], list[CueEntry]]:
    """(single verbs by lemma, multi-word phrases longest first), from the cue classes
    of `reporting_verbs.yaml` (a plain `verbs:` map, as a user lexicon may add, is speech)."""
    data = lexicons.load("reporting_verbs.yaml")
    verbs = {}

    def entry(lemma, words, props, act, document_only=False):
        props = props or {}
        return CueEntry(lemma, words, props.get("indirect", True), tuple(props.get("content", ["ccomp"])),
                        props.get("addressee"), props.get("act", act), document_only)

    for props_of_class in (data.get("classes") or {}).values():
        act = props_of_class.get("act", "speech")
        document_only = props_of_class.get("sources") == "document"
        for lemma, props in (props_of_class.get("verbs") or {}).items():
            verbs[lemma] = entry(lemma, (lemma,), props, act, document_only)
    for lemma, props in (data.get("verbs") or {}).items():
        verbs[lemma] = entry(lemma, (lemma,), props, "speech")
    phrases = []
    for props in data.get("phrases") or []:
        words = tuple(props["words"])
        phrases.append(entry(" ".join(words), words, props, "speech"))
    for act, by_verb in _light_verbs(data.get("light_verbs") or {}):
        for verb, nouns in by_verb.items():
            for noun in nouns or []:
                phrases.append(CueEntry(f"{verb} {noun}", (verb, noun), True, ("noun",), None, act))
    phrases.sort(key=lambda e: -len(e.words))
    return verbs, phrases


def _light_verbs(data: dict):
    """(act, {verb: nouns}) pairs: the lexicon groups light verbs by act; a flat
    {verb: nouns} map (older user lexicons) is speech."""
    if data and all(key in ACTS for key in data):
        return list(data.items())
    return [("speech", data)]


def cue_words() -> frozenset[str]:
    """The first word of every cue: a sentence without one holds no statement."""
    verbs, phrases = cue_lexicon()
    return frozenset(verbs) | {e.words[0] for e in phrases} | {"according"}


@lexicons.cached
def document_sources() -> frozenset[str]:
    """Nouns naming documents and data that can be the source of a statement."""
    data = lexicons.load("reporting_verbs.yaml")
    return frozenset(w.lower() for w in data.get("document_sources") or [])


@lexicons.cached
def data_nouns() -> frozenset[str]:
    return frozenset(w.lower() for w in lexicons.load("reporting_verbs.yaml").get("data_nouns") or [])


def is_document(tok) -> bool:
    """A token naming a document or data ("the survey", "polls", "NEOC data")."""
    return tok is not None and (tok.lower_ in document_sources() or tok.lemma_.lower() in document_sources())


def _phrase_tokens(verb, words: tuple[str, ...]) -> list | None:
    """The tokens of a phrasal cue anchored on `verb`: particles and objects that follow it
    closely ("call on", "take aim at", "refer to ... as")."""
    found = [verb]
    pos = verb.i
    doc = verb.doc
    for word in words[1:]:
        hit = None
        for j in range(pos + 1, min(len(doc), pos + 12)):
            tok = doc[j]
            if tok.lemma_.lower() == word or tok.lower_ == word:
                if tok.head == verb or tok.head in found or tok.head.head == verb:
                    hit = tok
                    break
            if tok.is_sent_end or tok.text in ".;:":
                break
        if hit is None:
            return None
        found.append(hit)
        pos = hit.i
    return found


def cue_at(tok, quoted) -> Optional[Cue]:
    """The speech cue whose verb is `tok`, or None. `quoted(start, end)` tells words
    inside quote marks, which are never cues."""
    if tok.pos_ not in ("VERB", "AUX") and tok.tag_ not in ("VBD", "VBZ", "VBP", "VBG", "VBN", "VB"):
        return None
    verbs, phrases, first_words = _cue_index()
    lemma = tok.lemma_.lower()
    if lemma not in first_words:
        return None  # no cue starts with this verb: most verbs, found with one set test
    if quoted(tok.idx, tok.idx + len(tok)):
        return None
    for entry in phrases:
        if entry.words[0] == lemma:
            tokens = _phrase_tokens(tok, entry.words)
            if tokens and not any(quoted(t.idx, t.idx + len(t)) for t in tokens[1:]):
                return Cue(entry, tok, tokens)
    entry = verbs.get(lemma)
    if entry is None:
        return None
    if entry.document_only and not is_document(_subject_of(tok, quoted)):
        return None  # "polls show" is a source; "he showed" is not
    return Cue(entry, tok, [tok])


@lexicons.cached
def _cue_index() -> tuple[dict[str, CueEntry], list[CueEntry], frozenset]:
    """`cue_lexicon()` and the lemmas a cue can start with."""
    verbs, phrases = cue_lexicon()
    return verbs, phrases, frozenset(verbs) | {entry.words[0] for entry in phrases}


def find_cues(sent, quoted) -> list[Cue]:
    doc, lemmas = sent.doc, doc_lemmas(sent.doc)
    first_words = _cue_index()[2]
    cues = []
    for i in range(sent.start, sent.end):
        if lemmas[i] not in first_words:
            continue  # no cue starts with this word (cue_at would say so, after making its Token)
        cue = cue_at(doc[i], quoted)
        if cue is not None:
            cues.append(cue)
    return cues


def subject_token(verb, quoted):
    """The token naming who speaks through `verb`: its subject, climbing from a participle
    to the verb it depends on, from a relative pronoun to the noun it stands for, and from
    a passive verb to its agent ("was told by the minister")."""
    stranded = stranded_subject(verb)
    if stranded is not None:
        return stranded
    quoted_as = quoted_as_saying(verb)
    if quoted_as is not None:
        return quoted_as
    if is_bare_passive(verb):
        return None  # "When asked if ...": the speaker is whoever asked, not named
    subj = _climb_to_subject(verb, quoted)
    if subj is not None and _crosses_paragraph(subj, verb) or subj is None and verb.dep_ == "ROOT" \
            and verb.tag_ in ("VBD", "VBZ", "VBP") and _subject_of(verb, quoted) is None:
        # the parser ran over a paragraph break and took a subject from the one before
        # (or from the quotation closing it)
        return _subject_in_paragraph(verb, quoted)
    return subj


QUOTING_VERBS = ("quote", "cite")


def quoted_as_saying(verb):
    """"Politico quoted Tim Manning as saying ...": the one quoted speaks (the quoting
    outlet is a secondary source). Returns the quoting verb's object, else None."""
    if verb.lemma_.lower() != "say" or verb.dep_ != "pcomp" or verb.head.lower_ != "as":
        return None
    quoting = verb.head.head
    if quoting.lemma_.lower() not in QUOTING_VERBS:
        return None
    return next((c for c in quoting.children if c.dep_ == "dobj"), None)


def _crosses_paragraph(subj, verb) -> bool:
    lo, hi = sorted((subj.i, verb.i))
    return any("\n" in t.text or "\n" in t.whitespace_ for t in verb.doc[lo:hi])


def _subject_in_paragraph(verb, quoted):
    """The speaker named before `verb` in its own paragraph and sentence: the last name
    there, else the head of the first noun phrase."""
    doc, first = verb.doc, verb.i
    while first > 0 and "\n" not in doc[first - 1].text and "\n" not in doc[first - 1].whitespace_ \
            and not (doc[first - 1].text in ".!?" and not quoted(doc[first - 1].idx, doc[first - 1].idx + 1)):
        first -= 1
    before = [t for t in doc[first:verb.i] if not quoted(t.idx, t.idx + len(t))]
    names = [t for t in before if t.ent_type_ in ("PERSON", "ORG") and t.pos_ == "PROPN"]
    if names:
        return names[-1]
    return next((t for t in before if t.pos_ in ("NOUN", "PROPN") and not (first <= t.head.i < verb.i)), None)


def _climb_to_subject(verb, quoted):
    tok = coordinated_cue_head(verb) or verb
    for _ in range(4):
        agent = next((c for c in tok.children if c.dep_ == "agent"), None)
        if agent is not None and tok.i == verb.i:
            pobj = next((c for c in agent.children if c.dep_ == "pobj"), None)
            if pobj is not None:
                return pobj
        subj = _subject_of(tok, quoted)
        if subj is not None and subj.lower_ in DEMONSTRATIVES and subj.pos_ in ("DET", "PRON") \
                and not (tok.dep_ == "relcl" and subj.lower_ in RELATIVE_PRONOUNS):
            subj = None  # "this was unconfirmed": a parse error made a clause's subject the speaker's
        if subj is not None:
            if subj.lower_ in RELATIVE_PRONOUNS and tok.dep_ == "relcl":
                return tok.head
            if subj.dep_ == "nsubjpass" and tok.i == verb.i:
                return None  # "he was told": the subject heard it, the speaker is unnamed
            return subj
        if tok.i == verb.i and tok.dep_ == "ccomp" and is_reporting_word(tok.head):
            stray = stray_subject(tok.head, tok)
            if stray is not None:
                return stray[1]
        if tok.dep_ == "pcomp" and tok.head.dep_ == "prep" and tok.head.head.pos_ in ("VERB", "AUX"):
            tok = tok.head.head  # "underlined the call by saying ...": the speaker of "underlined"
            continue
        if tok.dep_ not in CLIMB_DEPS or tok.head.i == tok.i:
            return None
        tok = tok.head
    return None


def _subject_of(tok, quoted):
    """The subject child of `tok`. When the parser split one noun phrase into two
    subjects ("said study co-author Nora Fell": "co" and "Fell"), the name wins."""
    subjects = [c for c in tok.children if c.dep_ in SUBJECT_DEPS and not quoted(c.idx, c.idx + len(c))]
    if not subjects:  # "The authority has, since Monday, warned": the subject may hang on the auxiliary
        subjects = [c for aux in tok.children if aux.dep_ in ("aux", "auxpass") for c in aux.children
                    if c.dep_ in SUBJECT_DEPS and not quoted(c.idx, c.idx + len(c))]
    if len(subjects) > 1:
        named = [c for c in subjects if c.ent_type_ in ("PERSON", "ORG", "NORP", "GPE")]
        return named[0] if named else subjects[-1]
    if subjects:
        # "the company invested ..., but Gazeta Prawna reports": the parser made the name
        # next to the verb a conjunct of a subject far before it
        late = [c for c in subjects[0].children if c.dep_ == "conj" and c.i == tok.i - 1
                and c.ent_type_ in ("PERSON", "ORG") and subjects[0].i < tok.i - 6]
        return late[0] if late else subjects[0]
    return None


def stranded_subject(verb):
    """"The ministry has, in a statement, called on drivers to ...": when commas split
    "has ... called", the parser may hang "called" on a noun and "has" elsewhere.
    Returns the subject of that auxiliary, else None."""
    if verb.tag_ != "VBN" or any(c.dep_ in ("aux", "auxpass") or c.dep_ in SUBJECT_DEPS for c in verb.children):
        return None
    for tok in reversed(verb.doc[verb.sent.start:verb.i]):
        if tok.lemma_.lower() == "have" and tok.tag_ in ("VBZ", "VBP", "VBD") and tok.dep_ in ("aux", "ROOT"):
            subj = next((c for h in (tok, tok.head) for c in h.children if c.dep_ == "nsubj" and c.i < tok.i), None)
            return subj if subj is not None and tok.i + 1 < verb.i and verb.doc[tok.i + 1].is_punct else None
        if tok.pos_ in ("VERB", "AUX"):
            return None  # another verb between them: the participle is not the auxiliary's
    return None


def is_bare_passive(verb) -> bool:
    """A past participle with no auxiliary ("when asked", "told of the plan"); one with
    an agent ("described by the bulletin as") names its speaker and is not bare."""
    return verb.tag_ == "VBN" and not any(c.dep_ in ("aux", "auxpass", "agent") for c in verb.children) \
        and verb.dep_ in ("advcl", "acl", "ROOT", "conj") and not any(c.dep_ in SUBJECT_DEPS for c in verb.children) \
        and stranded_subject(verb) is None


@lexicons.cached
def _reporting_lemmas() -> frozenset[str]:
    verbs, phrases = cue_lexicon()
    return frozenset(verbs) | {e.words[0] for e in phrases}


def is_reporting_word(tok) -> bool:
    return tok.lemma_.lower() in _reporting_lemmas()


def coordinated_cue_head(verb):
    """"X told it this was unconfirmed and noted no ransom was sought": the parser hangs
    "noted" on the reported clause, but it goes with "told" and shares its speaker.
    Returns that outer cue verb, else None."""
    head = verb.head
    if verb.dep_ != "conj" or head.dep_ != "ccomp" or head.i > verb.i \
            or any(c.dep_ in SUBJECT_DEPS for c in verb.children) or verb.tag_ not in ("VBD", "VBZ", "VBP"):
        return None
    outer = head.head
    return outer if outer.i < head.i and is_reporting_word(outer) and is_reporting_word(verb) else None


def governing_verbs(verb) -> list:
    """The cue verb and the verbs it climbs to for its speaker ("..., adding that" -> "expressed")."""
    out, tok = [verb], verb
    for _ in range(4):
        if any(c.dep_ in SUBJECT_DEPS for c in tok.children) or tok.dep_ not in CLIMB_DEPS or tok.head.i == tok.i:
            break
        tok = tok.head
        out.append(tok)
    return out


def mention_span(tok):
    """The words that name the speaker: a named entity around `tok`, or `tok` with the
    words before it that belong to it ("Kremlin spokesman Dmitry Peskov")."""
    doc = tok.doc
    titled = _name_after_title_of(tok)
    if titled is not None:  # "First Minister of Varnland Ilse Moor": title and name are one
        return doc[tok.left_edge.i:titled.end]
    # "her son Anderson Cooper announced", "One of these groups, the Northern Front,
    # said": the name in apposition says who it is
    appos = _name_in_apposition(tok)
    if appos is not None:
        tok = appos
    left = tok.i
    for child in tok.lefts:
        # a possessive pronoun ("her son") would make the table read the owner as the speaker
        if child.dep_ in ("compound", "amod", "det", "nmod", "nummod", "case") or child.ent_type_ \
                or (child.dep_ == "poss" and child.pos_ != "PRON"):
            left = min(left, child.left_edge.i)
    right = tok.i + 1
    ent = entity_of(tok)
    if ent is not None:
        left, right = min(left, ent.start), max(right, ent.end)
    # "Secretary of State Marco Rubio": a title joined by "of" belongs to the name
    for child in tok.lefts:
        if child.dep_ == "compound" and child.i < left:
            left = child.left_edge.i
    # "study co-author Nora Fell": the parser may cut the phrase at a hyphen
    while left > 1 and (doc[left].text == "-" or doc[left - 1].text == "-") \
            and not doc[left - 1].whitespace_ and doc[left - 1].sent == tok.sent:
        left -= 1
        if doc[left].text != "-":
            left = min([left] + [c.left_edge.i for c in doc[left].lefts if c.dep_ in ("compound", "amod")])
    if not tok.ent_type_ or tok.pos_ == "PROPN" and tok.text[:1].isupper():
        right = max(right, _modifier_end(tok))
    return doc[left:right]


QUANTIFIER_HEADS = {"one", "some", "many", "several", "most", "all", "each", "both", "none", "few",
                    "two", "three", "four", "five", "dozens", "hundreds", "thousands", "majority"}
NAME_LABELS = ("PERSON", "ORG", "NORP", "GPE")
NOUN_PREPS = ("of", "for", "from", "at", "with", "in")


def _name_after_title_of(tok):
    """The person named at the end of "<Title> of <Place> <Name>" (the parser hangs the
    name on "of" or "to"); not "the wife of X", whose head is no capitalised title."""
    if not tok.is_title or tok.ent_type_ == "PERSON" or tok.tag_ != "NNP":
        return None
    for prep in tok.children:
        if prep.dep_ == "prep" and prep.lower_ in ("of", "to"):  # "Ambassador to the UN <Name>"
            obj = next((c for c in prep.children if c.dep_ == "pobj"), None)
            # the model may read "Scotland Nicola Sturgeon" as one organisation name
            name = entity_of(obj) if obj is not None and obj.ent_type_ in ("PERSON", "ORG") else None
            if name is not None and name.end == obj.i + 1:
                return name
    return None


def _name_in_apposition(tok):
    """The name standing in apposition to a speaker that is no name itself: "her son
    Karl Sol", "the group, the Northern Front," and "one of these groups, the Front,"."""
    if tok.ent_type_ in ("PERSON", "ORG"):
        return None
    holders = [(tok, NAME_LABELS)]
    of_objects = [g for c in tok.children if c.dep_ == "prep" and c.lower_ == "of"
                  for g in c.children if g.dep_ == "pobj"]
    if tok.lower_ in QUANTIFIER_HEADS or tok.like_num:
        holders += [(g, NAME_LABELS) for g in of_objects]
    else:
        # "The mayor of Paris, Anne Hidalgo,": the parser hangs the name on the place
        # (a person's name in apposition to a place or body is the title holder's)
        holders += [(g, ("PERSON",)) for g in of_objects if g.ent_type_ in ("GPE", "LOC", "ORG", "FAC")
                    or g.pos_ == "PROPN"]
    for holder, labels in holders:
        named = [c for c in holder.rights if c.dep_ == "appos" and c.ent_type_ in labels]
        # "The secretary of the union (Dock Workers), Ivo Rant,": the person, not the body
        people = [c for c in named if c.ent_type_ == "PERSON"]
        if people or named:
            return (people or named)[0]
    return None


def _modifier_end(tok) -> int:
    """Token index after the prepositional phrases that complete a speaker noun ("a
    spokesperson for the ministry", "one of the protesters", "the opinion of the court");
    stops at a comma."""
    end = tok.i + 1
    if tok.pos_ == "PROPN" and tok.text[:1].isupper():
        return _name_end(tok)
    if tok.pos_ not in ("NOUN", "NUM", "PRON", "ADJ") or tok.lower_ in ("who", "which", "that", "it"):
        return end
    for child in tok.rights:
        if child.dep_ != "prep" or child.lower_ not in NOUN_PREPS or child.i != end:
            break
        stop = next((t.i for t in child.subtree if t.is_punct or t.pos_ in ("VERB", "AUX")), None)
        end = stop if stop is not None else child.right_edge.i + 1
        if stop is not None:
            break
    return end


def _name_end(tok) -> int:
    """Token index after a name that goes on with "of"/"from" and another name ("Notes
    from Poland") and an abbreviation in parentheses ("(NFP)")."""
    doc, end = tok.doc, tok.i + 1
    prep = next((c for c in tok.rights if c.dep_ == "prep" and c.i == end and c.lower_ in ("of", "from")), None)
    obj = next((g for g in prep.children if g.dep_ == "pobj"), None) if prep is not None else None
    if obj is not None and obj.pos_ == "PROPN" and obj.i == obj.left_edge.i == end + 1:
        end = obj.i + 1
    if end + 2 < len(doc) and doc[end].text == "(" and doc[end + 2].text == ")" and doc[end + 1].is_upper:
        end += 3
    return end


def content_tokens(cue: Cue) -> list:
    """The tokens that hold what was said, by the entry's `content` rules."""
    verb = cue.verb
    out = []
    for rule in cue.entry.content:
        if rule == "dobj":
            out.extend(t for child in verb.children if child.dep_ == "dobj" and _reportable_object(child, cue.entry)
                       for t in child.subtree)
        elif rule in ("ccomp", "xcomp", "oprd"):
            for child in verb.children:
                if child.dep_ == rule == "ccomp" and _named_participle(child):
                    continue  # "announced the arrest of a man identified as ...": no clause
                if child.dep_ == rule:
                    out.extend(_without_coordinated_cues(child, verb))
                    stray = stray_subject(verb, child) if rule == "ccomp" else None
                    if stray is not None:
                        out.extend(verb.doc[stray[0]:child.left_edge.i])
            if rule == "oprd":
                # "calling a statement “inflammatory”": the parser may hang the
                # complement anywhere after the object
                for child in verb.children:
                    if child.dep_ in ("dobj", "ccomp", "acomp") and child.i > verb.i:
                        out.extend(child.subtree)
        elif rule in ("as", "pobj"):
            anchor = [t for t in cue.tokens]
            for a in anchor:
                for child in a.children:
                    if child.dep_ == "prep" and (rule == "pobj" or child.lower_ == "as"):
                        if rule == "pobj" and child not in cue.tokens:
                            continue
                        out.extend(t for t in child.subtree if t is not child)
                        if rule == "as":
                            # "described their discussions ... as productive": the object is part of it
                            out.extend(t for d in verb.children if d.dep_ == "dobj" and d.i < child.i
                                       for t in d.subtree)
        elif rule == "noun":
            # "expressed optimism that ...", "issued a warning that ...": the clause on the noun
            for noun in cue.tokens[1:]:
                for child in noun.children:
                    if child.i > noun.i and (_is_that_clause(child) or cue.entry.act == "intention"
                                             and _is_infinitive(child)):
                        out.extend(child.subtree)
    seen, uniq = set(), []
    for t in sorted(out, key=lambda t: t.i):
        if t.i not in seen and t not in cue.tokens:
            seen.add(t.i)
            uniq.append(t)
    return uniq


def stray_subject(verb, clause):
    """"promised each victim will be paid", "reported its source said": the parser made
    the clause's subject an object of the verb before it. Returns (index of the first
    token of that subject, its head token) when `clause` has no subject and an object
    ends just before it; a name opening the object is the one told, not the subject
    ("told The Post radio broadcasts were used")."""
    if any(c.dep_ in SUBJECT_DEPS for c in clause.children) or \
            any(c.dep_ in SUBJECT_DEPS for a in clause.children if a.dep_ in ("aux", "auxpass") for c in a.children):
        return None
    obj = next((c for c in verb.children if c.dep_ == "dobj" and c.right_edge.i + 1 == clause.left_edge.i), None)
    if obj is None or obj.pos_ == "PRON" and obj.lower_ not in ("each", "some", "all", "many"):
        return None
    first = obj.left_edge.i
    opening = first + 1 if verb.doc[first].dep_ == "det" else first
    name = entity_of(verb.doc[opening])
    if name is not None and name.start in (first, opening) and name.end <= obj.i:
        first = name.end
    return first, obj


def _without_coordinated_cues(clause, verb) -> list:
    """The subtree of `clause` without a cue coordinated with `verb` (see
    `coordinated_cue_head`) and the "and" or comma that joins it."""
    cut = [c for c in clause.children if c.dep_ == "conj" and (coordinated_cue_head(c) or c).i == verb.i]
    if not cut:
        return list(clause.subtree)
    first = min(c.left_edge.i for c in cut)
    while first > clause.i + 1 and (clause.doc[first - 1].dep_ == "cc" or clause.doc[first - 1].is_punct):
        first -= 1
    return [t for t in clause.subtree if t.i < first]


def _named_participle(tok) -> bool:
    """A past participle naming a noun that the parser made a clause ("the arrest of a
    man identified only as ..."): it describes, it states nothing."""
    return tok.tag_ == "VBN" and not any(c.dep_ in ("aux", "auxpass") for c in tok.children) \
        and any(c.dep_ == "prep" and c.lower_ == "as" for c in tok.children)


@lexicons.cached
def person_sources() -> frozenset[str]:
    """Agent nouns of `reporting_verbs.yaml` and the last word of every title the actor
    lexicon knows ("chief", "spokesman", "minister")."""
    words = {w.lower() for w in lexicons.load("reporting_verbs.yaml").get("person_sources") or []}
    titles = (lexicons.load("titles.yaml") or {}).get("titles") or {}
    return frozenset(words | {str(t).split()[-1].lower() for t in titles})


def is_source(tok) -> bool:
    """A token that can name who a statement comes from: a name, a document or an agent
    noun ("officials", "a spokesman"), not a thing ("the pattern suggested")."""
    return tok.ent_type_ in ("PERSON", "ORG", "NORP", "GPE") or is_document(tok) \
        or tok.lemma_.lower() in person_sources() or tok.lower_ in person_sources()


def _is_infinitive(tok) -> bool:
    """"its intention to leave": an infinitive clause on a noun."""
    return tok.dep_ in ("acl", "relcl", "xcomp") and any(c.dep_ == "aux" and c.lower_ == "to" for c in tok.children)


# objects that are no statement: "the attack claimed the lives of five"
NOT_STATEMENT_OBJECTS = {"life", "lives", "responsibility", "credit", "victory"}


def _reportable_object(obj, entry: CueEntry) -> bool:
    """A noun phrase object that states something: "reported a 95% immunization rate",
    "confirmed a case of infection", "reported some sellers offering ..." (a figure, a
    data noun or a clause in it); after a belief verb any phrase of two or more words
    ("expects rising costs", "claimed a right to ...")."""
    if obj.lemma_.lower() in NOT_STATEMENT_OBJECTS or obj.lower_ in NOT_STATEMENT_OBJECTS or obj.pos_ == "PRON":
        return False
    words = [t for t in obj.subtree if not t.is_punct]
    if entry.act in ("belief", "intention"):
        return len(words) >= 2
    return obj.lemma_.lower() in data_nouns() or any(
        t.like_num or t.text == "%" or (t.dep_ in ("acl", "relcl") and t.pos_ == "VERB") for t in obj.subtree)


def _is_that_clause(tok) -> bool:
    """A clause on a noun that says what the noun holds ("concern that prices rise"),
    not a relative clause about the noun ("a warning that came late")."""
    if tok.dep_ in ("acl", "ccomp"):
        return any(c.dep_ == "mark" and c.lower_ == "that" for c in tok.children)
    if tok.dep_ == "relcl":
        that = next((c for c in tok.children if c.lower_ == "that"), None)
        return that is not None and that.dep_ not in SUBJECT_DEPS and \
            any(c.dep_ in SUBJECT_DEPS for c in tok.children)
    return False


def addressee_token(cue: Cue):
    """The token naming who the statement was addressed to (or aimed at), if stated."""
    rule = cue.entry.addressee
    if not rule:
        return None
    verb = cue.verb
    if rule in ("dobj", "dative"):
        return next((c for c in verb.children if c.dep_ in ("dobj", "dative")), None)
    for t in cue.tokens[1:]:
        if t.lower_ == rule:
            return next((c for c in t.children if c.dep_ == "pobj"), None)
    for c in verb.children:
        if c.dep_ == "prep" and c.lower_ == rule:
            return next((g for g in c.children if g.dep_ == "pobj"), None)
    return None
