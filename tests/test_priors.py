"""Priors (search/priors.py): background sections and whole laws that another
law of the corpus repeals count less; an amending clause repeals no law."""

from __future__ import annotations

from dataclasses import dataclass

import pytest

from kmportal.docstore.models import DocKind, Document
from kmportal.search import priors

NEW_ACT = (
    "พระราชบัญญัติ\nวิธีการงบประมาณ\nพ.ศ. ๒๕๖๑\n"
    "มาตรา ๓  ให้ยกเลิก\n(๑) พระราชบัญญัติวิธีการงบประมาณ พ.ศ. ๒๕๐๒\n"
    "(๒) พระราชบัญญัติวิธีการงบประมาณ (ฉบับที่ ๒) พ.ศ. ๒๕๐๓\n\n"
    "มาตรา ๔  ให้ยกเลิกพระราชบัญญัติเงินคงคลัง พุทธศักราช ๒๔๙๑\n"
    "มาตรา ๕  ให้ยกเลิกความในมาตรา ๑๐ แห่งพระราชบัญญัติการบัญชี พ.ศ. ๒๕๔๓ และให้ใช้ความต่อไปนี้แทน\n"
)


@dataclass
class Span:
    doc_id: str
    key: str
    label: str
    start: int = 0
    end: int = 0


def _law(doc_id: str, title: str, text: str = "", kind: DocKind = DocKind.act) -> Document:
    return Document(
        id=doc_id, title=title, kind=kind, source_path="", content_hash=doc_id, text=text
    )


def test_the_laws_a_clause_repeals_whole_are_read_from_it() -> None:
    assert priors.repealed_names(NEW_ACT) == {
        "พระราชบัญญัติวิธีการงบประมาณพ.ศ.2502",
        "พระราชบัญญัติวิธีการงบประมาณ(ฉบับที่2)พ.ศ.2503",
        "พระราชบัญญัติเงินคงคลังพ.ศ.2491",
    }


def test_a_repealed_law_counts_as_background_and_nothing_else_does() -> None:
    docs = {
        d.id: d
        for d in (
            _law("new", "พระราชบัญญัติวิธีการงบประมาณ พ.ศ. ๒๕๖๑", NEW_ACT),
            _law("old", "พระราชบัญญัติวิธีการงบประมาณ พ.ศ. 2502 (ฉบับ Update ล่าสุด)"),
            _law("treasury", "พระราชบัญญัติเงินคงคลัง พ.ศ. 2491"),
            _law("accounts", "พระราชบัญญัติการบัญชี พ.ศ. 2543"),  # only amended
            _law("notes", "พระราชบัญญัติวิธีการงบประมาณ พ.ศ. 2502", kind=DocKind.handbook),
        )
    }
    assert priors.repealed_laws(docs) == {"old", "treasury"}
    sections = [
        Span("new", "s3", "มาตรา ๓"),
        Span("new", "note", "หมายเหตุ"),
        Span("new", "s9", "มาตรา ๙ (ยกเลิก)"),
        Span("old", "s10", "มาตรา ๑๐"),
        Span("accounts", "s10", "มาตรา ๑๐"),
    ]
    prior = priors.background_prior(docs, sections)
    low = priors.BACKGROUND_PRIOR
    assert prior.tolist() == pytest.approx([1.0, low, low, low, 1.0])
