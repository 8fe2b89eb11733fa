"""Whether a name found is personal data: the second step of ``names.py``.

A name is personal when another personal detail stands near it (a contact detail, an ID, a health or
HR term), or a personal word ("my colleague", "customer", 顧客); slots are personal wherever they stand.
In a news or sports report only a detail beside the name makes it so: the people named there are the
news, not someone's records.
"""

from __future__ import annotations

import re
from collections.abc import Iterable

from tekizai.signals.name_shape import NameShape, default_shape
from tekizai.signals.names import (
    SHAPE_THRESHOLD,
    candidates,
    like_a_name,
    spelled_like_names,
)
from tekizai.signals.news import news
from tekizai.signals.prefilter import Prefiltered
from tekizai.signals.typed_names import capitalise_given_names, mentions, names_on, people_asked_about

# -- whether the text around is personal -------------------------------------------------------

_PERSONAL_CONTEXT_PATTERN = (
    r"\b(?:customer|client|patient|employee|colleague|co-?worker|tenant|applicant|candidate|"
    r"contact details|phone|e-?mail|address|salary|hired|fired|job interview|appointment|follow up with|"
    r"meeting with|schedule|reply to|resumes?|CVs?|candidates?|reference letter|recommendation letter|sick leave|"
    r"diagnosed|birthday|date of birth|account|complaint|refund|invoice|order number|reply to|write to|"
    r"talk to|speak with|meet with|reach out to|get back to|on behalf of|payroll|benefits|"
    r"home address|credit card|card statement|grew up|year[- ]old|years old|my name|your name|works (?:at|in|for)|"
    r"(?:our|my|your|his|her|their) (?:\w+ )?department|employee (?:id|number)|staff (?:id|number)|"
    r"originally from|y/o|beneficiary|guardian|next of kin|emergency contact|power of attorney|"
    r"joint account|authori[sz]ed user|account holder|reservation|booking|payslip|pay slip|timesheet|"
    r"leave request|vacation request|onboarding|probation|contract renewal|cover letter|overdue|"
    r"(?:her|his|their) (?:interview|appointment|booking|reservation|order|account|payslip|salary|contract|leave|"
    r"visa|application|confirmation|refund|subscription|medication|pills)|performance improvement plan|"
    r"support ticket|charged (?:twice|me|her|him)|nurse note|room \d+|bed \d+|on-call|(?:her|his|their) shift|"
    r"meeting notes|to follow up|new hire|get-well|visa|spoke w(?=/)|interviewed|condolences?|divorced?|"
    r"separated from|break-?up|crying|pregnant)\b"
    r"|顧客|お客様|社員|従業員|職員|部下|上司|同僚|患者|担当|氏名|名前|応募者|候補者|契約者|会員|利用者|本人|"
    r"家族|友人|彼氏|恋人|取引先|連絡先|電話|住所|メール|生年月日|入社|退職|採用|面接|人事|"
    r"給与|病気|診断|休職|異動|昇進|宛|打ち合わせ|面談|返信|クレーム|問い合わせ|請求|\d+歳|出身|住んで|"
    r"所属|部署|在籍|勤務|社員番号|従業員番号|連絡し|推薦状|推薦書|紹介状|履歴書|ゼミ生|教え子|祖父|祖母|二重請求|号室"
)
# matched on the lowered window with a lowered pattern (no upper-case escape in it): case-insensitive
# matching costs twice as much, and this runs once per candidate name
_PERSONAL_CONTEXT = re.compile(_PERSONAL_CONTEXT_PATTERN.lower())
_PERSONAL_NEAR = 50  # characters either side of the name

# a request for fiction or a made-up case: its people are characters ("write a short story about a girl
# named Mia…", "a sitcom scene where Kevin gets fired", 架空の人物を主人公に): only a slot or a contact
# detail makes a name in it someone's ("a poem for my mum Janet" is still her)
_FICTION = Prefiltered(  # tried only where its words are (one of them is in few prompts)
    re.compile(
        r"(?i)\b(?:write|create|draft|compose|invent|generate|make up|tell me)\b[^.\n]{0,40}?\b(?:story|stories|poem|"
        r"limerick|novel|script|screenplay|scene|sitcom|dialogue|role-?play|fairy tale|fable|case study|scenario|"
        r"character|sketch)\b|\b(?:fictional|made-up|imaginary|fictitious|hypothetical)\b|"
        # (asked for, not told of: an encyclopaedia's "脚本を担当" names real people)
        r"架空の|(?:物語|小説|脚本|シナリオ|ストーリー|台本|場面|短編)を(?:書いて|作って|考えて|作成)|を主人公に|脚本[：:]"
    )
)
# names that stand in for anyone, and are no one's (not 山田太郎: the forms' example is someone's name too)
_PLACEHOLDERS = frozenset(("John Doe", "Jane Doe", "John Q. Public", "Max Mustermann", "Erika Mustermann"))


