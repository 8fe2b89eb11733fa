"""Personal data, secrets and confidential material in a request: what kinds, and where.

The default detectors need no model and run in about a millisecond: patterns on text folded to ASCII
(``normalize.fold``), each confirmed where a checksum or a context exists (My Number check digit, Luhn
and card prefixes, IBAN mod 97, phone number plans), so that prices, dates, order numbers and ISBNs do
not count. A question *about* a kind ("explain the My Number check digit") has no value to find.

Spans are character offsets into the original text, for masking; kinds are short ASCII names that
may go to headers and logs. Matched text never leaves this module except as a span.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable

from tekizai.signals.addresses import addresses
from tekizai.signals.findings import Detector, Finding
from tekizai.signals.name_shape import NameShape
from tekizai.signals.names import like_a_name, plain_names
from tekizai.signals.normalize import digits_of, fold
from tekizai.signals.records import table_values

NameRecognizer = Callable[[str], list[tuple[int, int]]]  # text -> spans that are names

_SEP = r"[ \-.]?"


# -- numbers with a checksum ---------------------------------------------------------------------


def my_number_valid(digits: str) -> bool:
    """個人番号: 12 digits, the last a check digit over the first 11 (weights 6..2, 7..2)."""
    if len(digits) != 12 or not digits.isdigit():
        return False
    body = [int(d) for d in digits[:11]][::-1]
    weights = [n + 1 if n <= 6 else n - 5 for n in range(1, 12)]
    remainder = sum(p * q for p, q in zip(body, weights, strict=True)) % 11
    check = 0 if remainder <= 1 else 11 - remainder
    return check == int(digits[11])


def luhn_valid(digits: str) -> bool:
    total = 0
    for i, ch in enumerate(reversed(digits)):
        d = int(ch)
        if i % 2 == 1:
            d = d * 2 - 9 if d > 4 else d * 2
        total += d
    return total % 10 == 0


_CARD_PREFIX = re.compile(r"^(4|5[1-5]|2[2-7]|3[47]|35|6011|65|64[4-9]|3[068]|62)")
# other issuers (old JCB 2131/1800, Maestro's 12 digits and up): numbers like these are common IDs
# too, so they count only when card wording stands just before them
_CARD_CONTEXT = re.compile(r"card|\bcc\b|カード|visa|master|jcb|amex|maestro|決済|クレジット", re.IGNORECASE)


def iban_valid(iban: str) -> bool:
    s = iban.replace(" ", "").upper()
    if not re.fullmatch(r"[A-Z]{2}\d{2}[A-Z0-9]{10,30}", s):
        return False
    rearranged = s[4:] + s[:4]
    return int("".join(str(int(c, 36)) for c in rearranged)) % 97 == 1


_DIGIT_RUN = re.compile(r"(?<![\d])\d(?:[ \-.]?\d){7,22}(?![\d])")


# a British sort code heads a bank account's number (40-47-84 70872490): no card is grouped in pairs
_SORT_CODE_HEAD = re.compile(r"\d\d-\d\d-\d\d[ ,/]")


def _numbers(original: str, folded: str) -> Iterable[Finding]:
    for m in _DIGIT_RUN.finditer(folded):
        if _SORT_CODE_HEAD.match(m.group()):
            continue
        digits = digits_of(m.group())
        if len(digits) == 12 and my_number_valid(digits):
            yield Finding("my_number", m.start(), m.end())
        elif 13 <= len(digits) <= 19 and _CARD_PREFIX.match(digits) and luhn_valid(digits):
            yield Finding("payment_card", m.start(), m.end())
        elif (  # a card word just before: any issuer's 12-19 digits that pass Luhn ("cc 503802053770")
            12 <= len(digits) <= 19 and luhn_valid(digits)
            and _CARD_CONTEXT.search(folded[max(0, m.start() - 40) : m.start()])
        ):  # fmt: skip
            yield Finding("payment_card", m.start(), m.end())


_IBAN = re.compile(r"\b[A-Z]{2}\d{2}(?: ?[A-Z0-9]{4}){2,7}(?: ?[A-Z0-9]{1,4})?\b")


_IBAN_ANY_CASE = re.compile(_IBAN.pattern, re.IGNORECASE)


def _iban(original: str, folded: str) -> Iterable[Finding]:
    # typed in lower case ("my iban is gb42nawi…") only where the word IBAN says what it is
    pattern = _IBAN_ANY_CASE if "iban" in folded.lower() else _IBAN
    for m in pattern.finditer(folded):
        if iban_valid(m.group()):
            yield Finding("bank_account", m.start(), m.end())


# -- contact details ---------------------------------------------------------------------------

_EMAIL = re.compile(r"[A-Za-z0-9._%+\-]+@[A-Za-z0-9\-]+(?:\.[A-Za-z0-9\-]+)*\.[A-Za-z]{2,}")
# Japanese numbers: 0 + area/mobile code, 10 or 11 digits in all; +81 drops the leading 0.
# (spoken in kanji numerals the groups are joined by の: 〇九〇の四四一二の八八三〇; read by OCR every
# digit may stand apart: 0 4 5 - 8 8 1 - 2 3 0 9)
_PHONE_JP = re.compile(r"(?<![\d+])(?:\+81[ \-]?|0)(?:(?: - |[ \-()の])?\d){8,11}(?!\d)")
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


def _phones(original: str, folded: str) -> Iterable[Finding]:
    seen: list[tuple[int, int]] = []
    for pattern in (_PHONE_JP, _PHONE_INTL, _PHONE_US):
        for m in pattern.finditer(folded):
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
            if any(s <= m.start() < e for s, e in seen):
                continue
            seen.append((m.start(), m.end()))
            yield Finding("phone_number", m.start(), m.end())
    for pattern in (_PHONE_LABELLED, _PHONE_LABEL_AFTER):
        for m in pattern.finditer(folded):
            if 7 <= len(digits_of(m.group(1))) <= 15 and not any(s <= m.start(1) < e for s, e in seen):
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


def _spoken_phones(original: str, folded: str) -> Iterable[Finding]:
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


def _emails(original: str, folded: str) -> Iterable[Finding]:
    for m in _EMAIL.finditer(folded):
        yield Finding("email_address", m.start(), m.end())


# -- values named by their context -------------------------------------------------------------


def _labelled(kind: str, labels: str, value: str, hints: tuple[str, ...]) -> Detector:
    """``value`` where one of ``labels`` stands just before it. ``hints``: substrings (lower case) every
    label holds, tested first: a sports report full of numbers has none of them, and skips the pattern."""
    # labels are matched on folded text, where a katakana ー has become "-": fold them the same way
    pattern = re.compile(rf"(?:{fold(labels)})[^\n\d]{{0,12}}?({value})", re.IGNORECASE)
    folded_hints = tuple(fold(h) for h in hints)

    def detect(original: str, folded: str) -> Iterable[Finding]:
        lower = folded.lower()
        if not any(h in lower for h in folded_hints):
            return
        for m in pattern.finditer(folded):
            yield Finding(kind, m.start(1), m.end(1))

    return detect


_DATE = r"(?:[MTSHR]\s?\d{1,2}[./]\d{1,2}[./]\d{1,2}|\d{4}[-/.年]\s?\d{1,2}[-/.月]\s?\d{1,2}日?|\d{1,2}[-/.]\d{1,2}[-/.]\d{2,4}|(?:昭和|平成|令和)\s?\d{1,2}年\s?\d{1,2}月\s?\d{1,2}日|[A-Z][a-z]+ \d{1,2},? \d{4}|\d{1,2} [A-Z][a-z]+ \d{4})"

# a British National Insurance number in its printed grouping (JG 10 37 22 B), named or not: two letters
# of the allowed prefixes, three pairs of digits, a suffix A-D
_NI_NUMBER = re.compile(r"\b[A-CEGHJ-PR-TW-Z][A-CEGHJ-NPR-TW-Z] \d\d \d\d \d\d [A-D]\b")


def _ni_numbers(original: str, folded: str) -> Iterable[Finding]:
    for m in _NI_NUMBER.finditer(folded):
        yield Finding("national_id", m.start(), m.end())


# a date with "born" after it, as Japanese writes it: 平成14年3月8日生まれ, 1998年5月12日生
_BORN_AFTER = re.compile(rf"({_DATE})\s?(?:生まれ|生(?=[）)、。,\s]|$))")


def _born_after(original: str, folded: str) -> Iterable[Finding]:
    for m in _BORN_AFTER.finditer(folded):
        yield Finding("date_of_birth", m.start(1), m.end(1))


_CONTEXT_DETECTORS: list[Detector] = [
    _born_after,
    _ni_numbers,
    _labelled(
        "bank_account",
        r"口座番号|口座|普通預金|当座預金|普通|当座|(?:bank )?account (?:number|no\.?)|bank account|acct\.?|sort code",
        # a British sort code may come first (40-12-77 31926584)
        r"(?:\d{2}-\d{2}-\d{2}(?:[ ,/]+|,? account(?: number| no\.?)?:? ))?\d{7,8}",
        ("口座", "普通", "当座", "account", "acct", "sort code"),
    ),
    # Japan Post Bank (ゆうちょ銀行): a five-digit 記号 and an eight-digit 番号
    _labelled("bank_account", r"記号\s?\d{5}\s*番号", r"\d{6,8}", ("記号",)),
    _labelled(
        "passport_number",
        r"旅券番号|旅券|パスポート(?:番号)?|passport(?: number| no\.?)?",
        # Japan's TK1234567, and the 8 or 9 letters and digits of most others (19FV04422, C01X00T47)
        r"[A-Z]{1,2}\d{7,8}|(?=[A-Z]{0,8}\d)[A-Z0-9]{8,9}\b",
        ("旅券", "パスポート", "passport"),
    ),
    _labelled(
        "driving_licence",
        r"運転免許(?:証)?(?:の?番号)?|免許証の?番号|driver'?s licen[cs]e(?: number| no\.?)?|driving licen[cs]e(?: number)?",
        r"[A-Z0-9]{1,3}\d{6,12}|\d{2,5}(?:[ \-]\d{2,5}){1,3}",
        ("免許", "licen"),
    ),
    _labelled(
        "date_of_birth",
        r"生年月日|誕生日|date of birth|DOB|born on|born",
        _DATE,
        ("生年月日", "誕生日", "birth", "dob", "born"),
    ),
    # national identifiers besides My Number, each where its name stands before it: a US SSN, a British
    # NI number, a Japanese pension number, a residence card, a health insurance card's 記号・番号
    _labelled(
        "national_id",
        r"SSN|social security(?: number| no\.?)?|社会保障番号",
        r"\d{3}[- ]?\d{2}[- ]?\d{4}",
        ("ssn", "social security", "社会保障番号"),
    ),
    _labelled(
        "national_id",
        r"national insurance(?: number| no\.?)?|NI (?:number|no\.?)|NINO",
        r"[A-CEGHJ-PR-TW-Z]{2} ?\d{2} ?\d{2} ?\d{2} ?[A-D]\b",
        ("national insurance", "ni ", "nino"),
    ),
    _labelled("national_id", r"基礎年金番号|年金番号", r"\d{4}[- ]?\d{6}", ("年金番号",)),
    _labelled(
        "national_id",
        r"在留カード(?:番号)?|residence card(?: number| no\.?)?",
        r"[A-Z]{2}\d{8}[A-Z]{2}",
        ("在留カード", "residence card"),
    ),
    _labelled(
        "national_id",
        r"被保険者(?:証)?(?:記号|番号)|保険証の?(?:記号|番号)",
        r"\d{1,8}(?:[ \-・]+(?:番号[ ]?)?\d{1,8})?",
        ("被保険者", "保険証"),
    ),
    # a US routing number, and the account number after it
    _labelled(
        "bank_account",
        r"routing(?: number| no\.?)?|ABA(?: number)?",
        r"\d{9}(?:[ ,/]+(?:account(?: number| no\.?)?:? )?\d{6,17})?",
        ("routing", "aba"),
    ),
]


# -- secrets -----------------------------------------------------------------------------------

# each pattern with the substrings it cannot match without: a plain ``in`` test per pattern skips
# the rest ("risk-free" holds "sk-", and used to send a long article through every pattern)
_SECRET_PATTERNS: list[tuple[tuple[str, ...], str]] = [
    (("sk-",), r"\bsk-(?:proj-|ant-|live-|test-)?[A-Za-z0-9_\-]{20,}"),
    (("AKIA", "ASIA"), r"\b(?:AKIA|ASIA)[0-9A-Z]{16}\b"),
    (("ghp_", "gho_", "ghu_", "ghs_", "ghr_"), r"\bgh[pousr]_[A-Za-z0-9]{30,}"),
    (("github_pat_",), r"\bgithub_pat_[A-Za-z0-9_]{30,}"),
    (("glpat-",), r"\bglpat-[A-Za-z0-9_\-]{20,}"),
    (("xox",), r"\bxox[abposr]-[A-Za-z0-9\-]{10,}"),
    (("AIza",), r"\bAIza[0-9A-Za-z_\-]{35}"),
    (("sk_", "pk_", "rk_"), r"\b(?:rk|pk|sk)_(?:live|test)_[A-Za-z0-9]{16,}"),
    (("eyJ",), r"\beyJ[A-Za-z0-9_\-]{10,}\.eyJ[A-Za-z0-9_\-]{10,}\.[A-Za-z0-9_\-]{10,}"),
    (("-----BEGIN",), r"-----BEGIN (?:[A-Z]+ )?PRIVATE KEY-----"),
    (("earer",), r"\b[Bb]earer\s+[A-Za-z0-9_\-.=]{20,}"),
    # incoming webhooks post as their owner to whoever holds the URL
    (("hooks.slack",), r"hooks\.slack\.com/services/[A-Za-z0-9]+/[A-Za-z0-9]+/[A-Za-z0-9]{16,}"),
    (("/webhooks/",), r"discord(?:app)?\.com/api/webhooks/\d+/[A-Za-z0-9_\-]{20,}"),
]
_SECRETS = [(hints, re.compile(pattern)) for hints, pattern in _SECRET_PATTERNS]
# credentials in a URL (postgres://admin:pw@host): found from "://" and widened back over the scheme,
# where a pattern opening with the scheme was tried at every word of the text
_URL_CREDENTIALS = re.compile(r"://[^\s:/@]+:[^\s@/]{3,}@[^\s/]+")
_SCHEME = re.compile(r"[a-z][a-z0-9+\-.]{1,20}$")
# a variable named for a secret set to a value that looks like one (AWS_SECRET_ACCESS_KEY=wJalr…,
# DB_PASSWORD: "x7Gq…"): 12 or more token characters with a digit and a letter among them, so that
# API_KEY=os.environ["API_KEY"] or SECRET_KEY=changeme names no value (nor a date, nor digits alone).
# Found value first, name after: such values are rare in prose, where "key" and "token" are not
# (one pattern reading from every word boundary cost 0.29 ms on a 2,000-character article; this 0.02)
_ASSIGNED_VALUE = re.compile(
    r"[=:][ \t]*[\"']?(?!\d{4}-\d\d-\d\d)"
    r"((?=[A-Za-z/+_\-.]*\d)(?=[0-9/+_\-.]*[A-Za-z])[A-Za-z0-9/+_\-.]{12,}+=?=?)(?![\w(\[:])"
)
_SECRET_NAME_BEFORE = re.compile(
    r"(?i)(?:secret|passw(?:or)?d|token|api_?key|access_?key|private_?key|credentials?)[a-z0-9_]*[\"']?[ \t]*$"
)
_PASSWORD = re.compile(
    r"(?i)(?:password|passwd|pwd|passphrase|secret|api[_ ]?key|token|"
    + fold("パスワード")
    + r"|暗証番号|合言葉)"
    r"(?:\s+(?:for|of|to)\s+(?:the\s+|my\s+|our\s+)?[\w\-]+(?:\s+[\w\-]+)?)?"  # "password for the shared mailbox is"
    # the value, whole (possessive): a call or a lookup (os.environ["API_KEY"], get_token()) is no value
    r"\s*(?:は|:|=|：|＝|is)\s*[\"'「]?([^\s\"'」、。,()\[\]]{4,}+)(?![(\[])"
)


# a password or a secret variable is named by one of these; a plain substring test over a long prompt
# costs microseconds where the patterns cost a good part of a millisecond
_PASSWORD_HINTS = (
    "pass",
    "pwd",
    "secret",
    "api",
    "token",
    "key",
    "credential",
    fold("パスワード"),
    "暗証番号",
    "合言葉",
)


# the words a password pattern opens with (lowered): it is tried only where one of them stands, not at
# every character of a long text where "token" or "pass" appears once
_PASSWORD_WORDS = ("pass", "pwd", "secret", "api", "token", fold("パスワード"), "暗証番号", "合言葉")
_PASSWORD_REACH = 160  # characters from the word to the end of its value


def _password_matches(folded: str, lower: str) -> Iterable[re.Match[str]]:
    starts = set()
    for word in _PASSWORD_WORDS:
        at = lower.find(word)
        while at >= 0:
            starts.add(at)
            at = lower.find(word, at + 1)
    end = -1
    for start in sorted(starts):
        if start < end:  # inside the last match ("passphrase" after "pass")
            continue
        if m := _PASSWORD.match(folded, start, start + _PASSWORD_REACH):
            end = m.end()
            yield m


def _secrets(original: str, folded: str) -> Iterable[Finding]:
    for hints, pattern in _SECRETS:
        if any(hint in original for hint in hints):
            for m in pattern.finditer(original):
                yield Finding("secret", m.start(), m.end())
    if "://" in original:
        for m in _URL_CREDENTIALS.finditer(original):
            if scheme := _SCHEME.search(original, max(0, m.start() - 21), m.start()):
                yield Finding("secret", scheme.start(), m.end())
    lower = folded.lower()
    if not any(hint in lower for hint in _PASSWORD_HINTS):
        return
    for m in _ASSIGNED_VALUE.finditer(folded):
        if _SECRET_NAME_BEFORE.search(folded, max(0, m.start() - 40), m.start()):
            yield Finding("secret", m.start(1), m.end(1))
    for m in _password_matches(folded, lower):
        value = m.group(1)
        if value.lower() in {
            "required",
            "optional",
            "none",
            "null",
            "string",
            "here",
            "xxxx",
            "****",
            "<your",
        }:
            continue
        yield Finding("secret", m.start(1), m.end(1))


# -- confidentiality markings ------------------------------------------------------------------

_MARK_WORDS = (
    r"社外秘|極秘|部外秘|関係者外秘|機密|厳秘|秘密|取扱注意|取り扱い注意|(?i:strictly confidential|private and confidential|"
    r"confidential|internal only|internal use only|do not distribute|proprietary|restricted)"
)
# a marking is a label: bracketed, or followed by a colon, a dash or the end of its line. A word in
# a sentence ("社外秘の文書の扱い方は?") is a question about marking, not a marked text.
_MARKING = re.compile(
    rf"[【\[(（《<「『]\s*({_MARK_WORDS})(?:情報|文書|資料)?\s*[】\])）》>」』]"
    rf"|(?m:(?:^|(?<=[\s:：、。]))({_MARK_WORDS})(?:情報|文書|資料)?[ \t]*(?:[:：|]|\s-\s|$))"
)
# a Japanese marking heading a line, a space after it (社外秘　来期の計画): none of these opens a sentence
_MARKING_HEAD = re.compile(
    r"(?m)^[ \t\u3000]*(社外秘|極秘|部外秘|関係者外秘|厳秘|取扱注意)(?:情報|文書|資料)?(?:[ \t\u3000]+(?=\S)|につき|のため)"
)


# a marking holds one of these (lowered): a plain ``in`` test skips the patterns on most text
_MARK_HINTS = (
    "秘",
    "機密",
    "取扱注意",
    "取り扱い注意",
    "confidential",
    "internal",
    "distribute",
    "proprietary",
    "restricted",
)


def _markings(original: str, folded: str) -> Iterable[Finding]:
    lower = folded.lower()
    if not any(hint in lower for hint in _MARK_HINTS):
        return
    for m in _MARKING.finditer(folded):
        group = 1 if m.group(1) else 2
        yield Finding("confidential", m.start(group), m.end(group))
    if "秘" in folded or "取扱注意" in folded:
        for m in _MARKING_HEAD.finditer(folded):
            yield Finding("confidential", m.start(1), m.end(1))


# -- personal names ----------------------------------------------------------------------------

# a family name in kanji, maybe a given name, then an honorific that is not part of a longer word
# (同様, 多様, 仕様, 様々, 生き様 and さまざま hold 様 or さま without being honorifics)
_HONORIFIC_JP = re.compile(
    r"([\u4e00-\u9fff]{1,4}(?:[ \u3000]?[\u4e00-\u9fff]{1,3})?)[ \u3000]?(さん|様|氏|くん|ちゃん)(?![々性式子相変ざ])"
)
_NOT_BEFORE_HONORIFIC = (
    "同",
    "多",
    "模",
    "仕",
    "異",
    "一",
    "有",
    "王",
    "神",
    "殿",
    "奥",
    "皆",
    "客",
    "各",
    "生",
    "態",
    "今日",
    "左",
    "右",
)
_NAME_INTRO = re.compile(
    r"(?:私の名前は|名前は|名前[:：]|担当者?[:：]|[Mm]y name is|[Nn]ame:)[ \t\u3000]*([A-Z][a-z]+(?: [A-Z][a-z]+){0,2}|[\u4e00-\u9fff々]{1,4}(?:[ \u3000]?[\u4e00-\u9fff々\u3040-\u309f]{1,4})?)",
)
_AFTER_A_NAME = re.compile(
    r"(?:です|でした|でございます|と申します|と言います|といいます|だ|で|の|は|が|を|に|と|も)[\u3040-\u309f]*$"
)
_NOT_NAMES = {
    "皆",
    "客",
    "患者",
    "先生",
    "担当",
    "社員",
    "各位",
    "利用者",
    "会員",
    "父",
    "母",
    "神",
    "王",
    "奥",
    "兄",
    "姉",
    "弟",
    "妹",
}


def _names(original: str, folded: str) -> Iterable[Finding]:
    for m in _HONORIFIC_JP.finditer(original):
        before = original[m.start() - 1] if m.start() else ""
        name = m.group(1)
        if m.group(2) == "様" and name.endswith(_NOT_BEFORE_HONORIFIC):
            continue
        if name not in _NOT_NAMES and before not in ("お", "御"):
            yield Finding("person_name", m.start(1), m.end(1))
    for m in _NAME_INTRO.finditer(original):
        # the copula or particle after a Japanese name is not part of it: 名前は轟木です
        name = _AFTER_A_NAME.sub("", m.group(1))
        if name and not name.startswith(("何", "誰")):  # 名前は何か: a question, no name
            yield Finding("person_name", m.start(1), m.start(1) + len(name))


# -- health and HR information about an identifiable person --------------------------------------

_HEALTH_EN = (
    r"\b(?:diagnos(?:ed|is)|depression|cancer|diabetes|hiv|pregnan\w*|surgery|medication|prescri\w+|"
    r"therapy|mental health|disorder|chemotherapy|sick leave|medical leave|hospitali[sz]ed|"
    r"(?:off|called in|went home|been) sick|sick (?:day|note)|dizz(?:y|iness)|nausea|dementia|alzheimer'?s|"
    r"allerg(?:y|ic)|insulin|blood pressure|seizures?|asthma|fever|tested positive|covid(?:-19)?|"
    # (not "injury" or "stroke": sports news is full of them, beside players' names)
    r"fractured?|broken (?:arm|leg|wrist|ankle|hip)|heart failure|heart attack|tonsillitis|sprained|"
    r"chemo|radiotherapy|dialysis|epipen|copd|burnout|burnt out|signed off sick|signed off with|insomnia|"
    r"influenza|flu|migraines?|panic attacks?|(?:hip|knee) replacement|physio(?:therapy)?|drug (?:test|screen)|"
    r"adhd|autism|autistic|dyslexia|mri|biopsy|x-ray|blood test|scan results)\b"
)
_HEALTH_JA = (
    r"診断|うつ病|鬱病|がん|癌|糖尿病|妊娠|手術|服薬|通院|入院|持病|既往歴|障害|休職|病気療養|メンタル|"
    r"体調を崩|救急搬送|認知症|めまい|発熱|熱が(?:出|下が|高|あ)|アレルギー|血圧|インスリン|発作|喘息|"
    r"陽性(?:反応|判定|になっ|だっ|でした|と診断|が出)|骨折|心不全|心筋梗塞|脳梗塞|脳卒中|怪我|けがを|負傷|捻挫|扁桃|"
    r"インフルエンザ|寝込|不眠|眠れてい|眠れない|片頭痛|パニック障害|薬を飲|の薬|腰を痛め|腰痛|ぎっくり腰|肺炎|"
    r"発達障害|検査結果"
)
_HEALTH = re.compile(f"{_HEALTH_EN}|{_HEALTH_JA}", re.IGNORECASE)
_HR_EN = (
    r"\b(?:performance review|disciplinary|dismiss(?:al|ed)|fired|terminat(?:ed|ion)|salary|demot\w+|"
    r"harassment complaint|warning letter|pay cut|performance improvement plan|probation(?:ary)? review|"
    r"parental leave|maternity leave|paternity leave|(?:was|got|been|be) laid off|leave of absence|"
    r"(?:final |written )+warning|(?:will|would|was|is) not (?:be )?renewed|non-renewal|overtime hours)\b"
)
_HR_JA = (
    r"人事評価|懲戒|解雇|減給|降格|給与|年収|ハラスメント|始末書|退職勧奨|査定|育児休業|育休|産休|介護休業|休職|"
    r"不採用|面接評価|残業時間|時間外労働|産業医|雇い止め|契約を更新しない|退職届|退職願|一身上の都合|"
    r"退職(?:します|する予定|を希望|の意向)|人事考課|考課|昇給|昇格"
)
_HR = re.compile(f"{_HR_EN}|{_HR_JA}", re.IGNORECASE)
# someone in hospital now ("she's at the hospital"), not a news report's "died in hospital": read only
# where the word is, one alternation of pronouns at every word of every text cost 0.3 ms at p99
_IN_HOSPITAL = re.compile(
    r"\b(?:she|he|they|i)(?:'s|'re|'m| is| was| are| am| were)? (?:still )?(?:at|in) (?:the )?hospital\b"
)
# the writer speaking of themself: "I was diagnosed", "私は…入院"
# (English on lowered text, Japanese apart: one case-insensitive alternation of both cost twice as much)
_FIRST_PERSON_EN = re.compile(r"\b(?:i|i'm|i've|my|me)\b")
_FIRST_PERSON_JA = re.compile(r"私|僕|自分")
# someone close to the writer, identifiable to them: "Dad's surgery", 【母】通院, 妻が…寝込んで
_KIN_EN = re.compile(
    r"\b(?:mom|mum|dad|mother|father|wife|husband|son|daughter|grandma|grandpa|grandmother|grandfather)\b"
)
_KIN_JA = re.compile(r"母|父|妻|夫|息子|娘|祖母|祖父")
# "give me phrases for a review" asks for something: "me" there is no one the term is about; nor is
# "I" who explains, tells or writes ("how do I explain type 1 diabetes to a child")
_JAPANESE_SCRIPT = re.compile(r"[\u3040-\u30ff\u4e00-\u9fff]")
_ASKING_ME = re.compile(r"(?i)\b(?:give|tell|show|help|let|send)[ \t]+$")
_I_WHO_TELLS = re.compile(
    r"[ \t]+(?:explain|tell|describe|teach|write|word|phrase|say|talk)\b", re.IGNORECASE
)


_NEAR = 60  # characters between the term and the person it is about


# the English and the Japanese terms as separate patterns, lowered, for lowered text: one alternation
# of both was tried in full at every character (0.34 ms on a 2,000-character article; 0.12 apart), and
# case-insensitive matching costs twice what matching lowered text does
_TERM_PATTERNS = [
    ("health_info", re.compile(_HEALTH_EN.lower())),
    ("health_info", re.compile(_HEALTH_JA)),
    ("hr_info", re.compile(_HR_EN.lower())),
    ("hr_info", re.compile(_HR_JA)),
]


def health_and_hr_terms(text: str) -> list[Finding]:
    """Every health or HR term in the text, personal or not (read once per text)."""
    lowered = text.lower()
    if len(lowered) == len(text):  # spans carry over (a few letters, such as İ, lower to two)
        patterns = _TERM_PATTERNS
    else:
        lowered, patterns = text, [("health_info", _HEALTH), ("hr_info", _HR)]
    found = [
        Finding(kind, m.start(), m.end()) for kind, pattern in patterns for m in pattern.finditer(lowered)
    ]
    if "hospital" in lowered:
        found += [Finding("health_info", m.start(), m.end()) for m in _IN_HOSPITAL.finditer(lowered)]
    return found


def about_a_person(text: str, terms: list[Finding], people: list[Finding]) -> Iterable[Finding]:
    """The health or HR ``terms`` near someone identifiable: a name found, or the writer.

    "A 45-year-old patient presents with…" names no one and is not personal data; nor is a news story
    that mentions an illness paragraphs away from any "I".
    """
    if not terms:
        return
    lowered = text.lower()
    writer = _FIRST_PERSON_EN.finditer(lowered) if len(lowered) == len(text) else ()
    anchors = [(f.start, f.end) for f in people] + [
        (m.start(), m.end())
        for m in writer
        if not (m.group() == "me" and _ASKING_ME.search(text, max(0, m.start() - 8), m.start()))
        and not (m.group() == "i" and _I_WHO_TELLS.match(text, m.end()))
    ]
    if len(lowered) == len(text):
        anchors += [(m.start(), m.end()) for m in _KIN_EN.finditer(lowered)]
    if _JAPANESE_SCRIPT.search(text):
        anchors += [(m.start(), m.end()) for p in (_FIRST_PERSON_JA, _KIN_JA) for m in p.finditer(text)]
    for term in terms:
        if any(s - _NEAR <= term.start and term.end <= e + _NEAR for s, e in anchors):
            yield term


def _tables(original: str, folded: str) -> Iterable[Finding]:
    return table_values(folded, like_a_name)


#: detectors that can only match where a digit is (numbers, labelled values, addresses) or an @ is
_NEED_DIGIT: list[Detector] = [_numbers, _iban, _phones, *_CONTEXT_DETECTORS, addresses]
_NEED_AT: list[Detector] = [_emails]
_ALWAYS: list[Detector] = [_secrets, _markings, _names, _tables, _spoken_phones]
_DIGIT = re.compile(r"\d")
_DIGITS = re.compile(r"\d+")
# what a number-bound detector reads around a number: labels before it ("口座番号", "lives at", up
# to 60 characters off), the rest of an address after it
_BEFORE, _AFTER = 100, 60


def digit_windows(folded: str) -> list[tuple[int, int]]:
    """The stretches of text near digits, merged: all the number-bound detectors need to read.

    A long prompt holds a few numbers; reading a hundred characters around each instead of the whole
    text cuts the cost of the number-bound detectors severalfold.
    """
    windows: list[tuple[int, int]] = []
    for m in _DIGITS.finditer(folded):
        start, end = max(0, m.start() - _BEFORE), min(len(folded), m.end() + _AFTER)
        if windows and start <= windows[-1][1]:
            windows[-1] = (windows[-1][0], end)
        else:
            windows.append((start, end))
    return windows


def term_detector(terms: Iterable[str]) -> Detector | None:
    """The operator's own terms (customer names, project code names), matched case-insensitively."""
    cleaned = sorted({t.strip() for t in terms if t.strip()}, key=len, reverse=True)
    if not cleaned:
        return None
    pattern = re.compile("|".join(re.escape(fold(t)) for t in cleaned), re.IGNORECASE)

    def detect(original: str, folded: str) -> Iterable[Finding]:
        for m in pattern.finditer(folded):
            yield Finding("operator_term", m.start(), m.end())

    return detect


