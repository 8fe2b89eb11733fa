"""The optional GiNZA name recogniser, on the real ja_ginza model (installed by the test extra)."""

from __future__ import annotations

import pytest

from tekizai.signals.ginza_names import GinzaNames, _chunks
from tekizai.signals.sensitivity import SensitivityDetector

pytest.importorskip("ja_ginza", reason="the ja-ner extra is not installed")

GINZA = GinzaNames()
WITH_GINZA = SensitivityDetector(names=GINZA)
LISTS_ONLY = SensitivityDetector()


def _names(detector: SensitivityDetector, text: str) -> list[str]:
    return [text[f.start : f.end] for f in detector.scan(text) if f.kind == "person_name"]


def test_finds_a_rare_family_name_the_lists_do_not_hold_in_a_personal_context() -> None:
    text = "顧客の勅使河原宏から住所変更の連絡があった"
    assert _names(LISTS_ONLY, text) == []
    assert "勅使河原宏" in _names(WITH_GINZA, text)


def test_a_name_in_an_encyclopedic_sentence_is_recognised_but_not_personal() -> None:
    text = "勅使河原宏は日本の映画監督である。"
    assert any(text[s:e] == "勅使河原宏" for s, e in GINZA(text))
    assert _names(WITH_GINZA, text) == []


def test_reads_only_japanese_and_long_texts_in_chunks_with_true_offsets() -> None:
    assert GINZA("Emily Johnson was diagnosed with diabetes") == []
    filler = "今日は晴れです。\n" * 400  # 3,600 characters: two chunks at least
    text = filler + "担当者の勅使河原宏に電話してください。"
    assert len(_chunks(text)) >= 2
    spans = GINZA(text)
    assert any(text[s:e] == "勅使河原宏" for s, e in spans), spans
