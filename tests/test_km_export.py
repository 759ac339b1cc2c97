"""CSV and .xlsx exports: the unit's table with computed results, safe to open."""

from __future__ import annotations

import csv
import datetime as dt
import io
from collections.abc import Iterator

import pytest
from hypothesis import given
from hypothesis import settings as hsettings
from hypothesis import strategies as st
from openpyxl import load_workbook
from openpyxl.cell.cell import ILLEGAL_CHARACTERS_RE
from sqlmodel import Session

from kmportal.db import prepare_database
from kmportal.km import export, logs, overview, seed
from kmportal.km.audit import Actor
from kmportal.km.views import PlanView
from kmportal.settings import Settings

# Who records the logs of these tests: an account, as in the portal.
RECORDER = Actor("สมศรี", user_id=1)
TODAY = dt.date(2021, 7, 1)
INJECTIONS = ['=HYPERLINK("http://x","y")', "+1+1", "-2+3", "@SUM(A1)", "\tx", "\rx"]


@pytest.fixture
def session(settings: Settings) -> Iterator[Session]:
    engine = prepare_database(settings)
    with Session(engine) as s:
        yield s


def _ind(view: PlanView, step: int) -> int:
    return view.steps[step - 1].activities[0].indicators[0].id


@pytest.fixture
def view(session: Session) -> PlanView:
    plan_id = seed.load_example(session, actor=Actor("t")).plan_id
    v = overview.plan_view(session, plan_id=plan_id, today=TODAY)
    for step, body in (
        (1, {"invited": 18, "attended": 14}),
        (2, {"checked": 50, "correct": 43}),
        (6, {"required": 9, "delivered": 9}),
    ):
        logs.add_log(
            session,
            indicator_id=_ind(v, step),
            actor=RECORDER,
            today=TODAY,
            data={"date": "2021-03-10", "description": "ดำเนินการ", "entered_by": "สมศรี", **body},
        )
    logs.add_log(
        session,
        indicator_id=_ind(v, 4),
        actor=Actor("สมศรี", user_id=1, on_behalf_of="@admin"),
        today=TODAY,
        data={
            "date": "2021-04-10",
            "description": INJECTIONS[0],
            "invited": 10,
            "attended": 5,
            "note": "=1+1",
        },
    )
    return overview.plan_view(session, plan_id=plan_id, today=TODAY)


@pytest.mark.parametrize("value", INJECTIONS)
def test_formula_like_text_gets_an_apostrophe(value: str) -> None:
    assert export.neutralise(value) == "'" + value


@pytest.mark.parametrize("value", ["ประชุม", "70%", "> 70%", "", 14, None])
def test_ordinary_values_are_left_alone(value: object) -> None:
    assert export.neutralise(value) == value


def _csv_rows(data: bytes) -> list[list[str]]:
    return list(csv.reader(io.StringIO(data.decode("utf-8-sig"))))


def test_csv_starts_with_a_bom_so_excel_reads_thai(view: PlanView) -> None:
    data = export.to_csv(view)
    assert data.startswith(b"\xef\xbb\xbf")
    assert "กองยุทธศาสตร์และงบประมาณ" in data.decode("utf-8-sig")


def test_csv_has_the_word_table_columns_and_one_row_per_indicator(view: PlanView) -> None:
    rows = _csv_rows(export.to_csv(view))
    head = rows.index(list(export.HEADERS))
    table = rows[head + 1 : head + 8]
    assert [r[0] for r in table] == ["1", "2", "3", "4", "5", "6", "7"]
    assert table[0][1] == "การบ่งชี้ความรู้ - ประชุมระดมความคิดเห็น"
    assert table[4][2] == "เม.ย. - พ.ค. 2564"


def test_csv_shows_the_bar_rates_and_verdicts(view: PlanView) -> None:
    rows = _csv_rows(export.to_csv(view))
    head = rows.index(list(export.HEADERS))
    by_step = {r[0]: r for r in rows[head + 1 : head + 8]}
    assert by_step["1"][5:8] == ["> 70%", "77.8% (14/18)", "บรรลุ"]
    assert by_step["2"][5:8] == ["> 80%", "86.0% (43/50)", "บรรลุ"]
    assert by_step["6"][5:8] == ["≥ 100%", "100.0% (9/9)", "บรรลุ"]
    assert by_step["4"][5:8] == ["> 70%", "50.0% (5/10)", "ไม่บรรลุ"]
    assert by_step["3"][6:8] == ["ไม่มีข้อมูล", "ไม่มีข้อมูล"]


