"""Health and HR information about an identifiable person: the terms (diagnoses, leave, dismissals,
病名, 休職, 懲戒…) and whether someone identifiable stands near them (a name found, the writer, family).
"""

from __future__ import annotations

import re
from bisect import bisect_left, bisect_right
from collections.abc import Iterable

from tekizai.signals.findings import Finding
from tekizai.signals.health_hr_terms import (
    HEALTH_JA,
    HEALTH_PHRASES,
    HEALTH_PREFIXES,
    HEALTH_WORDS,
    HR_JA,
    HR_PHRASES,
    HR_PREFIXES,
    HR_WORDS,
    PHRASE_WORDS,
)
from tekizai.signals.news import news
from tekizai.signals.phrase_index import PhraseIndex


def _health_or_hr(words: frozenset[str], prefixes: tuple[str, ...], phrases: str, japanese: str) -> str:
    """One pattern of every term, for text whose lowering changes its length (read case-insensitively)."""
    single = "|".join(re.escape(w) for w in sorted(words, key=len, reverse=True))
    begun = "|".join(re.escape(p) + r"\w*" for p in prefixes)
    return rf"\b(?:{single}|{begun})\b|{phrases}|{japanese}"


# an operation or a scope by its name's ending: lumpectomy, laparoscopy, angioplasty, tracheotomy
_PROCEDURE_ENDINGS = ("ectomy", "ectomies", "oscopy", "oscopies", "plasty", "otomy")
# the first three letters of each prefix: a set lookup per word before the prefixes are tried
_HEALTH_HEADS = frozenset(p[:3] for p in HEALTH_PREFIXES)
_HR_HEADS = frozenset(p[:3] for p in HR_PREFIXES)
_HEALTH = re.compile(_health_or_hr(HEALTH_WORDS, HEALTH_PREFIXES, HEALTH_PHRASES, HEALTH_JA), re.IGNORECASE)
_HR = re.compile(_health_or_hr(HR_WORDS, HR_PREFIXES, HR_PHRASES, HR_JA), re.IGNORECASE)
# someone in hospital now ("she's at the hospital"), not a news report's "died in hospital": read only
# where the word is, one alternation of pronouns at every word of every text cost 0.3 ms at p99
_IN_HOSPITAL = re.compile(
    r"\b(?:she|he|they|i|is|was|are|were|[a-z]+(?='s))(?:'s|'re|'m| is| was| are| am| were)? (?:still |back )?"
    r"(?:at|in) (?:the )?hospital\b"
)
# the writer speaking of themself: "I was diagnosed", "私は…入院"
# (English on lowered text, Japanese apart: one case-insensitive alternation of both cost twice as much)
_FIRST_PERSON_EN = re.compile(r"\b(?:i|i'm|i've|my|me)\b")
# (not 私 inside another word: 私兵, 私立, 私鉄, 私物)
_FIRST_PERSON_JA = re.compile(r"私(?![兵立鉄物有設営的服道費])|僕|自分")
# someone close to the writer, identifiable to them: "Dad's surgery", 【母】通院, 妻が…寝込んで
_KIN_EN = re.compile(
    r"\b(?:mom|mum|mam|dad|mother|father|wife|husband|son|daughter|grandma|grandpa|grandmother|grandfather|grandad|"
    r"granddad|granny|brother|sister|aunt|uncle|nephew|niece|cousin|fianc[eé]e?|stepson|stepdaughter|grandson|"
    # a grandmother called nan (not NaN, the number: only "nan's", "my nan")
    r"granddaughter|nana|nanna|gran|nan(?=['’]s\b)|(?<=\bmy )nan|(?<=\bour )nan)\b"
)
# (a kin word inside another word is none: 工夫, 大丈夫, 稲妻, 酵母, 母国, 母音, 神父)
_KIN_JA = re.compile(
    r"(?<![\u4e00-\u9fff])(?:母(?![国校体数集語音艦港])|父(?![兄])|妻|夫)|[義実養]母|[義実養]父|息子|娘|祖母|祖父|"
    r"長男|長女|次男|次女|うちの子|いとこ|従兄弟|従姉妹|甥|姪|孫|叔父|叔母|伯父|伯母|"
    r"旦那|主人(?!公)|嫁"
)
_JAPANESE_SCRIPT = re.compile(r"[\u3040-\u30ff\u4e00-\u9fff]")
# "give me phrases for a review" asks for something: "me" there is no one the term is about; nor is
# "I" who explains, tells or writes ("how do I explain type 1 diabetes to a child")
_ASKING_ME = re.compile(r"(?i)\b(?:give|tell|tells|told|show|help|let|send)[ \t]+$")
_I_WHO_TELLS = re.compile(
    r"[ \t]+(?:explain|tell|describe|teach|write|word|phrase|say|talk)\b", re.IGNORECASE
)


