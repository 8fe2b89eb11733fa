"""Secrets and confidentiality markings in a text: API keys, tokens, private keys, webhooks, credentials
in URLs and variables, passwords stated; 【社外秘】/CONFIDENTIAL-style labels.

Detectors in the shape ``sensitivity`` runs them: ``(original, folded) -> findings``.
"""

from __future__ import annotations

import re
from collections.abc import Iterable

from tekizai.signals.findings import Finding
from tekizai.signals.normalize import fold

# -- secrets -----------------------------------------------------------------------------------

# each pattern with the substrings it cannot match without: a plain ``in`` test per pattern skips
# the rest ("risk-free" holds "sk-", and used to send a long article through every pattern)
_SECRET_PATTERNS: list[tuple[tuple[str, ...], str]] = [
    (("sk-",), r"\bsk-(?:proj-|ant-|live-|test-)?[A-Za-z0-9_\-]{20,}"),
    (("AKIA", "ASIA"), r"\b(?:AKIA|ASIA)[0-9A-Z]{16}\b"),
    (("ghp_", "gho_", "ghu_", "ghs_", "ghr_"), r"\bgh[pousr]_[A-Za-z0-9]{30,}"),
    (("github_pat_",), r"\bgithub_pat_[A-Za-z0-9_]{30,}"),
    (("glpat-",), r"\bglpat-[A-Za-z0-9_\-]{20,}"),
    (("xox",), r"\bxox[abposr]-[A-Za-z0-9\-]{10,}"),
    (("AIza",), r"\bAIza[0-9A-Za-z_\-]{35}"),
    (("sk_", "pk_", "rk_"), r"\b(?:rk|pk|sk)_(?:live|test)_[A-Za-z0-9]{16,}"),
    # webhook signing secrets, SendGrid, Shopify, Square, npm, PyPI, Hugging Face, Twilio, DigitalOcean
    (("whsec_",), r"\bwhsec_[A-Za-z0-9+/=]{20,}"),
    (("SG.",), r"\bSG\.[A-Za-z0-9_\-]{16,}\.[A-Za-z0-9_\-]{16,}"),
    (("shpat_", "shpss_", "shpca_"), r"\bshp(?:at|ss|ca)_[a-fA-F0-9]{32}"),
    (("sq0",), r"\bsq0(?:atp|csp)-[A-Za-z0-9_\-]{20,}"),
    (("npm_",), r"\bnpm_[A-Za-z0-9]{30,}"),
    (("pypi-",), r"\bpypi-[A-Za-z0-9_\-]{50,}"),
    (("hf_",), r"\bhf_[A-Za-z0-9]{30,}"),
    (("SK",), r"\bSK[0-9a-f]{32}\b"),
    (("dop_v1_",), r"\bdop_v1_[a-f0-9]{64}"),
    # Azure storage and service-bus connection strings' keys, shared access signatures
    (("AccountKey=", "SharedAccessKey="), r"\b(?:AccountKey|SharedAccessKey)=[A-Za-z0-9+/]{20,}={0,2}"),
    (("sig=",), r"[?&]sig=[A-Za-z0-9%+/]{20,}={0,2}"),
    (("eyJ",), r"\beyJ[A-Za-z0-9_\-]{10,}\.eyJ[A-Za-z0-9_\-]{10,}\.[A-Za-z0-9_\-]{10,}"),
    (("-----BEGIN",), r"-----BEGIN (?:[A-Z]+ )?PRIVATE KEY-----"),
    (("earer",), r"\b[Bb]earer\s+[A-Za-z0-9_\-.=]{20,}"),
    # incoming webhooks post as their owner to whoever holds the URL
    (("hooks.slack",), r"hooks\.slack\.com/services/[A-Za-z0-9]+/[A-Za-z0-9]+/[A-Za-z0-9]{16,}"),
    (("/webhooks/",), r"discord(?:app)?\.com/api/webhooks/\d+/[A-Za-z0-9_\-]{20,}"),
]
_SECRETS = [(hints, re.compile(pattern)) for hints, pattern in _SECRET_PATTERNS]
# credentials in a URL (postgres://admin:pw@host): found from "://" and widened back over the scheme,
# where a pattern opening with the scheme was tried at every word of the text
_URL_CREDENTIALS = re.compile(r"://[^\s:/@]+:[^\s@/]{3,}@[^\s/]+")
_SCHEME = re.compile(r"[a-z][a-z0-9+\-.]{1,20}$")
# a variable named for a secret set to a value that looks like one (AWS_SECRET_ACCESS_KEY=wJalr…,
# DB_PASSWORD: "x7Gq…"): 12 or more token characters with a digit and a letter among them, so that
# API_KEY=os.environ["API_KEY"] or SECRET_KEY=changeme names no value (nor a date, nor digits alone).
# Found value first, name after: such values are rare in prose, where "key" and "token" are not
# (one pattern reading from every word boundary cost 0.29 ms on a 2,000-character article; this 0.02)
_ASSIGNED_VALUE = re.compile(
    r"[=:][ \t]*[\"']?(?!\d{4}-\d\d-\d\d)"
    r"((?=[A-Za-z/+_\-.]*\d)(?=[0-9/+_\-.]*[A-Za-z])[A-Za-z0-9/+_\-.]{12,}+=?=?)(?![\w(\[:])"
)
# a variable named for a password or a secret, its value on the same line whatever it holds
# (SMTP_PASS=h7Kq!29vLpXe, DB_PASSWORD: "s3cret!"), an environment file's upper-case name; not a reference to
# another ($SMTP_PASS, ${…}, <…>)
_SECRET_VARIABLE = re.compile(
    # (not a variable that names where the secret is kept: MYSQL_ROOT_PASSWORD_FILE: /run/secrets/db)
    r"(?m)^[ \t]*(?:export[ \t]+)?[A-Z0-9_]*(?:PASS|PASSWD|PASSWORD|PWD|SECRET|TOKEN|API_?KEY)[A-Z0-9_]*"
    r"(?<!_FILE)(?<!_PATH)(?<!_DIR)[ \t]*[=:][ \t]*"
    # (not a call or a lookup, a number, a date)
    # (a '#' inside the value is part of it; one after a space opens a comment)
    r"[\"']?(?![$<{%])(?!\d+\b)(?!\d{4}-\d\d-\d\d)([^\s\"'()\[\]]{6,}+)(?![(\[])"
)
# a password shown as people write one, near the word for it ("このパスワードは安全？ Tokyo2020! を…"): three
# of upper case, lower case, digits and symbols in 8 to 40 characters
# (read on the lowered text: case-insensitive, it cost 0.1 ms on 4,000 characters; so only where lowering
# keeps the length)
_PASSWORD_NEAR = re.compile(
    r"password|passwd|login|log-in|credentials|" + fold("パスワード") + "|暗証番号|ログイン"
)
_PASSWORD_NEAR_ANY_CASE = re.compile(_PASSWORD_NEAR.pattern, re.IGNORECASE)
_PASSWORD_SHAPED = re.compile(
    r"(?<![\w@/.:])(?=[^\s]{8,40}(?![^\s]))(?:(?=\S*[A-Z])(?=\S*[a-z])(?=\S*\d)|(?=\S*[A-Za-z])(?=\S*\d)(?=\S*[!#$%&*+?@^~]\S)|"
    r"(?=\S*[A-Z])(?=\S*[a-z])(?=\S*[!#$%&*+?@^~]\S))[A-Za-z0-9!#$%&*+?@^~_\-]{8,40}(?=[\s、。,.]|を|は|で|$)"
)
_PASSWORD_NEAR_REACH = 60
# a password handed to a call or a manifest: auth=('svc', 'Xk9#mL2vQp!7'), HTTPBasicAuth("u", "p"),
# "- name: REDIS_PASSWORD value: \"r3d!sPa55\""
_PASSWORD_HANDED = re.compile(
    r"(?:\bauth\s*=\s*\(|BasicAuth\(|DigestAuth\()\s*[\"'][^\"'\n]+[\"']\s*,\s*[\"']([^\"'\n]{4,})[\"']"
    r"|\bname:\s*[\"']?[A-Z0-9_]*(?:PASS|PASSWORD|SECRET|TOKEN|KEY)[A-Z0-9_]*[\"']?\s*,?\s*value:\s*[\"']?([^\s\"'}]{6,})"
)
# a PostgreSQL password file's line: host:port:database:user:password
_PGPASS_LINE = re.compile(r"(?m)(?:^|\s)[\w.\-*]+:(?:\d{2,5}|\*):[\w.\-*]+:[\w.\-*]+:(\S{4,})[ \t]*$")
_SECRET_NAME_BEFORE = re.compile(
    r"(?i)(?:secret|passw(?:or)?d|token|api[_-]?key|access[_-]?key|private[_-]?key|credentials?)[a-z0-9_\-]*[\"']?[ \t]*$"
)
_PASSWORD = re.compile(
    r"(?i)(?:password|passwd|pwd|pw|passphrase|secret|api[_ ]?key|token|"
    + fold("パスワード")
    + r"|暗証番号|合言葉)"
    r"(?:\s+(?:for|of|to)\s+(?:the\s+|my\s+|our\s+)?[\w\-]+(?:\s+[\w\-]+)?)?"  # "password for the shared mailbox is"
    # the value, whole (possessive): a call or a lookup (os.environ["API_KEY"], get_token()) is no value
    # (not a reference to another: ${DB_PASSWORD}, <your password>, %(pw)s)
    r"\s*(?:は|:|=|：|＝|is)\s*[\"'「]?(?![$<{%])([^\s\"'」、。,()\[\]]{4,}+)(?![(\[])"
)


