"""Personal names in a personal context, with or without an honorific.

Two steps. First, what may be a name: a common family name with a given name after it (佐藤太郎), a
common given name with a family name after it (Emily Johnson), or any capitalised words in a slot only a
person fills ("Dear …", "my partner's name is …", "Name: …", a signature, a greeting, 宛先：…,
…と申します, a name with its reading); a name after a verb that takes a person ("follow up with …") or
the writer's own ("I'm …") is a candidate whatever it is. Names no list knows (Rubija Liberšar; one
word where a person stands: "Wierzbicki called…", "Leif, can you…") count when the name-shape table
(``name_shape.py``) finds them spelled like names. Second, whether
the text around it is personal: a name in a history question or a news story is not personal data; the
same name next to a phone number, a diagnosis, "my colleague" or "顧客" is.

Japanese honorifics and self-introductions (田中さん, 私の名前は…) are personal by themselves and live in
``sensitivity.py``. English titles are not: "Mr Trump said" is news, so "Mr./Ms./Dr. Name" is a
candidate here like any other, personal only in a personal context.
"""

from __future__ import annotations

import re
from collections.abc import Iterable

from tekizai.signals.name_lists import EN_GIVEN_NAMES, JA_NOT_A_GIVEN_NAME, JA_SURNAMES, KATAKANA_GIVEN_NAMES
from tekizai.signals.name_shape import NameShape, default_shape, plain

# -- what may be a name --------------------------------------------------------------------------

# a run of kanji (or two runs split by a space) that begins with a common family name of two or three
# characters; one-character family names (林, 森, 原, 東) begin too many ordinary words to count here
_JA_FAMILY = frozenset(s for s in JA_SURNAMES if len(s) >= 2)
_JA_RUN = re.compile(
    r"(?<![\u4e00-\u9fff])([\u4e00-\u9fff]{2,3})[\s\u3000]?([\u4e00-\u9fff]{1,4})(?![\u4e00-\u9fff])"
)
# any run of three to five kanji (or two or three, a space, one to three) standing alone before a
# particle, a bracket or punctuation: a full name no list knows (轟木隼人が…) when the name-shape
# table says so and the context is personal
_KANJI_NUMERALS = "〇一二三四五六七八九十百千万"
_JA_ANY_RUN = re.compile(
    r"(?<![\u4e00-\u9fff々\u30a0-\u30ff])([\u4e00-\u9fff々]{2,4}[ \u3000][\u4e00-\u9fff々]{1,3}|[\u4e00-\u9fff々]{3,6})"
    r"(?=[のはがをにとへもや、。，．（(「\s]|さん|様|氏|$)"
)
# a family name and a given name in kana (加藤さくら, 山田エミ), up to a particle or punctuation
_JA_KANA_NAME = re.compile(
    r"(?<![\u4e00-\u9fff])([\u4e00-\u9fff]{2,3})([\u3041-\u3093]{2,4}|[\u30a1-\u30f6ー]{2,5})"
    r"(?=[のはがをにとへもや、。\s]|さん|様|$)"
)
# a foreign name as Japanese writes it, its parts joined by ・ or ＝ (ジョン・スミス, マリア・デ・ラ・クルス), or
# one katakana name before an honorific (スミス様, ジョンさん)
_KATAKANA = r"[\u30a1-\u30fa\u30fc]"
_JA_FOREIGN_NAME = re.compile(
    rf"(?<![\u30a1-\u30fa\u30fc・＝])({_KATAKANA}{{2,8}})((?:[・＝]{_KATAKANA}{{1,10}}){{1,3}})(?![\u30a1-\u30fa\u30fc])"
    rf"|(?<![\u30a1-\u30fa\u30fc・＝])({_KATAKANA}{{2,8}})(?=様|さん|氏|殿)"
)
# katakana words for roles and things that take さん too (スタッフさん, ドライバーさん)
_NOT_KATAKANA_NAMES = frozenset(
    "スタッフ パート バイト アルバイト ドライバー オーナー デザイナー エンジニア ママ パパ コーチ マネージャー "
    "リーダー メンバー ゲスト ユーザー ファン サンタ ナース ガイド シェフ ホスト オペレーター カメラマン "
    "プロ セラピスト トレーナー インストラクター ディレクター プロデューサー ライター クライアント".split()
)
# katakana nouns that follow a slot's word as part of a compound (宛名ラベル, 顧客名リスト, 氏名データ)
_NOT_A_SLOT_VALUE = _NOT_KATAKANA_NAMES | frozenset(
    "ラベル シール カード リスト データ ファイル フォーマット テンプレート シート メール ソフト システム フォーム "
    "欄 一覧 変更 入力 印刷 確認 登録 表示 記入 書き方 番号 記号 情報 証 メモ ノート レター".split()
)
_NOT_KANA_NAMES = ("で", "に", "から", "まで", "より", "など", "とは", "では", "には", "への", "って")
_JA_TITLES = frozenset(
    "部長 課長 係長 次長 室長 社長 専務 常務 取締役 主任 先生 教授 准教授 医師 弁護士 税理士".split()
)


