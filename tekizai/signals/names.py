"""Personal names in a personal context, with or without an honorific.

Two steps. First, what may be a name: a common family name with a given name after it (佐藤太郎), a
common given name with a family name after it (Emily Johnson), or any capitalised words in a slot only a
person fills ("Dear …", "my partner's name is …", "Name: …", a signature, a greeting, 宛先：…,
…と申します, a name with its reading); a name after a verb that takes a person ("follow up with …") or
the writer's own ("I'm …") is a candidate whatever it is. Names no list knows (Rubija Liberšar; one
word where a person stands: "Wierzbicki called…", "Leif, can you…") count when the name-shape table
(``name_shape.py``) finds them spelled like names. Second (``personal_names.py``), whether the text
around it is personal: a name in a history question or a news story is not personal data; the same name
next to a phone number, a diagnosis, "my colleague" or "顧客" is.

Japanese honorifics and self-introductions (田中さん, 私の名前は…) are personal by themselves and live in
``sensitivity.py``. English titles are not: "Mr Trump said" is news, so "Mr./Ms./Dr. Name" is a
candidate here like any other, personal only in a personal context.
"""

from __future__ import annotations

import re
from collections.abc import Iterable

from tekizai.learning.name_words import FAMILY_NAMES, NOT_NAMES
from tekizai.signals.keyed import Keyed
from tekizai.signals.name_lists import EN_GIVEN_NAMES, NOT_IN_A_SLOT
from tekizai.signals.name_shape import NameShape, default_shape, plain
from tekizai.signals.name_slots import CAP as _CAP
from tekizai.signals.name_slots import EN_SLOTS as _EN_SLOTS
from tekizai.signals.name_slots import NAME as _NAME
from tekizai.signals.name_slots import RELATION as _RELATION
from tekizai.signals.name_slots import UP as _UP
from tekizai.signals.names_ja import KANJI_NAME, japanese_candidates

# -- what may be a name --------------------------------------------------------------------------

_PARTICLE = r"(?:van|von|de|da|del|der|di|le|du|dos|das|bin|al|el)\s+"
# a capitalised word, then maybe an initial, then up to two family-name words
_EN_FULL_NAME = re.compile(
    rf"\b({_CAP})((?:[ \t]+[A-Z]\.|[ \t]+[A-Z](?=[ \t]))?(?:[ \t]+(?:{_PARTICLE})?{_CAP}){{0,2}})\b(?![ \t]*:)"
)

_EN_TITLED = re.compile(
    rf"\b(?:[Mm]rs?|[Mm]s|Miss|[Dd]r|Prof|Coach|Nurse|[Aa]untie|[Aa]unty|[Uu]ncle|[Gg]randad|[Gg]randpa|[Gg]randma|[Nn]ana|Herr|Frau|Monsieur|Madame|Mme|Mlle|Oma|Opa|Pt|"
    rf"Señora?|Sra?|Signora?|Sig\.ra|Dott)\.?[ \t]+({_CAP}(?:[ \t]+[A-Z]\.)?(?:[ \t]+{_CAP})?)"
)

_NOT_A_NAME_AFTER = frozenset(
    "Street St Avenue Ave Road Rd Lane Drive Boulevard Way Park University College School Hospital Inc "
    "Ltd Corp Company Group Bank Foundation Institute Center Centre Museum Airport Station Award Prize "
    "Act Law Day Show Project River Lake Mountain Island City County State Blvd Ln Ct Pl Hwy Pkwy "
    "Sq Cemetery Chapel Cathedral Mortuary Tower Plaza Mall Clinic Hotel Restaurant Cafe Market Store Shop "
    "Library Gallery Theatre Theater Stadium Arena Harbor Harbour Resources Services Department Office "
    "Association Society Club Elementary Academy".split()
)


def _given(word: str) -> bool:
    """A common given name, accents aside (Éva, Željko, Søren are in the lists as Eva, Zeljko, Soren)."""
    return word in EN_GIVEN_NAMES or plain(word) in EN_GIVEN_NAMES


def like_a_name(span: str, shape: NameShape | None = None, *, in_a_record: bool = False) -> bool:
    """Whether ``span`` reads as a person's name: a listed given name first, or spelled like names.
    ``in_a_record``: the span stands in a record beside a birth date, where two or three capitalised
    words need only look somewhat like names (Ottoline Fairbanks), and "Platform Team" still fails."""
    words = span.split()
    shape = shape or default_shape()
    if words and (_given(words[0]) or spelled_like_names(span, shape)):
        return True
    if not in_a_record or not 2 <= len(words) <= 3 or not all(_CAPITALISED.fullmatch(w) for w in words):
        return False
    odds = [shape.probability(w) for w in words]
    return sum(odds) / len(odds) >= _IN_A_RECORD and max(odds) >= SHAPE_THRESHOLD - 0.05


