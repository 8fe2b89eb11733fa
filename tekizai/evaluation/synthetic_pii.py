"""Synthetic prompts carrying personal data, secrets and confidential markings, with their kinds.

Seeded and self-contained (no public data is copied in): values are generated to be valid where a
checksum exists (My Number check digit, Luhn, IBAN mod 97) and written the ways people type them:
full-width digits, kanji numerals, spaces or hyphens inside numbers. Used to measure recall per kind
and, through a real gateway, to check that none of them reaches a non-local model.
"""

from __future__ import annotations

import random
from collections.abc import Iterator
from dataclasses import dataclass

from tekizai.signals.sensitivity import my_number_valid


@dataclass(frozen=True)
class Sample:
    text: str
    kind: str
    language: str


def _digits(r: random.Random, n: int) -> str:
    return "".join(str(r.randint(0, 9)) for _ in range(n))


def my_number(r: random.Random) -> str:
    while True:
        body = _digits(r, 11)
        for check in "0123456789":
            if my_number_valid(body + check):
                return body + check


def luhn_card(r: random.Random) -> str:
    prefix = r.choice(["4", "51", "52", "53", "54", "55", "35", "37"])
    length = 15 if prefix == "37" else 16
    body = prefix + _digits(r, length - len(prefix) - 1)
    for check in "0123456789":
        total = 0
        for i, ch in enumerate(reversed(body + check)):
            d = int(ch) * (2 if i % 2 else 1)
            total += d - 9 if d > 9 else d
        if total % 10 == 0:
            return body + check
    raise AssertionError("unreachable")


def iban(r: random.Random) -> str:
    bban = _digits(r, 18)
    check = 98 - int("".join(str(int(c, 36)) for c in bban + "DE00")) % 97
    return f"DE{check:02d}{bban}"


def _variant(r: random.Random, digits: str, groups: list[int]) -> str:
    """One of the ways people type a number: plain, grouped, full-width, kanji."""
    parts, i = [], 0
    for g in groups:
        parts.append(digits[i : i + g])
        i += g
    style = r.choice(["plain", "hyphen", "space", "fullwidth", "fullwidth_hyphen", "kanji"])
    if style == "plain":
        return digits
    if style == "hyphen":
        return "-".join(parts)
    if style == "space":
        return " ".join(parts)
    if style == "fullwidth":
        return digits.translate({ord(c): chr(ord(c) + 0xFEE0) for c in "0123456789"})
    if style == "fullwidth_hyphen":
        return "－".join(parts).translate({ord(c): chr(ord(c) + 0xFEE0) for c in "0123456789"})
    return "-".join(parts).translate({ord(c): "〇一二三四五六七八九"[int(c)] for c in "0123456789"})


_SURNAMES = ["佐藤", "鈴木", "高橋", "田中", "伊藤", "渡辺", "山本", "中村", "小林", "加藤", "吉田", "山田"]
_GIVEN = ["太郎", "花子", "一郎", "美咲", "健太", "陽子", "翔", "さくら"]
_EN_NAMES = ["John Smith", "Emily Johnson", "Michael Brown", "Sarah Davis", "David Wilson", "Laura Martinez"]


