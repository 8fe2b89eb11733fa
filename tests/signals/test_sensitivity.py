"""Sensitivity: every kind found, typing variants included; ordinary numbers and questions about
sensitive things are not; spans mask exactly the value."""

from __future__ import annotations

import json
from collections import Counter
from pathlib import Path

import pytest

from tekizai.evaluation.synthetic_pii import ABOUT_SENSITIVE, generate, iban, luhn_card, my_number
from tekizai.signals.sensitivity import SensitivityDetector, iban_valid, luhn_valid, mask, my_number_valid
from tests.conftest import SHARED_DATA

DETECTOR = SensitivityDetector(["Project Falcon", "山田商事"])


def test_checksums() -> None:
    assert my_number_valid("123456789018")  # check digit 8 for body 12345678901
    assert not my_number_valid("123456789012")
    assert luhn_valid("4111111111111111") and not luhn_valid("4111111111111112")
    assert iban_valid("DE89 3704 0044 0532 0130 00") and not iban_valid("DE88 3704 0044 0532 0130 00")
    import random

    r = random.Random(7)
    assert all(my_number_valid(my_number(r)) for _ in range(50))
    assert all(luhn_valid(luhn_card(r)) for _ in range(50))
    assert all(iban_valid(iban(r)) for _ in range(50))


