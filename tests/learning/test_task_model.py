"""The shipped task model: trained by the project's own command on its written requests, consulted
where the cue rules are not decisive."""

from __future__ import annotations

import json
from collections import Counter
from pathlib import Path

import numpy as np

from tekizai.learning.model import LogisticModel
from tekizai.learning.train import read_examples, train
from tekizai.signals.task import classify_by_cues, classify_task
from tekizai.signals.task_model import DEFAULT_MODEL

_EXAMPLES = Path(__file__).parents[2] / "tekizai" / "learning" / "data" / "task_examples.jsonl"
_FRESH_3 = Path(__file__).parents[1] / "signals" / "data" / "fresh_tasks_3.jsonl"


def test_the_shipped_model_is_what_the_command_trains() -> None:
    shipped = LogisticModel.load(DEFAULT_MODEL, "task")
    trained = train("task", read_examples(_EXAMPLES, "task"))
    assert shipped.labels == trained.labels
    assert np.abs(shipped.weights - trained.weights).max() < 1e-4


def _macro(rows: list[dict], classify) -> float:  # type: ignore[no-untyped-def]
    right: Counter[str] = Counter()
    total: Counter[str] = Counter()
    for row in rows:
        total[row["task"]] += 1
        right[row["task"]] += classify(row["text"]) == row["task"]
    return sum(right[t] / total[t] for t in total) / len(total)


def test_requests_phrased_as_the_cues_never_foresaw() -> None:
    """The third fresh set (110 requests) was never trained on; the written requests the model
    learns from were written after its misses were seen, so it is not wholly independent. Measured:
    cue rules alone 0.427 macro-accuracy, cues with the model 0.691 (0.727 without leaving short
    bare questions to the cues, which costs Japanese questions 0.906 -> 0.888)."""
    rows = [json.loads(line) for line in _FRESH_3.read_text(encoding="utf-8").splitlines()]
    by_cues, with_model = _macro(rows, classify_by_cues), _macro(rows, classify_task)
    assert by_cues < 0.5 and with_model >= 0.65


def test_clear_cues_decide_and_the_model_reads_the_rest() -> None:
    # a request's own wording ("Summarize") decides, whatever the model would say
    assert classify_task("Summarize the report below in three bullet points:\nSales rose.") == "summarization"
    # no cue of weight: the words decide (requests of our own, in no training or test set)
    for text, task in (
        ("Pick out all the adjectives in this sentence: The tall man wore a red hat.", "extraction"),
        ("Could you give me a rundown of this report? Sales fell in March.", "summarization"),
        (
            "Would you file this ticket under billing, shipping or returns? My parcel never came.",
            "classification",
        ),
    ):
        assert classify_by_cues(text) != task and classify_task(text) == task, text