# "can my employer cut my hours?", "what are my rights": a question of rights asks what holds for
# anyone; its "my" is no one in particular
_RIGHTS_QUESTION = re.compile(
    r"\b(?:can|could|does|do|will|should|is it (?:legal|ok|okay|normal|allowed) for) my (?:employer|boss|company|"
    r"manager|workplace|landlord)\b|\bwhat are my rights\b|\bmy (?:legal |employment )?rights\b|"
    # a case put, not the writer's: "what should I say to my boss if I need time off"
    r"\bif i (?:need|want|have|get|am|take|ever|think)\b"
)
# "how do I query overtime on a payslip?" asks how anyone does it: that "I" is no one in particular
_HOW_DO_I = re.compile(r"\b(?:how|what|where|when|which|who|why) (?:do|can|should|would|could|must|might) $")
_NEAR = 60  # characters between the term and the person it is about
_ONE_MATTER = 300  # characters of a text whose terms are about anyone it names, however far apart


# a word, an apostrophe's ending kept (alzheimer's); hyphens part words, as \b did ("flu-like" holds flu)
_WORD = re.compile(r"[a-z0-9]+(?:'[a-z]+)?")
HEALTH_PHRASE_INDEX = PhraseIndex(HEALTH_PHRASES, PHRASE_WORDS)
HR_PHRASE_INDEX = PhraseIndex(HR_PHRASES, PHRASE_WORDS)
_BEFORE_WORD, _AFTER_WORD = 40, 30  # the reach of a phrase on either side of its word
_LOOKED_UP = HEALTH_WORDS | HR_WORDS | PHRASE_WORDS
HEALTH_JA_PATTERN = re.compile(HEALTH_JA)
HR_JA_PATTERN = re.compile(HR_JA)


def health_and_hr_terms(text: str) -> list[Finding]:
    """Every health or HR term in the text, personal or not (read once per text)."""
    lowered = text.lower()
    if len(lowered) != len(text):  # spans would not carry over (a few letters, such as İ, lower to two)
        found = [
            Finding(kind, m.start(), m.end())
            for kind, p in (("health_info", _HEALTH), ("hr_info", _HR))
            for m in p.finditer(text)
        ]
        lowered = text
    else:
        found = _terms_in_lowered(text, lowered)
    if "hospital" in lowered.lower():
        found += [Finding("health_info", m.start(), m.end()) for m in _IN_HOSPITAL.finditer(lowered.lower())]
    return found


def _interesting(words: set[str]) -> set[str]:
    """The words of a text that are a term, begin or end like one, or open a phrase: one set
    operation and a pass over the distinct words, where a news article has 400 words and 250 distinct."""
    return (words & _LOOKED_UP) | {
        w
        for w in words
        if (w[:3] in _HEALTH_HEADS and w.startswith(HEALTH_PREFIXES))
        or (w[:3] in _HR_HEADS and w.startswith(HR_PREFIXES))
        or w.endswith(_PROCEDURE_ENDINGS)
    }


def _terms_in_lowered(text: str, lowered: str) -> list[Finding]:
    found = []
    windows: list[tuple[set[str], int, int]] = []  # the phrase words in each, and its reach
    words = set(_WORD.findall(lowered))
    # a word and its "'s" (her cancer's back, the surgery's done): the word is the term
    interesting = _interesting(words | {w[:-2] for w in words if w.endswith("'s")})
    for m in _WORD.finditer(lowered) if interesting else ():
        word = m.group()
        if word not in interesting:
            word = word[:-2] if word.endswith("'s") else word
            if word not in interesting:
                continue
        if (
            word in HEALTH_WORDS
            or (word[:3] in _HEALTH_HEADS and word.startswith(HEALTH_PREFIXES))
            or word.endswith(_PROCEDURE_ENDINGS)
        ):
            found.append(Finding("health_info", m.start(), m.start() + len(word)))
        elif word in HR_WORDS or (word[:3] in _HR_HEADS and word.startswith(HR_PREFIXES)):
            found.append(Finding("hr_info", m.start(), m.start() + len(word)))
        if word in PHRASE_WORDS:
            start, end = max(0, m.start() - _BEFORE_WORD), m.end() + _AFTER_WORD
            if windows and start <= windows[-1][2]:
                windows[-1][0].add(word)
                windows[-1] = (windows[-1][0], windows[-1][1], end)
            else:
                windows.append(({word}, start, end))
    for kind, index in (("health_info", HEALTH_PHRASE_INDEX), ("hr_info", HR_PHRASE_INDEX)):
        found += [Finding(kind, start, end) for start, end in index.find(lowered, windows)]
    if _JAPANESE_SCRIPT.search(text):
        found += [Finding("health_info", m.start(), m.end()) for m in HEALTH_JA_PATTERN.finditer(text)]
        found += [Finding("hr_info", m.start(), m.end()) for m in HR_JA_PATTERN.finditer(text)]
    return found


