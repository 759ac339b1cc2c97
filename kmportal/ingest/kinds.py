"""What a document is (act, regulation, ...) and what it is called."""

from __future__ import annotations

import re
from pathlib import Path

from kmportal.docstore.models import DocKind
from kmportal.ingest.lawtext import act_title

_FOLDER_HINTS = {
    "acts": DocKind.act,
    "act": DocKind.act,
    "laws": DocKind.act,
    "regulations": DocKind.regulation,
    "handbook": DocKind.handbook,
    "handbooks": DocKind.handbook,
    "news": DocKind.news,
}


def _opening(text: str, n: int = 6) -> str:
    lines = [ln.strip(" \t\u00a0#*") for ln in text.splitlines() if ln.strip(" \t\u00a0")]
    return " ".join(lines[:n])


def infer_kind(text: str, path: Path | None = None) -> DocKind:
    head = re.sub(r"\s+", "", _opening(text))
    if head.startswith(("พระราชบัญญัติ", "พระราชกำหนด", "ประมวลกฎหมาย")):
        return DocKind.act
    if head.startswith("กฎกระทรวง"):
        return DocKind.ministerial_rule
    if head.startswith("ระเบียบ") and not head.startswith("ระเบียบวาระ"):
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
    if hint and hint.strip():
        return re.sub(r"\s+", " ", hint).strip()
    if law_unit(kind):
        title = act_title(text)
        if title:
            return title
    first = next(
        (ln.strip(" \t\u00a0#*") for ln in text.splitlines() if ln.strip(" \t\u00a0#*")), ""
    )
    first = re.sub(r"\s+", " ", first)
    return first[:120] or fallback