SHAPE_THRESHOLD = 0.5
_IN_A_RECORD = 0.3
_CAPITALISED = re.compile(rf"{_CAP}")
_JA_SHAPE_THRESHOLD = 0.6
_SINGLE_THRESHOLD = 0.7
_WEAKER_WORD = 0.25


def spelled_like_names(span: str, shape: NameShape) -> bool:
    """A run of two or more capitalised words none of the lists know, each spelled like a name
    (Rubija Liberšar, Maika van de Noort): the name-shape table decides, word by word. A run of kanji
    (轟木隼人, 轟木 隼人) it judges whole."""
    if _KANJI.search(span):
        return shape.probability(span) >= _JA_SHAPE_THRESHOLD
    words = [w for i, w in enumerate(span.split()) if i == 0 or (len(w) > 2 and w[0].isupper())]
    # a word the name-shape table was taught is no name (a place, a firm, a common word: Hong Kong,
    # Aston Villa, The German) is none here either, however its letters run
    if any(w in NOT_NAMES or w.capitalize() in NOT_NAMES for w in words):
        return False
    if len(words) == 1:  # one word alone says less: it must look much more like a name
        return _given(words[0]) or shape.probability(words[0]) >= _SINGLE_THRESHOLD
    # a listed family name closing the run, after a word spelled like a given name (Oriel Vance)
    if plain(words[-1]) in FAMILY_NAMES and shape.probability(words[0]) >= SHAPE_THRESHOLD:
        return True
    # each word like a name; or one very like one carrying another less sure (Yevgenia Sorokina)
    odds = []
    for word in words:  # most runs fail on their first word: stop there
        odds.append(shape.probability(word))
        if odds[-1] < _WEAKER_WORD:
            return False
    return min(odds) >= SHAPE_THRESHOLD or sum(odds) / len(odds) >= SHAPE_THRESHOLD + 0.1


