"""Law as offices hold it: Gazette PDFs and Word files split like the clean texts.

Every file here is rendered by ``helpers.office_docs`` from texts the tests contain; the
bar is the split of the same text as a clean .txt file.
"""

from __future__ import annotations

import re
import time
from pathlib import Path

import pytest
from helpers.office_docs import (
    NARROW,
    Layout,
    office_paragraphs,
    render_docx,
    render_pdf,
    render_scanned_pdf,
    write_pdf,
)
from helpers.thai_corpus import PAO_ACT, PAO_TITLE
from pypdf import PdfReader

from kmportal.docstore.models import DocKind
from kmportal.errors import UnsupportedFile
from kmportal.ingest.kinds import infer_kind, infer_title
from kmportal.ingest.parse import parse_file
from kmportal.ingest.pipeline import split_sections
from kmportal.thai.normalize import clean_display

REG_TITLE = "ระเบียบกระทรวงมหาดไทยว่าด้วยการทดสอบการเบิกจ่ายค่าเดินทาง พ.ศ. ๒๕๖๐"
# A short regulation as a clerk types it: one clause per line, one space after ข้อ ๑.
REGULATION = [
    "ระเบียบกระทรวงมหาดไทย",
    "ว่าด้วยการทดสอบการเบิกจ่ายค่าเดินทาง",
    "พ.ศ. ๒๕๖๐",
    "โดยที่เป็นการสมควรกำหนดหลักเกณฑ์การเบิกจ่ายค่าเดินทางขององค์กรปกครองส่วนท้องถิ่น",
    f"ข้อ ๑ ระเบียบนี้เรียกว่า “{REG_TITLE}”",
    "ข้อ ๒ ระเบียบนี้ให้ใช้บังคับตั้งแต่วันถัดจากวันประกาศในราชกิจจานุเบกษาเป็นต้นไป",
    "ข้อ ๓ ผู้เดินทางไปราชการมีสิทธิเบิกค่าใช้จ่ายตามข้อ ๔ ได้",
    "ข้อ ๔ ค่าใช้จ่ายที่เบิกได้ ได้แก่ ค่าพาหนะ ค่าที่พัก และค่าเบี้ยเลี้ยง",
    "ข้อ ๕ ให้ปลัดกระทรวงมหาดไทยรักษาการตามระเบียบนี้",
    "ประกาศ ณ วันที่ ๑ มีนาคม พ.ศ. ๒๕๖๐",
]


def described(text: str) -> tuple[DocKind, str, dict[str, str]]:
    """Kind, title and the whitespace-free text of each numbered section."""
    text = clean_display(text)
    kind = infer_kind(text)
    title = infer_title(text, kind, hint=None, fallback="untitled")
    sections = split_sections(text, kind, title)
    bodies = {s.key: re.sub(r"\s+", "", text[s.start : s.end]) for s in sections if s.number}
    return kind, title, bodies


@pytest.fixture(scope="module")
def clean() -> tuple[DocKind, str, dict[str, str]]:
    return described(PAO_ACT)


@pytest.fixture(scope="module")
def paragraphs() -> list[str]:
    return office_paragraphs(PAO_ACT)


def test_the_office_copy_has_one_paragraph_per_line_and_one_space_after_numbers(
    paragraphs: list[str],
) -> None:
    assert "มาตรา ๙[๒] สภาองค์การบริหารส่วนจังหวัดประกอบด้วย" in "\n".join(paragraphs)
    assert all(p == p.strip() and "  " not in p and "\u00a0" not in p for p in paragraphs)


@pytest.mark.parametrize(
    "layout",
    [
        Layout(),  # Gazette header with the page number on top, "- ๒ -" at the bottom
        Layout(variant="pua"),
        Layout(variant="spaced"),
        NARROW,  # page number alone on top, an office's name at the bottom, narrow lines
    ],
    ids=["gazette", "pua", "spaced-letters", "narrow"],
)
def test_an_act_as_a_gazette_pdf_splits_like_its_clean_text(
    tmp_path: Path,
    paragraphs: list[str],
    clean: tuple[DocKind, str, dict[str, str]],
    layout: Layout,
) -> None:
    path = render_pdf(paragraphs, tmp_path / "pao.pdf", layout, title="untitled")
    assert len(PdfReader(path).pages) >= 3
    text = parse_file(path).text
    kind, title, bodies = described(text)
    assert (kind, title) == (DocKind.act, PAO_TITLE)
    # Same sections, each with the same words: no header, page number or lost line.
    assert bodies == clean[2]
    assert "เล่ม ๑๑๔ ตอนที่ ๖๒ ก" not in text and "- ๒ -" not in text
    assert "สำนักงานคณะกรรมการกฤษฎีกา" not in text
    assert not re.search("[\uf700-\uf71f]", text)


