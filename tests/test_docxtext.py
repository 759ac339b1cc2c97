"""Reading Word files: automatic numbering written out, tables and controls in order."""

from __future__ import annotations

from pathlib import Path

import docx
import pytest
from docx.oxml import parse_xml
from docx.oxml.ns import nsdecls
from helpers.office_docs import render_docx

from kmportal.ingest.docxtext import docx_text, format_number

_REGULATION = [
    "ระเบียบกระทรวงมหาดไทย",
    "ว่าด้วยการทดสอบการเบิกจ่าย",
    "พ.ศ. ๒๕๖๐",
    "ข้อ ๑ ระเบียบนี้เรียกว่า “ระเบียบกระทรวงมหาดไทยว่าด้วยการทดสอบการเบิกจ่าย พ.ศ. ๒๕๖๐”",
    "ข้อ ๒ ระเบียบนี้ให้ใช้บังคับตั้งแต่วันถัดจากวันประกาศเป็นต้นไป",
    "ข้อ ๓ ค่าใช้จ่ายที่เบิกได้ มีดังนี้",
    "(๑) ค่าเดินทาง",
    "(๒) ค่าที่พัก",
    "ข้อ ๔ ผู้มีสิทธิเบิก ได้แก่",
    "(๑) ข้าราชการ",
    "ข้อ ๕ ให้ปลัดกระทรวงมหาดไทยรักษาการตามระเบียบนี้",
]


def _read(path: Path) -> list[str]:
    return docx_text(docx.Document(str(path))).split("\n")


def test_word_list_numbering_is_written_out_in_thai_digits(tmp_path: Path) -> None:
    path = render_docx(_REGULATION, tmp_path / "reg.docx", list_numbering=True)
    stored = [p.text for p in docx.Document(str(path)).paragraphs]
    assert "ข้อ ๓" not in "\n".join(stored)  # python-docx alone loses the numbers
    assert _read(path) == _REGULATION


def test_numbering_from_a_paragraph_style_counts_and_a_start_override_restarts(
    tmp_path: Path,
) -> None:
    document = docx.Document()
    for text in ("เตรียมเอกสาร", "ยื่นคำขอ", "รอผล"):
        document.add_paragraph(text, style="List Number")
    # A second list instance of the same definition, told to start again at 1.
    part = document.part.numbering_part.element
    style_num = document.styles["List Number"].element.pPr.numPr.numId.val
    abstract = next(n for n in part.findall("{*}num") if n.numId == style_num).abstractNumId.val
    part.append(
        parse_xml(
            f'<w:num {nsdecls("w")} w:numId="77"><w:abstractNumId w:val="{abstract}"/>'
            '<w:lvlOverride w:ilvl="0"><w:startOverride w:val="1"/></w:lvlOverride></w:num>'
        )
    )
    again = document.add_paragraph("อีกรายการ", style="List Number")
    again._p.get_or_add_pPr().append(
        parse_xml(f'<w:numPr {nsdecls("w")}><w:ilvl w:val="0"/><w:numId w:val="77"/></w:numPr>')
    )
    path = tmp_path / "steps.docx"
    document.save(str(path))
    lines = _read(path)
    assert [ln.split(" ", 1)[0] for ln in lines] == ["1.", "2.", "3.", "1."]


def test_tables_are_read_in_order_with_nested_tables_inside_their_cell(tmp_path: Path) -> None:
    document = docx.Document()
    document.add_paragraph("บัญชีอัตราค่าธรรมเนียม")
    table = document.add_table(rows=2, cols=2)
    table.cell(0, 0).text, table.cell(0, 1).text = "รายการ", "อัตรา"
    table.cell(1, 0).text = "ใบอนุญาต"
    inner = table.cell(1, 1).add_table(rows=1, cols=2)
    inner.cell(0, 0).text, inner.cell(0, 1).text = "รายปี", "๑๐๐ บาท"
    document.add_paragraph("หมายเหตุ ท้ายบัญชี")
    path = tmp_path / "fees.docx"
    document.save(str(path))
    assert _read(path) == [
        "บัญชีอัตราค่าธรรมเนียม",
        "รายการ\tอัตรา",
        "ใบอนุญาต\tรายปี ๑๐๐ บาท",
        "หมายเหตุ ท้ายบัญชี",
    ]


def test_content_controls_and_revisions_read_as_the_reader_sees_them(tmp_path: Path) -> None:
    document = docx.Document()
    body = document.element.body
    w = nsdecls("w")
    body.insert(
        0,
        parse_xml(
            f"<w:sdt {w}><w:sdtContent><w:p><w:r><w:t>ระเบียบในกรอบควบคุม</w:t></w:r></w:p>"
            "</w:sdtContent></w:sdt>"
        ),
    )
    body.insert(
        1,
        parse_xml(
            f"<w:p {w}><w:r><w:t>ข้อ ๑ ให้ใช้</w:t></w:r>"
            "<w:del><w:r><w:delText>ระเบียบเดิม</w:delText></w:r></w:del>"
            "<w:ins><w:r><w:t>ระเบียบใหม่</w:t></w:r></w:ins></w:p>"
        ),
    )
    path = tmp_path / "revised.docx"
    document.save(str(path))
    assert _read(path) == ["ระเบียบในกรอบควบคุม", "ข้อ ๑ ให้ใช้ระเบียบใหม่"]


@pytest.mark.parametrize(
    ("n", "fmt", "text"),
    [
        (12, "thaiNumbers", "๑๒"),
        (3, "thaiLetters", "ค"),
        (2, "thaiCounting", "สอง"),
        (4, "lowerRoman", "iv"),
        (14, "upperRoman", "XIV"),
        (28, "lowerLetter", "bb"),
        (7, "decimalZero", "07"),
        (5, "none", ""),
        (9, "decimal", "9"),
    ],
)
def test_number_formats(n: int, fmt: str, text: str) -> None:
    assert format_number(n, fmt) == text