def test_csv_neutralises_formulas_in_logged_text(view: PlanView) -> None:
    rows = _csv_rows(export.to_csv(view))
    logs = rows[rows.index(list(export.LOG_HEADERS)) + 1 :]
    injected = next(r for r in logs if r[0] == "4")
    assert injected[3] == "'" + INJECTIONS[0]
    assert injected[7] == "'=1+1"
    assert injected[9] == "สมศรี"  # the account that recorded it
    assert injected[10] == "'@admin"  # typed "on behalf of" text, neutralised
    cells = [c for r in rows for c in r]
    assert not any(c.startswith(("=", "+", "-", "@", "\t", "\r")) for c in cells)


def test_xlsx_reads_back_with_the_bar_rates(view: PlanView) -> None:
    wb = load_workbook(io.BytesIO(export.to_xlsx(view)))
    ws = wb["แผน KM"]
    rows = [[c.value for c in r] for r in ws.iter_rows()]
    head = next(i for i, r in enumerate(rows) if r[: len(export.HEADERS)] == list(export.HEADERS))
    by_step = {r[0]: r for r in rows[head + 1 :] if r[0] is not None}
    assert by_step[1][6:8] == ["77.8% (14/18)", "บรรลุ"]
    assert by_step[2][6:8] == ["86.0% (43/50)", "บรรลุ"]
    assert by_step[6][6:8] == ["100.0% (9/9)", "บรรลุ"]
    assert by_step[6][8] == "ฝ่ายยุทธศาสตร์และแผนงาน"


def test_xlsx_holds_no_formula_and_keeps_injected_text_as_text(view: PlanView) -> None:
    wb = load_workbook(io.BytesIO(export.to_xlsx(view)))
    cells = [c for ws in wb.worksheets for row in ws.iter_rows() for c in row]
    assert not any(c.data_type == "f" for c in cells)
    texts = [c.value for c in cells if isinstance(c.value, str)]
    assert "'" + INJECTIONS[0] in texts
    assert "'=1+1" in texts
    assert not any(t.startswith(("=", "+", "-", "@")) for t in texts)


def test_xlsx_lists_every_log_on_its_own_sheet(view: PlanView) -> None:
    wb = load_workbook(io.BytesIO(export.to_xlsx(view)))
    logs = list(wb["บันทึกกิจกรรม"].iter_rows(values_only=True))
    assert logs[0] == export.LOG_HEADERS
    assert len(logs) == 1 + 4
    meeting = next(r for r in logs[1:] if r[0] == 1)
    assert meeting[2:7] == ("10 มี.ค. 2564", "ดำเนินการ", 14, 18, "77.8%")


@given(text=st.text(max_size=40))
def test_no_text_leaves_neutralise_looking_like_a_formula(text: str) -> None:
    out = export.neutralise(text)
    assert isinstance(out, str)
    assert not out.startswith(("=", "+", "-", "@", "\t", "\r"))
    assert out in (text, "'" + text)


@pytest.fixture(scope="module")
def plain_view(tmp_path_factory: pytest.TempPathFactory) -> PlanView:
    engine = prepare_database(Settings(data_dir=tmp_path_factory.mktemp("x") / "data"))
    with Session(engine) as s:
        view = overview.plan_view(
            s, plan_id=seed.load_example(s, actor=Actor("t")).plan_id, today=TODAY
        )
    engine.dispose()
    return view


@hsettings(max_examples=40, deadline=None)
@given(text=st.text(max_size=30))
def test_any_text_in_a_plan_reaches_the_xlsx_as_text_never_as_a_formula(
    plain_view: PlanView, text: str
) -> None:
    view = plain_view.model_copy(deep=True)
    view.km_goal = text
    view.steps[0].activities[0].description = text
    wb = load_workbook(io.BytesIO(export.to_xlsx(view)))
    cells = [c for ws in wb.worksheets for row in ws.iter_rows() for c in row]
    assert not any(c.data_type == "f" for c in cells)
    goal = next(r[1] for r in wb["แผน KM"].iter_rows(values_only=True) if r[0] == "เป้าหมาย KM")
    assert (goal or "") == export.neutralise(ILLEGAL_CHARACTERS_RE.sub("", text))
