"""National identifiers and bank details of other countries. Where the number carries its own check
(Spain's DNI and NIE, Brazil's CPF, Ireland's PPS number, China's resident ID, Hong Kong's and Taiwan's
identity cards, Finland's henkilötunnus) or a shape nothing else has (Italy's codice fiscale, Korea's
resident registration number with its birth date) it is found wherever it stands; the rest where their
name stands before them, whatever their check says (a value typed where the number goes is one):
Poland's PESEL, Sweden's personnummer, Norway's fødselsnummer, Denmark's CPR, the Netherlands' BSN,
Australia's TFN and BSB, Canada's SIN, Nigeria's BVN, the UK's UTR, India's Aadhaar, Ireland's PPS
number, Brazil's bank branch and account.

Detectors in the shape ``sensitivity`` runs them (``(original, folded) -> findings``), number-bound:
run only near digits.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable

from tekizai.signals.findings import Detector, Finding
from tekizai.signals.normalize import digits_of


def dni_valid(number: str, letter: str) -> bool:
    """A Spanish DNI's letter (NIE: X, Y, Z stand for 0, 1, 2 first)."""
    digits = str("XYZ".index(number[0])) + number[1:] if number[0] in "XYZ" else number
    return "TRWAGMYFPDXBNJZSQVHLCKE"[int(digits) % 23] == letter


def cpf_valid(digits: str) -> bool:
    """A Brazilian CPF's two check digits (and not eleven of one digit)."""
    if len(digits) != 11 or len(set(digits)) == 1:
        return False
    for n in (9, 10):
        total = sum(int(d) * w for d, w in zip(digits[:n], range(n + 1, 1, -1), strict=True))
        if (total * 10 % 11) % 10 != int(digits[n]):
            return False
    return True


def pps_valid(digits: str, check: str, second: str = "") -> bool:
    """An Irish PPS number's check letter (the second letter, if any, counts nine times its place)."""
    total = sum(int(d) * w for d, w in zip(digits, range(8, 1, -1), strict=True))
    total += 9 * (ord(second) - 64 if second and second != "W" else 0)
    return "WABCDEFGHIJKLMNOPQRSTUV"[total % 23] == check


def china_id_valid(number: str) -> bool:
    """A Chinese resident identity number's last character (ISO 7064 mod 11-2) and its birth date."""
    if not _BIRTH_DATE.fullmatch(number[6:14]):
        return False
    weights = (7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2)
    total = sum(int(d) * w for d, w in zip(number[:17], weights, strict=True))
    return "10X98765432"[total % 11] == number[17].upper()


def hkid_valid(letters: str, digits: str, check: str) -> bool:
    """A Hong Kong identity card's check character (a single letter counts as if after a space)."""
    values = [36 if c == " " else ord(c) - 55 for c in letters.rjust(2)]
    total = (
        values[0] * 9 + values[1] * 8 + sum(int(d) * w for d, w in zip(digits, range(7, 1, -1), strict=True))
    )
    remainder = (11 - total % 11) % 11
    return check == ("A" if remainder == 10 else str(remainder))


_TAIWAN_LETTERS = "ABCDEFGHJKLMNPQRSTUVXYWZIO"  # A=10, B=11, … in this order


