"""Postal addresses: Japanese, US and European street forms, post-office boxes and military
addresses, address blocks (a street line over a unit line, the postcode line that closes the block),
labelled postal codes, and what follows "lives at" or "住所:" when it holds a number.

A number-bound detector: ``sensitivity`` runs it only near digits.
"""

from __future__ import annotations

import re
from collections.abc import Iterable

from tekizai.signals.findings import Finding

_PREFS = "北海道|東京都|京都府|大阪府|" + "|".join(
    p + "県"
    for p in (
        "青森 岩手 宮城 秋田 山形 福島 茨城 栃木 群馬 埼玉 千葉 神奈川 新潟 富山 石川 福井 山梨 長野 岐阜 静岡 "
        "愛知 三重 滋賀 兵庫 奈良 和歌山 鳥取 島根 岡山 広島 山口 徳島 香川 愛媛 高知 福岡 佐賀 長崎 熊本 大分 "
        "宮崎 鹿児島 沖縄"
    ).split()
)
_ADDRESS_JP = re.compile(
    rf"(?:〒\s?\d{{3}}-?\d{{4}}\s*)?(?:{_PREFS})?[\u4e00-\u9fff\u30a0-\u30ff]{{1,8}}[市区町村郡]"
    r"[\u4e00-\u9fff\u30a0-\u30ff\u3040-\u309f]{0,10}\d{1,4}(?:丁目|-)\d{1,4}(?:番地?|-)?(?:\d{1,4}号?)?"
)
_POSTCODE_JP = re.compile(r"〒\s?\d{3}-\d{4}")
_L = "A-Za-zÀ-ÖØ-öø-ÿĀ-ž"  # Latin letters, accented ones included
_U = "A-ZÀ-ÖØ-Þ"
_STREET_TYPE = (
    r"Street|St\.?|Str\.?|Avenue|Ave\.?|Road|Rd\.?|Boulevard|Blvd\.?|Lane|Ln\.?|Drive|Dr\.?|Court|Ct\.?|"
    r"Way|Place|Pl\.?|Terrace|Parkway|Pkwy\.?|Highway|Hwy\.?|Circle|Square|Sq\.?|Crescent|Close|Row|Alley|Trail"
)
# house number, a name that begins with a capital, a street type: 221 Baker Street, 12 Elm St. Apt 4
_ADDRESS_EN = re.compile(
    rf"\b\d{{1,5}} [{_U}][{_L}'.\-]* (?:[{_L}'.\-]+ ){{0,3}}(?:{_STREET_TYPE}|{_STREET_TYPE.lower()})\b"
    r"(?:,? (?:Apt\.?|Suite|Unit|#) ?\w+)?"
)
# European street names: the type is a suffix (Hauptstraße 5, Rooseveltlaan 110, Puruntie 82), or a
# word before the name with the house number after it (Via Roma 131, rue des Lilas 4) or, for rue and
# avenue, before it (33 avenue de Provence)
_NAMED = rf"(?:(?:de|du|des|de la|del|della|di|da|do|dos)\s)?[{_U}][{_L}'\-]+(?:\s[{_U}][{_L}'\-]+){{0,3}}"
_ADDRESS_EU = re.compile(
    rf"(?:\b\d{{1,5}}\s)?\b[{_U}][{_L}\-]*(?:straße|strasse|str\.|weg|gasse|platz|allee|laan|straat|gracht|vej|gade|gatan|"
    rf"vägen|veien|vegen|stien|tie|katu|utca|ulica|braut|vegur)\s\d{{1,4}}[a-z]?\b"
    rf"|\b[{_U}][{_L}\-]+\s(?:Straße|Strasse|Gasse|Weg|Allee|Platz)\s\d{{1,4}}[a-z]?\b"
    rf"|(?:\b\d{{1,5}},?\s)?(?:\b(?:[Rr]ue|[Aa]venue|[Vv]ia|[Vv]iale|[Pp]iazza|[Cc]alle|[Cc]arrer|[Rr]ua|[Aa]venida|[Pp]laza|[Cc]hemin|"
    rf"Av\.|Avda\.|Pza\.|Bd\.)|\bC/)(?:\s{_NAMED},?\s\d{{1,4}}\b)"
    rf"|(?:\b\d{{1,5}},?\s)?\b(?:[Rr]ue|[Aa]venue|[Vv]ia|[Vv]iale|[Pp]iazza|[Cc]alle|[Cc]arrer|[Rr]ua|[Aa]venida|[Pp]laza|[Cc]hemin|"
    rf"[Aa]llée|[Ss]trada|[Uu]lica|ul\.|[Pp]lac)\s{_NAMED},?\s\d{{1,4}}\b"
    rf"|\b\d{{1,5}},?\s(?:[Rr]ue|[Aa]venue|[Cc]alle|[Rr]ua|[Aa]venida)\s{_NAMED}"
)
_ADDRESS_JP_ROMAN = re.compile(
    rf"\b\d{{1,4}}-\d{{1,4}}(?:-\d{{1,4}})?,?\s+[{_U}][a-z]+(?:-[{_U}]?[a-z]+)*,\s*[{_U}][a-z]+-(?:ku|shi|cho|machi|gun|mura)\b"
    r"(?:,\s*[A-Z][a-z]+)?(?:,?\s*\d{3}-\d{4})?"
)
# a house number and a street of any name, a town, then a British postcode, which no other number
# looks like (14 Harbour View, Whitby YO21 3PU; 3 The Green, Ely CB7 4AA)
_ADDRESS_UK = re.compile(
    rf"\b\d{{1,5}}[A-Za-z]?,? [{_U}][{_L}'\-]+(?: (?:[{_U}][{_L}'\-]+|y|yr|de|la|le|du|of|the|upon|on)){{0,3}},"
    rf"(?: [{_U}][{_L}'\-]+){{1,3}},? "
    r"[A-Z]{1,2}\d[A-Z\d]? \d[A-Z]{2}\b"
)
# the same typed all in lower case, as a quick message has it (41 crescent rd, flat b, leicester le2 1pq)
_ADDRESS_UK_TYPED = re.compile(
    r"\b\d{1,5}[a-z]?,? [a-z][a-z'\-]+(?: [a-z'\-]+){0,3},(?: [a-z][a-z'\-]*,?){1,4} [a-z]{1,2}\d[a-z\d]? \d[a-z]{2}\b"
)
# Malaysian and Singaporean streets (22 Jalan Bukit Merah, 5 Lorong Ampang) and a Singapore postcode
_ADDRESS_MY_SG = re.compile(
    r"\b\d{1,5}[A-Z]?,? (?:Jalan|Jln\.?|Lorong|Lor\.?|Persiaran|Lebuh|Lebuhraya|Taman) [A-Z][a-z]+(?: [A-Z][a-z]+){0,3}\b"
    r"|\bSingapore \d{6}\b"
)
_UNIT = re.compile(r"\b(?:Apt\.|Apartment|Suite) ?#?\d{1,5}\b")
# post-office boxes and US military addresses (PSC 1234, Box 5678 / APO AE 09012)
_BOX = re.compile(
    r"(?i:\b(?:PSC|CMR|Unit)\s?\d{1,5},?\s+Box\s?\d{1,5}|\bP\.?\s?O\.?\s?Box\s?\d{1,6}|\b(?:APO|FPO|DPO)\s+(?:AE|AP|AA)\s+\d{5}\b)"
)
# what follows "address is / lives at / ship to …" when it holds a number: the address itself
_ADDRESS_SAID = re.compile(
    r"(?i:\b(?:address is|address:|address\?\s*(?:it'?s|it is)|address (?:to|with|as)\b[^\n\d]{0,20}|lives at|lives on|live at|office is at|"
    r"offices are (?:located )?at|located at|meet me at|drops? (?:you |me )?off at|"
    r"deliver(?:ed)? to|ship(?:ped)? to|sen[dt] (?:it |this )?to\??\s*(?:user:\s*)?(?=\d)|(?:moved|moving|relocated) to(?=\s+\d)|住\s?所は?\s?[:：]?|所在地[:：]?|お届け先[:：]?|"
    r"引っ越し先は?[:：]?|転居先は?[:：]?))\s*"
    r"([^\n]{0,60}?\d[^\n]{0,60})"
)
# a British postcode that is all of its line, of a labelled value ("Customer: LS6 2QT") or closes a line
# after a comma ("it's Tadhg Ó Súilleabháin, BT9 6AZ"): no other
# number looks like one
_POSTCODE_UK_ALONE = re.compile(r"(?m)(?:^|[:,][ \t]*)([A-Z]{1,2}\d[A-Z\d]? \d[A-Z]{2})[.!]?[ \t]*$")
_ZIP = re.compile(
    r"(?i:\b(?:zip|zip code|zipcode|postal code|postcode|post code)|郵便番号)\W{0,4}(?:is\s)?"
    r"(\d{3,5}(?:[ \-]?\d{2,4})?(?: ?[A-Z]{2}\b)?|[A-Z]\d[A-Z] ?\d[A-Z]\d|[A-Z]{1,2}\d[A-Z\d]? ?\d[A-Z]{2})"
)


