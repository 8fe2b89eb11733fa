"""Every health and HR phrase can be found: the phrase patterns are read only around a word of
``PHRASE_WORDS`` (a window each), so a phrase none of whose ways holds such a word is never read.

The check walks each phrase's parsed pattern: a way through it is reachable when it passes a word of
``PHRASE_WORDS`` that no optional part holds; a branch is reachable when each of its ways is.
"""

from __future__ import annotations

import re
import re._constants as sre
import re._parser as sre_parse
from collections.abc import Iterable, Iterator

import pytest

from tekizai.signals.health_hr_terms import HEALTH_PHRASES, HR_PHRASES, PHRASE_WORDS
from tekizai.signals.phrase_index import PhraseIndex, opening_words, phrases

_Items = list[tuple[object, object]]


def _words_reach(items: Iterable[tuple[object, object]], triggers: frozenset[str]) -> bool:
    """Whether every way through ``items`` passes a trigger word."""
    letters = ""

    def ends_word(prefix: bool = False, tail: str = "") -> bool:
        nonlocal letters
        run, letters = letters, ""
        words = [w for w in re.split(r"[^a-z0-9']+", run) if w]
        last = words[-1] if words else ""
        if tail == "'":  # doctor'?s: the apostrophe's "s" is read off before a word is looked up
            return any(w in triggers for w in words)
        if tail:  # the last word runs on into an optional letter: the text holds it either way
            return any(w in triggers for w in words[:-1]) or (last in triggers and last + tail in triggers)
        return any(w in triggers for w in words) or (prefix and any(t.startswith(last) for t in triggers))

    reached = False
    for op, av in items:
        if op is sre.LITERAL:
            letters += chr(av)  # type: ignore[arg-type]
        elif op in (sre.MAX_REPEAT, sre.MIN_REPEAT, sre.POSSESSIVE_REPEAT):
            low, high, sub = av  # type: ignore[misc]
            sub = list(sub)
            one_letter = len(sub) == 1 and sub[0][0] is sre.LITERAL and high == 1
            word_chars = len(sub) == 1 and sub[0][0] is sre.IN  # \w*: the letters so far are a prefix
            reached |= ends_word(prefix=word_chars, tail=chr(sub[0][1]) if one_letter and low == 0 else "")
            if low > 0:
                reached |= _words_reach(sub, triggers)
        elif op is sre.SUBPATTERN:
            reached |= ends_word() | _words_reach(av[-1], triggers)  # type: ignore[index]
        elif op is sre.BRANCH:
            # the letters before a branch run on into each of its ways ("disabilit" + "y" / "ies")
            before = [(sre.LITERAL, ord(c)) for c in letters]
            letters = ""
            reached |= all(_words_reach(before + list(way), triggers) for way in av[1])  # type: ignore[index]
        else:
            reached |= ends_word()
    return reached | ends_word()


def _phrases(items: Iterable[tuple[object, object]]) -> Iterator[_Items]:
    """Each phrase of a pattern written as \\b(?:phrase|phrase|…)\\b, such groups joined by |."""
    for op, av in items:
        if op is sre.BRANCH:
            for parsed in av[1]:  # type: ignore[index]
                way = list(parsed)
                if any(o is sre.BRANCH for o, _ in way) and all(o in (sre.AT, sre.BRANCH) for o, _ in way):
                    yield from _phrases(way)
                else:
                    yield way


def _unreachable(pattern: str, triggers: frozenset[str]) -> list[str]:
    def text(items: _Items) -> str:
        return "".join(chr(av) if op is sre.LITERAL else "…" for op, av in items)  # type: ignore[arg-type]

    return [text(p) for p in _phrases(sre_parse.parse(pattern)) if not _words_reach(p, triggers)]


@pytest.mark.parametrize("pattern", [HEALTH_PHRASES, HR_PHRASES], ids=["health", "hr"])
def test_every_phrase_holds_a_word_that_opens_its_window(pattern: str) -> None:
    assert _unreachable(pattern, PHRASE_WORDS) == []


@pytest.mark.parametrize(
    ("word", "phrase"), [("pain", "in …pain"), ("leave", "medical leave"), ("off", "time off …")]
)
def test_a_phrase_left_without_its_word_is_reported(word: str, phrase: str) -> None:
    assert phrase in _unreachable(HEALTH_PHRASES + "|" + HR_PHRASES, PHRASE_WORDS - {word})


@pytest.mark.parametrize("pattern", [HEALTH_PHRASES, HR_PHRASES], ids=["health", "hr"])
def test_every_phrase_is_filed_under_a_word_that_opens_it(pattern: str) -> None:
    """The index runs a window's phrases only: each phrase must be filed under the words that reach it."""
    index = PhraseIndex(pattern, PHRASE_WORDS)
    assert index.everywhere == []
    unfiled = [
        p
        for p in phrases(pattern)
        if not _words_reach(list(sre_parse.parse(p)), opening_words(p, PHRASE_WORDS))
    ]
    assert unfiled == []


def test_phrases_split_at_the_top_level_only() -> None:
    source = (
        r"\b(?:sick (?:days?|notes?)|on [a-z|]+ leave|doctor'?s note)\b|\b(?:pay (?:cut|rise)|\(a\|b\))\b"
    )
    assert list(phrases(source)) == [
        "sick (?:days?|notes?)",
        "on [a-z|]+ leave",
        "doctor'?s note",
        "pay (?:cut|rise)",
        r"\(a\|b\)",
    ]


def test_a_window_runs_only_the_phrases_of_its_words() -> None:
    index = PhraseIndex(
        r"\b(?:sick (?:days?|notes?)|pay (?:cut|rise))\b", frozenset({"sick", "pay", "notes"})
    )
    assert index.phrases_of("pay") == ("pay (?:cut|rise)",)
    assert index.phrases_of("notes") == ("sick (?:days?|notes?)",)
    text = "two sick days and a pay cut"
    assert list(index.find(text, [({"sick"}, 0, len(text))])) == [(4, 13)]
    assert sorted(index.find(text, [({"sick", "pay"}, 0, len(text))])) == [(4, 13), (20, 27)]
    assert list(index.find(text, [({"pay"}, 0, 12)])) == []  # the window ends before the phrase
