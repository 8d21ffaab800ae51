"""A faster way to run spaCy's rule lemmatizer: one lemma per word form, worked out once.

spaCy's rule lemmatizer looks at every token in Python: it makes a Token, reads its text,
part of speech and morphology, and for the many base forms (a singular noun, an
infinitive, a positive adjective) works the lemma out again each time, since only the
other forms enter its cache. That cost about a tenth of the whole parse. Its answer
depends on nothing but the word, its part of speech and its morphology (the cache's own
key), so it is kept here per (word, part of speech, morphology) and written for the
whole Doc at once from arrays; the tokens the lemmatizer would skip (a lemma already set
by the attribute ruler, unless it overwrites) are skipped alike. Only a part of speech
left empty goes through spaCy every time (it warns then). The lemmas are the same; the
test suite compares them with spaCy's own on fictional text and, when present, on Wikinews.

A word form seen for the first time is worked out by `RuleTables.lemmas`, spaCy's own rules
step for step, with one difference: spaCy tests each candidate lemma against the list of
known words of its part of speech (57,000 verbs, 21,000 nouns) one by one, which made the
first sight of a word cost about 80 microseconds, half a second per 60 news articles; here
the list is a set.
"""
from __future__ import annotations

from spacy.attrs import LEMMA, MORPH, ORTH, POS
from spacy.pipeline import Lemmatizer

MAX_FORMS = 200_000  # kept word forms; past this the memo starts again (memory stays flat)


class LemmaMemo:
    """`pipe` and `__call__` for a rule-mode spaCy Lemmatizer, with the same results."""

    def __init__(self, lemmatizer) -> None:
        self.lemmatizer = lemmatizer
        self.lemma_of: dict[tuple[int, int, int], int] = {}  # (orth, pos, morph) -> lemma string id
        self.spacy_call = type(lemmatizer).__call__
        self.rules = RuleTables(lemmatizer)

    def __call__(self, doc):
        lemmatizer = self.lemmatizer
        if not lemmatizer._validated or not len(doc):
            return self.spacy_call(lemmatizer, doc)
        rows = doc.to_array([ORTH, POS, MORPH, LEMMA])
        lemmas = rows[:, 3].copy()
        overwrite = lemmatizer.overwrite
        lemma_of = self.lemma_of
        strings = doc.vocab.strings
        for i, (orth, pos, morph, lemma) in enumerate(rows.tolist()):
            if not overwrite and lemma != 0:
                continue
            key = (orth, pos, morph)
            found = lemma_of.get(key)
            if found is None:
                found = strings.add(self.rules.lemmas(doc[i])[0])
                if pos != 0:  # an empty part of speech warns in spaCy: leave it to spaCy each time
                    if len(lemma_of) >= MAX_FORMS:
                        lemma_of.clear()
                    lemma_of[key] = found
            lemmas[i] = found
        doc.from_array([LEMMA], lemmas)
        return doc

    def pipe(self, stream, *, batch_size: int = 128):
        for doc in stream:
            yield self(doc)


class RuleTables:
    """spaCy's `Lemmatizer.rule_lemmatize` with the known words of each part of speech in
    a set: the same lemmas (tested against spaCy's on every word of its tables). A
    lemmatizer in another mode, or whose class rewrites the rules, is asked itself."""

    def __init__(self, lemmatizer) -> None:
        self.lemmatizer = lemmatizer
        self.own_rules = type(lemmatizer).rule_lemmatize is Lemmatizer.rule_lemmatize
        self.tables: tuple = ()
        self.by_pos: dict[str, tuple] = {}

    def lemmas(self, token) -> list[str]:
        lemmatizer = self.lemmatizer
        if not self.own_rules or lemmatizer.lemmatize != lemmatizer.rule_lemmatize:
            return lemmatizer.lemmatize(token)
        univ_pos = token.pos_.lower()
        if univ_pos in ("", "eol", "space"):
            return lemmatizer.rule_lemmatize(token)  # spaCy warns of an empty part of speech
        string = token.text
        if lemmatizer.is_base_form(token):
            return [string.lower()]
        found = self._for_pos(univ_pos)
        if found is None:  # no table knows the part of speech
            return [string] if univ_pos == "propn" else [string.lower()]
        index, exceptions, rules = found
        # from here on, spaCy's rule_lemmatize as it is (spaCy 3.8), `index` a set
        orig = string
        string = string.lower()
        forms = []
        oov_forms = []
        for old, new in rules:
            if string.endswith(old):
                form = string[: len(string) - len(old)] + new
                if not form:
                    pass
                elif form in index or not form.isalpha():
                    if form in index:
                        forms.insert(0, form)
                    else:
                        forms.append(form)
                else:
                    oov_forms.append(form)
        forms = list(dict.fromkeys(forms))
        for form in exceptions.get(string, []):
            if form not in forms:
                forms.insert(0, form)
        if not forms:
            forms.extend(oov_forms)
        if not forms:
            forms.append(orig)
        return forms

    def _for_pos(self, univ_pos: str):
        """(known words as a set, exceptions, rules) of a part of speech, or None when no
        table has it; built again when the lemmatizer's tables are replaced."""
        lookups = self.lemmatizer.lookups
        tables = tuple(lookups.get_table(name, _NO_TABLE) for name in ("lemma_index", "lemma_exc", "lemma_rules"))
        if len(tables) != len(self.tables) or any(a is not b for a, b in zip(tables, self.tables)):
            self.tables, self.by_pos = tables, {}
        if univ_pos not in self.by_pos:
            index, exceptions, rules = (table.get(univ_pos) for table in tables)
            self.by_pos[univ_pos] = None if not any((index, exceptions, rules)) else (
                set(index or {}), exceptions or {}, rules or {})
        return self.by_pos[univ_pos]


_NO_TABLE: dict = {}


def speed_up(nlp) -> None:
    """Give the pipeline's rule lemmatizer (if any) the memo; other modes are left alone."""
    if "lemmatizer" not in nlp.pipe_names:
        return
    lemmatizer = nlp.get_pipe("lemmatizer")
    if getattr(lemmatizer, "mode", None) != "rule" or isinstance(getattr(lemmatizer.pipe, "__self__", None), LemmaMemo):
        return
    memo = LemmaMemo(lemmatizer)
    lemmatizer.pipe = memo.pipe  # nlp.pipe calls the component's pipe