def about_a_person(text: str, terms: list[Finding], people: list[Finding]) -> Iterable[Finding]:
    """The health or HR ``terms`` near someone identifiable: a name found, the writer, or their family.

    "A 45-year-old patient presents with…" names no one and is not personal data; nor is a news story
    that mentions an illness paragraphs away from any "I".
    """
    if not terms:
        return
    anchors = [(f.start, f.end) for f in people]
    lowered = text.lower()
    if len(lowered) == len(text) and not _RIGHTS_QUESTION.search(lowered):  # the writer, or family
        anchors += [
            (m.start(), m.end())
            for m in _FIRST_PERSON_EN.finditer(lowered)
            if not (m.group() == "me" and _ASKING_ME.search(text, max(0, m.start() - 8), m.start()))
            and not (m.group() == "i" and _I_WHO_TELLS.match(text, m.end()))
            and not (m.group() == "i" and _HOW_DO_I.search(lowered, max(0, m.start() - 16), m.start()))
        ]
        anchors += [(m.start(), m.end()) for m in _KIN_EN.finditer(lowered)]
    if _JAPANESE_SCRIPT.search(text):
        anchors += [(m.start(), m.end()) for p in (_FIRST_PERSON_JA, _KIN_JA) for m in p.finditer(text)]
    # a message or a record this short speaks of one matter: its terms are about whoever it names
    near = len(text) if len(text) <= _ONE_MATTER else _NEAR
    sentences: list[tuple[int, int]] | None = None
    pets = _PET.search(lowered) if len(lowered) == len(text) else _PET.search(text)
    for term in terms:
        if pets and _about_a_pet(text, term, people):
            continue
        if any(s - near <= term.start and term.end <= e + near for s, e in anchors):
            yield term
            continue
        if sentences is None:  # (a news report's sentences quote people: its "I" is someone else's)
            sentences = [] if news(text) else _sentences(text)
            anchors.sort()
        if sentences and _in_a_sentence_about(text, lowered, term, sentences, anchors, people):
            yield term


# an animal's health is no person's: "My dog Biscuit has been vomiting", 愛犬が嘔吐
_PET = re.compile(
    # (not an assistance dog: "my guide dog" speaks of its owner's sight)
    r"\b(?<!guide )(?<!assistance )(?<!hearing )(?:dog|dogs|cat|cats|puppy|kitten|pet|vet|rabbit|hamster|horse|parrot|"
    r"guinea pig)\b|(?<!盲導|介助|聴導)犬|猫|ペット|獣医"
)
_PET_NEAR = 60


def _about_a_pet(text: str, term: Finding, people: list[Finding]) -> bool:
    """A pet named within 60 characters before the term, and no person named between them but the
    pet's own name right after the word for it ("my dog Biscuit")."""
    start = max(0, term.start - _PET_NEAR)
    pets = list(_PET.finditer(text[start : term.start].lower()))
    if not pets:
        return False
    pet_end = start + pets[-1].end()
    return not any(pet_end <= p.start < term.start and text[pet_end : p.start].strip() for p in people)


# where a sentence ends: its stop and the spaces after, or a line's end
_SENTENCE_END = re.compile(r"[.!?。！？]+[\s」』\)]*|\n+")
# a sentence that goes on about someone named before it: "…asked for reduced hours. She is starting dialysis"
_THIRD_PERSON_EN = re.compile(r"\b(?:she|he|her|his|him|they|their|them)\b")
_THIRD_PERSON_JA = re.compile(r"彼女|彼|本人|同氏")
_BACK_REACH = 2  # sentences before a pronoun's in which the person it stands for may be named


def _sentences(text: str) -> list[tuple[int, int]]:
    spans, start = [], 0
    for m in _SENTENCE_END.finditer(text):
        spans.append((start, m.end()))
        start = m.end()
    if start < len(text):
        spans.append((start, len(text)))
    return spans


def _in_a_sentence_about(
    text: str,
    lowered: str,
    term: Finding,
    sentences: list[tuple[int, int]],
    anchors: list[tuple[int, int]],
    people: list[Finding],
) -> bool:
    """A term in the same sentence as someone identifiable, or in a sentence whose pronoun stands for a
    person named in one of the two before ("Ms Parry… Despite her dementia diagnosis…")."""
    at = bisect_right(sentences, (term.start, len(text) + 1)) - 1
    if at < 0:
        return False
    s, e = sentences[at]
    first = bisect_left(anchors, (s, -1))  # anchors are sorted: the first that starts in the sentence
    if first < len(anchors) and anchors[first][0] < e:
        return True
    if not people:
        return False
    sentence = lowered[s:e] if len(lowered) == len(text) else text[s:e]
    if not (_THIRD_PERSON_EN.search(sentence) or _THIRD_PERSON_JA.search(text, s, e)):
        return False
    before = sentences[max(0, at - _BACK_REACH)][0]
    return any(before <= p.start < s for p in people)
