"""Where a Japanese name may stand: runs beginning with a listed family name, slots only a person fills
(と申します, 宛先：, 氏名, 患者 …, the name line of a signature), a relation or a title beside a name
(部下の五十嵐が, 娘の結衣が, 東郷社長), and foreign names in katakana (マリア・ガルシア, ハーグリーブス様).

``japanese_candidates`` yields them in the shape ``names.candidates`` does: (start, end, slot).
"""

from __future__ import annotations

import re
from collections.abc import Iterable

from tekizai.signals.name_lists import (
    JA_KANA_GIVEN_NAMES,
    JA_NOT_A_GIVEN_NAME,
    JA_SURNAMES,
    KATAKANA_GIVEN_NAMES,
)
from tekizai.signals.name_shape import default_shape

# a run of kanji (or two runs split by a space) that begins with a common family name of two or three
# characters; one-character family names (林, 森, 原, 東) begin too many ordinary words to count here
_JA_FAMILY = frozenset(s for s in JA_SURNAMES if len(s) >= 2)
_JA_RUN = re.compile(
    r"(?<![\u4e00-\u9fff々])([\u4e00-\u9fff々]{2,3})[ \u3000]?([\u4e00-\u9fff々]{1,4})(?![\u4e00-\u9fff々])"
)
# any run of three to five kanji (or two or three, a space, one to three) standing alone before a
# particle, a bracket or punctuation: a full name no list knows (轟木隼人が…) when the name-shape
# table says so and the context is personal
_KANJI_NUMERALS = "〇一二三四五六七八九十百千万"
# last characters of words no full name ends with: a condition (白内障, 腱鞘炎), a treatment, a thing, a
# place or a body (not 山, 川, 島 or 内: three-kanji family names end in them)
_NEVER_ENDS_A_NAME = frozenset(
    "症障病炎癌腫術療薬剤科法性化的率量費料額式制版型機器物書品員者論業界類件票表案策点面側期週度円語会社部課室局省庁所館院駅線号"
    "家師手官党派折"  # a trade or a side (落語家, 医師, 歌手), no one's name
)
# everyday words the name-shape table takes for names (大丈夫 reads like 和夫)
_WORDS_LIKE_NAMES = frozenset("大丈夫 丈夫 工夫 一人一人 自分自身 皆様方".split())
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
    # a given name and a title after it (島田 圭介部長): the name, the title aside
    rest = next((rest[: -len(t)] for t in _JA_TITLES if rest.endswith(t) and len(rest) > len(t)), rest)
    if len(rest) <= 3 and rest[0] not in JA_NOT_A_GIVEN_NAME and rest[-1] not in JA_NOT_A_GIVEN_NAME:
        return False
    return None


