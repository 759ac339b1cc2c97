"""The plan as the unit submits it: CSV and .xlsx laid out like its Word table.

One row per indicator (a step or activity without indicators still gets a
row), columns as in the handbook's table plus the computed result. Both formats
come from :func:`plan_rows`, so they always agree with the dashboard.

Every text cell is passed through :func:`neutralise`: a value that a
spreadsheet would read as a formula (leading ``=``, ``+``, ``-``, ``@``, tab or
carriage return) gets a leading apostrophe, so a coordinator's "=HYPERLINK(...)"
in a note stays text when the file is opened.
"""

from __future__ import annotations

import csv
import io

from kmportal import spreadsheet as xlsx
from kmportal.km import indicators as rules
from kmportal.km.views import PlanView
from kmportal.spreadsheet import neutralise
from kmportal.thai import dates

HEADERS = (
    "ที่",
    "กิจกรรม",
    "ระยะเวลา",
    "กลุ่มเป้าหมาย",
    "ตัวชี้วัด",
    "เป้าหมายตัวชี้วัด",
    "ผลการดำเนินงาน",
    "บรรลุ/ไม่บรรลุ",
    "ผู้รับผิดชอบ",
)

LOG_HEADERS = (
    "ขั้นที่",
    "ตัวชี้วัด",
    "วันที่",
    "สิ่งที่ดำเนินการ",
    "ตัวตั้ง",
    "ตัวหาร",
    "ผล",
    "หมายเหตุ",
    "หลักฐาน",
    "ผู้บันทึก",
    "บันทึกแทน",
)


def header_lines(view: PlanView) -> list[tuple[str, str]]:
    return [
        ("แผนการจัดการความรู้ (Knowledge Management : KM) ปีงบประมาณ", str(view.fiscal_year)),
        ("ส่วนราชการ", f"{view.unit} {view.organisation}".strip()),
        ("เป้าหมาย KM", view.km_goal),
        ("หน่วยที่วัดผลได้เป็นรูปธรรมตามเป้าหมาย KM", view.deliverable),
    ]


def plan_rows(view: PlanView) -> list[list[object]]:
    rows: list[list[object]] = []
    for step in view.steps:
        if not step.activities:
            rows.append([step.number, step.name, "", "", "", "", "", "", ""])
        for act in step.activities:
            activity = f"{step.name} - {act.description}"
            if not act.indicators:
                rows.append(
                    [
                        step.number,
                        activity,
                        act.period_th,
                        act.target_group,
                        "",
                        "",
                        "",
                        "",
                        act.responsible_unit,
                    ]
                )
            for ind in act.indicators:
                result = ind.actual_display
                if ind.n_logs and ind.denominator_total is not None:
                    result += f" ({ind.numerator_total}/{ind.denominator_total})"
                rows.append(
                    [
                        step.number,
                        activity,
                        act.period_th,
                        act.target_group,
                        ind.name,
                        ind.target_display,
                        result,
                        ind.status_th,
                        act.responsible_unit,
                    ]
                )
    return rows


def log_rows(view: PlanView) -> list[list[object]]:
    rows: list[list[object]] = []
    for step in view.steps:
        for act in step.activities:
            for ind in act.indicators:
                for log in ind.logs:
                    single = rules.actual_value(ind.type, [(log.numerator, log.denominator)])
                    rows.append(
                        [
                            step.number,
                            ind.name,
                            dates.format_date(log.date),
                            log.description,
                            log.numerator,
                            "" if log.denominator is None else log.denominator,
                            rules.display_actual(ind.type, single),
                            log.note,
                            log.evidence_url or log.evidence_file,
                            log.entered_by,
                            log.on_behalf_of,
                        ]
                    )
    return rows


def to_csv(view: PlanView) -> bytes:
    """UTF-8 with a BOM: without it Excel on Windows reads Thai as mojibake."""
    buf = io.StringIO()
    w = csv.writer(buf, lineterminator="\r\n")
    for label, value in header_lines(view):
        w.writerow([neutralise(label), neutralise(value)])
    w.writerow([])
    w.writerow(HEADERS)
    for row in plan_rows(view):
        w.writerow([neutralise(c) for c in row])
    w.writerow([])
    w.writerow(["บันทึกกิจกรรม"])
    w.writerow(LOG_HEADERS)
    for row in log_rows(view):
        w.writerow([neutralise(c) for c in row])
    return buf.getvalue().encode("utf-8-sig")


_WIDTHS = (6, 48, 16, 28, 30, 18, 20, 12, 24)
_LOG_WIDTHS = (8, 30, 14, 40, 10, 10, 10, 30, 30, 18)


def to_xlsx(view: PlanView) -> bytes:
    wb = xlsx.workbook()
    ws = xlsx.first_sheet(wb, "แผน KM")
    for label, value in header_lines(view):
        ws.append([xlsx.xlsx_cell(label), xlsx.xlsx_cell(value)])
        xlsx.bold([ws.cell(ws.max_row, 1)])
    ws.append([])
    ws.append(list(HEADERS))
    header_row = ws.max_row
    xlsx.style_header(ws[header_row], centred=True)
    for row in plan_rows(view):
        ws.append([xlsx.xlsx_cell(c) for c in row])
        xlsx.wrap(ws[ws.max_row])
    xlsx.set_widths(ws, _WIDTHS)
    ws.freeze_panes = ws.cell(header_row + 1, 1)
    ws.print_options.gridLines = True
    ws.page_setup.orientation = "landscape"

    logs = wb.create_sheet("บันทึกกิจกรรม")
    logs.append(list(LOG_HEADERS))
    xlsx.style_header(logs[1])
    for row in log_rows(view):
        logs.append([xlsx.xlsx_cell(c) for c in row])
    xlsx.set_widths(logs, _LOG_WIDTHS)
    return xlsx.to_bytes(wb)
