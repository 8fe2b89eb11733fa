"""Names as people type them: in a hurry, in lower case ("jake's off w covid", "my son oliver has
asthma", "hi its callum"): a listed given name typed in lower case is given its capital back, so the
name patterns, which read capitals, find it where they would find "Jake". The text keeps its length:
every span found in it is a span of the original.

Only given names that are no English word or place when written small are restored: "don't", "jack
up", "frank", "will", "mark", "grace", "summer", "virginia" stay as they are.

A name as a card or a form prints it, after the words that say so ("name on card M J OYELARAN",
"Name on it: Esperanza Villalobos"): a slot, whatever its letters.

And a chat's mention of someone by their handle (「@yamada.taro 明日の健康診断…」, "@priya.n can you cover"):
a person, personal by context, as a name is.
"""

from __future__ import annotations

import re
from collections.abc import Iterable

from tekizai.signals.keyed import Keyed
from tekizai.signals.name_lists import EN_GIVEN_NAMES

# given names that are also words (or places, brands, months) in lower case: written for this
# project, checked against the given-name list and the lower-case words of the shared ordinary prompts
_WORDS_TOO = frozenset(
    """
    don jack bob kim jan rick harsh roman virginia madison christian milan brooklyn chad ernest art guy frank
    rob sue pat ray drew chase hunter miles summer dawn eve holly lily hope faith joy amber ruby jade carol
    hazel iris violet olive pearl penny sandy rusty earl duke king prince major grant norman jay ward nick
    gene bo al ed mo jo cat dot page lane dale glen cliff brook heath clay reed wade cash price bay tad win
    bud kit mercy will may mark bill max lee sky river storm rich mike august april june autumn winter
    florence paris sydney austin jordan georgia carolina charlotte adelaide savannah phoenix india china
    asia kenya israel lincoln washington houston dallas denver chelsea mercedes royal rex ace sunny misty
    crystal diamond ginger honey candy cherry daisy poppy rosemary sage basil heather myrtle laurel fern
    willow ivy clementine melody harmony destiny trinity angel genesis nova star luna aurora serenity gay
    dick randy bobby jimmy jerry johnny mickey patsy sally bunny kitty jenny tiny grace constance prudence
    patience verity felicity honor honour liberty justice temperance victor homer dante marshall wallace
    perry milton sherman luther carter parker cooper mason baker taylor fisher miller porter hunter archer
    booker spencer tucker bishop deacon pastor abbot rector dean chancellor sterling bristol chester
    ramsey denny lindsay kelly shelby lacy tracy stacy mandy candy brandy sherry tammy toby titus rusty
    dusty buddy sonny ronnie benny lenny danny kenny jonny bennett barry harry terry gerry kerry merry
    cherry perry larry carry noel ivan said ali ada nam anh duc minh robin opal thor esa urs liv rut mari
    ege cem yaw asa ida ola dov noa avi deniz per jean ling jing yan hui ming wei xin noor lei hao li min ji
    jin jun young soo sung eun ren rin
    """.split()
)
_LOWER_GIVEN = frozenset(n.lower() for n in EN_GIVEN_NAMES if n.isascii()) - _WORDS_TOO
# a word in lower case standing alone: not in a path, an address, a handle or code (a.b, x/y, @u, n_m),
# nor the "don" of "don't"
_LOWER_WORD = re.compile(r"(?<![\w.@/\\\-])[a-z]{3,}(?![\w@/\\]|'t\b|\.[a-z])")
# someone writing to or about people they know: a lower-case "i", "my", "u" (a corpus set in lower
# case, as news headlines and encyclopaedia bios are, tells of public people in the third person)
# (not a product: ms teams, ms word, dr pepper)
_AFTER_A_TITLE = re.compile(
    r"\b((?:mr|mrs|ms|miss|dr)\.? )(?!(?:teams|word|excel|access|office|paint|edge|outlook|project|sql|dos|who|"
    r"pepper|martens|dre|oetker|strange|jekyll|seuss)\b)([a-z]{3,})\b"
)
_SMALL_RUN = re.compile(r"[a-z]{3,}")
_SOMEONE_WRITING = re.compile(
    r"\b(?:i|im|i'm|ive|i've|my|me|u|ur|pls|plz|hiya|hey|hi|thx|we|our|us|"
    # the apostrophes and vowels a quick message drops
    r"whats|dont|cant|wont|shes|hes|thats|gonna|wanna|lol|omg|tmrw|smth|rly|msg|fyi)\b"
)


# a corpus split into tokens and set in lower case (news summaries, encyclopaedia bios: "obama 's", "psychiatrist ,",
# "-lrb-"): public people told of, not someone typing
_TOKENISED = re.compile(r" (?:'s|,|\.) |-lrb-|``")