# slots only a person fills in Japanese business writing, whatever the name: a self-introduction
# (営業部の鬼頭と申します, 株式会社ABCの轟木です), a label (宛先：, 差出人：), a name with its reading
# (轟木 隼人（とどろき はやと）), the name line that closes a mail (…お願いいたします。\n東雲 健)
KANJI_NAME = r"[\u4e00-\u9fff々]{1,4}(?:[ \u3000](?![様殿氏])[\u4e00-\u9fff々\u3041-\u3093]{1,4})?"
# a name in katakana, as a bank account's holder is written (名義 ハセガワ リョウ)
_KATAKANA_NAME = r"[\u30a1-\u30fa\u30fc]{2,8}(?:[ \u3000][\u30a1-\u30fa\u30fc]{1,8})?"
# a name in Latin letters, as a card's or an account's holder is written (名義 TAKASHI MORIOKA)
_ROMAJI_NAME = r"[A-Z][A-Za-z]+(?:[ \u3000][A-Z][A-Za-z]+){1,2}"
_JA_SLOTS = re.compile(
    rf"(?P<intro>{KANJI_NAME}|[\u4e00-\u9fff々]{{1,4}}[\u3041-\u3093\u30a1-\u30fa]{{2,4}})と申します"
    rf"|(?:株式|有限|合同)会社[^。、\n]{{0,20}}の(?P<of>{KANJI_NAME})(?:です|でございます)[。、\s]"
    # a caller naming their department after the greeting: お世話になっております。営業の霧島です
    # ("総務部の方針です" names no one: the greeting says a person speaks)
    rf"|(?:お世話になっております|お世話になります|お疲れ様です|もしもし)[。、]?[ \u3000]*"
    rf"(?:[^。、\n]{{0,12}}(?:営業|総務|人事|経理|広報|開発|企画|サポート|窓口|受付|[部課室]))の(?P<dept>[\u4e00-\u9fff々]{{2,4}})"
    rf"(?:です|でございます)[。、\s」]"
    rf"|(?:宛先|宛名|差出人|送信者|送り主|お名前|申請者|依頼者|受取人|契約者|患者名|社員名|作成者|記入者|"
    rf"報告者|担当者名|連絡者|口座名義人?|名義人?|顧客名|会員名|利用者名|従業員名|受講者名|購入者|注文者|申込者|相談者|"
    rf"被保険者|保護者|緊急連絡先|候補者|応募者|面接者|受験者)[ \u3000]*[:：]?[ \u3000]*"
    rf"(?P<label>{KANJI_NAME}|{_KATAKANA_NAME}|{_ROMAJI_NAME})(?![\u4e00-\u9fff\u30a1-\u30faA-Za-z])"
    # 氏名 names the form's field too (氏名欄, 氏名を記入): a name follows it only after a colon or space
    rf"|氏[ \u3000]?名(?:[ \u3000]*[:：][ \u3000]*|[ \u3000]+)(?P<named>{KANJI_NAME}|{_KATAKANA_NAME})(?![\u4e00-\u9fff\u30a1-\u30fa])"
    rf"|(?P<reading>[\u4e00-\u9fff々]{{1,4}}[ \u3000][\u4e00-\u9fff々]{{1,4}})[（(][\u3041-\u3093]+[ \u3000][\u3041-\u3093]+[）)]"
    rf"|(?:お願い(?:いた)?します|お願い申し上げます|以上)[。.]?[ \u3000]*\n[ \u3000]*"
    rf"(?P<signature>[\u4e00-\u9fff々]{{1,4}}[ \u3000][\u4e00-\u9fff々\u3041-\u3093]{{1,4}})[ \u3000]*(?:\n|$)"
    # the name line under a company or department line, as a signature block ends
    rf"|(?:会社|部|課|室|グループ|チーム|事業所|支店)[^\n]{{0,20}}\n[ \u3000]*"
    rf"(?P<signature2>[\u4e00-\u9fff々]{{1,4}}[ \u3000][\u4e00-\u9fff々\u3041-\u3093]{{1,4}})[ \u3000]*(?:\n|$)"
    # or on the department line itself, closing it (営業部　大河内 澪)
    rf"|(?:部|課|室|グループ|チーム|支店)[ \u3000]+"
    rf"(?P<signature3>[\u4e00-\u9fff々]{{1,4}}[ \u3000][\u4e00-\u9fff々\u3041-\u3093]{{1,4}})[ \u3000]*(?:\n|$|(?=[、,，（(]))"
    # the person a notice or a review is about, a department maybe before (対象者：営業二課 桐生 拓真);
    # a two-part name only, for 対象者：全社員 names no one
    rf"|(?:対象者|対象|評価対象者|被評価者|当該社員|本人|面談者)[ \u3000]*[:：][ \u3000]*"
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
    # a foreign name in katakana after a role and は: 申請者はグエン・ヴァン・ナムです
    rf"|(?:申請者|依頼者|契約者|患者|氏名|名前|お名前|担当者|本人|私)は[ \u3000]*"
    rf"(?P<foreign>[\u30a1-\u30fa\u30fc]{{2,8}}(?:[・＝ \u3000][\u30a1-\u30fa\u30fc]{{1,8}}){{1,3}})(?=です|と申します|[。、]|$)"
    # a full name in brackets after a nickname or an honorific (ゆうとくん（鷲尾 悠斗）, 田中様（田中 一郎）)
    rf"|(?:くん|ちゃん|さん|様)[（(](?P<aka>[\u4e00-\u9fff々]{{1,4}}[ \u3000]?[\u4e00-\u9fff々\u3041-\u3093]{{1,4}})[）)]"
    # the writer giving their full name: 申請者は私、仙石 玲奈です (a two-part name: 私は学生です names no one)
    rf"|私[はも、,][ \u3000]*(?P<me>[\u4e00-\u9fff々]{{1,4}}[ \u3000][\u4e00-\u9fff々\u3041-\u3093]{{1,4}})(?:です|と申します)"
    # a message opening with who writes it after what they come about: 「内見希望の蓮見です。」, 予約の件の本田です、
    rf"|(?:^|[「\n])[^」。\n]{{0,12}}(?:希望|担当|予約|申込|応募|件|係)の(?P<about>[\u4e00-\u9fff々]{{2,3}})です[。、]"
    # a chat message opening with who writes it: 「佐久間です。すみません…」
    rf"|「(?P<opening>[\u4e00-\u9fff々]{{2,4}})です[。、]"
    # one name after a role word with a number in brackets after it (お客様 塩見（090-…）)
    rf"|(?:お客様|顧客|取引先|相談者|患者|担当)[ \u3000]+(?P<bracketed>[\u4e00-\u9fff々]{{1,4}})(?=[（(][0-9+])"
)
_JA_KIN = ("娘", "息子", "妻", "夫", "母", "父", "兄", "姉", "弟", "妹", "祖母", "祖父", "孫")
# a child's or a young relative's given name of one kanji after the relation (いとこの蒼が, 娘の凛は):
# written for this project, not the ones that are common words too (愛, 海, 空, 光, 希, 大)
_ONE_KANJI_GIVEN = frozenset(
    "蒼 凛 陽 葵 翔 湊 蓮 樹 律 颯 悠 碧 暖 柚 澪 楓 椿 茜 雫 紬 杏 結 咲 渚 遥 萌 彩 薫 翼 亮 隼 駿 凪 絢 栞 雅 輝 匠 航 陸 晴 環 響 奏 碧".split()
)
_JA_KIN_ONE = re.compile(
    r"(?:息子|娘|いとこ|従兄弟|従姉妹|甥|姪|孫|弟|妹|兄|姉|夫|妻)の([\u4e00-\u9fff])(?=[がはもにと、]|って|から)"
)
# what follows 娘の as often as a name does, and the table might take for one
_NOT_A_KIN_NAME = frozenset(
    "友達 友人 彼氏 彼女 先生 担任 学校 会社 部屋 宿題 部活 職場 上司 同僚 病院 主治医 実家".split()
)
_KIN_NAME_SHAPE = 0.8
_JA_THREE_SHAPE = 0.6
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
    r"(?:(?:部|課|室|店|局|係|センター|チーム|総務|経理|人事|営業|法務|広報|財務|企画|開発|購買|物流|庶務|秘書)の"
    r"([\u4e00-\u9fff]{2,3})(?=です|でございます))|"
    r"(?:部下|上司|同僚|同期|後輩|先輩|友人|友達|夫|妻|主人|息子|娘|父|母|兄|姉|弟|妹|祖父|祖母|担当|顧客|患者|社員|新人|"
    r"派遣社員|アルバイト|パート|部長|課長|係長|社長|主任|弊社|当社|御社|貴社|うち)の"
    r"([\u4e00-\u9fff々]{2,3}?(?:[ \u3000][\u4e00-\u9fff々]{1,3})?)"
    r"(?=[がはをにのとも、]|から|(?:部長|課長|係長|次長|主任|社長|先生|さん|氏)[^\u4e00-\u9fff])"
)


