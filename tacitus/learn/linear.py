"""Softmax (multinomial logistic) regression over string features, in numpy.

Deterministic: full-batch Adam from zero weights in float64, a fixed number of steps,
no sampling. Each example is a set of feature strings, weighted 1/sqrt(n) so that a
one-line sentence and a three-sentence lead weigh alike. Saved as a compressed .npz
(labels, feature strings, float16 weights): a few hundred kilobytes.
"""
from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

import numpy as np


@dataclass
class Model:
    labels: list[str]
    index: dict[str, int]  # feature string -> row of `weights`
    weights: np.ndarray  # (features, labels)
    bias: np.ndarray  # (labels,)

    def scores(self, features: list[str]) -> np.ndarray:
        rows = [self.index[f] for f in dict.fromkeys(features) if f in self.index]
        out = self.bias.astype(np.float64)
        if rows:
            out = out + self.weights[rows].sum(axis=0, dtype=np.float64) / np.sqrt(len(rows))
        return out

    def probabilities(self, features: list[str]) -> np.ndarray:
        return _softmax(self.scores(features)[None, :])[0]

    def save(self, path: Path) -> None:
        names = sorted(self.index, key=self.index.get)
        np.savez_compressed(path, labels=np.array(self.labels), features=np.array(names),
                            weights=self.weights.astype(np.float16), bias=self.bias.astype(np.float32))

    @classmethod
    def load(cls, path: Path) -> "Model":
        with np.load(path, allow_pickle=False) as data:
            labels = [str(x) for x in data["labels"]]
            names = [str(x) for x in data["features"]]
            weights = data["weights"].astype(np.float32)
            bias = data["bias"].astype(np.float32)
        return cls(labels, {n: i for i, n in enumerate(names)}, weights, bias)


def fit(examples: list[list[str]], targets: list[str], *, min_count: int = 2, l2: float = 1e-4,
        steps: int = 300, rate: float = 0.05, sample_weights: list[float] | None = None) -> Model:
    """Train on feature lists and their labels; features seen in fewer than `min_count`
    examples are dropped."""
    labels = sorted(set(targets))
    counts: dict[str, int] = {}
    for feats in examples:
        for f in set(feats):
            counts[f] = counts.get(f, 0) + 1
    names = sorted(f for f, c in counts.items() if c >= min_count)
    index = {f: i for i, f in enumerate(names)}
    rows, cols, vals = [], [], []
    for r, feats in enumerate(examples):
        kept = [index[f] for f in dict.fromkeys(feats) if f in index]
        rows += [r] * len(kept)
        cols += kept
        vals += [1.0 / np.sqrt(len(kept))] * len(kept) if kept else []
    rows, cols, vals = np.array(rows, dtype=np.int64), np.array(cols, dtype=np.int64), np.array(vals)
    n, k = len(examples), len(labels)
    y = np.zeros((n, k))
    y[np.arange(n), [labels.index(t) for t in targets]] = 1.0
    sw = np.ones(n) if sample_weights is None else np.asarray(sample_weights, dtype=np.float64)
    sw = sw / sw.sum()
    # the gradient over the features: contributions sorted by feature, summed per run
    order = np.argsort(cols, kind="stable")
    sorted_cols = cols[order]
    starts = np.flatnonzero(np.r_[True, sorted_cols[1:] != sorted_cols[:-1]]) if len(cols) else np.array([], int)
    present = sorted_cols[starts]
    W = np.zeros((len(names), k))
    b = np.zeros(k)
    mw, vw, mb, vb = np.zeros_like(W), np.zeros_like(W), np.zeros_like(b), np.zeros_like(b)
    beta1, beta2, eps = 0.9, 0.999, 1e-8
    for step in range(1, steps + 1):
        logits = _row_sums(W[cols] * vals[:, None], rows, n) + b
        g = (_softmax(logits) - y) * sw[:, None]  # d loss / d logits
        gW = np.zeros_like(W)
        if len(cols):
            gW[present] = np.add.reduceat((g[rows] * vals[:, None])[order], starts, axis=0)
        gW += l2 * W
        gb = g.sum(axis=0)
        for p, gp, m, v in ((W, gW, mw, vw), (b, gb, mb, vb)):
            m *= beta1
            m += (1 - beta1) * gp
            v *= beta2
            v += (1 - beta2) * gp * gp
            p -= rate * (m / (1 - beta1 ** step)) / (np.sqrt(v / (1 - beta2 ** step)) + eps)
    return Model(labels, index, W.astype(np.float32), b.astype(np.float32))


def _row_sums(values: np.ndarray, rows: np.ndarray, n: int) -> np.ndarray:
    out = np.zeros((n, values.shape[1]))
    if len(rows):
        starts = np.flatnonzero(np.r_[True, rows[1:] != rows[:-1]])
        out[rows[starts]] = np.add.reduceat(values, starts, axis=0)
    return out


def _softmax(z: np.ndarray) -> np.ndarray:
    z = z - z.max(axis=1, keepdims=True)
    e = np.exp(z)
    return e / e.sum(axis=1, keepdims=True)