# a password typed straight after its word, no "is" or colon between ("username jk, password Wiosna2026!"):
# only a value that mixes letters and digits, as no word of a sentence does; a config's short "pass:" key
_PASSWORD_BARE = re.compile(
    r"(?i)\b(?:(?:password|passwd|pwd|pw)[ \t]+|pass[ \t]*[:=][ \t]*|(?<=/ )pass[ \t]+)"
    r"((?=[^\s\"',]*\d)(?=[^\s\"',]*[A-Za-z])[^\s\"',;]{6,})"
)


# a password or a secret variable is named by one of these; a plain substring test over a long prompt
# costs microseconds where the patterns cost a good part of a millisecond
_PASSWORD_HINTS = (
    "pass",
    "pwd",
    "pw ",
    "secret",
    "api",
    "token",
    "key",
    "credential",
    "login",
    "log-in",
    "ログイン",
    fold("パスワード"),
    "暗証番号",
    "合言葉",
)


# the words a password pattern opens with (lowered): it is tried only where one of them stands, not at
# every character of a long text where "token" or "pass" appears once
_PASSWORD_WORDS = ("pass", "pwd", "pw ", "secret", "api", "token", fold("パスワード"), "暗証番号", "合言葉")
_PASSWORD_REACH = 160  # characters from the word to the end of its value