# what a European street cannot be without, on the lowered text: a street word, and a number after a
# suffixed one (searched alone, 0.07 ms where the whole pattern took 0.28 ms near the numbers of a long text)
_EU_STREET_WORD = re.compile(
    r"(?:straße|strasse|str\.|weg|gasse|platz|allee|laan|straat|gracht|vej|gade|gatan|vägen|veien|vegen|stien|tie|"
    r"katu|utca|ulica|braut|vegur)\s\d|(?:rue|avenue|via|viale|piazza|calle|carrer|rua|avenida|plaza|chemin|av\.|"
    r"avda\.|pza\.|bd\.|allée|strada|ulica|ul\.|plac)\s|c/"
)
# substrings without which a pattern cannot match: a plain ``in`` test skips most patterns on most text
# (or a pattern of them, searched in the lowered text)
_HINTS: list[tuple[re.Pattern[str], tuple[str, ...] | re.Pattern[str]]] = [
    (_ADDRESS_JP, tuple("市区町村郡")),
    (_POSTCODE_JP, ("〒",)),
    (_ADDRESS_EN, ("",)),
    (_ADDRESS_JP_ROMAN, ("-ku", "-shi", "-cho", "-machi", "-gun", "-mura")),
    (_ADDRESS_EU, _EU_STREET_WORD),
    (_ADDRESS_UK, ("",)),
    (_ADDRESS_UK_TYPED, (",",)),
    (_ADDRESS_MY_SG, ("jalan", "jln", "lorong", "lor", "persiaran", "lebuh", "taman", "singapore")),
    (_UNIT, ("apt", "suite")),
    (_BOX, ("box", "apo", "fpo", "dpo")),
]  # hints are lower case: tested against the lowered text
_SAID_HINTS = (
    "address",
    "moved to",
    "moving to",
    "relocated to",
    "引っ越し先",
    "転居先",
    "located",
    "off at",
    "live",
    "office",
    "meet",
    "deliver",
    "sent to",
    "send",
    "ship",
    "住所",
    "住 所",
    "所在地",
    "お届け先",
    "zip",
    "post",
    "郵便",
)


