"""The label vocabularies of the signals: what ``task`` and ``domain`` may be."""

from __future__ import annotations

TASKS = (
    "code", "math", "reasoning", "summarization", "translation", "extraction", "classification",
    "rewriting", "creative_writing", "qa", "chat", "other",
)  # fmt: skip

DOMAINS = ("general", "software", "math_science", "medicine", "law", "finance_business", "humanities_social")