def _password_matches(folded: str, lower: str) -> Iterable[re.Match[str]]:
    starts = set()
    for word in _PASSWORD_WORDS:
        at = lower.find(word)
        while at >= 0:
            starts.add(at)
            at = lower.find(word, at + 1)
    end = -1
    for start in sorted(starts):
        if start < end:  # inside the last match ("passphrase" after "pass")
            continue
        if m := _PASSWORD.match(folded, start, start + _PASSWORD_REACH):
            end = m.end()
            yield m


def secrets(original: str, folded: str) -> Iterable[Finding]:
    for hints, pattern in _SECRETS:
        if any(hint in original for hint in hints):
            for m in pattern.finditer(original):
                yield Finding("secret", m.start(), m.end())
    if "://" in original:
        for m in _URL_CREDENTIALS.finditer(original):
            if scheme := _SCHEME.search(original, max(0, m.start() - 21), m.start()):
                yield Finding("secret", scheme.start(), m.end())
    lower = folded.lower()
    if "pgpass" in lower or "5432:" in folded:  # (a password file's line names no password)
        for m in _PGPASS_LINE.finditer(folded):
            yield Finding("secret", m.start(1), m.end(1))
    if "auth" in lower or "value:" in lower:
        for m in _PASSWORD_HANDED.finditer(folded):
            group = m.lastindex or 1
            yield Finding("secret", m.start(group), m.end(group))
    if not any(hint in lower for hint in _PASSWORD_HINTS):
        return
    near = (
        _PASSWORD_NEAR.finditer(lower)
        if len(lower) == len(folded)
        else _PASSWORD_NEAR_ANY_CASE.finditer(folded)
    )
    for word in near:
        window_end = word.end() + _PASSWORD_NEAR_REACH
        # a value begun in the window is read to its end (a window's edge would cut "Sunflower#2024!")
        for m in _PASSWORD_SHAPED.finditer(folded, word.end(), min(len(folded), window_end + 40)):
            if m.start() < window_end:
                yield Finding("secret", m.start(), m.end())
    if "pass" in lower or "pw" in lower:
        for m in _PASSWORD_BARE.finditer(folded):
            yield Finding("secret", m.start(1), m.end(1))
    for m in _SECRET_VARIABLE.finditer(folded):
        if m.group(1).lower() not in ("required", "optional", "none", "null", "changeme", "xxxxxx", "******"):
            yield Finding("secret", m.start(1), m.end(1))
    for m in _ASSIGNED_VALUE.finditer(folded):
        if _SECRET_NAME_BEFORE.search(folded, max(0, m.start() - 40), m.start()):
            yield Finding("secret", m.start(1), m.end(1))
    for m in _password_matches(folded, lower):
        value = m.group(1)
        if value.lower() in {
            "required",
            "optional",
            "none",
            "null",
            "string",
            "here",
            "xxxx",
            "****",
            "<your",
            # words that say what a password is like, not what it is ("the password is wrong")
            "good",
            "great",
            "fine",
            "correct",
            "wrong",
            "incorrect",
            "invalid",
            "expired",
            "weak",
            "strong",
            "secure",
            "required.",
            "missing",
            "empty",
            "blank",
            "case-sensitive",
        }:
            continue
        yield Finding("secret", m.start(1), m.end(1))


