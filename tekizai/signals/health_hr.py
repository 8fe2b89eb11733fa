"""Health and HR information about an identifiable person: the terms (diagnoses, leave, dismissals,
病名, 休職, 懲戒…) and whether someone identifiable stands near them (a name found, the writer, family).
"""

from __future__ import annotations

import re
from collections.abc import Iterable

from tekizai.signals.findings import Finding


def _health_or_hr(words: frozenset[str], prefixes: tuple[str, ...], phrases: str, japanese: str) -> str:
    """One pattern of every term, for text whose lowering changes its length (read case-insensitively)."""
    single = "|".join(re.escape(w) for w in sorted(words, key=len, reverse=True))
    begun = "|".join(re.escape(p) + r"\w*" for p in prefixes)
    return rf"\b(?:{single}|{begun})\b|{phrases}|{japanese}"


# English terms: single words (and prefixes) looked up per word of the lowered text (a word splits at
# a hyphen, as \b does: hyphenated terms are phrases), phrases read around a word each holds. One
# alternation of every term, tried at every word, cost 0.43-0.48 ms on a 2,000-character article.
_HEALTH_WORDS = frozenset(
    "diagnosed diagnosis depression cancer diabetes hiv surgery medication therapy disorder chemotherapy "
    "hospitalised hospitalized dizzy dizziness nausea dementia alzheimer's alzheimers allergy allergies "
    "allergic meds medications insulin seizure seizures asthma fever covid fracture fractured "
    "tonsillitis sprained chemo radiotherapy dialysis epipen copd burnout insomnia influenza flu migraine "
    "migraines physio physiotherapy adhd autism autistic dyslexia mri biopsy "
    # conditions, treatments and care people name when they speak of someone's health
    "arthritis hypertension epilepsy epileptic bipolar ptsd ocd anorexia bulimia eczema psoriasis hepatitis "
    "tuberculosis pneumonia bronchitis appendicitis miscarriage ivf tumor tumour leukaemia leukemia lymphoma "
    "crutches wheelchair cholesterol thyroid pacemaker antidepressant antidepressants sertraline prozac adderall "
    "ritalin methadone rehab alcoholism overdose suicidal counselling counseling psychiatrist "
    "psychologist parkinson's parkinsons lupus crohn's crohns coeliac celiac hernia stitches chickenpox "
    "measles norovirus cataract cataracts glaucoma "
    # a wider vocabulary written for this project at once, not taken from any set: symptoms, conditions,
    # medicines and procedures (not "pain", "sick", "cold", "stress", "virus", "blind" or "deaf": each
    # says something else as often, as in "a pain to configure" or "fell on deaf ears")
    "headache headaches nauseous vomiting vomited diarrhoea diarrhea rash coughing wheezing breathless "
    "swollen bruised infected feverish unwell toothache anaemia anemia angina arrhythmia osteoporosis "
    "sciatica tendonitis tinnitus vertigo shingles mumps gout gallstones endometriosis pcos menopause "
    "dyspraxia dyscalculia aspergers asperger's tourette's diverticulitis colitis ibs sepsis meningitis "
    "cystitis uti conjunctivitis laryngitis sinusitis hypothyroidism hyperthyroidism scoliosis fibromyalgia "
    "postpartum paralysed paralyzed amputee amputation diabetic asthmatic depressed disability "
    "antibiotics antibiotic painkillers painkiller ibuprofen paracetamol codeine morphine inhaler steroids "
    "antihistamine antihistamines transfusion psychotherapy therapist detox hospice palliative outpatient "
    "inpatient colonoscopy endoscopy mammogram ultrasound vasectomy hysterectomy mastectomy "
    "appendectomy tonsillectomy concussed dislocated whiplash fainted".split()
)
_HEALTH_PREFIXES = ("pregnan", "prescri", "schizophreni")
_HEALTH_PHRASES = (
    r"\b(?:mental health|sick leave|medical leave|(?:off|called in|went home|been) sick|sick (?:days?|notes?)|"
    r"blood pressure|tested positive|x-ray|self-harm|heart failure|heart attack|burnt out|signed off sick|signed off with|"
    # (not "injury" or "stroke": sports news is full of them, beside players' names)
    r"broken (?:arm|leg|wrist|ankle|hip)|panic attacks?|(?:hip|knee) replacement|drug (?:test|screen)|"
    r"blood test|scan results|eating disorder|fertility treatment|radiation therapy|hearing aid|blood sugar|"
    r"multiple sclerosis|torn (?:ligament|acl|meniscus)|kidney stones?|in a cast|on crutches|head lice|"
    r"stomach bug|(?:has|had|running|with) a (?:high )?temperature|temperature of \d\d|"
    r"broke (?:her|his|my|their) (?:arm|leg|wrist|ankle|hip|nose|collarbone)|(?:hip|knee|heart|eye|back) operation|"
    # an injury told of someone ("hurt his back"), not a player's "injury", and dental work
    r"(?:hurt|injured|twisted|pulled) (?:her|his|my|their) (?:back|neck|knee|ankle|wrist|shoulder|head|leg|arm|hand|foot|hip)|"
    r"root canal|wisdom (?:tooth|teeth)|dental (?:surgery|implant|work|check-?ups?|recall|appointment|treatment)|"
    r"sore throat|runny nose|(?:chest|ear|kidney|bladder|throat) infection|food poisoning|hay fever|high fever|"
    r"(?:chest|back|neck|knee|stomach|joint|tooth) pain|in (?:a lot of )?pain|feeling (?:unwell|ill|poorly)|"
    r"intensive care|admitted to (?:hospital|the ward)|discharged from (?:hospital|the ward)|"
    r"(?:in|into|moved to) a care home|expecting a baby|morning sickness|anxiety (?:attacks?|disorder)|"
    r"social anxiety|(?:nervous|mental) breakdown|suicide attempt|postnatal depression|cerebral palsy|"
    r"down syndrome|terminally ill|occupational therapy|speech therapy|gp appointment|accident and emergency|"
    r"emergency room|(?:school|practice|district) nurse|"
    r"recovering from (?:a |an |her |his |their |my )?(?:stroke|surgery|operation|illness|cancer|heart attack|op|fall)|"
    r"(?:had|has|suffered) a (?:mild |minor |major |small )?stroke)\b"
)
_HEALTH_JA = (
    r"診断|うつ病|鬱病|がん|癌|糖尿病|妊娠|手術|服薬|通院|入院|持病|既往歴|障害|休職|病気療養|メンタル|"
    r"体調を崩|救急搬送|認知症|めまい|発熱|熱が(?:出|下が|高|あ)|アレルギー|血圧|インスリン|発作|喘息|"
    r"陽性(?:反応|判定|になっ|だっ|でした|と診断|が出)|骨折|心不全|心筋梗塞|脳梗塞|脳卒中|怪我|けがを|負傷|捻挫|扁桃|"
    r"インフルエンザ|寝込|不眠|眠れてい|眠れない|片頭痛|パニック障害|薬を飲|の薬|腰を痛め|腰痛|ぎっくり腰|肺炎|"
    r"発達障害|検査結果|高血圧|関節炎|てんかん|統合失調症|双極性|不安障害|摂食障害|依存症|リハビリ|抗うつ薬|睡眠薬|"
    r"カウンセリング|精神科|心療内科|不妊治療|流産|妊活|透析|ペースメーカー|車椅子|補聴器|難病|白血病|腫瘍|甲状腺|"
    r"肝炎|結核|帯状疱疹|ヘルニア|点滴|主治医|処方|副作用|白内障|緑内障|虫歯|歯の治療|抜歯|根管治療|"
    r"転倒|打撲|再検査|精密検査|肝機能|腎機能|解熱剤|嘔吐|下痢|頭痛|腹痛|要介護|介護認定|骨粗鬆症|熱中症|貧血|花粉症|"
    r"体調不良|"
    # a wider vocabulary, written at once: symptoms, injuries, care and treatments
    r"咳が|咳き込|鼻水|喉が痛|のどが痛|発疹|湿疹|じんましん|蕁麻疹|吐き気|胃痛|胃潰瘍|胃腸炎|食中毒|脱水|脳震盪|靭帯|"
    r"肉離れ|脱臼|むち打ち|火傷|やけどを|縫合|抗生物質|鎮痛剤|痛み止め|湿布|ステロイド|抗がん剤|放射線治療|退院|外来|"
    r"救急車|集中治療|つわり|出産|妊婦健診|帝王切開|更年期|生理痛|自閉症|学習障害|適応障害|不安症|過呼吸|自律神経|"
    r"睡眠障害|療養|闘病|余命|緩和ケア|ホスピス|障がい|障害者手帳|車いす|義足|難聴|失明|心臓病|狭心症|不整脈|腎臓病|"
    r"痛風|アトピー|皮膚炎|胃カメラ|内視鏡|ポリープ|健康診断|人間ドック|受診|病院に行|病院へ|病欠|具合が悪|風邪|"
    r"鼻炎|中耳炎|結膜炎|歯医者|歯科"
)
_HEALTH = re.compile(
    _health_or_hr(_HEALTH_WORDS, _HEALTH_PREFIXES, _HEALTH_PHRASES, _HEALTH_JA), re.IGNORECASE
)
_HR_WORDS = frozenset(
    "disciplinary dismissal dismissed fired terminated termination salary grievance "
    # (not "resignation", "layoffs" or "severance": news says them of public people)
    "redundancy furlough furloughed sabbatical secondment appraisal payslip p45 p60 garnishment "
    "whistleblowing sacked underperforming".split()
)
_HR_PREFIXES = ("demot",)
_HR_PHRASES = (
    r"\b(?:performance review|harassment complaint|warning letter|pay cut|performance improvement plan|"
    r"probation(?:ary)? review|parental leave|maternity leave|paternity leave|(?:was|got|been|be) laid off|"
    r"leave of absence|(?:final |written )+warning|(?:will|would|was|is) not (?:be )?renewed|(?:won't|wouldn't|isn't|aren't) (?:be |being )?renewed|overtime hours|"
    # (not "resigned", "absence" or "suspended": news and sport are full of them beside names)
    r"non-renewal|notice period|exit interview|sick pay|pay rise|background check|(?:was|got|been|be) made redundant|"
    r"unpaid leave|bereavement leave|compassionate leave|i earn [\d£$€]|earns [\d£$€]|take-home pay|"
    r"lost (?:my|his|her|their) job|maternity cover|paternity cover|(?:on|going on|back from) (?:maternity|paternity)|"
    r"attendance (?:record|review|meeting|issues?|problems?|concerns?|warning)|"
    r"about (?:your|his|her|their|my) (?:attendance|absences|timekeeping)|"
    r"(?:is|was|be|been|went|going) on leave|on (?:annual|sick|medical|parental|garden) leave|"
    r"(?:current|expected|base|total) comp(?:ensation)?|notice (?:of )?\d+ ?(?:weeks?|months?)|"
    r"employment tribunal|offer letter|job offer|rejected (?:for|from) the (?:job|role|position)|settlement agreement|"
    r"absence record|return to work|phased return|reasonable adjustments|occupational health|fit note|"
    r"work permit|visa sponsorship|right to work|fixed-term contract|zero-hours|pay (?:grade|band)|"
    r"(?:below|meets|exceeds|above) expectations|performance (?:rating|issues|concerns)|gross misconduct|"
    r"suspended on full pay|handed in (?:her|his|my|their) notice|quit (?:her|his|my|their) job|"
    r"(?:was|were|been|got|be) let go|got promoted|passed over for promotion)\b"
)
_HR_JA = (
    r"人事評価|懲戒|解雇|減給|降格|給与|年収|ハラスメント|始末書|退職勧奨|査定|育児休業|育休|産休|介護休業|休職|"
    r"不採用|面接評価|残業時間|時間外労働|産業医|雇い止め|契約を更新しない|退職届|退職願|一身上の都合|"
    r"人事考課|考課|昇給|昇格|異動|昇進|欠勤|勤怠|有給|"
    r"残業代|内定|評価面談|休業|給料|休暇|自己都合|契約満了|退職|時短勤務|パワハラ|セクハラ|モラハラ|マタハラ|"
    r"人事異動|配置転換|出向(?![かきくけこいっ])|転勤|単身赴任|左遷|早期退職|希望退職|リストラ|雇用契約|試用期間|本採用|内定取り消し|賞与|"
    r"ボーナス|人事面談|顛末書|譴責|戒告|停職|出勤停止|諭旨|労災|労働災害|傷病手当|早退|無断欠勤|給与明細|源泉徴収票|"
    r"扶養|派遣切り|雇用保険|失業|離職票|人員削減|降給|減俸|賃金カット"
)
_HR = re.compile(_health_or_hr(_HR_WORDS, _HR_PREFIXES, _HR_PHRASES, _HR_JA), re.IGNORECASE)
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
    r"\b(?:mom|mum|dad|mother|father|wife|husband|son|daughter|grandma|grandpa|grandmother|grandfather|grandad|"
    r"granddad|granny|brother|sister|aunt|uncle|nephew|niece|cousin|fianc[eé]e?|stepson|stepdaughter)\b"
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
_ONE_MATTER = 200  # characters of a text whose terms are about anyone it names, however far apart


