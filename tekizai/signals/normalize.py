"""Fold how people really type numbers into one form, one character for one character.

Full-width digits and letters (０９０), the many dashes (－ ー ― ‐ −), full-width spaces and kanji
digits (〇一二三…) become ASCII. The mapping is strictly 1:1, so a span found in the folded text is the
same span in the original: masking needs no offset table.
"""

from __future__ import annotations

_TABLE: dict[int, str] = {}
for code in range(0xFF01, 0xFF5F):  # full-width ASCII block
    _TABLE[code] = chr(code - 0xFEE0)
for dash in "－ー―‐‑‒–—−ｰ─━":
    _TABLE[ord(dash)] = "-"
_TABLE[0x3000] = " "  # ideographic space
for digit, kanji in enumerate("〇一二三四五六七八九"):
    _TABLE[ord(kanji)] = str(digit)
_TABLE[ord("零")] = "0"


def fold(text: str) -> str:
    """The same text with numbers, dashes and spaces in ASCII; ``len(fold(t)) == len(t)``."""
    return text.translate(_TABLE)


def digits_of(text: str) -> str:
    return "".join(ch for ch in text if ch.isdigit() and ch.isascii())