# -- confidentiality markings ------------------------------------------------------------------

_MARK_WORDS = (
    r"社外秘|極秘|部外秘|関係者外秘|機密|厳秘|秘密|取扱注意|取り扱い注意|(?i:strictly confidential|private and confidential|"
    r"confidential|internal only|internal use only|do not distribute|proprietary|restricted|strictly private|highly confidential)"
)
# a marking is a label: bracketed, or followed by a colon, a dash or the end of its line. A word in
# a sentence ("社外秘の文書の扱い方は?") is a question about marking, not a marked text.
_MARKING = re.compile(
    # (not asked about: 【関係者外秘】と【社外秘】の違いは?)
    # (nor the second of a pair asked about: 「極秘」と「社外秘」はどう使い分けますか)
    rf"(?<!」と)(?<!】と)(?<!\]と)(?<!）と)(?<!\)と)"
    rf"[【\[(（《<「『★☆■◆]\s*({_MARK_WORDS})(?:情報|文書|資料)?\s*[】\])）》>」』★☆■◆]"
    rf"(?!\s*(?:と[【「\[(]|とは|の違い|って|の意味|の付け方|の使い|の扱い|はどう|は何|はなに|を使い分|の使い分))"
    # (not a marking quoted to ask what it means: what does 'confidential - do not share' mean)
    rf"|(?m:(?:^|(?<=[\s:：、。'\"“‘]))(?<!does ')(?<!does \")(?<!is ')(?<!is \")(?<!says ')(?<!like ')"
    rf"({_MARK_WORDS})(?:情報|文書|資料)?[ \t]*(?:[:：|]|\s-\s|$))"
)
# a Japanese marking heading a line, a space after it (社外秘　来期の計画): none of these opens a sentence
_MARKING_HEAD = re.compile(
    r"(?m)^[ \t\u3000]*(社外秘|極秘|部外秘|関係者外秘|厳秘|取扱注意)(?:情報|文書|資料)?(?:[ \t\u3000]+(?=\S)|につき|のため)"
)

