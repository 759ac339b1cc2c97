"""Thai and Arabic digits (kmportal.thai.digits): one mapping, both ways."""

from __future__ import annotations

import re

import pytest
from hypothesis import given
from hypothesis import strategies as st

from kmportal.thai.digits import DIGIT, fold_digits, parse_int, thai_digits


def test_thai_digits_fold_to_arabic_and_back() -> None:
    assert fold_digits("๐๑๒๓๔๕๖๗๘๙") == "0123456789"
    assert thai_digits("0123456789") == "๐๑๒๓๔๕๖๗๘๙"
    assert fold_digits("มาตรา ๔๕/๑ (๗ ทวิ)") == "มาตรา 45/1 (7 ทวิ)"


@given(st.text(max_size=40))
def test_folding_changes_only_thai_digits(text: str) -> None:
    folded = fold_digits(text)
    assert len(folded) == len(text)
    assert all(a == b or "๐" <= a <= "๙" for a, b in zip(text, folded, strict=True))
    assert fold_digits(thai_digits(folded)) == folded


def test_the_digit_pattern_reads_both_kinds() -> None:
    assert re.fullmatch(DIGIT + "+", "๔๕45")
    assert not re.search(DIGIT, "สี่สิบห้า")


@pytest.mark.parametrize(
    ("value", "expected"),
    [
        (None, None),
        ("", None),
        ("  ", None),
        (12, 12),
        (3.0, 3),
        ("๑๒", 12),
        ("1,250", 1250),
        ("๑,๒๕๐", 1250),
        (" -7 ", -7),
    ],
)
def test_whole_numbers_are_read_from_json_and_forms(value: object, expected: int | None) -> None:
    assert parse_int(value) == expected


@pytest.mark.parametrize("value", [True, 2.5, "12.5", "สิบ", "1 2", "12%"])
def test_anything_but_a_whole_number_is_refused(value: object) -> None:
    with pytest.raises(ValueError):
        parse_int(value)