class SensitivityDetector:
    """Finds sensitive spans in every text of a request, untruncated."""

    def __init__(
        self,
        extra_terms: Iterable[str] = (),
        names: NameRecognizer | None = None,
        shape: NameShape | None = None,
    ) -> None:
        """``names``: an optional extra name recogniser (``ginza_names.GinzaNames``); ``shape``: a
        name-shape table of one's own (``tekizai train names``) instead of the shipped one."""
        self.names = names
        self.shape = shape
        self.always = list(_ALWAYS)
        if (terms := term_detector(extra_terms)) is not None:
            self.always.append(terms)

    def scan(self, text: str) -> list[Finding]:
        folded = fold(text)
        # most prompts hold neither digits nor an @: skip the detectors that need them, and read only
        # near the digits there are
        detectors = list(self.always)
        if "@" in folded:
            detectors += _NEED_AT
        findings = [f for detect in detectors for f in detect(text, folded)]
        for a, b in digit_windows(folded):
            findings += [
                Finding(f.kind, f.start + a, f.end + a)
                for detect in _NEED_DIGIT
                for f in detect(text[a:b], folded[a:b])
            ]
        # a name typed plainly counts when something personal is near it: another finding, or a
        # health or HR term (which in turn counts because the name is near)
        terms = health_and_hr_terms(text)
        anchors = [(f.start, f.end) for f in (*findings, *terms)]
        recognised = self.names(text) if self.names is not None else ()
        findings += [
            Finding("person_name", s, e) for s, e in plain_names(text, anchors, recognised, self.shape)
        ]
        findings += about_a_person(text, terms, [f for f in findings if f.kind == "person_name"])
        return sorted(set(findings), key=lambda f: (f.start, -f.end))

    def kinds(self, texts: Iterable[str]) -> set[str]:
        return {f.kind for text in texts for f in self.scan(text)}


def mask(text: str, findings: Iterable[Finding]) -> str:
    """Replace each finding by ``[KIND]``; overlapping findings merge into the first."""
    out, pos = [], 0
    for f in sorted(findings, key=lambda f: (f.start, -f.end)):
        if f.start < pos:
            continue
        out.append(text[pos : f.start])
        out.append(f"[{f.kind.upper()}]")
        pos = f.end
    out.append(text[pos:])
    return "".join(out)
