"""Train the name-shape table on words labelled name or not, and measure it on words it did not see.

    tekizai train names --out tekizai/signals/name_shape.json [--data words.jsonl] [--folds 5]

The default examples are the project's own lists: given names (``signals/name_lists.py``) and family
names (``learning/name_words.py``) against common words, places, firms and products. ``--data`` adds
lines of ``{"word": "Adeyemi", "name": true}``: the names of one's own customers and staff, or words
one's prompts use that the table takes for names. A word on both sides is left out (Jordan, Virginia).
"""

from __future__ import annotations

import json
import random
from dataclasses import dataclass
from pathlib import Path

import numpy as np

from tekizai.errors import ConfigError
from tekizai.learning.name_words import FAMILY_NAMES, NOT_NAMES
from tekizai.signals.name_lists import EN_GIVEN_NAMES
from tekizai.signals.name_shape import DIM, NameShape, features


@dataclass(frozen=True)
class Word:
    text: str
    name: bool


def default_words() -> list[Word]:
    names = {w for w in EN_GIVEN_NAMES | FAMILY_NAMES if w.isalpha()}
    others = set(NOT_NAMES)
    both = names & others
    return sorted(
        [Word(w, True) for w in names - both] + [Word(w, False) for w in others - both],
        key=lambda w: (w.text, w.name),
    )


def read_words(path: Path) -> list[Word]:
    words = []
    for number, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1):
        if not line.strip():
            continue
        try:
            row = json.loads(line)
        except ValueError as e:
            raise ConfigError(f"{path}:{number}: {e}") from e
        if (
            not isinstance(row, dict)
            or not isinstance(row.get("word"), str)
            or not isinstance(row.get("name"), bool)
        ):
            raise ConfigError(f'{path}:{number}: a line is {{"word": "...", "name": true|false}}')
        words.append(Word(row["word"].strip(), row["name"]))
    return words


def merge(base: list[Word], extra: list[Word]) -> list[Word]:
    """The extra words override the base ones they repeat (one's own label wins)."""
    labels = {w.text: w.name for w in base}
    labels.update({w.text: w.name for w in extra})
    return [Word(t, n) for t, n in sorted(labels.items())]


def fit(words: list[Word], l2: float = 1e-4, epochs: int = 300, rate: float = 0.05) -> NameShape:
    """Logistic regression, both classes weighted equally, full-batch Adam: deterministic."""
    rows = [features(w.text) for w in words]
    row_of = np.repeat(np.arange(len(rows)), [len(r) for r in rows])
    slots = np.concatenate([np.asarray(r, dtype=np.int64) for r in rows])
    y = np.array([w.name for w in words], dtype=np.float64)
    positives = y.sum()
    if not 0 < positives < len(y):
        raise ConfigError("training needs words of both kinds, names and not")
    weight = np.where(y == 1, len(y) / (2 * positives), len(y) / (2 * (len(y) - positives)))
    w, b = np.zeros(DIM), 0.0
    m, v = np.zeros(DIM + 1), np.zeros(DIM + 1)
    beta1, beta2, eps = 0.9, 0.999, 1e-8
    for step in range(1, epochs + 1):
        z = b + np.bincount(row_of, weights=w[slots], minlength=len(rows))
        error = (1.0 / (1.0 + np.exp(-z)) - y) * weight / len(y)
        grad = np.append(np.bincount(slots, weights=error[row_of], minlength=DIM) + l2 * w, error.sum())
        m = beta1 * m + (1 - beta1) * grad
        v = beta2 * v + (1 - beta2) * grad * grad
        update = rate * (m / (1 - beta1**step)) / (np.sqrt(v / (1 - beta2**step)) + eps)
        w -= update[:DIM]
        b -= float(update[DIM])
    return NameShape([float(x) for x in w.astype(np.float32)], float(np.float32(b)))


def cross_validate(words: list[Word], folds: int = 5, seed: int = 7) -> list[str]:
    """Held-out words per fold: how many names score >= 0.5, and how many other words do."""
    order = list(range(len(words)))
    random.Random(seed).shuffle(order)
    lines = []
    hit = miss = false = true = 0
    for k in range(folds):
        test = set(order[k::folds])
        model = fit([w for i, w in enumerate(words) if i not in test])
        held = [words[i] for i in sorted(test)]
        names = [model.probability(w.text) >= 0.5 for w in held if w.name]
        others = [model.probability(w.text) >= 0.5 for w in held if not w.name]
        hit, miss = hit + sum(names), miss + len(names) - sum(names)
        false, true = false + sum(others), true + len(others) - sum(others)
        lines.append(
            f"  fold {k + 1}: names taken {sum(names)}/{len(names)}, other words taken {sum(others)}/{len(others)}"
        )
    lines.append(
        f"  all held out: names taken {hit / (hit + miss):.3f}, other words taken {false / (false + true):.3f}"
    )
    return lines
