"""A pattern tried only where a key of it begins.

Python's ``re`` tries a pattern at every position of a text unless the pattern opens with a literal or
a class of characters. Patterns that open with a context (``^``, lookbehinds, ``(?i:``) are tried at
each of a 2,000-character article's positions: ``_SINGLE`` in ``names.py`` cost 0.41 ms a long text so,
0.04 ms found from its capital letters. A ``Keyed`` pattern finds its keys first (a fast pattern, on
the lowered text or the text itself) and tries the whole pattern only there, from the key's start or
from before the blanks ahead of it (``^[ \\t>]*Name:``), or from where it ends (after a quote). It yields what ``finditer`` would, provided
every match begins at a key or at the blanks just before one: its keys must say so.
"""

from __future__ import annotations

import re
from collections.abc import Iterator


class Keyed:
    def __init__(
        self,
        pattern: re.Pattern[str],
        keys: str | tuple[str, ...] | None,
        *,
        lowered: bool = True,
        blanks: str = "",
        after: bool = False,
    ) -> None:
        """``keys``: a pattern of where a match may begin, read on the lowered text (``lowered``) or
        the text itself (None: the pattern is tried everywhere, as ``finditer`` does), or the words a
        match begins with, each found by ``str.find`` at the start of a word (an alternation of
        many words is read at a tenth of the speed: 0.37 against 0.14 ms on 4,000 characters); ``blanks``:
        characters a match may begin with before its key; ``after``: a match may begin where a key
        ends too (a key of the character a lookbehind wants: a quote, a line break), and at the
        text's start (which ``^`` wants and no character marks: an ``\\A`` in the keys would cost
        their scan its quick skip to the characters)."""
        self.pattern = pattern
        self.keys = re.compile(keys) if isinstance(keys, str) else None
        self.words = keys if isinstance(keys, tuple) else ()
        self.lowered = lowered
        self.blanks = blanks
        self.after = after

    def finditer(self, text: str, lowered: str | None = None) -> Iterator[re.Match[str]]:
        if self.keys is None and not self.words:
            yield from self.pattern.finditer(text)
            return
        if self.lowered:
            lowered = text.lower() if lowered is None else lowered
            if len(lowered) != len(text):  # a few letters (İ) lower to two: positions would not carry over
                yield from self.pattern.finditer(text)
                return
        read = lowered if self.lowered and lowered is not None else text
        done = 0  # where the last match ended: matches do not overlap
        if self.after and (m := self.pattern.match(text, 0)) is not None:
            yield m
            done = max(m.end(), 1)
        for at, end in self._keys(read):
            if at < done:
                continue
            first = at
            while first > done and text[first - 1] in self.blanks:
                first -= 1
            m = self.pattern.match(text, first) or (self.pattern.match(text, at) if first < at else None)
            if m is None and self.after and end > at:
                m = self.pattern.match(text, end)
            if m is not None:
                yield m
                done = max(m.end(), m.start() + 1)

    def _keys(self, read: str) -> list[tuple[int, int]]:
        """Where each key begins and ends, in order."""
        if self.keys is not None:
            return [key.span() for key in self.keys.finditer(read)]
        found = []
        for word in self.words:
            at = read.find(word)
            while at >= 0:
                if at == 0 or not (read[at - 1].isalnum() or read[at - 1] == "_"):  # a word begins
                    found.append((at, at + len(word)))
                at = read.find(word, at + 1)
        return sorted(found)