@pytest.mark.parametrize(
    ("text", "kind", "value"),
    [
        ("携帯は０９０－１２３４－５６７８です", "phone_number", "０９０－１２３４－５６７８"),
        ("〇九〇-一二三四-五六七八に電話して", "phone_number", "〇九〇-一二三四-五六七八"),
        ("電話 0312345678 まで", "phone_number", "0312345678"),
        ("マイナンバー：１２３４５６７８９０１８", "my_number", "１２３４５６７８９０１８"),
        ("個人番号 1234 5678 9018 を記入", "my_number", "1234 5678 9018"),
        ("カード番号 4111-1111-1111-1111", "payment_card", "4111-1111-1111-1111"),
        ("連絡先 taro.yamada@example.co.jp", "email_address", "taro.yamada@example.co.jp"),
        ("振込先: 普通 1234567", "bank_account", "1234567"),
        ("パスポート番号 TK1234567", "passport_number", "TK1234567"),
        ("生年月日 1985年4月12日", "date_of_birth", "1985年4月12日"),
        ("【社外秘】来期の価格改定案", "confidential", "社外秘"),
        ("田中さんの評価について", "person_name", "田中"),
        (
            "key=sk-proj-abcdefghijklmnopqrstuvwxyz123456",
            "secret",
            "sk-proj-abcdefghijklmnopqrstuvwxyz123456",
        ),
        ("パスワードは Tr0ub4dor&3 です", "secret", "Tr0ub4dor&3"),
        ("Project Falcon の進捗", "operator_term", "Project Falcon"),
        ("Pay with my Maestro card 630427373398 please", "payment_card", "630427373398"),
        ("JCB card number 213176828496175", "payment_card", "213176828496175"),
        ("Personal Info:\nPhone:\n60-56-85-91\n", "phone_number", "60-56-85-91"),
        ("Desk: (898)666-3621", "phone_number", "(898)666-3621"),
        ("Mobile: 0688 843 79 56", "phone_number", "0688 843 79 56"),
        # names typed plainly, in a personal context
        ("顧客の松本健一から電話があった件", "person_name", "松本健一"),
        ("加藤さくらの人事評価と減給の理由", "person_name", "加藤さくら"),
        ("山口部長に来週の面談を依頼する", "person_name", "山口"),  # the name, not its title
        ("佐藤花子は営業部に所属しています", "person_name", "佐藤花子"),
        ("Please follow up with Emily Johnson about her account", "person_name", "Emily Johnson"),
        ("It's under my partner's name John A. Leiva", "person_name", "John A. Leiva"),
        ("Hi Wojciech,\nthe contract is attached.", "person_name", "Wojciech"),
        ("name:    hyuuma t. maida\naddress: unit 4", "person_name", "hyuuma t. maida"),
        ("Thanks for the help.\nBest regards,\nAnna Kowalska\n", "person_name", "Anna Kowalska"),
        ("Write to Ms. Nakamura about her sick leave", "person_name", "Nakamura"),
        # addresses outside Japan and the US, and postal codes by their label
        ("Our office: Rooseveltlaan 110, Utrecht", "postal_address", "Rooseveltlaan 110"),
        ("meet me at 6138 Via Roma 131 tomorrow", "postal_address", "6138 Via Roma 131"),
        ("He lives on 33 avenue de Provence", "postal_address", "33 avenue de Provence"),
        ("Ship it to 42 Maple Street, Apt 7", "postal_address", "42 Maple Street, Apt 7"),
        ("My zip code is 76400", "postal_address", "76400"),
        ("ZIP: 7412 SL", "postal_address", "7412 SL"),
        ("Thomas Berg\nPSC 6477, Box 2981\nAPO AE 83700", "postal_address", "PSC 6477, Box 2981"),
        ("Ann Holm\n4844 Søndergade 52\nApt. 656\nBrønderslev\nDenmark 35018", "postal_address", "35018"),
        ("Mr. Nowak is a 22 year old man who grew up in Gdańsk.", "person_name", "Nowak"),
        # an address block: the line over a unit line is the street line, whatever the street is called;
        # a bare postcode line closes the block
        ("Kari Lund\n5521 Skogvei 14\nApt. 12\nTromsø\nNorway 9010", "postal_address", "5521 Skogvei 14"),
        ("Billing address: Ana Ruiz\n  77 Kalnu 9 Suite 3\n  Riga\n  1050", "postal_address", "1050"),
        ("The shuttle drops you off at 4410 Kirkeveien 27 St.", "postal_address", "4410 Kirkeveien 27"),
        ("What's your name? Pauline Geisler", "person_name", "Pauline Geisler"),
        ("They're not answering at 78 651 450", "phone_number", "78 651 450"),
        ("Jan Nowak | 781 1704 office | 555 0199 fax", "phone_number", "781 1704"),
        # the writer's own name, names after verbs that take a person, accents aside
        ("I'm Sanna Virtanen, originally from Oulu, and I'm 29 y/o.", "person_name", "Sanna Virtanen"),
        ("Please add Tomasz Wrona as a beneficiary on my policy", "person_name", "Tomasz Wrona"),
        ("My name is misspelled on the card, change it to Inês Carvalho", "person_name", "Inês Carvalho"),
        ("Can you follow up with Okafor tomorrow about the refund?", "person_name", "Okafor"),
        ("Éva Kovács works at our Budapest branch", "person_name", "Éva Kovács"),
        ("please ask ms. Brandt to call the customer back", "person_name", "Brandt"),
        ("Please ask Chidinma Eze to send her payslip", "person_name", "Chidinma Eze"),
        ("Booking under Haraldsen for two, 8pm", "person_name", "Haraldsen"),
        ("Contact person: Liu Yang\nTel: +44 20 7946 0958", "person_name", "Liu Yang"),
        # Japanese business writing: self-introductions, labels, readings, the closing name line
        ("経理部の鬼頭と申します。請求書の件でご連絡しました。", "person_name", "鬼頭"),
        ("お世話になっております。株式会社サンプルの轟木です。", "person_name", "轟木"),
        ("差出人：勅使河原 美咲", "person_name", "勅使河原 美咲"),
        ("轟木 隼人（とどろき はやと）の住所を変更してください", "person_name", "轟木 隼人"),
        ("部下の五十嵐が来月から休職します", "person_name", "五十嵐"),
        ("以上、よろしくお願いいたします。\n東雲 健", "person_name", "東雲 健"),
        # form labels and the space business writing puts before 様; the span is the name alone
        ("氏名：轟木隼人\n住所：東京都港区芝公園4-2-8", "person_name", "轟木隼人"),
        ("顧客名：鬼頭 美咲", "person_name", "鬼頭 美咲"),
        ("申込者 轟木隼人 様", "person_name", "轟木隼人"),
        ("名前は轟木です", "person_name", "轟木"),
        # values typed as people type them: grouped licence numbers, any issuer's card after "cc",
        # an IBAN in lower case where it is called one
        ("my driving licence number is 4410-27-8836", "driving_licence", "4410-27-8836"),
        ("please refund cc 503802053770 today", "payment_card", "503802053770"),
        ("my iban is de89370400440532013000", "bank_account", "de89370400440532013000"),
        # the postcode line that closes an address block, in the forms of several countries
        ("Ship to: Ewa Kowalska\nul. Długa 5 Apt. 3\nGdańsk\n80-827", "postal_address", "80-827"),
        ("Deliver to:\n12 Birch Lane Suite 4\nHalifax\nNS\nB3H 4R2", "postal_address", "B3H 4R2"),
        ("Kari Nordmann\nStorgata 12 Apt. 4\nBERGEN Hordaland 5003", "postal_address", "5003"),
        # foreign names as Japanese writes them: katakana parts joined by ・, or one before an honorific
        ("お客様のマリア・ガルシアさんから返品の問い合わせがありました", "person_name", "マリア・ガルシア"),
        ("ハーグリーブス様の電話番号を確認してください", "person_name", "ハーグリーブス"),
        # session 6's fresh set 4: a katakana account holder, a sort code before the account number
        ("振込先：普通 4829173 名義 ハセガワ リョウ", "person_name", "ハセガワ リョウ"),
        ("my account number is 40-12-77 31926584", "bank_account", "40-12-77 31926584"),
        ("社外秘　来期の値上げ計画（案）", "confidential", "社外秘"),
        # session 7's fresh set 5: a secret in an environment variable, a phone read aloud in kanji
        # numerals, a name closing the department line of a signature, the subject of a notice,
        # a katakana name after 氏名
        (
            "export AWS_SECRET_ACCESS_KEY=wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY",
            "secret",
            "wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY",
        ),
        ('db_password: "x7Gq9LmP2vRt"', "secret", "x7Gq9LmP2vRt"),
        ("電話は〇九〇の四四一二の八八三〇です", "phone_number", "〇九〇の四四一二の八八三〇"),
        ("株式会社ミナト物流\n営業部　大河内 澪\nTEL 03-5412-7788", "person_name", "大河内 澪"),
        ("対象者：営業二課 桐生 拓真、理由：経費の不正請求", "person_name", "桐生 拓真"),
        ("氏名 ナカムラ ヒカル でチェックイン", "person_name", "ナカムラ ヒカル"),
        # session 7's fresh set 6: a mail header's display name, a table's columns, a role before a
        # name, a British postcode closing a street of any name, a webhook, an era-abbreviated birth date
        ("From: Hollis Brandvold <hb@fjordline.no>\nSubject: wrong size", "person_name", "Hollis Brandvold"),
        ("name,dob,city\nSiobhan Carraway,1990-07-21,Leeds", "date_of_birth", "1990-07-21"),
        ("name,dob,city\nSiobhan Carraway,1990-07-21,Leeds", "person_name", "Siobhan Carraway"),
        ("氏名\t電話番号\n佐藤 一郎\t03-1234-5678", "person_name", "佐藤 一郎"),
        (
            "Tenant Marisol Quintanilla at 14 Harbour View, Whitby YO21 3PU is behind on rent",
            "postal_address",
            "14 Harbour View, Whitby YO21 3PU",
        ),
        ("Tenant Marisol Quintanilla is two months behind on rent", "person_name", "Marisol Quintanilla"),
        ("Hi, this is Quillon from accounts - can you call me back?", "person_name", "Quillon"),
        ("カルテ要約：患者 早乙女 恵子、72歳、心不全で再入院", "person_name", "早乙女 恵子"),
        ("被告人 鳳 健吾 の弁論要旨", "person_name", "鳳 健吾"),
        ("宛名は大鷹 咲", "person_name", "大鷹 咲"),
        ("生年月日 S63.11.2 の人", "date_of_birth", "S63.11.2"),
        # national identifiers besides My Number, where they are named; a US routing number
        ("Here's my SSN: 460-89-9847", "national_id", "460-89-9847"),
        ("My National Insurance number is AB 30 34 80 A", "national_id", "AB 30 34 80 A"),
        ("基礎年金番号 1234-567890 の照会", "national_id", "1234-567890"),
        ("在留カード番号 XK39404689CD の期限", "national_id", "XK39404689CD"),
        ("routing number 021000021 account 123456789", "bank_account", "021000021 account 123456789"),
        # session 7's fresh set 7: one name before a bracketed number, a name known by its title, a
        # birth date with 生まれ after it, a claim from someone, the person a reference is about
        ("・お客様 塩見（090-2233-4455）から再度の問い合わせ", "person_name", "塩見"),
        ("取引先の東郷社長の携帯 080-5566-7788 に", "person_name", "東郷"),
        ("新入社員 松永 晴（平成14年3月8日生まれ）", "date_of_birth", "平成14年3月8日"),
        ("Expense claim from Søren Kierulf, card ending 4417 - taxi 42 EUR.", "person_name", "Søren Kierulf"),
        ("I have managed Delphine Marchetti for three years.", "person_name", "Delphine Marchetti"),
        ("bank account 40-47-84 70872490, payee R. Pryce", "bank_account", "40-47-84 70872490"),
        # session 7's fresh set 8: who wrote a quoted message, an OCR'd form with spaced letters, a
        # result row with a name and a birth date, numbers read aloud, a caller saying who they are
        (
            "> On Mon, Fenella Drummond-Hay wrote:\n> my new mobile is 07700 900 982",
            "person_name",
            "Fenella Drummond-Hay",
        ),
        ("氏 名 : 宇佐美 航 平\n電 話 : 0 4 5 - 8 8 1 - 2 3 0 9", "phone_number", "0 4 5 - 8 8 1 - 2 3 0 9"),
        ("住 所 : 横浜市中区山下町1丁目", "postal_address", "横浜市中区山下町1丁目"),
        ("-- result: 88 | Ottoline Fairbanks | 1961-02-17 | COPD", "date_of_birth", "1961-02-17"),
        ("-- result: 88 | Ottoline Fairbanks | 1961-02-17 | COPD", "person_name", "Ottoline Fairbanks"),
        (
            "Turn this CSV row into a sentence: Oyelowo,Temitope,1988-03-14,Lagos",
            "date_of_birth",
            "1988-03-14",
        ),
        (
            "call me back on oh seven seven zero zero nine double zero one two three",
            "phone_number",
            "oh seven seven zero zero nine double zero one two three",
        ),
        (
            "電話番号は、ゼロキューゼロの、いちにさんよんの、ごろくななはち です",
            "phone_number",
            "ゼロキューゼロの、いちにさんよんの、ごろくななはち ",
        ),
        ("Hey, it's Lorcan. My token stopped working.", "person_name", "Lorcan"),
        ("Slack DM from Teodora: fyi I've been signed off with burnout", "person_name", "Teodora"),
        ("部下の面談メモ：妹尾、最近眠れていないとのこと", "person_name", "妹尾"),
        ("人事考課：北條 綾乃、評価B、昇給なし", "hr_info", "人事考課"),
        ("社外秘につき取り扱い注意：次期基幹システムの見積比較表", "confidential", "社外秘"),
        (
            "免許証の番号、第１２３４５６７８９０１２号って入力すると",
            "driving_licence",
            "１２３４５６７８９０１２",
        ),
        ("妻の真理子がインフルエンザで寝込んでいます", "health_info", "インフルエンザ"),
        ("LINEの転送：\n【母】明日の通院、9時だからね", "health_info", "通院"),
        # session 7's fresh set 9: a given name after a family word, a caller naming their department,
        # a title before a name, an NI number in its printed grouping, a record row split by semicolons
        ("この問い合わせに返信して：「娘の結衣が御社のアプリで誤って課金しました」", "person_name", "結衣"),
        ("「お世話になっております。営業の霧島です。先日の件でお電話しました」", "person_name", "霧島"),
        (
            "Pls tell Coach Brennan I'm out of Saturday's match, my physio says rest.",
            "person_name",
            "Brennan",
        ),
        ("Here's my NI number for the payroll form: JG 10 37 22 B", "national_id", "JG 10 37 22 B"),
        (
            "Data export row: 'Bettina Grünwald;1972-04-09;Hamburg;Type 2 diabetes'",
            "date_of_birth",
            "1972-04-09",
        ),
        ("Remind me to call Auntie Folake about her MRI results tomorrow.", "health_info", "MRI"),
        # session 7's fresh set 10: a postcode alone on its line, allergies, a temperature, head lice,
        # bereavement leave, a test-data row with an e-mail, a chat opening with who writes it
        ("Agent: And the postcode?\nCustomer: LS6 2QT", "postal_address", "LS6 2QT"),
        ("name Gunnhild Sæther, allergies: penicillin, meds: warfarin", "health_info", "allergies"),
        ("Hi, it's Dervla, my little one Finn has a temperature of 39", "health_info", "has a temperature"),
        (
            "Zuzanna Kowalczyk in class 4B has head lice, please check at home.",
            "person_name",
            "Zuzanna Kowalczyk",
        ),
        ("Team update: Caoimhe is out on bereavement leave until Monday.", "hr_info", "bereavement leave"),
        (
            "test data: 'Hermione Okonjo-Whitfield', 'hermione.ow@proton.me', '+44 20 7946 0958'",
            "person_name",
            "Hermione Okonjo-Whitfield",
        ),
        (
            "社内チャット：「佐久間です。すみません、子どもが発熱したので今日は在宅にします」",
            "person_name",
            "佐久間",
        ),
        ("DL# K123-456-789-012 for the rental form", "driving_licence", "K123-456-789-012"),
        # session 8: a British licence number unlabelled, a Japanese one as the card prints it, a passport
        # read by OCR, its name fields, the writer opening a message, someone one employs
        ("Licence: OKAFO807213C99TR | Points: 3", "driving_licence", "OKAFO807213C99TR"),
        ("運転免許証の番号を確認して：第 301203456780 号", "driving_licence", "301203456780"),
        ("PASSPORT NO  4 8 1 9 2 7 7 3 0  SURNAME  ACHTERBERG", "passport_number", "4 8 1 9 2 7 7 3 0"),
        ("PASSPORT NO  4 8 1 9 2 7 7 3 0  SURNAME  ACHTERBERG", "person_name", "ACHTERBERG"),
        ("Hiya, Ottilie here from number 12 - the gutter is leaking again.", "person_name", "Ottilie"),
        ("Thank our carer Dagny for staying late when Dad had a fall.", "person_name", "Dagny"),
        (
            "Draft a reply: 'Wenceslao, your sick notes are fine, HR just needs the dates.'",
            "person_name",
            "Wenceslao",
        ),
        ("はじめまして、相楽みのりと申します。", "person_name", "相楽みのり"),
        ("部下の件で、上司の真鍋課長に相談したい", "person_name", "真鍋"),
        # a SQL INSERT's columns say what its values are; a sort code and account unlabelled; a child in
        # kana with くん and their full name in brackets; a name no rule saw before "whose father"
        (
            "INSERT INTO members (name, dob, email) VALUES ('Fenwick Ossory', '1971-05-30', 'fo@example.org');",
            "person_name",
            "Fenwick Ossory",
        ),
        (
            "INSERT INTO members (name, dob) VALUES ('Fenwick Ossory', '1971-05-30');",
            "date_of_birth",
            "1971-05-30",
        ),
        ("Refund to 20-45-77 63019842 please", "bank_account", "20-45-77 63019842"),
        ("連絡帳：ひなたちゃん（綿貫 陽向）は今朝から咳が出ています", "person_name", "綿貫 陽向"),
        ("連絡帳：ひなたちゃんは今朝から咳が出ています", "person_name", "ひなた"),
        ("Write a card to Odalys, whose mother passed away last week.", "person_name", "Odalys"),
        ("Notes: spoke w/ Ansgar Thorvik today, wants 110k.", "person_name", "Ansgar Thorvik"),
        ("健康診断の結果、部下の雪村が要再検査になった", "person_name", "雪村"),
        # set 14: a password typed straight after its word; someone thanked, welcomed or congratulated;
        # a baby by role; a birthday without its year; the insured on a claim
        ("Username jkowalczyk, password Wiosna2026!, can you see why?", "secret", "Wiosna2026!"),
        ("'Sorry Kit, I didn't know your dad passed.'", "person_name", "Kit"),
        ("Congratulations Mirela and Tobiasz on the new house!", "person_name", "Mirela and Tobiasz"),
        ("Card text: welcome baby Ines, born 18 Nov at 4:12am!", "date_of_birth", "18 Nov"),
        ("Claim: insured Fintan Mulcahy, incident: whiplash", "person_name", "Fintan Mulcahy"),
        # set 15: a text that says it is confidential, a list item opening with someone, a message signed
        # with a dash, a postcode closing a line after a comma, an NHS number (its check digit verified)
        ("Rewrite this. This matter is strictly confidential.", "confidential", "confidential"),
        (
            "Notes:\n- Priscilla out next week (jury service)\n- Budget review moved",
            "person_name",
            "Priscilla",
        ),
        (
            "Big news, I've been made redundant! DM me if you're hiring. - Ruairí Brennan",
            "person_name",
            "Ruairí Brennan",
        ),
        ("Customer: Yes it's Tadhg Ó Súilleabháin, BT9 6AZ", "postal_address", "BT9 6AZ"),
        ("His school wants his NHS number: 485 777 3457.", "health_info", "485 777 3457"),
        # set 16: someone in brackets after their role, a self-introduction and a birth date in Spanish,
        # a variable named for a password whatever its value, 「…の蓮見です」, a message to someone
        ("Therapist's note: 'Client (J. Okwuosa) reports improved mood'", "person_name", "J. Okwuosa"),
        (
            "Mi nombre es Rosalía Quispe Mamani, nací el 4 de abril de 1995.",
            "person_name",
            "Rosalía Quispe Mamani",
        ),
        (
            "Mi nombre es Rosalía Quispe Mamani, nací el 4 de abril de 1995.",
            "date_of_birth",
            "4 de abril de 1995",
        ),
        ("SMTP_USER=alerts\nSMTP_PASS=h7Kq!29vLpXe", "secret", "h7Kq!29vLpXe"),
        ("不動産会社への返信：「内見希望の蓮見です。希望は2LDKです。」", "person_name", "蓮見"),
        ("Write a sympathetic text to Thaddeus: his wife just had a miscarriage.", "person_name", "Thaddeus"),
        # set 17: a pupil by school year, a password file's line, 対象： before a name
        ("Parents' evening: Seraphine (Y4) - reading well", "person_name", "Seraphine"),
        ("db.internal:5432:payroll:svc_payroll:Zq8!vTn4#Lm2", "secret", "Zq8!vTn4#Lm2"),
        ("面談記録：「対象：開発部 羽生 蒼、主訴：不眠と動悸」", "person_name", "羽生 蒼"),
        # set 18: more vendors' secrets, a password shown near its word, a sentence that says "not to be
        # disclosed", an order about someone's job, a three-kanji name after 部下の, a katakana name after
        # は, a health insurance card's 記号 and 番号 written apart from its name
        (
            "Stripe webhook secret in the logs: whsec_8fK2LmQx7TzR4vNa9WcY3bHs6JdEe0Ug",
            "secret",
            "whsec_8fK2LmQx7TzR4vNa9WcY3bHs6JdEe0Ug",
        ),
        ("このパスワードは安全？ Tokyo2020! を使っています", "secret", "Tokyo2020!"),
        (
            "Agreed to pay £2,400. Not to be disclosed externally.",
            "confidential",
            "Not to be disclosed externally",
        ),
        ("Rewrite: 'Sack Lachlan. He's been stealing from the till.'", "person_name", "Lachlan"),
        ("部下の真行寺から育休の相談があった", "person_name", "真行寺"),
        ("申請者はグエン・ヴァン・ナムです。", "person_name", "グエン・ヴァン・ナム"),
        (
            "保険証の記号・番号を入力する欄がわからない。記号 1234 番号 56789 です。",
            "national_id",
            "1234 番号 56789",
        ),
        # set 19: a welcome to a full name, a status for someone, a quoted "Confidential -" marking
        ("Teams post: 'Welcome Ngaire Te Rangi, our new payroll officer'", "person_name", "Ngaire Te Rangi"),
        ("Slack status for Ines: 'Out today - my son's hospital appointment'", "person_name", "Ines"),
        (
            "Make this shorter: 'Confidential - do not forward. The board agreed it.'",
            "confidential",
            "Confidential",
        ),
        # set 20: a complaint against someone, "its NAME in flat 2", a hyphenated API key header
        ("Summary: complaint against Niall Brogan upheld.", "person_name", "Niall Brogan"),
        ("'hiya its Dmitri in flat 2, my partner is in hospital'", "person_name", "Dmitri"),
        (
            "401 with this header: x-api-key: 3f9c1e7a5b2d4086a1c3e5f7b9d2a4c6",
            "secret",
            "3f9c1e7a5b2d4086a1c3e5f7b9d2a4c6",
        ),
        # set 22: a contraction or a relative after a name, a config's short password key, a text
        # calling itself confidential
        ("'Heads up - Dmitri's been put on garden leave'", "person_name", "Dmitri"),
        ("'Evander's mum rang, he's been admitted overnight with chest pains'", "health_info", "chest pains"),
        ("smtp:\n  user: reports\n  pass: Wr3nch!Harbour88", "secret", "Wr3nch!Harbour88"),
        ("社外秘の資料です。来期の値上げ計画をまとめて", "confidential", "社外秘"),
        # a record's "(born …)" says what happened to someone, no encyclopaedia's lead
        ("Linda Hayden (born 19 January 1953) was admitted on 3 May.", "date_of_birth", "19 January 1953"),
        # set 40: people named where no form puts them: after "according to", "it's about", "pray for",
        # "lunch for", "asking", "met with both", "apparently", "told me"
        (
            "'According to Tamara, Victor's been drinking again and missed two shifts.'",
            "hr_info",
            "missed two shifts",
        ),
        (
            "'It's about Bronagh - she fainted at the bus stop and they've taken her to the Royal.'",
            "person_name",
            "Bronagh",
        ),
        ("'Pray for Fidelma, she starts radiotherapy on Monday.'", "person_name", "Fidelma"),
        (
            "'HR met with both Radomir and Kestrel about the fight; both got final warnings.'",
            "hr_info",
            "final warnings",
        ),
        ("'Apparently Torvald was let go for fiddling his expenses.'", "person_name", "Torvald"),
        (
            "'Nobody told me Evangeline had been signed off for a month.'",
            "health_info",
            "signed off for a month",
        ),
        ("'Lunch for Anatole - his last day before he moves to the Paris team'", "person_name", "Anatole"),
        ("'Please stop asking Rosalba about her weight loss, it's medical.'", "person_name", "Rosalba"),
        (
            "'Whoever gave Hamish the sack should have read his contract first.'",
            "hr_info",
            "gave Hamish the sack",
        ),
        # set 39: light duties, a word's "'s" (her cancer's back), a weak immune system, someone's drinking,
        # maternity pay, back part-time, 在宅勤務, 営業部の伊東が, he'll be off Friday, a request's owner, a
        # label after a quote, a leave column
        (
            "'Darragh, the doctor's letter says you can't lift anything heavy, so you're on light duties.'",
            "hr_info",
            "light duties",
        ),
        (
            "'hiya, its nell, my mam's just been told her cancer's back, i need a few days'",
            "health_info",
            "cancer",
        ),
        (
            "'Heads up that Siddharth will be working from home - his immune system is weak after the transplant.'",
            "person_name",
            "Siddharth",
        ),
        (
            "'Gabriela's drinking is affecting her work, she came in hungover twice this week.'",
            "hr_info",
            "affecting her work",
        ),
        (
            "人事への報告：「営業部の伊東が、子どもの入院に付き添うため、来週1週間休暇を取ります」",
            "person_name",
            "伊東",
        ),
        (
            "'Caius is having a vasectomy on Friday so he'll be off Friday and Monday.'",
            "hr_info",
            "he'll be off Friday",
        ),
        (
            "Format: 'Employee: Mihail Popescu | Leave: 14-25 Jul | Type: compassionate'",
            "person_name",
            "Mihail Popescu",
        ),
        # set 38: HR as people phrase it: fewer days, a counter-offer, a promotion, a bonus withheld, a tax
        # code, part-time hours, a pension, flexible working, 定年退職, 再雇用, 出向 after 営業の, 任命, 転職
        (
            "'Ottilie has asked to reduce to four days a week after her return'",
            "hr_info",
            "reduce to four days a week",
        ),
        ("'Reuben is leaving for a competitor; counter-offer of 10% was declined.'", "person_name", "Reuben"),
        (
            "'Augustin's bonus has been withheld pending the outcome of the investigation.'",
            "person_name",
            "Augustin",
        ),
        (
            "my tax code changed to BR and my take home went down by £300. I'm Colm Doherty",
            "hr_info",
            "tax code",
        ),
        (
            "Write a message to the team: Kamala is moving to part-time hours from January",
            "person_name",
            "Kamala",
        ),
        (
            "社内向けに短く：「総務の松浦が今月末で定年退職、来月から再雇用で週3日勤務」",
            "person_name",
            "松浦",
        ),
        ("英語にして：「営業の菅原は、来年度から名古屋支社へ出向になります」", "person_name", "菅原"),
        ("「大西 聡 殿　貴殿を令和8年12月1日付で課長に任命する。」", "hr_info", "任命する"),
        ("このLINEに返事を：「さとし、転職決まった！年収100万アップ！」", "person_name", "さとし"),
        (
            "'Benedetta - agreed flexible working: compressed hours, 4x9, Wednesday off.'",
            "hr_info",
            "flexible working",
        ),
        # set 37: a formula's name, clinical and HR abbreviations, 申し送り, 退職金, a log's user, a kana name
        # before a comma, うつで, an application unsuccessful, an investigation into conduct, a name with
        # its role in brackets
        ('Fix this Excel formula: =IF(B2="Ofelia Marquez","on PIP","")', "hr_info", "on PIP"),
        ("'Pt Gustavo Reyes, 61M, T2DM, HTN, SOB on exertion, BP 162/98'", "health_info", "T2DM"),
        (
            "'Following the TUPE transfer, Mr Duncan Farquhar's role has been redeployed'",
            "hr_info",
            "redeployed",
        ),
        ("「2F 東病棟 205号 石井 正男 様、夜間不穏あり。せん妄の可能性。」", "health_info", "せん妄"),
        ("勤続22年、基本給42万円、会社都合退職。対象者は経理部の坂本。", "person_name", "坂本"),
        (
            "'2026-11-23 10:15:02 WARN user=h.nakamura login, mfa code sent to +81 90-5512-8893'",
            "person_name",
            "h.nakamura",
        ),
        ("「りなちゃん、今日はお昼寝のあとに吐いてしまいました。」", "person_name", "りな"),
        ("「西川さん、今日うつで病院行くって言ってたから会議は欠席です」", "health_info", "うつで"),
        (
            "'Dear Mr. Fujita, your application for the manager position has been unsuccessful.'",
            "hr_info",
            "application for the manager position has been unsuccessful",
        ),
        (
            "'CONFIDENTIAL - HR: investigation into Ms Catriona Mackie's conduct is ongoing'",
            "hr_info",
            "investigation into Ms Catriona Mackie's conduct",
        ),
        ("'Tessa (reception) has a latex allergy - please use the nitrile gloves.'", "person_name", "Tessa"),
        # set 36: she'll be off, orthodontist, a visa that expires, missed stand-ups, a base salary, a
        # family name set apart at a memo's head, 眠れず, a title typed small, 社外秘の件です, has MS
        (
            "Draft a short condolence email to Ingrid - her father died on Saturday and she'll be off this week.",
            "hr_info",
            "she'll be off this",
        ),
        (
            "'Hi Oksana, your visa expires on 31 Jan - we can't keep employing you without it.'",
            "hr_info",
            "your visa expires",
        ),
        (
            "'Cedric, you've missed the last three stand-ups, this needs to stop or it goes to HR.'",
            "person_name",
            "Cedric",
        ),
        (
            "Anneliese Brandt - base €64,000 - bonus 8%; Joost de Wit - base €58,500 - bonus 5%",
            "hr_info",
            "base €64,000",
        ),
        ("「小島、最近ミスが多い。本人いわく、夜眠れず食欲もない。」", "person_name", "小島"),
        ("'pls call mr tanaka back on 080 3412 7789 abt his prescription'", "person_name", "tanaka"),
        ("社外秘の件です。来年4月に大阪工場を閉鎖し", "confidential", "社外秘"),
        ("my sister just got told she has MS and she's only 29", "health_info", "has MS"),
        # set 35: the typing the issue names: a family name in brackets after a phone, an era date in
        # kanji numerals, digits apart, a card scanned with double spaces, a year in words, a spaced
        # sort code, a message signed after "Thanks,"
        ("携帯：０８０ー１２３４ー５６７８（佐藤）に連絡するよう伝えて", "person_name", "佐藤"),
        ("生年月日：昭和五十二年七月十五日、氏名：大塚 麻衣", "date_of_birth", "昭和五十二年七月十五日"),
        ("口座番号は 7 7 2 1 0 4 5 です（三井住友 本店営業部 普通）", "bank_account", "7 7 2 1 0 4 5"),
        (
            "Card: 5 1 0 5  1 0 5 1  0 5 1 0  5 0 0 1, exp 11/27",
            "payment_card",
            "5 1 0 5  1 0 5 1  0 5 1 0  5 0 0 1",
        ),
        (
            "DOB 3rd of March, nineteen eighty-four - Name: Brigid Fallon",
            "date_of_birth",
            "3rd of March, nineteen eighty-four",
        ),
        (
            "Sort code 40 47 84, account 7092 5126 - please send the deposit there. Thanks, Niamh",
            "bank_account",
            "40 47 84, account 7092 5126",
        ),
        (
            "Sort code 40 47 84, account 7092 5126 - please send the deposit there. Thanks, Niamh",
            "person_name",
            "Niamh",
        ),
        # set 34: a 々 family name after a relation with the given name, a katakana given name, a name
        # that is a word after a relation, let go, happy retirement, a GP note, an absence covered
        (
            "「新人の佐々木 悠斗は、研修中に倒れて救急搬送された。原因は過労とみられる。」",
            "person_name",
            "佐々木 悠斗",
        ),
        ("「ケンジは昨日クビになった。理由は遅刻が多すぎたかららしい」", "person_name", "ケンジ"),
        ("「妹のあかりが拒食症で入院しています」", "person_name", "あかり"),
        (
            "'Hi, its Gethin, my wifes in labour at the Royal Gwent, wont be in today'",
            "health_info",
            "wifes in labour",
        ),
        (
            "'We've had to let Marisol go - repeated lateness after two written warnings.'",
            "hr_info",
            "had to let Marisol go",
        ),
        ("'Jonas Weber - sick 4/11, 5/11; GP note received'", "health_info", "GP note"),
        (
            "'Dear Ms Van der Berg, we confirm receipt of your doctor's note covering your absence from 3 to 14 November.'",
            "hr_info",
            "your absence from",
        ),
        # a story for someone real is still about them
        (
            "Write a short story for my son Leo about his stay in hospital after his appendix operation.",
            "person_name",
            "Leo",
        ),
        # set 33: attendance dropped, a current salary in k, a manager bullying, a UTR, 契約を打ち切られ,
        # a two-kana given name
        (
            "Elodie Marchand (Year 8): her attendance has dropped to 84% since her mum's illness",
            "hr_info",
            "attendance has dropped",
        ),
        ("'Candidate Ignacio Ferreyra wants 20% more than his current 68k'", "hr_info", "current 68k"),
        ("'Hi Morwenna, your UTR is 12345 67890, please don't share it.'", "national_id", "12345 67890"),
        ("依頼人の松下 恵美さんは、妊娠を報告した直後に契約を打ち切られた", "hr_info", "契約を打ち切"),
        ("「ゆいは昨日から中耳炎で耳鼻科に通っています。」", "person_name", "ゆい"),
        # set 32: a name before a title, health reasons and stepping down in Japanese, an op, a PIP, a
        # postcode closing a sentence, an injury sustained, a German postcard, a log's names, a chat
        # export's handles
        (
            "なお、営業本部の島田 圭介部長は、健康上の理由により12月31日付で退任いたします。",
            "person_name",
            "島田 圭介",
        ),
        (
            "なお、営業本部の島田 圭介部長は、健康上の理由により12月31日付で退任いたします。",
            "hr_info",
            "退任",
        ),
        (
            "From: Dev lead\n> Fine by me. Also FYI Henrik is off for his gallbladder op next week.",
            "health_info",
            "gallbladder op",
        ),
        (
            "- Beatrix Holm: 5 yrs, strong ML, currently on a PIP at her current job",
            "hr_info",
            "currently on a PIP",
        ),
        ("Agent: Thanks Mr Abernathy, and the postcode?\nCustomer: EH3 9DR.", "postal_address", "EH3 9DR"),
        ("the IP (Mr G. Tsvetkov) sustained a laceration to the left hand", "health_info", "laceration"),
        ("'Liebe Oma Hildegard, Papa ist seit Montag im Krankenhaus'", "health_info", "Krankenhaus"),
        (
            "- 02:10 disk full on db-2 (Arvid)\n- 03:45 Arvid handed over to Nkem, feeling unwell",
            "person_name",
            "Arvid",
        ),
        (
            "#general\nmaria.k: anyone seen the readers?\njon.b: yes\nmaria.k: I'll be out, root canal",
            "person_name",
            "maria.k",
        ),
        # set 31: other countries' IDs and bank details, a state's licence, a name on a card, titles in
        # other languages, wages
        (
            "Name Brodie McAllister, BSB 062-000, Account 12345678, TFN 123 456 782",
            "national_id",
            "123 456 782",
        ),
        (
            "Name Brodie McAllister, BSB 062-000, Account 12345678",
            "bank_account",
            "062-000, Account 12345678",
        ),
        ("'Guest: Herr Matthias Brenner, Reisepass Nr. C01X00T47'", "passport_number", "C01X00T47"),
        ("'Guest: Herr Matthias Brenner, Reisepass Nr. C01X00T47'", "person_name", "Matthias Brenner"),
        ("Our driver's California licence is D1234567", "driving_licence", "D1234567"),
        ("exp 04/29, name on card M J OYELARAN", "person_name", "M J OYELARAN"),
        ("Personnummer: 19850412-1234", "national_id", "19850412-1234"),
        ("codice fiscale FRRGLI85M41H501Z", "national_id", "FRRGLI85M41H501Z"),
        ("CPF 123.456.789-09, agência 0001, conta 12345-6", "national_id", "123.456.789-09"),
        ("Mi DNI es 12345678Z y vivo en Madrid", "national_id", "12345678Z"),
        ("PESEL 44051401359, ul. Długa 12/4", "national_id", "44051401359"),
        # set 43: a date of birth said in words or under a "birthday" key, a relative typed small before a name
        (
            "'Hi this is Orla Brannigan, my date of birth is the fourth of May eighty-eight'",
            "date_of_birth",
            "fourth of May eighty-eight",
        ),
        ("user:\n  name: Beatriz Salgado\n  birthday: 1990-11-23", "date_of_birth", "1990-11-23"),
        ("'Mum's scan came back clear!! Tell auntie Rosa and uncle Beppe x'", "person_name", "Beppe"),
        # set 41: Ireland's PPS number named, and the IDs of other countries by their own check or shape
        # set 42: a department before a bare family name, a one-kanji given name after a relation, a
        # holder in Latin capitals, a login told as "user … / pass …"
        ("整えて：「総務の宮内です。来月から時短勤務になります。」", "person_name", "宮内"),
        ("「いとこの蒼が先月から入院してて、来週手術なんだ」", "person_name", "蒼"),
        ("4532 0198 7654 3215、有効期限 08/28、名義 TAKASHI MORIOKA", "person_name", "TAKASHI MORIOKA"),
        ("the portal login: user akemi.sato / pass Hydrangea77!", "secret", "Hydrangea77!"),
        ("Saoirse Brennan (PPS 7654321WA) starts on the 3rd", "national_id", "7654321WA"),
        ("her number is 1234567T, keep it safe", "national_id", "1234567T"),
        ("身份证号：11010519491231002X，请核对", "national_id", "11010519491231002X"),
        ("HKID A123456(3) on the tenancy form", "national_id", "A123456(3)"),
        ("身分證字號 A123456789 請保密", "national_id", "A123456789"),
        ("henkilötunnus 131052-308T", "national_id", "131052-308T"),
        ("주민등록번호 900307-1234567 입니다", "national_id", "900307-1234567"),
        ("BSN 1112.22.333 voor de aanvraag", "national_id", "1112.22.333"),
        ("CPR-nr. 070761-4285", "national_id", "070761-4285"),
        ("fødselsnummer 01129955131", "national_id", "01129955131"),
        ("employee Darnell Okafor, SSN 078-05-1120, wages $64,200", "hr_info", "wages $64,200"),
        # set 30: a parent signing with the child's name, a relative set off by a comma, a department
        # before a full name, a kana signature, health reasons, early retirement, an attendance policy
        ("「今日は様子を見て休ませます。陽翔の母」", "person_name", "陽翔"),
        ("「うちの息子、大翔は発達障害の診断を受けていて」", "person_name", "大翔"),
        ("「令和8年12月1日付で、経理部 高田 誠を大阪支社へ転勤とする。」", "person_name", "高田 誠"),
        ("「実は子宮筋腫が見つかって手術することになったんだ。みき」", "person_name", "みき"),
        (
            "'The CFO, Helena Marchetti, is stepping down for health reasons'",
            "health_info",
            "for health reasons",
        ),
        (
            "'Following his second heart attack, Bernard has decided to take early retirement'",
            "hr_info",
            "early retirement",
        ),
        ("'Mr Adeyemi, your absence rate this year is 11%'", "hr_info", "absence rate"),
        ("'As you know, Gunnar has been struggling with alcohol'", "person_name", "Gunnar"),
        (
            "「派遣スタッフの今村様ですが、契約を12月末で終了とさせていただきたく」",
            "hr_info",
            "契約を12月末で終了",
        ),
        ("義母が認知症っぽくて…病院に連れて行きたい", "health_info", "認知症"),
        # set 29: an Azure key, an OCR'd form's spaced date, an NHS number as an ID too, a Singapore row
        (
            "AccountName=tekizaidata;AccountKey=q8Zr4Xm2Lp9Vt7Nw1Bs6Kd3Hf0Gj5Ya8Ce2Ui7Oo4Pq1Rs9Tu3Vw6Xy0Za2==",
            "secret",
            "AccountKey=q8Zr4Xm2Lp9Vt7Nw1Bs6Kd3Hf0Gj5Ya8Ce2Ui7Oo4Pq1Rs9Tu3Vw6Xy0Za2==",
        ),
        ("NAME: ROSALIND  PETTIFER\nDATE OF BIRTH: 07 / 03 / 1969", "date_of_birth", "07 / 03 / 1969"),
        ("NHS NO: 943 476 5919", "national_id", "943 476 5919"),
        (
            "2026-11-02 | Mei-Ling Chua | S1234567D | 9123 4567 | 22 Jalan Bukit Merah, Singapore 150022",
            "national_id",
            "S1234567D",
        ),
        (
            "2026-11-02 | Mei-Ling Chua | S1234567D | 9123 4567 | 22 Jalan Bukit Merah",
            "phone_number",
            "9123 4567",
        ),
        ("ship to 22 Jalan Bukit Merah, Singapore 150022", "postal_address", "22 Jalan Bukit Merah"),
        (
            "'heads up, Leopoldo's been signed off for 2 wks w stress'",
            "health_info",
            "signed off for 2 wks w stress",
        ),
        # set 28: romaji and Asian names at Japanese firms, a chat mention, a relative on a form, a row
        # whose cells a spaced hyphen parts, a value with a '#', an ordinary account
        (
            "Translate: 'Mr. Kobayashi has decided to resign at the end of March'",
            "hr_info",
            "decided to resign",
        ),
        ("この英語のメモを日本語に：Nakamura - performance rating C, no bonus", "person_name", "Nakamura"),
        (
            "このSlackを英訳して：「@yamada.taro 明日の健康診断、再検査になったって」",
            "person_name",
            "yamada.taro",
        ),
        ("マイナンバー：2672 8500 4329（扶養家族：長男 大輝）", "person_name", "大輝"),
        (
            "Yoshida Akira - 1980/02/14 - 090-1234-9876; Inoue Mai - 1992/11/03 - 080-5566-7788",
            "phone_number",
            "080-5566-7788",
        ),
        ("Yoshida Akira - 1980/02/14 - 090-1234-9876; Inoue Mai - 1992/11/03", "date_of_birth", "1980/02/14"),
        ("DB_USER=tekizai\nDB_PASS=kW9#vLq2!mZt\n", "secret", "kW9#vLq2!mZt"),
        (
            "Mizuho Bank, Shibuya branch, ordinary account 2345678, account holder Yamada Hanako",
            "bank_account",
            "2345678",
        ),
        (
            "'Wang Lei in procurement has been off for two weeks with a slipped disc.'",
            "health_info",
            "slipped disc",
        ),
        # set 27: hours getting cut, a "pw", "ur son", self harming, because of her anxiety, 同期の,
        # 辞める, 残業100時間, シフト代わって
        ("make this nicer pls 'aisha, ur hours are getting cut to 16 a week'", "person_name", "aisha"),
        ("my wifi pw is Bluebell_77x and the guest one is guest1234", "secret", "Bluebell_77x"),
        ("'dear mrs patel, ur son arjun has been excluded for 2 days'", "person_name", "arjun"),
        ("my housemate tom's been self harming again", "health_info", "self harming"),
        ("同期の斎藤、来月で辞めるんだって。", "person_name", "斎藤"),
        ("後輩の西村が、今月残業100時間超えてる。", "hr_info", "残業100時間"),
        ("ひろきが昨日から熱出してて、明日のシフト代わってくれる人いないか", "person_name", "ひろき"),
        # set 26: typed as people type: given names in lower case, no apostrophes, a lower-case address,
        # a login with its password, chat Japanese with kana names, a ★-framed marking
        ("can u write smth short for my boss, jake's off w covid again", "person_name", "jake"),
        (
            "whats a nice way to say 'fatima wont be in, shes got a scan at the hospital'",
            "person_name",
            "fatima",
        ),
        ("how do i word a card for my coworker bilal, his dad had a heart attack", "person_name", "bilal"),
        ("my sister's ex (marcus) keeps showing up at her work", "person_name", "marcus"),
        (
            "im at 41 crescent rd, flat b, leicester le2 1pq and the boiler's broken",
            "postal_address",
            "41 crescent rd, flat b, leicester le2 1pq",
        ),
        ("my login for the uni portal is s.kowalczyk / Tulipan#4422", "secret", "Tulipan#4422"),
        ("The password for the shared mailbox is Sunflower#2024! - please", "secret", "Sunflower#2024!"),
        ("友達のけんたが骨折して入院したから", "person_name", "けんた"),
        ("「すみません、高熱が出たので今日のシフト休ませてください。小林」", "person_name", "小林"),
        ("「石田の給料、来月から5万下がるらしい」", "person_name", "石田"),
        ("社長から「★社外秘★ 来期ボーナスカット案」", "confidential", "社外秘"),
        (
            "dm from my manager: 'sorry hun, ur probation's being extended'",
            "hr_info",
            "probation's being extended",
        ),
        # set 25: kanji numerals joined by ・, a kana name opening a message, pay in a table, a text
        # calling itself 極秘事項, a leaving card, a labelled NI number whatever its letters
        ("「工藤様　〇九〇・三三二一・八八七六　午後なら可」", "phone_number", "〇九〇・三三二一・八八七六"),
        ("「ゆうこです。母が昨日脳梗塞で倒れて」", "person_name", "ゆうこ"),
        ("社員番号 1043　浅野 翔　基本給 285,000円", "hr_info", "基本給"),
        ("以下は極秘事項です。来月の組織再編で営業三課を廃止します。", "confidential", "極秘"),
        ("a message for Brigid's leaving card - she's retiring after 31 years", "hr_info", "she's retiring"),
        ("Kwame Asante, NI number QQ 12 34 56 C", "national_id", "QQ 12 34 56 C"),
        ("'Dear Ms Oyelaran, we have received your sick note'", "hr_info", "sick note"),
        # set 24: what is planned for someone in minutes, a hiragana given name among friends, a bare
        # family name before a contract's end, a selection's stage, stitches
        ("- Staffing: Mariusz to go on a PIP from Monday", "person_name", "Mariusz"),
        ("- Staffing: Mariusz to go on a PIP from Monday", "hr_info", "go on a PIP"),
        ("「たくやは禁酒中だから（肝臓の数値が悪かったらしい）」", "person_name", "たくや"),
        ("「松岡は今月いっぱいで契約終了、来月から別の派遣先に行きます」", "person_name", "松岡"),
        ("応募者：ホアン・ティ・ラン様。一次面接は通過", "hr_info", "一次面接"),
        ("パートの白石さんが作業中に指を切り、病院で3針縫いました", "health_info", "3針縫"),
        ("'Quentin's off on long-term sick - back surgery'", "hr_info", "long-term sick"),
        (
            "1:1 with Anneliese - discuss her return from burnout leave",
            "hr_info",
            "return from burnout leave",
        ),
        # set 23: a contraction of "is" after a name, what someone did at work, a bare family name
        # before a particle in a colleague's note, a list of absences by surname, post-op
        ("'Nkechi's in hospital again with her sickle cell'", "health_info", "sickle cell"),
        ("'Nkechi's in hospital again'", "person_name", "Nkechi"),
        (
            "'Tamsin worked under me for four years. She took leave for cancer treatment.'",
            "person_name",
            "Tamsin",
        ),
        ("「佐久間は来月末で退職します。」", "person_name", "佐久間"),
        ("人事面談：佐々木（営業2課）から異動希望あり。", "person_name", "佐々木"),
        ("Halvorsen - sick 6 days - OH referral pending", "hr_info", "sick 6 days"),
        ("Halvorsen - sick 6 days - OH referral pending", "person_name", "Halvorsen"),
        ("Mr Eustace Pennyworth, 81, post-op day 2 after a bowel resection", "health_info", "post-op"),
        # set 21: someone by their team, a password handed to a call or a manifest, a name with a particle
        # in a self-introduction, a department line's name before a comma
        ("'Hey HR, Wiktor in dispatch has been drinking on shift'", "person_name", "Wiktor"),
        ("requests.post(url, auth=('svc_reports', 'Xk9#mL2vQp!7'))", "secret", "Xk9#mL2vQp!7"),
        ('env: - name: REDIS_PASSWORD value: "r3d!sPa55_prod"', "secret", "r3d!sPa55_prod"),
        ("My bio: 'I'm Fenna de Groot, 34, a nurse from Utrecht'", "person_name", "Fenna de Groot"),
        ("社内メモ：「経理部 東堂 美和、2月より時短勤務」", "person_name", "東堂 美和"),
        ("STRICTLY PRIVATE: draft terms for the settlement", "confidential", "STRICTLY PRIVATE"),
        # session 8, set 13: someone told of by age, whose parents are written to, a form's plain "name",
        # a relation by marriage, a record row split by " / ", a European street, a Welsh one
        ("Photos of our Tamsin (age 7) from the party", "person_name", "Tamsin"),
        (
            "Dear parents of Ottavio Brennan-Achebe, the trip is on Friday.",
            "person_name",
            "Ottavio Brennan-Achebe",
        ),
        ("Form check: name Dorcas Whitlock, SSN 219-09-9999.", "person_name", "Dorcas Whitlock"),
        ("A note to my brother-in-law Caspian about the loan", "person_name", "Caspian"),
        ("Ines Valbuena / 1986-11-04 / ines.v@correo.es / Madrid", "date_of_birth", "1986-11-04"),
        (
            "Send it to Av. de la Constitución 18, 41004 Sevilla",
            "postal_address",
            "Av. de la Constitución 18",
        ),
        ("14 Heol y Coed, Cardiff CF14 6HF", "postal_address", "14 Heol y Coed, Cardiff CF14 6HF"),
        ("弊社の入江が急な入院となりました", "person_name", "入江"),
        ("申請者は私、仙石 玲奈です。", "person_name", "仙石 玲奈"),
        (
            "要約して：\n芹沢: 明日のデモ、誰が出る？\n小柳: 私は通院で午前休です\n芹沢: 了解",
            "person_name",
            "芹沢",
        ),
        (
            "webhook = 'https://hooks.slack.com/services/T0AAAAAAA/B0BBBBBBB/XXXXXXXXXXXXXXXXXXXXXXXX'",
            "secret",
            "hooks.slack.com/services/T0AAAAAAA/B0BBBBBBB/XXXXXXXXXXXXXXXXXXXXXXXX",
        ),
    ],
)
def test_finds_the_value_and_its_span(text: str, kind: str, value: str) -> None:
    spans = [text[f.start : f.end] for f in DETECTOR.scan(text) if f.kind == kind]
    assert value in spans, DETECTOR.scan(text)
    assert value not in mask(text, DETECTOR.scan(text))


