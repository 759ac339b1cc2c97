"""The packaged example plan and plan files: what the handbook says, loaded once."""

from __future__ import annotations

import json
from collections.abc import Iterator
from pathlib import Path

import pytest
from sqlalchemy import func
from sqlmodel import Session, select

from kmportal.db import prepare_database
from kmportal.errors import BadInput
from kmportal.km import audit, logs, overview, seed
from kmportal.km.audit import Actor
from kmportal.km.models import Activity, AuditEntry, Indicator, Plan, Step
from kmportal.settings import Settings
from kmportal.thai import dates
from kmportal.thai.digits import thai_digits

# The KM-plan table of the pilot's handbook as the seed was taken from it: a
# hand-made fixture (tests never read ../shared), cells wrapped as the source wraps them.
PLAN_TABLE = Path(__file__).parent / "fixtures" / "km-plan-table.txt"


@pytest.fixture
def session(settings: Settings) -> Iterator[Session]:
    engine = prepare_database(settings)
    with Session(engine) as s:
        yield s


def _counts(session: Session) -> tuple[int, ...]:
    return tuple(
        int(session.exec(select(func.count()).select_from(m)).one())
        for m in (Plan, Step, Activity, Indicator)
    )


def test_the_example_is_the_tak_2564_plan_with_seven_steps(session: Session) -> None:
    result = seed.load_example(session, actor=Actor("t"))
    view = overview.plan_view(session, plan_id=result.plan_id)
    assert (view.unit, view.fiscal_year) == ("กองยุทธศาสตร์และงบประมาณ", 2564)
    assert view.km_goal == "การจัดทำและประสานแผนพัฒนาท้องถิ่นจังหวัดตาก"
    assert view.deliverable == "คู่มือการจัดทำและประสานแผนพัฒนาท้องถิ่น"
    assert [s.number for s in view.steps] == [1, 2, 3, 4, 5, 6, 7]
    assert all(len(s.activities) == 1 and len(s.activities[0].indicators) == 1 for s in view.steps)


def test_the_example_carries_the_handbook_periods_targets_and_units(session: Session) -> None:
    view = overview.plan_view(session, plan_id=seed.load_example(session, actor=Actor("t")).plan_id)
    rows = [
        (
            s.activities[0].period_th,
            s.activities[0].indicators[0].type.value,
            s.activities[0].indicators[0].target_display,
        )
        for s in view.steps
    ]
    assert rows == [
        ("มี.ค. 2564", "participation", "> 70%"),
        ("มี.ค. 2564", "accuracy", "> 80%"),
        ("เม.ย. 2564", "accuracy", "> 80%"),
        ("เม.ย. 2564", "participation", "> 70%"),
        ("เม.ย. - พ.ค. 2564", "completion", "≥ 100%"),
        ("มิ.ย. 2564", "coverage", "≥ 100%"),
        ("มิ.ย. 2564", "accuracy", "> 80%"),
    ]
    assert {s.activities[0].responsible_unit for s in view.steps} == {"ฝ่ายยุทธศาสตร์และแผนงาน"}
    assert view.steps[0].activities[0].target_group == "บุคลากรกองยุทธศาสตร์และงบประมาณ"


def _handbook_rows() -> dict[str, list[str]]:
    """The table's rows by step number (Thai digits), cells split on tabs."""
    lines = PLAN_TABLE.read_text(encoding="utf-8").splitlines()
    return {cells[0]: cells for cells in (ln.split("\t") for ln in lines) if len(cells) == 5}


def _joined(text: str) -> str:
    # The handbook wraps its cells mid-phrase; the seed keeps the words, not the breaks.
    return text.replace(" ", "")


def test_every_seed_activity_keeps_the_handbook_row_it_came_from() -> None:
    rows = _handbook_rows()
    data = json.loads(seed.example_text())
    assert len(data["steps"]) == len(rows) - 1  # less the header row
    for step in data["steps"]:
        (act,) = step["activities"]
        _, activity, period, target_group, unit = rows[thai_digits(str(step["number"]))]
        for part in act["description"].split(" / "):
            assert _joined(part) in _joined(activity), (step["number"], part)
        assert _joined(act["target_group"]) == _joined(target_group)
        assert _joined(act["responsible_unit"]) == _joined(unit)
        start, end = dates.parse_be_month(act["start"]), dates.parse_be_month(act["end"])
        assert thai_digits(dates.format_period(start, end)) == period