def test_an_act_as_a_word_file_splits_like_its_clean_text(
    tmp_path: Path, paragraphs: list[str], clean: tuple[DocKind, str, dict[str, str]]
) -> None:
    path = render_docx(paragraphs, tmp_path / "pao.docx", title="Document1")
    parsed = parse_file(path)
    assert described(parsed.text) == clean
    assert "สำเนา - เอกสารภายใน" not in parsed.text  # the page header is not body text


@pytest.mark.parametrize("form", ["docx", "docx-numbered", "pdf"])
def test_a_five_clause_regulation_typed_one_per_line_gives_five_sections(
    tmp_path: Path, form: str
) -> None:
    if form == "pdf":
        path = render_pdf(REGULATION, tmp_path / "reg.pdf", Layout(header=None))
    else:
        path = render_docx(REGULATION, tmp_path / "reg.docx", list_numbering=form != "docx")
    kind, title, bodies = described(parse_file(path).text)
    assert kind is DocKind.regulation
    assert title == REG_TITLE
    assert list(bodies) == ["s1", "s2", "s3", "s4", "s5"]
    assert "ตามข้อ๔ได้" in bodies["s3"]


def test_a_word_table_is_read_in_order_between_the_clauses(tmp_path: Path) -> None:
    table = [["ประเภท", "อัตรา (บาท)"], ["ค่าเบี้ยเลี้ยง", "๒๔๐"]]
    path = render_docx(REGULATION, tmp_path / "reg.docx", table=table, table_at=8)
    lines = parse_file(path).text.split("\n")
    at = lines.index("ประเภท\tอัตรา (บาท)")
    assert lines[at - 1].startswith("ข้อ ๔") and lines[at + 2].startswith("ข้อ ๕")


# --- bad input ---------------------------------------------------------------------------


def test_a_scanned_pdf_asks_for_ocr(tmp_path: Path) -> None:
    path = render_scanned_pdf(tmp_path / "scan.pdf")
    with pytest.raises(UnsupportedFile) as info:
        parse_file(path)
    assert "ไม่มีชั้นข้อความ — ต้องทำ OCR ก่อน (no text layer — OCR it first)" in info.value.message


def test_a_scan_stamped_with_a_digital_page_header_still_asks_for_ocr(tmp_path: Path) -> None:
    # The header and page number are text; the body's glyphs carry no Unicode mapping.
    blank = ["\x00" * 30] * 20
    path = write_pdf(tmp_path / "stamped.pdf", [[f"หน้า {n}", *blank] for n in "๑๒๓๔"])
    with pytest.raises(UnsupportedFile) as info:
        parse_file(path)
    assert "no text layer — OCR it first" in info.value.message


def test_a_pdf_whose_text_is_private_use_codes_asks_for_ocr(tmp_path: Path) -> None:
    lines = ["".join(chr(0xE000 + ord(c) % 200) for c in p) for p in REGULATION[:6]]
    path = write_pdf(tmp_path / "symbols.pdf", [lines])
    with pytest.raises(UnsupportedFile) as info:
        parse_file(path)
    assert "private-use codes" in info.value.message


def test_a_pdf_whose_every_mark_is_a_private_use_variant_reads_as_thai(tmp_path: Path) -> None:
    path = render_pdf(REGULATION, tmp_path / "reg.pdf", Layout(variant="pua", header=None))
    kind, title, bodies = described(parse_file(path).text)
    assert (kind, title, len(bodies)) == (DocKind.regulation, REG_TITLE, 5)


def test_a_word_file_of_only_tables_is_read_row_by_row(tmp_path: Path) -> None:
    rows = [
        ["ข้อ", "ข้อความ"],
        *[[f"ข้อ {n}", text[6:]] for n, text in zip("๑๒๓", REGULATION[4:7], strict=True)],
    ]
    path = render_docx([], tmp_path / "tables.docx", table=rows)
    text = parse_file(path).text
    assert text.split("\n")[1] == f"ข้อ ๑\t{REGULATION[4][6:]}"
    kind, _, _ = described(text)
    assert kind is DocKind.other  # no title line: kept as prose, rows searchable


def test_a_300_page_pdf_is_read_within_the_workers_limits(
    tmp_path: Path, paragraphs: list[str]
) -> None:
    path = render_pdf(paragraphs, tmp_path / "big.pdf", repeat=110)
    assert len(PdfReader(path).pages) >= 300
    started = time.monotonic()
    text = parse_file(path).text  # default time limit (60 s) and memory cap (1 GB)
    assert time.monotonic() - started < 60
    assert text.count("มาตรา ๔๕/๑[๘]") == 110
    assert "- ๒๐๐ -" not in text
