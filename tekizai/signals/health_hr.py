"""Health and HR information about an identifiable person: the terms (diagnoses, leave, dismissals,
病名, 休職, 懲戒…) and whether someone identifiable stands near them (a name found, the writer, family).
"""

from __future__ import annotations

import re
from collections.abc import Iterable

from tekizai.signals.findings import Finding

_HEALTH_EN = (
    r"\b(?:diagnos(?:ed|is)|depression|cancer|diabetes|hiv|pregnan\w*|surgery|medication|prescri\w+|"
    r"therapy|mental health|disorder|chemotherapy|sick leave|medical leave|hospitali[sz]ed|"
    r"(?:off|called in|went home|been) sick|sick (?:day|note)|dizz(?:y|iness)|nausea|dementia|alzheimer'?s|"
    r"allerg(?:y|ies|ic)|meds|medications|insulin|blood pressure|seizures?|asthma|fever|tested positive|covid(?:-19)?|"
    # (not "injury" or "stroke": sports news is full of them, beside players' names)
    r"fractured?|broken (?:arm|leg|wrist|ankle|hip)|heart failure|heart attack|tonsillitis|sprained|"
    r"chemo|radiotherapy|dialysis|epipen|copd|burnout|burnt out|signed off sick|signed off with|insomnia|"
    r"influenza|flu|migraines?|panic attacks?|(?:hip|knee) replacement|physio(?:therapy)?|drug (?:test|screen)|"
    r"adhd|autism|autistic|dyslexia|mri|biopsy|x-ray|blood test|scan results|"
    # conditions, treatments and care people name when they speak of someone's health
    r"arthritis|hypertension|epilepsy|epileptic|bipolar|schizophreni\w+|ptsd|ocd|anorexia|bulimia|eating disorder|"
    r"eczema|psoriasis|hepatitis|tuberculosis|pneumonia|bronchitis|appendicitis|miscarriage|ivf|fertility treatment|"
    r"tumou?r|leukaemia|leukemia|lymphoma|radiation therapy|crutches|wheelchair|hearing aid|blood sugar|"
    r"cholesterol|thyroid|pacemaker|antidepressants?|sertraline|prozac|adderall|ritalin|methadone|rehab|"
    r"alcoholism|overdose|self-harm|suicidal|counsell?ing|psychiatrist|psychologist|parkinson'?s|"
    r"multiple sclerosis|lupus|crohn'?s|coeliac|celiac|torn (?:ligament|acl|meniscus)|hernia|kidney stones?|"
    r"stitches|in a cast|on crutches|head lice|chickenpox|measles|norovirus|stomach bug|"
    r"(?:has|had|running|with) a (?:high )?temperature|temperature of \d\d|"
    r"broke (?:her|his|my|their) (?:arm|leg|wrist|ankle|hip|nose|collarbone)|(?:hip|knee|heart|eye|back) operation)\b"
)
_HEALTH_JA = (
    r"診断|うつ病|鬱病|がん|癌|糖尿病|妊娠|手術|服薬|通院|入院|持病|既往歴|障害|休職|病気療養|メンタル|"
    r"体調を崩|救急搬送|認知症|めまい|発熱|熱が(?:出|下が|高|あ)|アレルギー|血圧|インスリン|発作|喘息|"
    r"陽性(?:反応|判定|になっ|だっ|でした|と診断|が出)|骨折|心不全|心筋梗塞|脳梗塞|脳卒中|怪我|けがを|負傷|捻挫|扁桃|"
    r"インフルエンザ|寝込|不眠|眠れてい|眠れない|片頭痛|パニック障害|薬を飲|の薬|腰を痛め|腰痛|ぎっくり腰|肺炎|"
    r"発達障害|検査結果|高血圧|関節炎|てんかん|統合失調症|双極性|不安障害|摂食障害|依存症|リハビリ|抗うつ薬|睡眠薬|"
    r"カウンセリング|精神科|心療内科|不妊治療|流産|妊活|透析|ペースメーカー|車椅子|補聴器|難病|白血病|腫瘍|甲状腺|"
    r"肝炎|結核|帯状疱疹|ヘルニア|点滴|主治医|処方|副作用|持病"
)
_HEALTH = re.compile(f"{_HEALTH_EN}|{_HEALTH_JA}", re.IGNORECASE)
_HR_EN = (
    r"\b(?:performance review|disciplinary|dismiss(?:al|ed)|fired|terminat(?:ed|ion)|salary|demot\w+|"
    r"harassment complaint|warning letter|pay cut|performance improvement plan|probation(?:ary)? review|"
    r"parental leave|maternity leave|paternity leave|(?:was|got|been|be) laid off|leave of absence|"
    r"(?:final |written )+warning|(?:will|would|was|is) not (?:be )?renewed|non-renewal|overtime hours|"
    # (not "resigned", "absence" or "suspended": news and sport are full of them beside names)
    r"notice period|exit interview|grievance|sick pay|pay rise|background check|(?:was|got|been|be) made redundant|"
    r"unpaid leave|bereavement leave|compassionate leave|i earn [\d£$€]|earns [\d£$€]|take-home pay)\b"
)
_HR_JA = (
    r"人事評価|懲戒|解雇|減給|降格|給与|年収|ハラスメント|始末書|退職勧奨|査定|育児休業|育休|産休|介護休業|休職|"
    r"不採用|面接評価|残業時間|時間外労働|産業医|雇い止め|契約を更新しない|退職届|退職願|一身上の都合|"
    r"退職(?:します|する予定|を希望|の意向)|人事考課|考課|昇給|昇格|退職金|異動|昇進|欠勤|勤怠|有給|"
    r"残業代|内定|評価面談|休業|給料"
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
_KIN_JA = re.compile(r"母|父|妻|夫|息子|娘|祖母|祖父|長男|長女|次男|次女")
_JAPANESE_SCRIPT = re.compile(r"[\u3040-\u30ff\u4e00-\u9fff]")
# "give me phrases for a review" asks for something: "me" there is no one the term is about; nor is
# "I" who explains, tells or writes ("how do I explain type 1 diabetes to a child")
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
    """The health or HR ``terms`` near someone identifiable: a name found, the writer, or their family.

    "A 45-year-old patient presents with…" names no one and is not personal data; nor is a news story
    that mentions an illness paragraphs away from any "I".
    """
    if not terms:
        return
    anchors = [(f.start, f.end) for f in people]
    lowered = text.lower()
    if len(lowered) == len(text):  # the writer, or family: read lowered where the spans carry over
        anchors += [
            (m.start(), m.end())
            for m in _FIRST_PERSON_EN.finditer(lowered)
            if not (m.group() == "me" and _ASKING_ME.search(text, max(0, m.start() - 8), m.start()))
            and not (m.group() == "i" and _I_WHO_TELLS.match(text, m.end()))
        ]
        anchors += [(m.start(), m.end()) for m in _KIN_EN.finditer(lowered)]
    if _JAPANESE_SCRIPT.search(text):
        anchors += [(m.start(), m.end()) for p in (_FIRST_PERSON_JA, _KIN_JA) for m in p.finditer(text)]
    for term in terms:
        if any(s - _NEAR <= term.start and term.end <= e + _NEAR for s, e in anchors):
            yield term
