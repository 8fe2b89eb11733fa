"""A keyed pattern finds what ``finditer`` finds, tried only where a key begins."""

from __future__ import annotations

import re

import pytest

from tekizai.signals.keyed import Keyed
from tekizai.signals.name_slots import EN_SLOTS
from tekizai.signals.names import _PERSON_AFTER, _SINGLE
from tekizai.signals.typed_names import _ABOUT_SOMEONE
from tests.signals.fresh_data import fresh_texts


def _spans(matches: object) -> list[tuple[int, int]]:
    return [m.span() for m in matches]  # type: ignore[attr-defined]


def test_tried_from_the_blanks_before_its_key() -> None:
    keyed = Keyed(re.compile(r"(?m)^[ \t>]*Name:[ \t]*(\w+)"), r"name:", blanks=" \t>")
    text = "x\n  > Name: Ilse\nno Name: here\n\tname: lower"
    assert _spans(keyed.finditer(text)) == _spans(keyed.pattern.finditer(text)) == [(2, 16)]


def test_the_lookbehind_sees_before_the_key() -> None:
    keyed = Keyed(re.compile(r"(?<=[.!?] )([A-Z][a-z]+) said"), r"[A-Z]", lowered=False)
    text = "Yes. Maria said so. And Tom said no! Ola said"
    assert _spans(keyed.finditer(text)) == _spans(keyed.pattern.finditer(text)) == [(5, 15), (37, 45)]


def test_matches_do_not_overlap() -> None:
    keyed = Keyed(re.compile(r"ab(?:ab)*"), r"ab")
    assert _spans(keyed.finditer("ababab ab")) == [(0, 6), (7, 9)]


def test_a_text_whose_lowering_changes_its_length_is_read_whole() -> None:
    keyed = Keyed(re.compile(r"(?i:dear) (\w+)"), r"dear")
    text = "İ Dear Ada"  # İ lowers to two characters
    assert len(text.lower()) != len(text)
    assert _spans(keyed.finditer(text)) == [(2, 10)]


@pytest.mark.parametrize(
    "keyed",
    [_SINGLE, _PERSON_AFTER, _ABOUT_SOMEONE, *(slot for slot, _ in EN_SLOTS if slot.keys is not None)],
    ids=lambda k: k.keys.pattern[:30] if k.keys else "",
)
def test_the_shipped_keys_miss_no_match(keyed: Keyed) -> None:
    texts = fresh_texts()
    assert len(texts) > 2000
    missed = [t for t in texts if _spans(keyed.finditer(t)) != _spans(keyed.pattern.finditer(t))]
    assert missed == []
    assert sum(1 for t in texts if keyed.pattern.search(t)) > 0  # the texts hold some matches to miss


def test_tried_where_a_key_ends_and_at_the_start() -> None:
    keyed = Keyed(re.compile(r"(?m)(?:^|(?<=['\"]))[ \t]*Dear (\w+)"), r"[\n'\"]", lowered=False, after=True)
    text = "Dear Ada\nsay 'Dear Bo' and\n  Dear Cy, not Dear Di"
    assert (
        _spans(keyed.finditer(text)) == _spans(keyed.pattern.finditer(text)) == [(0, 8), (14, 21), (27, 36)]
    )
