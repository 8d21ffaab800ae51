"""Event verbs from the field's curated dictionary: PETRARCH2's CAMEO verb patterns,
mapped to PLOVER through the CAMEO-to-PLOVER table, read where the user keeps them
(`tacitus.dictionaries`: "CAMEO.2.0.txt", "CAMEO2PLOVER-2021.txt"), never bundled.

The verb dictionary groups synonymous verbs into blocks ("---  ENCIRCLE   [190]  ---":
CIRCLE, ENCIRCLE, RING, SURROUND) with a default CAMEO code, and lists patterns that
choose another code from the words around the verb ("- * HOUSE [080]", "- TROOP * [150]",
"- * (IN &NEGOTIATION) [046]": `*` is the verb, words before it belong to the subject,
words after it to the object, "(PREP WORDS)" to a prepositional phrase, "{A B}" is one
compound, "&SET" a synonym set of the dictionary). It is compiled once per process into
verb lemma -> [patterns], and matched over the dependency parse: the subject's words,
the object's words (the verb's clause to the right, not into other clauses) and the
verb's prepositions with their objects. The most specific matching pattern wins; with
none, the block's default code. CAMEO codes become PLOVER (type, mode) by the table
(code, else its three-digit parent, else its root); 01x statements have no PLOVER type,
and 02x appeals are REQUESTs (`cameo_roots` in lexicons/plover.yaml).

Without the files nothing is matched: the project's own trigger lexicon still works.
"""
from __future__ import annotations

import functools
import re
from dataclasses import dataclass, field
from pathlib import Path
from typing import Optional

from tacitus import dictionaries, lexicons


@dataclass
class Element:
    words: tuple[str, ...]  # lower-case words of one slot ("arms shipment"), or () for a bare preposition
    sets: tuple[str, ...] = ()  # names of synonym sets, any member of which fills the slot
    prep: Optional[str] = None  # the preposition of a "(PREP WORDS)" slot


@dataclass
class Pattern:
    code: str
    before: list[Element] = field(default_factory=list)  # subject side
    after: list[Element] = field(default_factory=list)  # object side
    preps: list[Element] = field(default_factory=list)
    # what any match needs, for a quick set test before the slots are tried one by one:
    # the single words of the subject and object sides, the prepositions
    needs: tuple[frozenset, frozenset, frozenset] = (frozenset(), frozenset(), frozenset())

    @property
    def size(self) -> int:
        return len(self.before) + len(self.after) + 2 * len(self.preps)


@dataclass
class VerbEntry:
    code: Optional[str]  # the block's (or the verb's own) default code; None: no event by default
    particles: tuple[str, ...] = ()  # the other words of a phrasal verb ("blow up")
    patterns: list[Pattern] = field(default_factory=list)


@dataclass
class Compiled:
    verbs: dict[str, list[VerbEntry]]  # verb lemma -> entries (one per block it is in)
    sets: dict[str, set[str]]  # synonym set name -> lower-case members (words and phrases)


_CODE = re.compile(r"\[([^\]]*)\]")
_SLOT = re.compile(r"\(([^)]*)\)|\{([^}]*)\}|(\S+)")
_UPPER_WORD = re.compile(r"^[A-Z][A-Z0-9'_\-]*$")
_BLOCK = re.compile(r"^---\s+(\S+)\s+\[([^\]]*)\]\s+---")
_VERB_LINE = re.compile(r"^(\+?[A-Z][A-Z0-9'_\-]*)\s*(\{[^}]*\})?\s*(\[[^\]]*\])?")


def _code(text: str) -> Optional[str]:
    """ "062:062" -> "062"; ":194" -> "194"; "---" -> None."""
    for part in text.strip().split(":"):
        part = part.strip()
        if part and part != "---" and part.isdigit():
            return part
    return None


def _word(raw: str) -> str:
    return raw.strip("+_").replace("_", " ").lower()


def _elements(text: str) -> Optional[list]:
    """The slots of one side of a pattern, in order; None for forms this reader skips."""
    out: list = []
    for m in _SLOT.finditer(text):
        group, compound, single = m.groups()
        if group is not None:
            inner = _elements(group.replace("(", " ").replace(")", " "))
            if inner is None:
                return None
            if not inner or not inner[0].words or inner[0].sets:
                return None
            prep = inner[0].words[0]
            rest = inner[1:]
            words = tuple(w for e in rest for w in e.words)
            sets = tuple(s for e in rest for s in e.sets)
            out.append(Element(words=words, sets=sets, prep=prep))
        elif compound is not None:
            words = tuple(_word(w) for w in compound.split() if w not in ("$", "+", "^"))
            if any(w.startswith("&") for w in words):
                return None
            if words:
                out.append(Element(words=(" ".join(words),)))
        else:
            tok = single
            if tok in ("$", "+", "^", "%", ".") or tok.startswith("^"):
                continue
            if "/" in tok:
                return None
            if tok.startswith("&"):
                out.append(Element(words=(), sets=(tok[1:].rstrip("_"),)))
            elif _UPPER_WORD.match(tok):
                out.append(Element(words=(_word(tok),)))
            else:
                return None
    return out


