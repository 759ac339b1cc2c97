"""Turn the text layer of a PDF back into the text a person typed.

Thai PDFs carry quirks no other source has: tone marks and upper vowels stored
as the Private Use Area glyph variants a Windows shaper picked (U+F700-U+F71F),
sara am stored as nikhahit + sara aa, letters placed one by one and read back
with a space between each. Every page repeats a running header and a page
number, and the layout breaks paragraphs into lines and across pages.

``page_lines`` repairs the characters of one page; ``join_pages`` removes what
repeats at the top and bottom of the pages (found by repetition, not by a fixed
pattern) and joins the lines of each paragraph again when the positions the
reader reported show where paragraphs start.
"""

from __future__ import annotations

import itertools
import math
import re
from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass

# Glyph variants of the Windows/Apple Thai fonts, named by the fonts themselves
# (uni0E48.low, uni0E34.left, ...): each stands for one standard character.
_PUA = {
    0xF700: "ฐ",
    0xF701: "ิ",
    0xF702: "ี",
    0xF703: "ึ",
    0xF704: "ื",
    **{0xF705 + i: ch for i, ch in enumerate("่้๊๋์")},  # lowered and shifted left
    **{0xF70A + i: ch for i, ch in enumerate("่้๊๋์")},  # lowered
    0xF70F: "ญ",
    0xF710: "ั",
    0xF711: "ํ",
    0xF712: "็",
    **{0xF713 + i: ch for i, ch in enumerate("่้๊๋์")},  # shifted left
    0xF718: "ุ",
    0xF719: "ู",
    0xF71A: "ฺ",
    0xF71E: "ํ",
    0xF71F: "็",
}
# Positions no font assigns a Thai meaning: dropped rather than shown as boxes.
_PUA.update({cp: "" for cp in range(0xF700, 0xF720) if cp not in _PUA})
# Invisible characters, and the NULs a reader writes for glyphs it cannot map.
_INVISIBLE = dict.fromkeys([0x00AD, 0x200B, 0x200C, 0x200D, 0x2060, 0xFEFF])
_INVISIBLE.update(dict.fromkeys([*range(0x00, 0x09), 0x0B, 0x0C, *range(0x0E, 0x20), 0x7F]))
_TRANSLATE = str.maketrans({**_PUA, **_INVISIBLE})

_MARKS = "\u0e31\u0e34-\u0e3a\u0e47-\u0e4e"
_SPACE_BEFORE_MARK = re.compile(rf" +(?=[{_MARKS}])")
_SPACE_AFTER_LEADING_VOWEL = re.compile(r"(?<=[เแโใไ]) +(?=[ก-ฮ])")
# Nikhahit + sara aa is how sara am is drawn; a tone mark belongs before both.
_TONE_AFTER_NIKHAHIT = re.compile("\u0e4d([\u0e48-\u0e4b])")
_GRAPHEME = re.compile(rf"^(?:[^\s{_MARKS}][{_MARKS}]*|[{_MARKS}]+)$")
_DIGITS = re.compile(r"[0-9๐-๙]+")
_THAI_END = re.compile(r"[ก-ฺเ-๎]$")
_THAI_START = re.compile(r"^[ก-ฮเ-ไ]")
_DIGIT_LETTER = re.compile(r"(?<=[0-9๐-๙])(?=[ก-ฮเ-ไA-Za-z])|(?<=[ก-ฺเ-๎A-Za-z])(?=[0-9๐-๙])")


def fix_characters(text: str) -> str:
    """PUA variants mapped back, sara am recombined, soft hyphens and zero-width
    characters dropped, stray spaces before combining marks removed."""
    text = text.translate(_TRANSLATE)
    text = _SPACE_BEFORE_MARK.sub("", text)
    return recombine_sara_am(text)


def recombine_sara_am(text: str) -> str:
    text = _TONE_AFTER_NIKHAHIT.sub("\\1\u0e4d", text)
    return text.replace("\u0e4d\u0e32", "\u0e33")


