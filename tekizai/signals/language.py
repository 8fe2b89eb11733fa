"""The main language of a text, from its scripts: fast, no model, and right for ja/en/zh/ko.

Kana means Japanese (Chinese has none); Hangul means Korean; Han without kana means Chinese; Latin
letters mean English (the default gateway's users write English or CJK). A kana or kanji carries about
what a short Latin word does, so a Latin letter counts a third; code and URLs, Latin but not prose, a
twelfth. Then a Japanese question full of English terms and code stays Japanese. When no language
holds a clear majority, the answer is ``mixed``.
"""

from __future__ import annotations

import re

_CODE = re.compile(r"```.*?```|`[^`]*`|https?://\S+", re.DOTALL)


def _script(ch: str) -> str | None:
    o = ord(ch)
    if 0x3040 <= o <= 0x30FF or 0x31F0 <= o <= 0x31FF or 0xFF66 <= o <= 0xFF9D:
        return "kana"
    if 0xAC00 <= o <= 0xD7AF or 0x1100 <= o <= 0x11FF or 0x3130 <= o <= 0x318F:
        return "hangul"
    if 0x4E00 <= o <= 0x9FFF or 0x3400 <= o <= 0x4DBF or 0xF900 <= o <= 0xFAFF:
        return "han"
    if ch.isascii() and ch.isalpha():
        return "latin"
    return None


def detect_language(text: str, dominance: float = 0.6) -> str:
    counts = {"kana": 0.0, "hangul": 0.0, "han": 0.0, "latin": 0.0}
    prose = _CODE.sub(lambda m: " " * len(m.group()), text)
    for ch in prose:
        if (s := _script(ch)) is not None:
            counts[s] += 1
    counts["latin"] /= 3
    for m in _CODE.finditer(text):
        counts["latin"] += sum(c.isascii() and c.isalpha() for c in m.group()) / 12
    # Japanese is kana plus the kanji it carries; Chinese is Han with (almost) no kana
    ja = counts["kana"] + counts["han"] if counts["kana"] >= 0.05 * (counts["kana"] + counts["han"]) else 0.0
    zh = counts["han"] if ja == 0 else 0.0
    scores = {
        "ja": ja,
        "zh": zh,
        "ko": counts["hangul"] + (counts["han"] if counts["hangul"] else 0),
        "en": counts["latin"],
    }
    total = sum(counts.values())
    if total == 0:
        return "mixed"
    best = max(scores, key=lambda k: scores[k])
    if best != "ja" and counts["kana"] >= 8 and ja / total >= 0.3:
        return "ja"  # kana is a Japanese writer's mark; what outweighs it here is code in the prose
    return best if scores[best] / total >= dominance else "mixed"