_RELATION_TITLES = ("部長", "課長", "係長", "次長", "主任", "社長", "先生", "さん", "氏")
# a listed family name alone before a particle, as colleagues write of each other (佐久間は来月末で退職,
# 人事面談：佐々木（営業2課）から異動希望): a name, personal only in a personal context; not where
# the family name is also a place's or a firm's (千葉は, 鈴木の新車)
_JA_BARE = re.compile(
    r"(?:^|(?<=[「『、。：:\s（(・]))([\u4e00-\u9fff々]{2,3})"
    r"(?=(?:[（(][^）)\n]{1,12}[）)])?(?:は|が|から|も|より|へ|と(?:の|は|一緒)|の(?:給料|給与|評価|査定|体調|病気|入院|退職|異動|休職)))"
)
# a given name in hiragana, as friends write each other (たくやは禁酒中, ゆうこちゃんが入院): personal by context
_KANA_TO_KATAKANA = str.maketrans({chr(c): chr(c + 0x60) for c in range(0x3041, 0x3097)})
# the same names in katakana, as a chat writes a friend's (ケンジは昨日クビになった)
_KATAKANA_GIVEN_NAMES = frozenset(n.translate(_KANA_TO_KATAKANA) for n in JA_KANA_GIVEN_NAMES) | frozenset(
    "ケンジ アキラ ヒロシ タケシ ユウタ ショウタ ダイキ リョウ ユウキ タクヤ マサト ユミ アヤ エミ マキ ユカ".split()
)
_JA_KATAKANA_GIVEN = re.compile(
    r"(?<![\u30a1-\u30fa\u30fc・])([\u30a1-\u30fa\u30fc]{2,5})(?=は|が|も|から|と|に|って)"
)
# given names that are words too (あかり 明かり, ひかり 光, そら 空): names only after a relation (妹のあかりが)
_KANA_NAMES_AFTER_KIN = JA_KANA_GIVEN_NAMES | frozenset(
    "あかり ひかり はるか かおり ゆかり みなみ そら ひまり あおい さくら まい なな あい めい".split()
)
_JA_KANA_GIVEN = re.compile(
    r"(?<![\u3041-\u3093\u30a1-\u30fa\u4e00-\u9fff])([\u3041-\u3093]{2,5}?)(?:ちゃん|くん|君)?"
    r"(?=は|が|も|から|と|に|の|って|、|です[。、！!\s])"
)
# a given name in kana after a friend or a relation (友達のけんたが, 元カレのりょうたから, ママ友のあやかちゃん)
_JA_KANA_OF = re.compile(
    r"(?:友達|友人|彼氏|彼女|元カレ|元カノ|ママ友|パパ友|同僚|元同僚|同期|先輩|後輩|息子|娘|弟|妹|兄|姉|夫|妻|旦那|嫁|子ども|子供|孫|いとこ)の"
    r"([\u3041-\u3093]{2,5}?)(?:ちゃん|くん|君|さん)?(?=は|が|も|から|と|に|の|って|、)"
)
# a listed family name, or a listed given name in kana, signing a quoted message (…休ませてください。小林」,
# …手術することになったんだ。みき」)
_JA_SIGNED = re.compile(r"(?<=[。！!\s])([\u4e00-\u9fff々]{2,3}|[\u3041-\u3093]{2,5})(?=」|$)")
# a parent signing with their child's name (…休ませます。陽翔の母), or a relative set off by a comma
# (うちの息子、大翔は発達障害): a given name where the name-shape table is sure
_JA_CHILD_OF = re.compile(
    r"(?<=[。！!\s「、])([\u4e00-\u9fff々]{1,3}|[\u3041-\u3093]{2,4})の(?:母|父|ママ|パパ|祖母|祖父)(?=」|$|\s)"
    r"|(?:息子|娘|長男|長女|次男|次女|夫|妻|主人|旦那)[、,]\s?([\u4e00-\u9fff々]{1,3})(?=は|が|も|の|に|、)"
)
# a relative's name on a form, after the relation (扶養家族：長男 大輝, 配偶者 美咲)
_JA_KIN_LABEL = re.compile(
    r"(?:長男|長女|次男|次女|三男|三女|配偶者|妻|夫|息子|娘)[ \u3000]*[:：]?[ \u3000]+"
    r"([\u4e00-\u9fff々]{1,3})(?=[）)、。,，\s]|$)"
)
_JA_BRACKETED = re.compile(
    r"[（(]([\u4e00-\u9fff々]{2,3})[）)]|(?:(?<=[「：:])|(?<=[部課室]の))([\u4e00-\u9fff々]{2,3})(?=[、。」がは]|$)"
    # a colleague by their department's short name: 総務の松浦が, 営業の菅原は
    r"|(?<=総務の|営業の|経理の|人事の|開発の|広報の|企画の|法務の|購買の|物流の|製造の|品質の)([\u4e00-\u9fff々]{2,3})(?=[がはもに、])"
)
_PLACES_AND_FIRMS = frozenset(
    "宮城 福島 千葉 石川 福井 長野 山口 香川 福岡 宮崎 川崎 本田 鈴木 豊田 松下 三井 安田 上野 渋谷 大塚 中野 船橋 "
    "町田 藤沢 鎌倉 高松 松山 松本 岡崎 明石 和泉 福山 別府 三菱 住友 日立".split()
)