@pytest.mark.parametrize(
    "text",
    [
        *ABOUT_SENSITIVE,
        # set 22's near misses: a form's blank, a question about a marking, a lower-case key without a secret
        "挨拶状のテンプレートを作って。住所や名前は空欄にしてください。", "これは社外秘ですか？", "pass: true",
        "Python's been around since 1991.",
        # an encyclopaedia's lead, of a public person
        "Bio: linda hayden -lrb- born 19 january 1953 -rrb- is an english film and television actress",
        "Thomas Boberg (born 5 May 1960 in Roskilde) is a Danish poet and travel writer.",
        # set 40's near misses: a case put with "if I think", a chat's laughter
        "Should I tell a manager if I think a colleague is autistic?", "Haha and then we left, what a night",
        # set 39's near misses: a fracture's name (腰椎骨折) is no one's, a hangover in general
        "腰椎骨折の全治期間はどのくらい？", "How do I get over a hangover before work?",
        # set 38's near misses: HR words in general questions
        "What is a BR tax code in the UK?", "What does 'compressed hours' mean in flexible working?",
        "定年退職後の再雇用の一般的な条件は？",
        # set 37's near misses: a service account in a log, なお as a conjunction, a German name that is an
        # acronym too, 不穏 of politics, 私 inside another word
        "host=db.internal user=orders password=${DB_PASSWORD}", "なお、詳細は追って連絡します。",
        "Gerd Franken said the plant would open in 2027, according to officials, police and reporters.",
        "各派が私兵を抱えて不穏な情勢が続いた。",
        # set 36's near misses: a title's "Ms" is no illness, a product after "ms", a case put with "if I"
        "Consider the job of Ms Krawcheck, who manages money with Ms Lee.", "can u help me set up ms teams on my laptop",
        "What should I say to my boss if I need time off for a family emergency?",
        # set 35's near misses: a number given as an example of a format, toll-free numbers, two firms'
        # names joined (a bank's)
        "Write a regex for UK mobile numbers like 07700 900461.", "例：090-1234-5678 の形式で入力してください",
        "Call the helpline on 0800 123 4567 for general enquiries - how should I word this on the poster?",
        "お問い合わせはフリーダイヤル 0120-123-456 まで", "Our support line is 1-800-555-0199.",
        "三井住友の本店はどこにありますか",
        # set 34's near misses: fiction and made-up cases, placeholders, a friend told of in general, a kin
        # word inside another (主人公)
        "Write a short story about a girl named Mia who is brave while she is in hospital with leukaemia.",
        "Create a role-play scenario for nursing students: patient 'John Doe', 54, admitted with chest pain.",
        "Write dialogue for a sitcom scene where Kevin gets fired from the coffee shop.",
        "架空の人物「山田花子」を主人公に、入院生活を描く短い物語を書いて。", "ドラマの脚本：主人公のケンジが会社をクビになる場面を書いて。",
        "How should I phrase a reply to a friend who tells me they lost their job?",
        # set 33's near misses: a pet's illness, two kana that are no name
        "Help me write to the vet about our dog Pepper's diabetes - she needs her insulin dose checked.",
        "これは昨日から使えません", "まいは何ですか",
        # set 32's near misses: a config's keys heading lines, a title alone
        "[server]\nhost.name: example\nlog.level: info\n", "社長の挨拶文を考えて",
        # set 31's near misses: numbers shaped like other countries' IDs whose check fails, a software
        # licence named without a state
        "Order 12345678A shipped", "Ref 123.456.789-00 is pending", "the MIT licence is permissive",
        # set 41's near misses: the same shapes whose check fails (a PPS number, a Chinese ID, an HKID, a
        # Taiwanese ID, a henkilötunnus), an 18-digit number with no birth date in it
        "Batch 1234567A arrived", "Ref 11010519491231002Y", "Part A123456(4)", "Serial A123456788",
        "Code 131052-308U", "trace id 123456789012345678",
        # set 42's near misses: a holiday after a relation, a department's policy, a pass that is a ticket
        "母の日が近いので、プレゼントを選んで。", "総務の方針です。", "Buy a day pass online / pass 2 is sold out",
        # set 43's near misses: a film's title, a rejection template with no one in it
        "Born on the Fourth of July is a 1989 film; summarise its plot.",
        "Write a template: 'Thank you for interviewing with us. We will not be progressing your application.'",
        # set 30's near misses: a kin word inside another word (工夫, 大丈夫, 母子), a line break between
        # a family name and the next line's word
        "発達障害の子どもが授業中に落ち着けるような工夫を教えて。", "大丈夫、花粉症の薬は眠くならないものもあります",
        "周産期母子医療センターの集中治療室の役割は？",
        # set 29's near misses: a language after "reply to", a part number shaped like an NRIC whose
        # check letter fails
        "Translate this support ticket reply to Japanese:\n\nHi,\nThanks for your patience.",
        "Part S8812345D is out of stock",
        # set 28's near misses: decorators and at-rules, a package scope, everyone at once, an IBAN's groups
        "@app.route('/health')\ndef health():\n    return 'ok'", "@media (max-width: 600px) { body { margin: 0 } }",
        "npm i @types/node", "@here the deploy is done", "IBAN check digits: what does 0044 0532 0130 00 mean?",
        # set 27's near misses: questions of rights asked in the first person, a marking quoted to ask
        # what it means
        "can my employer cut my hours without asking me", "what happens on a disciplinary at work, what are my rights",
        "what does 'confidential - do not share' at the top of an email actually mean legally",
        # set 26's near misses: lower-case names in a corpus set in lower case (public people, told of in
        # the third person), words that are names too, a "don" that is "don't"
        "yuri savenko is a russian psychiatrist , the president of the independent psychiatric association",
        "i don't think frank advice will grace the summer meeting", "my son also has a cold, any tips?",
        "うちの会社の石田ビルは駅から近い", "吉野の桜はいつが見頃？",
        # set 25's near misses: a reference to a secret kept elsewhere, a decimal, a leaving do
        "password = ${DB_PASSWORD}", "p = 0.12345678901", "極秘とはどういう意味ですか？",
        "Can we move the leaving do to Friday?",
        # set 24's near misses: a variable naming where the secret is kept, kana that are words
        "MYSQL_ROOT_PASSWORD_FILE: /run/secrets/db_root", "かおりが良い花を教えて", "はるかに速い方法は？",
        # set 23's near misses: the second of two markings asked about, a prefecture before は, a place
        "「極秘」と「社外秘」はどう使い分けますか？", "千葉は退職者の多い県ですか？", "Python's in the PATH now.",
        "Explain the return-to-work process after sick leave.",
        "お客様各位", "皆さん、こんにちは", "同様の例を3つ作って", "さまざまな方法があります", "What does CONFIDENTIAL mean?",
        "座標 35.6812, 139.7671", "価格は 1,234,567 円", "The year 1999 had 365 days",
        "Ticket 630427373398 is closed",  # Luhn-valid and Maestro-like, but no card wording: an ID
        "checksum de89370400440532013000 matches",  # a valid IBAN in lower case, not called one
        # a dialogue's speaker labels, a department signing a mail, a drive that holds data, a school
        "Reply to the chat.\nCustomer: yeah I am looking for a gift for my son.\nAgent: Sure!",
        "Is this spam?\nYour salary review is attached.\n\nFaithfully,\nHuman Resources",
        "List the specs of the customer's order: 2 Internal Solid State Hard Drive, 1 case.",
        "Email the customer directions from Rowan Avenue Elementary to the park.",
        # names of the public, in ordinary questions and news: not personal data
        "Who was George Washington?", "徳川家康はどんな人物でしたか", "Mr Trump did not mention the protests.",
        "Write a poem in the style of Emily Dickinson", "中村区の人口は?", "石川県の名物を教えて",
        "Explain Ruby on Rails to a beginner", "Alan: more important than my wings?",
        "I'm Japanese, and I live in Osaka.", "Add Python to the PATH as an administrator",
        "A dog named Rex is the hero of the story.",
        "総務部の方針です。", "部下の意見を聞くのが大事です", "東京（とうきょう）は日本の首都です",
        "Ask Python to print the list", "Let me know if this works.",
        # katakana compounds and roles: not names
        "ジョイント・ベンチャーの契約書を読んで", "スタッフさんにお礼を伝えて", "ドライバーさんの休憩時間は？",
        "社外秘の資料の扱い方は？", "Shaun Murphy, 38, died in hospital after a crash, police said.",
        # code that names a secret without holding one; a form's field; a notice to everyone
        'API_KEY = os.environ["API_KEY"]', "token = get_token_from_env(name)", "token_expiry: 2026-11-24T10:00:00",
        "password_min_length = 12345678901234", "氏名欄の書き方を教えて", "対象者：全社員",
        # a role word before words that are no name; a table of things; a label's own noun
        "Customer Service is open 9 to 5", "Employee Handbook chapter 3", "Patient Safety Week starts Monday",
        "name,type\nfoo,bar\nmain.py,file", "name,price\nWidget Pro,3.50", "宛名ラベルをExcelで作る方法は？",
        "This is Marketing from the inside",
        "What is an SSN and how many digits does it have?", "被保険者番号とは何ですか", "在留カードの更新方法は？",
        # a place after "a call from", a department before its head, news's "managed"
        "We got a call from London, they want the report.", "営業部長の携帯を会社で用意すべき？", "代表取締役社長の挨拶文を書いて",
        "He managed Manchester United for years.",
        # a table of things, a count read aloud, a manager's general question
        "| Release | Date | Owner |\n| v1.2 | 2012-03-01 | Platform Team |", "call me at one two three",
        "部下が眠れていないと言ってきたとき、上司はどう対応すべき？",
        "候補者メモの書き方のコツは？", "娘の友達が遊びに来るので献立を考えて", "Democratic candidate Senator John Kerry spoke.",
        "【関係者外秘】と【社外秘】の違いは？", "子どもの発熱で在宅勤務にするとき、どう連絡すればいい？",
        # numbers beside words that name streets elsewhere
        "Downloaded the album for $15 via Amazon", "cut rates to 3.5 in a bid to drive growth",
        # a condition is no name (白内障), nor is 号 before 氏名, nor a licence's look-alike with no date in it
        "白内障の手術はどのくらいで回復しますか？", "申請書の第 12 号　氏名欄の書き方は？", "Part number ABCDE123456XY7ZZ in stock",
        # a product table's "name" column; a baby, a grandmother and a dog with ちゃん; a trade in kanji
        "INSERT INTO products (name, price) VALUES ('Gadget Pro', 4), ('widget', 3);",
        "赤ちゃんの夜泣き対策は？", "おばあちゃんの誕生日プレゼントは何がいい？", "うちのワンちゃんが吐いた",
        "初めてプロの落語家に入門・団体に所属した女性落語家の名前は？",
        # 出向く is going somewhere, not a secondment
        "私がそこに出向く必要がありますか。",
        # a form's labels heading their lines once each are no speakers; "I am a student" names no one
        "議事録：\n日時: 11月20日\n場所: 本社\n目的: 予算確認", "私は学生です。",
        # a password said to be something, a bio's birth date of a public person, a how-to's "I"
        "The password is wrong, what now?", "Bio: jon tester -lrb- born august 21 , 1956 -rrb- is a senator",
        "How do I query missing overtime on a payslip?",
        # a question about confidentiality; a puzzle's list of cars
        "Is this information confidential?",
        "* Alice's car is parked next to David's.\n* Enid drives a green car.",
        # a pet's health; a variable that refers to another
        "My dog Biscuit has been vomiting since lunch, should I call the vet?", "SMTP_PASS=${SMTP_PASS}",
        # a library's name after "password" in a question; a historical figure's fall
        "How do I fix 'password authentication failed' in psycopg2?", "町田宗秀はどこから転落し死亡したか。",
        "How should MYSQL_ROOT_PASSWORD be set in Docker Compose?",
        # words the name-shape table was taught are no names: a place, a nationality after "The"
        "The German missed the World Cup after back surgery.", "Hong Kong was diagnosed with a shortage of flats.",
    ],
)  # fmt: skip
def test_ordinary_text_is_not_sensitive(text: str) -> None:
    assert DETECTOR.scan(text) == []