def capitalise_given_names(text: str, personal: bool = False) -> str:
    """The text with each listed given name typed in lower case capitalised (same length), where
    someone is writing or (``personal``) where health or HR is told of."""
    if not text or text.isupper():
        return text
    # the runs of small letters that are listed given names: a plain pattern's findall holds every word
    # _LOWER_WORD can match (a third of its cost), which alone decides below
    hits = set(_SMALL_RUN.findall(text)) & _LOWER_GIVEN
    titled = "mr" in text or "ms" in text or "dr " in text
    if not (hits or titled) or not (
        _SOMEONE_WRITING.search(text) or (personal and not _TOKENISED.search(text))
    ):
        return text
    # each listed name where _LOWER_WORD stands (found by str.find: a pass of _LOWER_WORD over the whole
    # text cost 0.15 ms on 4,000 characters), and the family name after a title typed small ("call mr
    # tanaka back")
    starts = [
        at
        for word in hits
        for at in _occurrences(text, word)
        if (m := _LOWER_WORD.match(text, at)) is not None and m.end() == at + len(word)
    ]
    titles = list(_AFTER_A_TITLE.finditer(text)) if titled else []
    if not starts and not titles:
        return text
    letters = list(text)
    for at in [*starts, *(m.start(2) for m in titles)]:
        letters[at] = letters[at].upper()
    return "".join(letters)


def _occurrences(text: str, word: str) -> Iterable[int]:
    at = text.find(word)
    while at >= 0:
        yield at
        at = text.find(word, at + 1)


# a handle mentioned in a chat: not an e-mail's domain, a decorator or an at-rule opening a line
# (@app.route, @media), a package scope (@types/node), nor everyone at once (@here, @channel)
_MENTION = re.compile(r"(?<![\w.@])@([A-Za-z][A-Za-z0-9]*(?:[._\-][A-Za-z0-9]+){0,2})(?![\w@/(]|\.[A-Za-z])")
_NOT_SOMEONE = frozenset("here channel everyone all team admin admins everybody room group bot".split())


# a chat export's speakers by their handles, heading their lines (maria.k: …, jon.b: …)
_HANDLE_SPEAKER = re.compile(r"(?m)^[ \t]*([a-z][a-z0-9]*[._][a-z0-9]+):[ \t]")


# a person's handle in a log line, in two parts (user=h.nakamura, user=yama_k; not user=app, user=orders,
# nor a mailbox's user=finance@…)
_LOG_USER = re.compile(r"\buser(?:name)?=([a-z][a-z0-9]*[._][a-z0-9]+)(?![\w@.])")


def mentions(text: str) -> Iterable[tuple[int, int]]:
    """Spans of handles mentioned in the text (without the @), and of handles speaking in a chat
    export (two lines or more headed by handles)."""
    if "user" in text:
        yield from ((m.start(1), m.end(1)) for m in _LOG_USER.finditer(text))
    if ":" in text:
        speakers = list(_HANDLE_SPEAKER.finditer(text))
        if len(speakers) >= 2:
            yield from ((m.start(1), m.end(1)) for m in speakers)
    if "@" not in text:
        return
    for m in _MENTION.finditer(text):
        line_start = text.rfind("\n", 0, m.start()) + 1
        if not text[line_start : m.start()].strip():  # a decorator or an at-rule heads its line
            continue
        if m.group(1).lower() not in _NOT_SOMEONE:
            yield m.start(1), m.end(1)


_NAME_ON = re.compile(
    r"\b[Nn]ame on (?:it|the card|card|the account|account|the licence|the license|the passport|the booking|"
    r"the parcel|the package|the order|the box)[:\s]+"
    r"([A-Z][A-Za-z'\-]*\.?(?:[ \t]+[A-Z][A-Za-z'\-]*\.?){0,3})"
)


def names_on(text: str) -> Iterable[tuple[int, int]]:
    """Spans of the names a card, an account or a document is said to bear."""
    if "ame on " not in text:
        return
    for m in _NAME_ON.finditer(text):
        yield m.start(1), m.end(1)


# someone a request is about, after the verb or the preposition that says so ("check on Ezra", "cover for
# Thaddeus", "Flowers for Genevieve", "talk about Jarvis", "asking Rosalba about"): a name when spelled
# like one, personal only by context
_ABOUT = (
    r"check on|cover for|mentor|pray for|flowers for|lunch for|cake for|card for|a gift for|talk about|"
    r"it's about|it is about|asking|met with(?: both)?|both"
)
_ABOUT_SOMEONE = Keyed(
    re.compile(rf"\b(?i:{_ABOUT})[ \t]+([A-Z][a-z]+(?:-[A-Z][a-z]+)?)\b"),
    tuple(_ABOUT.replace("(?: both)?", "").split("|")),
)


def people_asked_about(text: str) -> Iterable[tuple[int, int]]:
    """Spans of the one word naming whom a request is about."""
    for m in _ABOUT_SOMEONE.finditer(text):
        yield m.start(1), m.end(1)