def personal(text: str, start: int, end: int, anchors: Iterable[tuple[int, int]], words: bool = True) -> bool:
    """A name is personal data here when another personal detail (or, with ``words``, a personal
    word) is near it."""
    if any(s - _PERSONAL_NEAR * 2 <= end and e + _PERSONAL_NEAR * 2 >= start for s, e in anchors):
        return True
    if not words:
        return False
    window = text[max(0, start - _PERSONAL_NEAR) : end + _PERSONAL_NEAR]
    return _PERSONAL_CONTEXT.search(window.lower()) is not None


def plain_names(
    text: str,
    anchors: list[tuple[int, int]],
    recognised: Iterable[tuple[int, int]] = (),
    shape: NameShape | None = None,
    terms: Iterable[tuple[int, int]] = (),
) -> list[tuple[int, int]]:
    """Names in a personal context: slots always; names from the lists, or ``recognised`` by an
    optional recogniser (GiNZA), when the context is personal: ``anchors`` (contact details, IDs) near,
    or personal words, or health and HR ``terms``. In a news report, only an anchor makes it so: news
    tells of a public person's surgery or dismissal as it tells of anything else."""
    shape = shape or default_shape()
    terms = list(terms)
    # "jake's off w covid" reads as "Jake's off…"
    text = capitalise_given_names(text, personal=bool(terms))
    recognised = list(recognised)
    reported = news(text) or (not anchors and _FICTION.search(text) is not None)
    # a news report with no contact detail or ID in it keeps only slots: the other patterns need not run
    slots_only = reported and not anchors and not recognised
    found = [
        *candidates(text, shape, slots_only=slots_only),
        *((s, e, False) for s, e in recognised),
        *((s, e, False) for s, e in mentions(text)),
        *((s, e, True) for s, e in names_on(text)),
        *((s, e, None) for s, e in people_asked_about(text)),
    ]
    words = not reported
    details = list(anchors)
    near_terms = list(terms) if words else []
    if words:
        anchors = [*anchors, *near_terms]
    names = [
        (s, e)
        for s, e, slot in found
        if text[s:e] not in _PLACEHOLDERS
        and (
            slot
            or (
                personal(text, s, e, anchors, words)
                and (
                    slot is False
                    or spelled_like_names(text[s:e], shape)
                    or _in_a_record(text, s, e, details, shape)
                    or _beside_a_term(text, s, e, near_terms, shape)
                )
            )
        )
    ]
    return names + list(_recurring(text, names))


def _recurring(text: str, names: list[tuple[int, int]]) -> Iterable[tuple[int, int]]:
    """Every other place a name found personal stands in the same text ("(Arvid)" a line before
    "Arvid handed over…, feeling unwell"): masked once, it must be masked everywhere."""
    found = set(names)
    for name in {text[s:e] for s, e in names if e - s >= 2}:
        at = text.find(name)
        while at >= 0:
            end = at + len(name)
            edges = (text[at - 1] if at else " ", text[end] if end < len(text) else " ")
            if (
                (at, end) not in found
                and not (edges[0].isalnum() and name[0].isascii())
                and not (edges[1].isalnum() and name[-1].isascii())
            ):
                found.add((at, end))
                yield at, end
            at = text.find(name, end)


def _beside_a_term(text: str, start: int, end: int, terms: list[tuple[int, int]], shape: NameShape) -> bool:
    """One word where a person stands with a health or HR term right after it ("Isidore missed Monday
    because of a migraine"): it need only look as much like a name as each of two words must."""
    return (
        " " not in text[start:end]
        and any(start <= s <= end + _PERSONAL_NEAR for s, _ in terms)
        and shape.probability(text[start:end]) >= SHAPE_THRESHOLD
    )


_RECORD_NEAR = 40  # characters between a name and the contact detail or ID that makes a record of it


def _in_a_record(text: str, start: int, end: int, details: list[tuple[int, int]], shape: NameShape) -> bool:
    """Capitalised words right beside a contact detail or an ID (name Dorcas Whitlock, SSN …): they
    need only look somewhat like a name, as in a table's row."""
    return any(s - _RECORD_NEAR <= end and e + _RECORD_NEAR >= start for s, e in details) and like_a_name(
        text[start:end], shape, in_a_record=True
    )


def name_spans(
    text: str, recognised: Iterable[tuple[int, int]] = (), shape: NameShape | None = None
) -> list[tuple[int, int]]:
    """Every span that may be a name, personal or not: the name recogniser alone, for measuring."""
    shape = shape or default_shape()
    text = capitalise_given_names(text)
    return [
        (s, e)
        for s, e, slot in candidates(text, shape)
        if slot is not None or spelled_like_names(text[s:e], shape)
    ] + list(recognised)
