"""The name-shape table: trained by the project's script, judging words it never saw, retrainable."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from click.testing import CliRunner

from tekizai.cli.main import main
from tekizai.errors import ConfigError
from tekizai.learning.name_train import Word, cross_validate, default_words, fit, read_words
from tekizai.protocol import ChatCompletionRequest
from tekizai.signals import SignalReader
from tekizai.signals.name_shape import DEFAULT_MODEL, NameShape, default_shape
from tekizai.signals.sensitivity import SensitivityDetector
from tests.conftest import make_settings

# family names and given names from many places, none of them in the training lists (checked below)
_UNSEEN_NAMES = ["Wierzbicki", "Castellanos", "Vuković", "Thorvaldsen", "Przybylski", "Rautiainen",
                 "Chukwuemeka", "Gunnarsdóttir", "Halvorsrud", "Wojtaszek", "Ravindran", "Abernathy"]  # fmt: skip
# words of office life, none in the training lists either
_UNSEEN_WORDS = ["Stapler", "Offboarding", "Whiteboard", "Spreadsheet", "Lanyard", "Hotfix",
                 "Firewall", "Changelog", "Brainstorm", "Cafeteria", "Paperwork", "Standup"]  # fmt: skip


def test_the_shipped_table_is_what_the_script_trains() -> None:
    trained = fit(default_words())
    shipped = NameShape.load(DEFAULT_MODEL)
    assert shipped.bias == pytest.approx(trained.bias, abs=1e-4)
    assert max(abs(a - b) for a, b in zip(shipped.weights, trained.weights, strict=True)) < 1e-4


def test_judges_words_it_never_saw_by_their_spelling() -> None:
    known = {w.text.lower() for w in default_words()}
    assert not known & {w.lower() for w in _UNSEEN_NAMES + _UNSEEN_WORDS}
    shape = default_shape()
    assert [w for w in _UNSEEN_NAMES if shape.probability(w) < 0.5] == []
    assert [w for w in _UNSEEN_WORDS if shape.probability(w) >= 0.5] == []
    # accents aside: the table reads Søren as Soren
    assert shape.probability("Gunnarsdóttir") == pytest.approx(shape.probability("Gunnarsdottir"))


def test_cross_validation_reports_held_out_words() -> None:
    words = [Word(w, True) for w in ("Kowalski", "Nowak", "Ivanova", "Petrova", "Jansen", "Larsen")] + [
        Word(w, False) for w in ("Invoice", "Meeting", "Shipping", "Payment", "Station", "Printing")
    ]
    lines = cross_validate(words, folds=3)
    assert len(lines) == 4 and lines[-1].startswith("  all held out, Latin: names taken")


def test_a_name_no_list_knows_is_found_in_a_personal_context() -> None:
    detector = SensitivityDetector()
    text = "Please move the appointment for Halvorsrud Wierzbicki to Friday and tell the patient."
    assert any(text[f.start : f.end] == "Halvorsrud Wierzbicki" for f in detector.scan(text))
    # the same name in a history question is not personal data
    assert not detector.scan("Which expedition did Halvorsrud Wierzbicki lead across Greenland in 1911?")
    # title-case office words are not a name, even in a personal context
    assert not detector.scan(
        "Send the customer the Quarterly Deliverables Spreadsheet before the appointment."
    )


def test_news_reports_name_people_without_making_it_personal_data() -> None:
    detector = SensitivityDetector()
    news = (
        "Police said on Monday that Javier Castellanos, 36, was arrested after the match. A spokesman for "
        "the club said the 36-year-old employee had been suspended, officials told reporters."
    )
    assert not [f for f in detector.scan(news) if f.kind == "person_name"]
    # a contact detail next to the name makes it personal, news or not
    assert any(
        f.kind == "person_name" for f in detector.scan(news + " Javier Castellanos: +44 20 7946 0958.")
    )


def test_bad_word_lines_are_named(tmp_path: Path) -> None:
    path = tmp_path / "w.jsonl"
    path.write_text(
        '{"word": "Adeyemi", "name": true}\n{"word": "Kickoff", "name": "no"}\n', encoding="utf-8"
    )
    with pytest.raises(ConfigError, match=r"w.jsonl:2: a line is"):
        read_words(path)
    path.write_text("{}", encoding="utf-8")
    (tmp_path / "broken.json").write_text('{"format": "other"}', encoding="utf-8")
    with pytest.raises(ConfigError, match="retrain it"):
        NameShape.load(tmp_path / "broken.json")


def test_retrained_with_ones_own_words_the_config_uses_it(tmp_path: Path, gemma_path: Path) -> None:
    text = "Please call the customer about the appointment: Kovrin Zaldek asked for a refund."
    assert any(f.kind == "person_name" for f in SensitivityDetector().scan(text))
    # an operator whose prompts say "Kovrin Zaldek" for a product line teaches the table so
    words = tmp_path / "words.jsonl"
    words.write_text(
        "\n".join(json.dumps({"word": w, "name": False}) for w in ("Kovrin", "Zaldek")), encoding="utf-8"
    )
    out = CliRunner().invoke(
        main, ["train", "names", "--data", str(words), "--out", str(tmp_path / "n.json")]
    )
    assert out.exit_code == 0, out.output
    assert "held out (5-fold)" in out.output and "saved to" in out.output

    models = [{"id": "m", "backend": "llamacpp", "path": str(gemma_path), "chat_format": "gemma"}]
    settings = make_settings(tmp_path, models, routing={"name_shape": str(tmp_path / "n.json")})
    signals = SignalReader.from_config(settings).read(
        ChatCompletionRequest(model="auto", messages=[{"role": "user", "content": text}])  # type: ignore[list-item]
    )
    assert "person_name" not in signals.sensitive_kinds


def test_one_word_where_a_person_stands() -> None:
    detector = SensitivityDetector()
    text = "Thanks for the update. Wierzbicki called about the refund for his order yesterday."
    assert [text[f.start : f.end] for f in detector.scan(text)] == ["Wierzbicki"]
    # a word spelled like no name in the same place is not one
    assert not detector.scan(
        "Thanks for the update. Firewall has blocked the refund service since yesterday."
    )
    # nor is the name with nothing personal around it
    assert not detector.scan("Thanks for the update. Wierzbicki called it the finest bridge of the century.")


# Japanese full names whose family names no list holds, and runs of kanji that are not names; none in
# the training words
_UNSEEN_JA_NAMES = [
    "轟木隼人",
    "勅使河原美咲",
    "鬼頭美咲",
    "鷲尾翔太",
    "柊木花子",
    "龍崎直樹",
    "姫野結衣",
    "冨樫勇気",
]
_UNSEEN_JA_WORDS = ["個人情報保護", "顧客管理", "営業担当者", "第三四半期", "取締役会", "株主総会", "健康診断",
                    "有給休暇", "年末調整", "就業規則", "議事録", "機械学習", "代表取締役", "人工知能"]  # fmt: skip


def test_japanese_full_names_no_list_holds() -> None:
    known = {w.text for w in default_words()}
    assert not known & set(_UNSEEN_JA_NAMES + _UNSEEN_JA_WORDS)
    shape = default_shape()
    assert [w for w in _UNSEEN_JA_NAMES if shape.probability(w) < 0.7] == []
    assert [w for w in _UNSEEN_JA_WORDS if shape.probability(w) >= 0.7] == []
    detector = SensitivityDetector()
    for text in ("新入社員の轟木隼人について評価をまとめて", "轟木隼人が来週から休職します",
                 "次の人に連絡してください：轟木隼人、鬼頭美咲"):  # fmt: skip
        assert any(text[f.start : f.end] == "轟木隼人" for f in detector.scan(text)), text
    # the same name in a history question, and compounds beside personal words, are not personal data
    for text in ("轟木隼人は江戸時代の画家です。代表作は？", "個人情報保護方針について顧客に説明する文書を作って",
                 "営業担当者の連絡先一覧を作って", "最南端の島の名前は何か"):  # fmt: skip
        assert not detector.scan(text), text