# a person named by their role ("Tenant Marisol Quintanilla", "the policyholder Dagny Halvorsen"): a
# name only when spelled like one, for "Customer Service" and "Patient Safety Week" are no one; and
# personal only in a personal context, for news names its residents and students the same way
# a title after a role word is news's ("candidate Senator John F. Kerry"), not a private person
_PUBLIC_TITLES = frozenset(
    "Senator President Minister Governor General Judge Mayor Prince Princess King Queen Pope Sir Lord Lady "
    "Chancellor Congressman Congresswoman Rep Sen Secretary Ambassador".split()
)
_ROLES = (
    "customer client patient employee tenant landlord policyholder suspect student pupil guest passenger "
    "applicant candidate intern defendant claimant plaintiff resident contractor visitor caller beneficiary "
    "borrower donor volunteer trainee driver holder cardholder nurse cleaner receptionist technician insured "
    "baby newborn toddler"
).split()
# the name after a role word: the words are found by a substring search each (one alternation of them
# all, read at every word of a long text, cost 0.18 ms)
_AFTER_ROLE = re.compile(rf"[ \t]+({_CAP}(?:[ \t]+[A-Z]\.)?(?:[ \t]+{_CAP}){{0,2}})")
# the caller or writer introducing themself at work: "this is Quillon from accounts", "Ilse here"
_THIS_IS = re.compile(rf"\b[Tt]his is[ \t]+({_CAP}(?:[ \t]+{_CAP})?)(?=[ \t]+(?:from|here)\b)")
# a caller or a writer saying who they are: "hi it's Margarethe, call me back", "Hey, it's Lorcan." (the
# pattern opens with its letters, not a word boundary: a third of the cost over a long text)
_ITS = re.compile(
    rf"(?<![A-Za-z])[Ii]t'?s[ \t]+({_CAP})(?=[ \t]*[,.!]|[ \t]+here\b|[ \t]+(?:in|at|from) (?:flat|room|apartment|unit|number|no\.?)\b)"
)
# the writer naming themself as a message opens: "Hiya, Jacinta here from flat 4B", "'Tomasz here -"
_HERE = re.compile(
    rf"(?m)(?:^|(?<=[\n'\"“‘])|\b(?:Hi|Hiya|Hey|Hello|Morning|Evening|Afternoon)[,!]?[ \t]+)[ \t]*"
    rf"({_CAP}(?:[ \t]+{_CAP})?)[ \t]+here\b(?=[ \t]*[,.!:;\-–—]|[ \t]+from\b)"
)
# what must follow "here" for _HERE to match: searched first, for it opens with a literal and costs little
_HERE_AFTER = re.compile(r"here(?:[ \t]*[,.!:;\-–—]|[ \t]+from\b)")
_UNLIKE_A_NAME = 0.2  # "this is Marketing from…": a word the name-shape table all but rules out
# the writer's own name: "I'm Naomi Ryan, originally from…", "I am Sofia and…" (not "I'm Japanese")
_SELF_INTRO = re.compile(
    rf"\b(?:I'm|I am|I’m|i'm|i am)[ \t]+({_CAP}(?:[ \t]+[A-Z]\.)?(?:[ \t]+(?:{_PARTICLE})?{_CAP}){{0,2}})(?=[ \t]*(?:[,.!;]|and\b|from\b|$))"
)
# a person's place after a verb or phrase that takes one: "follow up with Okafor", "add Tomasz Wrona as
# beneficiary", "change it to Inês Carvalho", "booking under Haraldsen", "ask Chidinma Eze to…"
_MET_WITH = (
    r"[Ff]ollow up with|[Ss]peak (?:to|with)|[Tt]alk to|[Mm]eet(?:ing)? with|[Rr]each out to|[Gg]et back to|"
    r"[Ss]poke (?:to|with|w/)|[Ss]peaking (?:to|with)|[Tt]alked (?:to|with)|[Cc]hatted (?:to|with)|[Ii]nterviewed|"
    r"[Oo]n behalf of|[Aa]ssigned to|[Ff]orward (?:it|this) to|(?:[Ii]t'?s|[Bb]ooked|[Rr]eserved|[Rr]eservation|[Bb]ooking) under|"
    r"[Cc]hange (?:it|the name) to|[Aa]dd|named|called"
)
_TOLD = r"[Aa]sk(?:ing|ed)?|[Tt]ell(?:ing)?|[Tt]old|[Rr]emind(?:ing|ed)?|[Nn]otify|[Tt]hank|[Ii]nvite|[Pp]ing|[Cc]c|[Ll]et"
_SENT_TO = (
    r"reminder|letter|note|message|e-?mail|[Rr]eply|invitation|apology|thank-you note|plan|review|reference|text|DM|"
    r"feedback|certificate|contract|offer|payslip|card|speech|toast|gift|chaser|status|update|announcement"
)
_PERSON_AFTER = Keyed(
    re.compile(
        rf"\b(?:{_MET_WITH})[ \t]+({_NAME})\b"
        rf"(?=(?:[ \t]+as\b|[ \t]+(?:in|on|about|at|by|for|from|with|tomorrow|today|next)\b|[ \t]*[,.!?;:]|[ \t]*$))"
        rf"|\b(?:{_TOLD})[ \t]+({_NAME})(?=[ \t]+(?:to|that|know|about|for|if|whether)\b)"
        rf"|\b(?:{_SENT_TO})[ \t]+(?:to|for)[ \t]+({_NAME})\b(?=[ \t]+[a-z]|[ \t]*[,.!?;:]|[ \t]*$)"
    ),
    # the words every match begins with, lowered (each begins its word: "remind" finds "reminder" too)
    (
        "follow up with",
        "speak",
        "talk",
        "meet",
        "reach out to",
        "get back to",
        "spoke",
        "chatted",
        "interviewed",
        "on behalf of",
        "assigned to",
        "forward",
        "it's under",
        "its under",
        "booked",
        "reserv",
        "booking",
        "change",
        "add",
        "named",
        "called",
        "ask",
        "tell",
        "told",
        "remind",
        "notify",
        "thank",
        "invite",
        "ping",
        "cc",
        "let",
        "note",
        "message",
        "e-mail",
        "email",
        "reply",
        "invitation",
        "apology",
        "plan",
        "review",
        "reference",
        "text",
        "dm",
        "feedback",
        "certificate",
        "contract",
        "offer",
        "payslip",
        "card",
        "speech",
        "toast",
        "gift",
        "chaser",
        "status",
        "update",
        "announcement",
    ),  # fmt: skip
)
# where only a person stands, a slot whatever the text around: a record that came from someone
# ("expense claim from Søren Kierulf"), someone the writer has worked with, as a reference tells it ("I
# have managed Delphine Marchetti for three years"; news's "managed Manchester United" is no one's)
_PERSON_OF_A_RECORD = re.compile(
    rf"\b(?:[Cc]omplaint|[Aa]llegations?|[Gg]rievance)[ \t]+against[ \t]+({_NAME})\b"
    rf"|\b(?:claim|request|application|complaint|enquiry|inquiry|ticket|invoice|call|voicemail|DM|message|text|"
    rf"note|Slack|WhatsApp|LINE|Teams)[ \t]+from[ \t]+({_NAME})\b(?=[ \t]*[,.!?;:(]|[ \t]+[a-z])"
    rf"|\b(?:I|[Ww]e)(?:'ve| have| had)?[ \t]+(?:worked (?:alongside|with)|known|managed|hired|interviewed|supervised|mentored|recommend|"
    rf"recommended|coached|trained|onboarded)[ \t]+({_NAME})\b(?=[ \t]+(?:for|since|as|at|in|during|when|who)\b|[ \t]*[,.;:])"
)
# slots of records and logs: a chat export's speaker after a timestamp ("[10:02] Priya Raghunathan:",
# "[10:02] 柏木 彩花："), a name key in JSON or a dict ("name": "Svetlana Orlova", "氏名": "東雲 真央"),
# a family title before a name ("Grandpa Ferenc Halász")
_RECORD_SLOTS = re.compile(
    rf"(?m)^[ \t]*\[?\d{{1,2}}:\d{{2}}(?::\d{{2}})?\]?[ \t]+(?P<speaker>{_NAME}|{KANJI_NAME})[ \t]*[:：]"
    r"|[\"']name[\"']\s*:\s*[\"'](?P<value>[^\"'\n]{2,40})[\"']"
    r"|[\"'](?:full_?name|first_?name|last_?name|customer_?name|employee_?name|patient_?name|氏名|名前|顧客名|社員名|患者名)"
    r"[\"']\s*:\s*[\"'](?P<person>[^\"'\n]{2,40})[\"']"
    rf"|\b(?:Grandpa|Grandma|Granny|Grandad|Grandfather|Grandmother|Uncle|Aunt|Auntie|Cousin)[ \t]+(?P<kin>{_NAME})"
)
# the writer's name as other languages give it ("Mi nombre es Rosalía Quispe Mamani", "je m'appelle…"),
# and someone named in brackets after their role ("Client (J. Okwuosa) reports…", "the tenant (Ivo Maras)")
_OTHER_INTRO = re.compile(
    rf"(?i:\b(?:mi nombre es|me llamo|je m'appelle|mon nom est|ich hei(?:ß|ss)e|mein name ist|il mio nome è|mi chiamo|"
    rf"meu nome é|chamo-me|mijn naam is|ik heet))[ \t]+({_CAP}(?:[ \t]+{_CAP}){{0,3}})"
)
_OTHER_INTRO_WORDS = (
    "nombre",
    "llamo",
    "appelle",
    "nom est",
    "heiß",
    "heiss",
    "name ist",
    "nome",
    "chiamo",
    "chamo",
    "naam",
    "heet",
)
# the role before a bracket, read back from each "(" (an alternation of the roles tried at every
# character of a long text cost 0.25 ms)
_ROLE_BEFORE = re.compile(
    r"\b(?:[Cc]lient|[Pp]atient|[Cc]ustomer|[Tt]enant|[Ee]mployee|[Ss]tudent|[Pp]upil|[Cc]laimant|[Cc]andidate|"
    r"[Aa]pplicant|[Rr]esident|[Ss]ervice user|"
    # a relation named in brackets: "my sister's ex (marcus)", "her husband (Clement)"
    r"(?:my|her|his|their|our|[Mm]y|'s) (?:ex|partner|husband|wife|boyfriend|girlfriend|bf|gf|son|daughter))[ \t]*$"
)
_IN_BRACKETS = re.compile(rf"\(((?:[A-Z]\.[ \t]?)+{_CAP}|{_NAME})\)")
# a quoted or pasted message that opens by addressing someone: "'Fergus, HR have confirmed…'"
_ADDRESSED = re.compile(rf"(?m)(?:^|(?<=['\"“‘]))({_CAP}),[ \t]+(?=[A-Za-z])")
# a list item that opens with someone ("- Lars to chase IT", "• Priscilla out next week"), and a message
# signed with a dash at its end ("… DM me. - Ruairí Brennan")
_BULLET_NAME = re.compile(
    rf"(?m)^[ \t]*[-*•・][ \t]+({_CAP})(?=[ \t]+(?:to|out|off|is|was|will|has|had|needs|and|on|away|back|leaving)\b)"
)
_DASH_SIGNATURE = re.compile(rf"(?:^|\n|[.!?)][ \t]+)[ \t]*[-–—~][ \t]*({_NAME})[ \t]*['\"”’]?[ \t]*$")
# someone by their team: "Wiktor in dispatch has…", "Odile from accounts said…"
_OF_A_TEAM = re.compile(
    rf"\b({_CAP})[ \t]+(?:in|from)[ \t]+(?:accounts|dispatch|sales|marketing|finance|hr|it|ops|operations|support|legal|"
    rf"payroll|reception|logistics|procurement|engineering|facilities|admin|the warehouse|the office)\b"
)
# the writer beside someone, as people talk: "me and Wojtek was…", "Wojtek and I", "Wojtek and me"
_WITH_ME = re.compile(rf"\b(?:[Mm]e|I)[ \t]+and[ \t]+({_CAP})\b|\b({_CAP})[ \t]+and[ \t]+(?:I|me)\b")
# someone whose family is spoken of: "to Wendeline, whose father passed away"
_FAMILY = (
    r"father|mother|dad|mum|mom|husband|wife|partner|son|daughter|brother|sister|grandmother|grandfather|grandson|"
    r"granddaughter|child|children|kids|baby|parents"
)
_WHOSE = re.compile(rf"\b({_NAME}),?[ \t]+whose[ \t]+(?:{_FAMILY})\b")
# a person a thing is given to: "send Aigerim Nurlanovna the confirmation", "pay Kofi the deposit"
_GIVE_TO = re.compile(
    rf"\b(?:[Ss]end|[Ee]-?mail|[Tt]ext|[Pp]ay|[Gg]ive|[Ss]how|[Oo]ffer|[Ww]ire)[ \t]+({_NAME})[ \t]+(?:(?:the|a|an|her|his|their|our|my|some)\b|[£$€¥]\d)"
)
# an order about someone's job: "Sack Lachlan.", "fire Dane for it", "promote Ilse now"
_ORDER_VERBS = ("sack ", "fire ", "dismiss ", "suspend ", "demote ", "discipline ", "promote ", "rehire ")
_ORDERED = re.compile(
    rf"(?:[Ss]ack|[Ff]ire|[Dd]ismiss|[Ss]uspend|[Dd]emote|[Dd]iscipline|[Pp]romote|[Rr]ehire)[ \t]+({_NAME})"
    rf"(?=[ \t]*[.,!;]|[ \t]+(?:for|because|now|today|immediately|asap)\b)"
)
# "<Name> lives at", "<Name>'s phone": found from the verb or the possession back to the name (a
# forward search would try a name at every capital letter of the text)
_SUBJECT_AFTER = re.compile(
    r"(?:\s+(?:lives|lived|resides|can be reached|was born|is reachable)\b|'s\s+(?:address|phone|e-?mail|"
    r"number|account|card|salary|diagnosis|medical|birthday|date of birth|password|SSN|passport))"
)
_SUBJECT = re.compile(rf"{_NAME}$")
# a line that is nothing but a name, as at the head of an address or a signature block: a name when
# contact details are near (the caller's anchors decide)
_NAME_LINE = re.compile(rf"(?m)^[ \t>]*({_CAP}(?:[ \t]+[A-Z]\.)?(?:[ \t]+{_CAP}){{1,2}})[ \t]*\r?$")


