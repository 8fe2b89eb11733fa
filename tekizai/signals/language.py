"""The main language of a text, from its scripts: fast, no model, and right for ja/en/zh/ko.

Kana means Japanese (Chinese has none); Hangul means Korean; Han without kana means Chinese; Latin
letters mean English (the default gateway's users write English or CJK). A kana or kanji carries about
what a short Latin word does, so a Latin letter counts a third; code and URLs, Latin but not prose, a
twelfth. Then a Japanese question full of English terms and code stays Japanese. When no language
holds a clear majority, the answer is ``mixed``.
"""

from __future__ import annotations

import re

_CODE = re.compile(
    r"```.*?```|`[^`]*`|https?://\S+"
    # unfenced code: a line that opens as code does (def, import, return, >>>, an assignment, a call)
    # and holds no kana (f(x) = 4x^3 が与えられたとき… is Japanese prose)
    r"|(?m:^(?![^\n]*[\u3040-\u30ff])[ \t]*(?:def |class |import |from [\w.]+ import |return\b|>>>|elif |else:|try:|except\b|@\w|"
    r"[A-Za-z_][\w.]*(?:\[[^\]\n]*\])?[ \t]*(?:[-+*/]?=[^=]|\())[^\n]*$"
    # and a doctest's expected output: a quoted string, True, False, None, a number or a list
    r"|^[ \t]*(?:'[^'\n]*'|\"[^\"\n]*\"|True|False|None|-?[\d.]+|\[[^\n]*\])[ \t]*$)",
    re.DOTALL,
)


# runs of each script, counted by the regex engine: a Python loop over characters cost ~6 ms on the
# 12,000 characters a 4,000-character chat request becomes (the latest turn weighs double)
_SCRIPTS = {
    "kana": re.compile(r"[\u3040-\u30ff\u31f0-\u31ff\uff66-\uff9d]+"),
    "hangul": re.compile(r"[\uac00-\ud7af\u1100-\u11ff\u3130-\u318f]+"),
    "han": re.compile(r"[\u4e00-\u9fff\u3400-\u4dbf\uf900-\ufaff]+"),
    "latin": re.compile(r"[A-Za-z]+"),
}


def _count(text: str) -> dict[str, float]:
    return {name: float(sum(map(len, pattern.findall(text)))) for name, pattern in _SCRIPTS.items()}


# any kana, hangul or han: without one, Latin letters are all the scripts counted, and the answer is
# English (or, with no letters at all, mixed) whatever code the text holds
_CJK_OR_HANGUL = re.compile(
    r"[\u3040-\u30ff\u31f0-\u31ff\uff66-\uff9d\uac00-\ud7af\u1100-\u11ff\u3130-\u318f\u4e00-\u9fff\u3400-\u4dbf\uf900-\ufaff]"
)
_LATIN = re.compile(r"[A-Za-z]")


def detect_language(text: str, dominance: float = 0.6) -> str:
    if not _CJK_OR_HANGUL.search(text):
        return "en" if _LATIN.search(text) else "mixed"
    code = _CODE.findall(text)
    counts = _count(_CODE.sub(" ", text) if code else text)
    counts["latin"] /= 3
    if code:
        counts["latin"] += _count(" ".join(code))["latin"] / 12
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
