"""The shipped task model: trained by the project's own command on its written requests, consulted
where the cue rules are not decisive."""

from __future__ import annotations

import json
from collections import Counter
from pathlib import Path

import numpy as np
import pytest

from tekizai.learning.model import LogisticModel
from tekizai.learning.train import read_examples, train
from tekizai.signals.task import classify_by_cues, classify_task
from tekizai.signals.task_model import DEFAULT_MODEL

_EXAMPLES = Path(__file__).parents[2] / "tekizai" / "learning" / "data" / "task_examples.jsonl"
_DATA = Path(__file__).parents[1] / "signals" / "data"


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


@pytest.mark.parametrize("name", ["fresh_tasks_3.jsonl", "fresh_tasks_4.jsonl", "fresh_tasks_5.jsonl"])
def test_requests_phrased_as_the_cues_never_foresaw(name: str) -> None:
    """Three fresh sets of 110 requests, none trained on. Set 3 was read before the written training
    requests were (so not wholly independent); set 4 measured first at 0.745 (cues alone 0.573) and
    set 5, written last, at 0.682 (cues alone 0.509). Now 0.700 / 0.745 / 0.691 (74 more written
    requests for the tasks set 5 found weakest, chosen from its per-task figures, not its items): the
    model must keep well ahead of the cues alone, near a half on phrasing they did not foresee."""
    rows = [json.loads(line) for line in (_DATA / name).read_text(encoding="utf-8").splitlines()]
    by_cues, with_model = _macro(rows, classify_by_cues), _macro(rows, classify_task)
    assert with_model >= 0.65 and with_model - by_cues >= 0.1


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
