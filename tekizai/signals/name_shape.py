"""How much a word is spelled like a personal name: a logistic model over its letter n-grams.

The name lists know the common names; people are also called Liberšar, Adeyemi-Okafor or Järvilehto.
Endings and letter runs say much (-sson, -ski, -ova, -ić, -ez, -oglu against -tion, -ness, -ing), so
a word's 2-, 3- and 4-letter pieces (accents aside, case aside, with its edges marked: ^mo, ova$) are
hashed into a fixed table of weights, summed and squashed to a probability. The table is trained by
``tekizai train names`` on the project's own word lists (``learning/name_words.py``) and shipped as
``name_shape.json``. It judges spelling only: a city can look like a surname; ``names.py`` decides
whether the text around is personal.
"""

from __future__ import annotations

import base64
import json
import math
import re
import unicodedata
import zlib
from functools import cache, lru_cache
from pathlib import Path

from tekizai.errors import ConfigError

DIM = 1 << 14
FORMAT = "tekizai-name-shape-1"
DEFAULT_MODEL = Path(__file__).with_name("name_shape.json")

_LATIN = str.maketrans({"ø": "o", "Ø": "O", "æ": "ae", "Æ": "Ae", "ð": "d", "Ð": "D", "þ": "th",
                        "Þ": "Th", "ł": "l", "Ł": "L", "ß": "ss", "đ": "d", "Đ": "D"})  # fmt: skip


@lru_cache(maxsize=16384)
def plain(word: str) -> str:
    """The word in unaccented Latin letters: Søren -> Soren, Željko -> Zeljko, Łukasz -> Lukasz."""
    decomposed = unicodedata.normalize("NFKD", word.translate(_LATIN))
    return "".join(c for c in decomposed if not unicodedata.combining(c))


_KANJI = re.compile(r"[\u4e00-\u9fff々]")


def _slot(piece: str) -> int:
    return zlib.crc32(piece.encode()) & (DIM - 1)


def features(word: str) -> list[int]:
    """Hashed slots of the word's letter 2-, 3- and 4-grams, with its edges marked; for a run of
    kanji (a Japanese full name or not: 轟木隼人, 会議資料), its characters by place from either end,
    its character pairs and its length."""
    if _KANJI.search(word):
        w = "".join(word.split())
        pieces = [f"j{len(w)}", f"j^{w[0]}", f"j^^{w[:2]}", f"j${w[-1]}", f"j$${w[-2:]}", f"j-2{w[-2:-1]}"]
        pieces += [f"j:{w[i : i + 2]}" for i in range(len(w) - 1)] + [f"j.{c}" for c in w]
        return [_slot(p) for p in pieces]
    w = f"^{plain(word).lower()}$"
    return [_slot(w[i : i + n]) for n in (2, 3, 4) for i in range(len(w) - n + 1)]


class NameShape:
    """A trained table: ``probability(word)`` that the word is a personal name, by its spelling."""

    def __init__(self, weights: list[float], bias: float) -> None:
        if len(weights) != DIM:
            raise ConfigError(f"a name-shape table holds {DIM} weights, not {len(weights)}")
        self.weights = weights
        self.bias = bias
        self.probability = lru_cache(maxsize=16384)(self._probability)

    def _probability(self, word: str) -> float:
        z = self.bias + sum(self.weights[slot] for slot in features(word))
        return 1.0 / (1.0 + math.exp(-max(-30.0, min(30.0, z))))

    def save(self, path: Path) -> None:
        import numpy as np

        packed = base64.b64encode(np.asarray(self.weights, dtype="<f4").tobytes()).decode("ascii")
        body = {"format": FORMAT, "dim": DIM, "bias": self.bias, "weights": packed}
        path.write_text(json.dumps(body) + "\n", encoding="utf-8")

    @classmethod
    def load(cls, path: Path) -> NameShape:
        import numpy as np

        try:
            body = json.loads(path.read_text(encoding="utf-8"))
        except (OSError, ValueError) as e:
            raise ConfigError(f"{path}: cannot read a name-shape table: {e}") from e
        if body.get("format") != FORMAT or body.get("dim") != DIM:
            raise ConfigError(f"{path}: not a {FORMAT} table of {DIM} weights; retrain it")
        weights = np.frombuffer(base64.b64decode(body["weights"]), dtype="<f4")
        return cls([float(x) for x in weights], float(body["bias"]))


@cache
def default_shape() -> NameShape:
    """The shipped table, loaded once."""
    return NameShape.load(DEFAULT_MODEL)
