"""Train the PLOVER event-type classifier that `tacitus.learn.event_types` loads.

    python -m tacitus.learn.train_events STORIES.csv [--out tacitus/learn/event_types.npz]

STORIES.csv is the NGEC synthetic-story file (Halterman 2023, MIT;
`gpt_synthetic_events_2023-10-19_19.csv`: 4,500 short stories, each written about one
PLOVER type, column `label`). The measurement fifth — stories whose UTF-8 text has a
SHA-1 digest whose first byte is divisible by 5 — is never used here: it is kept to
measure. Each remaining story gives several examples with its label: its headline
and each of its first sentences alone (real articles are long, and the classifier is
applied sentence by sentence to their lead), parsed by the same spaCy pipeline as
Tacitus (`tacitus.nlp.load`). The result is deterministic for a given input and model.
"""
from __future__ import annotations

import argparse
import csv
import sys
from collections import Counter
from dataclasses import dataclass
from pathlib import Path

from tacitus.evaluate.synthetic import in_fifth as in_measurement_fifth
from tacitus.learn import linear
from tacitus.learn.features import sentence_features

OUT = Path(__file__).with_name("event_types.npz")
LEAD_CHARS = 700  # the stories' first paragraph or two: where the event is stated
LEAD_SENTENCES = 3
STEPS, L2, MIN_COUNT = 200, 1e-4, 2


@dataclass
class Story:
    text: str
    headline: str
    label: str


def read_stories(path: Path) -> list[Story]:
    csv.field_size_limit(10**8)
    with open(path, encoding="utf-8", newline="") as handle:
        rows = list(csv.DictReader(handle))
    stories = []
    for row in rows:
        text, label = (row.get("text") or "").strip(), (row.get("label") or "").strip().upper()
        if text and label:
            headline = (row.get("prompt") or row.get("title") or "").strip().split("\n")[0]
            stories.append(Story(row["text"], headline, label))
    return stories


def lead(text: str, limit: int = LEAD_CHARS) -> str:
    """The start of a story, cut at the end of a paragraph or sentence past `limit`."""
    text = text.strip()
    if len(text) <= limit:
        return text
    cut = min((i for i in (text.find("\n", limit), text.find(". ", limit)) if i != -1), default=len(text))
    return text[:cut + 1]


def parse(nlp, stories: list[Story], batch_size: int = 32, cache: Path | None = None):
    """(headline Doc, lead Doc) for each story. With `cache`, the parses are read from that
    file when it holds these very texts, and written to it otherwise (parsing is the slow part)."""
    texts = [t for s in stories for t in (s.headline or ".", lead(s.text))]
    docs = _cached(nlp, texts, cache) if cache else None
    if docs is None:
        docs = list(nlp.pipe(texts, batch_size=batch_size))
        if cache:
            from spacy.tokens import DocBin

            DocBin(docs=docs).to_disk(cache)
    return list(zip(docs[0::2], docs[1::2]))


def _cached(nlp, texts: list[str], cache: Path):
    from spacy.tokens import DocBin

    if not cache.is_file():
        return None
    docs = list(DocBin().from_disk(cache).get_docs(nlp.vocab))
    return docs if [d.text for d in docs] == texts else None


def examples(parsed, labels: list[str], sentences: int = LEAD_SENTENCES):
    """(feature lists, labels): a story's headline and each of its first sentences."""
    features, targets = [], []
    for (headline, body), label in zip(parsed, labels):
        units = [headline[:]] + [s for s in body.sents if any(t.is_alpha for t in s)][:sentences]
        for unit in units:
            feats = sentence_features(unit)
            if feats:
                features.append(feats)
                targets.append(label)
    return features, targets


def train(parsed, labels: list[str]) -> linear.Model:
    features, targets = examples(parsed, labels)
    # every type weighs alike: the stories hold six times more CONCEDE than AID,
    # and news is not distributed as the stories are
    counts = Counter(targets)
    weights = [1.0 / counts[t] for t in targets]
    return linear.fit(features, targets, min_count=MIN_COUNT, l2=L2, steps=STEPS, sample_weights=weights)


def main(argv=None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("stories", type=Path, help="the NGEC synthetic-story CSV")
    parser.add_argument("--out", type=Path, default=OUT)
    parser.add_argument("--cache", type=Path, default=None,
                        help="a file to keep the parsed stories in between runs (spaCy DocBin)")
    args = parser.parse_args(argv)
    from tacitus import nlp as nlp_mod

    if not args.stories.is_file():
        print(f"train_events: {args.stories}: no such file", file=sys.stderr)
        return 1
    stories = [s for s in read_stories(args.stories) if not in_measurement_fifth(s.text)]
    if not stories:
        print(f"train_events: {args.stories}: no labelled stories (columns text, label)", file=sys.stderr)
        return 1
    parsed = parse(nlp_mod.load(), stories, cache=args.cache)
    model = train(parsed, [s.label for s in stories])
    model.save(args.out)
    print(f"{len(stories)} stories, {len(model.index)} features, {len(model.labels)} types -> {args.out}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