def _generator_recall() -> dict[str, float]:
    total, found = Counter(), Counter()
    for sample in generate(count_per_template=20):
        total[sample.kind] += 1
        found[sample.kind] += sample.kind in DETECTOR.kinds([sample.text])
    return {kind: found[kind] / total[kind] for kind in total}


def test_recall_on_the_synthetic_generator() -> None:
    recall = _generator_recall()
    assert set(recall) >= {
        "my_number", "phone_number", "payment_card", "email_address", "bank_account", "passport_number",
        "driving_licence", "date_of_birth", "postal_address", "person_name", "secret", "confidential",
        "health_info", "hr_info",
    }  # fmt: skip
    assert all(r >= 0.99 for r in recall.values()), recall


def _ordinary_prompts() -> list[str]:
    prompts = []
    for name in ("mt_bench/question.jsonl", "ja_mt_bench/question_full.jsonl", "vicuna_bench/question.jsonl",
                 "ja_vicuna_qa/question.jsonl", "rakuda/questions_v2.jsonl"):  # fmt: skip
        for line in (SHARED_DATA / name).read_text().splitlines():
            row = json.loads(line)
            prompts.append(
                "\n".join(t for t in (row.get("turns") or [row.get("text") or row.get("question")]) if t)
            )
    for line in (SHARED_DATA / "jhumaneval/jhuman-eval.jsonl").read_text().splitlines():
        prompts.append(json.loads(line)["prompt"])
    prompts += [
        line.replace(" ", "")
        for line in (SHARED_DATA / "small_parallel_enja/test.ja").read_text().splitlines()
    ]
    return prompts


