"""How each shared dataset's own labels map onto our task labels.

Committed before the first measurement, and not to be tuned after it: a category that has no faithful
mapping maps to None and is counted as unmapped, never dropped silently.
"""

from __future__ import annotations

from tekizai.signals.labels import DOMAINS, TASKS

__all__ = [
    "TASKS",
    "DOMAINS",
    "MT_BENCH",
    "T0_TEMPLATES",
    "WHOLE",
    "VICUNA",
    "JGLUE",
    "RAKUDA_TASK",
    "RAKUDA_DOMAIN",
]

#: MT-Bench and Japanese MT-Bench `category`
MT_BENCH: dict[str, str | None] = {
    "writing": "creative_writing",
    "roleplay": None,  # role-play is a mode of conversation, not one of our tasks: counted as unmapped
    "reasoning": "reasoning",
    "math": "math",
    "coding": "code",
    "extraction": "extraction",
    "stem": "qa",
    "humanities": "qa",
}

#: T0 template files (by name prefix)
T0_TEMPLATES: dict[str, str | None] = {
    "samsum": "summarization",
    "xsum": "summarization",
    "cnn_dailymail": "summarization",
    "gigaword": "summarization",
    "ag_news": "classification",
    "amazon_polarity": "classification",
    "trec": "classification",
    "adversarial_qa": "qa",
    "common_gen": "creative_writing",
    "wiki_bio": "extraction",
}

#: whole datasets with one task
WHOLE: dict[str, str] = {
    "humaneval": "code",
    "jhumaneval": "code",
    "small_parallel_enja": "translation",  # each sentence wrapped in a translation request
}

#: Vicuna bench and the Japanese Vicuna QA `category`. Added in session 3, before these sets were ever
#: measured: they are the held-out check of the task cues, which were written while reading the sets
#: above and never these.
VICUNA: dict[str, str | None] = {
    "coding": "code",
    "math": "math",
    "writing": "creative_writing",
    "fermi": "reasoning",  # estimates asked to be reasoned step by step
    "knowledge": "qa",
    "generic": "qa",  # advice and explanation questions
    "common-sense": "qa",
    "counterfactual": None,  # speculation ("what if..."): qa or creative writing; no faithful mapping
    "roleplay": None,  # as for MT-Bench
}


#: JGLUE questions, asked bare (no choices, no passage): knowledge and reading questions, so ``qa``.
#: Added in session 4 before their first measurement, after the Vicuna sets had been seen: the second
#: held-out check, for Japanese questions only (one label, so it measures recall of qa, not a macro).
JGLUE: dict[str, str] = {
    "jcommonsenseqa": "qa",  # "田んぼが広がる風景を何という？"
    "jsquad": "qa",  # questions on a Wikipedia passage, asked without it
}


#: Rakuda's Japanese questions (geography, politics, history, society): open questions to be answered
#: or explained, so ``qa``, and all of the humanities and social sciences. Added in session 5 before its
#: first measurement: a third held-out check, of Japanese questions and of the domain signal.
RAKUDA_TASK = "qa"
RAKUDA_DOMAIN: dict[str, str] = {
    "地理": "humanities_social",
    "政治": "humanities_social",
    "歴史": "humanities_social",
    "社会": "humanities_social",
}
