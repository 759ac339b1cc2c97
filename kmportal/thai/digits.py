"""Thai digits (๐–๙) and Arabic digits (0–9): one mapping, PyThaiNLP's.

Law texts number their sections in Thai digits, people type either kind, and
the matching form of a text (:func:`kmportal.thai.normalize.normalize`) keeps
only Arabic ones.
"""

from __future__ import annotations

import re

from pythainlp.util import arabic_digit_to_thai_digit, thai_digit_to_arabic_digit

# One digit of either kind, for patterns that must read both (มาตรา ๔๕ / มาตรา 45).
DIGIT = "[0-9๐-๙]"

_WHOLE = re.compile(r"[+-]?\d+")


def fold_digits(text: str) -> str:
    """Thai digits to Arabic: ``"มาตรา ๔๕"`` → ``"มาตรา 45"``; nothing else changes."""
    return thai_digit_to_arabic_digit(text)


def thai_digits(text: str) -> str:
    """Arabic digits to Thai: ``"45"`` → ``"๔๕"``; nothing else changes."""
    return arabic_digit_to_thai_digit(text)


def parse_int(value: object) -> int | None:
    """An int from JSON or a form field; Thai digits and thousands commas accepted.

    Raises ValueError for anything that is not a whole number; ``None``/"" → None.
    """
    if value is None:
        return None
    if isinstance(value, bool):
        raise ValueError(value)
    if isinstance(value, int):
        return value
    if isinstance(value, float):
        if value.is_integer():
            return int(value)
        raise ValueError(value)
    s = fold_digits(str(value)).replace(",", "").strip()
    if not s:
        return None
    if not _WHOLE.fullmatch(s):
        raise ValueError(value)
    return int(s)