def _pattern(line: str) -> Optional[Pattern]:
    body = line.split("#", 1)[0]
    m = _CODE.search(body)
    if not m:
        return None
    code = _code(m.group(1)) or ""  # "": this context states no event ("abandon * plan [---]")
    text = body[:m.start()].strip().lstrip("-").strip()
    if "*" not in text:
        return None
    before_text, after_text = text.split("*", 1)
    before, after = _elements(before_text), _elements(after_text)
    if before is None or after is None:
        return None
    pat = Pattern(code=code)
    pat.before = [e for e in before if e.prep is None]
    pat.after = [e for e in after if e.prep is None]
    pat.preps = [e for e in before + after if e.prep is not None]
    pat.needs = (_single_words(pat.before), _single_words(pat.after), _shared(e.prep for e in pat.preps))
    return pat


def _single_words(elements: list[Element]) -> frozenset:
    return _shared(w for e in elements for w in e.words if " " not in w)


_SHARED: dict[frozenset, frozenset] = {}


def _shared(words) -> frozenset:
    """One frozenset object per distinct set of words: most of the dictionary's 15,000
    patterns need none or the same few, and a set object apiece held megabytes."""
    found = frozenset(words)
    return _SHARED.setdefault(found, found)


def read(path: Path) -> Compiled:
    """Compile a PETRARCH verb dictionary."""
    lines = path.read_text(encoding="utf-8", errors="replace").splitlines()
    sets: dict[str, set[str]] = {}
    verbs: dict[str, list[VerbEntry]] = {}
    section = None
    current_set: Optional[str] = None
    block_code: Optional[str] = None
    block: list[VerbEntry] = []
    for raw in lines:
        line = raw.rstrip()
        if line.startswith("#######"):
            section = "sets" if "SYNONYM" in line else "verbs" if "VERB PATTERNS" in line else "other"
            continue
        stripped = line.split("#", 1)[0].strip()
        if section == "sets":
            if not stripped:
                current_set = None
            elif stripped.startswith("&"):
                current_set = stripped[1:].split()[0].rstrip("_")
                sets.setdefault(current_set, set())
            elif current_set:
                sets[current_set].add(_word(stripped.split()[0]))
        elif section == "verbs":
            if not stripped:
                continue
            head = _BLOCK.match(stripped)
            if head:
                block_code = _code(head.group(2))
                block = []
                continue
            if stripped.startswith("-"):
                pat = _pattern(stripped)
                if pat is not None:
                    for entry in block:
                        entry.patterns.append(pat)
                continue
            m = _VERB_LINE.match(stripped)
            if not m:
                continue
            words = _word(m.group(1)).split()
            own = _code(m.group(3)[1:-1]) if m.group(3) else None
            entry = VerbEntry(code=own or block_code, particles=tuple(words[1:]))
            block.append(entry)
            verbs.setdefault(words[0], []).append(entry)
    return Compiled(verbs=verbs, sets=sets)


@functools.lru_cache(maxsize=4)
def _compiled(path: Optional[Path]) -> Optional[Compiled]:
    if path is None:
        return None
    try:
        return read(path)
    except OSError:
        return None


def compiled() -> Optional[Compiled]:
    """The verb dictionary of this process (compiled on first use), or None without it."""
    return _compiled(dictionaries.find(dictionaries.CAMEO_VERBS))


# --- CAMEO -> PLOVER -------------------------------------------------------------------

def read_cameo_map(path: Path) -> dict[str, tuple[str, Optional[str]]]:
    """CAMEO code -> (PLOVER type, mode) from the CAMEO-to-PLOVER table
    ("0874: RETREAT, disarm, military # ..."); raises OSError/UnicodeDecodeError."""
    table = {}
    for line in Path(path).read_text(encoding="utf-8").splitlines():
        body = line.split("#", 1)[0]
        if ":" not in body:
            continue
        code, rest = body.split(":", 1)
        parts = [p.strip() for p in rest.split(",")]
        if code.strip().isdigit() and parts and parts[0].isalpha():
            table[code.strip()] = (parts[0], parts[1] if len(parts) > 1 and parts[1] else None)
    return table


@functools.lru_cache(maxsize=4)
def _cameo_map(path: Optional[Path]) -> dict:
    if path is None:
        return {}
    try:
        return read_cameo_map(path)
    except (OSError, UnicodeDecodeError):
        return {}


