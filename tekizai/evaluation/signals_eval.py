"""Measure the signals on labelled public prompts (``../shared/data``): language and task accuracy.

    tekizai eval signals --data ../shared/data

Labels map through ``label_map`` (committed before measuring); unmapped categories are counted.
"""

from __future__ import annotations

import json
import time
from collections import Counter, defaultdict
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from pathlib import Path

from tekizai.evaluation.label_map import (
    JGLUE,
    MT_BENCH,
    RAKUDA_DOMAIN,
    RAKUDA_TASK,
    T0_TEMPLATES,
    VICUNA,
    WHOLE,
)
from tekizai.signals.domain import classify_domain
from tekizai.signals.language import detect_language
from tekizai.signals.task import classify_task


@dataclass(frozen=True)
class Labelled:
    dataset: str
    text: str
    task: str | None  # None: the dataset's category has no faithful mapping
    language: str


def _jsonl(path: Path) -> Iterator[dict]:
    for line in path.read_text(encoding="utf-8").splitlines():
        if line.strip():
            yield json.loads(line)


def labelled_prompts(data: Path) -> Iterator[Labelled]:
    for name, lang in (("mt_bench/question.jsonl", "en"), ("ja_mt_bench/question_full.jsonl", "ja")):
        for row in _jsonl(data / name):
            yield Labelled(name.split("/")[0], row["turns"][0], MT_BENCH.get(row["category"]), lang)
    for path in sorted((data / "t0_task_prompts").glob("*.jsonl")):
        task = next((t for prefix, t in T0_TEMPLATES.items() if path.name.startswith(prefix)), None)
        for row in _jsonl(path):
            yield Labelled(f"t0:{path.stem.split('_')[0]}", row["prompt"], task, "en")
    for row in _jsonl(data / "humaneval/HumanEval.jsonl"):
        yield Labelled("humaneval", row["prompt"], WHOLE["humaneval"], "en")
    for row in _jsonl(data / "jhumaneval/jhuman-eval.jsonl"):
        yield Labelled("jhumaneval", row["prompt"], WHOLE["jhumaneval"], "ja")
    ja = (data / "small_parallel_enja/test.ja").read_text(encoding="utf-8").splitlines()
    en = (data / "small_parallel_enja/test.en").read_text(encoding="utf-8").splitlines()
    for j, e in zip(ja, en, strict=True):
        yield Labelled(
            "enja:ja->en", f"次の文を英語に翻訳してください。\n{j.replace(' ', '')}", "translation", "ja"
        )
        yield Labelled("enja:en->ja", f"Translate into Japanese:\n{e}", "translation", "en")


def held_out_prompts(data: Path) -> Iterator[Labelled]:
    """Prompts never read while the task cues were written: the held-out check."""
    for name, lang in (("vicuna_bench/question.jsonl", "en"), ("ja_vicuna_qa/question.jsonl", "ja")):
        for row in _jsonl(data / name):
            yield Labelled(name.split("/")[0], row["turns"][0], VICUNA.get(row["category"]), lang)


def rakuda(data: Path) -> Iterator[tuple[Labelled, str]]:
    """Rakuda's Japanese questions with their domain: the third held-out check (task and domain)."""
    for row in _jsonl(data / "rakuda/questions_v2.jsonl"):
        yield Labelled("rakuda", row["turns"][0], RAKUDA_TASK, "ja"), RAKUDA_DOMAIN[row["category"]]


def held_out_questions(data: Path) -> Iterator[Labelled]:
    """Japanese questions: JGLUE's asked bare, and Rakuda's (held out until session 5)."""
    for item, _ in rakuda(data):
        yield item
    for line in (data / "jglue/jcommonsenseqa_valid-v1.3.json").read_text(encoding="utf-8").splitlines():
        if line.strip():
            yield Labelled("jcommonsenseqa", json.loads(line)["question"], JGLUE["jcommonsenseqa"], "ja")
    squad = json.loads((data / "jglue/jsquad_valid-v1.3.json").read_text(encoding="utf-8"))
    for article in squad["data"]:
        for paragraph in article["paragraphs"]:
            for qa in paragraph["qas"]:
                yield Labelled("jsquad", qa["question"], JGLUE["jsquad"], "ja")


@dataclass
class TaskReport:
    per_dataset: dict[str, tuple[int, int]] = field(default_factory=dict)  # right, mapped
    unmapped: Counter[str] = field(default_factory=Counter)
    confusion: dict[str, Counter[str]] = field(default_factory=lambda: defaultdict(Counter))
    language_right: int = 0
    language_total: int = 0
    seconds: list[float] = field(default_factory=list)  # time of each task classification

    @property
    def macro_accuracy(self) -> float:
        """Mean over gold task labels of the accuracy on prompts with that label."""
        per_task = [
            row[task] / sum(row.values()) for task, row in self.confusion.items() if sum(row.values())
        ]
        return sum(per_task) / len(per_task) if per_task else 0.0