def _ja_name(family: str, rest: str) -> bool | None:
    """None if not a name; else whether the rest is a title (佐藤部長) rather than a given name."""
    if family not in _JA_FAMILY or not rest:
        return None
    if rest in _JA_TITLES:
        return True
    if len(rest) <= 3 and rest[0] not in JA_NOT_A_GIVEN_NAME and rest[-1] not in JA_NOT_A_GIVEN_NAME:
        return False
    return None


# slots only a person fills in Japanese business writing, whatever the name: a self-introduction
# (営業部の鬼頭と申します, 株式会社ABCの轟木です), a label (宛先：, 差出人：), a name with its reading
# (轟木 隼人（とどろき はやと）), the name line that closes a mail (…お願いいたします。\n東雲 健)
_KANJI_NAME = r"[\u4e00-\u9fff々]{1,4}(?:[ \u3000](?![様殿氏])[\u4e00-\u9fff々\u3041-\u3093]{1,4})?"
# a name in katakana, as a bank account's holder is written (名義 ハセガワ リョウ)
_KATAKANA_NAME = r"[\u30a1-\u30fa\u30fc]{2,8}(?:[ \u3000][\u30a1-\u30fa\u30fc]{1,8})?"
_JA_SLOTS = re.compile(
    rf"(?P<intro>{_KANJI_NAME})と申します"
    rf"|(?:株式|有限|合同)会社[^。、\n]{{0,20}}の(?P<of>{_KANJI_NAME})(?:です|でございます)[。、\s]"
    # a caller naming their department after the greeting: お世話になっております。営業の霧島です
    # ("総務部の方針です" names no one: the greeting says a person speaks)
    rf"|(?:お世話になっております|お世話になります|お疲れ様です|もしもし)[。、]?[ \u3000]*"
    rf"(?:[^。、\n]{{0,12}}(?:営業|総務|人事|経理|広報|開発|企画|サポート|窓口|受付|[部課室]))の(?P<dept>[\u4e00-\u9fff々]{{2,4}})"
    rf"(?:です|でございます)[。、\s」]"
    rf"|(?:宛先|宛名|差出人|送信者|送り主|お名前|申請者|依頼者|受取人|契約者|患者名|社員名|作成者|記入者|"
    rf"報告者|担当者名|連絡者|口座名義人?|名義人?|顧客名|会員名|利用者名|従業員名|受講者名|購入者|注文者|申込者|相談者|"
    rf"被保険者|保護者|緊急連絡先|候補者|応募者|面接者|受験者)[ \u3000]*[:：]?[ \u3000]*"
    rf"(?P<label>{_KANJI_NAME}|{_KATAKANA_NAME})(?![\u4e00-\u9fff\u30a1-\u30fa])"
    # 氏名 names the form's field too (氏名欄, 氏名を記入): a name follows it only after a colon or space
    rf"|氏[ \u3000]?名(?:[ \u3000]*[:：][ \u3000]*|[ \u3000]+)(?P<named>{_KANJI_NAME}|{_KATAKANA_NAME})(?![\u4e00-\u9fff\u30a1-\u30fa])"
    rf"|(?P<reading>[\u4e00-\u9fff々]{{1,4}}[ \u3000][\u4e00-\u9fff々]{{1,4}})[（(][\u3041-\u3093]+[ \u3000][\u3041-\u3093]+[）)]"
    rf"|(?:お願い(?:いた)?します|お願い申し上げます|以上)[。.]?[ \u3000]*\n[ \u3000]*"
    rf"(?P<signature>[\u4e00-\u9fff々]{{1,4}}[ \u3000][\u4e00-\u9fff々\u3041-\u3093]{{1,4}})[ \u3000]*(?:\n|$)"
    # the name line under a company or department line, as a signature block ends
    rf"|(?:会社|部|課|室|グループ|チーム|事業所|支店)[^\n]{{0,20}}\n[ \u3000]*"
    rf"(?P<signature2>[\u4e00-\u9fff々]{{1,4}}[ \u3000][\u4e00-\u9fff々\u3041-\u3093]{{1,4}})[ \u3000]*(?:\n|$)"
    # or on the department line itself, closing it (営業部　大河内 澪)
    rf"|(?:部|課|室|グループ|チーム|支店)[ \u3000]+"
    rf"(?P<signature3>[\u4e00-\u9fff々]{{1,4}}[ \u3000][\u4e00-\u9fff々\u3041-\u3093]{{1,4}})[ \u3000]*(?:\n|$)"
    # the person a notice or a review is about, a department maybe before (対象者：営業二課 桐生 拓真);
    # a two-part name only, for 対象者：全社員 names no one
    rf"|(?:対象者|評価対象者|被評価者|当該社員|本人)[ \u3000]*[:：][ \u3000]*"
    rf"(?:[\u4e00-\u9fff]{{1,6}}(?:部|課|室|係|グループ|チーム)[ \u3000]+)?"
    rf"(?P<subject>[\u4e00-\u9fff々]{{1,4}}[ \u3000][\u4e00-\u9fff々]{{1,4}}|[\u30a1-\u30fa\u30fc]{{2,8}}[ \u3000][\u30a1-\u30fa\u30fc]{{1,8}})"
    rf"(?![\u4e00-\u9fff\u30a1-\u30fa])"
    # a person named by their role in a record, a two-part name after a space (患者 早乙女 恵子, 被告人 鳳 健吾),
    # or a form's field told in a sentence (宛名は大鷹 咲)
    rf"|(?:(?:患者|被告人|被告|原告|被害者|容疑者|入居者|生徒|児童|学生|受講生|乗客|宿泊者|相談者|対象者)[ \u3000]+"
    rf"|(?:宛名|名義|氏名|お名前|名前)は[ \u3000]*)"
    rf"(?P<role>[\u4e00-\u9fff々]{{1,4}}[ \u3000][\u4e00-\u9fff々]{{1,4}})(?![\u4e00-\u9fff\u30a1-\u30fa])"
    # the person a memo or a review is about, heading it (面談メモ：妹尾、…; 人事考課：北條 綾乃、評価B)
    rf"|(?:メモ|記録|日報|報告|考課|評価|所見)[ \u3000]*[:：][ \u3000]*"
    rf"(?P<memo>[\u4e00-\u9fff々]{{2,4}}(?:[ \u3000][\u4e00-\u9fff々]{{1,3}})?)(?=[、,，])"
    # one name after a role word with a number in brackets after it (お客様 塩見（090-…）)
    rf"|(?:お客様|顧客|取引先|相談者|患者|担当)[ \u3000]+(?P<bracketed>[\u4e00-\u9fff々]{{1,4}})(?=[（(][0-9+])"
)
_JA_KIN = ("娘", "息子", "妻", "夫", "母", "父", "兄", "姉", "弟", "妹", "祖母", "祖父", "孫")
# what follows 娘の as often as a name does, and the table might take for one
_NOT_A_KIN_NAME = frozenset(
    "友達 友人 彼氏 彼女 先生 担任 学校 会社 部屋 宿題 部活 職場 上司 同僚 病院 主治医 実家".split()
)
_KIN_NAME_SHAPE = 0.8
# a family name no list holds, known by the title after it (東郷社長の携帯, 鶴見先生に): a person by
# position, personal only in a personal context; not a post (代表取締役社長). 部長 and 課長 follow a
# department as often as a name (営繕課長): only a listed family name before them counts (_JA_RUN)
_JA_TITLED = re.compile(
    r"(?<![\u4e00-\u9fff々])([\u4e00-\u9fff々]{2,3})(?:社長|会長|専務|常務|先生|教授|医師|弁護士)"
    r"(?=[のはがをにとへもや、。様さ]|$)"
)
_NOT_BEFORE_A_TITLE = frozenset(
    "営業 総務 人事 経理 開発 企画 広報 技術 製造 販売 代表 取締 取締役 副 事業 本部 支店 校 院 学".split()
)
# a listed family name after a word for someone close or at work: 部下の五十嵐が, 妻の佐藤は
_JA_RELATION = re.compile(
    r"(?:(?:部|課|室|店|局|係|センター|チーム)の([\u4e00-\u9fff]{2,3})(?=です|でございます))|"
    r"(?:部下|上司|同僚|後輩|先輩|友人|友達|夫|妻|主人|息子|娘|父|母|兄|姉|弟|妹|祖父|祖母|担当|顧客|患者|社員|新人|"
    r"派遣社員|アルバイト|パート)の([\u4e00-\u9fff]{2,3})(?=[がはをにのとも、])"
)

