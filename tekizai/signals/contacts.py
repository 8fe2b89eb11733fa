"""Contact details: e-mail addresses, and phone numbers as people write them (Japanese, international,
US; grouped, bracketed, after a phone word or before its label, read aloud in English or in kana).

Detectors in the shape ``sensitivity`` runs them: ``(original, folded) -> findings``; phones and
e-mails are number- or @-bound, run only where a digit or an @ stands.
"""

from __future__ import annotations

import re
from collections.abc import Iterable

from tekizai.signals.findings import Finding
from tekizai.signals.normalize import digits_of
from tekizai.signals.prefilter import Prefiltered

_EMAIL = re.compile(r"[A-Za-z0-9._%+\-]+@[A-Za-z0-9\-]+(?:\.[A-Za-z0-9\-]+)*\.[A-Za-z]{2,}")
# Japanese numbers: 0 + area/mobile code, 10 or 11 digits in all; +81 drops the leading 0.
# (spoken in kanji numerals the groups are joined by の or ・: 〇九〇の四四一二の八八三〇; read by OCR every
# digit may stand apart: 0 4 5 - 8 8 1 - 2 3 0 9)
_PHONE_JP = re.compile(r"(?<![\d+])(?:\+81[ \-]?|0)(?:(?: - |[ \-()の・･])?\d){8,11}(?!\d)")
_PHONE_INTL = re.compile(r"(?<![\d])\+(?:[1-9]\d{0,2})[ \-]?(?:\(?\d{1,4}\)?[ \-]?){2,5}\d{2,4}(?!\d)")
_PHONE_CONTEXT = re.compile(r"電話|TEL|[Tt]el|携帯|FAX|[Ff]ax|[Pp]hone|[Cc]all|連絡先|番号")
# any grouped number of 7-15 digits right after a phone word: the formats of every numbering plan
_PHONE_LABELLED = re.compile(
    r"(?:電\s?話|TEL|携帯|FAX|phone|tel\b|call|reach|mobile|cell|fax|desk|contact|answering at|text me at|"
    r"messages? (?:me )?(?:at|to)|registered)[^\d]{0,25}"
    r"(\+?\(?\d[\d ().\-]{5,20}\d)",
    re.IGNORECASE,
)
# the label after the number, as in a signature block: "781 1704 office", "085 175 7641-Office"
_PHONE_LABEL_AFTER = re.compile(
    r"(\+?\(?\d[\d ().\-]{5,20}\d)[ \t]*-?[ \t]*(?:office|fax|mobile|mobil|cell|home|work|phone)\b",
    re.IGNORECASE,
)
_PHONE_US = re.compile(r"(?<![\d])(?:\(\d{3}\)\s?|\d{3}[ \-.])\d{3}[ \-.]\d{4}(?!\d)")
# each with the words it cannot match without, tested before the pattern is read
_LABELLED = (Prefiltered(_PHONE_LABELLED), Prefiltered(_PHONE_LABEL_AFTER))


def _past_cell_edges(pattern: re.Pattern[str], text: str) -> Iterable[re.Match[str]]:
    """Every match of ``pattern``, read again after each spaced hyphen inside it: a date's "03 - " run
    into the phone after it must not hide the phone (1992/11/03 - 080-5566-7788)."""
    at = 0
    while m := pattern.search(text, at):
        yield m
        cut = m.group().find(" - ")
        at = m.start() + cut + 3 if cut > 0 else m.end()


# an organisation's number, free to call (0800, 0120, 1-800): no one's own
_TOLL_FREE = re.compile(r"^(?:\+44 ?\(?0?\)? ?|0)80[08]|^0120|^\+?1?[ \-.(]*8(?:00|88|77|66|55|44|33)\b")
# a number given as an example of a format ("numbers like 07700 900461", 例：090-1234-5678)
_AN_EXAMPLE = re.compile(r"(?i)(?:\blike|e\.g\.|such as|for example|for instance|例えば|例[：:])\s*$")