TaskClassifier = Callable[[str], str]


def evaluate_tasks(
    data: Path,
    classify: TaskClassifier = classify_task,
    per_set: int | None = None,
    prompts: Callable[[Path], Iterator[Labelled]] = labelled_prompts,
) -> TaskReport:
    """Task and language accuracy; ``per_set`` scores only the first N mapped prompts of each dataset
    (for slow classifiers such as the router SLM), timing each classification."""
    report = TaskReport()
    right: Counter[str] = Counter()
    total: Counter[str] = Counter()
    for item in prompts(data):
        if item.task is not None and per_set is not None and total[item.dataset] >= per_set:
            continue
        report.language_total += 1
        report.language_right += detect_language(item.text) == item.language
        if item.task is None:
            report.unmapped[item.dataset] += 1
            continue
        start = time.perf_counter()
        predicted = classify(item.text)
        report.seconds.append(time.perf_counter() - start)
        report.confusion[item.task][predicted] += 1
        total[item.dataset] += 1
        right[item.dataset] += predicted == item.task
    report.per_dataset = {d: (right[d], total[d]) for d in total}
    return report


def format_report(report: TaskReport) -> str:
    lines = ["task accuracy per dataset:"]
    for dataset, (right, total) in sorted(report.per_dataset.items()):
        lines.append(f"  {dataset:22} {right:5}/{total:<5} {right / total:.3f}")
    lines.append(f"  unmapped (counted, not scored): {dict(report.unmapped)}")
    lines.append(f"task macro-accuracy over gold labels: {report.macro_accuracy:.3f}")
    if report.seconds:
        times = sorted(report.seconds)
        lines.append(f"task time per prompt: p50 {times[len(times) // 2] * 1000:.2f} ms, "
                     f"p99 {times[int(len(times) * 0.99)] * 1000:.2f} ms")  # fmt: skip
    lines.append(f"language accuracy: {report.language_right}/{report.language_total} "
                 f"= {report.language_right / report.language_total:.4f}")  # fmt: skip
    labels = sorted({p for row in report.confusion.values() for p in row} | set(report.confusion))
    lines.append("confusion (rows gold, columns predicted):")
    lines.append("  " + " " * 17 + " ".join(f"{lab[:6]:>6}" for lab in labels))
    for gold in sorted(report.confusion):
        row = report.confusion[gold]
        lines.append(f"  {gold:17}" + " ".join(f"{row[p]:6}" for p in labels))
    return "\n".join(lines)


def evaluate_domain(data: Path) -> tuple[int, int, Counter[str]]:
    """Domain accuracy on Rakuda (right, total, what was predicted)."""
    predicted: Counter[str] = Counter()
    right = total = 0
    for item, domain in rakuda(data):
        guess = classify_domain(item.text)
        predicted[guess] += 1
        right += guess == domain
        total += 1
    return right, total, predicted


def auc(scores: list[float], positives: list[bool]) -> float:
    """Probability that a random positive outranks a random negative (ties count half)."""
    pairs = sorted(zip(scores, positives, strict=True))
    n_pos = sum(positives)
    n_neg = len(positives) - n_pos
    if not n_pos or not n_neg:
        return float("nan")
    rank_sum, i = 0.0, 0
    while i < len(pairs):
        j = i
        while j < len(pairs) and pairs[j][0] == pairs[i][0]:
            j += 1
        average_rank = (i + 1 + j) / 2
        rank_sum += average_rank * sum(1 for _, pos in pairs[i:j] if pos)
        i = j
    return (rank_sum - n_pos * (n_pos + 1) / 2) / (n_pos * n_neg)


def evaluate_complexity(data: Path) -> dict[str, tuple[float, float, int]]:
    """Per set and overall: (AUC of complexity, AUC of prompt length, prompts) for 'needs the larger model'."""
    from tekizai.signals.complexity import estimate_complexity

    by_set: dict[str, tuple[list[float], list[float], list[bool]]] = defaultdict(lambda: ([], [], []))
    for row in _jsonl(data / "local_model_labels/labels.jsonl"):
        text = row["prompt"]
        language = detect_language(text)
        score = estimate_complexity(text, classify_task(text), language)
        needs_large = not row["small_correct"] and bool(row["large_correct"])
        for key in (row["set"], "all"):
            by_set[key][0].append(score)
            by_set[key][1].append(float(len(text)))
            by_set[key][2].append(needs_large)
    return {k: (auc(c, y), auc(n, y), len(y)) for k, (c, n, y) in by_set.items()}