def private_use_share(text: str) -> float:
    """Share of the visible characters that are private-use code points no font
    convention explains: a text layer made of them cannot be read, only OCRed."""
    visible = [ch for ch in text if not ch.isspace()]
    if not visible:
        return 0.0
    return sum(1 for ch in visible if 0xE000 <= ord(ch) <= 0xF8FF) / len(visible)


def _spaced_share(line: str) -> float:
    tokens = [t for t in line.split(" ") if t]
    if len(tokens) < 2:
        return 0.0
    return sum(1 for t in tokens if _GRAPHEME.match(t)) / len(tokens)


def despace(line: str) -> str:
    """``ม า ต ร า  ๑`` -> ``มาตรา ๑``: a wider gap is a real space; where the reader
    left none, a number still stands apart from the words around it."""
    words = re.split(r" {2,}", line.strip())
    joined = " ".join(w.replace(" ", "") for w in words)
    joined = _SPACE_AFTER_LEADING_VOWEL.sub("", joined)
    if len(words) == 1:
        joined = _DIGIT_LETTER.sub(" ", joined)
    return recombine_sara_am(joined)


@dataclass
class Line:
    text: str
    page: int
    x: float | None = None
    y: float | None = None


def page_lines(text: str, starts: Sequence[Sequence[float] | None] | None, page: int) -> list[Line]:
    """The non-empty lines of one page, characters repaired, with their positions."""
    raw = text.split("\n")
    where = list(starts or [])
    if len(where) != len(raw):
        where = [None] * len(raw)
    out: list[Line] = []
    for line, pos in zip(raw, where, strict=True):
        fixed = fix_characters(line).strip(" \t\u00a0")
        if line.rstrip().endswith("\u00ad"):
            fixed += "\u00ad"  # a word broken at the line end, joined again below
        if fixed.strip("\u00ad"):
            x, y = (float(pos[0]), float(pos[1])) if pos else (None, None)
            out.append(Line(fixed, page, x, y))
    return out


def join_pages(pages: list[list[Line]]) -> str:
    """One text from the pages' lines: spaced letters rejoined, running headers and
    footers dropped, paragraphs rejoined (one paragraph per line, a blank line
    between paragraphs) when the positions show them, else one line per line."""
    lines = [ln for page in pages for ln in page]
    candidates = [ln for ln in lines if _spaced_share(ln.text) > 0]
    if candidates and sum(_spaced_share(ln.text) >= 0.7 for ln in candidates) >= 0.3 * len(
        candidates
    ):
        for ln in lines:
            if _spaced_share(ln.text) >= 0.5:
                ln.text = despace(ln.text)
    furniture = _furniture(pages)
    body = [ln for ln in lines if id(ln) not in furniture]
    paragraphs = _paragraphs(body)
    if paragraphs is None:
        return "\n".join(ln.text.rstrip("\u00ad") for ln in body)
    return "\n\n".join(p.rstrip("\u00ad") for p in paragraphs)


def _mask(text: str) -> str:
    return " ".join(_DIGITS.sub("#", text).split())


