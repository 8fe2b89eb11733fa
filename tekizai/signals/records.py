"""Personal data in a table pasted as text: a CSV or tab-separated header names its columns.

"name,dob,city" over "Siobhan Carraway,1990-07-21,Leeds" says what each value is, where the value
alone ("Siobhan Carraway" beside nothing personal, a bare date) says too little. Each row under a
header with a personal column, with as many fields as the header, yields its values as findings.

A row without a header says it too, when it holds a name and a date of a past birth together
("88 | Ottoline Fairbanks | 1961-02-17 | COPD", "Oyelowo,Temitope,1988-03-14,Lagos"): a record of a
person.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable

from tekizai.signals.findings import Finding

# a column called just "name" holds products and files as often as people: its values must look like
# a name; "full name", "customer name" or 氏名 say whose
_ANY_NAME = "name"
# header cells (lowered, spaces and underscores removed) and the kind of the values under them
_COLUMNS: dict[str, str] = {
    **dict.fromkeys(
        "name fullname firstname lastname surname givenname familyname customername employeename "
        "patientname studentname contactname 氏名 名前 お名前 顧客名 社員名 患者名 フリガナ".split(),
        "person_name",
    ),
    **dict.fromkeys(
        "dob dateofbirth birthdate birthday born 生年月日 誕生日".split(),
        "date_of_birth",
    ),
    **dict.fromkeys(
        "phone phonenumber tel telephone mobile cell 電話 電話番号 携帯 携帯番号".split(), "phone_number"
    ),
    **dict.fromkeys("address homeaddress streetaddress 住所".split(), "postal_address"),
    **dict.fromkeys("email emailaddress mail メール メールアドレス".split(), "email_address"),
    **dict.fromkeys("ssn nino ninumber nationalinsurance 基礎年金番号".split(), "national_id"),
    # an NHS number, a diagnosis or a medication column: a record of someone's health care
    **dict.fromkeys(
        "nhsno nhsnumber diagnosis condition medication medications allergies 病名 診断名 既往歴".split(),
        "health_info",
    ),
    **dict.fromkeys(
        "salary notice noticeperiod rating performancerating absences sickdays disciplinary warnings 給与 年収 評価".split(),
        "hr_info",
    ),
    **dict.fromkeys("passport passportno passportnumber 旅券番号".split(), "passport_number"),
    **dict.fromkeys("iban accountnumber accountno 口座番号".split(), "bank_account"),
}
# a header holds one of these (lowered): a plain ``in`` test skips the table reading on most text
_HINTS = (
    "name",
    "dob",
    "birth",
    "born",
    "phone",
    "tel",
    "mobile",
    "address",
    "氏名",
    "名前",
    "生年月日",
    "誕生日",
    "電話",
    "住所",
    "insert",
)
_ROWS = 200  # rows read under a header
_HEADER = 300  # characters of a header line at most
_LETTER_OR_DIGIT = re.compile(r"\w")
_DIGIT = re.compile(r"\d")


# a full date in a cell: 1961-02-17, 17/02/1961, 17.02.1961, 1961年2月17日
_DATE_CELL = re.compile(
    r"^(?:(?P<y1>(?:19|20)\d\d)[-/.年]\d{1,2}[-/.月]\d{1,2}日?|\d{1,2}[-/.]\d{1,2}[-/.](?P<y2>(?:19|20)\d\d))$"
)
_ANY_DATE = re.compile(r"(?:19|20)\d\d[-/.年]\d|\d[-/.](?:19|20)\d\d")
_CONTACT_CELL = re.compile(r"^[\w.+\-]+@[\w\-]+\.[\w.\-]+$|^\+?[\d ()\-]{7,20}$")
_PHONE_LIKE = re.compile(r"\+?\d[\d ()\-]{6,}\d")
_LATEST_BIRTH_YEAR = 2016  # a record's date in this year or before is taken for a birth date


def _row_without_header(line: str, like_a_name: Callable[..., bool]) -> list[tuple[str, int, int]]:
    """A record row with no header: its name cells, when a birth date or a contact cell stands beside them."""
    sep = next((c for c in ("|", "\t", ";", " / ", ",", " - ") if line.count(c) >= 2), "")
    if not sep:
        return []
    cells = [(s, e) for s, e in _cells(line, sep) if e > s]
    if cells and ": " in line[cells[0][0] : cells[0][1]]:  # "Turn this CSV row into a sentence: Oyelowo"
        s, e = cells[0]
        start = line.rindex(": ", s, e) + 2
        cells[0] = (start + len(line[start:e]) - len(line[start:e].lstrip(" \"'")), e)
    if len(cells) < 3 or any(e - s > 60 for s, e in cells):
        return []
    births = []
    phones = []  # a number of a phone's length in a cell of its own, beside a name: the person's phone
    contact = False  # an e-mail or a phone number in a cell of its own says the row is a person's too
    for s, e in cells:
        if m := _DATE_CELL.match(line[s:e]):
            if int(m.group("y1") or m.group("y2")) <= _LATEST_BIRTH_YEAR:
                births.append(("date_of_birth", s, e))
        elif _CONTACT_CELL.match(line[s:e]):
            contact = True
            if "@" not in line[s:e] and 7 <= len(_DIGIT.findall(line[s:e])) <= 15:
                phones.append(("phone_number", s, e))
    if not births and not contact:
        return []
    names = [
        ("person_name", s, e)
        for s, e in cells
        if not _DIGIT.search(line[s:e]) and like_a_name(line[s:e], in_a_record=True)
    ]
    return births + phones + names if names else []


def _cells(line: str, sep: str) -> list[tuple[int, int]]:
    """Spans of the cells of ``line`` (offsets within it), surrounding spaces and quotes left out."""
    spans, start = [], 0
    for part in [*line.split(sep)]:
        end = start + len(part)
        left = len(part) - len(part.lstrip(" \"'"))
        right = len(part) - len(part.rstrip(" \"'\r"))
        spans.append((start + left, max(start + left, end - right)))
        start = end + len(sep)
    return spans


def _kind_of(cell: str) -> str | None:
    return _COLUMNS.get(re.sub(r"[\s_\-]", "", cell.lower()))


def _a_persons_name(value: str, personal_too: bool, like_a_name: Callable[..., bool]) -> bool:
    """Whether a bare "name" column's value is a person's: beside another personal column it is,
    whatever it looks like; alone it must be capitalised and spelled like a name (files and hosts
    have names too)."""
    return personal_too or (not value.islower() and like_a_name(value))


def table_values(folded: str, like_a_name: Callable[..., bool]) -> Iterable[Finding]:
    """Values under a personal column of a CSV or tab-separated table; a headerless record's name and
    birth date."""
    if not ("," in folded or "\t" in folded or "|" in folded or ";" in folded or " / " in folded):
        return
    lower = folded.lower()
    headers = any(h in lower for h in _HINTS)  # no header word: no header to read
    # no full date, e-mail or phone-like number: no headerless record to read
    dated = "@" in folded or _ANY_DATE.search(folded) is not None or _PHONE_LIKE.search(folded) is not None
    if not headers and not dated:
        return
    lines, offset = [], 0
    for line in folded.split("\n"):
        lines.append((offset, line))
        offset += len(line) + 1
    i = 0
    while i < len(lines):
        start, line = lines[i]
        if (
            len(line) > _HEADER
            or not any(c in line for c in (",", "\t", "|", ";", " / "))
            or _INSERT.search(line)
        ):  # prose, not a table
            # (an INSERT's columns and values are read by sql_values)
            i += 1
            continue
        sep = "\t" if "\t" in line else ","
        header = _cells(line, sep) if headers and "|" not in line and ";" not in line else []
        kinds = [_kind_of(line[s:e]) for s, e in header]
        if len(header) < 2 or not any(kinds) or any(e - s > 30 for s, e in header):
            if dated:
                for kind, s, e in _row_without_header(line, like_a_name):
                    yield Finding(kind, start + s, start + e)
            i += 1
            continue
        generic = [re.sub(r"[\s_\-]", "", line[s:e].lower()) == _ANY_NAME for s, e in header]
        # a "name" beside a birth date or a phone is a person's, whatever it looks like
        personal_too = any(k and k != "person_name" for k in kinds)
        j = i + 1
        while j < len(lines) and j - i <= _ROWS:
            row_start, row = lines[j]
            cells = _cells(row, sep)
            if len(cells) != len(header):
                break
            for column, bare, (s, e) in zip(kinds, generic, cells, strict=True):
                value = row[s:e]
                if not column or not _LETTER_OR_DIGIT.search(value):
                    continue
                # a bare "name" column names files and hosts as often: a person's name there is capitalised
                if bare and not _a_persons_name(value, personal_too, like_a_name):
                    continue
                if column in ("date_of_birth", "phone_number") and not _DIGIT.search(value):
                    continue
                yield Finding(column, row_start + s, row_start + e)
            j += 1
        i = j


# a SQL INSERT names its columns as a header does: INSERT INTO patients (name, dob) VALUES ('Elspeth
# Gorringe', '1958-03-22'), (…)
_INSERT = re.compile(r"(?i)\binsert\s+into\s+[\w.\"`\[\]]+\s*\(([^()]{1,400})\)\s*values\s*")
_SQL_ROW = re.compile(r"\s*,?\s*\(((?:'(?:[^']|'')*'|[^()'])*)\)")
_SQL_VALUE = re.compile(r"'((?:[^']|'')*)'|([^,\s][^,]*?)(?=\s*(?:,|$))")


def sql_values(folded: str, like_a_name: Callable[..., bool]) -> Iterable[Finding]:
    """Values of an INSERT's personal columns, as ``table_values`` reads a CSV's."""
    if "insert" not in folded.lower():
        return
    for insert in _INSERT.finditer(folded):
        columns = [c.strip(' "`[]\n') for c in insert.group(1).split(",")]
        kinds = [_kind_of(c) for c in columns]
        if not any(kinds):
            continue
        # beside another personal column (a birth date, a phone), "name" is a person's
        personal_too = any(k and k != "person_name" for k in kinds)
        at = insert.end()
        for _ in range(_ROWS):
            row = _SQL_ROW.match(folded, at)
            if row is None:
                break
            values = [m for m in _SQL_VALUE.finditer(row.group(1))]
            if len(values) == len(columns):
                for kind, column, value in zip(kinds, columns, values, strict=True):
                    group = 1 if value.group(1) is not None else 2
                    text = value.group(group)
                    if not kind or not _LETTER_OR_DIGIT.search(text) or text.upper() == "NULL":
                        continue
                    bare = re.sub(r"[\s_\-]", "", column.lower()) == _ANY_NAME
                    if bare and not _a_persons_name(text, personal_too, like_a_name):
                        continue
                    start = row.start(1) + value.start(group)
                    yield Finding(kind, start, start + len(text))
            at = row.end()
