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
from tekizai.signals.contacts import emails, phones, spoken_phones
from tekizai.signals.findings import Detector, Finding
from tekizai.signals.health_hr import about_a_person, health_and_hr_terms
from tekizai.signals.name_shape import NameShape
from tekizai.signals.names import like_a_name
from tekizai.signals.national_ids import FOREIGN_IDS
from tekizai.signals.normalize import digits_of, fold
from tekizai.signals.personal_names import plain_names
from tekizai.signals.records import sql_values, table_values
from tekizai.signals.secrets import markings, secrets
from tekizai.signals.spoken_dates import spoken_birth_dates

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


_DIGIT_RUN = re.compile(r"(?<![\d])\d(?:(?:[ \-.]| {2})?\d){7,22}(?![\d])")


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


_DATE = r"(?:[MTSHR]\s?\d{1,2}[./]\d{1,2}[./]\d{1,2}|\d{4}[-/.年]\s?\d{1,2}[-/.月]\s?\d{1,2}日?|\d{1,2} ?[-/.] ?\d{1,2} ?[-/.] ?\d{2,4}|(?:昭和|平成|令和)\s?\d{1,2}年\s?\d{1,2}月\s?\d{1,2}日|(?:大正|昭和|平成|令和)[\d十元]{1,3}年[\d十]{1,3}月[\d十]{1,3}日|[A-Z][a-z]+ \d{1,2},? \d{4}|\d{1,2} [A-Z][a-z]+ \d{4})"

# a British National Insurance number in its printed grouping (JG 10 37 22 B), named or not: two letters
# of the allowed prefixes, three pairs of digits, a suffix A-D
_NI_NUMBER = re.compile(
    r"\b[A-CEGHJ-PR-TW-Z][A-CEGHJ-NPR-TW-Z] \d\d \d\d \d\d [A-D]\b"
    # named as one, any two letters first: a value typed where the number goes (QQ 12 34 56 C)
    r"|(?i:\bNI (?:number|no\.?)|national insurance (?:number|no\.?)|\bNINO)[:\s]*"
    r"([A-Z]{2} ?\d\d ?\d\d ?\d\d ?[A-D])\b"
)


# a Singapore NRIC or FIN (S1234567D): its check letter verified, or named as one
_NRIC = re.compile(r"\b([STFG])(\d{7})([A-Z])\b")
_NRIC_NAMED = re.compile(r"(?i)\b(?:NRIC|FIN|IC)(?: no\.?| number)?[:#\s]*$")


def nric_valid(prefix: str, digits: str, letter: str) -> bool:
    total = sum(int(d) * w for d, w in zip(digits, (2, 7, 6, 5, 4, 3, 2), strict=True)) + (
        4 if prefix in "TG" else 0
    )
    return ("JZIHGFEDCBA" if prefix in "ST" else "XWUTRQPNMLK")[total % 11] == letter


def _nrics(original: str, folded: str) -> Iterable[Finding]:
    for m in _NRIC.finditer(folded):
        if nric_valid(*m.groups()) or _NRIC_NAMED.search(folded, max(0, m.start() - 16), m.start()):
            yield Finding("national_id", m.start(), m.end())


def _ni_numbers(original: str, folded: str) -> Iterable[Finding]:
    for m in _NI_NUMBER.finditer(folded):
        group = 1 if m.group(1) else 0
        yield Finding("national_id", m.start(group), m.end(group))


# a date with "born" after it, as Japanese writes it: 平成14年3月8日生まれ, 1998年5月12日生
_BORN_AFTER = re.compile(rf"({_DATE})\s?(?:生まれ|生(?=[）)、。,\s]|$))")


# a British driving licence number, named or not: five letters of the surname (9s pad it), the birth
# decade, month (plus 50 for a woman) and day, the year, two initials, a digit and two check letters
_UK_LICENCE = re.compile(r"\b[A-Z][A-Z9]{4}\d(?:[05]\d|[16][0-2])(?:[0-2]\d|3[01])\d[A-Z9]{2}\d[A-Z]{2}\b")
# a Japanese licence's twelve digits as the card prints them, 第 … 号, after the licence's name
_JA_LICENCE = re.compile(r"免許[^\n]{0,30}?第\s?(\d{12})\s?号")


# a British sort code and the eight-digit account after it, named or not (12-34-56 87654321)
_SORT_CODE_ACCOUNT = re.compile(
    r"(?<![\d\-])\d\d([- ])\d\d\1\d\d(?:[ ,/]+|,? account(?: number| no\.?)?:? )\d{4} ?\d{4}(?!\d)"
)


def _sort_code_accounts(original: str, folded: str) -> Iterable[Finding]:
    for m in _SORT_CODE_ACCOUNT.finditer(folded):
        yield Finding("bank_account", m.start(), m.end())


