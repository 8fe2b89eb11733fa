"""Train the learned signals on labelled prompts, and measure them by cross-validation.

    tekizai train complexity --data labels.jsonl --out complexity.json [--folds 5] [--group-by set]
    tekizai train task --data tasks.jsonl --out task.json

Input lines hold ``prompt`` (or chat ``messages``) and the label: ``task`` (one of the twelve), or for
complexity ``needs_large`` (bool), or ``small_correct`` and ``large_correct`` (needs_large = small wrong,
large right: the form of real per-prompt results of two models). The model is trained on every line
and saved; before that, k-fold cross-validation (or leave-one-group-out with ``--group-by``) reports
how it does on prompts it did not see, beside what it replaces (the rules, the hand prior, length).
"""

from __future__ import annotations

import json
import random
from collections import Counter
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from pathlib import Path

import numpy as np

from tekizai.errors import ConfigError
from tekizai.evaluation.signals_eval import auc
from tekizai.learning.features import Matrix, Row, featurize
from tekizai.learning.model import LogisticModel
from tekizai.signals.complexity import estimate_complexity
from tekizai.signals.labels import TASKS
from tekizai.signals.language import detect_language
from tekizai.signals.task import classify_by_cues, classify_task
from tekizai.signals.task_model import TaskModel

NEEDS_LARGE, FINE = "needs_large", "fine"
# a task is told by its words, and thousands of them each say a little: regularised hard (the
# default 1e-2), the model leaned on the cue rules' guess and read new phrasing at 0.83 held out (leave
# one written set out); at 5e-5, 0.89 (session 6: 1e-2, 3e-3, 1e-3, 3e-4, 1e-4, 5e-5, 3e-5 tried)
_FIT: dict[str, dict[str, float]] = {"task": {"l2": 5e-5}}


@dataclass(frozen=True)
class Example:
    text: str
    label: str
    group: str
    language: str
    rule_task: str


def _text(row: dict) -> str:
    if isinstance(row.get("prompt"), str):
        return row["prompt"]
    messages = row.get("messages")
    if isinstance(messages, list):
        return "\n".join(str(m.get("content", "")) for m in messages if isinstance(m, dict))
    raise ValueError("a line needs `prompt` (a string) or `messages` (a list)")


def _label(row: dict, signal: str) -> str:
    if signal == "task":
        if row.get("task") not in TASKS:
            raise ValueError(f"`task` must be one of {list(TASKS)}")
        return str(row["task"])
    if "needs_large" in row:
        return NEEDS_LARGE if row["needs_large"] else FINE
    if "small_correct" in row and "large_correct" in row:
        return NEEDS_LARGE if not row["small_correct"] and row["large_correct"] else FINE
    raise ValueError("a complexity line needs `needs_large`, or `small_correct` and `large_correct`")


def read_examples(path: Path, signal: str, group_by: str | None = None) -> list[Example]:
    examples = []
    for number, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1):
        if not line.strip():
            continue
        try:
            row = json.loads(line)
            text, label = _text(row), _label(row, signal)
        except ValueError as e:
            raise ConfigError(f"{path}:{number}: {e}") from e
        language = detect_language(text) or "en"
        group = str(row.get(group_by, "")) if group_by else ""
        examples.append(Example(text, label, group, language, classify_by_cues(text)))
    if len({e.label for e in examples}) < 2:
        raise ConfigError(f"{path}: training needs at least two different labels")
    return examples


def rows_of(examples: list[Example]) -> list[Row]:
    return [featurize(e.text, e.language, e.rule_task) for e in examples]


def _folds(
    examples: list[Example], folds: int, by_group: bool, seed: int = 7
) -> Iterator[tuple[str, list[int]]]:
    """(name, held-out indices) for each fold."""
    if by_group:
        for group in sorted({e.group for e in examples}):
            yield group, [i for i, e in enumerate(examples) if e.group == group]
        return
    order = list(range(len(examples)))
    random.Random(seed).shuffle(order)
    for k in range(folds):
        yield f"fold {k + 1}", order[k::folds]


