"""A plan spreadsheet in, the checked table out."""

from __future__ import annotations

import io
import zipfile
from pathlib import Path

import pytest
from openpyxl import Workbook, load_workbook

from kmportal.errors import BadInput
from kmportal.search import plan_sheet as sheet
from kmportal.search.powers import PowerCheck


def xlsx(path: Path, rows: list[list[object]]) -> Path:
    wb = Workbook()
    ws = wb.active
    assert ws is not None
    for row in rows:
        ws.append(row)
    wb.save(path)
    return path


def test_a_csv_with_a_title_header_keeps_every_column(tmp_path: Path) -> None:
    path = tmp_path / "plan.csv"
    path.write_text("ลำดับ,ชื่อโครงการ,งบประมาณ\n1,ก่อสร้างประปา,500000\n2,จัดงานท่องเที่ยว,1\n")
    table = sheet.read_plan(path, suffix=".csv")
    assert table.header == ["ลำดับ", "ชื่อโครงการ", "งบประมาณ"]
    assert table.titles == ["ก่อสร้างประปา", "จัดงานท่องเที่ยว"]
    assert table.rows[0] == ["1", "ก่อสร้างประปา", "500000"]


def test_a_tis620_csv_from_thai_excel_is_read(tmp_path: Path) -> None:
    path = tmp_path / "plan.csv"
    path.write_bytes("ชื่อโครงการ\nก่อสร้างตลาด\n".encode("cp874"))
    assert sheet.read_plan(path, suffix=".csv").titles == ["ก่อสร้างตลาด"]


def test_without_a_header_the_column_of_long_text_is_the_title(tmp_path: Path) -> None:
    path = xlsx(tmp_path / "plan.xlsx", [[1, "ก่อสร้างระบบประปาหมู่บ้าน", 100], [2, "จัดงานกีฬา", 5]])
    table = sheet.read_plan(path, suffix=".xlsx")
    assert table.title_col == 1 and table.header == ["คอลัมน์ 1", "คอลัมน์ 2", "คอลัมน์ 3"]
    assert table.titles == ["ก่อสร้างระบบประปาหมู่บ้าน", "จัดงานกีฬา"]


@pytest.mark.parametrize(
    "rows",
    [[["ลำดับ", "งบประมาณ"], [1, 500000], [2, 100]], [[1, 2], [3, 4]], [["ชื่อโครงการ"], [12]]],
)
def test_a_sheet_without_a_text_column_is_refused_in_thai(
    tmp_path: Path, rows: list[list[object]]
) -> None:
    with pytest.raises(BadInput, match="ไม่พบคอลัมน์ชื่อโครงการ"):
        sheet.read_plan(xlsx(tmp_path / "plan.xlsx", rows), suffix=".xlsx")


def test_an_empty_file_is_refused(tmp_path: Path) -> None:
    path = tmp_path / "plan.csv"
    path.write_text("\n\n")
    with pytest.raises(BadInput, match="ไม่มีข้อมูล"):
        sheet.read_plan(path, suffix=".csv")


@pytest.mark.parametrize(
    "content", [b"not a zip at all", b"PK\x03\x04broken", b"PK\x05\x06" + b"\0" * 18]
)
def test_a_malformed_xlsx_is_refused_in_thai(tmp_path: Path, content: bytes) -> None:
    path = tmp_path / "plan.xlsx"
    path.write_bytes(content)
    with pytest.raises(BadInput, match="เสียหาย"):
        sheet.read_plan(path, suffix=".xlsx")


def test_an_xlsx_that_unpacks_too_large_is_refused_before_reading(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    path = tmp_path / "bomb.xlsx"
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as zf:
        zf.writestr("xl/big.xml", b"\0" * (2 * 1024 * 1024))
    monkeypatch.setattr(sheet, "MAX_UNPACKED_BYTES", 1024 * 1024)
    with pytest.raises(BadInput, match="ใหญ่เกินไป"):
        sheet.read_plan(path, suffix=".xlsx")


def test_too_many_rows_are_refused(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(sheet, "MAX_ROWS", 3)
    path = tmp_path / "plan.csv"
    path.write_text("ชื่อโครงการ\n" + "".join(f"โครงการที่ {i}\n" for i in range(5)))
    with pytest.raises(BadInput, match="เกิน 3"):
        sheet.read_plan(path, suffix=".csv")


def test_the_checked_sheet_adds_three_columns_and_never_carries_a_live_formula(
    tmp_path: Path,
) -> None:
    path = xlsx(
        tmp_path / "plan.xlsx",
        [["ชื่อโครงการ", "หมายเหตุ"], ['=HYPERLINK("http://evil","คลิก")', "+1"], ["", "@x"]],
    )
    table = sheet.read_plan(path, suffix=".xlsx")
    results = [
        PowerCheck(project=table.titles[0], org_kind="pao"),
        PowerCheck(project="", org_kind="pao", error="กรุณาใส่ชื่อโครงการ"),
    ]
    out = load_workbook(io.BytesIO(sheet.write_checked(table, results)))
    ws = out.active
    assert ws is not None
    values = [[c.value for c in row] for row in ws.iter_rows()]
    assert values[0] == ["ชื่อโครงการ", "หมายเหตุ", *sheet.RESULT_HEADERS]
    assert values[1][:3] == ['\'=HYPERLINK("http://evil","คลิก")', "'+1", "ไม่พบบทบัญญัติที่ให้อำนาจ"]
    assert values[2][2] == "กรุณาใส่ชื่อโครงการ"
    assert all(c.data_type != "f" for row in ws.iter_rows() for c in row)
