"""What a document is (act, regulation, ...), what it is called and when it was given.

All three come from the first real lines of the text: a law opens with its
title (``พระราชบัญญัติ… พ.ศ. …``, ``ระเบียบกระทรวง… ว่าด้วย… พ.ศ. …``,
``กฎกระทรวง…``, ``ประกาศ… เรื่อง…``), perhaps after a page number or a running
header that a one-page PDF gave no chance to recognise by repetition.
"""

from __future__ import annotations

import re
from datetime import date
from pathlib import Path

from kmportal.docstore.models import DocKind
from kmportal.ingest.lawtext import act_title
from kmportal.thai.dates import BE_OFFSET, MONTHS_FULL
from kmportal.thai.digits import fold_digits

TITLE_MAX = 120
_FOLDER_HINTS = {
    "acts": DocKind.act,
    "act": DocKind.act,
    "laws": DocKind.act,
    "regulations": DocKind.regulation,
    "handbook": DocKind.handbook,
    "handbooks": DocKind.handbook,
    "news": DocKind.news,
}
# How each kind of law opens; instruments made of clauses (ข้อ) only count when
# they have some, since "ประกาศ" also heads a notice of a meeting.
_ACT_WORDS = ("พระราชบัญญัติ", "พระราชกำหนด", "พระราชกฤษฎีกา", "ประมวลกฎหมาย")
_CLAUSE_WORDS = ("ระเบียบ", "ข้อบังคับ", "ข้อบัญญัติ", "ประกาศ")
_CLAUSE = re.compile(r"(?m)^[ \t\u00a0]*ข้อ[ \t\u00a0]*\n?[ \t\u00a0]*[๐-๙0-9]+")
# "ระเบียบนี้เรียกว่า “…”": the name a law gives itself, quoted on one line.
_NAMED = re.compile(
    r"(?:พระราชบัญญัติ|พระราชกฤษฎีกา|ระเบียบ|ข้อบังคับ|ข้อบัญญัติ|ประกาศ|กฎกระทรวง)นี้"
    r"[ \t\u00a0]*เรียกว่า[ \t\u00a0\n]*[“\"](?P<name>[^”\"\n]{8,200})[”\"]"
)
_YEAR = re.compile(r"(?:พ\.ศ\.|พุทธศักราช)")
_MONTHS = MONTHS_FULL
_GIVEN = re.compile(
    r"(?:ให้ไว้|ประกาศ|สั่ง)[ \t\u00a0]*ณ[ \t\u00a0]*วันที่[ \t\u00a0\n]*(?P<d>[๐-๙0-9]{1,2})"
    rf"[ \t\u00a0\n]*(?P<m>{'|'.join(_MONTHS)})[ \t\u00a0\n]*(?:พ\.ศ\.|พุทธศักราช)?"
    r"[ \t\u00a0\n]*(?P<y>[๐-๙0-9]{4})"
)


def _lines(text: str, n: int) -> list[str]:
    out: list[str] = []
    for raw in text.splitlines():
        line = raw.strip(" \t\u00a0#*")
        if line:
            out.append(line)
            if len(out) == n:
                break
    return out


def _looks_like_furniture(line: str) -> bool:
    """A page number or a running header left on a one-page PDF: short, or numbered."""
    digits = sum(ch.isdigit() for ch in line)
    return len(line) <= 20 or digits >= 0.15 * len(line.replace(" ", ""))


def _law_start(text: str) -> tuple[int, str]:
    """Offset of the line that opens a law's title and its first word, or (0, "") when
    none of the first lines does (only page furniture may come before it)."""
    pos = 0
    for raw in text.splitlines(keepends=True)[:40]:
        line = raw.strip(" \t\u00a0\n#*")
        squeezed = re.sub(r"\s+", "", line)
        if line:
            word = next(
                (w for w in (*_ACT_WORDS, "กฎกระทรวง", *_CLAUSE_WORDS) if squeezed.startswith(w)),
                "",
            )
            if word and not squeezed.startswith("ระเบียบวาระ"):
                return pos, word
            if not _looks_like_furniture(line):
                return 0, ""
        pos += len(raw)
    return 0, ""


def infer_kind(text: str, path: Path | None = None) -> DocKind:
    _, word = _law_start(text[:5000])
    if word in _ACT_WORDS:
        return DocKind.act
    if word == "กฎกระทรวง":
        return DocKind.ministerial_rule
    if word == "ระเบียบ" or (word and len(_CLAUSE.findall(text)) >= 2):
        return DocKind.regulation
    if path is not None:
        for part in reversed(path.parts[:-1]):
            if part.lower() in _FOLDER_HINTS:
                return _FOLDER_HINTS[part.lower()]
    if "คู่มือ" in text[:3000] or "แผนการจัดการความรู้" in text[:3000]:
        return DocKind.handbook
    if re.search(r"ข่าว(?!สาร)|ประชาสัมพันธ์", text[:1000]):
        return DocKind.news
    return DocKind.other


def law_unit(kind: DocKind) -> str | None:
    """The word that labels a citable unit, or None for prose."""
    if kind is DocKind.act:
        return "มาตรา"
    if kind in (DocKind.regulation, DocKind.ministerial_rule):
        return "ข้อ"
    return None


def infer_title(text: str, kind: DocKind, *, hint: str | None, fallback: str) -> str:
    """A law is called what its title block says (its first clause's ``…นี้เรียกว่า
    “…”`` when the block lacks the year); anything else by the file's own title
    property, else its first line."""
    if law_unit(kind):
        start, word = _law_start(text[:5000])
        title = act_title(text[start:])
        if word and not _YEAR.search(title):
            named = _NAMED.search(text, start, start + 5000)
            if named and re.sub(r"\s+", "", named.group("name")).startswith(word):
                title = re.sub(r"\s+", " ", named.group("name")).strip()
        if word and title:
            return title
    if hint and hint.strip():
        return re.sub(r"\s+", " ", hint).strip()
    if law_unit(kind):
        title = act_title(text)
        if title:
            return title
    first = next(iter(_lines(text, 1)), "")
    first = re.sub(r"\s+", " ", first)
    if len(first) <= TITLE_MAX:
        return first or fallback
    # A first line this long is a paragraph, not a title: show its opening
    # words, marked as cut so the chunker does not take it for a name.
    cut = first.rfind(" ", TITLE_MAX // 2, TITLE_MAX)
    return first[: cut if cut > 0 else TITLE_MAX - 1].rstrip() + "…"


def infer_date(text: str) -> date | None:
    """The day a law was given or announced (``ให้ไว้ ณ วันที่ ๑๒ ตุลาคม พ.ศ. ๒๕๔๐``,
    ``ประกาศ ณ วันที่ …``), in the Gregorian calendar; the first one stated."""
    m = _GIVEN.search(text, 0, 200_000)
    if m is None:
        return None
    try:
        return date(
            int(fold_digits(m.group("y"))) - BE_OFFSET,
            _MONTHS.index(m.group("m")) + 1,
            int(fold_digits(m.group("d"))),
        )
    except ValueError:
        return None