def test_loading_the_same_plan_twice_does_not_duplicate_it(session: Session) -> None:
    first = seed.load_example(session, actor=Actor("t"))
    counts = _counts(session)
    second = seed.load_example(session, actor=Actor("t"))
    assert (first.created, second.created) == (True, False)
    assert second.plan_id == first.plan_id
    assert _counts(session) == counts == (1, 7, 7, 7)


def test_reloading_keeps_logs_already_recorded(session: Session) -> None:
    plan_id = seed.load_example(session, actor=Actor("t")).plan_id
    ind_id = overview.plan_view(session, plan_id=plan_id).steps[0].activities[0].indicators[0].id
    logs.add_log(
        session,
        indicator_id=ind_id,
        data={
            "date": "2021-03-10",
            "description": "ประชุม",
            "invited": 18,
            "attended": 14,
            "entered_by": "ก",
        },
        actor=Actor("ก"),
    )
    seed.load_example(session, actor=Actor("t"))
    assert len(logs.list_logs(session, indicator_id=ind_id)) == 1


def test_a_plan_file_round_trips_through_dump_and_load(
    session: Session, tmp_path: Path, settings: Settings
) -> None:
    plan_id = seed.load_example(session, actor=Actor("t")).plan_id
    data = seed.dump_plan(session, plan_id=plan_id)
    data["unit"] = "กองคลัง"
    path = tmp_path / "plan.json"
    path.write_text(json.dumps(data, ensure_ascii=False), encoding="utf-8")
    copy = seed.load_plan_file(session, path=path, actor=Actor("t"))
    assert copy.created and copy.plan_id != plan_id
    dumped = seed.dump_plan(session, plan_id=copy.plan_id)
    original = seed.dump_plan(session, plan_id=plan_id)
    assert dumped["steps"] == original["steps"]


def test_loading_is_recorded_in_the_audit_trail(session: Session) -> None:
    plan_id = seed.load_example(session, actor=Actor("ผู้ดูแล")).plan_id
    entries = audit.list_audit(session, entity="plan", entity_id=plan_id)
    assert [e.action for e in entries] == ["load", "create"]
    assert {e.actor for e in entries} == {"ผู้ดูแล"}


def test_a_plan_file_with_one_bad_activity_stores_nothing(session: Session, tmp_path: Path) -> None:
    data = json.loads(seed.example_text())
    data["steps"][4]["activities"][0]["end"] = "2564-03"  # before its start, 2564-04
    path = tmp_path / "bad.json"
    path.write_text(json.dumps(data, ensure_ascii=False), encoding="utf-8")
    with pytest.raises(BadInput, match="ต้องไม่ก่อนเดือนเริ่ม"):
        seed.load_plan_file(session, path=path, actor=Actor("t"))
    assert _counts(session) == (0, 0, 0, 0)
    assert int(session.exec(select(func.count()).select_from(AuditEntry)).one()) == 0


def test_a_target_of_150_percent_in_a_file_stores_nothing(session: Session, tmp_path: Path) -> None:
    data = json.loads(seed.example_text())
    data["steps"][0]["activities"][0]["indicators"][0]["target"] = 150
    path = tmp_path / "bad.json"
    path.write_text(json.dumps(data, ensure_ascii=False), encoding="utf-8")
    with pytest.raises(BadInput, match="0 ถึง 100"):
        seed.load_plan_file(session, path=path, actor=Actor("t"))
    assert _counts(session) == (0, 0, 0, 0)


@pytest.mark.parametrize(
    ("content", "words"),
    [("not json", "ไม่ใช่ JSON"), ("[]", "ออบเจกต์"), ('{"format": "other"}', "รูปแบบไฟล์")],
)
def test_unreadable_plan_files_are_refused_in_thai(
    session: Session, tmp_path: Path, content: str, words: str
) -> None:
    path = tmp_path / "x.json"
    path.write_text(content, encoding="utf-8")
    with pytest.raises(BadInput, match=words):
        seed.load_plan_file(session, path=path, actor=Actor("t"))


def test_a_missing_plan_file_is_refused_in_thai(session: Session, tmp_path: Path) -> None:
    with pytest.raises(BadInput, match="ไม่พบไฟล์"):
        seed.load_plan_file(session, path=tmp_path / "none.json", actor=Actor("t"))