def _edges(page: list[Line], reach: int) -> list[tuple[Line, str]]:
    """The lines that could be running furniture, with the edge they sit at.

    With positions: the outermost baseline at the top and at the bottom, and the
    next ones while they follow more tightly than the body's lines do (a header
    set in two small lines), never across the wider gap that sets furniture off
    from the body. Without: the first and last lines, up to ``reach`` of them."""
    if not page:
        return []
    if any(ln.y is None for ln in page):
        reach = min(reach, max(1, len(page) // 4))
        return [(ln, "top") for ln in page[:reach]] + [(ln, "bottom") for ln in page[-reach:]]
    baselines = sorted({round(ln.y or 0.0) for ln in page}, reverse=True)
    gaps = sorted(a - b for a, b in itertools.pairwise(baselines))
    leading = gaps[len(gaps) // 2] if gaps else 0.0
    out: list[tuple[Line, str]] = []
    for edge, order in (("top", baselines), ("bottom", baselines[::-1])):
        band = order[:1]
        for prev, nxt in itertools.pairwise(order[:reach]):
            if abs(prev - nxt) >= 0.9 * leading:
                break
            band.append(nxt)
        out.extend(
            (ln, f"{edge}{round(ln.y or 0.0) // 4}") for ln in page if round(ln.y or 0.0) in band
        )
    return out


def _furniture(pages: list[list[Line]]) -> set[int]:
    """Ids of the lines that repeat, digits aside, at the same edge of many pages.

    Repetition is counted near the edges; a line found to repeat is then removed
    wherever it stands near an edge of a page (without positions, the lines of a
    header may come in any order)."""
    if len(pages) < 2:
        return set()
    near, far = 6, 8
    seen: dict[tuple[str, str], set[int]] = {}
    for n, page in enumerate(pages):
        for ln, edge in _edges(page, near):
            seen.setdefault((_mask(ln.text), edge), set()).add(n)
    need = 2 if len(pages) <= 3 else max(3, math.ceil(len(pages) / 4))
    repeated = {key for key, found in seen.items() if len(found) >= need}
    return {
        id(ln)
        for page in pages
        for ln, edge in _edges(page, far)
        if (_mask(ln.text), edge) in repeated
    }


def _mode(values: list[float]) -> float | None:
    counts = Counter(round(v) for v in values)
    if not counts:
        return None
    value, n = counts.most_common(1)[0]
    return float(value) if n >= 2 else None


def _leftmost_common(xs: list[float]) -> float:
    counts = Counter(round(x) for x in xs)
    need = max(2, len(xs) // 50)
    common = [x for x, n in counts.items() if n >= need]
    return float(min(common or counts))


def _paragraphs(lines: list[Line]) -> list[str] | None:
    """Group lines into paragraphs by where they start; None when the positions say
    nothing (unknown, or every line starts at the margin with even spacing)."""
    if len(lines) < 3 or any(ln.x is None or ln.y is None for ln in lines):
        return None
    # The left margin is where the most lines start, but a title page of centred
    # lines and one-line paragraphs may have few: take the leftmost start shared by
    # a fair number of lines over all pages of the same side (odd or even).
    margins: dict[int, float] = {}
    for side in (0, 1):
        xs = [ln.x or 0.0 for ln in lines if ln.page % 2 == side]
        margins[side] = _leftmost_common(xs) if xs else 0.0
    offsets = [(ln.x or 0.0) - margins[ln.page % 2] for ln in lines]
    indent = _mode([o for o in offsets if 3 < o < 120])
    gaps = [
        (a.y or 0.0) - (b.y or 0.0)
        for a, b in itertools.pairwise(lines)
        if a.page == b.page and (a.y or 0.0) > (b.y or 0.0)
    ]
    leading = sorted(gaps)[len(gaps) // 2] if gaps else 0.0
    wide = sum(1 for g in gaps if g > 1.5 * leading)
    indented = sum(1 for o in offsets if indent is not None and abs(o - indent) <= 2)
    if indented < 0.03 * len(lines) and wide < 0.03 * len(lines):
        return None

    def at(offset: float, where: float | None) -> bool:
        return where is not None and abs(offset - where) <= 2

    paragraphs: list[str] = []
    for i, ln in enumerate(lines):
        prev = lines[i - 1] if i else None
        continues = (
            prev is not None
            and at(offsets[i], 0.0)
            and (at(offsets[i - 1], 0.0) or at(offsets[i - 1], indent))
            and (prev.page != ln.page or 0 < (prev.y or 0.0) - (ln.y or 0.0) <= 1.5 * leading)
        )
        if continues and paragraphs:
            paragraphs[-1] = _join(paragraphs[-1], ln.text)
        else:
            paragraphs.append(ln.text)
    return paragraphs


def _join(left: str, right: str) -> str:
    """Thai breaks lines between words without a space; anything else had one."""
    if left.endswith("\u00ad"):
        return left[:-1] + right
    if _THAI_END.search(left) and _THAI_START.search(right):
        return left + right
    if left.endswith(("(", "“", "‘", "[")) or right.startswith((")", "”", "’", "]", ",", ".")):
        return left + right
    return f"{left} {right}"
