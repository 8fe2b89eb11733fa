"""The strings a pattern cannot match without: found from its parsed form, and never wrong."""

from __future__ import annotations

import importlib
import re

import pytest

from tekizai.signals.keyed import Keyed
from tekizai.signals.prefilter import Prefiltered, required
from tests.signals.fresh_data import fresh_texts


@pytest.mark.parametrize(
    ("pattern", "strings", "lowered"),
    [
        (r"\bdear (\w+)", {"dear "}, False),
        (r"(?i:hello|hi) there", {" there"}, True),  # the longer of "h" and " there"
        (r"(?:abc|de)+x?", {"abc", "de"}, False),
        (r"(?i)Foo|bar", {"foo", "bar"}, True),
        (r"Dear (?i:sir)", {"dear "}, True),  # one part folded: all are tested on lowered text
        (r"\d+\s*=\s*\d", {"="}, False),
    ],
)
def test_what_a_pattern_requires(pattern: str, strings: set[str], lowered: bool) -> None:
    assert required(re.compile(pattern)) == (frozenset(strings), lowered)


@pytest.mark.parametrize("pattern", [r"a*b?", r"(?:x|\d)y?", r"[abc]+", r"\w+"])
def test_a_pattern_that_needs_no_string_is_always_tried(pattern: str) -> None:
    assert required(re.compile(pattern)) is None
    assert Prefiltered(re.compile(pattern)).may_match("anything")


_MODULES = [
    "addresses",
    "contacts",
    "names",
    "name_slots",
    "names_ja",
    "records",
    "secrets",
    "sensitivity",
    "task",
]


@pytest.mark.parametrize("module", _MODULES)
def test_no_text_a_pattern_matches_is_filtered_out(module: str) -> None:
    """Every pattern of the detectors, on 3,000 prompts: where it matches, its strings are there."""
    texts = fresh_texts()
    lowered = [t.lower() for t in texts]
    found = vars(importlib.import_module(f"tekizai.signals.{module}"))
    patterns = [
        p.pattern if isinstance(p, Keyed) else p for p in found.values() if isinstance(p, re.Pattern | Keyed)
    ]
    if module == "name_slots":
        patterns = [slot.pattern for slot, _ in found["EN_SLOTS"]]
    if module == "task":  # the cues, read on lowered text
        patterns, texts = [p for _, p, _ in found["_COMPILED"]], lowered
    checked = wrong = 0
    for pattern in patterns:
        filtered = Prefiltered(pattern)
        for text, lower in zip(texts, lowered, strict=True):
            if pattern.search(text):
                checked += 1
                wrong += not filtered.may_match(text, lower)
    assert checked > 100
    assert wrong == 0