_UP = "A-ZÀ-ÖØ-ÞĀĂĄĆČĎĐĒĘĚĞĪŁŃŇŌŐŒŘŚŞŠŢŤŪŮŰŹŻŽ"
_LOW = "a-zß-öø-ÿāăąćčďđēęěğīłńňōőœřśşšţťūůűźżž"
_CAP = rf"[{_UP}][{_LOW}][{_UP}{_LOW}'\-]*"
_PARTICLE = r"(?:van|von|de|da|del|der|di|le|du|dos|das|bin|al|el)\s+"
# a capitalised word, then maybe an initial, then up to two family-name words
_EN_FULL_NAME = re.compile(
    rf"\b({_CAP})((?:[ \t]+[A-Z]\.|[ \t]+[A-Z](?=[ \t]))?(?:[ \t]+(?:{_PARTICLE})?{_CAP}){{0,2}})\b(?![ \t]*:)"
)

_EN_TITLED = re.compile(
    rf"\b(?:[Mm]rs?|[Mm]s|Miss|[Dd]r|Prof|Coach|Nurse|Auntie|Aunty|Uncle)\.?[ \t]+({_CAP}(?:[ \t]+[A-Z]\.)?(?:[ \t]+{_CAP})?)"
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
    if words and (_given(words[0]) or _spelled_like_names(span, shape)):
        return True
    if not in_a_record or not 2 <= len(words) <= 3 or not all(_CAPITALISED.fullmatch(w) for w in words):
        return False
    odds = [shape.probability(w) for w in words]
    return sum(odds) / len(odds) >= _IN_A_RECORD and max(odds) >= _SHAPE_THRESHOLD - 0.05


_SHAPE_THRESHOLD = 0.5
_IN_A_RECORD = 0.3
_CAPITALISED = re.compile(rf"{_CAP}")
_JA_SHAPE_THRESHOLD = 0.6
_SINGLE_THRESHOLD = 0.7
_WEAKER_WORD = 0.25


def _spelled_like_names(span: str, shape: NameShape) -> bool:
    """A run of two or more capitalised words none of the lists know, each spelled like a name
    (Rubija Liberšar, Maika van de Noort): the name-shape table decides, word by word. A run of kanji
    (轟木隼人, 轟木 隼人) it judges whole."""
    if _KANJI.search(span):
        return shape.probability(span) >= _JA_SHAPE_THRESHOLD
    words = [w for i, w in enumerate(span.split()) if i == 0 or (len(w) > 2 and w[0].isupper())]
    if len(words) == 1:  # one word alone says less: it must look much more like a name
        return _given(words[0]) or shape.probability(words[0]) >= _SINGLE_THRESHOLD
    # each word like a name; or one very like one carrying another less sure (Yevgenia Sorokina)
    odds = []
    for word in words:  # most runs fail on their first word: stop there
        odds.append(shape.probability(word))
        if odds[-1] < _WEAKER_WORD:
            return False
    return min(odds) >= _SHAPE_THRESHOLD or sum(odds) / len(odds) >= _SHAPE_THRESHOLD + 0.1


# slots only a person fills: the words there are a name whatever they are
_NAME = rf"{_CAP}(?:[ \t]+[A-Z]\.)?(?:[ \t]+{_CAP}){{0,2}}"
_RELATION = (
    r"partner|wife|husband|spouse|fianc[eé]e?|ex|boyfriend|girlfriend|son|daughter|kid|child|baby|mother|"
    r"father|mom|mum|dad|brother|sister|friend|neighbou?r|colleague|co-?worker|boss|manager|supervisor|"
    r"landlord|tenant|doctor|lawyer|client|customer|assistant|roommate|cousin|uncle|aunt|niece|nephew|"
    r"grandson|granddaughter|grandmother|grandfather|grandma|grandpa|intern|trainee|apprentice|employee|"
    r"teammate|team member|staff member|direct report|contractor|candidate|applicant|student|pupil|patient|guest"
)
# each slot with the words it cannot match without (lower case): a plain ``in`` test on the lowered
# text skips most of them on most prompts, where one alternation of all of them was read everywhere
_EN_SLOTS: list[tuple[re.Pattern[str], tuple[str, ...]]] = [
    (
        re.compile(
            rf"(?m)(?:^|(?<=[\n>'\"“‘]))[ \t]*(?:Dear|Hi|Hello|Hey)[ \t]+(?:(?:Mr|Mrs|Ms|Miss|Dr|Prof)\.?[ \t]+)?"
            rf"(?P<greeting>{_CAP}(?:[ \t]+{_CAP})?)\b"
        ),
        ("dear", "hi", "hello", "hey"),
    ),
    (
        re.compile(
            rf"\b(?i:my|our|your)\s+(?:(?i:great|step|late|ex-?)[ \t-]*)*(?i:{_RELATION})"
            rf"(?:'s name(?: is)?|,| named| called| (?:was|is) called| is)?\s+(?P<relation>{_NAME})"
        ),
        ("my ", "our ", "your ", "my\n", "our\n", "your\n"),
    ),
    (
        re.compile(
            rf"(?i:\bmy name is)[ \t]+(?P<intro>[A-Za-z{_UP}{_LOW}'\-]+(?:[ \t]+[A-Za-z{_UP}{_LOW}'\-]+\.?){{0,2}})"
        ),
        ("my name is",),
    ),
    (
        re.compile(
            rf"\b(?:this is (?:Mr|Mrs|Ms|Dr)\.?|[Cc]alls? me|[Mm]y name's|[Ww]hat(?:'s| is) your (?:full |last )?name\?)"
            rf"[ \t]+(?P<intro2>{_NAME})"
        ),
        ("this is m", "this is d", "call", "my name's", "name?"),
    ),
    (
        re.compile(
            r"(?im:^[ \t>]*(?:full name|name|customer|patient|employee|applicant|contact(?: person| name)?|attn|attention|"
            r"prepared by|submitted by|requested by|approved by|guest|passenger|travell?er|insured|bill to|ship to|"
            r"billing address|shipping address|recipient|sender|account holder|cardholder)[ \t]*:[ \t]*"
            rf"(?P<label>[A-Za-z{_UP}{_LOW}][A-Za-z{_UP}{_LOW}'\-]+(?:[ \t.]+[A-Za-z{_UP}{_LOW}][A-Za-z{_UP}{_LOW}'\-]*\.?){{0,3}})"
            # a name fills the label's line (or stops at a comma, a bracket or a bar): after "Customer:" in a
            # dialogue a sentence goes on ("Customer: yeah I am looking for…"), and is no name
            r"(?=[ \t]*(?:[,;(|<]|\r?$)))"
        ),
        (":",),
    ),
    # who wrote the message quoted below: "On Mon, 3 Nov 2026, Fenella Drummond-Hay <f@x.uk> wrote:"
    (
        re.compile(
            rf"(?m)^[> \t]*On [^\n]{{0,60}}?,[ \t]*(?P<quoted>{_NAME})[ \t]*(?:<[^>\n]+>)?[ \t]*wrote:"
        ),
        ("wrote:",),
    ),
    # a mail header's display name, the address after it: "From: Hollis Brandvold <hb@fjordline.no>"
    (
        re.compile(
            rf"(?im:^[ \t>]*(?:from|to|cc|bcc|reply-to|sender)[ \t]*:[ \t]*\"?(?P<mailer>{_NAME})\"?[ \t]*<[^>\s@]+@)"
        ),
        ("<",),
    ),
    (
        re.compile(
            r"(?:^|\n)[ \t]*(?:Regards|Best regards|Kind regards|Best|Thanks|Thank you|Sincerely|Cheers|"
            r"Faithfully|Yours faithfully|Yours sincerely|Respectfully|Best wishes|Warmly|All the best|"
            rf"Warm regards|Yours truly|Yours)[ \t]*,?[ \t]*\n[ \t]*(?P<signature>{_NAME})[ \t]*(?:\n|$)"
        ),
        ("regards", "best", "thank", "sincerely", "cheers", "faithfully", "yours", "respectfully", "warmly"),
    ),
]
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
    "borrower donor volunteer trainee driver holder cardholder nurse cleaner receptionist technician"
).split()
# the name after a role word: the words are found by a substring search each (one alternation of them
# all, read at every word of a long text, cost 0.18 ms)
_AFTER_ROLE = re.compile(rf"[ \t]+({_CAP}(?:[ \t]+[A-Z]\.)?(?:[ \t]+{_CAP}){{0,2}})")
# the caller or writer introducing themself at work: "this is Quillon from accounts", "Ilse here"
_THIS_IS = re.compile(rf"\b[Tt]his is[ \t]+({_CAP}(?:[ \t]+{_CAP})?)(?=[ \t]+(?:from|here)\b)")
# a caller or a writer saying who they are: "hi it's Margarethe, call me back", "Hey, it's Lorcan." (the
# pattern opens with its letters, not a word boundary: a third of the cost over a long text)
_ITS = re.compile(rf"(?<![A-Za-z])[Ii]t'?s[ \t]+({_CAP})(?=[ \t]*[,.!]|[ \t]+here\b)")
_UNLIKE_A_NAME = 0.2  # "this is Marketing from…": a word the name-shape table all but rules out
# the writer's own name: "I'm Naomi Ryan, originally from…", "I am Sofia and…" (not "I'm Japanese")
_SELF_INTRO = re.compile(
    rf"\b(?:I'm|I am|I’m|i'm|i am)[ \t]+({_CAP}(?:[ \t]+[A-Z]\.)?(?:[ \t]+{_CAP}){{0,2}})(?=[ \t]*(?:[,.!;]|and\b|from\b|$))"
)
# a person's place after a verb or phrase that takes one: "follow up with Okafor", "add Tomasz Wrona as
# beneficiary", "change it to Inês Carvalho", "booking under Haraldsen", "ask Chidinma Eze to…"
_PERSON_AFTER = re.compile(
    rf"\b(?:[Ff]ollow up with|[Ss]peak (?:to|with)|[Tt]alk to|[Mm]eet(?:ing)? with|[Rr]each out to|[Gg]et back to|"
    rf"[Oo]n behalf of|[Aa]ssigned to|[Ff]orward (?:it|this) to|(?:[Ii]t'?s|[Bb]ooked|[Rr]eserved|[Rr]eservation|[Bb]ooking) under|"
    rf"[Cc]hange (?:it|the name) to|[Aa]dd|named|called)[ \t]+({_NAME})\b"
    rf"(?=(?:[ \t]+as\b|[ \t]+(?:in|on|about|at|by|for|from|with|tomorrow|today|next)\b|[ \t]*[,.!?;:]|[ \t]*$))"
    rf"|\b(?:[Aa]sk|[Tt]ell|[Rr]emind|[Nn]otify|[Tt]hank|[Ii]nvite|[Pp]ing|[Cc]c|[Ll]et)[ \t]+({_NAME})(?=[ \t]+(?:to|that|know|about|for|if|whether)\b)"
    rf"|\b(?:reminder|letter|note|message|e-?mail|reply|invitation|apology|thank-you note|plan|review|reference|"
    rf"certificate|contract|offer|payslip|card|speech|toast|gift|chaser)[ \t]+(?:to|for)[ \t]+({_NAME})\b(?=[ \t]+[a-z]|[ \t]*[,.!?;:]|[ \t]*$)"
)
# where only a person stands, a slot whatever the text around: a record that came from someone
# ("expense claim from Søren Kierulf"), someone the writer has worked with, as a reference tells it ("I
# have managed Delphine Marchetti for three years"; news's "managed Manchester United" is no one's)
_PERSON_OF_A_RECORD = re.compile(
    rf"\b(?:claim|request|application|complaint|enquiry|inquiry|ticket|invoice|call|voicemail|DM|message|text|"
    rf"note|Slack|WhatsApp|LINE|Teams)[ \t]+from[ \t]+({_NAME})\b(?=[ \t]*[,.!?;:(]|[ \t]+[a-z])"
    rf"|\b(?:I|[Ww]e)(?:'ve| have| had)?[ \t]+(?:managed|hired|interviewed|supervised|mentored|recommend|"
    rf"recommended|coached|trained|onboarded)[ \t]+({_NAME})\b(?=[ \t]+(?:for|since|as|at|in|during|when|who)\b|[ \t]*[,.;:])"
)
# slots of records and logs: a chat export's speaker after a timestamp ("[10:02] Priya Raghunathan:",
# "[10:02] 柏木 彩花："), a name key in JSON or a dict ("name": "Svetlana Orlova", "氏名": "東雲 真央"),
# a family title before a name ("Grandpa Ferenc Halász")
_RECORD_SLOTS = re.compile(
    rf"(?m)^[ \t]*\[?\d{{1,2}}:\d{{2}}(?::\d{{2}})?\]?[ \t]+(?P<speaker>{_NAME}|{_KANJI_NAME})[ \t]*[:：]"
    r"|[\"']name[\"']\s*:\s*[\"'](?P<value>[^\"'\n]{2,40})[\"']"
    r"|[\"'](?:full_?name|first_?name|last_?name|customer_?name|employee_?name|patient_?name|氏名|名前|顧客名|社員名|患者名)"
    r"[\"']\s*:\s*[\"'](?P<person>[^\"'\n]{2,40})[\"']"
    rf"|\b(?:Grandpa|Grandma|Granny|Grandad|Grandfather|Grandmother|Uncle|Aunt|Auntie|Cousin)[ \t]+(?P<kin>{_NAME})"
)
# a person a thing is given to: "send Aigerim Nurlanovna the confirmation", "pay Kofi the deposit"
_GIVE_TO = re.compile(
    rf"\b(?:[Ss]end|[Ee]-?mail|[Tt]ext|[Pp]ay|[Gg]ive|[Ss]how|[Oo]ffer|[Ww]ire)[ \t]+({_NAME})[ \t]+(?:the|a|an|her|his|their|our|my|some)\b"
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
_NOT_IN_A_SLOT = frozenset(
    "Sir Madam Madame All Team Everyone There Friends Folks Guys World Customer Customers Colleagues Users "
    "Support Admin Hiring Dear Thanks Thank The This That Team Siri Alexa ChatGPT Claude Gemini Copilot Bard "
    "Google Python It Me Him Her Them Us Human Resources HR Management Sales Marketing Billing Accounts "
    "Accounting Service Services Office Operations Security Hello Hi Hey Yes No Yeah Ok Okay Sure Well".split()
)


# one capitalised word where a person stands: the subject of a verb people do, a person addressed
# ("Leif, can you…"), the owner of a relation ("Misty's daughter"); a name only if spelled like one
_PERSON_VERB = (
    r"is|was|has|had|will|would|can|could|said|says|told|asked|wants|needs|called|phoned|emailed|sent|"
    r"joined|left|lives|works|started|paid|owes|signed|booked|complained|reported|visited|missed"
)
_SINGLE = re.compile(
    rf"(?m)(?:^|(?<=[.!?:,]\s))({_CAP})(?=[ \t]+(?:{_PERSON_VERB})\b|,[ \t]+(?:can|could|would|will|please|do|did|are|have)\b)"
)
# the owner of a relation, found from "'s daughter" back to the word before it (faster than trying
# every capital letter forward)
_OWNER_OF = re.compile(rf"'s[ \t]+(?:{_RELATION})\b")
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


def candidates(text: str, shape: NameShape | None = None) -> Iterable[tuple[int, int, bool | None]]:
    """Spans that may be names, and whether each is personal by where it stands (True: a slot).
    None: a run of capitalised words no list knows, a name only if spelled like one (asked of the
    name-shape table only where the context is personal: it costs tens of microseconds a word).
    ``shape``: the table (the shipped one by default), read here only for slots whose words must
    look like a name (the writer's own, a "name" key's value)."""
    shape = shape or default_shape()
    lowered = text.lower()
    for slot, hints in _EN_SLOTS:
        if not any(h in lowered for h in hints):
            continue
        for m in slot.finditer(text):
            group = m.lastgroup
            assert group is not None
            value = m.group(group)
            if value.split()[0].strip(".") not in _NOT_IN_A_SLOT:
                yield m.start(group), m.end(group), True
    for m in _SUBJECT_AFTER.finditer(text):
        before = max(0, m.start() - 60)
        if subject := _SUBJECT.search(text, before, m.start()):
            yield subject.start(), subject.end(), True
    for m in _PERSON_AFTER.finditer(text):
        which = m.lastindex or 1
        if m.group(which).split()[0] not in _NOT_IN_A_SLOT:
            yield m.start(which), m.end(which), False
    for m in _PERSON_OF_A_RECORD.finditer(text):  # "a call from London" names a place
        which = m.lastindex or 1
        if m.group(which).split()[0] not in _NOT_IN_A_SLOT and like_a_name(m.group(which), shape):
            yield m.start(which), m.end(which), True
    for m in _SELF_INTRO.finditer(text):  # the writer's own name, when it looks like one
        name = m.group(1)
        yield (
            m.start(1),
            m.end(1),
            _given(name.split()[0]) or _spelled_like_names(name, shape),
        )
    for start, end in _role_names(text, lowered):  # a role says "a person": names need only look like some
        first = text[start:end].split()[0]
        if first not in _PUBLIC_TITLES and like_a_name(text[start:end], shape, in_a_record=True):
            yield start, end, False  # news says "resident Debbie Cash": personal by context
    for m in (
        *_THIS_IS.finditer(text),
        *_ITS.finditer(text),
    ):  # at work, a name no list holds too: "this is Quillon from accounts"
        first = m.group(1).split()[0]
        if first not in _NOT_IN_A_SLOT and (_given(first) or shape.probability(first) >= _UNLIKE_A_NAME):
            yield m.start(1), m.end(1), True
    for m in _NAME_LINE.finditer(text):  # not a department's line ("Human Resources")
        words = m.group(1).split()
        if words[0] not in _NOT_IN_A_SLOT and not any(w in _NOT_A_NAME_AFTER for w in words[1:]):
            yield m.start(1), m.end(1), False
    for m in _EN_TITLED.finditer(text):
        yield m.start(1), m.end(1), False
    for m in _EN_FULL_NAME.finditer(text):
        first, rest = m.group(1), m.group(2)
        words = rest.split()
        if any(w in _NOT_A_NAME_AFTER for w in words):  # Rowan Avenue Elementary, Grace Street Park
            continue
        if _given(first):
            yield m.start(), m.end(), False
        elif words:
            yield m.start(), m.end(), None
    for m in _RECORD_SLOTS.finditer(text):
        group = m.lastgroup
        assert group is not None
        value = m.group(group)
        if value.split()[0] in _NOT_IN_A_SLOT:
            continue
        # a "name" key holds a product's name as often as a person's: only a value spelled like one
        if group != "value" or _given(value.split()[0]) or _spelled_like_names(value, shape):
            yield m.start(group), m.end(group), True
    for m in _GIVE_TO.finditer(text):  # "Send Aigerim Nurlanovna the hotel confirmation"
        yield m.start(1), m.end(1), None
    for m in _SINGLE.finditer(text):
        yield m.start(1), m.end(1), None
    for m in _OWNER_OF.finditer(text):
        if owner := _OWNER.search(text, max(0, m.start() - 40), m.start()):
            yield owner.start(), owner.end(), None
    if _JAPANESE.search(text):  # every Japanese pattern below needs a kanji or katakana: skip them elsewhere
        yield from _japanese_candidates(text)


def _japanese_candidates(text: str) -> Iterable[tuple[int, int, bool | None]]:
    for m in _JA_SLOTS.finditer(text):
        group = m.lastgroup
        assert group is not None
        if m.group(group) not in _NOT_A_SLOT_VALUE:  # 宛名ラベル: the label's own noun, not its value
            yield m.start(group), m.end(group), True
    for m in _JA_TITLED.finditer(text):
        run = m.group(1)
        if (
            run not in _NOT_BEFORE_A_TITLE
            and run[-1] not in "部課室局係店社所副長役院校"
            and run[:2] not in _JA_FAMILY
        ):
            yield m.start(1), m.end(1), False
    for m in _JA_RELATION.finditer(text):
        which = 1 if m.group(1) else 2
        if m.group(which) in _JA_FAMILY:
            yield m.start(which), m.end(which), True
        elif (  # a given name after a family word (娘の結衣が), where the name-shape table is sure
            which == 2
            and text.endswith(_JA_KIN, 0, m.start(2) - 1)
            and m.group(2) not in _NOT_A_KIN_NAME
            and default_shape().probability(m.group(2)) >= _KIN_NAME_SHAPE
        ):
            yield m.start(2), m.end(2), True
    for m in _JA_RUN.finditer(text):
        head, tail = m.group(1), m.group(2)
        if m.end(1) != m.start(2):  # 佐藤 太郎: the space says where the family name ends
            titled = _ja_name(head, tail)
        else:
            whole = head + tail
            titled = next(
                (t for cut in (3, 2) if (t := _ja_name(whole[:cut], whole[cut:])) is not None), None
            )
        if titled is not None:
            yield m.start(), m.end(), titled
    for m in _JA_ANY_RUN.finditer(text):
        run = m.group(1)
        if run[:2] in _JA_FAMILY or run[:3] in _JA_FAMILY or "何" in run:  # _JA_RUN's
            continue
        if run.strip(_KANJI_NUMERALS + " \u3000"):  # 〇九〇の四四一二 is a number read aloud
            yield m.start(1), m.end(1), None
    marks = ("・", "＝", "様", "さん", "氏", "殿")  # what a katakana name needs beside it
    for m in _JA_FOREIGN_NAME.finditer(text) if any(c in text for c in marks) else ():
        if m.group(1):  # joined parts: a name when the first is a given name the list holds
            if m.group(1) in KATAKANA_GIVEN_NAMES:
                yield m.start(), m.end(), False
        elif m.group(3) not in _NOT_KATAKANA_NAMES:  # before an honorific: a slot
            yield m.start(3), m.end(3), True
    for m in _JA_KANA_NAME.finditer(text):
        if m.group(1) in _JA_FAMILY and not m.group(2).startswith(_NOT_KANA_NAMES):
            yield m.start(), m.end(), False


# -- whether the text around is personal -------------------------------------------------------

_PERSONAL_CONTEXT_PATTERN = (
    r"\b(?:customer|client|patient|employee|colleague|co-?worker|tenant|applicant|candidate|"
    r"contact details|phone|e-?mail|address|salary|hired|fired|job interview|appointment|follow up with|"
    r"meeting with|schedule|reply to|resume|CV|reference letter|recommendation letter|sick leave|"
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
    r"meeting notes|to follow up|new hire|get-well|visa)\b"
    r"|顧客|お客様|社員|従業員|職員|部下|上司|同僚|患者|担当|氏名|名前|応募者|候補者|契約者|会員|利用者|本人|"
    r"家族|友人|彼氏|恋人|取引先|連絡先|電話|住所|メール|生年月日|入社|退職|採用|面接|人事|"
    r"給与|病気|診断|休職|異動|昇進|宛|打ち合わせ|面談|返信|クレーム|問い合わせ|請求|\d+歳|出身|住んで|"
    r"所属|部署|在籍|勤務|社員番号|従業員番号|連絡し|推薦状|推薦書|紹介状|履歴書|ゼミ生|教え子|祖父|祖母|二重請求|号室"
)
# matched on the lowered window with a lowered pattern (no upper-case escape in it): case-insensitive
# matching costs twice as much, and this runs once per candidate name
_PERSONAL_CONTEXT = re.compile(_PERSONAL_CONTEXT_PATTERN.lower())
_PERSONAL_NEAR = 50  # characters either side of the name


def personal(text: str, start: int, end: int, anchors: Iterable[tuple[int, int]], words: bool = True) -> bool:
    """A name is personal data here when another personal detail (or, with ``words``, a personal
    word) is near it."""
    if any(s - _PERSONAL_NEAR * 2 <= end and e + _PERSONAL_NEAR * 2 >= start for s, e in anchors):
        return True
    if not words:
        return False
    window = text[max(0, start - _PERSONAL_NEAR) : end + _PERSONAL_NEAR]
    return _PERSONAL_CONTEXT.search(window.lower()) is not None


# a news report: people named in it are the news, not someone's records; only a contact detail or ID
# beside a name, or a slot, makes it personal there ("the 36-year-old", "employee", "salary" do not)
_REPORTING = re.compile(
    r"\b(?:said|says|told (?:reporters|the|CNN|BBC)|according to|spokes(?:man|woman|person)|reported|"
    r"officials?|police|(?:CNN|BBC|Reuters|AFP)\b)"
)
_NEWS_CUES = 3


def _news(text: str) -> bool:
    return sum(1 for _ in zip(range(_NEWS_CUES), _REPORTING.finditer(text), strict=False)) >= _NEWS_CUES


def plain_names(
    text: str,
    anchors: list[tuple[int, int]],
    recognised: Iterable[tuple[int, int]] = (),
    shape: NameShape | None = None,
) -> list[tuple[int, int]]:
    """Names in a personal context: slots always; names from the lists, or ``recognised`` by an
    optional recogniser (GiNZA), when the context is personal (in a news report, only a contact
    detail or an ID next to it makes it so)."""
    shape = shape or default_shape()
    found = [*candidates(text, shape), *((s, e, False) for s, e in recognised)]
    words = not (any(not slot for _, _, slot in found) and _news(text))
    return [
        (s, e)
        for s, e, slot in found
        if slot
        or (personal(text, s, e, anchors, words) and (slot is False or _spelled_like_names(text[s:e], shape)))
    ]


def name_spans(
    text: str, recognised: Iterable[tuple[int, int]] = (), shape: NameShape | None = None
) -> list[tuple[int, int]]:
    """Every span that may be a name, personal or not: the name recogniser alone, for measuring."""
    shape = shape or default_shape()
    return [
        (s, e)
        for s, e, slot in candidates(text, shape)
        if slot is not None or _spelled_like_names(text[s:e], shape)
    ] + list(recognised)
