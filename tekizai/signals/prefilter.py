"""The literal strings a pattern cannot match without, found from its parsed form: a plain ``in`` test
for them skips a pattern on text where it cannot match.

``re`` tries a pattern at each position of a text; most of the cue and slot patterns match nowhere in
most prompts, and a substring test costs a fraction of a pass. ``required(pattern)`` walks the parse
tree: a literal run is required if every match passes it; a group's or a repeat's (at least once)
requirement is its content's; a branch requires one of its ways' requirements. Of the requirements
of a sequence the most selective is kept (the longest shortest string). Case-insensitive parts give
lower-case strings, to be tested on lowered text.
"""

from __future__ import annotations

import re
import re._constants as sre
import re._parser as sre_parse
from collections.abc import Iterable, Iterator
from typing import Any

_Items = Iterable[tuple[Any, Any]]  # the parser's (opcode, argument) pairs
_MAX_STRINGS = 64  # a requirement of more strings costs more to test than it saves


def _better(a: frozenset[str] | None, b: frozenset[str] | None) -> frozenset[str] | None:
    if a is None or b is None:
        return a if b is None else b
    score_a, score_b = (min(map(len, a)), -len(a)), (min(map(len, b)), -len(b))
    return a if score_a >= score_b else b


def _required(items: _Items, folded: bool, any_folded: list[bool]) -> frozenset[str] | None:
    """``any_folded`` is set when a case-insensitive literal was read (its strings are lowered)."""
    best: frozenset[str] | None = None
    run: list[str] = []

    def end_run() -> None:
        nonlocal best, run
        if run:
            best = _better(best, frozenset(("".join(run),)))
        run = []

    for op, av in items:
        if op is sre.LITERAL:
            c = chr(av)
            run.append(c.lower() if folded else c)
            any_folded[0] |= folded
            continue
        end_run()
        if op is sre.SUBPATTERN:
            _, add_flags, del_flags, sub = av
            inner = (
                folded or bool(add_flags & sre.SRE_FLAG_IGNORECASE)
            ) and not del_flags & sre.SRE_FLAG_IGNORECASE
            best = _better(best, _required(sub, inner, any_folded))
        elif op in (sre.MAX_REPEAT, sre.MIN_REPEAT, sre.POSSESSIVE_REPEAT):
            low, _, sub = av
            if low >= 1:
                best = _better(best, _required(sub, folded, any_folded))
        elif op is sre.BRANCH:
            ways = [_required(way, folded, any_folded) for way in av[1]]
            if all(ways):
                union = frozenset(s for way in ways if way for s in way)
                if len(union) <= _MAX_STRINGS:
                    best = _better(best, union)
        elif op is sre.ATOMIC_GROUP:
            best = _better(best, _required(av, folded, any_folded))
    end_run()
    return best


def required(pattern: re.Pattern[str]) -> tuple[frozenset[str], bool] | None:
    """Strings one of which every match of ``pattern`` holds, and whether they are lower case (to be
    tested on lowered text); None when the pattern needs none that could be told."""
    any_folded = [False]
    found = _required(
        sre_parse.parse(pattern.pattern, pattern.flags), bool(pattern.flags & re.IGNORECASE), any_folded
    )
    if not found:
        return None
    if any_folded[0]:  # a text holding s holds lower(s) once lowered: test them all there
        return frozenset(s.lower() for s in found), True
    return found, False


class Prefiltered:
    """A pattern and what it requires: ``may_match`` tells in a few substring tests whether to try it;
    ``search`` and ``finditer`` try it only then (``lowered``: the text lowered, if the caller has it)."""

    def __init__(self, pattern: re.Pattern[str]) -> None:
        self.pattern = pattern
        found = required(pattern)
        self.strings: tuple[str, ...] = tuple(sorted(found[0], key=len)) if found else ()
        self.lowered = bool(found and found[1])

    def may_match(self, text: str, lowered: str | None = None) -> bool:
        if not self.strings:
            return True
        read = (lowered if lowered is not None else text.lower()) if self.lowered else text
        return any(s in read for s in self.strings)

    def search(self, text: str, lowered: str | None = None) -> re.Match[str] | None:
        return self.pattern.search(text) if self.may_match(text, lowered) else None

    def finditer(self, text: str, lowered: str | None = None) -> Iterator[re.Match[str]]:
        return self.pattern.finditer(text) if self.may_match(text, lowered) else iter(())
