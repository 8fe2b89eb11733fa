"""National identifiers and bank details of other countries. Where the number carries its own check
(Spain's DNI and NIE, Brazil's CPF) or a shape nothing else has (Italy's codice fiscale) it is found
wherever it stands; the rest where their name stands before them, whatever their check says (a
value typed where the number goes is one): Poland's PESEL, Sweden's personnummer, Australia's TFN and
BSB, Canada's SIN, Nigeria's BVN, the UK's UTR, India's Aadhaar, Brazil's bank branch and account.

Detectors in the shape ``sensitivity`` runs them (``(original, folded) -> findings``), number-bound:
run only near digits.
"""

from __future__ import annotations

import re
from collections.abc import Iterable

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
    ("bank_account", re.compile(r"(?i)\bBSB\b\W{0,4}(\d{3}-?\d{3}(?:\W{1,4}(?:account|acct)\W{0,4}\d{6,10})?)"), "bsb"),
    ("bank_account", re.compile(r"(?i)\b(?:ag[êe]ncia\W{0,4}\d{4}\W{1,4})?conta(?: corrente)?\W{0,4}(\d{4,12}-?\d)\b"), "conta"),
]  # fmt: skip


def _checked(original: str, folded: str) -> Iterable[Finding]:
    for m in _DNI.finditer(folded):
        if dni_valid(*m.groups()):
            yield Finding("national_id", m.start(), m.end())
    for m in _CPF.finditer(folded):
        if cpf_valid(digits_of(m.group())):
            yield Finding("national_id", m.start(), m.end())
    for m in _CODICE_FISCALE.finditer(folded):
        yield Finding("national_id", m.start(), m.end())


def _named(original: str, folded: str) -> Iterable[Finding]:
    lower = folded.lower()
    for kind, pattern, hint in _LABELLED:
        if hint not in lower:
            continue
        for m in pattern.finditer(folded):  # named as one, a value of the shape is one, its check aside
            yield Finding(kind, m.start(1), m.end(1))


FOREIGN_IDS: list[Detector] = [_checked, _named]