def _templates(r: random.Random) -> list[Sample]:
    name_ja = r.choice(_SURNAMES) + r.choice(_GIVEN)
    name_en = r.choice(_EN_NAMES)
    mobile = r.choice(["090", "080", "070"]) + _digits(r, 8)
    landline = "03" + _digits(r, 8)
    card = luhn_card(r)
    return [
        Sample(
            f"私の個人番号は{_variant(r, my_number(r), [4, 4, 4])}です。手続きの書類を作ってください。",
            "my_number",
            "ja",
        ),
        Sample(f"マイナンバー {_variant(r, my_number(r), [4, 4, 4])} を登録したいです", "my_number", "ja"),
        Sample(
            f"Please update my record, my Individual Number is {_variant(r, my_number(r), [4, 4, 4])}.",
            "my_number",
            "en",
        ),
        Sample(
            f"携帯番号は{_variant(r, mobile, [3, 4, 4])}です。折り返し連絡をお願いします。",
            "phone_number",
            "ja",
        ),
        Sample(f"会社の電話 {_variant(r, landline, [2, 4, 4])} までお電話ください", "phone_number", "ja"),
        Sample(
            f"You can reach me at +81 {mobile[1:3]} {mobile[3:7]} {mobile[7:]} after six.",
            "phone_number",
            "en",
        ),
        Sample(f"Call me on ({_digits(r, 3)}) 555-{_digits(r, 4)} tomorrow.", "phone_number", "en"),
        Sample(
            f"このカード {_variant(r, card, [4, 4, 4, len(card) - 12])} で支払えますか", "payment_card", "ja"
        ),
        Sample(
            f"My card number is {_variant(r, card, [4, 4, 4, len(card) - 12])}, expiry 04/29.",
            "payment_card",
            "en",
        ),
        Sample(
            f"連絡は {r.choice(['taro', 'hanako', 'k.sato'])}{_digits(r, 2)}@example.co.jp へ",
            "email_address",
            "ja",
        ),
        Sample(
            f"Send the invoice to {name_en.split()[0].lower()}.{_digits(r, 3)}@mail.example.com please",
            "email_address",
            "en",
        ),
        Sample(f"振込先は三井住友銀行 渋谷支店 普通 {_digits(r, 7)} です", "bank_account", "ja"),
        Sample(f"Wire it to IBAN {iban(r)} by Friday.", "bank_account", "en"),
        Sample(
            f"パスポート番号 {r.choice(['TK', 'TR', 'MZ'])}{_digits(r, 7)} で予約して",
            "passport_number",
            "ja",
        ),
        Sample(f"My passport number is {r.choice(['TK', 'XR'])}{_digits(r, 7)}.", "passport_number", "en"),
        Sample(f"運転免許証番号 {_digits(r, 12)} の更新手続き", "driving_licence", "ja"),
        # national identifiers other than My Number: a US SSN, a British NI number, a Japanese pension
        # number, a residence card number
        Sample(
            f"{r.choice(['My SSN is', 'SSN:', 'Social Security number'])} {r.randint(1, 665):03d}-{r.randint(1, 99):02d}-{r.randint(1, 9999):04d}",
            "national_id",
            "en",
        ),
        Sample(
            f"My National Insurance number is {r.choice(['AB', 'JG', 'SN', 'TW'])} {_digits(r, 2)} {_digits(r, 2)} {_digits(r, 2)} {r.choice('ABCD')}",
            "national_id",
            "en",
        ),
        Sample(f"基礎年金番号 {_digits(r, 4)}-{_digits(r, 6)} の照会方法を知りたい", "national_id", "ja"),
        Sample(
            f"在留カード番号 {r.choice(['AB', 'UC', 'XK'])}{_digits(r, 8)}{r.choice(['CD', 'JA', 'ZZ'])} の期限を確認して",
            "national_id",
            "ja",
        ),
        Sample(
            f"生年月日は{r.randint(1950, 2005)}年{r.randint(1, 12)}月{r.randint(1, 28)}日です",
            "date_of_birth",
            "ja",
        ),
        Sample(
            f"My date of birth is {r.randint(1, 12)}/{r.randint(1, 28)}/{r.randint(1950, 2005)}.",
            "date_of_birth",
            "en",
        ),
        Sample(
            f"住所は〒{_digits(r, 3)}-{_digits(r, 4)} 東京都世田谷区桜丘{r.randint(1, 5)}-{r.randint(1, 30)}-{r.randint(1, 20)}です",
            "postal_address",
            "ja",
        ),
        Sample(f"Ship it to {r.randint(10, 9999)} Maple Street, Springfield.", "postal_address", "en"),
        Sample(f"{name_ja[:2]}さんの今期の人事評価をまとめてください", "person_name", "ja"),
        Sample(f"担当：{name_ja}", "person_name", "ja"),
        Sample(f"My name is {name_en} and I need help with my account.", "person_name", "en"),
        Sample(
            f"Use this key: sk-proj-{''.join(r.choice('abcdefghijkLMNOP0123456789') for _ in range(32))}",
            "secret",
            "en",
        ),
        Sample(
            f"AWS key AKIA{''.join(r.choice('ABCDEFGHIJKLMNOPQRSTUVWXYZ234567') for _ in range(16))} を設定したい",
            "secret",
            "ja",
        ),
        Sample(
            f"DBは postgres://app:{_digits(r, 6)}pw@10.0.0.{r.randint(2, 250)}:5432/prod に接続",
            "secret",
            "ja",
        ),
        Sample(f"パスワードは Kx{_digits(r, 4)}!q です。ログインできません", "secret", "ja"),
        Sample(f"my password is Blue{_digits(r, 4)}horse, why can't I log in?", "secret", "en"),
        Sample(
            "-----BEGIN OPENSSH PRIVATE KEY-----\nb3BlbnNzaC1rZXktdjEAAAAA\n-----END OPENSSH PRIVATE KEY-----",
            "secret",
            "en",
        ),
        Sample(f"{name_ja[:2]}さんはうつ病で通院しているので、配慮した業務分担を考えて", "health_info", "ja"),
        Sample(f"{name_en} was diagnosed with diabetes; draft a note to his manager.", "health_info", "en"),
        Sample("I was diagnosed with depression last month. How do I tell my team?", "health_info", "en"),
        Sample(f"{name_ja}の人事評価と減給の理由をまとめて", "hr_info", "ja"),
        Sample(
            f"Write a warning letter to Mr. {name_en.split()[1]} before his disciplinary hearing.",
            "hr_info",
            "en",
        ),
        Sample(f"【社外秘】{r.randint(2025, 2027)}年度 新製品の価格表を要約して", "confidential", "ja"),
        Sample(f"極秘：{r.choice(['買収計画', '人員削減案', '決算速報'])}について", "confidential", "ja"),
        Sample("CONFIDENTIAL\nQ3 board deck: summarise the revenue section.", "confidential", "en"),
        Sample(
            "[Internal Only] draft of the reorganisation memo; tighten the wording.".replace(
                "Internal Only", "INTERNAL ONLY"
            ),
            "confidential",
            "en",
        ),
    ]


def generate(count_per_template: int = 3, seed: int = 20261123) -> Iterator[Sample]:
    """``count_per_template`` samples of each template, deterministic for a seed."""
    r = random.Random(seed)
    for _ in range(count_per_template):
        yield from _templates(r)


#: prompts *about* sensitive things that carry none: must not count as sensitive
ABOUT_SENSITIVE = [
    "マイナンバーのチェックディジットの計算方法を説明してください",
    "電話番号にマッチする正規表現を書いてください",
    "Write a function that validates credit card numbers with the Luhn algorithm.",
    "What is an IBAN and how is its check digit computed?",
    "社外秘の文書はどのように管理すべきですか？",
    "How should a company store customer passwords securely?",
    "パスポートの更新にはどんな書類が必要ですか",
    "この商品は12,800円です。税込価格を計算して",
    "注文番号 20231115-0042 の配送状況を確認する手順は？",
    "ISBN 978-4-06-519981-7 の本のあらすじを教えて",
    "A 45-year-old patient presents with chest pain. What is the differential diagnosis?",
    "2024年3月15日の会議の議事録テンプレートを作って",
]