# a word, an apostrophe's ending kept (alzheimer's); hyphens part words, as \b did ("flu-like" holds flu)
_WORD = re.compile(r"[a-z0-9]+(?:'[a-z]+)?")
_HEALTH_PHRASES_LOWER = re.compile(_HEALTH_PHRASES)
_HR_PHRASES_LOWER = re.compile(_HR_PHRASES)
# a word every phrase holds: the phrase patterns are read only around these (read everywhere, the two
# cost 0.27 ms on a 2,000-character article)
_PHRASE_WORDS = frozenset(
    "health leave sick pressure positive ray harm failure attack burnt signed broken panic attacks replacement "
    "drug blood scan eating fertility radiation hearing sclerosis torn kidney cast crutches lice stomach "
    "temperature broke operation hurt injured twisted pulled root wisdom dental lost maternity paternity "
    "attendance absences timekeeping comp compensation performance harassment warning pay probation probationary laid renewed "
    "overtime notice exit background redundant earn earns take renewal "
    "sore runny infection poisoning hay fever pain feeling intensive admitted discharged care expecting "
    "sickness anxiety breakdown attempt postnatal palsy syndrome terminally occupational speech gp accident "
    "emergency nurse recovering stroke "
    "tribunal offer job rejected settlement absence return phased reasonable fit permit sponsorship right "
    "fixed zero grade band expectations rating issues concerns misconduct suspended handed quit let promoted "
    "promotion".split()
)
_BEFORE_WORD, _AFTER_WORD = 40, 30  # the reach of a phrase on either side of its word
_HEALTH_JA_PATTERN = re.compile(_HEALTH_JA)
_HR_JA_PATTERN = re.compile(_HR_JA)


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


