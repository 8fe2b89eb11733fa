"""Prompt features for the learned signals: hashed words and character pairs, plus a few counts.

Hashing (CRC-32, stable across processes and machines) keeps a model a fixed-size array with no
vocabulary to ship. Latin-script text gives lower-cased words and word pairs; Japanese, Chinese and
Korean text, which has no spaces, gives character pairs. The dense features carry what the rule-based
signals already know: length, language, the rule task, listed options, a yes/no framing.
"""

from __future__ import annotations

import math
import re
import zlib
from dataclasses import dataclass

import numpy as np

from tekizai.signals.labels import TASKS

DIM = 1 << 15
_WORD = re.compile(r"[a-z0-9_']+")
# a number reads as the one digit 0 ("12 people", "1,050円", "６日" alike), and within Japanese it
# stays in the run, so that 0人, 0回, 0円 are pairs a model can learn from
_NUMBER = re.compile(r"[0-9０-９]+(?:[.,][0-9０-９]+)*")
_CJK_RUN = re.compile(r"[0\u3040-\u30ff\u3400-\u9fff\uac00-\ud7af]+")
# how a request ends: the last characters before its closing punctuation (…は何回, …いくら, …英語で)
_ENDING = re.compile(r"(\w{1,3})\W*$")
# the two or three characters before a Japanese request's ending: 要約|して, 翻訳|して, 分類|して
_JA_REQUEST = re.compile(
    r"([\u3040-\u30ff\u4e00-\u9fff]{2})(?:を|に|で)?(?:して|してください|してほしい|して下さい|してくれ|して。|する)"
)
_OPTIONS = re.compile(r"(?m)^\s*(?:\d+[.)]|[A-Ea-e][.)]|[-•])\s+\S")
# the length of a short request's word vector (about 16 words and pairs): longer prompts are scaled
# down to it. 4 rather than 3 or 5 (session 6): at 5, templated classification prompts went to their
# embedded question; at 3, written requests lost 0.01-0.03
_WORDS_NORM = 4.0
_LANGS = ("en", "ja", "zh", "ko", "mixed")
# dense features sit in the last slots of the vector, past the hashed ones
_DENSE = ["bias", "log_length", "options", *(f"lang:{x}" for x in _LANGS), *(f"task:{t}" for t in TASKS)]
FEATURES = DIM + len(_DENSE)


def _slot(token: str) -> int:
    return zlib.crc32(token.encode("utf-8")) & (DIM - 1)


@dataclass(frozen=True)
class Row:
    """One prompt's features: hashed slots with counts (sparse), as index and value arrays."""

    indices: np.ndarray  # int64
    values: np.ndarray  # float32


def featurize(text: str, language: str | None, task: str | None, edge: int = 2000) -> Row:
    """Features of ``text`` (its first and last ``edge`` characters: the instruction's places)."""
    body = text if len(text) <= 2 * edge else text[:edge] + "\n" + text[-edge:]
    body = _NUMBER.sub("0", body)
    lowered = body.lower()
    counts: dict[int, float] = {}
    words = _WORD.findall(lowered)
    for i, word in enumerate(words):
        counts[_slot(word)] = counts.get(_slot(word), 0.0) + 1.0
        if i:
            pair = _slot(words[i - 1] + " " + word)
            counts[pair] = counts.get(pair, 0.0) + 1.0
    for run in _CJK_RUN.findall(body):
        for a, b in zip(run, run[1:], strict=False):
            slot = _slot(a + b)
            counts[slot] = counts.get(slot, 0.0) + 1.0
    # where the request's own verb stands: the first two words of an English request ("summarize
    # the", "could you"), the words before a Japanese request's closing (…を要約して, …に訳して)
    if words:
        counts[_slot("^" + " ".join(words[:2]))] = 1.0
        counts[_slot("^" + words[0])] = 1.0
    ending = _ENDING.search(lowered[-12:])
    if ending and _CJK_RUN.match(ending.group(1)[-1]):
        counts[_slot("$end " + ending.group(1))] = 1.0
        counts[_slot("$end " + ending.group(1)[-1])] = 1.0
    for verb in _JA_REQUEST.findall(body):
        counts[_slot("$" + verb)] = counts.get(_slot("$" + verb), 0.0) + 1.0
    # counts damped, so a long prompt does not outweigh by sheer repetition
    hashed = {slot: 1.0 + math.log(c) for slot, c in counts.items()}
    # and the words together no longer than a short request's: the material of a long prompt (code, a
    # passage, a question to be labelled) cannot outvote the dense features, the cue rules' guess
    norm = math.sqrt(sum(v * v for v in hashed.values()))
    if norm > _WORDS_NORM:
        hashed = {slot: v * _WORDS_NORM / norm for slot, v in hashed.items()}
    dense = {
        "bias": 1.0,
        "log_length": math.log10(max(len(text), 10)) - 2.5,
        "options": min(len(_OPTIONS.findall(text)), 10) / 5,
        f"lang:{language}": 1.0,
        f"task:{task}": 1.0,
    }
    for name, value in dense.items():
        if name in _DENSE:
            hashed[DIM + _DENSE.index(name)] = value
    slots = np.fromiter(hashed.keys(), dtype=np.int64, count=len(hashed))
    values = np.fromiter(hashed.values(), dtype=np.float32, count=len(hashed))
    order = np.argsort(slots)
    return Row(slots[order], values[order])


@dataclass(frozen=True)
class Matrix:
    """Rows stacked as compressed sparse rows: what the logistic regression multiplies."""

    indices: np.ndarray
    values: np.ndarray
    starts: np.ndarray  # where each row begins in indices/values; one more entry than rows

    @classmethod
    def of(cls, rows: list[Row]) -> Matrix:
        lengths = np.array([len(r.indices) for r in rows], dtype=np.int64)
        starts = np.concatenate([[0], np.cumsum(lengths)])
        return cls(
            np.concatenate([r.indices for r in rows]) if rows else np.zeros(0, np.int64),
            np.concatenate([r.values for r in rows]) if rows else np.zeros(0, np.float32),
            starts,
        )

    @property
    def rows(self) -> int:
        return len(self.starts) - 1

    def take(self, which: np.ndarray) -> Matrix:
        rows = [
            Row(
                self.indices[self.starts[i] : self.starts[i + 1]],
                self.values[self.starts[i] : self.starts[i + 1]],
            )
            for i in which
        ]
        return Matrix.of(rows)

    def dot(self, weights: np.ndarray) -> np.ndarray:
        """X @ W for W of shape (FEATURES, K): shape (rows, K)."""
        products = self.values[:, None] * weights[self.indices]
        sums = np.add.reduceat(products, self.starts[:-1], axis=0) if len(products) else products
        return sums

    def tdot(self, gradient: np.ndarray) -> np.ndarray:
        """X.T @ G for G of shape (rows, K): shape (FEATURES, K)."""
        lengths = np.diff(self.starts)
        spread = np.repeat(gradient, lengths, axis=0) * self.values[:, None]
        out = np.zeros((FEATURES, gradient.shape[1]), dtype=np.float64)
        for k in range(gradient.shape[1]):
            out[:, k] = np.bincount(self.indices, weights=spread[:, k], minlength=FEATURES)
        return out
