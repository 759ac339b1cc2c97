"""A whole plan at once: a CSV or .xlsx of project titles in, the same table out
as .xlsx with the legal basis, the verdict and other-kind warnings beside each.

The title column is the one whose header says so ("ชื่อโครงการ", "โครงการ",
"project", ...) or, without such a header, the column with the longest text;
every other column is kept as it was. Every cell written is text passed
through :func:`kmportal.spreadsheet.xlsx_cell`, so a title such as
``=HYPERLINK(...)`` stays text when the sheet is opened. An .xlsx is a zip: its
unpacked size is checked before openpyxl reads it.
"""

from __future__ import annotations

import csv
import io
import re
import zipfile
from dataclasses import dataclass
from datetime import date, datetime
from pathlib import Path

from kmportal import spreadsheet as xlsx
from kmportal.errors import BadInput
from kmportal.messages import msg, render
from kmportal.search.powers import PowerCheck

SUFFIXES = (".csv", ".xlsx")
MAX_BYTES = 5 * 1024 * 1024  # a plan of thousands of titles is well under 1 MB
MAX_UNPACKED_BYTES = 50 * 1024 * 1024
MAX_ROWS = 2000
MAX_BASIS = 6
_HEADER = re.compile(r"ชื่อโครงการ|โครงการ|ชื่อ|รายการ|project|title", re.IGNORECASE)
_LETTERS = re.compile(r"[A-Za-z\u0e01-\u0e4e]")
RESULT_HEADERS = (
    "ผลการตรวจอำนาจหน้าที่",
    "ฐานอำนาจตามกฎหมาย",
    "คำเตือน: อำนาจของ อปท. ประเภทอื่น",
)
KIND_NAMES = {
    "pao": "อบจ.",
    "municipality": "เทศบาล",
    "tao": "อบต.",
    "pattaya": "เมืองพัทยา",
    "bangkok": "กรุงเทพมหานคร",
}
VERDICTS = {"within": "อยู่ในอำนาจหน้าที่", "not_found": "ไม่พบบทบัญญัติที่ให้อำนาจ"}


@dataclass
class PlanTable:
    header: list[str]
    rows: list[list[str]]
    title_col: int

    @property
    def titles(self) -> list[str]:
        return [row[self.title_col] if self.title_col < len(row) else "" for row in self.rows]


def _text(value: object) -> str:
    if value is None:
        return ""
    if isinstance(value, datetime | date):
        return value.isoformat()
    return str(value).strip()


def read_plan(path: Path, *, suffix: str) -> PlanTable:
    """The table of a plan file; a clear Thai refusal when it cannot be one."""
    rows = _read_xlsx(path) if suffix == ".xlsx" else _read_csv(path)
    rows = [r for r in rows if any(c for c in r)]
    if not rows:
        raise BadInput(msg("powers.sheet.error.no_rows"))
    width = max(len(r) for r in rows)
    rows = [r + [""] * (width - len(r)) for r in rows]
    header, body, col = _title_column(rows)
    if len(body) > MAX_ROWS:
        raise BadInput(msg("powers.sheet.error.too_many_rows", max=f"{MAX_ROWS:,}"))
    return PlanTable(header, body, col)


def _read_csv(path: Path) -> list[list[str]]:
    raw = path.read_bytes()
    try:
        text = raw.decode("utf-8-sig")
    except UnicodeDecodeError:
        # Thai Excel on Windows saves CSV as TIS-620 / cp874.
        try:
            text = raw.decode("cp874")
        except UnicodeDecodeError:
            raise BadInput(msg("powers.sheet.error.csv_encoding")) from None
    if "\x00" in text:
        raise BadInput(msg("powers.sheet.error.csv_nul"))
    try:
        dialect = csv.Sniffer().sniff(text[:4096], delimiters=",;\t")
    except csv.Error:
        dialect = csv.excel
    try:
        return [[c.strip() for c in row] for row in csv.reader(io.StringIO(text), dialect)]
    except csv.Error as exc:
        raise BadInput(msg("powers.sheet.error.csv_malformed", reason=str(exc))) from exc