# the last lines of an address block: "Denmark 35018", "AALBORG NO 9100", "Oslo 0150", "53-320",
# "3610-114", "B0J 2H0" (Canada), "SW1A 1AA" (UK)
_POSTCODE_LINE = re.compile(
    rf"(?m)^[ \t>?|]*(?:[{_L}().\-]+(?:[ \t]+[{_L}().\-]+){{0,2}},?[ \t]+)?"
    r"(\d{3,5}(?:[ \-]\d{2,4})?|\d{2}-\d{3}|[A-Z]\d[A-Z] ?\d[A-Z]\d|[A-Z]{1,2}\d[A-Z\d]? ?\d[A-Z]{2})[ \t]*$"
)
_BLOCK = 200  # characters after a street line within which such a line belongs to its address
# a unit line ("Apt. 631", "Suite 201") under a line with a number: that line is the street line,
# whatever its street is called (0104 Hafnarstraeti 5, 4596 Tylova 285)
_STREET_OVER_UNIT = re.compile(
    r"(?m)^[ \t>?|]*([^\n]*\d[^\n]*?)[ \t]*\n[ \t>?|]*(?:Apt\.?|Apartment|Suite|Unit|Flat)[ \t]?#?\d{1,5}\b"
)
_UNIT_WORDS = ("Apt", "Apartment", "Suite", "Unit", "Flat")  # what _STREET_OVER_UNIT cannot match without
_LINE_START = re.compile(r"[ \t>?|]*")


_NUMBER_BEFORE = re.compile(r"\d{1,6}[ \t]+$")
_LINE = 100  # an address line is short; a long line is prose, and only the match is masked


def _whole_line(text: str, start: int, end: int) -> tuple[int, int]:
    """A street span widened to its line, when the line is short (an address block's), or else over
    a number just before it (the building number before "24 Clarke Avenue")."""
    line = text.rfind("\n", 0, start) + 1
    stop = text.find("\n", end)
    tail = len(text) if stop < 0 else stop
    if (line > 0 or stop >= 0) and tail - line <= _LINE:  # a line of a block, not a one-line text
        match = _LINE_START.match(text, line)
        head = match.end() if match else line
        return min(start, head), max(end, len(text[:tail].rstrip()))
    before = _NUMBER_BEFORE.search(text, max(0, start - 8), start)
    return (before.start() if before else start), end


# a drive that holds data, not a street: "2 Internal Solid State Hard Drive", "1 USB flash drive"
_NOT_A_STREET = re.compile(
    r"(?i)\b(?:hard|flash|disk|disc|thumb|usb|state|optical|pen|network|tape)\s+drive$"
)


def addresses(original: str, folded: str) -> Iterable[Finding]:
    lower = folded.lower()
    found = [
        (m.start(), m.end())
        for pattern, hints in _HINTS
        if (hints.search(lower) if isinstance(hints, re.Pattern) else any(h in lower for h in hints))
        for m in pattern.finditer(folded)
        if not _NOT_A_STREET.search(m.group())
    ]
    if "\n" in folded and any(unit in folded for unit in _UNIT_WORDS):
        found += [(m.start(1), m.end(1)) for m in _STREET_OVER_UNIT.finditer(folded)]
    found = [_whole_line(folded, s, e) for s, e in found]
    found += [(m.start(1), m.end(1)) for m in _POSTCODE_UK_ALONE.finditer(folded)]  # exact, not widened
    if found:
        for m in _POSTCODE_LINE.finditer(folded):
            if any(e <= m.start() <= e + _BLOCK for _, e in found):
                found.append((m.start(1), m.end(1)))
    if not any(h in lower for h in _SAID_HINTS):
        return [Finding("postal_address", s, e) for s, e in found]
    # "lives at …" marks what follows as an address when no pattern above has read it more exactly
    for pattern in (_ADDRESS_SAID, _ZIP):
        for m in pattern.finditer(folded):
            if not any(s < m.end(1) and e > m.start(1) for s, e in found):
                found.append((m.start(1), m.end(1)))
    return [Finding("postal_address", s, e) for s, e in found]
