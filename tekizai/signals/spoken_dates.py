"""A date of birth said in words, as a voicemail transcript or a dictated note has it: "my date of
birth is the fourth of May eighty-eight", "born on the twenty-first of March nineteen ninety". A
detector in the shape ``sensitivity`` runs on every text (it holds no digit). Written for this project.
"""

from __future__ import annotations

import re
from collections.abc import Iterable

from tekizai.signals.findings import Finding

_UNITS = "one|two|three|four|five|six|seven|eight|nine"
_ORDINAL = (
    r"first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|eleventh|twelfth|thirteenth|fourteenth|"
    r"fifteenth|sixteenth|seventeenth|eighteenth|nineteenth|twentieth|thirtieth|(?:twenty|thirty)[ \-](?:first|second|"
    r"third|fourth|fifth|sixth|seventh|eighth|ninth)"
)
_MONTH = r"january|february|march|april|may|june|july|august|september|october|november|december"
# a year's last two in words (eighty-eight, oh four, ten), after "nineteen", "twenty" or "two thousand (and)"
_TENS = rf"(?:twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety)(?:[ \-](?:{_UNITS}))?"
_TEENS = r"ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen"
_YEAR = (
    rf"(?:(?:nineteen|twenty)[ \-])?(?:{_TENS}|{_TEENS}|oh[ \-](?:{_UNITS}))"
    rf"|two thousand(?: and)?(?:[ \-](?:{_UNITS}|{_TEENS}|{_TENS}))?"
)
_SPOKEN_BIRTH_DATE = re.compile(
    # (someone's: a label, or "was born on"; "Born on the Fourth of July" is a film)
    rf"\b(?:date of birth|d\.?o\.?b\.?|birthday|(?:was|were|i'm|am) born(?: on)?)\W{{0,4}}(?:is\W{{1,3}}|was\W{{1,3}})?(?:the )?"
    rf"((?:{_ORDINAL})(?: of)? (?:{_MONTH})(?:,? (?:{_YEAR}))?|(?:{_MONTH}) (?:the )?(?:{_ORDINAL})(?:,? (?:{_YEAR}))?)\b"
)


def spoken_birth_dates(original: str, folded: str) -> Iterable[Finding]:
    lower = folded.lower()
    if "birth" not in lower and "born" not in lower and "dob" not in lower and "d.o.b" not in lower:
        return
    for m in _SPOKEN_BIRTH_DATE.finditer(lower):
        yield Finding("date_of_birth", m.start(1), m.end(1))
