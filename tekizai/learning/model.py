"""A multinomial logistic regression over ``features``: trained with Adam, saved as one JSON file.

Small enough to train in seconds on thousands of prompts and to apply in tens of microseconds; its
file holds the labels, the weights (float32, base64) and the feature version it was trained with.
"""

from __future__ import annotations

import base64
import json
from dataclasses import dataclass
from pathlib import Path

import numpy as np

from tekizai.errors import ConfigError
from tekizai.learning.features import FEATURES, Matrix, Row

# 2: request-verb features (the first words, the Japanese closing); 3: numbers read as one digit, the
# ending of a Japanese request, the word vector scaled to a short request's length
FORMAT = "tekizai-logreg-3"


def _softmax(z: np.ndarray) -> np.ndarray:
    z = z - z.max(axis=1, keepdims=True)
    e = np.exp(z)
    return e / e.sum(axis=1, keepdims=True)


@dataclass
class LogisticModel:
    signal: str  # "task" or "complexity"
    labels: list[str]
    weights: np.ndarray  # (FEATURES, len(labels)), float32

    @classmethod
    def fit(
        cls,
        signal: str,
        X: Matrix,
        y: list[str],
        labels: list[str] | None = None,
        l2: float = 1e-2,
        epochs: int = 150,
        rate: float = 0.05,
    ) -> LogisticModel:
        labels = labels or sorted(set(y))
        index = {label: i for i, label in enumerate(labels)}
        target = np.zeros((X.rows, len(labels)))
        target[np.arange(X.rows), [index[v] for v in y]] = 1.0
        w = np.zeros((FEATURES, len(labels)))
        m, v = np.zeros_like(w), np.zeros_like(w)
        beta1, beta2, eps = 0.9, 0.999, 1e-8
        for step in range(1, epochs + 1):
            p = _softmax(X.dot(w))
            grad = X.tdot(p - target) / X.rows + l2 * w
            m = beta1 * m + (1 - beta1) * grad
            v = beta2 * v + (1 - beta2) * grad * grad
            w -= rate * (m / (1 - beta1**step)) / (np.sqrt(v / (1 - beta2**step)) + eps)
        return cls(signal, labels, w.astype(np.float32))

    def probabilities(self, row: Row) -> np.ndarray:
        z = row.values @ self.weights[row.indices]
        z = z - z.max()
        e = np.exp(z)
        return e / e.sum()

    def predict(self, row: Row) -> str:
        return self.labels[int(np.argmax(self.probabilities(row)))]

    def probability(self, row: Row, label: str) -> float:
        return float(self.probabilities(row)[self.labels.index(label)])

    # -- file ------------------------------------------------------------------------------------

    def save(self, path: Path) -> None:
        body = {
            "format": FORMAT,
            "signal": self.signal,
            "labels": self.labels,
            "features": FEATURES,
            "weights": base64.b64encode(self.weights.astype("<f4").tobytes()).decode("ascii"),
        }
        path.write_text(json.dumps(body), encoding="utf-8")

    @classmethod
    def load(cls, path: Path, signal: str) -> LogisticModel:
        try:
            body = json.loads(path.read_text(encoding="utf-8"))
        except (OSError, ValueError) as e:
            raise ConfigError(f"{path}: cannot read a trained model: {e}") from e
        if body.get("format") != FORMAT or body.get("features") != FEATURES:
            raise ConfigError(f"{path}: not a {FORMAT} model with {FEATURES} features; retrain it")
        if body.get("signal") != signal:
            raise ConfigError(f"{path}: a {body.get('signal')!r} model, not {signal!r}")
        weights = np.frombuffer(base64.b64decode(body["weights"]), dtype="<f4")
        return cls(signal, list(body["labels"]), weights.reshape(FEATURES, len(body["labels"])).copy())
