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


def _rows(name: str) -> list[dict]:
    return [json.loads(line) for line in (_DATA / name).read_text(encoding="utf-8").splitlines()]


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
    set 5, written last, at 0.682 (cues alone 0.509). Session 5 ended at 0.700 / 0.745 / 0.691; session
    6 (the model regularised less, numbers read as one digit, long prompts' words scaled down, the model
    overruling the cues on short requests when sure, 574 more written requests chosen by task, not from
    these sets' items): 0.873 / 0.855 / 0.818, the cues alone 0.43-0.57."""
    rows = _rows(name)
    by_cues, with_model = _macro(rows, classify_by_cues), _macro(rows, classify_task)
    assert with_model >= 0.8 and with_model - by_cues >= 0.25


def test_a_set_written_before_this_sessions_task_work() -> None:
    """Set 6: 110 requests written and committed at the start of session 6, before any of its task
    work, measured at 0.873 then (its phrasing nearer the usual than sets 3-5), 0.918 after the model
    changed, 0.918 at the end of the session (30 chat requests written after set 7 helped its chat);
    its items were not read."""
    rows = _rows("fresh_tasks_6.jsonl")
    assert _macro(rows, classify_task) >= 0.88


def test_a_set_in_loose_phrasing_written_after_it() -> None:
    """Set 7: 110 requests in loose, indirect phrasing (slang, the ask buried in a story), written after
    session 6's task work and committed before it was measured: 0.773 (the cues alone 0.300; the code
    and model at the session's start, 0.609). The honest figure for such phrasing then, short of 0.85.
    Session 7 added 524 written requests in loose phrasing (written8-10, none taken from this set): 0.891."""
    rows = _rows("fresh_tasks_7.jsonl")
    assert _macro(rows, classify_task) >= 0.88 and _macro(rows, classify_by_cues) < 0.5


def test_a_set_of_workplace_requests_written_before_this_sessions_task_work() -> None:
    """Set 8: 110 workplace requests (tickets, minutes, alerts, Slack, 社内報), written and committed at
    session 7's start: 0.909 first (cues alone 0.664). Read then, its misses showed cues that fired on
    prose: an "import" mid-sentence read as code, "sort them by size" as classification, QRコード as
    code; and tools in trouble (Airflow timing out, Dockerで…つながらない) read as nothing. Mended
    generally (no item added to the training data): 0.964."""
    rows = _rows("fresh_tasks_8.jsonl")
    assert _macro(rows, classify_task) >= 0.95


def test_a_second_set_in_loose_phrasing_read_only_as_figures() -> None:
    """Set 9: 110 requests in loose phrasing (lowercase, slang, the ask after a story, casual Japanese),
    committed before it was measured: 0.755 (cues alone 0.409). Its items were not read after: the
    270 loose requests written next (set written8) were written on other topics, and lifted it to 0.836;
    190 more (written9) and cues overruled at p >= 0.6 (chosen on the written sets, not on this one), 0.855;
    0.864 at the session's end.
    Read as figures after each change, it is no longer held out: set 10 is."""
    rows = _rows("fresh_tasks_9.jsonl")
    assert _macro(rows, classify_task) >= 0.84 and _macro(rows, classify_by_cues) < 0.5


@pytest.mark.parametrize(
    ("text", "task", "by_cues"),
    [
        # a short question with numbers to work from: the model overrules the bare-question rule
        ("8チームが総当たりで1試合ずつ戦うと、全部で何試合？", "math", "qa"),
        # a short request the cues read as writing ("write… email"): the model is sure it is a rewrite
        ("Write this email again so it sounds less angry.", "rewriting", "creative_writing"),
        # a question pointing at material it does not hold is no bare question of fact
        ("この文章の書き手は誰に腹を立てている？", "extraction", "qa"),
        # "どこの" is not "この": a bare question of fact stays one
        ("フランスの首都はどこの都市？", "qa", "qa"),
    ],
)  # fmt: skip
def test_the_model_overrules_the_cues_on_short_requests_when_sure(text: str, task: str, by_cues: str) -> None:
    assert classify_by_cues(text) == by_cues
    assert classify_task(text) == task


def test_long_prompts_keep_the_cues_answer() -> None:
    # past a short request's length the model does not overrule decisive cues: a docstring's words
    # ("write a poem…") do not turn code into creative writing
    code = (
        'def poem(lines: int) -> str:\n    """Write a short poem about autumn, one line per call."""\n'
        + "    pass\n" * 30
    )
    assert classify_by_cues(code) == "code" and classify_task(code) == "code"


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


def test_a_set_written_after_this_sessions_task_work() -> None:
    """Set 10: 110 requests (loose and usual phrasing, notices, chats, abstracts) written after session
    7's task work (sets written8-9, the p >= 0.6 overrule) and committed before it was measured, once:
    0.855 (cues alone 0.445). The held-out figure for the session's task signal. Its misses were read
    after: a greeting opening a long request ("hey so whenever I open…") read as chat was mended (0.864);
    64 written requests of the shapes it missed (written10, other topics) lifted it to 0.945."""
    rows = _rows("fresh_tasks_10.jsonl")
    assert _macro(rows, classify_task) >= 0.9


def test_the_last_set_written_after_all_of_this_sessions_task_work() -> None:
    """Set 11: 110 requests (usual and loose phrasing, EN/JA) written after all of session 7's task work
    (written8-10, the p >= 0.6 overrule, whole-message greetings) and committed before its one
    measurement: 0.918 (cues alone 0.564). Its items were not read."""
    rows = _rows("fresh_tasks_11.jsonl")
    assert _macro(rows, classify_task) >= 0.9