# a chat export's speakers, heading their lines (芹沢: 明日のデモ… / 小柳: 私は…): a name when listed, or
# when it speaks again after another has (a form's labels head their lines once each: 日時: …, 目的: …);
# personal by context
_SPEAKER = re.compile(
    r"(?m)^[ \u3000]*([\u4e00-\u9fff]{2,3})(?:[ \u3000][\u4e00-\u9fff]{1,3})?[ \u3000]*[:：]"
)


def _speakers(text: str) -> Iterable[tuple[int, int, bool | None]]:
    lines = list(_SPEAKER.finditer(text))
    turns = [m.group(1) for m in lines]
    dialogue = len(set(turns)) >= 2 and len(turns) > len(set(turns))
    for m in lines:
        who = m.group(1)
        if who in _JA_FAMILY or (dialogue and turns.count(who) >= 2 and who[-1] not in _NEVER_ENDS_A_NAME):
            yield m.start(1), m.end(1), False


def _family_name_runs(text: str) -> Iterable[tuple[int, int, bool | None]]:
    """Runs of kanji that begin with a listed family name (佐藤太郎, 佐藤 太郎, 東郷社長); after a run
    that is none, read again from its second part (経理部 高田 誠: the department is no name)."""
    at = 0
    while m := _JA_RUN.search(text, at):
        at = m.end()
        head, tail = m.group(1), m.group(2)
        if m.end(1) != m.start(2):  # 佐藤 太郎: the space says where the family name ends
            titled, family = _ja_name(head, tail), len(head)
        else:
            whole = head + tail
            titled, family = next(
                ((t, cut) for cut in (3, 2) if (t := _ja_name(whole[:cut], whole[cut:])) is not None),
                (None, 0),
            )
        parts = (text[m.start() : m.start() + family], text[m.start() + family : m.end()].strip())
        if all(part in _PLACES_AND_FIRMS for part in parts):  # 三井住友: two firms' names, a bank's
            continue
        if titled:  # 東郷社長: the name, not the title
            yield m.start(), m.start() + family, True
        elif titled is not None:  # the name, a title after it aside (島田 圭介部長)
            end = m.end() - next(
                (len(t) for t in _JA_TITLES if m.group(2).endswith(t) and m.group(2) != t), 0
            )
            yield m.start(), end, False
        elif m.end(1) != m.start(2):  # 経理部 高田 誠: a department before a name, read again from the name
            at = m.start(2)