def _read_xlsx(path: Path) -> list[list[str]]:
    try:
        with zipfile.ZipFile(path) as zf:
            unpacked = sum(i.file_size for i in zf.infolist())
    except (zipfile.BadZipFile, OSError):
        raise BadInput(msg("powers.sheet.error.xlsx_damaged", reason="")) from None
    if unpacked > MAX_UNPACKED_BYTES:
        raise BadInput(msg("powers.sheet.error.xlsx_too_large"))
    from openpyxl import load_workbook  # only here: see kmportal.spreadsheet

    try:
        wb = load_workbook(path, read_only=True, data_only=False)
        try:
            ws = wb.worksheets[0]
            rows = []
            for row in ws.iter_rows(values_only=True):
                rows.append([_text(v) for v in row])
                if len(rows) > MAX_ROWS + 50:
                    break
            return rows
        finally:
            wb.close()
    except BadInput:
        raise
    except Exception as exc:  # openpyxl raises many kinds for a broken workbook
        reason = f" ({type(exc).__name__})"
        raise BadInput(msg("powers.sheet.error.xlsx_damaged", reason=reason)) from None


def _title_column(rows: list[list[str]]) -> tuple[list[str], list[list[str]], int]:
    first = rows[0]
    named = [i for i, c in enumerate(first) if c and len(c) <= 60 and _HEADER.search(c)]
    if named:
        # "ชื่อโครงการ" before a bare "โครงการ" (a count, a code) before "ชื่อ".
        col = min(named, key=lambda i: (0 if "โครงการ" in first[i] else 1, i))
        header = [c or f"คอลัมน์ {i + 1}" for i, c in enumerate(first)]
        body = rows[1:]
    else:
        header, body = [f"คอลัมน์ {i + 1}" for i in range(len(first))], rows
        lengths = [
            sum(len(r[i]) for r in body if _LETTERS.search(r[i])) / max(len(body), 1)
            for i in range(len(first))
        ]
        col = max(range(len(first)), key=lambda i: lengths[i])
        if lengths[col] < 4:
            col = -1
    if col < 0 or not any(_LETTERS.search(r[col]) for r in body):
        raise BadInput(msg("powers.sheet.error.no_title_column"))
    return header, body, col


def result_cells(result: PowerCheck) -> list[str]:
    """The three columns added to a row: verdict (with the check's notes on the
    title, in Thai), legal basis, other-kind warnings."""
    if result.error:
        return [result.error, "", ""]
    basis = [c.provision.label for c in result.provisions if c.supported][:MAX_BASIS]
    others = [
        f"{c.provision.label} ({', '.join(KIND_NAMES.get(k, k) for k in c.provision.applies_to)})"
        for c in result.other_kinds
    ]
    verdict = [VERDICTS[result.verdict], *(render(n, "th") for n in result.notes)]
    return ["\n".join(verdict), "\n".join(basis), "\n".join(others)]


def write_checked(table: PlanTable, results: list[PowerCheck]) -> bytes:
    wb = xlsx.workbook()
    ws = xlsx.first_sheet(wb, "ผลตรวจอำนาจหน้าที่")
    ws.append([xlsx.xlsx_cell(h) for h in [*table.header, *RESULT_HEADERS]])
    xlsx.style_header(ws[1])
    for row, result in zip(table.rows, results, strict=True):
        ws.append([xlsx.xlsx_cell(v) for v in [*row, *result_cells(result)]])
        xlsx.wrap(ws[ws.max_row])
    n = len(table.header)
    wide = {table.title_col + 1, *range(n + 1, n + 4)}
    xlsx.set_widths(ws, [60 if i in wide else 16 for i in range(1, n + 4)])
    ws.freeze_panes = "A2"
    return xlsx.to_bytes(wb)
