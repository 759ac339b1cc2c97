"""What every spreadsheet the portal writes shares: cells that stay text, and
an .xlsx sheet with a styled header row.

openpyxl is imported only when a workbook is made or read: it costs a fifth
of a second, and the portal must answer ``/healthz`` within seconds of start.
"""

from __future__ import annotations

import io
import re
from collections.abc import Iterable, Sequence
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from openpyxl import Workbook
    from openpyxl.worksheet.worksheet import Worksheet

_FORMULA_START = ("=", "+", "-", "@", "\t", "\r")
# The control characters XML 1.0 cannot carry (openpyxl refuses a workbook
# holding one); the same set as openpyxl.cell.cell.ILLEGAL_CHARACTERS_RE.
_ILLEGAL = re.compile(r"[\000-\010]|[\013-\014]|[\016-\037]")
HEADER_FILL = "DDEBF7"


def neutralise(value: object) -> object:
    """Text that a spreadsheet would run as a formula (leading ``=``, ``+``,
    ``-``, ``@``, tab or carriage return) gets a leading apostrophe."""
    if isinstance(value, str) and value.startswith(_FORMULA_START):
        return "'" + value
    return value


def xlsx_cell(value: object) -> object:
    """A value as an .xlsx cell: without characters XML cannot carry (rows
    stored before text was cleaned on input may hold them), neutralised."""
    if isinstance(value, str):
        value = _ILLEGAL.sub("", value)
    return neutralise(value)


def workbook() -> Workbook:
    from openpyxl import Workbook

    return Workbook()


def first_sheet(wb: Workbook, title: str) -> Worksheet:
    ws = wb.active
    assert ws is not None
    ws.title = title
    return ws


def bold(cells: Iterable[object]) -> None:
    from openpyxl.styles import Font

    for cell in cells:
        cell.font = Font(bold=True)  # type: ignore[attr-defined]


def style_header(cells: Iterable[object], *, centred: bool = False) -> None:
    """Bold on a light blue fill, as the handbook's tables head their columns."""
    from openpyxl.styles import Alignment, Font, PatternFill

    bold, fill = Font(bold=True), PatternFill("solid", fgColor=HEADER_FILL)
    for cell in cells:
        cell.font, cell.fill = bold, fill  # type: ignore[attr-defined]
        if centred:
            cell.alignment = Alignment(  # type: ignore[attr-defined]
                wrap_text=True, horizontal="center", vertical="center"
            )


def wrap(cells: Iterable[object]) -> None:
    from openpyxl.styles import Alignment

    alignment = Alignment(wrap_text=True, vertical="top")
    for cell in cells:
        cell.alignment = alignment  # type: ignore[attr-defined]


def set_widths(ws: Worksheet, widths: Sequence[float]) -> None:
    from openpyxl.utils import get_column_letter

    for i, width in enumerate(widths, start=1):
        ws.column_dimensions[get_column_letter(i)].width = width


def to_bytes(wb: Workbook) -> bytes:
    out = io.BytesIO()
    wb.save(out)
    return out.getvalue()
