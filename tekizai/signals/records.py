"""Personal data in a table pasted as text: a CSV or tab-separated header names its columns.

"name,dob,city" over "Siobhan Carraway,1990-07-21,Leeds" says what each value is, where the value
alone ("Siobhan Carraway" beside nothing personal, a bare date) says too little. Each row under a
header with a personal column, with as many fields as the header, yields its values as findings.
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
)
_ROWS = 200  # rows read under a header
_HEADER = 300  # characters of a header line at most
_LETTER_OR_DIGIT = re.compile(r"\w")
_DIGIT = re.compile(r"\d")


def _cells(line: str, sep: str) -> list[tuple[int, int]]:
    """Spans of the cells of ``line`` (offsets within it), surrounding spaces and quotes left out."""
    spans, start = [], 0
    for part in [*line.split(sep)]:
        end = start + len(part)
        left = len(part) - len(part.lstrip(" \"'"))
        right = len(part) - len(part.rstrip(" \"'\r"))
        spans.append((start + left, max(start + left, end - right)))
        start = end + 1
    return spans


def _kind_of(cell: str) -> str | None:
    return _COLUMNS.get(re.sub(r"[\s_\-]", "", cell.lower()))


def table_values(folded: str, like_a_name: Callable[[str], bool]) -> Iterable[Finding]:
    """Values under a personal column of a CSV or tab-separated table."""
    if "\n" not in folded or not ("," in folded or "\t" in folded):
        return
    lower = folded.lower()
    if not any(h in lower for h in _HINTS):
        return
    lines, offset = [], 0
    for line in folded.split("\n"):
        lines.append((offset, line))
        offset += len(line) + 1
    i = 0
    while i < len(lines):
        start, line = lines[i]
        if len(line) > _HEADER or not ("," in line or "\t" in line):  # prose, not a header
            i += 1
            continue
        sep = "\t" if "\t" in line else ","
        header = _cells(line, sep)
        kinds = [_kind_of(line[s:e]) for s, e in header]
        generic = [re.sub(r"[\s_\-]", "", line[s:e].lower()) == _ANY_NAME for s, e in header]
        if len(header) < 2 or not any(kinds) or any(e - s > 30 for s, e in header):
            i += 1
            continue
        j = i + 1
        while j < len(lines) and j - i <= _ROWS:
            row_start, row = lines[j]
            cells = _cells(row, sep)
            if len(cells) != len(header):
                break
            for kind, bare, (s, e) in zip(kinds, generic, cells, strict=True):
                value = row[s:e]
                if not kind or not _LETTER_OR_DIGIT.search(value) or (bare and not like_a_name(value)):
                    continue
                if kind in ("date_of_birth", "phone_number") and not _DIGIT.search(value):
                    continue
                yield Finding(kind, row_start + s, row_start + e)
            j += 1
        i = j
