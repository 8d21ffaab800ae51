"""The committed PLOVER event-type classifier: which of the 16 types a sentence states.

Trained by `python -m tacitus.learn.train_events` (see there) and stored beside this
module as `event_types.npz`; loaded once, from the package. It knows only the 16 types,
never "no event": whether a sentence states an event at all is the rules' call, or a
threshold on its probability (see tacitus/extract/event_classifier.py).
"""
from __future__ import annotations

import functools
from dataclasses import dataclass
from pathlib import Path
from typing import Optional

from tacitus.learn.features import NAME_LABELS, role_word, sentence_features
from tacitus.learn.linear import Model

MODEL_FILE = Path(__file__).with_name("event_types.npz")


@dataclass
class Prediction:
    type: str
    probability: float
    ranking: list[tuple[str, float]]  # every type, most probable first

    def probability_of(self, type_: str) -> float:
        return dict(self.ranking).get(type_, 0.0)


@functools.lru_cache(maxsize=2)
def model(path: Path = MODEL_FILE) -> Optional[Model]:
    """The trained model, or None when the file is absent (then nothing is classified)."""
    return Model.load(path) if path.is_file() else None


def classify(span, path: Path = MODEL_FILE) -> Optional[Prediction]:
    """The most probable PLOVER type of a sentence (a spaCy Span), with every type's probability."""
    trained = model(path)
    if trained is None:
        return None
    probs = trained.probabilities(sentence_features(span))
    ranking = sorted(zip(trained.labels, (float(p) for p in probs)), key=lambda kv: -kv[1])
    return Prediction(ranking[0][0], ranking[0][1], ranking)


def evidence_word(span, type_: str, path: Path = MODEL_FILE):
    """The word of `span` that speaks most for `type_` (the learned trigger), or None: a verb
    when one speaks for it, else a noun. A word's voice is the weight its own features
    (its lemma; as a verb also its passive and its object) give the type above their
    mean over all types."""
    trained = model(path)
    if trained is None or type_ not in trained.labels:
        return None
    column = trained.labels.index(type_)
    best = {}
    for tok in span:
        if tok.pos_ not in ("VERB", "NOUN") or tok.ent_type_ in NAME_LABELS or not tok.is_alpha:
            continue
        lemma = tok.lemma_.lower()
        names = [f"w:{lemma}"]
        if tok.pos_ == "VERB":
            names += [f"v:{lemma}", f"pass:{lemma}"] + [f"vo:{lemma}>{role_word(c)}" for c in tok.children
                                                      if c.dep_ == "dobj"]
        rows = [trained.index[n] for n in names if n in trained.index]
        if not rows:
            continue
        weights = trained.weights[rows]
        voice = float((weights[:, column] - weights.mean(axis=1)).sum())
        if voice > best.get(tok.pos_, (None, 0.0))[1]:
            best[tok.pos_] = (tok, voice)
    return (best.get("VERB") or best.get("NOUN") or (None, 0.0))[0]

