"""The shipped task model: where the cue rules are not decisive, a logistic model reads the words;
on a short request it may overrule them when sure (``task.classify_task``).

Trained by ``tekizai train task`` on ``learning/data/task_examples.jsonl`` (requests written for the
project, in English and Japanese, none from an evaluation set) and shipped as ``task_model.json``:

    tekizai train task --data tekizai/learning/data/task_examples.jsonl --out tekizai/signals/task_model.json

Its features are the request's words and character pairs plus the cue rules' own guess, so it learns
when to trust the rules and when the words say otherwise. One's own labelled prompts train a
replacement (``routing.task_model``), which takes its place beside the rules.
"""

from __future__ import annotations

from functools import cache
from pathlib import Path

import numpy as np

from tekizai.learning.features import featurize
from tekizai.learning.model import LogisticModel
from tekizai.signals.language import detect_language

DEFAULT_MODEL = Path(__file__).with_name("task_model.json")
_EDGE = 300


class TaskModel:
    def __init__(self, model: LogisticModel) -> None:
        self.model = model

    def _probabilities(self, instruction: str, by_cues: str) -> np.ndarray:
        # the words at the instruction's places (the first and last ``_EDGE`` characters, as the cues
        # read them: the material between tells little and costs time)
        text = instruction.strip()
        if len(text) > 2 * _EDGE:
            text = text[:_EDGE] + "\n" + text[-_EDGE:]
        return self.model.probabilities(featurize(text, detect_language(text) or "en", by_cues))

    def best(self, instruction: str, by_cues: str) -> tuple[str, float]:
        """The likeliest task and its probability."""
        probabilities = self._probabilities(instruction, by_cues)
        best = int(probabilities.argmax())
        return self.model.labels[best], float(probabilities[best])

    def classify(self, instruction: str, by_cues: str, among: list[str] | None = None) -> str:
        """The task; ``among``: the tasks to choose from (all, when empty)."""
        probabilities = self._probabilities(instruction, by_cues)
        labels = [i for i, label in enumerate(self.model.labels) if label in among] if among else []
        best = max(labels, key=lambda i: probabilities[i]) if labels else int(probabilities.argmax())
        return self.model.labels[best]


@cache
def shipped_task_model() -> TaskModel:
    return TaskModel(LogisticModel.load(DEFAULT_MODEL, "task"))
