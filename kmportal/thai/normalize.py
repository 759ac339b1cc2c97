"""Thai text normalisation, applied identically to documents and to queries.

Two forms exist. ``clean_display`` repairs what is plainly broken in a source
(mis-decoded curly quotes, zero-width characters, CRLF) and is what we store and
show, Thai digits and all. ``normalize`` is the *matching* form: it is never
shown, only embedded and tokenised.
"""

from __future__ import annotations

import re
import unicodedata
from functools import lru_cache

from pythainlp.util import normalize as _pythainlp_normalize

from kmportal.thai.abbrev import alone, expansions
from kmportal.thai.dates import MONTHS_ABBR, MONTHS_FULL
from kmportal.thai.digits import fold_digits

_ZERO_WIDTH = dict.fromkeys(map(ord, "\u200b\u200c\u200d\u2060\ufeff\u00ad"), None)
# Windows-1252 smart quotes that reached us as C1 control characters.
_C1_QUOTES = str.maketrans({"\x93": "\u201c", "\x94": "\u201d", "\x91": "\u2018", "\x92": "\u2019"})
_SPACES = re.compile(r"[ \t\u00a0\u2000-\u200a\u202f\u205f\u3000]+")
_CONTROL = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f-\x9f]")
_FOOTNOTE_MARK = re.compile(r"\[\d{1,3}\]")
_BIDI = re.compile(r"[\u200e\u200f\u202a-\u202e\u2066-\u2069]")

# Abbreviated Thai month names, as slides and tables write them.
_MONTHS = dict(zip(MONTHS_ABBR, MONTHS_FULL, strict=True))


def clean_display(text: str) -> str:
    """The stored form: same characters a reader expects, minus encoding debris."""
    text = text.replace("\r\n", "\n").replace("\r", "\n")
    text = text.translate(_C1_QUOTES).translate(_ZERO_WIDTH)
    return _CONTROL.sub("", text)


def _spelling_pattern(spelling: str) -> str:
    if spelling.isascii():
        # A Latin abbreviation is a word of its own: not KMportal, PKM or "2.5 KM".
        return rf"(?<![A-Za-z0-9])(?<!\d )(?i:{re.escape(spelling)})(?![A-Za-z])"
    if spelling in alone():
        return r"(?<![\u0e01-\u0e4e])" + re.escape(spelling)
    if spelling.endswith("."):
        return re.escape(spelling)
    # A dotless Thai form only counts when not glued to a following Thai letter.
    return re.escape(spelling) + r"(?![\u0e01-\u0e4e])"


@lru_cache(maxsize=1)
def _abbrev_pattern() -> tuple[re.Pattern[str], dict[str, str]]:
    table = {**expansions(), **_MONTHS}
    table |= {k.upper(): v for k, v in table.items() if k.isascii()}
    # Longest first so ส.อบจ. wins over อบจ.
    alts = sorted(table, key=len, reverse=True)
    return re.compile("|".join(_spelling_pattern(a) for a in alts)), table


def expand_abbreviations(text: str) -> str:
    pattern, table = _abbrev_pattern()
    return pattern.sub(
        lambda m: " " + table[m.group(0).upper() if m.group(0).isascii() else m.group(0)] + " ",
        text,
    )


def strip_abbreviations(text: str) -> str:
    """``text`` without its abbreviations: what is left tells its language."""
    pattern, _ = _abbrev_pattern()
    return pattern.sub(" ", text)


def normalize(text: str, *, fold_case: bool = True) -> str:
    """The matching form of ``text`` (documents and queries alike).

    Applied until nothing changes, so that normalising twice is the same as once
    (an expansion can expose another abbreviation or a dangling mark).
    ``fold_case=False`` keeps Latin capitals: the embedder reads "Luther" and
    "luther" differently, and names are what an English question turns on."""
    for _ in range(32):
        nxt = _normalize_once(text, fold_case=fold_case)
        if nxt == text:
            break
        text = nxt
    return text


def _normalize_once(text: str, *, fold_case: bool) -> str:
    text = clean_display(text)
    text = _BIDI.sub("", text)
    # NFC, never NFKC: NFKC splits sara am (ำ) and newmm then mis-segments.
    text = unicodedata.normalize("NFC", text)
    text = _pythainlp_normalize(text)
    text = fold_digits(text)
    text = _FOOTNOTE_MARK.sub("", text)
    text = expand_abbreviations(text)
    text = (
        text.replace("\u201c", '"')
        .replace("\u201d", '"')
        .replace("\u2018", "'")
        .replace("\u2019", "'")
    )
    text = _SPACES.sub(" ", text)
    text = re.sub(r" *\n[ \n]*", "\n", text)
    return text.strip().lower() if fold_case else text.strip()


def thai_ratio(text: str) -> float:
    """Share of letters that are Thai; tells a Thai query from an English one."""
    letters = [c for c in text if c.isalpha()]
    if not letters:
        return 0.0
    return sum("\u0e00" <= c <= "\u0e7f" for c in letters) / len(letters)