# one capitalised word where a person stands: the subject of a verb people do, a person addressed
# ("Leif, can you…"), the owner of a relation ("Misty's daughter"); a name only if spelled like one
_PERSON_VERB = (
    r"is|was|has|had|will|would|can|could|said|says|told|asked|wants|needs|called|phoned|emailed|sent|"
    r"joined|left|lives|works|started|paid|owes|signed|booked|complained|reported|visited|missed|fell|broke|"
    r"fractured|sprained|twisted|hurt|injured|fainted|collapsed|tested|caught|got|went|came|feels|felt|seems|"
    r"can't|won't|isn't|wasn't|doesn't|didn't|does|did|cant|wont|isnt|wasnt|doesnt|didnt|"
    # what someone did at work or in their life: "Tamsin worked under me", "Ruairi took a week"
    r"worked|took|returned|resigned|retired|retires|quit|underwent|recovered|moved|lost|applied|finished|failed|handed"
)
_SINGLE = Keyed(
    re.compile(
        rf"(?m)(?:^|(?<=[.!?:,;]\s)|(?<=[-–—]\s)|(?<=['\"“‘：「])|(?<=\d\d:\d\d )|(?<=\bthat )|(?<=\btold me )|"
        rf"(?<=\bApparently )|(?<=\bSadly )|(?<=\bHonestly ))({_CAP})"
        rf"(?=(?:[ \t]*\([a-z ]{{2,20}}\))?[ \t]+(?:{_PERSON_VERB})\b"
        # "Dmitri's been put on…", "Evander's mum rang": a contraction or a relative makes the word someone
        # "Mariusz to go on a PIP": what is planned for someone, in minutes and notes
        rf"|[ \t]+to[ \t]+(?:go on|start|return|join|leave|cover|move to|take over|step down|step in)\b"
        rf"|['’]s[ \t]+(?:been|got|gone|had|having|not|off|back|still|just|now|leaving|left|started|in|on|at|due|"
        rf"doing|feeling|going|coming|working|mum|dad|mother|"
        rf"father|wife|husband|partner|son|daughter|sister|brother|GP|doctor|consultant|manager|line manager)\b"
        rf"|,[ \t]+(?:can|could|would|will|please|do|did|are|have|your|you|you're|we|"
        rf"I|I'm|I've|just|thanks|thank|sorry|hope|welcome|congrats|congratulations|we've|we're|it's|this|that|"
        rf"there|they|listen|quick|remember|don't)\b"
        # addressed at the head of a message, a dash after the name: "'Tobias - HR says…'"
        rf"|[ \t]+[-–—][ \t]+(?=[A-Za-z]))"
    ),
    rf"[{_UP}]",  # every match begins with a capital: tried only at those
    lowered=False,
)
# someone told of by their age ("our Wren (age 6)", "Ines (7) and Tomas (4)"), or whose parents are
# written to ("Dear parents of Cosmo Lindqvist-Achebe"): a person whose name looks like one; or given
# as a form's plain "name Dorcas Whitlock,", a name by context
_AGED = re.compile(
    rf"\b({_NAME})[ \t]*\((?:aged?[ \t]*\d{{1,2}}|\d{{1,2}}[ \t]*(?:yo|y/o|yrs?|years?(?: old)?|months?)|"
    # a pupil by school year: "Seraphine (Y4)", "Tomas (Year 9)", "Ines (P3)", "Kai (grade 2)"
    rf"Y\d{{1,2}}|Year \d{{1,2}}|P\d|[Gg]rade \d{{1,2}}|\d{{1,2}}(?:st|nd|rd|th) grade)\)"
    rf"|\b(?:[Oo]ur|[Mm]y|[Hh]er|[Hh]is|[Tt]heir)[ \t]+({_NAME})[ \t]*\(\d{{1,2}}\)"
    rf"|\b(?:[Pp]arents?|[Gg]uardians?|[Cc]arers?)[ \t]+of[ \t]+({_NAME})\b"
)
# what _AGED cannot match without besides a parent's word: an age in brackets
_AGE_IN_BRACKETS = re.compile(r"\((?:aged?[ \t]*|y|year |p|grade )?\d")
# someone's relative named after the relation ("her husband Clement", "his daughter Ines"): a name by context
_THEIR_RELATION = re.compile(rf"\b(?:[Hh]er|[Hh]is|[Tt]heir)[ \t]+(?:{_FAMILY})[ \t]+({_NAME})\b")
# a child told of by a bare age in brackets before what they did: "Theo (3) had a nosebleed"
_BARE_AGE = re.compile(rf"\b({_CAP})[ \t]*\(\d{{1,2}}\)[ \t]+(?:had|has|is|was|fell|got|felt|needs|needed)\b")
_NAME_GIVEN = re.compile(rf"\b[Nn]ame[ \t]+({_NAME})(?=[ \t]*[,;(]|[ \t]*$)")
# the owner of a relation, found from "'s daughter" back to the word before it (faster than trying
# every capital letter forward)
_OWNER_OF = re.compile(
    rf"(?:'s|(?<=s)')[ \t]+(?:{_RELATION}|maternity|paternity|sick|leave|contract|appointment|surgery|operation|treatment|"
    rf"therapy|interview|shift|clients|wedding|funeral|illness|condition|medication|prescription|visa|payslip|"
    rf"leaving|retirement|farewell|performance|bonus|pension|pay|salary|overtime|hours|role|zero-hours|promotion|"
    rf"drinking|request|start date|visa|background checks?|regrade|hours|shifts|"
    rf"probation|dismissal|resignation|pregnancy|diagnosis|test results|rota|notice)\b"
)
_OWNER = re.compile(rf"\b{_CAP}$")
_KANJI = re.compile(r"[\u4e00-\u9fff]")
_JAPANESE = re.compile(r"[\u4e00-\u9fff\u30a1-\u30fa]")


