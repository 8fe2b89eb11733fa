"""The words of health and HR information, English and Japanese: conditions, symptoms, medicines and
care; leave, pay, conduct, contracts and their endings. ``health_hr.py`` finds them and decides whether
someone identifiable stands near. Written for this project.

English single words are looked up per word of the lowered text; each phrase holds a word of
``PHRASE_WORDS``, around which alone the phrase patterns are read.
"""

from __future__ import annotations

# English terms: single words (and prefixes) looked up per word of the lowered text (a word splits at
# a hyphen, as \b does: hyphenated terms are phrases), phrases read around a word each holds. One
# alternation of every term, tried at every word, cost 0.43-0.48 ms on a 2,000-character article.
HEALTH_WORDS = frozenset(
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
    "appendectomy tonsillectomy concussed dislocated whiplash fainted nits nosebleed nosebleeds sectioned "
    "resection postoperative bulimic anorexic antenatal prenatal postnatal laceration lacerations contusion "
    "haemoptysis hemoptysis dyspnoea dyspnea tachycardia bradycardia orthodontist orthodontic t2dm t1dm htn ckd "
    "transplant immunocompromised dyspraxic dyslexic "
    # a few words of German, French and Spanish, as a postcard or a forwarded message has them
    "krankenhaus krank operiert hôpital hospitalisé hospitalisée malade hospitalizado hospitalizada enfermo "
    "enferma".split()
)
HEALTH_PREFIXES: tuple[str, ...] = ("pregnan", "prescri", "schizophreni")
# words as people misspell them: "dislexia", "diabetis", "pnuemonia", "alzhiemers", "perscription"
HEALTH_PREFIXES += (
    "dislex", "dyslex", "diabeti", "alzhiem", "alzeim", "pnuemon", "neumoni", "artherit", "arthritu", "schitzo",
    "skitzo", "demensia", "depresion", "anxeity", "pregnent", "pregant", "surgury", "sugery", "diognos", "perscri",
    "presciption", "medicaton", "epilepsey", "ashtma", "astma", "migrane", "cardiolog", "oncolog", "neurolog",
    "dermatolog", "orthopa", "orthope", "urolog", "rheumatolog", "endocrinolog", "haematolog", "hematolog",
    "nephrolog", "gastroenterolog", "psychiatr",
)  # fmt: skip
HEALTH_PHRASES = (
    r"\b(?:mental health|sick leave|medical leave|(?:off|called in|went home|been) sick|sick (?:days?|notes?)|"
    r"blood pressure|tested positive|x-ray|self-harm|heart failure|heart attack|burnt out|signed off sick|"
    r"signed off with|"
    # (not "injury" or "stroke": sports news is full of them, beside players' names)
    r"broken (?:arm|leg|wrist|ankle|hip)|panic attacks?|(?:hip|knee) replacement|drug (?:test|screen)|"
    r"blood test|scan results|eating disorder|fertility treatment|radiation therapy|hearing aid|blood sugar|"
    r"multiple sclerosis|torn (?:ligament|acl|meniscus)|kidney stones?|in a cast|on crutches|head lice|"
    r"stomach bug|(?:has|had|running|with) a (?:high )?temperature|temperature of \d\d|"
    r"broke (?:her|his|my|their) (?:arm|leg|wrist|ankle|hip|nose|collarbone)|(?:hip|knee|heart|eye|back) operation|"
    # an injury told of someone ("hurt his back"), not a player's "injury", and dental work
    r"(?:hurt|injured|twisted|pulled) (?:her|his|my|their) (?:back|neck|knee|ankle|wrist|shoulder|head|leg|arm|"
    r"hand|foot|hip)|"
    r"root canal|wisdom (?:tooth|teeth)|dental (?:surgery|implant|work|check-?ups?|recall|appointment|treatment)|"
    r"sore throat|runny nose|(?:chest|ear|kidney|bladder|throat) infection|food poisoning|hay fever|high fever|"
    r"(?:chest|back|neck|knee|stomach|joint|tooth) pains?|in (?:a lot of )?pain|feeling (?:unwell|ill|poorly)|"
    r"intensive care|admitted to (?:hospital|the ward|a&e|icu)|(?:been|was|were) admitted (?:overnight|last night|"
    r"yesterday|this morning|with)|discharged from (?:hospital|the ward)|"
    r"(?:in|into|moved to) a care home|expecting a baby|morning sickness|anxiety (?:attacks?|disorder)|"
    r"social anxiety|(?:nervous|mental) breakdown|suicide attempt|postnatal depression|cerebral palsy|"
    r"down syndrome|terminally ill|occupational therapy|speech therapy|gp appointment|accident and emergency|"
    r"emergency room|(?:school|practice|district) nurse|"
    r"recovering from (?:a |an |her |his |their |my )?(?:stroke|surgery|operation|illness|cancer|heart attack|op|"
    r"fall)|"
    r"(?:had|has|suffered) a (?:mild |minor |major |small )?stroke)\b"
)
HEALTH_JA = (
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

HR_WORDS = frozenset(
    "disciplinary dismissal dismissed fired terminated termination salary grievance "
    # (not "resignation", "layoffs" or "severance": news says them of public people)
    "redundancy furlough furloughed sabbatical secondment appraisal payslip p45 p60 garnishment "
    "whistleblowing sacked underperforming".split()
)
HR_PREFIXES = ("demot",)
HR_PHRASES = (
    r"\b(?:performance review|harassment complaint|warning letter|pay cut|performance improvement plan|"
    r"probation(?:ary)? review|parental leave|maternity leave|paternity leave|(?:was|got|been|be) laid off|"
    r"leave of absence|(?:final |written )+warnings?|(?:will|would|was|is) not (?:be )?renewed|(?:won't|wouldn't|"
    r"isn't|aren't) (?:be |being )?renewed|overtime hours|"
    # (not "resigned", "absence" or "suspended": news and sport are full of them beside names)
    r"non-renewal|notice period|exit interview|sick pay|pay rise|background checks?|(?:was|got|been|be) made redundant|"
    r"unpaid leave|bereavement leave|compassionate leave|i earn [\d£$€]|earns [\d£$€]|take-home pay|"
    r"lost (?:my|his|her|their) job|maternity cover|paternity cover|(?:on|going on|back from) (?:maternity|"
    r"paternity)|"
    r"attendance (?:record|review|meeting|issues?|problems?|concerns?|warning)|"
    r"about (?:your|his|her|their|my) (?:attendance|absences|timekeeping)|"
    r"(?:is|was|be|been|went|going) on leave|on (?:annual|sick|medical|parental|garden) leave|"
    r"(?:current|expected|base|total) comp(?:ensation)?|notice (?:of )?\d+ ?(?:weeks?|months?)|"
    r"employment tribunal|offer letter|job offer|rejected (?:for|from) the (?:job|role|position)|"
    r"settlement agreement|"
    r"absence record|return[- ]to[- ]work|phased return|(?:oh|occupational health) referral|sick (?:for )?\d+ days|"
    r"reasonable adjustments|occupational health|fit note|"
    r"work permit|visa sponsorship|right to work|fixed-term contract|zero-hours|pay (?:grade|band)|"
    r"(?:below|meets|exceeds|above) expectations|performance (?:rating|issues|concerns)|gross misconduct|"
    r"suspended on full pay|handed in (?:her|his|my|their) notice|quit (?:her|his|my|their) job|"
    r"(?:was|were|been|got|be) let go|got promoted|passed over for promotion)\b"
)
HR_JA = (
    r"人事評価|懲戒|解雇|減給|降格|給与|年収|ハラスメント|始末書|退職勧奨|査定|育児休業|育休|産休|介護休業|休職|"
    r"不採用|面接評価|残業時間|時間外労働|産業医|雇い止め|契約を更新しない|退職届|退職願|一身上の都合|"
    r"人事考課|考課|昇給|昇格|異動|昇進|欠勤|勤怠|有給|"
    r"残業代|内定|評価面談|休業|給料|休暇|自己都合|契約満了|退職|時短勤務|パワハラ|セクハラ|モラハラ|マタハラ|"
    r"人事異動|配置転換|出向(?![かきくけこいっ])|転勤|単身赴任|左遷|早期退職|希望退職|リストラ|雇用契約|試用期間|本採用|内定取り消し|賞与|"
    r"ボーナス|人事面談|顛末書|譴責|戒告|停職|出勤停止|諭旨|労災|労働災害|傷病手当|早退|無断欠勤|給与明細|源泉徴収票|"
    r"扶養|派遣切り|雇用保険|失業|離職票|人員削減|降給|減俸|賃金カット|"
    # a selection's stages, a contract's end, a temp's placement
    r"クビにな|クビを切|クビだ|退任|辞任|在宅勤務|契約を打ち切|打ち切られ|短時間勤務|退職金|会社都合退職|定年退職|再雇用|"
    r"任命する|転職(?:が)?決ま|年収\d+万?(?:円)?アップ|契約を[^。\n]{0,10}終了|シフト(?:を)?休|シフト(?:を)?(?:代わ|交代)|辞める|辞めた|辞めます|残業(?:が)?\d+時間|休ませてください|(?:一次|二次|"
    r"三次|最終|役員)面接|書類選考|選考結果|契約終了|契約解除|派遣先|基本給|月給|時給|日給|年俸"
)

# a word every phrase holds: the phrase patterns are read only around these (read everywhere, the two
# cost 0.27 ms on a 2,000-character article)
PHRASE_WORDS = frozenset(
    "health leave sick pressure positive ray harm failure attack burnt signed broken panic attacks replacement "
    "drug blood scan eating fertility radiation hearing sclerosis torn kidney cast crutches lice stomach "
    "temperature broke operation hurt injured twisted pulled root wisdom dental lost maternity paternity "
    "attendance absences timekeeping comp compensation performance harassment warning pay probation probationary laid renewed "
    "overtime notice exit background redundant earn earns take renewal "
    "sore runny infection poisoning hay fever pain pains feeling intensive admitted discharged care expecting "
    "sickness anxiety breakdown attempt postnatal palsy syndrome terminally occupational speech gp accident "
    "emergency nurse recovering stroke "
    "tribunal offer job rejected settlement absence return phased reasonable fit permit sponsorship right "
    "fixed zero grade band expectations rating issues concerns misconduct suspended handed quit let promoted "
    "promotion op sickle referral retiring retirement harming self mouth slipped herniated prolapsed bulging resign "
    "resignation working transfer reasons grounds struggling problem early rate policy plan dipped dropped declined "
    "stepping back neck knee hip wage wages sustained referred illness treatment bullying current expected base labour "
    "labor happy let off visa keep hr missed ms application pip investigation got car sob reduce moving move moved "
    "going flexible compressed competitor counter counteroffer last promoted withheld eligible tax pension absent "
    "didn't didnt confirm claim risk voluntary light need needs kit coming come came part immune drinking lift "
    "letter affecting shifts interviewing paid sack weight show scan ultrasound mri contract employment "
    "renew extend extended".split()
)

# -- a wider vocabulary, written at once for this project (session 8), not taken from any test set ----

_BODY = (
    r"arms?|legs?|wrists?|ankles?|knees?|hips?|shoulders?|elbows?|fingers?|thumbs?|toes?|foot|feet|hands?|neck|back|"
    r"spine|ribs?|collarbone|jaw|nose|skull|hamstring|calf|achilles|tendon|ligaments?|acl|meniscus|pelvis|tailbone"
)
HEALTH_WORDS = HEALTH_WORDS | frozenset(
    # conditions
    "alopecia aneurysm anaphylaxis angina apnoea apnea arthritic asbestosis atrial bunion bunions carcinoma "
    "cardiomyopathy cellulitis cirrhosis colic croup cyst cysts dementia dermatitis diabetes diverticular "
    "dvt embolism emphysema encephalitis fibroids gastritis gastroenteritis gingivitis haemorrhoids hemorrhoids "
    "haemophilia hemophilia hepatitis herpes hives hypoglycaemia hypoglycemia impetigo incontinence jaundice "
    "keratoconus laryngitis lymphoedema lymphedema melanoma mesothelioma myeloma narcolepsy neuropathy "
    "osteoarthritis osteoporosis pancreatitis pleurisy polio preeclampsia prostate psychosis rheumatoid rosacea "
    "sarcoma scabies sickle stammer stutter syphilis thrombosis thrush tinnitus tonsillitis ulcer ulcers "
    "varicose verruca warts chlamydia gonorrhoea gonorrhea "
    # symptoms and states
    "fainting palpitations convulsions numbness "
    "sprain strain bleed bled haemorrhage hemorrhage infection infections inflamed inflammation "
    "relapse relapsed remission bedridden housebound "
    # medicines
    "metformin lisinopril atorvastatin simvastatin statins omeprazole lansoprazole amlodipine levothyroxine "
    "salbutamol ventolin warfarin apixaban rivaroxaban prednisolone prednisone amoxicillin penicillin "
    "doxycycline citalopram fluoxetine escitalopram mirtazapine venlafaxine diazepam lorazepam zopiclone "
    "tramadol naproxen gabapentin pregabalin oxycodone fentanyl methotrexate lithium olanzapine quetiapine "
    "risperidone aripiprazole ozempic semaglutide hrt contraceptive contraception morning-after "
    # care, tests and procedures
    "hospitalisation hospitalization operation op scan scans ecg ekg biopsies chemo stoma catheter "
    "physiotherapist chiropractor osteopath podiatrist optician audiologist dermatologist oncologist "
    "cardiologist neurologist paediatrician pediatrician gynaecologist gynecologist obstetrician midwife "
    "psychotherapist counsellor counselor sonographer radiographer phlebotomist "
    "vaccinated unvaccinated jab booster smear-test mri's x-rays ultrasound scan-results "
    "rehabilitation convalescing recuperating bisoprolol ramipril furosemide clopidogrel co-codamol codamol "
    "sumatriptan propranolol bendroflumethiazide losartan candesartan tamoxifen letrozole hydroxychloroquine "
    "mesalazine adalimumab infliximab insulins glucagon epinephrine adrenaline-pen".split()
) - frozenset({"strain", "scan", "scans", "op", "lump", "bleed", "faint", "operation", "stutter", "sickle"})
HEALTH_PHRASES = HEALTH_PHRASES + (
    rf"|\b(?:(?:broke|broken|fractured|sprained|twisted|injured|hurt|burned|burnt|bruised|dislocated|"
    rf"strained|tore|torn|banged|bumped) (?:her |his |my |their |a |the )?(?:left |right )?(?:{_BODY})|"
    r"blood (?:results|work|count)|test results|scan (?:results|showed)|mri scan|ct scan|pet scan|"
    r"(?:hospital|clinic|gp|doctor'?s|dentist|physio|hospice|consultant|outpatient) (?:appointment|visit|stay|"
    r"referral)|"
    r"on (?:medication|meds|antibiotics|antidepressants|insulin|oxygen|dialysis|the waiting list)|"
    r"(?:had|has|having) (?:a |an )?(?:operation|op|scan|fall|seizure|fit|bleed|relapse|procedure)|"
    r"(?:off|signed off|time off) (?:with|for) (?:stress|anxiety|depression|a bad back|flu|covid|her back|his back)|"
    r"(?:mobility|hearing|sight|heart|kidney|liver|lung|breathing|bladder|bowel|skin|eating|sleep|mental health) "
    r"(?:problems?|issues?|condition|loss|impairment|disorder)|"
    r"(?:wheelchair|crutch|walking stick|guide dog|hearing aid) user|uses a (?:wheelchair|walking stick|hearing aid)|"
    r"(?:visually|hearing) impaired|partially sighted|learning (?:disability|disabilities)|"
    r"special (?:educational )?needs|"
    r"access needs|dietary requirements?|(?:nut|peanut|gluten|dairy|egg|shellfish|penicillin|latex) allergy|"
    r"(?:type [12]|gestational) (?:diabetes|diabetic)|high blood pressure|low blood pressure|heart condition|"
    r"heart murmur|"
    r"chronic (?:pain|fatigue|illness|condition)|long covid|me/cfs|ivf treatment|miscarried|stillbirth|"
    r"gave birth|giving birth|due (?:date|in (?:january|february|march|april|may|june|july|august|september|october|"
    r"november|december))|pregnancy test|maternity ward|c-section|caesarean|cesarean|"
    r"self-isolat\w*|quarantin\w* with|tested negative|sick note|doctor'?s note|"
    r"passed out|collapsed at|blacked out|threw up|throwing up|keeps being sick|"
    r"(?:walking|zimmer) frame|mobility scooter|stairlift|(?:heart|gastric|triple) bypass|bypass surgery|stent|"
    r"(?:called|call|in|by) (?:an |the )?ambulance|ambulance (?:arrived|came|took)|domestic (?:abuse|violence)|"
    r"expecting (?:a baby|twins|triplets|(?:her|their|our|his) (?:first|second|third) (?:baby|child))|"
    r"(?:starting|started|on|needs?) dialysis|cbt|intrusive thoughts|low mood|mood swings|improved mood|"
    r"uses oxygen|(?:is|she's|he's|i'm|they're|was|born|being) (?:profoundly |partially )?(?:deaf|blind)|"
    r"hard of hearing|gp visit|sickness absence|guide dog|assistance dog|hearing dog|"
    r"(?:knee|hip|joint) (?:replacement|replacment)|(?:recovers|recovered|recovering) from (?:a |an |her |his |"
    r"their |my )?(?:operation|op|surgery|illness|fall|stroke)|"
    r"(?:had|has|having) (?:her|his|their|my) (?:gallbladder|appendix|tonsils|wisdom teeth|womb|uterus|ovaries|"
    r"spleen|"
    r"kidney|thyroid|adenoids) (?:out|removed)|nursing home|care home|after (?:his|her|their|a) (?:second |"
    r"third )?stroke|"
    r"fit note|sick pay|colou?r-?blind|sustained an? (?:laceration|fracture|burn|cut|head injury|injury)|referred to a&e|(?:her|his|their|my|mum's|dad's|mother's|father's|wife's|husband's) (?:illness|operation|treatment)|(?:wife|wifes|wife's|partner|partners|partner's|she's|shes|she is|is|gone|went) in(?:to)? (?:labour|labor)\b|gp(?:'s)? note|sick (?:on )?\d{1,2}/\d{1,2}|diagnosed with ms\b|(?:has|got) ms(?=[ ,;!?]*(?:and|but|since|so|now)\b|[,;!?]|\.?$)|sob on exertion|doctor'?s letter|(?:can't|cannot|can not) lift|immune system is (?:weak|compromised)|(?:her|his|their|'s) drinking|came in (?:drunk|hungover)|(?:been|was|is) drinking again|weight loss|signed off for (?:a|one|two|three|\d+) (?:days?|weeks?|months?)|post-op(?:erative)?|sickle[- ]cell|(?:for|on|due to) (?:health reasons|"
    r"health grounds|ill[- ]health)|(?:was|been|being|got) sick (?:in|at|on|after|during)|"
    r"struggling with (?:alcohol|drink|drinking|drugs|addiction|gambling|depression|anxiety|(?:her|his|their|"
    r"my) mental health)|(?:drinking|alcohol|drug) problem|for (?:her|his|their|my) back(?=[ .,;)']|$)|for (?:her|"
    r"his|their|my) (?:neck|knee|hip)(?=[ .,;)']|$)|signed off (?:for|until) [\w ]{1,12}? (?:w|with|"
    r"due to) (?:stress|anxiety|depression|burnout)|(?:slipped|herniated|prolapsed|bulging) dis[ck]|"
    r"self[- ]harm(?:ing|ed)?|(?:because of|bc of|due to|with) (?:her|his|their|my) (?:anxiety|depression|stress|"
    r"illness|condition|health)|hand,? foot,? and mouth|(?:got|getting|having|has|had|booked) (?:a |an |her |his |"
    r"my |their )?(?:scan|ultrasound|x-ray|mri) (?:at|for|on|today|tomorrow)|(?:knee|hip|back|heart|eye|shoulder|"
    r"foot|hand|gallbladder|hernia|bowel|cataract|ankle|wrist) op\b|"
    r"living with (?:ms|hiv|aids|cancer|diabetes|epilepsy|dementia|autism|adhd|arthritis|lupus|crohn's|"
    r"a disability|chronic pain|long covid|depression|anxiety))\b"
)
HEALTH_JA = HEALTH_JA + (
    r"|胃がん|乳がん|肺がん|大腸がん|前立腺|子宮筋腫|子宮頸|乳腺|胆石|尿路結石|椎間板|五十肩|四十肩|腱鞘炎|坐骨神経痛|"
    r"水ぼうそう|水疱瘡|はしか|麻疹|風疹|おたふく|手足口病|ノロウイルス|ものもらい|気管支炎|副鼻腔炎|蓄膿|肺気腫|"
    r"睡眠時無呼吸|うつ状態|躁うつ|強迫性障害|自傷|自殺未遂|過食|拒食|アルコール依存|くも膜下|脳出血|大動脈|"
    r"人工肛門|ストーマ|人工関節|松葉杖|ギプス|義手|失神|気を失|倒れ(?:て|た)|痙攣|けいれん|しびれ|動悸|息切れ|"
    r"むくみ|出血|高熱|微熱|鼻血|吐血|下血|血便|尿検査|血液検査|CT検査|MRI|レントゲン|エコー検査|生検|"
    r"抗不安薬|精神安定剤|ワクチン接種|予防接種|妊婦|産後|出産予定|切迫早産|つわり|不育症|更年期障害|"
    r"介護|デイサービス|ヘルパー|訪問看護|在宅医療|寝たきり|認知機能|物忘れ|入退院|通院中|治療中|服用中|闘病中|"
    r"DV(?:され|を受け|被害)|家庭内暴力|虐待を受け|シェルターに|熱を出|\d+度の熱|\d+(?:\.\d)?度台の熱|"
    r"りんご病|溶連菌|RSウイルス|突発性発疹|ヘルパンギーナ|プール熱|水いぼ|とびひ|主訴|盲導犬|"
    r"[\u30a0-\u30ff\u4e00-\u9fff]{1,6}病(?:のため|で(?:休|入院|通院)|と診断)|"
    r"鬱っぽ|うつっぽ|鬱状態|インフル|病院通い|熱出|健康上の理由|体調上の理由|過労|眠れず|食欲(?:が|も)?ない|食欲不振|"
    r"せん妄|夜間不穏|不穏(?:あり|状態|行動)|吐いて|吐いた|うつ(?:で|に|と診断)|病院行|[0-9０-９一二三四五六七八九十]+針縫|指を切|禁酒中|肝臓の数値|肝臓が悪|気分が落ち込|術後|整形外科|皮膚科|眼科|耳鼻(?:咽喉)?科|産婦人科|婦人科|"
    r"小児科|泌尿器科|脳外科"
)
HR_WORDS = HR_WORDS | frozenset(
    # (not resigned, suspension, absence, reprimanded, redundancies or arrears: sports and business news
    # are full of them beside names)
    "grievances probationary blacklisted redeployed redeployment tupe pilon".split()
)
HR_PHRASES = HR_PHRASES + (
    # (not "his contract", "his transfer", "his return", "her review": sport and books say them)
    r"|\b(?:(?:her|his|their|my|your) (?:salary|pay|wages?|pension|notice|probation|appraisal|"
    r"leave|absences|sick days|overtime|payslip|p45|dismissal|redundancy|demotion|secondment)|"
    r"(?:disciplinary|grievance|capability|investigation|dismissal|appeal|return-to-work) (?:hearing|meeting|"
    r"process|outcome|letter)|"
    r"(?:verbal|formal|first|second|last) warnings?|under investigation|suspended (?:from work|pending)|"
    r"(?:was|were|been|got|be|being) (?:fired|sacked|dismissed|demoted|suspended|disciplined|furloughed|"
    r"terminated|let go|laid off|made redundant|passed over)|"
    r"(?:resigned|resigning|quit|quitting) (?:from )?(?:her|his|their|my) (?:job|role|post|position)|"
    r"(?:sick|medical|annual|unpaid|compassionate|study|carer'?s) leave|time off (?:work|sick)|"
    r"(?:pay|salary) (?:rise|increase|cut|freeze|review|band|slip)|"
    r"(?:missed|failed) (?:her|his|their|my) (?:targets?|probation|kpis)|failed probation|"
    r"not (?:been )?shortlisted|unsuccessful (?:application|candidate)|"
    r"right to work check|dbs check|criminal record check|"
    r"dates of employment|employment (?:dates|history|record|verification)|"
    r"hourly rate of|per annum|visa (?:was |has been |got )?(?:refused|denied|rejected|revoked)|"
    r"(?:been|was|is) late \d+ times|(?:formal|disciplinary|capability) (?:matter|process|action|procedure)|"
    r"(?:need|needed|take|took|taking|book|booked|have|had) (?:a day|the day|(?:mon|tues|wednes|thurs|fri|satur|"
    r"sun)day|"
    r"the (?:morning|afternoon)|some time|time) off|reduced hours|partially meets|"
    r"missed (?:\w+ )?(?:client )?deadlines|attendance (?:affected|has been|is)|"
    r"(?:agreed|put on|placed on|started|starting|go on|goes on|going on|went on) (?:a |the )?pip\b|"
    r"(?:is|was|currently|been) on a pip\b|attendance (?:has )?(?:dropped|fallen|fell)|(?:current|expected|base) (?:salary |pay )?(?:of )?[$£€]?\d+k\b|(?:manager|boss|supervisor) (?:is|was|has been|keeps) bullying|happy retirement|(?:had|have|having) to let \w+ go|(?:your|her|his|their|my) absence (?:from|on|between|of)|(?:she'll|he'll|they'll|i'll|will) be off (?:this|next|for|until|on|today|tomorrow|monday|tuesday|wednesday|thursday|friday|saturday|sunday)|(?:your|her|his|their|my) visa expires|(?:can't|cannot|can not) keep employing|(?:it|this) (?:goes|will go|is going) to hr|missed the last (?:\w+ )?(?:stand-?ups|meetings|shifts)|base (?:salary |pay )?[$£€¥] ?\d[\d,.]*\d|\bon pip\b|investigation into (?:[\w']+ ){0,4}(?:conduct|behaviour|behavior)|got the job|\d+k \+ car|car allowance|reduce to (?:one|two|three|four|\d) days a week|(?:moving|move|moved|going) to part-time|part-time hours|flexible working|compressed hours|leaving for a competitor|counter-?offer|last day (?:is|will be|was)|(?:her|his|their|my|your) promotion|promoted to|(?:bonus|pay|salary) (?:has been |was |is )?withheld|(?:not|isn't|aren't) eligible for (?:the |a |her |his )?(?:bonus|pay rise|promotion|sick pay)|tax code|take[- ]home (?:pay )?(?:went|has gone|is|was)|pension contributions|absent without leave|(?:offer|job offer) to \w+(?: \w+)? at (?:band|grade|level)|(?:didn't|did not|didnt) get the job|not (?:to )?confirm (?:you|her|him|them) in post|(?:her|his|their|'s) overtime claim|at risk of redundancy|voluntary redundancy|contract (?:ends|will end)|settlement agreement|light duties|(?:need|needs) (?:a few|some|two|three|\d+) days(?: off)?|maternity (?:pay|allowance)|kit days|(?:coming|come|came|going|went) back part-time|return(?:ing)? part-time|\bleave: \d+|affecting (?:her|his|their|my) work|missed (?:two|three|four|several|\d+) shifts|(?:is|was|been) interviewing (?:with|at|elsewhere)|'s resignation|paid (?:more|less) than|(?:third|second|another|fourth) no-?show|(?:her|his|their|my) last day|(?:gave|give|given|giving) \w+ the sack|long-term sick(?:ness)?|sick notes?|wages? (?:of )?[$£€¥] ?\d[\d,.]*\d|early retirement|absence rate|"
    r"attendance policy|performance plan|performance (?:dipped|dropped|declined|slipped)|(?:is|was|"
    r"will be) stepping down|(?:need|needs|needed|will need) to leave early|(?:decided|decides|wants|wanted|plans|"
    r"planning|going|intends|intend|has|have) to resign|(?:my|her|his|their|your) resignation(?: letter)?|"
    r"last working day|last day of employment|(?:your|her|his|their|my) transfer to (?:the )?\w+ (?:branch|office|"
    r"site|team|department|store|plant|factory)|(?:contract|employment) (?:ends|will end|ended|is ending)|(?:can't|"
    r"cant|cannot|won't|wont|will not) renew (?:it|your|her|his|their|the contract)|(?:can't|cant|cannot|won't|"
    r"wont|will not) extend (?:it|your|her|his|their|the contract)|probation(?:'s| is| has been| was|"
    r" will be)? (?:being |been )?extended|settlement offer|(?:she's|he's|they're|i'm|is|are|was) retiring|"
    r"retirement (?:date|age)|(?:burnout|stress|sickness) leave|return from (?:her |his |their |my )?\w+ leave|"
    r"pip (?:starting|started|agreed|review|meeting|plan)|"
    r"\d+% bonus|"
    r"\d+(?:\.\d)?% (?:raise|pay rise)|interviewing (?:elsewhere|for other (?:jobs|roles))|"
    r"(?:taking|take|took|needs?|having|had) (?:a|the|one|two|three|four|five|six|several|a few|some|\d+) (?:days?|"
    r"weeks?|months?) off|"
    r"off sick|(?:hours|shifts) (?:will be |are being |are getting |getting |got |were |have been )?(?:cut|reduced)|"
    r"(?:has |have |had )?given (?:her |his |their |my )?notice|"
    r"application (?:[a-z ]{0,30})?(?:was|has been|is) unsuccessful|regret (?:that |to (?:inform|"
    r"tell) you that )?your application|"
    r"absent (?:for )?\d+ days|"
    r"(?:repeated|frequent|persistent|unauthori[sz]ed) absences?|(?:reduce|reduced|cut|increase) (?:her|his|their|"
    r"my) hours|"
    r"off for (?:a|one|two|three|four|six|several|a few|\d+) (?:days?|weeks?|months?)|"
    r"(?:not |isn't |wasn't |still not )hitting (?:his |her |their |my )?targets|"
    r"phoned in|rang in sick|called in sick|drinking on (?:shift|duty)|drunk at work|under the influence at work|"
    r"hourly rate(?: of)? [£$€]?\d|[£$€]\d+(?:\.\d\d)?/(?:hour|hr)\b|holiday accrued|accrued holiday|"
    r"(?:\d+ )?weeks'? paid holiday|(?:didn't|did not|failed to) pass (?:your |his |her |their |my )?probation|"
    r"sickness absence|sick days|"
    r"(?:wasn't|was not|won't be|not being|isn't being|hasn't been|has not been) (?:extended|renewed|made permanent)|"
    r"stealing from (?:the )?(?:till|company|shop|store|work|office)|caught stealing|"
    r"sack (?:him|her|them)|(?:getting|got|been|being) sacked)\b"
)
HR_JA = HR_JA + (
    r"|月給|時給|手取り|復職|契約更新|目標未達|業績不振|適性検査|休職中|退職日|最終出社|有休|有給休暇|代休|振休|"
    r"休職届|退職勧告|懲戒解雇|諭旨解雇|普通解雇|整理解雇|雇用形態|正社員登用|契約社員|派遣社員の契約|"
    r"ハラスメント相談|相談窓口に|内部通報|人事部から|人事に呼|評価が低|評価を下げ|減額|未払い|"
    r"採用を見送|選考の結果|役員報酬|報酬の改定|不合格|休みをいただ|休みを取|休みをもら|午前休|午後休|半休|"
    r"休みがち|休みが多|欠勤が|労基署|労働基準監督署|休みます|休みました|お休みします|休ませていただ|"
    r"休む(?:そう|との|こと|予定|ため)|ずっと休|時短"
)
PHRASE_WORDS = PHRASE_WORDS | frozenset(
    # the rarest word of each phrase: a common one ("time", "last", "back") would open a window at
    # every sentence of a long text
    "broke broken fractured sprained twisted injured hurt burned burnt bruised dislocated strained tore "
    "torn banged bumped blood results scan ct pet mri hospital clinic doctor doctors dentist physio "
    "hospice consultant outpatient medication meds antibiotics antidepressants insulin oxygen dialysis "
    "waiting operation op fall seizure fit bleed relapse procedure signed stress depression mobility "
    "hearing sight heart kidney liver lung breathing bladder bowel skin eating sleep wheelchair crutch "
    "walking guide aid visually impaired partially disability disabilities needs access dietary allergy "
    "gestational diabetes diabetic pressure condition murmur chronic covid cfs ivf miscarried stillbirth "
    "due pregnancy maternity section caesarean cesarean isolate isolating isolation quarantine "
    "quarantined quarantining negative passed collapsed blacked threw throwing sick salary pay wage wages "
    "bonus pension notice probation appraisal leave absence absences overtime payslip p45 resignation "
    "dismissal redundancy promotion demotion secondment relocation exit return disciplinary grievance "
    "capability investigation appeal formal warning suspended fired sacked dismissed demoted disciplined "
    "furloughed terminated let laid resigned resigning quit quitting shortlisted "
    "unsuccessful dbs criminal hourly annum zimmer stairlift bypass stent "
    "phased ambulance domestic visa late targets kpis birth expecting dialysis off reduced deadlines pip "
    "bonus cbt intrusive mood oxygen deaf blind gp raise interviewing "
    "sickness dog replacment replacement extended permanent stealing sack sacked employment recovers recovered "
    "gallbladder appendix tonsils womb uterus ovaries spleen thyroid adenoids hours shifts recovers recovered "
    "surgery illness nursing stroke unsuccessful absent repeated frequent persistent unauthorised unauthorized "
    "hitting regret phoned rang drinking drunk influence hourly accrued holiday pass sickness sick op living "
    "colour color blind warnings target targets".split()
)

# -- set 41 (session 11): lateness and targets, a lost baby, hospice, a cut at work, Spanish HR letters --
HEALTH_PHRASES = HEALTH_PHRASES + (
    rf"|\b(?:(?:cut|scalded|trapped|crushed|grazed|gashed) (?:her|his|my|their) (?:left |right )?(?:{_BODY})|"
    r"lost (?:the|her|their|a) baby|in (?:a )?hospice|hospice care|(?:sent|taken|rushed) to (?:a&e|hospital|the er)|"
    r"first aid (?:given|administered)|baja (?:médica|por enfermedad))\b"
)
HR_PHRASES = HR_PHRASES + (
    r"|\b(?:(?:two|three|four|five|several|repeated|\d+) late (?:arrivals|starts)|late arrivals|"
    r"attendance (?:plan|improvement plan)|below target|bonus (?:is|was|has been|will be) (?:on hold|withheld|"
    r"cancelled|frozen)|periodo de prueba|contrato (?:finaliza|termina|se extingue)|despido|despedido|despedida)\b"
    # set 42: away from work until a day
    r"|\b(?:(?:is|was|are|'s) off (?:until|till|for the (?:week|day|rest of)|work))\b"
)
HR_JA = HR_JA + r"|在宅(?:に|で)(?:させて|します|お願い|勤務|作業)"

# -- set 43 (session 11): remarks about someone's body, ending employment, a rejection, a reference's dates,
# a day's absence, a back playing up, a scan come back --
HEALTH_PHRASES = HEALTH_PHRASES + (
    r"|\b(?:(?:back|knee|hip|shoulder|neck|stomach|heart|chest|ankle|wrist)(?:'s| is| has been| keeps) playing up|"
    r"(?:scan|test|results|biopsy|bloods|mri|x-ray|smear)s? (?:came|come|have come|has come) back (?:clear|positive|"
    r"negative|normal|fine|abnormal))\b"
)
HR_PHRASES = HR_PHRASES + (
    r"|\b(?:(?:comments|remarks|jokes) about (?:my|her|his|their|your) (?:weight|appearance|body|age|race|religion|"
    r"accent|pregnancy|disability|sexuality)|terminate (?:[\w']+ ){0,3}(?:employment|contract)|with immediate effect|"
    r"(?:not|won't|will not) be progressing (?:your|her|his|their) application|interviewing with us|"
    r"worked (?:for|with) us (?:as|from|between|since|until|for)|employed (?:here|by us|with us) (?:as|from|between|since|"
    r"until|for)|reason for absence|days lost|(?:won't|wont|can't|cant|cannot) (?:be|make it|come) in "
    r"(?:tomorrow|tmrw|today|on|this|next|until|till))\b"
)
HR_PHRASES = HR_PHRASES + (
    # set 44 (session 11): a role someone is put forward for, a request decided, a visa running out, lateness
    # counted, a retirement, a failed reassessment, a start date, 360 feedback, a probation passed, an
    # investigation opened, hours and shifts, days a week going down
    r"|\b(?:put (?:you|her|him|them|me) forward for|(?:request|application) (?:to [\w ]{1,30} )?(?:has been |was |is "
    r"|had been )?(?:declined|approved|rejected|refused|granted|turned down)|request to work from home|"
    r"visa (?:runs out|expires|ran out|expired|is expiring)|sponsor (?:her|him|them|you)|end (?:her|his|their|your) "
    r"contract|late (?:\d+|two|three|four|five|six|seven|eight|several) times|retires (?:on|at|in|next|this)|"
    r"after \d+ years with (?:the company|us)|failed (?:her|his|their|my) \w+ (?:re)?assessment|"
    r"(?:her|his|their|your|my|'s) start date|360(?:-degree)? feedback|probation (?:passed|completed|failed|"
    r"extended)|permanent contract|allegations? against|investigation (?:opened|launched|found|concluded)|"
    r"(?:your|her|his|their|my) hours are|(?:extra|additional) shifts|going down to (?:\d|one|two|three|four) days|"
    r"can't do weekends|asked for a regrade)\b"
)
HR_WORDS = HR_WORDS | frozenset(("timekeeping", "regrade"))
HR_JA = HR_JA + r"|契約は[^。\n]{0,10}終了|延長はしません|契約[^。\n]{0,6}延長しない"
PHRASE_WORDS = PHRASE_WORDS | frozenset(
    "back knee hip shoulder neck stomach heart chest ankle wrist scan test results biopsy bloods mri smear "
    "comments remarks jokes terminate immediate progressing interviewing worked employed reason lost "
    "won't wont can't cant cannot put request application visa sponsor end retires years failed start 360 "
    "probation permanent allegation allegations investigation hours extra additional going weekends regrade".split()
)
PHRASE_WORDS = PHRASE_WORDS | frozenset(
    "cut scalded trapped crushed grazed gashed lost hospice sent taken rushed aid baja late below bonus "
    "periodo contrato despido despedido despedida".split()
)