def _terms_in_lowered(text: str, lowered: str) -> list[Finding]:
    found = []
    windows: list[tuple[int, int]] = []
    for m in _WORD.finditer(lowered):
        word = m.group()
        if word in _HEALTH_WORDS or word.startswith(_HEALTH_PREFIXES):
            found.append(Finding("health_info", m.start(), m.end()))
        elif word in _HR_WORDS or word.startswith(_HR_PREFIXES):
            found.append(Finding("hr_info", m.start(), m.end()))
        if word in _PHRASE_WORDS:
            start, end = max(0, m.start() - _BEFORE_WORD), m.end() + _AFTER_WORD
            if windows and start <= windows[-1][1]:
                windows[-1] = (windows[-1][0], end)
            else:
                windows.append((start, end))
    seen: set[tuple[str, int, int]] = set()
    for start, end in windows:
        for kind, pattern in (("health_info", _HEALTH_PHRASES_LOWER), ("hr_info", _HR_PHRASES_LOWER)):
            for m in pattern.finditer(lowered, start, end):
                if (kind, m.start(), m.end()) not in seen:
                    seen.add((kind, m.start(), m.end()))
                    found.append(Finding(kind, m.start(), m.end()))
    if _JAPANESE_SCRIPT.search(text):
        found += [Finding("health_info", m.start(), m.end()) for m in _HEALTH_JA_PATTERN.finditer(text)]
        found += [Finding("hr_info", m.start(), m.end()) for m in _HR_JA_PATTERN.finditer(text)]
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
    # a message or a record this short speaks of one matter: its terms are about whoever it names
    near = len(text) if len(text) <= _ONE_MATTER else _NEAR
    for term in terms:
        if any(s - near <= term.start and term.end <= e + near for s, e in anchors):
            yield term
