"""Docs built by hand, as spaCy's own tests build them: each word with its lemma, part of
speech, tag, dependency, head and entity, so a rule is tested on exactly the parse it is
written for. No model runs: a model upgrade that parses a sentence differently moves the
end-to-end tests, not these.

    doc = parse('''
        Marovia   Marovia  PROPN NNP nsubj 1 B-GPE
        shelled   shell    VERB  VBD ROOT  1
        Tellburg  Tellburg PROPN NNP dobj  1 B-GPE
        .         .        PUNCT .   punct 1
    ''')

Columns: word, lemma, pos, tag, dep, head (the index of the head word; a root is its own
head), and an optional IOB entity tag (B-GPE, I-GPE; O when left out). A word is followed
by a space unless the next one is punctuation.
"""
from __future__ import annotations

from spacy.lang.en import English
from spacy.tokens import Doc

VOCAB = English().vocab  # English lexical attributes (lower_, is_alpha, like_num), no model
NO_SPACE_BEFORE = {".", ",", ";", ":", "!", "?", "'s", "n't", ")", "'"}


def parse(table: str) -> Doc:
    rows = [line.split() for line in table.strip().splitlines() if line.strip()]
    for n, row in enumerate(rows):
        if len(row) not in (6, 7):
            raise ValueError(f"row {n}: expected word lemma pos tag dep head [entity], got {row}")
    words = [r[0] for r in rows]
    spaces = [i + 1 < len(words) and words[i + 1] not in NO_SPACE_BEFORE for i in range(len(words))]
    return Doc(VOCAB, words=words, spaces=spaces, lemmas=[r[1] for r in rows], pos=[r[2] for r in rows],
               tags=[r[3] for r in rows], deps=[r[4] for r in rows], heads=[int(r[5]) for r in rows],
               ents=[r[6] if len(r) == 7 else "O" for r in rows])


def word(doc: Doc, text: str, nth: int = 0):
    """The `nth` token whose text is `text`."""
    found = [t for t in doc if t.text == text]
    return found[nth]