def cross_validate(
    signal: str, examples: list[Example], folds: int = 5, by_group: bool = False, **fit: float
) -> list[str]:
    """Held-out figures, one line per fold or group and one for all held-out predictions together."""
    fit = {**_FIT.get(signal, {}), **fit}
    X = Matrix.of(rows_of(examples))
    labels = sorted({e.label for e in examples})
    held: list[tuple[int, float | str]] = []
    lines = []
    for name, test in _folds(examples, folds, by_group):
        train = np.array(sorted(set(range(len(examples))) - set(test)))
        model = LogisticModel.fit(signal, X.take(train), [examples[i].label for i in train], labels, **fit)  # type: ignore[arg-type]
        tested = X.take(np.array(test))
        own = TaskModel(model)
        predictions: list[float | str] = []
        for j in range(tested.rows):
            row = Row(
                tested.indices[tested.starts[j] : tested.starts[j + 1]],
                tested.values[tested.starts[j] : tested.starts[j + 1]],
            )
            if signal == "complexity":
                predictions.append(model.probability(row, NEEDS_LARGE))
            else:  # as it will be used: in the shipped model's place beside the cue rules
                predictions.append(classify_task(examples[test[j]].text, "", own))
        held += list(zip(test, predictions, strict=True))
        lines.append(_report(signal, name, [examples[i] for i in test], predictions))
    held.sort()
    lines.append(_report(signal, "all held out", [examples[i] for i, _ in held], [p for _, p in held]))
    return lines


def _report(signal: str, name: str, examples: list[Example], predictions: list) -> str:
    if signal == "complexity":
        gold = [e.label == NEEDS_LARGE for e in examples]
        prior = [estimate_complexity(e.text, e.rule_task, e.language) for e in examples]
        length = [float(len(e.text)) for e in examples]
        return (
            f"  {name:22} n={len(examples):5}  learned AUC {auc(predictions, gold):.3f}  "
            f"hand prior {auc(prior, gold):.3f}  length {auc(length, gold):.3f}"
        )
    right = sum(p == e.label for p, e in zip(predictions, examples, strict=True))
    rules = sum(e.rule_task == e.label for e in examples)
    return (
        f"  {name:22} n={len(examples):5}  learned {right / len(examples):.3f} "
        f"(macro {_macro(examples, predictions):.3f})  rules {rules / len(examples):.3f} "
        f"(macro {_macro(examples, [e.rule_task for e in examples]):.3f})"
    )


def _macro(examples: list[Example], predictions: list) -> float:
    total: Counter[str] = Counter(e.label for e in examples)
    right: Counter[str] = Counter(e.label for e, p in zip(examples, predictions, strict=True) if p == e.label)
    return sum(right[k] / total[k] for k in total) / len(total)


def train(signal: str, examples: list[Example], **fit: float) -> LogisticModel:
    fit = {**_FIT.get(signal, {}), **fit}
    X = Matrix.of(rows_of(examples))
    return LogisticModel.fit(signal, X, [e.label for e in examples], **fit)  # type: ignore[arg-type]


# -- using a trained model as a signal -----------------------------------------------------------


def complexity_from(model: LogisticModel) -> Callable[[str, str, str], float]:
    """A drop-in for ``estimate_complexity``: the probability the prompt needs the larger model."""
    if NEEDS_LARGE not in model.labels:
        raise ConfigError(f"a complexity model needs the label {NEEDS_LARGE!r}")

    def estimate(text: str, task: str, language: str) -> float:
        return round(model.probability(featurize(text, language, task), NEEDS_LARGE), 4)

    return estimate


def task_from(model: LogisticModel) -> Callable[[str, str], str]:
    """A drop-in for ``classify_task`` (instruction, context) -> task: one's own model in the shipped
    model's place beside the cue rules (decisive cues decide; the model reads the rest, and overrules on
    short requests when sure)."""
    own = TaskModel(model)

    def classify(instruction: str, context: str = "") -> str:
        return classify_task(instruction, context, own)

    return classify
