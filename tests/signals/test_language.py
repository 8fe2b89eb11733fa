"""Language from scripts: ja, en, zh, ko, and mixed when none dominates."""

from __future__ import annotations

import json

import pytest

from tekizai.signals.language import detect_language
from tests.conftest import SHARED_DATA


@pytest.mark.parametrize(
    ("text", "language"),
    [
        ("東京タワーの高さは？", "ja"),
        ("再帰（recursion）を用いてフィボナッチ数を求めるC++プログラムを書いてください。", "ja"),
        ("这是一个中文句子，请翻译成英文。", "zh"),
        ("이것은 한국어 문장입니다.", "ko"),
        ("What does 社外秘 mean in English?", "en"),
        ("Write a Python function.\n```python\ndef f(x):\n    return x\n```", "en"),
        ("12345", "mixed"),
        # unfenced code with a Japanese docstring: the prose is Japanese, the code and its doctests are
        # not prose; a Japanese line that opens with a formula stays Japanese
        (
            'def count_words(text):\n    """文中の単語を数える。\n    >>> count_words("a b")\n    2\n    """',
            "ja",
        ),
        ("f(x) = 4x^3 - 9x が与えられたとき、f(2)の値を求めてください。", "ja"),
        ("x = 5\ny = 3\nWhat is x + y?", "en"),
    ],
)
def test_examples(text: str, language: str) -> None:
    assert detect_language(text) == language


def test_accuracy_on_shared_ja_and_en_prompts() -> None:
    if not SHARED_DATA.is_dir():
        pytest.skip("../shared/data is absent (a user's checkout)")
    cases: list[tuple[str, str]] = []
    for name, lang in (("mt_bench/question.jsonl", "en"), ("vicuna_bench/question.jsonl", "en"),
                       ("ja_mt_bench/question_full.jsonl", "ja"), ("ja_vicuna_qa/question.jsonl", "ja"),
                       ("rakuda/questions_v2.jsonl", "ja")):  # fmt: skip
        for line in (SHARED_DATA / name).read_text().splitlines():
            row = json.loads(line)
            cases.append(((row.get("turns") or [row.get("text") or row.get("question")])[0], lang))
    cases += [
        (line.replace(" ", ""), "ja")
        for line in (SHARED_DATA / "small_parallel_enja/test.ja").read_text().splitlines()
    ]
    cases += [(line, "en") for line in (SHARED_DATA / "small_parallel_enja/test.en").read_text().splitlines()]
    right = sum(detect_language(text) == lang for text, lang in cases)
    assert right / len(cases) >= 0.99, f"{right}/{len(cases)}"
