"""Phrase patterns indexed by the words that open them: a window around a word runs only the phrases
that can hold that word, not one alternation of them all.

A source is written as ``\\b(?:phrase|phrase|…)\\b`` groups joined by ``|``. Each phrase is filed
under every opening word its letters could spell: a word its source holds, or one a run of its
letters begins (``disabilit`` + ``(?:y|ies)``). A phrase none of whose letters spell an opening word is
run in every window. The words are the caller's (``health_hr_terms.PHRASE_WORDS``).
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Iterator
from functools import cache

_LETTERS = re.compile(r"[a-z0-9']+")
_ESCAPE = re.compile(r"\\[a-zA-Z]")  # \b, \d, \w, \s: no letters of the phrase


def _split_top(source: str) -> list[str]:
    """``source`` split at each ``|`` outside brackets, groups and character classes."""
    parts, depth, start, i, in_class = [], 0, 0, 0, False
    while i < len(source):
        c = source[i]
        if c == "\\":
            i += 2
            continue
        if in_class:
            in_class = c != "]"
        elif c == "[":
            in_class = True
            if source[i + 1 : i + 2] == "]":  # a class opened by "]" holds it
                i += 1
        elif c == "(":
            depth += 1
        elif c == ")":
            depth -= 1
        elif c == "|" and depth == 0:
            parts.append(source[start:i])
            start = i + 1
        i += 1
    parts.append(source[start:])
    return parts


def phrases(source: str) -> Iterator[str]:
    """Each phrase of a source written as ``\\b(?:phrase|…)\\b`` groups joined by ``|``."""
    for group in _split_top(source):
        if group.startswith(r"\b(?:") and group.endswith(r")\b") and len(_split_top(group[5:-3])) > 1:
            yield from _split_top(group[5:-3])
        else:
            yield group


def opening_words(phrase: str, words: frozenset[str]) -> frozenset[str]:
    """The words of ``words`` whose window may hold a match of ``phrase``: over-counting costs a
    little time, under-counting a phrase never found (the test of the vocabulary checks it)."""
    runs = _LETTERS.findall(_ESCAPE.sub(" ", phrase))
    return frozenset(
        w for w in words if any(w in run or (len(run) >= 4 and w.startswith(run)) for run in runs)
    )


class PhraseIndex:
    """Phrase patterns of one source, by opening word; ``find`` runs each window's own."""

    def __init__(self, source: str, words: frozenset[str]) -> None:
        by_word: dict[str, list[str]] = {}
        self.everywhere: list[str] = []
        for phrase in phrases(source):
            opening = opening_words(phrase, words)
            for word in opening:
                by_word.setdefault(word, []).append(phrase)
            if not opening:
                self.everywhere.append(phrase)
        self._by_word = {w: tuple(ps) for w, ps in by_word.items()}

    def phrases_of(self, word: str) -> tuple[str, ...]:
        return self._by_word.get(word, ()) + tuple(self.everywhere)

    def find(
        self, lowered: str, windows: Iterable[tuple[Iterable[str], int, int]]
    ) -> Iterator[tuple[int, int]]:
        """Each match of a window's phrases: ``windows`` as (the opening words in it, start, end); the
        phrases of each word are read over the whole window, which may reach past the word's own."""
        seen: set[tuple[int, int]] = set()
        for words, start, end in windows:
            for word in words:
                pattern = self._pattern(word)
                for m in pattern.finditer(lowered, start, end) if pattern is not None else ():
                    if m.span() not in seen:
                        seen.add(m.span())
                        yield m.span()

    @cache  # noqa: B019 - a handful of indexes, built once at import and kept
    def _pattern(self, word: str) -> re.Pattern[str] | None:
        found = self.phrases_of(word)
        return re.compile(r"\b(?:" + "|".join(found) + r")\b") if found else None