def japanese_candidates(text: str) -> Iterable[tuple[int, int, bool | None]]:
    if "\n" in text and (":" in text or "：" in text):
        yield from _speakers(text)
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
        # a listed family name, or any name a title follows (上司の真鍋課長へ)
        if m.group(which).split()[0] in _JA_FAMILY or text.startswith(_RELATION_TITLES, m.end(which)):
            yield m.start(which), m.end(which), True
        elif (  # a given name after a family word (娘の結衣が), where the name-shape table is sure
            which == 2
            and text.endswith(_JA_KIN, 0, m.start(2) - 1)
            and m.group(2) not in _NOT_A_KIN_NAME
            and default_shape().probability(m.group(2)) >= _KIN_NAME_SHAPE
        ):
            yield m.start(2), m.end(2), True
        elif (  # a three-kanji family name no list holds (部下の真行寺から), where the table leans to a name
            which == 2
            and len(m.group(2)) == 3
            and m.group(2)[-1] not in _NEVER_ENDS_A_NAME
            and default_shape().probability(m.group(2)) >= _JA_THREE_SHAPE
        ):
            yield m.start(2), m.end(2), True
    for m in _JA_KIN_ONE.finditer(text):
        if m.group(1) in _ONE_KANJI_GIVEN:
            yield m.start(1), m.end(1), True
    for m in _JA_KIN_LABEL.finditer(text):
        if m.group(1) not in _NOT_A_KIN_NAME and default_shape().probability(m.group(1)) >= _KIN_NAME_SHAPE:
            yield m.start(1), m.end(1), True
    for m in _JA_KATAKANA_GIVEN.finditer(text):
        if m.group(1) in _KATAKANA_GIVEN_NAMES:
            yield m.start(1), m.end(1), False
    for m in _JA_KANA_OF.finditer(text):
        if m.group(1) in _KANA_NAMES_AFTER_KIN:
            yield m.start(1), m.end(1), False
    for m in _JA_SIGNED.finditer(text):
        if m.group(1) in _JA_FAMILY or m.group(1) in JA_KANA_GIVEN_NAMES:
            yield m.start(1), m.end(1), False
    for m in _JA_CHILD_OF.finditer(text):
        which = 1 if m.group(1) else 2
        name = m.group(which)
        if name in JA_KANA_GIVEN_NAMES or (
            name not in _NOT_A_KIN_NAME and default_shape().probability(name) >= _KIN_NAME_SHAPE
        ):
            yield m.start(which), m.end(which), True
    for m in _JA_KANA_GIVEN.finditer(text):
        if m.group(1) in JA_KANA_GIVEN_NAMES:
            yield m.start(1), m.end(1), False
    for m in _JA_BRACKETED.finditer(text):  # …（佐藤）, 「小島、最近…: a listed family name set apart
        which = m.lastindex or 1
        if m.group(which) in _JA_FAMILY:
            yield m.start(which), m.end(which), False
    for m in _JA_BARE.finditer(text):
        if m.group(1) in _JA_FAMILY and m.group(1) not in _PLACES_AND_FIRMS:
            yield m.start(1), m.end(1), False
    yield from _family_name_runs(text)
    for m in _JA_ANY_RUN.finditer(text):
        run = m.group(1)
        if run[:2] in _JA_FAMILY or run[:3] in _JA_FAMILY or "何" in run:  # _JA_RUN's
            continue
        if run[-1] in _NEVER_ENDS_A_NAME or run in _WORDS_LIKE_NAMES:
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