# an NHS number: ten digits (3-3-4) whose last is a check digit over the first nine (weights 10..2,
# mod 11), after its name: the key to someone's health records
_NHS_NUMBER = re.compile(r"(?i)\bNHS(?: number| no\.?|#)?[^\n\d]{0,30}?(\d{3}[ \-]?\d{3}[ \-]?\d{4})(?!\d)")


def nhs_number_valid(digits: str) -> bool:
    if len(digits) != 10 or not digits.isdigit():
        return False
    check = 11 - sum(int(d) * (10 - i) for i, d in enumerate(digits[:9])) % 11
    return check != 10 and check % 11 == int(digits[9])


# a health insurance card's 記号 and 番号 written apart from the card's name (保険証の記号・番号を…。記号 1234 番号 56789)
_INSURANCE_PAIR = re.compile(r"記号[ :：]?(\d{1,8})[ ,、・]*番号[ :：]?(\d{1,10})")


def _insurance_numbers(original: str, folded: str) -> Iterable[Finding]:
    if "保険" in folded and "記号" in folded:
        for m in _INSURANCE_PAIR.finditer(folded):
            if "保険" in folded[max(0, m.start() - 60) : m.start()]:
                yield Finding("national_id", m.start(1), m.end(2))


def _nhs_numbers(original: str, folded: str) -> Iterable[Finding]:
    if "nhs" in folded.lower():
        for m in _NHS_NUMBER.finditer(folded):
            if nhs_number_valid(digits_of(m.group(1))):  # a health record's key, and a national ID
                yield Finding("health_info", m.start(1), m.end(1))
                yield Finding("national_id", m.start(1), m.end(1))


def _licence_numbers(original: str, folded: str) -> Iterable[Finding]:
    for m in _UK_LICENCE.finditer(folded):
        yield Finding("driving_licence", m.start(), m.end())
    for m in _JA_LICENCE.finditer(folded):
        yield Finding("driving_licence", m.start(1), m.end(1))


def _born_after(original: str, folded: str) -> Iterable[Finding]:
    for m in _BORN_AFTER.finditer(folded):
        yield Finding("date_of_birth", m.start(1), m.end(1))


# an encyclopaedia's lead tells of a public person: "linda hayden (born 19 january 1953) is an english
# film actress", "(born 5 may 1960 in roskilde) is a danish poet"; a record says what happened to
# someone instead ("Linda Hayden (born 19 January 1953) was admitted…")
_LEAD_AFTER_BIRTH = re.compile(
    r"(?:\s+in\s[^()\n]{1,80}?)?\s*(?:\)|-rrb-)\s*(?:is|was)\s+(?:a|an|the|one|former|professor|currently)\b",
    re.IGNORECASE,
)


def _outside_leads(detect: Detector) -> Detector:
    def birth_dates(original: str, folded: str) -> Iterable[Finding]:
        return (f for f in detect(original, folded) if not _LEAD_AFTER_BIRTH.match(folded, f.end))

    return birth_dates


