"""Learned signals: features, training, cross-validation, the model file, and the config using it."""

from __future__ import annotations

import json
import random
from pathlib import Path

import numpy as np
import pytest
from click.testing import CliRunner

from tekizai.cli.main import main
from tekizai.errors import ConfigError
from tekizai.learning.features import DIM, FEATURES, Matrix, featurize
from tekizai.learning.model import LogisticModel
from tekizai.learning.train import NEEDS_LARGE, complexity_from, cross_validate, read_examples, task_from
from tekizai.protocol import ChatCompletionRequest
from tekizai.signals import SignalReader
from tests.conftest import make_settings

_HARD = ["Prove that there are infinitely many primes of the form 4k+3.", "素数が無限に存在することを証明せよ。",
         "Derive the closed form of the recurrence T(n) = 2T(n/2) + n log n.", "この積分を厳密に評価して証明して"]  # fmt: skip
_EASY = [
    "Say hello to my friend.",
    "こんにちは、元気ですか？",
    "What colour is the sky?",
    "ありがとう、助かりました",
]


def _lines(n: int, seed: int = 3) -> list[dict]:
    """Prompts written here: hard ones (proofs, derivations) need the larger model, easy ones do not."""
    r = random.Random(seed)
    rows = []
    for i in range(n):
        hard = i % 2 == 0
        base = r.choice(_HARD if hard else _EASY)
        rows.append({"prompt": f"{base} (case {r.randint(1, 999)})", "needs_large": hard, "set": f"s{i % 3}"})
    return rows


def _write(path: Path, rows: list[dict]) -> Path:
    path.write_text("\n".join(json.dumps(r, ensure_ascii=False) for r in rows), encoding="utf-8")
    return path


def test_features_are_stable_and_sparse() -> None:
    a = featurize("Write a Python function. 関数を書いて", "mixed", "code")
    b = featurize("Write a Python function. 関数を書いて", "mixed", "code")
    assert np.array_equal(a.indices, b.indices) and np.array_equal(a.values, b.values)
    assert 0 < len(a.indices) < 40 and a.indices.max() < FEATURES
    X = Matrix.of([a, b])
    w = np.ones((FEATURES, 2))
    assert X.dot(w).shape == (2, 2) and X.tdot(np.ones((2, 2))).shape == (FEATURES, 2)


def test_numbers_read_alike_and_long_material_is_scaled_to_a_requests_length() -> None:
    # any number is one token, in Latin text and inside a Japanese run (12人 and ６人 alike)
    for one, other in (
        ("A box holds 12 apples.", "A box holds 7.5 apples."),
        ("12人で割ると？", "６人で割ると？"),
    ):
        a, b = featurize(one, "en", "math"), featurize(other, "en", "math")
        words = a.indices < DIM  # the dense log-length differs with the characters
        assert np.array_equal(a.indices, b.indices) and np.array_equal(a.values[words], b.values[words])
    # the words of a long prompt weigh together what a short request's do; the dense features do not shrink
    long = featurize(
        "Summarize this: " + " ".join(f"word{i} other{i}" for i in range(300)), "en", "summarization"
    )
    words = long.values[long.indices < DIM]
    assert abs(float(np.sqrt((words**2).sum())) - 4.0) < 1e-3
    assert (long.values[long.indices >= DIM] == 1.0).sum() == 3  # bias, language, the rules' task


def test_learns_a_separable_signal_and_says_so_on_held_out_folds(tmp_path: Path) -> None:
    examples = read_examples(_write(tmp_path / "c.jsonl", _lines(80)), "complexity")
    lines = cross_validate("complexity", examples, folds=4)
    held_out = lines[-1]
    learned = float(held_out.split("learned AUC ")[1].split()[0])
    assert learned > 0.95, lines


def test_model_file_round_trip_and_refusals(tmp_path: Path) -> None:
    examples = read_examples(_write(tmp_path / "c.jsonl", _lines(40)), "complexity")
    X = Matrix.of([featurize(e.text, e.language, e.rule_task) for e in examples])
    model = LogisticModel.fit("complexity", X, [e.label for e in examples])
    model.save(tmp_path / "m.json")
    again = LogisticModel.load(tmp_path / "m.json", "complexity")
    row = featurize(_HARD[0], "en", "math")
    assert again.probability(row, NEEDS_LARGE) == pytest.approx(model.probability(row, NEEDS_LARGE))
    assert again.probability(row, NEEDS_LARGE) > again.probability(
        featurize(_EASY[0], "en", "chat"), NEEDS_LARGE
    )
    with pytest.raises(ConfigError, match="not 'task'"):
        LogisticModel.load(tmp_path / "m.json", "task")
    (tmp_path / "bad.json").write_text("{}")
    with pytest.raises(ConfigError, match="retrain"):
        LogisticModel.load(tmp_path / "bad.json", "complexity")


def test_bad_lines_are_named_by_file_and_line(tmp_path: Path) -> None:
    path = _write(tmp_path / "t.jsonl", [{"prompt": "hi", "task": "chat"}, {"prompt": "x", "task": "dance"}])
    with pytest.raises(ConfigError, match=r"t.jsonl:2: `task` must be one of"):
        read_examples(path, "task")


def test_train_command_then_the_gateway_config_uses_the_models(tmp_path: Path, gemma_path: Path) -> None:
    data = _write(tmp_path / "c.jsonl", _lines(40))
    tasks = _write(tmp_path / "t.jsonl", [{"prompt": p, "task": "math"} for p in _HARD] * 5
                   + [{"prompt": p, "task": "chat"} for p in _EASY] * 5)  # fmt: skip
    runner = CliRunner()
    out = runner.invoke(main, ["train", "complexity", "--data", str(data), "--out", str(tmp_path / "c.json"),
                               "--group-by", "set"])  # fmt: skip
    assert out.exit_code == 0, out.output
    assert "held out (one set at a time)" in out.output and "saved to" in out.output
    out = runner.invoke(main, ["train", "task", "--data", str(tasks), "--out", str(tmp_path / "t.json")])
    assert out.exit_code == 0, out.output

    models = [{"id": "m", "backend": "llamacpp", "path": str(gemma_path), "chat_format": "gemma"}]
    routing = {"complexity_model": str(tmp_path / "c.json"), "task_model": str(tmp_path / "t.json")}
    reader = SignalReader.from_config(make_settings(tmp_path, models, routing=routing))
    assert not reader.heavy
    hard = reader.read(ChatCompletionRequest(model="auto", messages=[{"role": "user", "content": _HARD[1]}]))  # type: ignore[list-item]
    easy = reader.read(ChatCompletionRequest(model="auto", messages=[{"role": "user", "content": _EASY[1]}]))  # type: ignore[list-item]
    assert hard.task == "math" and easy.task == "chat"
    assert hard.complexity is not None and easy.complexity is not None
    assert hard.complexity > 0.5 > easy.complexity
    # the same numbers as the model applied directly: the config really uses the trained file
    direct = complexity_from(LogisticModel.load(tmp_path / "c.json", "complexity"))
    assert hard.complexity == direct(_HARD[1], "math", "ja")
    own = task_from(LogisticModel.load(tmp_path / "t.json", "task"))
    assert own(_EASY[1]) == "chat"
    # one's own model takes the shipped one's place beside the cue rules, not theirs: a request the
    # rules read clearly keeps its task, though this model knows only math and chat
    report = "Summarize the following incident report in three bullet points for the on-call channel:\n" + (
        "At 02:10 the payment API began returning errors; the configuration was rolled back at 02:40. " * 3
    )
    assert own(report) == "summarization"