def taiwan_id_valid(number: str) -> bool:
    """A Taiwanese national identification number's last digit."""
    code = _TAIWAN_LETTERS.index(number[0]) + 10
    digits = [code // 10, code % 10, *map(int, number[1:])]
    return sum(d * w for d, w in zip(digits, (1, 9, 8, 7, 6, 5, 4, 3, 2, 1, 1), strict=True)) % 10 == 0


def hetu_valid(birth: str, serial: str, check: str) -> bool:
    """A Finnish henkilötunnus's check character."""
    return "0123456789ABCDEFHJKLMNPRSTUVWXY"[int(birth + serial) % 31] == check


_BIRTH_DATE = re.compile(r"(?:19|20)\d\d(?:0[1-9]|1[0-2])(?:0[1-9]|[12]\d|3[01])")
_DAY_MONTH = re.compile(r"(?:0[1-9]|[12]\d|3[01])(?:0[1-9]|1[0-2])")
_PPS = re.compile(r"\b(\d{7})([A-W])([A-IW]?)\b")
_CHINA_ID = re.compile(r"(?<![\dA-Za-z])\d{17}[\dXx](?![\dA-Za-z])")
_HKID = re.compile(r"\b([A-Z]{1,2})(\d{6}) ?\(([0-9A])\)")
_TAIWAN_ID = re.compile(r"\b[A-Z][12]\d{8}\b")
_HETU = re.compile(r"\b(\d{6})[-+A-FU-Y](\d{3})([0-9A-Y])\b")
# a Korean resident registration number: the birth date, a hyphen, a digit for sex and century
_KOREAN_RRN = re.compile(r"(?<![\d\-])\d\d(?:0[1-9]|1[0-2])(?:0[1-9]|[12]\d|3[01])-[1-8]\d{6}(?![\d\-])")
_DNI = re.compile(r"\b([XYZ]?\d{7,8})[ \-]?([A-Z])\b")
_CPF = re.compile(r"\b\d{3}\.\d{3}\.\d{3}-\d{2}\b")
_CODICE_FISCALE = re.compile(r"\b[A-Z]{6}\d{2}[A-EHLMPR-T]\d{2}[A-Z]\d{3}[A-Z]\b")
# labelled ones: the label, then the value within a few characters
_LABELLED: list[tuple[str, re.Pattern[str], str]] = [
    ("national_id", re.compile(r"(?i)\bPESEL\b\W{0,4}(\d{11})\b"), "pesel"),
    ("national_id", re.compile(r"(?i)\bpersonnumm?er\b\W{0,4}((?:\d{2})?\d{6}[-+]?\d{4})\b"), "personnum"),
    ("national_id", re.compile(r"(?i)\b(?:TFN|tax file number)\b\W{0,4}(\d{3} ?\d{3} ?\d{3})\b"), "tfn"),
    ("national_id", re.compile(r"(?i)\b(?:SIN|social insurance number)\b\W{0,4}(\d{3}[ \-]?\d{3}[ \-]?\d{3})\b"), "sin"),
    ("national_id", re.compile(r"(?i)\bBVN\b\W{0,4}(\d{11})\b"), "bvn"),
    ("national_id", re.compile(r"(?i)\b(?:UTR|unique taxpayer reference)\b(?: is)?\W{0,4}(\d{5} ?\d{5})\b"), "utr"),
    ("national_id", re.compile(r"(?i)\b(?:aadhaar|aadhar)(?: number| no\.?)?\W{0,4}(\d{4} ?\d{4} ?\d{4})\b"), "aadha"),
    ("national_id", re.compile(r"(?i)\b(?:PPSN?|PPS number|personal public service number)\b\W{0,4}(\d{7}[A-W][A-IW]?)\b"), "pps"),
    ("national_id", re.compile(r"(?i)\b(?:BSN|burgerservicenummer)\b\W{0,4}(\d{4}\.?\d{2}\.?\d{3}|\d{9})\b"), "bsn"),
    ("national_id", re.compile(r"(?i)\bCPR(?:-nr\.?|-nummer| number| no\.?)?\W{0,4}(\d{6}-?\d{4})\b"), "cpr"),
    ("national_id", re.compile(r"(?i)\bf(?:ø|o|oe)dselsnummer\b\W{0,4}(\d{6} ?\d{5})\b"), "dselsnummer"),
    ("bank_account", re.compile(r"(?i)\bBSB\b\W{0,4}(\d{3}-?\d{3}(?:\W{1,4}(?:account|acct)\W{0,4}\d{6,10})?)"), "bsb"),
    ("bank_account", re.compile(r"(?i)\b(?:ag[êe]ncia\W{0,4}\d{4}\W{1,4})?conta(?: corrente)?\W{0,4}(\d{4,12}-?\d)\b"), "conta"),
]  # fmt: skip


# each found wherever it stands, when its own check holds (the codice fiscale and a Korean number by
# shape), tried only where a run of digits is as long as the one it holds
_CHECKED: list[tuple[re.Pattern[str], int, Callable[[re.Match[str]], bool]]] = [
    (_DNI, 7, lambda m: dni_valid(*m.groups())),
    (_CPF, 3, lambda m: cpf_valid(digits_of(m.group()))),
    (_CODICE_FISCALE, 2, lambda m: True),
    (_PPS, 7, lambda m: pps_valid(*m.groups())),
    (_CHINA_ID, 17, lambda m: china_id_valid(m.group())),
    (_HKID, 6, lambda m: hkid_valid(*m.groups())),
    (_TAIWAN_ID, 9, lambda m: taiwan_id_valid(m.group())),
    (_HETU, 6, lambda m: bool(_DAY_MONTH.match(m.group(1))) and hetu_valid(*m.groups())),
    (_KOREAN_RRN, 7, lambda m: True),
]
_DIGIT_RUN = re.compile(r"\d+")


def _checked(original: str, folded: str) -> Iterable[Finding]:
    longest = max(map(len, _DIGIT_RUN.findall(folded)), default=0)
    for pattern, run, valid in _CHECKED:
        if longest >= run:
            yield from (
                Finding("national_id", m.start(), m.end()) for m in pattern.finditer(folded) if valid(m)
            )


def _named(original: str, folded: str) -> Iterable[Finding]:
    lower = folded.lower()
    for kind, pattern, hint in _LABELLED:
        if hint not in lower:
            continue
        for m in pattern.finditer(folded):  # named as one, a value of the shape is one, its check aside
            yield Finding(kind, m.start(1), m.end(1))


FOREIGN_IDS: list[Detector] = [_checked, _named]