def test_false_positive_rate_on_ordinary_shared_prompts() -> None:
    if not SHARED_DATA.is_dir():
        pytest.skip("../shared/data is absent (a user's checkout): no public prompts to check against")
    prompts = _ordinary_prompts()
    flagged = sum(bool(DETECTOR.scan(p)) for p in prompts)
    assert len(prompts) > 1000
    assert flagged / len(prompts) <= 0.05, f"{flagged} of {len(prompts)} ordinary prompts flagged"


def test_eval_sensitivity_command_reports_every_source() -> None:
    if not SHARED_DATA.is_dir():
        pytest.skip("../shared/data is absent (a user's checkout)")
    from click.testing import CliRunner

    from tekizai.cli.main import main

    out = CliRunner().invoke(main, ["eval", "sensitivity", "--data", str(SHARED_DATA)]).output
    assert "presidio_synth_pii" in out and "ja_ner_wikipedia" in out and "false positives" in out
    card = next(line for line in out.splitlines() if line.strip().startswith("CREDIT_CARD"))
    assert float(card.split()[-1]) >= 0.95


@pytest.mark.parametrize(
    ("text", "kind"),
    [
        ("田中さんはうつ病で通院しています", "health_info"),
        ("I was diagnosed with diabetes last year", "health_info"),
        ("My manager gave me a bad performance review", "hr_info"),
        ("鈴木さんの懲戒処分について", "hr_info"),
        ("Our intern Pablo Etxeberria tested positive for COVID", "health_info"),
        ("部下の宮之原が来月から休職します", "hr_info"),
        # a wider vocabulary of conditions, care and HR events, each only beside someone identifiable
        ("My son was diagnosed late; he has epilepsy and takes his meds at school.", "health_info"),
        ("私は心療内科に通っていて、睡眠薬を処方されています", "health_info"),
        (
            "Draft a note: Marcus Hale was made redundant last month and asks about his notice period.",
            "hr_info",
        ),
        ("妻が不妊治療のため、来月から有給をまとめて取りたい", "hr_info"),
        (
            "HR note: Casimir Wojtowicz was told of the non-renewal of his contract.",
            "hr_info",
        ),  # a hyphenated term
        ("My x-ray came back clear, the doctor says.", "health_info"),
        ("Incident: Bartosz Wrona hurt his back lifting boxes in bay 3.", "health_info"),
        ("Dentist export: Imelda Quaye | root canal follow-up", "health_info"),
        ("hey it's Ruairi, lost my job today, can I pay you Friday?", "hr_info"),
        ("Cordelia's maternity cover starts Monday.", "hr_info"),
        ("退職予定者：志賀 直人　12月末　自己都合", "hr_info"),
        ("母の手術の付き添いで、来週休暇を取りたい", "hr_info"),
        # a record this short is about whoever it names, however far apart the name and the term stand
        (
            "employee: {name: Ragnvald Sørli, id: E-20931, grade: B2, rating: 'below expectations', salary: 61500}",
            "hr_info",
        ),
        ("Pls send the signed NDA to b.okoro@halvard.de by Fri. Bettina is on leave after that.", "hr_info"),
        ("介護記録：利用者 御子柴 フミ様、夜間に転倒、右手首を打撲", "health_info"),
        ("経理の根津さん、来月から時短勤務になります", "hr_info"),
        # the wider vocabulary written at once (symptoms, medicines, care; HR events), not from any set
        ("My daughter has had a sore throat and a rash since Tuesday.", "health_info"),
        ("Grandad was admitted to hospital and is on antibiotics.", "health_info"),
        ("Note: Oriel Vance handed in her notice; her rating was below expectations.", "hr_info"),
        ("部下の雪村が来月から出向になります", "hr_info"),
        ("私は先週から咳が止まらず、抗生物質を飲んでいます", "health_info"),
        ("Write a get-well card for Auntie Philomena, who's recovering from a stroke.", "health_info"),
        ("'Tobias - HR says your contract won't be renewed after March.'", "hr_info"),
        # the vocabulary written at once: an injury of any limb, medicines by name, needs, pay, hearings
        ("Lowri fractured her left wrist at netball, can you tell the coach?", "health_info"),
        ("My dad is on warfarin and his heart condition is getting worse.", "health_info"),
        ("Guest list: Anneliese Voss (wheelchair user, nut allergy)", "health_info"),
        ("Minutes: Kwabena Asante's disciplinary hearing is on Tuesday.", "hr_info"),
        ("I failed my probation and HR says I can appeal.", "hr_info"),
        ("me and Wojtek was in the same team until he got made redundant in may", "hr_info"),
        (
            "'Hamish, we've noticed you've been late 6 times this month. This is now a formal matter.'",
            "hr_info",
        ),
        ("Welcome back Gerhard, fully recovered from his heart bypass!", "health_info"),
        ("友達の千早から「彼氏にDVされてて、今シェルターにいる」と連絡が来た", "health_info"),
        # a sentence that goes on about someone named in the one before, beyond 60 characters
        (
            "Notes from Tuesday's meeting about the rota and the holiday cover for the Leeds office. Marguerite "
            "Delacroix-Obi has asked for reduced hours from January onwards, for family reasons she shared with us. "
            "She is starting dialysis three times a week and occupational health have been told about it.",
            "health_info",
        ),
        ("息子が夜中に39度の熱を出してしまい、午前中お休みをいただきます。藤堂", "hr_info"),
        ("友人の結城が鬱っぽくて、仕事も休みがち", "health_info"),
        ("Please write an excuse note: Isidore missed Monday because of a migraine.", "health_info"),
        ("Make a packing list for my mum, Perpetua, who uses oxygen at night.", "health_info"),
        ("Radovan is unhappy with his 3% raise and is interviewing elsewhere.", "hr_info"),
        ("My dog bit my son Tomas and he needed stitches.", "health_info"),
        (
            "I, Cormac Ó Briain, was refused service because of my guide dog. This is disability discrimination.",
            "health_info",
        ),
        ("Mr Okonjo, following your sickness absence of 34 days, we invite you to a meeting.", "health_info"),
        ("保育園へ：「りんちゃん（藤枝 凜）は、りんご病のため本日お休みします。」", "health_info"),
        ("Caspian has dislexia and needs extra time in exams.", "health_info"),
        (
            "Patient: Cosimo Abbiati. Follow-up with cardiology in 6 weeks; continue bisoprolol.",
            "health_info",
        ),
        ("Write a short message to Rasmus to say sorry his contract wasn't extended.", "hr_info"),
        ("Rewrite kindly: 'Fergus, HR have confirmed your hours will be cut to 20 a week.'", "hr_info"),
        ("Write a get-well card for Uncle Ferdinand, who had his gallbladder out on Monday.", "health_info"),
        ("I have supervised Kerensa Polglase since 2022; she took six months off last year.", "hr_info"),
        ("営業部の雨宮さんがインフルエンザで今週いっぱい休みます。", "hr_info"),
        (
            "Mrs Evadne Pryce-Jenkins rang: her husband Clement is in a nursing home after his second stroke.",
            "health_info",
        ),
        ("Team - Bronwen is having a lumpectomy on the 9th, she'll be off for two weeks.", "health_info"),
        ("Team - Bronwen is having a lumpectomy on the 9th, she'll be off for two weeks.", "hr_info"),
        ("Nursery app: 'Theo (3) had a nosebleed at 2pm, mum informed.'", "health_info"),
        ("Rewrite: 'Ferris' probation review is overdue and he is still not hitting targets.'", "hr_info"),
        (
            "Dear Mr Lindqvist-Oduya, we regret that your application for the role was unsuccessful.",
            "hr_info",
        ),
        ("My brother Ruslan texted that he's been sectioned.", "health_info"),
        ("Our intern Pádraig is colour-blind, how do we adjust the dashboard?", "health_info"),
        ("I'm Fenna de Groot, a nurse living with MS since 2019.", "health_info"),
        ("Our nanny Jóhanna starts on £14/hour with 4 weeks' paid holiday.", "hr_info"),
        ("'Lorcan, you didn't pass probation.'", "hr_info"),
        ("Sort this list of sick days by person: Odhran 3, Svetla 5, Benedikt 1, Tamsin 2", "hr_info"),
        ("母が転んで倒れた、意識はある。救急車を呼ぶべき？", "health_info"),
    ],
)
def test_health_and_hr_about_someone_identifiable(text: str, kind: str) -> None:
    assert kind in DETECTOR.kinds([text])


