"""What a sensitivity detector reports: a kind and a span of the original text."""

from __future__ import annotations

from collections.abc import Callable, Iterable
from dataclasses import dataclass


@dataclass(frozen=True)
class Finding:
    kind: str
    start: int
    end: int


Detector = Callable[[str, str], Iterable[Finding]]  # (original, folded) -> findings
