"""Japanese personal names by GiNZA's named-entity recogniser: an optional, heavier name recogniser.

    pip install 'tekizai[ja-ner]'        # ginza + ja-ginza (spaCy), offline, about 60 MB

It finds names the default lists cannot (rare family names, names written apart from any honorific),
at tens of milliseconds a sentence instead of a fraction of one; ``tekizai eval sensitivity --names
ginza`` measures both side by side. Only texts holding Japanese are read (on English the Japanese model
labels at random), and only its Person entities are taken; whether a name found is *personal data*
is still decided by the context around it (``personal_names.personal``), as for the default recogniser.
"""

from __future__ import annotations

import re
import threading
from typing import Any

from tekizai.errors import ConfigError

_JAPANESE = re.compile(r"[\u3040-\u30ff\u4e00-\u9fff]")
# Sudachi refuses inputs over 49,149 bytes; a chunk of 2,000 characters is at most 6,000
_CHUNK = 2000
# the pipes NER does not need (parsing, morphology, bunsetsu): dropping them halves the time
_NOT_NEEDED = ["parser", "morphologizer", "compound_splitter", "bunsetu_recognizer"]


def _chunks(text: str) -> list[tuple[int, str]]:
    """Pieces of at most _CHUNK characters, cut at line ends where there are any, with offsets."""
    pieces, start = [], 0
    while start < len(text):
        end = min(len(text), start + _CHUNK)
        if end < len(text) and (cut := text.rfind("\n", start, end)) > start:
            end = cut + 1
        pieces.append((start, text[start:end]))
        start = end
    return pieces


class GinzaNames:
    """Callable: text -> spans of Person entities. Loads the model once, on first use."""

    def __init__(self) -> None:
        try:
            import spacy  # noqa: F401
        except ImportError as e:
            raise ConfigError(
                "the GiNZA name recogniser needs the ja-ner extra: pip install 'tekizai[ja-ner]'"
            ) from e
        self._nlp: Any = None
        self._lock = threading.Lock()

    def _model(self) -> Any:
        with self._lock:
            if self._nlp is None:
                import spacy

                try:
                    self._nlp = spacy.load("ja_ginza", exclude=_NOT_NEEDED)
                except OSError as e:
                    raise ConfigError(f"GiNZA model ja_ginza could not be loaded: {e}") from e
            return self._nlp

    def __call__(self, text: str) -> list[tuple[int, int]]:
        if not _JAPANESE.search(text):
            return []
        nlp = self._model()
        spans = []
        for offset, piece in _chunks(text):
            if not _JAPANESE.search(piece):
                continue
            doc = nlp(piece)
            spans += [(offset + e.start_char, offset + e.end_char) for e in doc.ents if e.label_ == "Person"]
        return spans