# a text that says of itself that it is confidential, in a sentence: "This matter is strictly
# confidential.", "the pricing in Schedule 2 is commercially confidential"
# (not a question about confidentiality: "is this confidential?", "what is confidential information")
_DECLARED = re.compile(
    r"(?i)\b(?:this|these|our|my|attached|enclosed)\b[^.?!\n]{0,60}?\b(?:is|are|remains?)[ \t]+(?:strictly[ \t]+|"
    r"highly[ \t]+|commercially[ \t]+|entirely[ \t]+)?(confidential|private and confidential|not for (?:distribution|circulation))"
    r"(?![ \t]*\?|[^.\n]{0,40}\?)"
    r"|\b(?:is|are)[ \t]+(?:strictly|commercially)[ \t]+(confidential)\b(?![^.\n]{0,40}\?)"
    # a sentence of its own that says so: "… compensation for the breach. Not to be disclosed externally."
    r"|(?:^|(?<=[.!]\s)|(?<=['\"]))(Not (?:to be|for) (?:disclosed|shared|distributed|circulated|forwarded)(?: externally|"
    r" outside [\w ]{1,30})?)(?=[.!'\"]|\s*$)"
    r"|(口外(?:しない|無用)|他言無用|外部に(?:漏らさ|出さ)ない(?:で|よう))"
    # a text that calls itself so: "社外秘の資料です。", "この資料は部外秘です" (not "社外秘ですか?")
    r"|(?:^|(?<=[。\s「『：:]))(?:(?:この|本|こちらの|以下の|添付の)?(?:資料|文書|メール|内容|情報|件|データ)は|以下は|これは|本件は)?"
    r"(社外秘|極秘|部外秘|関係者外秘|厳秘|機密)(?:事項|情報|案件|扱い)?(?:の(?:資料|文書|情報|案件|内容|データ|話|件))?(?:です|になります|となります|扱い|につき)"
    r"(?![^。\n]{0,12}[か？?])"
)


# a marking holds one of these (lowered): a plain ``in`` test skips the patterns on most text
_MARK_HINTS = (
    "not to be",
    "not for ",
    "秘",
    "機密",
    "取扱注意",
    "取り扱い注意",
    "confidential",
    "internal",
    "distribute",
    "proprietary",
    "restricted",
    "strictly private",
    "口外",
    "他言",
    "外部に",
)


def markings(original: str, folded: str) -> Iterable[Finding]:
    lower = folded.lower()
    if not any(hint in lower for hint in _MARK_HINTS):
        return
    for m in _MARKING.finditer(folded):
        group = 1 if m.group(1) else 2
        yield Finding("confidential", m.start(group), m.end(group))
    if "秘" in folded or "取扱注意" in folded:
        for m in _MARKING_HEAD.finditer(folded):
            yield Finding("confidential", m.start(1), m.end(1))
    if (
        "confidential" in lower
        or "not to be" in lower
        or "not for " in lower
        or "口外" in folded
        or "他言" in folded
        or "外部に" in folded
        or "秘" in folded
    ):
        for m in _DECLARED.finditer(folded):
            group = m.lastindex or 1
            yield Finding("confidential", m.start(group), m.end(group))