def _role_names(text: str, lowered: str) -> Iterable[tuple[int, int]]:
    for role in _ROLES:
        at = lowered.find(role)
        while at >= 0:
            if (at == 0 or not lowered[at - 1].isalpha()) and (m := _AFTER_ROLE.match(text, at + len(role))):
                yield m.start(1), m.end(1)
            at = lowered.find(role, at + len(role))


def candidates(
    text: str, shape: NameShape | None = None, *, slots_only: bool = False
) -> Iterable[tuple[int, int, bool | None]]:
    """Spans that may be names, and whether each is personal by where it stands (True: a slot).
    None: a run of capitalised words no list knows, a name only if spelled like one (asked of the
    name-shape table only where the context is personal: it costs tens of microseconds a word).
    ``shape``: the table (the shipped one by default), read here only for slots whose words must
    look like a name (the writer's own, a "name" key's value). ``slots_only``: only the slots and
    the spans whose place decides (a news report with no contact detail keeps no other name)."""
    shape = shape or default_shape()
    by_context = not slots_only
    lowered = text.lower()
    for slot, hints in _EN_SLOTS:
        if not any(h in lowered for h in hints):
            continue
        for m in slot.finditer(text, lowered):
            group = m.lastgroup
            assert group is not None
            value = m.group(group)
            if value.split()[0].strip(".") not in NOT_IN_A_SLOT:
                yield m.start(group), m.end(group), True
    for m in _SUBJECT_AFTER.finditer(text):
        before = max(0, m.start() - 60)
        if subject := _SUBJECT.search(text, before, m.start()):
            yield subject.start(), subject.end(), True
    for m in _PERSON_AFTER.finditer(text, lowered) if by_context else ():
        which = m.lastindex or 1
        if m.group(which).split()[0] not in NOT_IN_A_SLOT:
            yield m.start(which), m.end(which), False
    for m in _PERSON_OF_A_RECORD.finditer(text):  # "a call from London" names a place
        which = m.lastindex or 1
        # a word told of by its age or school year is someone, unless a known word; spelling aside
        # (Seraphine reads like "machine" to the table)
        first = m.group(which).split()[0]
        if (
            first not in NOT_IN_A_SLOT
            and first not in NOT_NAMES
            and shape.probability(first) >= _UNLIKE_A_NAME
        ):
            yield m.start(which), m.end(which), True
    for m in _SELF_INTRO.finditer(text):  # the writer's own name, when it looks like one
        name = m.group(1)
        yield (
            m.start(1),
            m.end(1),
            _given(name.split()[0]) or spelled_like_names(name, shape),
        )
    for start, end in (
        _role_names(text, lowered) if by_context else ()
    ):  # a role says "a person": names need only look like some
        first = text[start:end].split()[0]
        if first not in _PUBLIC_TITLES and like_a_name(text[start:end], shape, in_a_record=True):
            yield start, end, False  # news says "resident Debbie Cash": personal by context
    for m in (
        *_THIS_IS.finditer(text),
        *_ITS.finditer(text),
        *(_HERE.finditer(text) if _HERE_AFTER.search(lowered) else ()),
    ):  # at work, a name no list holds too: "this is Quillon from accounts"
        first = m.group(1).split()[0]
        if first not in NOT_IN_A_SLOT and (_given(first) or shape.probability(first) >= _UNLIKE_A_NAME):
            yield m.start(1), m.end(1), True
    for m in _NAME_LINE.finditer(text) if by_context else ():  # not a department's line ("Human Resources")
        words = m.group(1).split()
        if words[0] not in NOT_IN_A_SLOT and not any(w in _NOT_A_NAME_AFTER for w in words[1:]):
            yield m.start(1), m.end(1), False
    for m in _EN_TITLED.finditer(text) if by_context else ():
        yield m.start(1), m.end(1), False
    for m in _EN_FULL_NAME.finditer(text) if by_context else ():
        first, rest = m.group(1), m.group(2)
        words = rest.split()
        if any(w in _NOT_A_NAME_AFTER for w in words):  # Rowan Avenue Elementary, Grace Street Park
            continue
        if first in NOT_IN_A_SLOT or first in _PUBLIC_TITLES:  # "The German missed…", "Senator John F. Kerry"
            continue
        if _given(first):
            yield m.start(), m.end(), False
        elif words:
            yield m.start(), m.end(), None
    for m in _RECORD_SLOTS.finditer(text):
        group = m.lastgroup
        assert group is not None
        value = m.group(group)
        if value.split()[0] in NOT_IN_A_SLOT:
            continue
        # a "name" key holds a product's name as often as a person's: only a value spelled like one
        if group != "value" or _given(value.split()[0]) or spelled_like_names(value, shape):
            yield m.start(group), m.end(group), True
    aged = _AGE_IN_BRACKETS.search(lowered) or any(w in lowered for w in ("parent", "guardian", "carer"))
    for m in _AGED.finditer(text) if aged else ():
        which = m.lastindex or 1
        # a word told of by its age or school year is someone, unless a known word; spelling aside
        # (Seraphine reads like "machine" to the table)
        first = m.group(which).split()[0]
        if (
            first not in NOT_IN_A_SLOT
            and first not in NOT_NAMES
            and shape.probability(first) >= _UNLIKE_A_NAME
        ):
            yield m.start(which), m.end(which), True
    for m in (
        _THEIR_RELATION.finditer(text)
        if by_context and ("her " in lowered or "his " in lowered or "their " in lowered)
        else ()
    ):
        if m.group(1).split()[0] not in NOT_IN_A_SLOT:
            yield m.start(1), m.end(1), None
    for m in _BARE_AGE.finditer(text) if by_context and aged else ():
        if m.group(1) not in NOT_IN_A_SLOT:
            yield m.start(1), m.end(1), None
    for m in _NAME_GIVEN.finditer(text) if by_context and "name " in lowered else ():
        if m.group(1).split()[0] not in NOT_IN_A_SLOT:
            yield m.start(1), m.end(1), None
    for m in (
        _BULLET_NAME.finditer(text) if ("- " in text or "* " in text or "•" in text or "・" in text) else ()
    ):
        word = m.group(1)
        if word not in NOT_IN_A_SLOT and (_given(word) or shape.probability(word) >= _SINGLE_THRESHOLD):
            yield m.start(1), m.end(1), True
    for m in _DASH_SIGNATURE.finditer(text[-80:]) if len(text) > 20 else ():  # the end of the text only
        if m.group(1).split()[0] not in NOT_IN_A_SLOT and like_a_name(m.group(1), shape):
            offset = max(0, len(text) - 80)
            yield offset + m.start(1), offset + m.end(1), True
    for m in _OTHER_INTRO.finditer(text) if any(w in lowered for w in _OTHER_INTRO_WORDS) else ():
        if m.group(1).split()[0] not in NOT_IN_A_SLOT:
            yield m.start(1), m.end(1), True
    at = text.find("(")
    while at >= 0:  # someone in brackets after their role: "Client (J. Okwuosa) reports…"
        if _ROLE_BEFORE.search(text, max(0, at - 16), at) and (inside := _IN_BRACKETS.match(text, at)):
            if inside.group(1).split()[0] not in NOT_IN_A_SLOT:
                yield inside.start(1), inside.end(1), True
        at = text.find("(", at + 1)
    for m in _ADDRESSED.finditer(text) if by_context and "," in text else ():
        if m.group(1) not in NOT_IN_A_SLOT:
            yield m.start(1), m.end(1), None
    for m in _OF_A_TEAM.finditer(text) if by_context and (" in " in lowered or " from " in lowered) else ():
        if m.group(1) not in NOT_IN_A_SLOT:
            yield m.start(1), m.end(1), None
    with_me = "me and " in lowered or " and me" in lowered or "i and " in lowered or " and i " in lowered
    for m in _WITH_ME.finditer(text) if by_context and with_me else ():
        which = m.lastindex or 1
        word = m.group(which)
        if word not in NOT_IN_A_SLOT:  # a name, personal by context (a chat's "me and Jerry" is small talk)
            yield m.start(which), m.end(which), None
    for m in _WHOSE.finditer(text) if "whose" in lowered else ():
        if m.group(1).split()[0] not in NOT_IN_A_SLOT:
            yield m.start(1), m.end(1), True
    for verb in _ORDER_VERBS:  # each verb found by a plain search, the pattern tried only there
        at = lowered.find(verb)
        while at >= 0:
            if (at == 0 or not lowered[at - 1].isalpha()) and (order := _ORDERED.match(text, at)):
                if order.group(1).split()[0] not in NOT_IN_A_SLOT and like_a_name(order.group(1), shape):
                    yield order.start(1), order.end(1), True
            at = lowered.find(verb, at + len(verb))
    for m in (
        _GIVE_TO.finditer(text) if by_context else ()
    ):  # "Send Aigerim Nurlanovna the hotel confirmation"
        yield m.start(1), m.end(1), None
    for m in _SINGLE.finditer(text) if by_context else ():
        if m.group(1) not in NOT_IN_A_SLOT:  # "Katarina: Hello, I got your details…"
            yield m.start(1), m.end(1), None
    for m in _OWNER_OF.finditer(text) if by_context else ():
        if owner := _OWNER.search(text, max(0, m.start() - 40), m.start()):
            yield owner.start(), owner.end(), None
    if _JAPANESE.search(text):  # every Japanese pattern below needs a kanji or katakana: skip them elsewhere
        yield from japanese_candidates(text)
