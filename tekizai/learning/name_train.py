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
import re
from dataclasses import dataclass
from pathlib import Path

import numpy as np

from tekizai.errors import ConfigError
from tekizai.learning.name_words import FAMILY_NAMES, NOT_NAMES
from tekizai.learning.name_words_ja import (
    JA_GIVEN_NAMES,
    JA_PREFIXES,
    JA_SUFFIXES,
    JA_WORDS,
    JA_WORDS_OF_THREE,
)
from tekizai.signals.name_lists import EN_GIVEN_NAMES, JA_SURNAMES
from tekizai.signals.name_shape import DIM, NameShape, features

# how much one of one's own words (``--data``) weighs against one of the project's lists: a customer's
# product line called "Kovrin Zaldek" must stop looking like a name among fifteen thousand others
OWN_WORD_WEIGHT = 30.0


@dataclass(frozen=True)
class Word:
    text: str
    name: bool
    weight: float = 1.0


def default_words() -> list[Word]:
    names = {w for w in EN_GIVEN_NAMES | FAMILY_NAMES if w.isalpha()} | japanese_names()
    others = set(NOT_NAMES) | japanese_compounds()
    both = names & others
    return sorted(
        [Word(w, True) for w in names - both] + [Word(w, False) for w in others - both],
        key=lambda w: (w.text, w.name),
    )


_KANJI_ONLY = re.compile(r"[\u4e00-\u9fff々]+")
# what follows a family name in a firm's name, not a person's: 佐藤商事, 田中工務店
_FIRM_WORDS = "商事 工業 建設 産業 銀行 病院 商店 製作所 電機 物産 工務店 不動産 運輸 興業 印刷 食品 薬局 医院 書店 酒造".split()


def japanese_names(count: int = 3000, seed: int = 11) -> set[str]:
    """Full names: a listed family name of two or three kanji and a given name in kanji."""
    r = random.Random(seed)
    families = sorted(s for s in JA_SURNAMES if len(s) >= 2)
    given = sorted(g for g in JA_GIVEN_NAMES if _KANJI_ONLY.fullmatch(g))
    return {r.choice(families) + r.choice(given) for _ in range(count)}


def japanese_compounds(count: int = 3000, seed: int = 13) -> set[str]:
    """Runs of kanji that are not names: two common words (会議資料), a word and a suffix (担当者), a
    prefix and a word (最南端), two words and a suffix, a family name with a firm's word (佐藤商事),
    and common words of three kanji (日本人, 司令官)."""
    r = random.Random(seed)
    words = sorted(JA_WORDS)
    families = sorted(s for s in JA_SURNAMES if len(s) >= 2)
    out: set[str] = set(JA_WORDS_OF_THREE)
    for i in range(count):
        kind = i % 10
        if kind < 4:
            out.add(r.choice(words) + r.choice(words))
        elif kind < 6:
            out.add(r.choice(words) + r.choice(JA_SUFFIXES))
        elif kind < 7:
            out.add(r.choice(JA_PREFIXES) + r.choice(words))
        elif kind < 9:
            out.add(r.choice(words) + r.choice(words) + r.choice(JA_SUFFIXES))
        else:
            out.add(r.choice(families) + r.choice(_FIRM_WORDS))
    return out


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
        words.append(Word(row["word"].strip(), row["name"], OWN_WORD_WEIGHT))
    return words


def merge(base: list[Word], extra: list[Word]) -> list[Word]:
    """The extra words override the base ones they repeat (one's own label wins)."""
    words = {w.text: w for w in base}
    words.update({w.text: w for w in extra})
    return [words[t] for t in sorted(words)]


def fit(words: list[Word], l2: float = 1e-4, epochs: int = 300, rate: float = 0.05) -> NameShape:
    """Logistic regression, full-batch Adam: deterministic. Both classes weigh the same within each
    script (Latin letters, kanji): the lists hold more Latin names than Latin words, and a table
    weighted only by class overall would take common words for names more often as the name lists
    grow."""
    rows = [features(w.text) for w in words]
    row_of = np.repeat(np.arange(len(rows)), [len(r) for r in rows])
    slots = np.concatenate([np.asarray(r, dtype=np.int64) for r in rows])
    y = np.array([w.name for w in words], dtype=np.float64)
    positives = y.sum()
    if not 0 < positives < len(y):
        raise ConfigError("training needs words of both kinds, names and not")
    cell = np.array([2 * bool(_KANJI_ONLY.search(w.text)) + w.name for w in words])
    counts = np.bincount(cell, minlength=4)
    weight = len(y) / (np.count_nonzero(counts) * counts[cell]) * np.array([w.weight for w in words])
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
    taken: dict[tuple[str, bool], list[bool]] = {}
    for k in range(folds):
        test = set(order[k::folds])
        model = fit([w for i, w in enumerate(words) if i not in test])
        held = [words[i] for i in sorted(test)]
        names = [model.probability(w.text) >= 0.5 for w in held if w.name]
        others = [model.probability(w.text) >= 0.5 for w in held if not w.name]
        for w in held:
            script = "Japanese" if _KANJI_ONLY.search(w.text) else "Latin"
            taken.setdefault((script, w.name), []).append(model.probability(w.text) >= 0.5)
        lines.append(
            f"  fold {k + 1}: names taken {sum(names)}/{len(names)}, other words taken {sum(others)}/{len(others)}"
        )
    for script in ("Latin", "Japanese"):
        names, others = taken.get((script, True), []), taken.get((script, False), [])
        if names and others:
            lines.append(
                f"  all held out, {script}: names taken {sum(names) / len(names):.3f} of {len(names)}, "
                f"other words taken {sum(others) / len(others):.3f} of {len(others)}"
            )
    return lines
