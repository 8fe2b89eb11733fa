"""Where a person's name stands in English text, whatever the name: greetings, introductions, a form's
labels, a relative named, a signature. The pieces of a name (``CAP``, ``NAME``) are shared with
``names.py``, which reads these slots first.
"""

from __future__ import annotations

import re

from tekizai.signals.keyed import Keyed

UP = "A-ZÀ-ÖØ-ÞĀĂĄĆČĎĐĒĘĚĞĪŁŃŇŌŐŒŘŚŞŠŢŤŪŮŰŹŻŽ"
LOW = "a-zß-öø-ÿāăąćčďđēęěğīłńňōőœřśşšţťūůűźżž"
CAP = rf"[{UP}][{LOW}][{UP}{LOW}'\-]*"
# slots only a person fills: the words there are a name whatever they are
NAME = rf"{CAP}(?:[ \t]+[A-Z]\.)?(?:[ \t]+{CAP}){{0,2}}"
RELATION = (
    r"partner|wife|husband|spouse|fianc[eé]e?|ex|boyfriend|girlfriend|gf|bf|bff|hubby|flatmate|housemate|"
    r"son|daughter|kid|child|baby|mother|"
    r"father|mom|mum|dad|brother|sister|friend|neighbou?r|colleague|co-?worker|boss|manager|supervisor|"
    r"landlord|tenant|doctor|lawyer|client|customer|assistant|roommate|cousin|uncle|aunt|niece|nephew|"
    r"grandson|granddaughter|grandmother|grandfather|grandma|grandpa|intern|trainee|apprentice|employee|"
    r"teammate|team member|staff member|direct report|contractor|candidate|applicant|student|pupil|patient|guest|"
    # the people a household or a person hires
    r"nanny|babysitter|childminder|au pair|cleaner|carer|caregiver|tutor|therapist|GP|dentist|housekeeper|"
    r"gardener|driver|accountant|secretary|stepson|stepdaughter|stepmother|stepfather|stepmum|stepdad|godson|"
    r"goddaughter|godmother|godfather|flatmate|housemate|classmate|mentor|mentee|caseworker|social worker"
)
# each slot with the words it cannot match without (lower case): a plain ``in`` test on the lowered
# text skips most of them on most prompts, where one alternation of all of them was read everywhere
# a form's labels before a name ("Patient: Ilse Brandt"), read case-insensitively
_LABELS = (
    r"full name|name|customer|patient|employee|staff member|applicant|contact(?: person| name)?|attn|attention|"
    r"prepared by|submitted by|requested by|approved by|guest|passenger|travell?er|insured|bill to|ship to|"
    r"billing address|shipping address|recipient|sender|account holder|cardholder"
)
# where a greeting may begin: the text's start, after a line break, a quote or a ">" (tried where the key
# ends, and at the start; the pattern reads the blanks after it)
_LINE_OR_QUOTE = r"[\n>'\"“‘]"
EN_SLOTS: list[tuple[Keyed, tuple[str, ...]]] = [
    (
        Keyed(
            re.compile(
                rf"(?m)(?:^|(?<=[\n>'\"“‘]))[ \t]*(?:Dear|Hi|Hello|Hey)[ \t]+(?:(?:Mr|Mrs|Ms|Miss|Dr|Prof)\.?[ \t]+)?"
                rf"(?P<greeting>{CAP}(?:[ \t]+{CAP})?)\b"
            ),
            _LINE_OR_QUOTE,
            lowered=False,
            after=True,
        ),
        ("dear", "hi", "hello", "hey"),
    ),
    # someone greeted, thanked, welcomed or congratulated as a message opens: "'Sorry Kit, I didn't know",
    # "Welcome back Gerhard,", "Congratulations Mirela and Tobiasz on…"
    (
        Keyed(
            re.compile(
                rf"(?m)(?:^|(?<=[\n>'\"“‘]))[ \t]*(?:Thanks|Thank you|Sorry|Welcome(?: back)?|Congratulations|Congrats|"
                rf"Well done|Happy birthday|Good morning|Morning|Evening|Cheers|Bye|Love you|Miss you|Hiya|Yo)[,!]?[ \t]+"
                rf"(?P<hailed>{NAME}(?:[ \t]+and[ \t]+{CAP})?)(?=[ \t]*[,.!:;]|[ \t]+(?:on|for|from|in|to)\b|[ \t]*$)"
            ),
            _LINE_OR_QUOTE,
            lowered=False,
            after=True,
        ),
        (
            "thank",
            "sorry",
            "welcome",
            "congrat",
            "well done",
            "birthday",
            "morning",
            "evening",
            "cheers",
            "bye",
            "miss you",
            "hiya",
            "yo",
        ),
    ),
    (
        Keyed(
            re.compile(
                rf"\b(?i:my|our|your|ur)\s+(?:(?i:great|step|late|ex-?)[ \t-]*)*(?i:{RELATION})(?i:-in-law)?"
                rf"(?:'s name(?: is)?|,| named| called| (?:was|is) called| is)?\s+(?P<relation>{NAME})"
            ),
            r"(?:my|our|your|ur)\s",
        ),
        ("my ", "our ", "your ", "my\n", "our\n", "your\n", "ur "),
    ),
    (
        Keyed(
            re.compile(
                rf"(?i:\bmy name is)[ \t]+(?P<intro>[A-Za-z{UP}{LOW}'\-]+(?:[ \t]+[A-Za-z{UP}{LOW}'\-]+\.?){{0,2}})"
            ),
            None,
        ),
        ("my name is",),
    ),
    (
        Keyed(
            re.compile(
                rf"\b(?:this is (?:Mr|Mrs|Ms|Dr)\.?|[Cc]alls? me|[Mm]y name's|[Ww]hat(?:'s| is) your (?:full |last )?name\?)"
                rf"[ \t]+(?P<intro2>{NAME})"
            ),
            None,
        ),
        ("this is m", "this is d", "call", "my name's", "name?"),
    ),
    (
        Keyed(
            re.compile(
                rf"(?im:(?:^[ \t>]*|(?<=['\"“‘]))(?:{_LABELS})[ \t]*:[ \t]*"
                rf"(?P<label>[A-Za-z{UP}{LOW}][A-Za-z{UP}{LOW}'\-]+(?:[ \t.]+[A-Za-z{UP}{LOW}][A-Za-z{UP}{LOW}'\-]*\.?){{0,3}})"
                # a name fills the label's line (or stops at a comma, a bracket or a bar): after "Customer:" in a
                # dialogue a sentence goes on ("Customer: yeah I am looking for…"), and is no name
                r"(?=[ \t]*(?:[,;(|<]|\r?$)))"
            ),
            r"[\n'\"“‘]",
            lowered=False,
            after=True,
        ),
        (":",),
    ),
    # a form's or a passport's name fields, as typed or read by OCR: "SURNAME  HOLLOWAY  GIVEN NAMES  PRUDENCE
    # ANNE", "Surname: Okafor"
    (
        Keyed(
            re.compile(
                r"\b(?:SURNAME|FAMILY NAME|LAST NAME|GIVEN NAMES?|FORENAMES?|FIRST NAMES?)[ \t]*[:/]?[ \t]+"
                r"(?P<field>[A-Z][A-Z'\-]+(?:[ \t][A-Z][A-Z'\-]+)?)\b"
                rf"|(?i:surname|family name|last name|given names?|forenames?|first names?)[ \t]*:[ \t]*(?P<field2>{NAME})"
            ),
            None,
        ),
        ("surname", "given name", "forename", "first name", "last name", "family name"),
    ),
    # who wrote the message quoted below: "On Mon, 3 Nov 2026, Fenella Drummond-Hay <f@x.uk> wrote:"
    (
        Keyed(
            re.compile(
                rf"(?m)^[> \t]*On [^\n]{{0,60}}?,[ \t]*(?P<quoted>{NAME})[ \t]*(?:<[^>\n]+>)?[ \t]*wrote:"
            ),
            None,
        ),
        ("wrote:",),
    ),
    # a mail header's display name, the address after it: "From: Hollis Brandvold <hb@fjordline.no>"
    (
        Keyed(
            re.compile(
                rf"(?im:^[ \t>]*(?:from|to|cc|bcc|reply-to|sender)[ \t]*:[ \t]*\"?(?P<mailer>{NAME})\"?[ \t]*<[^>\s@]+@)"
            ),
            None,
        ),
        ("<",),
    ),
    (
        Keyed(
            re.compile(
                r"(?:^|\n)[ \t]*(?:Regards|Best regards|Kind regards|Best|Thanks|Thank you|Sincerely|Cheers|"
                r"Faithfully|Yours faithfully|Yours sincerely|Respectfully|Best wishes|Warmly|All the best|"
                rf"Warm regards|Yours truly|Yours)[ \t]*,?[ \t]*\n[ \t]*(?P<signature>{NAME})[ \t]*(?:\n|$)"
            ),
            None,
        ),
        ("regards", "best", "thank", "sincerely", "cheers", "faithfully", "yours", "respectfully", "warmly"),
    ),
]