@pytest.mark.parametrize(
    "text",
    [
        "A 45-year-old patient presents with chest pain and diabetes.",
        "糖尿病の症状は？",
        "人事評価の仕組みを説明して",
        "Explain how salary negotiations work.",
        "Give me kind phrases for a performance review.",  # "me" asks; the review is no one's
        "How do I explain type 1 diabetes to a 7-year-old?",  # "I" tells; the child is no one named
        "飛沫感染が原因となる伝染病を一つあげよ",
        "What are the early signs of epilepsy in children?",
        "心療内科と精神科の違いは？",
        "How is a notice period usually calculated?",
    ],
)
def test_health_and_hr_without_a_person_are_not_personal_data(text: str) -> None:
    assert not DETECTOR.kinds([text]) & {"health_info", "hr_info"}


_DATA = Path(__file__).parent / "data"


# Three sets written in session 5, each committed before the detector first read it: 35 prompts with
# personal data and 25 ordinary ones on the same topics. First measurements, then what was fixed:
#   fresh_prompts    38/48 kinds, 28/35 prompts, 0/25 ordinary (one gold card number failed Luhn: the
#                    data's error, mended). Fixed: a name after "reminder to", after "Hi team,", a
#                    capitalised "Remind", passports like 19FV04422, Japanese names of six kanji.
#   fresh_prompts_2  38/49, 27/35, 0/25. Fixed: "message/plan for NAME", "send NAME the…",
#                    intern/patient as relations, "her interview", 体調を崩/救急搬送, a name line under a
#                    company line, ゆうちょ 記号・番号. Left: two-kanji family names no list holds after
#                    部下の/妻の (not told from words), "was sick" (too common in ordinary chat).
#   fresh_prompts_3  32/50, 22/35, 0/25 (records: JSON, CSV, chat exports, notes). Fixed: name keys,
#                    timestamped speakers, Grandpa NAME, "password for the … is", markings in any case,
#                    romanised Japanese addresses, "moved to" before a number, dementia/認知症.
#                    Left: a date in a bare CSV row, a family name no list holds before から.
#   fresh_prompts_4  40/57, 29/35, 0/25 (session 6: Slack, HR notes, exports, voicemail, 人事メモ). Fixed:
#                    "card/speech/chaser for NAME", on-call/meeting notes/new hire/visa as personal words,
#                    "she's at the hospital", fever/熱が, parental leave/育児休業/不採用/probation review/
#                    performance improvement plan, a British sort code before the account number,
#                    社外秘　heading a line, 候補者/応募者 and a katakana holder (名義 ハセガワ リョウ) as
#                    slots, two-word names where one word is very like a name and the other less sure
#                    (Yevgenia Sorokina), 194 more given names (Winifred, Priyanka…; none from presidio).
#   fresh_prompts_5  49/57, 28/35, 2/25 (session 7: mail signatures, SQL and log lines, .bashrc,
#                    referral and intake notes, 署名 blocks, 懲戒 notices). Fixed: a variable named for a
#                    secret holding one (AWS_SECRET_ACCESS_KEY=…), tested positive/COVID/陽性反応,
#                    休職 and "was laid off" as HR, a phone read in kanji numerals joined by の, a name
#                    closing a department line, 対象者： before a two-part name, 氏名 before a katakana
#                    name, "give me … a review" asks for something. Left: "how much notice do I need to
#                    give before maternity leave" (the writer's own leave, flagged by design).
#   fresh_prompts_6  44/59, 24/35, 2/25 (session 7: mail headers, CSV/YAML, HTML inputs, school and
#                    insurance records, 履歴書, カルテ, 給与明細). Fixed: a mail header's display name, CSV and
#                    tab-separated tables read by their header (records.py), a role before a name spelled
#                    like one (Tenant/policyholder/student…; "Customer Service" no longer a name), "this is
#                    NAME from…", a British postcode closing a street of any name, Slack/Discord webhooks,
#                    fractures/heart failure/骨折/心不全, non-renewal/final warning/残業時間/産業医, 患者/被告人
#                    before a two-part name, 宛名は…, era-abbreviated birth dates (S63.11.2); "how do I
#                    explain…" is no first person; 宛名ラベル no name.
#   fresh_prompts_7  46/54, 27/35, 0/25 (session 7, 20 Japanese workplace texts: 日報, 引き継ぎ, pasted
#                    Excel rows, 退職届, 紹介状). Fixed: one name before a bracketed number (お客様 塩見（090…）),
#                    a name known by its title (東郷社長; not 営業部長), …生まれ after a date, 退職届/一身上の都合,
#                    "bank account" as a label and a sort code never read as a card, chemo, "claim from
#                    NAME", "I have managed NAME".
#   fresh_prompts_8  33/57, 21/35, 0/25 (session 7: quoted replies, LINE forwards, OCR'd forms, SQL
#                    results, voicemail transcripts). Fixed: "On …, NAME wrote:", spaced labels (氏 名,
#                    電 話, 住 所) and spaced digits, a row with a name and a birth date and no header (also
#                    set 3's CSV row, left there), numbers read aloud (English digit words; kana after 電話),
#                    "it's NAME", "DM/message from NAME", the person heading a memo (面談メモ：妹尾、), family
#                    words as anchors of health terms (Dad's surgery, 【母】通院), burnout/COPD/flu/インフル
#                    エンザ/眠れていない, 人事考課/昇給, 社外秘につき, 免許証の番号. Left: "knee replacment" typed
#                    wrong.
#   fresh_prompts_9  46/58, 25/35, 1/25 (session 7, written after all of the above: its first figure is
#                    the detector's held-out one). Fixed: physio/drug test/ADHD/MRI/腰を痛め/肺炎, Coach/
#                    Nurse/Auntie before a name, driver/holder/nurse as roles (names there need only look
#                    somewhat like names; not "candidate Senator John"), 営業の霧島です, 娘の結衣が (a given
#                    name the name-shape table is sure of, after a family word), an NI number in its
#                    printed grouping, record rows split by ";", 候補者メモ no name. Left: "holder Ingvar
#                    Dahlquist" (the table doubts both words).
#   fresh_prompts_10 39/61, 19/35, 1/25 (session 7, written after the wider health and HR vocabulary too:
#                    its first figure is the latest held-out one). Fixed: a British postcode alone on its
#                    line, allergies/meds/a temperature/head lice/broke her wrist/hip operation, bereavement
#                    leave, "I earn 3,150", "Reply to NAME", CVs as context, a headerless row with an e-mail
#                    or phone cell, 「佐久間です。…」, 長男/長女 as family, DL#, a marking asked about
#                    (【関係者外秘】と【社外秘】の違い) no marking. Left: a CV's names the table doubts, "Piotr I
#                    think", a numbered sign-up list, 部長の東雲から (a family name no list holds).
#   fresh_prompts_11 54/72 = 0.75, 22/35, 1/25 (session 8, written at its start: the held-out figure of
#                    session 7's detector). Fixed: 1,100 more given names and 800 more family names from
#                    many origins (Ferdinand, Ingvar, Dahlquist; the name-shape table retrained, each
#                    script's classes weighed alike), a word the table was taught is no name (Hong Kong,
#                    The German), "Hiya, NAME here", "NAME, your…", "; NAME will", "NAME's maternity cover",
#                    our nanny/carer/tutor NAME, SURNAME/GIVEN NAMES fields, OCR-spaced passport digits, a
#                    British licence number, 免許…第…号, 桐生あかりと申します, 上司の真鍋課長, hurt his back/root
#                    canal/白内障, lost my job/maternity cover/休暇/自己都合/契約満了/パワハラ; 白内障 and 号　氏名 no
#                    names. Left: "…about your attendance" 80 characters from the name it is about.
#   fresh_prompts_12 51/67 = 0.76, 24/35, 0/25 (session 8, written after set 11's work). Fixed: a SQL
#                    INSERT read as a table, more personal columns (email, NHS number, salary, passport,
#                    IBAN), "name" beside a birth-date column a person's, a sort code and account
#                    unlabelled, "spoke w/ NAME", "NAME, whose father", ゆうとくん（鷲尾 悠斗）, kana names with
#                    くん/ちゃん, 320 more Japanese family names (部下の雪村が), a message of 200 characters or
#                    fewer about whoever it names, on leave/comp/notice 3 months, 転倒/打撲/再検査/解熱剤,
#                    退職/時短勤務; 赤ちゃん and 落語家 no names.
#   fresh_prompts_13 56/73 = 0.77, 24/35, 0/25 (session 8, written after set 12's work and a wider
#                    vocabulary). Fixed: "our Wren (age 6)", "parents of NAME", "name NAME,", brother-in-law,
#                    "'Tobias - …", a name beside an ID needs only look somewhat like one (Dorcas Whitlock),
#                    rows split by " / ", Av./C/ streets, Welsh street names (Heol y Coed), 弊社の入江,
#                    私、仙石 玲奈です, chat speakers heading their lines, fainted/school nurse/recovering from
#                    a stroke/dental check-up, won't be renewed.
#   fresh_prompts_14 54/71 = 0.76, 22/35, 1/25 (session 8, written after all its detector work, the wider
#                    vocabulary too; its commit said 80 kinds, it holds 71). Fixed: a password typed straight
#                    after its word, greetings and thanks before a name (Sorry Kit, Welcome back Gerhard,
#                    Congratulations Mirela and Tobiasz), "Hamish, we've…", "me and Wojtek", baby/insured as
#                    roles, a birthday without its year, walking frame/heart bypass/ambulance/DV, visa
#                    refused/late 6 times/formal matter/採用を見送; "how do I…" names no one. Left: 役員報酬
#                    of a 社長 (a role, no name).
#   fresh_prompts_15 53/75 = 0.71, 19/35, 0/25 (session 8; 15 of its prompts are longer pasted documents).
#                    Fixed: a term in the same sentence as someone, or in one whose pronoun stands for
#                    someone named in the two before (not in news); a record of 300 characters is about
#                    whoever it names; "This matter is strictly confidential", "commercially confidential",
#                    他言無用; list items and dash signatures; a postcode after a comma; NHS numbers; "I have
#                    worked alongside NAME"; asking/told NAME; expecting twins, dialysis, day off, reduced
#                    hours, PIP, partially meets, on £96,000, 熱を出, 休みをいただ, 鬱っぽ, 休みがち.
#                    Left: "crying in the loos" as health.
#   fresh_prompts_16 53/68 = 0.78, 25/35, 2/25 (session 8, written after set 15's work). Fixed: a name in
#                    brackets after a role (Client (J. Okwuosa)), self-introductions and birth dates in
#                    Spanish, French, German, Italian, Portuguese, Dutch, variables named for a password
#                    whatever their value, 「内見希望の蓮見です」, "text to NAME", one word spelled half like a
#                    name right before a health term (Isidore missed… a migraine), a pet's health no
#                    person's, CBT/low mood/uses oxygen/deaf, 3% raise/interviewing elsewhere/a week off,
#                    術後/整形外科, more sports cues for news. Left: "my name is Rosalía" in a sentence to
#                    translate (flagged, counted as ordinary).
#   fresh_prompts_17 67/76 = 0.88, 28/35, 0/25 (session 8, written after set 16's work: the best first
#                    sight yet; 33/35 prompts flagged sensitive). Fixed: a pupil by school year (Y4), a
#                    .pgpass line, 対象：, sickness absence, guide dogs (no pets), りんご病 and "…病のため",
#                    主訴. Left: a bonus pool cut for all staff (HR, but of no one identifiable).
#   fresh_prompts_18 57/73 = 0.78, 23/35, 0/25 (session 8, written after set 17's work; 29/35 prompts
#                    flagged). Fixed: Stripe/SendGrid/Shopify/Square/npm/PyPI/Hugging Face/Twilio keys, a
#                    password shaped like one near its word, "Not to be disclosed externally", "Sack NAME",
#                    "pay NAME £…", 部下の真行寺 (three kanji the table leans to), 申請者はグエン・ヴァン・ナム,
#                    保険証's 記号/番号 apart, misspelt conditions (dislexia), specialties and more medicines,
#                    contract not extended, stealing from the till, 労基署. Left: 就任 (an appointment in a
#                    company newsletter).
#   fresh_prompts_19 61/73 = 0.84, 25/35, 1/25 (session 8, written at the end of its work: 32/35 prompts
#                    flagged). Fixed: "Welcome NAME NAME", a quoted message addressing someone ("'Fergus,
#                    HR have…"), "status for NAME", a quoted "Confidential -", hours cut, off sick, given
#                    notice, six months off, had his gallbladder out, recovers from, 休みます; a capitalised
#                    word ending in "?" is no password.
#   fresh_prompts_20 52/73 = 0.71, 21/35, 0/25 (session 8, written after every other fix: 29/35 prompts
#                    flagged). Fixed: "her husband Clement", "Theo (3) had", "complaint against NAME",
#                    "its NAME in flat 2", "Ferris' probation", x-api-key headers, operations by their
#                    ending (-ectomy, -oscopy, -plasty), nursing home, after his second stroke, nits,
#                    nosebleed, is in hospital, fit note and sick pay as health too, regret your
#                    application, repeated absences, reduce her hours, off for two weeks, not hitting
#                    targets, 休むそう.
#   fresh_prompts_21 49/72 = 0.68, 18/35, 0/25 (session 8, written after set 20's work: 26/35 prompts
#                    flagged). Fixed: "Wiktor in dispatch", a password handed to auth=(…) or a manifest's
#                    value:, "I'm Fenna de Groot", a department line's name before a comma, HR columns
#                    (notice, rating, absences), STRICTLY PRIVATE, sectioned, colour-blind, knee op, living
#                    with MS, phoned in, drinking on shift, hourly rates, paid holiday, didn't pass
#                    probation, sick days and sickness absence as HR, 時短. Left: 物流部の草薙が (a family
#                    name no list holds, after a department).
#   fresh_prompts_22 59/65 = 0.91, 30/35, 1/25 (session 9, written at its start: 32/35 prompts flagged).
#                    Fixed: "Dmitri's been put on…", "Evander's mum rang", chest pains, admitted overnight,
#                    relapse, a config's "pass:" key, 社外秘の資料です (a text calling itself so); 名前は空欄
#                    is a form's blank, no name.
#   fresh_prompts_23 58/68 = 0.85, 29/35, 1/25 (session 10, written at its start: 31/35 prompts flagged).
#                    Fixed: "Nkechi's in hospital", "Tamsin worked under me", a bare listed family name
#                    before a particle (佐久間は…退職, 佐々木（営業2課）から異動), a list of absences by
#                    surname ("Halvorsen - sick 6 days - OH referral"), post-op, resection, sickle cell;
#                    「極秘」と「社外秘」はどう使い分け is a question about markings, not one.
#   fresh_prompts_24 61/71 = 0.86, 28/35, 1/25 (session 10, written after set 23's work, documents:
#                    threads, JSON, CSV, logs, chats, minutes; 32/35 prompts flagged). Fixed: "Mariusz to go
#                    on a PIP", long-term sick, burnout leave, return from … leave, 一次面接, 契約終了,
#                    3針縫いました, 禁酒中, a hiragana given name among friends (たくやは); a variable
#                    naming a secret's file (…_PASSWORD_FILE: /run/secrets/…) holds none.
#   fresh_prompts_25 59/68 = 0.87, 27/35, 1/25 (session 10, written after set 24's work, 19 of 35 in
#                    Japanese: 33/35 prompts flagged). Fixed: 〇九〇・三三二一・…, 「ゆうこです。」,
#                    基本給 and other pay words, 以下は極秘事項です, Brigid's leaving card, she's retiring,
#                    a labelled NI number with a specimen's letters (QQ 12 34 56 C), a sick note as HR too;
#                    "password = ${DB_PASSWORD}" names a secret kept elsewhere. Left: "Settlement offer to
#                    former employee" names no one (the prompt is flagged CONFIDENTIAL all the same).
#   fresh_prompts_26 23/63 = 0.37, 7/35, 0/25 (session 10, typed as people type: lower case, no
#                    apostrophes, abbreviations, chat Japanese; 19/35 prompts flagged). The rules read
#                    capitals: a listed given name typed in lower case gets its capital back where
#                    someone writes (typed_names.py); "wont", "gf", "flatmate", a relation's name in
#                    brackets, a lower-case UK address with its postcode, a login with its password,
#                    hand foot and mouth, bulimic, got a scan at, contract ends, can't renew,
#                    probation's being extended; kana names after 友達の/元カレの/ママ友の, a family name
#                    signing a quoted message, 石田の給料, クビになった, 病院通い, インフル, ★社外秘★.
#                    Left: "my gf mei" (a name no list holds, in lower case); a company-wide bonus cut
#                    labelled HR, about no one.
#   fresh_prompts_27 48/63 = 0.76, 26/35, 3/25 (session 10, typed as people type again, after set 26's
#                    work: 28/35 prompts flagged; set 26 had been 0.37 before it). Fixed: hours getting
#                    cut, "pw is", "ur son arjun", "tom" (a name before a word), self harming, because of
#                    her anxiety, 同期の斎藤, 辞める, 残業100時間, 熱出して, シフト代わって; a question of
#                    rights in the first person ("can my employer cut my hours") and a marking quoted to
#                    ask its meaning are no one's data. Left: "jess" and "ruby" typed small (no list
#                    holds the first; the second is a word and a language too).
#   fresh_prompts_28 61/75 = 0.81, 23/35, 0/25 (session 10: romaji names with -san, Korean and Chinese
#                    names, mixed English and Japanese: 32/35 prompts flagged). Fixed: decided to resign,
#                    some days off, slipped disc, "@yamada.taro" (a chat mention), 「…：Nakamura - …」,
#                    DB_PASS=kW9#…, your transfer to the Fukuoka branch, a row parted by " - " (and a
#                    date run into the phone after it no longer hides the phone), ordinary account,
#                    my resignation letter, last working day, 長男 大輝. Left: "nguyen van minh" in a
#                    transcript typed small (family names are not restored: too many are words).
#   fresh_prompts_29 60/68 = 0.88, 31/35, 1/25 (session 10: secrets in Go, Java, Kubernetes, Terraform,
#                    Azure; API payloads, OCR'd forms: 33/35 prompts flagged). Fixed: Azure AccountKey
#                    and SAS signatures, a spaced date (07 / 03 / 1969), an NHS number as a national ID
#                    too, signed off for 2 wks w stress, a phone cell in a named row, Jalan streets and
#                    Singapore postcodes, NRIC/FIN with their check letter; "reply to Japanese" names no
#                    one. Left: the set's own NRIC, S8812345D, fails its check letter (no label names it).
#   fresh_prompts_30 54/75 = 0.72, 21/35, 1/25 (session 10, health and HR about named people, 21 of 35
#                    in Japanese: 29/35 prompts flagged). Fixed: 陽翔の母, うちの息子、大翔は, 経理部 高田 誠
#                    (a department before a full name hid it), a kana signature (みき」), 契約を…終了,
#                    for health reasons, was sick in class, struggling with alcohol, for his back,
#                    antenatal, early retirement, absence rate, attendance policy, performance plan,
#                    need to leave early, stepping down; 工夫 no longer holds a husband (夫), nor 母子 a
#                    mother, and a line break no longer joins a family name to the next line's word.
#                    Left: "Saskia's performance dipped" (a name the lists lack, spelled unlike one).
#   fresh_prompts_31 69/85 = 0.81, 24/35, 0/25 (session 10: addresses, phones, bank details and IDs of
#                    many countries: 32/35 prompts flagged). Fixed: national_ids.py (DNI/NIE and CPF by
#                    their check, codice fiscale by its shape; PESEL, personnummer, TFN, SIN, BVN,
#                    Aadhaar, BSB and Brazil's conta where named), passports named in other languages,
#                    "California licence is …", "name on card M J OYELARAN", Herr/Frau/Mme/Sra titles,
#                    wages $64,200.
#   fresh_prompts_32 67/79 = 0.85, 27/35, 0/25 (session 10: retrieval contexts, tool outputs, system
#                    prompts, threads, chat exports, logs: 32/35 prompts flagged). Fixed: 島田 圭介部長 (a
#                    given name with a title after it), 健康上の理由, 退任, 辞任, gallbladder op, on a PIP,
#                    a postcode closing a sentence, sustained a laceration, referred to A&E, a few German,
#                    French and Spanish health words, Oma/Opa, a name after a log's time, handed over, a
#                    chat export's handles (maria.k:, jon.b:).
#   fresh_prompts_33 65/72 = 0.90, 30/35, 0/25 (session 10, as professions write them: 34/35 prompts
#                    flagged). Fixed: attendance has dropped, her mum's illness, current 68k, a manager
#                    bullying, a UTR, 契約を打ち切られ, two-kana given names that are no words (ゆい, りな).
#   fresh_prompts_34 57/72 = 0.79, 25/35, 6/25 (session 10, one-line requests as typed to an assistant,
#                    fiction among the ordinary: 30/35 prompts flagged). Fixed: a request for fiction or a
#                    made-up case (a story, a sitcom scene, a role-play scenario, 架空の…を主人公に) keeps
#                    only slots and names beside a contact detail; John Doe and other placeholders are no
#                    one; 主人公 holds no husband (主人); "tells me" is no one's; 佐々木 悠斗 after 新人の
#                    (々 in a family name), ケンジは (katakana given names), 妹のあかりが (a name that is a
#                    word, after a relation), wifes in labour, had to let Marisol go, happy retirement,
#                    GP note, sick 4/11, your absence from, haemoptysis, 短時間勤務, 過労.
#   fresh_prompts_35 47/55 = 0.85, 28/35, 2/25 (session 10, the typing the issue names: full-width, kanji
#                    numerals, digits apart: 32/35 prompts flagged). Fixed: （佐藤） after a phone,
#                    昭和五十二年七月十五日, bank and card digits apart, 3rd of March + a year in words, a spaced
#                    sort code, "Thanks, Niamh" closing a message; toll-free numbers (0800, 0120, 1-800)
#                    and numbers given as an example of a format are no one's; 三井住友 is a bank.
#                    Left: "name on the parcel: shauna o'leary" (a given name no list holds, typed small).
#   fresh_prompts_36 59/73 = 0.81, 26/35, 1/25 (session 10, a mixed set after sets 23-35's work: 30/35
#                    prompts flagged). Fixed: she'll be off this week, orthodontist, your visa expires,
#                    can't keep employing, missed the last three stand-ups, it goes to HR, base €64,000,
#                    「小島、…」, 眠れず, 食欲もない, "mr tanaka" typed small, 社外秘の件です, has MS (not a
#                    title's Ms); "if I need time off" puts a case, no one's. Left: "my sister zara".
#   fresh_prompts_37 60/77 = 0.78, 23/35, 0/25 (session 10: code comments, fixtures, formulas, calendars,
#                    clinical and HR abbreviations, logs: 30/35 prompts flagged). Fixed: on PIP, Pt as a
#                    title, T2DM/HTN/CKD, SOB on exertion, TUPE, redeployed, PILON, せん妄, 夜間不穏, 退職金,
#                    経理部の坂本。, a person's handle in a log (user=h.nakamura; not user=app), a kana name
#                    before a comma, 吐いて, うつで, 病院行, an application … unsuccessful (its word opens a
#                    window now), investigation into …'s conduct, got the job, 85k + car, "Tessa
#                    (reception) has"; なお is a conjunction, 私兵 holds no 私, 不穏 alone is unrest.
#   fresh_prompts_38 38/70 = 0.54, 18/35, 0/25 (session 10, HR about named people, the weakest kind:
#                    20/35 prompts flagged). Fixed: reduce to four days a week, part-time hours, flexible
#                    working, compressed hours, leaving for a competitor, counter-offer, last day is, her
#                    promotion, promoted to, bonus withheld, not eligible for the bonus, tax code, take
#                    home, pension contributions, absent without leave, an offer at band 6, didn't get
#                    the job, not confirm in post, at risk of / voluntary redundancy, an owner of a bonus,
#                    a pension or hours ("Quinn's pension"), 定年退職, 再雇用, 任命する, 転職決まった,
#                    総務の松浦が, さとし. Left: "records show Eamon was absent" (no slot before the name).
#   fresh_prompts_39 58/81 = 0.72, 23/35, 1/25 (session 10, health and HR together, after set 38's work:
#                    28/35 prompts flagged). Fixed: light duties, a doctor's letter, can't lift, a word's
#                    "'s" (her cancer's back), need a few days, mam, immune system is weak, transplant,
#                    "that Siddharth will", someone's drinking, came in hungover, affecting her work,
#                    maternity pay, KIT days, back part-time, 在宅勤務, 営業部の伊東が, he'll be off Friday,
#                    "Zubair's request", dyspraxic, a label after a quote ('Employee: …'), a leave
#                    column; 腰椎骨折 is no name (a run ending in 折).
#   fresh_prompts_40 45/72 = 0.63, 20/35, 1/25 (session 10, people named where no form puts them: 24/35
#                    prompts flagged). Fixed: the one word after "check on", "cover for", "pray for",
#                    "lunch for", "talk about", "it's about", "asking", "met with both" (typed_names),
#                    after "Apparently", "told me", drinking again, missed two shifts, interviewing with,
#                    's resignation, paid more than, third no-show, his last day, gave Hamish the sack,
#                    weight loss, signed off for a month, final warnings; "if I think" puts a case.
#                    A rule taking every listed given name anywhere found 3 more kinds here and 20 more
#                    false positives in the shared chat dialogues: dropped. Left: "mentor Cosima", "was
#                    Anselm paid".
#   fresh_prompts_41 66/81 = 0.81, 27/35, 0/25 (session 11, HR and health about named people as workplaces
#                    write them, after the latency work: 29/35 prompts flagged). Fixed: late arrivals, an
#                    attendance plan, below target, a bonus on hold, a lost baby, in hospice, a cut hand,
#                    sent to A&E, Spanish HR letters (periodo de prueba, despido); nan as kin; a listed given
#                    name typed small where health or HR is told of (not in a tokenised corpus); Ireland's PPS
#                    number by its check letter or its name (the set's own, 7654321WA, fails its check: found
#                    by its name), and the IDs of China, Hong Kong, Taiwan, Finland and Korea by check or
#                    shape, the BSN, CPR and fødselsnummer by name. Shared ordinary false positives 82
#                    (unchanged).
#   fresh_prompts_42 70/78 = 0.90, 29/35, 0/25 (session 11, 24 of 35 in Japanese, after set 41's work: 33/35
#                    prompts flagged). Fixed: 総務の宮内です (a department word before の), いとこの蒼が (a
#                    one-kanji given name after a relation, from a list), a card holder in Latin capitals
#                    after 名義, 在宅にさせて, "is off until Monday", "user akemi.sato / pass …". Shared
#                    ordinary false positives 82 (unchanged).
#   fresh_prompts_43 59/76 = 0.78, 24/35, 0/25 (session 11, English records, care notes and workplace messages,
#                    after set 42's work: 30/35 prompts flagged). Fixed: a date of birth said in words
#                    (spoken_dates.py), a "birthday:" key, remarks about someone's weight, terminating
#                    employment, not progressing an application, a reference's "worked for us as", reason
#                    for absence, "won't be in tmrw", a back playing up, a scan come back clear, auntie and
#                    uncle typed small before a name, "Staff member:" as a label, eight given names. Shared
#                    ordinary false positives 82 (unchanged).
#   fresh_prompts_44 41/70 = 0.59, 18/35, 0/25 (session 11, HR only, after set 43's work: 23/35 prompts
#                    flagged; the weakest kind again). Fixed: put forward for a role, a request declined or
#                    approved, a visa running out, "can't sponsor her", "end her contract", late six times,
#                    retires on Friday, a failed reassessment, someone's start date, 360 feedback (and
#                    "feedback for NAME"), probation passed, a permanent contract, an allegation against
#                    NAME (capitalised too), an investigation opened, "your hours are", extra shifts, going
#                    down to three days, a regrade, timekeeping, 契約は…終了; five given names. Left: names
#                    in a list of scores (Bryony 62, Kwame 71), "write to Jolene:", "- Halima: 3%".
#   fresh_prompts_45 11/38 = 0.29, 2/18, 0/10 and fresh_prompts_46 19/41 = 0.46, 5/18, 0/10 (session 11, HR and
#                    health about named people in words the vocabulary does not hold: 7/18 and 10/18 prompts
#                    flagged). Not fixed, kept as they are: the measure of how far the phrase lists reach.
#                    Twenty-odd workplace and health words taken alone (secondment, rota, payroll, hypo…)
#                    raised them to 20/38 and 22/41 and the shared ordinary false positives from 82 to 92:
#                    reverted.
# Sets 45 and 46 are held out still; of the rest, what they found must stay found.
@pytest.mark.parametrize(
    ("suffix", "recall", "ordinary_flagged"),
    [
        ("", 1.0, 0),
        ("_2", 0.93, 0),
        ("_3", 0.98, 0),
        ("_4", 1.0, 0),
        ("_5", 1.0, 1),
        ("_6", 1.0, 0),
        ("_7", 1.0, 0),
        ("_8", 0.98, 0),
        ("_9", 1.0, 0),
        ("_10", 0.93, 0),
        ("_11", 1.0, 0),
        ("_12", 1.0, 0),
        ("_13", 1.0, 0),
        ("_14", 0.98, 0),
        ("_15", 0.98, 0),
        ("_16", 1.0, 1),
        ("_17", 0.98, 0),
        ("_18", 0.98, 0),
        ("_19", 1.0, 0),
        ("_20", 1.0, 0),
        ("_21", 0.97, 0),
        ("_22", 1.0, 0),
        ("_23", 1.0, 0),
        ("_24", 1.0, 0),
        ("_25", 0.98, 0),
        ("_26", 0.96, 0),
        ("_27", 0.96, 0),
        ("_28", 0.98, 0),
        ("_29", 0.98, 0),
        ("_30", 0.97, 0),
        ("_31", 1.0, 0),
        ("_32", 1.0, 0),
        ("_33", 1.0, 0),
        ("_34", 1.0, 0),
        ("_35", 0.98, 0),
        ("_36", 0.98, 0),
        ("_37", 1.0, 0),
        ("_38", 0.97, 0),
        ("_39", 1.0, 0),
        ("_40", 0.95, 0),
        ("_41", 1.0, 0),
        ("_42", 1.0, 0),
        ("_43", 1.0, 0),
        ("_44", 0.92, 0),
        ("_45", 0.28, 0),
        ("_46", 0.46, 0),
    ],
)
def test_prompts_written_apart_from_the_detector(suffix: str, recall: float, ordinary_flagged: int) -> None:
    rows = [
        json.loads(line)
        for line in (_DATA / f"fresh_prompts{suffix}.jsonl").read_text(encoding="utf-8").splitlines()
    ]
    wanted = [(kind, row["text"]) for row in rows for kind in row["kinds"]]
    found = [(kind, text) for kind, text in wanted if kind in {f.kind for f in DETECTOR.scan(text)}]
    assert len(found) / len(wanted) >= recall, sorted(set(wanted) - set(found))
    ordinary = (_DATA / f"fresh_ordinary{suffix}.jsonl").read_text(encoding="utf-8").splitlines()
    flagged = [t for t in (json.loads(line)["text"] for line in ordinary) if DETECTOR.scan(t)]
    assert len(flagged) <= ordinary_flagged, flagged


def test_a_news_report_of_a_public_persons_health_names_no_private_person() -> None:
    report = (
        "WASHINGTON (CNN) -- White House press secretary Tony Snow, who is undergoing chemotherapy for "
        "colon cancer, said on Monday he would return to work, officials said. Spokesman Jim Reid said "
        "the briefings would resume, according to a statement."
    )
    assert "person_name" not in DETECTOR.kinds([report])
    # the same words in a note about a colleague are personal
    note = "Tony Snow from accounts is undergoing chemotherapy for colon cancer; send him a card."
    assert {"person_name", "health_info"} <= DETECTOR.kinds([note])


def test_a_sports_report_of_an_injury_names_no_private_person() -> None:
    report = (
        "Ferrari appeared in a position to challenge until the final laps, when the Mercedes stretched away. "
        "Fernando Alonso, who raced with a broken rib, finished on the podium for the third time this season."
    )
    assert "person_name" not in DETECTOR.kinds([report])