def _not_someones(folded: str, start: int, number: str) -> bool:
    """A toll-free number, or one given as an example of a format."""
    return bool(_TOLL_FREE.match(number) or _AN_EXAMPLE.search(folded, max(0, start - 16), start))


def phones(original: str, folded: str) -> Iterable[Finding]:
    seen: list[tuple[int, int]] = []
    for pattern in (_PHONE_JP, _PHONE_INTL, _PHONE_US):
        if pattern is _PHONE_INTL and "+" not in folded:
            continue
        for m in _past_cell_edges(pattern, folded):
            digits = digits_of(m.group())
            if pattern is _PHONE_JP:
                national = digits[2:] if m.group().startswith("+81") else digits[1:]
                if len(national) not in (9, 10) or national[0] == "0":
                    continue
                bare = not re.search(r"[ \-()]", m.group())
                mobile = m.group().startswith(("0120", "+81", "070", "080", "090", "050"))
                if (
                    bare
                    and not mobile
                    and not _PHONE_CONTEXT.search(folded[max(0, m.start() - 16) : m.start()])
                ):
                    continue  # a bare run of digits is more likely an order number than a phone
            elif not 8 <= len(digits) <= 15:
                continue
            if _not_someones(folded, m.start(), m.group()):
                continue
            if any(s <= m.start() < e for s, e in seen):
                continue
            seen.append((m.start(), m.end()))
            yield Finding("phone_number", m.start(), m.end())
    lower = folded.lower()
    for labelled in _LABELLED:
        for m in labelled.finditer(folded, lower):
            if (
                7 <= len(digits_of(m.group(1))) <= 15
                and not any(s <= m.start(1) < e for s, e in seen)
                and not _not_someones(folded, m.start(1), m.group(1))
            ):
                seen.append((m.start(1), m.end(1)))
                yield Finding("phone_number", m.start(1), m.end(1))


# a number read aloud, as a voicemail transcript has it: "oh seven seven zero zero nine double zero one
# two three"; or in kana after a phone word: 電話番号は、ゼロキューゼロの、いちにさんよんの…
# (matched on lowered text, each word's first letter looked ahead: a third of a case-insensitive search)
_SPOKEN_EN = re.compile(
    r"\b(?=[zotfsend])(?:(?:zero|oh|one|two|three|four|five|six|seven|eight|nine|double|triple)[ ,\-]+){6,}"
    r"(?:zero|oh|one|two|three|four|five|six|seven|eight|nine)\b"
)
_REPEAT = {"double": 2, "triple": 3}
_SPOKEN_HINTS = ("call", "phone", "number", "ring", "reach", "text", "mobile", "cell")
_KANA_DIGIT = r"(?:ゼロ|ぜろ|れい|まる|いち|イチ|に|ニ|さん|サン|よん|ヨン|ご|ゴ|ろく|ロク|なな|ナナ|はち|ハチ|きゅう|キュウ|キュー)"
_SPOKEN_JA = re.compile(rf"(?:電話|携帯|番号)[^。\n\d]{{0,8}}?((?:{_KANA_DIGIT}[のー、 \u3000]*){{7,}})")


def spoken_phones(original: str, folded: str) -> Iterable[Finding]:
    lower = folded.lower()
    if len(lower) == len(folded) and any(h in lower for h in _SPOKEN_HINTS):
        for m in _SPOKEN_EN.finditer(lower):
            words = m.group().replace(",", " ").replace("-", " ").split()
            # each digit word one digit; "double zero" two, "triple one" three
            digits = sum(1 if w not in _REPEAT else _REPEAT[w] - 1 for w in words)
            if 7 <= digits <= 15:
                yield Finding("phone_number", m.start(), m.end())
    if "電話" in original or "携帯" in original or "番号" in original:  # (read unfolded: キュー keeps its ー)
        for m in _SPOKEN_JA.finditer(original):
            yield Finding("phone_number", m.start(1), m.end(1))


def emails(original: str, folded: str) -> Iterable[Finding]:
    for m in _EMAIL.finditer(folded):
        yield Finding("email_address", m.start(), m.end())