def plover_of(code: str) -> Optional[tuple[str, Optional[str]]]:
    """(PLOVER type, mode) of a CAMEO code, or None (statements, unknown codes)."""
    table = _cameo_map(dictionaries.find(dictionaries.CAMEO_TO_PLOVER))
    for key in (code, code[:3], code[:2]):
        if key in table:
            return table[key]
    roots = lexicons.load("plover.yaml").get("cameo_roots") or {}
    type_ = roots.get(code[:2])
    return (type_, None) if type_ else None


# --- matching --------------------------------------------------------------------------

_CLAUSE_DEPS = {"ccomp", "xcomp", "advcl", "relcl", "conj", "parataxis", "csubj", "acl", "mark", "cc", "punct"}


def _words_of(tokens) -> set[str]:
    out = set()
    for t in tokens:
        out.add(t.lower_)
        out.add(t.lemma_.lower())
    return out


def _side(verb, deps) -> list:
    """The tokens of the verb's dependents with these relations, and their phrases (not
    into clauses of their own)."""
    out = []
    stack = [c for c in verb.children if c.dep_ in deps]
    while stack:
        tok = stack.pop()
        out.append(tok)
        stack.extend(c for c in tok.children if c.dep_ not in _CLAUSE_DEPS or c.dep_ == "conj" and c.pos_ != "VERB")
    return out


def _fills(element: Element, words: set[str], text: str, sets) -> bool:
    """Whether a side (its words, and its text padded with spaces) holds the element."""
    for w in element.words:
        if " " in w:
            if f" {w} " not in text:
                return False
        elif w not in words:
            return False
    for name in element.sets:
        single, multi = _split_set(sets, name)
        if words.isdisjoint(single) and not any(f" {m} " in text for m in multi):
            return False
    return True


_SPLIT_SETS: dict[tuple[int, str], tuple[frozenset, tuple]] = {}


def _split_set(sets, name: str) -> tuple[frozenset, tuple]:
    """A synonym set as (single words, phrases), computed once: a set test instead of a scan."""
    key = (id(sets), name)
    if key not in _SPLIT_SETS:
        members = sets.get(name) or set()
        _SPLIT_SETS[key] = (frozenset(m for m in members if " " not in m), tuple(m for m in members if " " in m))
    return _SPLIT_SETS[key]


def match(verb) -> Optional[tuple[str, bool]]:
    """(CAMEO code, whether a pattern chose it rather than the verb's default) that the
    dictionary gives the verb token in its clause, or None."""
    table = compiled()
    if table is None:
        return None
    entries = table.verbs.get(verb.lemma_.lower()) or table.verbs.get(verb.lower_)
    if not entries:
        return None
    doc = verb.doc
    subject = _side(verb, ("nsubj", "nsubjpass", "csubj", "agent"))
    obj = _side(verb, ("dobj", "attr", "oprd", "dative", "prt", "npadvmod", "acomp"))
    obj_text = " " + " ".join(t.lower_ for t in sorted(obj, key=lambda t: t.i)) + " "
    subj_text = " " + " ".join(t.lower_ for t in sorted(subject, key=lambda t: t.i)) + " "
    subj_words, obj_words = _words_of(subject), _words_of(obj)  # once per verb, not per pattern
    preps = []
    for c in verb.children:
        if c.dep_ in ("prep", "agent", "dative"):
            toks = _side(c, ("pobj", "pcomp"))
            preps.append((c.lower_, _words_of(toks), " " + " ".join(t.lower_ for t in toks) + " "))
    prep_words = {p for p, _, _ in preps}
    best: Optional[tuple[int, str]] = None
    for entry in entries:
        if entry.particles:
            following = [t.lower_ for t in doc[verb.i + 1:verb.i + 1 + len(entry.particles)]]
            particles = {c.lower_ for c in verb.children if c.dep_ in ("prt", "prep")}
            if list(entry.particles) != following and not set(entry.particles) <= particles:
                continue
        for pat in entry.patterns:
            if best is not None and pat.size <= best[0]:
                continue
            need_before, need_after, need_preps = pat.needs
            if not (need_before <= subj_words and need_after <= obj_words and need_preps <= prep_words):
                continue  # a word or preposition the pattern needs is missing
            if not all(_fills(e, subj_words, subj_text, table.sets) for e in pat.before):
                continue
            if not all(_fills(e, obj_words, obj_text, table.sets) for e in pat.after):
                continue
            ok = True
            for e in pat.preps:
                if not any(p == e.prep and (not (e.words or e.sets) or _fills(e, words, text, table.sets))
                           for p, words, text in preps):
                    ok = False
                    break
            if ok:
                best = (pat.size, pat.code)
        if best is None and entry.code:
            best = (0, entry.code)
    if best is None or not best[1]:
        return None
    return best[1], best[0] > 0
