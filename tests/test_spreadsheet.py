"""Cells the portal writes into spreadsheets stay text and stay writable."""

from __future__ import annotations

import subprocess
import sys

from openpyxl.cell.cell import ILLEGAL_CHARACTERS_RE

from kmportal import spreadsheet


def test_the_illegal_characters_are_openpyxls_own() -> None:
    # A copy, so that openpyxl need not be imported to clean a cell; it must not drift.
    assert spreadsheet._ILLEGAL.pattern == ILLEGAL_CHARACTERS_RE.pattern


def test_an_xlsx_cell_loses_control_characters_and_formulas_stay_text() -> None:
    assert spreadsheet.xlsx_cell("=SUM(A1)\x07") == "'=SUM(A1)"
    assert spreadsheet.xlsx_cell("ประปา\x0bหมู่บ้าน") == "ประปาหมู่บ้าน"
    assert spreadsheet.xlsx_cell(12) == 12


def test_loading_the_portal_does_not_load_openpyxl() -> None:
    # Start-up time: the workbook library loads when a sheet is made or read.
    code = "import sys, kmportal.web.app; print('openpyxl' in sys.modules)"
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert out.stdout.strip() == "False"
