"""How likely a prompt needs a stronger model than the lightest tier: a number in [0, 1].

A prior set by hand, not fitted to any labels: what matters is the ranking (the prompts it puts on top
should be those a small model gets wrong and a larger one right), which the evaluation measures
against prompt length on real per-prompt results of the two embedded Qwen models.
"""

from __future__ import annotations

import math
import re

from tekizai.signals.prefilter import Prefiltered

_TASK_PRIOR = {
    "math": 0.6, "reasoning": 0.6, "code": 0.5, "classification": 0.4, "qa": 0.45, "extraction": 0.35,
    "summarization": 0.35, "translation": 0.45, "rewriting": 0.3, "creative_writing": 0.4, "chat": 0.1,
    "other": 0.3,
}  # fmt: skip
# read on the lowered text: a case-insensitive pattern costs several times as much
_CONSTRAINTS = re.compile(
    r"\b(?:must|exactly|at least|at most|without|only|do not|don't|ensure|strictly|format)\b|"
    r"必ず|だけ|のみ|以内|以上|ないで|ずに|厳密に|形式"
)
_OPTIONS = re.compile(r"(?m)^\s*(?:\d+[.)]|[A-Ea-e][.)]|[-•])\s+\S")
_BINARY = Prefiltered(  # tried only where its words are
    re.compile(
        r"\b(?:yes or no|true or false|positive or negative)\b|はい(?:か|または)いいえ|ポジティブ(?:か|または)ネガティブ"
    )
)


def estimate_complexity(text: str, task: str, language: str) -> float:
    score = _TASK_PRIOR.get(task, 0.3)
    if language in ("ja", "zh", "ko", "mixed"):
        score += 0.15  # the light tier is a small coder model, weaker outside English
    options = len(_OPTIONS.findall(text))
    score += min(0.15, 0.03 * options)
    lowered = text.lower()
    score += min(0.1, 0.025 * len(_CONSTRAINTS.findall(lowered)))
    if _BINARY.search(lowered, lowered):
        score -= 0.2
    score += 0.04 * math.log10(max(len(text), 50) / 200)
    return round(min(1.0, max(0.0, score)), 4)