_CONTEXT_DETECTORS: list[Detector] = [
    _born_after,
    _licence_numbers,
    _sort_code_accounts,
    _nhs_numbers,
    _insurance_numbers,
    _ni_numbers,
    _nrics,
    _labelled(
        "bank_account",
        r"口座番号|口座|普通預金|当座預金|普通|当座|(?:bank )?account (?:number|no\.?)|bank account|acct\.?|sort code|"
        r"(?:ordinary|savings|current|checking|chequing|deposit) account",
        # a British sort code may come first (40-12-77 31926584)
        r"(?:\d{2}-\d{2}-\d{2}(?:[ ,/]+|,? account(?: number| no\.?)?:? ))?\d{7,8}|\d(?: \d){6,7}(?!\d)",
        ("口座", "普通", "当座", "account", "acct", "sort code"),
    ),
    # Japan Post Bank (ゆうちょ銀行): a five-digit 記号 and an eight-digit 番号
    _labelled("bank_account", r"記号\s?\d{5}\s*番号", r"\d{6,8}", ("記号",)),
    _labelled(
        "passport_number",
        r"旅券番号|旅券|パスポート(?:番号)?|passport(?: number| no\.?)?|reisepass(?: ?nr\.?)?|passeport|pasaporte|"
        r"passaporto|paspoort|passi",
        # Japan's TK1234567, and the 8 or 9 letters and digits of most others (19FV04422, C01X00T47)
        # (or as OCR reads a scan, every digit apart: 5 3 3 4 8 1 9 2 7)
        r"[A-Z]{1,2}\d{7,8}|(?=[A-Z]{0,8}\d)[A-Z0-9]{8,9}\b|\d(?: \d){7,8}\b",
        (
            "旅券",
            "パスポート",
            "passport",
            "reisepass",
            "passeport",
            "pasaporte",
            "passaporto",
            "paspoort",
            "passi",
        ),
    ),
    _labelled(
        "driving_licence",
        r"運転免許(?:証)?(?:の?番号)?|免許証の?番号|driver'?s licen[cs]e(?: number| no\.?)?|driving licen[cs]e(?: number)?|DL#|"
        # a state's licence: "California licence is D1234567"
        r"(?-i:[A-Z][a-z]+(?: [A-Z][a-z]+)?) (?:driver'?s )?licen[cs]e(?: number| no\.?)?(?: is)?",
        r"[A-Z0-9]{1,3}\d{6,12}|[A-Z]\d{3}(?:-\d{3,4}){2,3}|\d{2,5}(?:[ \-]\d{2,5}){1,3}",
        ("免許", "licen", "dl#"),
    ),
    _outside_leads(
        _labelled(
            "date_of_birth",
            r"生年月日|誕生日|date of birth|birth ?date|birthday|DOB|born on|born|nac[ií] el|fecha de nacimiento|n[ée]e? le|date de naissance|"
            r"geboren am|geburtsdatum|nato il|nata il|data di nascita|nasci em|data de nascimento",
            # a day and a month without the year is still someone's birthday ("born 18 Nov at 4:12am")
            # (and not where a year follows apart, as a wiki bio has it of a public person: "born july 3 , 1976")
            rf"{_DATE}|(?:\d{{1,2}}(?:st|nd|rd|th)?(?: of)? (?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)[a-z]*\b"
            # (a year in words after it: "3rd of March, nineteen eighty-four")
            r"(?:,? (?:nineteen|twenty|two thousand)[ \-][a-z]+(?:[ \-][a-z]+)?)?"
            r"|(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)[a-z]* \d{1,2}(?:st|nd|rd|th)?\b)(?![ ,]*\d)"
            # other languages' dates: 4 de abril de 1995, 4 avril 1995, 4. April 1995
            r"|\d{1,2}\.? (?:de )?[a-záéíóúûäöüç]{3,10} (?:de )?\d{4}",
            (
                "生年月日",
                "誕生日",
                "birth",
                "dob",
                "born",
                "nací",
                "naci",
                "naissance",
                "né",
                "nee",
                "geb",
                "nato",
                "nata",
                "nasc",
            ),
        ),
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


# -- personal names ----------------------------------------------------------------------------

# a family name in kanji, maybe a given name, then an honorific that is not part of a longer word
# (同様, 多様, 仕様, 様々, 生き様 and さまざま hold 様 or さま without being honorifics)
_HONORIFIC_JP = re.compile(
    r"([\u4e00-\u9fff]{1,4}(?:[ \u3000]?[\u4e00-\u9fff]{1,3})?)[ \u3000]?(さん|様|氏|くん|ちゃん)(?![々性式子相変ざ名族])"
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
    "赤",
}


# a given name in kana with くん or ちゃん, as a nursery's notes write a child (ゆうとくん, ミオちゃん); not
# family words or pets
_KANA_HONORIFIC = re.compile(
    r"(?<![\u3041-\u3093\u30a1-\u30fcー])([\u3041-\u3093]{2,4}|[\u30a1-\u30fa]{2,5})(?:くん|ちゃん)"
)
_NOT_KANA_NAMES = frozenset(
    "あか おにい おねえ おばあ おじい にい ねえ ばあ じい かあ とう おば おじ おかあ おとう みんな "
    "ワン ネコ ニャン わん ねこ うさ クマ くま パパ ママ おにいさ おねえさ".split()
)


def _names(original: str, folded: str) -> Iterable[Finding]:
    if "くん" in original or "ちゃん" in original:
        for m in _KANA_HONORIFIC.finditer(original):
            if m.group(1) not in _NOT_KANA_NAMES:
                yield Finding("person_name", m.start(1), m.end(1))
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
        # 名前は何か: a question, no name; 名前は空欄に: a form's blank
        if name and not name.startswith(
            ("何", "誰", "空欄", "空白", "未定", "不明", "省略", "任意", "必須", "伏せ")
        ):
            yield Finding("person_name", m.start(1), m.start(1) + len(name))


def _tables(original: str, folded: str) -> Iterable[Finding]:
    yield from table_values(folded, like_a_name)
    yield from sql_values(folded, like_a_name)


#: detectors that can only match where a digit is (numbers, labelled values, addresses) or an @ is
_NEED_DIGIT: list[Detector] = [_numbers, _iban, phones, *_CONTEXT_DETECTORS, *FOREIGN_IDS, addresses]
_NEED_AT: list[Detector] = [emails]
_ALWAYS: list[Detector] = [secrets, markings, _names, _tables, spoken_phones, spoken_birth_dates]
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
        anchors = [(f.start, f.end) for f in findings]
        recognised = self.names(text) if self.names is not None else ()
        findings += [
            Finding("person_name", s, e)
            for s, e in plain_names(text, anchors, recognised, self.shape, [(t.start, t.end) for t in terms])
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
