"""The KM service: validation in Thai, one transaction per change, the audit
trail, and the database constraints behind them."""

from __future__ import annotations

import datetime as dt
import sqlite3
import tempfile
from collections.abc import Iterator
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given
from hypothesis import settings as hsettings
from hypothesis import strategies as st
from sqlalchemy import func
from sqlalchemy.engine import Engine
from sqlalchemy.exc import IntegrityError
from sqlmodel import Session, select

from kmportal.db import prepare_database
from kmportal.errors import BadInput, NotFound
from kmportal.km import audit, indicator_service, logs, overview, seed, service
from kmportal.km.audit import Actor
from kmportal.km.indicators import Comparison, IndicatorType, TargetUnit
from kmportal.km.models import (
    Activity,
    ActivityCreate,
    ActivityLog,
    ActivityLogUpdate,
    ActivityUpdate,
    AuditEntry,
    Indicator,
    IndicatorCreate,
    IndicatorUpdate,
    Plan,
    PlanCreate,
    PlanUpdate,
    Step,
)
from kmportal.settings import Settings

# Who records the logs of these tests: an account, as in the portal.
RECORDER = Actor("สมศรี", user_id=1)
TODAY = dt.date(2021, 7, 1)


@pytest.fixture
def engine(settings: Settings) -> Engine:
    e = prepare_database(settings)
    return e


@pytest.fixture
def session(engine: Engine) -> Iterator[Session]:
    with Session(engine) as s:
        yield s


@pytest.fixture
def plan_id(session: Session) -> int:
    return seed.load_example(session, actor=Actor("ผู้ทดสอบ")).plan_id


def _indicator(session: Session, plan_id: int, step: int) -> Indicator:
    view = overview.plan_view(session, plan_id=plan_id, today=TODAY)
    iv = view.steps[step - 1].activities[0].indicators[0]
    return indicator_service.get_indicator(session, indicator_id=iv.id)


def _count(session: Session, model: type) -> int:
    return int(session.exec(select(func.count()).select_from(model)).one())


def _meeting(**over: object) -> dict[str, object]:
    body: dict[str, object] = {
        "date": "2021-03-10",
        "description": "ประชุมระดมความคิดเห็น",
        "invited": 18,
        "attended": 14,
        "entered_by": "สมศรี",
    }
    body.update(over)
    return body


# --- plans ---------------------------------------------------------------------


def test_a_new_plan_gets_the_seven_fixed_steps_in_order(session: Session) -> None:
    plan = service.create_plan(
        session,
        data=PlanCreate(unit="กองคลัง", fiscal_year=2567, km_goal="ลดข้อผิดพลาด"),
        actor=Actor("สมชาย"),
    )
    steps = session.exec(select(Step).where(Step.plan_id == plan.id)).all()
    assert [s.number for s in sorted(steps, key=lambda s: s.number)] == list(range(1, 8))
    assert sorted(steps, key=lambda s: s.number)[0].name == "การบ่งชี้ความรู้"
    assert sorted(steps, key=lambda s: s.number)[6].name == "การเรียนรู้"


def test_a_ce_fiscal_year_is_refused_with_a_hint_to_use_buddhist_era(session: Session) -> None:
    with pytest.raises(BadInput) as exc:
        service.create_plan(
            session, data=PlanCreate(unit="กองคลัง", fiscal_year=2021, km_goal="x"), actor=Actor("ก")
        )
    assert "พ.ศ." in exc.value.message
    assert _count(session, Plan) == 0


def test_a_second_plan_for_the_same_unit_and_year_is_refused(
    session: Session, plan_id: int
) -> None:
    with pytest.raises(BadInput, match="มีแผนปีงบประมาณ 2564 อยู่แล้ว"):
        service.create_plan(
            session,
            data=PlanCreate(unit="กองยุทธศาสตร์และงบประมาณ", fiscal_year=2564, km_goal="x"),
            actor=Actor("ก"),
        )
    assert _count(session, Plan) == 1


def test_a_plan_without_a_km_goal_is_refused_next_to_the_field(session: Session) -> None:
    with pytest.raises(BadInput) as exc:
        service.create_plan(
            session, data=PlanCreate(unit="กองคลัง", fiscal_year=2567), actor=Actor("ก")
        )
    assert exc.value.field_texts("th") == {"km_goal": "กรุณาระบุเป้าหมาย KM"}


def test_moving_a_plan_to_a_year_its_activities_do_not_fit_is_refused(
    session: Session, plan_id: int
) -> None:
    with pytest.raises(BadInput, match="นอกปีงบประมาณ 2565"):
        service.update_plan(
            session, plan_id=plan_id, data=PlanUpdate(fiscal_year=2565), actor=Actor("ก")
        )
    assert service.get_plan(session, plan_id=plan_id).fiscal_year == 2564


def test_editing_a_plan_records_before_and_after(session: Session, plan_id: int) -> None:
    service.update_plan(
        session, plan_id=plan_id, data=PlanUpdate(km_goal="เป้าหมายใหม่"), actor=Actor("สมชาย")
    )
    entry = audit.list_audit(session, entity="plan", entity_id=plan_id)[0]
    assert (entry.actor, entry.action) == ("สมชาย", "update")
    assert entry.before is not None and "การจัดทำและประสานแผนพัฒนาท้องถิ่นจังหวัดตาก" in entry.before
    assert entry.after is not None and "เป้าหมายใหม่" in entry.after


def test_unknown_plan_is_not_found_in_thai(session: Session) -> None:
    with pytest.raises(NotFound, match="ไม่พบแผน"):
        overview.plan_view(session, plan_id=999)


# --- activities and indicators -------------------------------------------------


def test_an_end_month_before_the_start_is_refused_and_nothing_is_stored(
    session: Session, plan_id: int
) -> None:
    step = service.get_step_by_number(session, plan_id=plan_id, number=3)
    before = _count(session, Activity)
    with pytest.raises(BadInput) as exc:
        service.add_activity(
            session,
            step_id=step.id or 0,
            data=ActivityCreate(description="จัดหมวดหมู่", start="2564-05", end="2564-04"),
            actor=Actor("ก"),
        )
    assert "เดือนสิ้นสุด (เม.ย. 2564) ต้องไม่ก่อนเดือนเริ่ม (พ.ค. 2564)" in exc.value.message
    assert _count(session, Activity) == before


def test_an_activity_outside_the_fiscal_year_is_refused(session: Session, plan_id: int) -> None:
    step = service.get_step_by_number(session, plan_id=plan_id, number=3)
    with pytest.raises(BadInput, match="ปีงบประมาณ 2564"):
        service.add_activity(
            session,
            step_id=step.id or 0,
            data=ActivityCreate(description="x", start="2564-09", end="2564-10"),
            actor=Actor("ก"),
        )


def test_editing_an_activity_period_into_reverse_keeps_the_old_period(
    session: Session, plan_id: int
) -> None:
    act_id = _indicator(session, plan_id, 5).activity_id
    with pytest.raises(BadInput):
        service.update_activity(
            session, activity_id=act_id, data=ActivityUpdate(end="2564-03"), actor=Actor("ก")
        )
    act = service.get_activity(session, activity_id=act_id)
    assert (act.period_start, act.period_end) == (dt.date(2021, 4, 1), dt.date(2021, 5, 1))


def test_a_percentage_target_of_150_is_refused_and_nothing_is_stored(
    session: Session, plan_id: int
) -> None:
    act_id = _indicator(session, plan_id, 1).activity_id
    before = _count(session, Indicator)
    with pytest.raises(BadInput, match="0 ถึง 100"):
        indicator_service.add_indicator(
            session,
            activity_id=act_id,
            data=IndicatorCreate(
                name="ผู้เข้าร่วม",
                type=IndicatorType.participation,
                comparison=Comparison.gt,
                target=150,
                unit=TargetUnit.percent,
            ),
            actor=Actor("ก"),
        )
    assert _count(session, Indicator) == before


def test_raising_an_existing_target_to_150_leaves_the_old_target(
    session: Session, plan_id: int
) -> None:
    ind = _indicator(session, plan_id, 1)
    with pytest.raises(BadInput):
        indicator_service.update_indicator(
            session, indicator_id=ind.id or 0, data=IndicatorUpdate(target=150), actor=Actor("ก")
        )
    session.expire_all()
    assert indicator_service.get_indicator(session, indicator_id=ind.id or 0).target == 70


def test_changing_the_type_of_an_indicator_with_logs_is_refused(
    session: Session, plan_id: int
) -> None:
    ind = _indicator(session, plan_id, 1)
    logs.add_log(session, indicator_id=ind.id or 0, data=_meeting(), actor=RECORDER, today=TODAY)
    with pytest.raises(BadInput, match="เปลี่ยนประเภทตัวชี้วัด"):
        indicator_service.update_indicator(
            session,
            indicator_id=ind.id or 0,
            data=IndicatorUpdate(type=IndicatorType.accuracy),
            actor=Actor("ก"),
        )


# --- logs ----------------------------------------------------------------------


def test_a_log_is_stored_with_its_raw_numbers(session: Session, plan_id: int) -> None:
    ind = _indicator(session, plan_id, 1)
    log = logs.add_log(
        session, indicator_id=ind.id or 0, data=_meeting(), actor=RECORDER, today=TODAY
    )
    assert (log.numerator, log.denominator, log.entered_by) == (14, 18, "สมศรี")
    assert logs.list_logs(session, indicator_id=ind.id or 0)[0].raw == {
        "attended": 14,
        "invited": 18,
    }


@pytest.mark.parametrize(
    ("body", "field", "words"),
    [
        (_meeting(attended=20), "attended", "มากกว่าผู้ได้รับเชิญ"),
        (_meeting(invited=-3, attended=0), "invited", "ต้องไม่ติดลบ"),
        (_meeting(attended=-1), "attended", "ต้องไม่ติดลบ"),
        (_meeting(attended="สิบ"), "attended", "ต้องเป็นจำนวนเต็ม"),
        (_meeting(attended=None), "attended", "กรุณาระบุผู้เข้าร่วม"),
        (_meeting(description=""), "description", "กรุณาระบุ"),
        (_meeting(date="10/03/2564"), "date", "วันที่ไม่ถูกต้อง"),
        (_meeting(date="2030-01-01"), "date", "อนาคต"),
        (_meeting(evidence_url="javascript:alert(1)"), "evidence_url", "ลิงก์หลักฐาน"),
        (_meeting(evidence_url="//evil.example/x"), "evidence_url", "ลิงก์หลักฐาน"),
    ],
)
def test_impossible_logs_are_refused_in_thai_and_earlier_logs_stay_intact(
    session: Session, plan_id: int, body: dict[str, object], field: str, words: str
) -> None:
    ind = _indicator(session, plan_id, 1)
    kept = logs.add_log(
        session, indicator_id=ind.id or 0, data=_meeting(), actor=RECORDER, today=TODAY
    )
    with pytest.raises(BadInput) as exc:
        logs.add_log(session, indicator_id=ind.id or 0, data=body, actor=RECORDER, today=TODAY)
    assert words in exc.value.field_texts("th")[field]
    assert words in exc.value.message
    stored = logs.list_logs(session, indicator_id=ind.id or 0)
    assert [(x.id, x.numerator, x.denominator) for x in stored] == [(kept.id, 14, 18)]
    assert _count(session, AuditEntry) == len(audit.list_audit(session, limit=10_000))


def test_a_refused_log_writes_no_audit_entry(session: Session, plan_id: int) -> None:
    ind = _indicator(session, plan_id, 1)
    before = _count(session, AuditEntry)
    with pytest.raises(BadInput):
        logs.add_log(
            session,
            indicator_id=ind.id or 0,
            data=_meeting(attended=99),
            actor=RECORDER,
            today=TODAY,
        )
    assert _count(session, AuditEntry) == before


def test_thai_digits_and_a_buddhist_era_date_are_understood(session: Session, plan_id: int) -> None:
    ind = _indicator(session, plan_id, 1)
    log = logs.add_log(
        session,
        indicator_id=ind.id or 0,
        data=_meeting(invited="๑๘", attended="๑๔", date="2564-03-10"),
        actor=RECORDER,
        today=TODAY,
    )
    assert (log.numerator, log.denominator, log.date) == (14, 18, dt.date(2021, 3, 10))


def test_a_count_indicator_takes_a_count(session: Session, plan_id: int) -> None:
    act_id = _indicator(session, plan_id, 6).activity_id
    ind = indicator_service.add_indicator(
        session,
        activity_id=act_id,
        data=IndicatorCreate(
            name="จำนวนครั้งที่เผยแพร่",
            type=IndicatorType.tally,
            comparison=Comparison.ge,
            target=3,
            unit=TargetUnit.tally,
        ),
        actor=Actor("ก"),
    )
    logs.add_log(
        session,
        indicator_id=ind.id or 0,
        data={"date": "2021-06-01", "description": "เผยแพร่ทางเว็บ", "count": 2, "entered_by": "ก"},
        actor=RECORDER,
        today=TODAY,
    )
    view = overview.plan_view(session, plan_id=plan_id, today=TODAY)
    iv = overview.find_indicator_view(view, indicator_id=ind.id or 0)
    assert (iv.actual, iv.actual_display, iv.met) == (2, "2", False)


def test_editing_a_log_recomputes_and_audits_who_changed_what(
    session: Session, plan_id: int
) -> None:
    ind = _indicator(session, plan_id, 1)
    log = logs.add_log(
        session, indicator_id=ind.id or 0, data=_meeting(), actor=RECORDER, today=TODAY
    )
    logs.update_log(
        session,
        log_id=log.id or 0,
        data={"attended": "10"},
        actor=Actor("สมหญิง"),
        today=TODAY,
    )
    view = overview.plan_view(session, plan_id=plan_id, today=TODAY)
    iv = overview.find_indicator_view(view, indicator_id=ind.id or 0)
    assert (iv.actual_display, iv.met) == ("55.6%", False)
    entry = audit.list_audit(session, entity="log", entity_id=log.id)[0]
    assert entry.actor == "สมหญิง" and entry.action == "update"
    assert entry.before is not None and '"numerator": 14' in entry.before
    assert entry.after is not None and '"numerator": 10' in entry.after
    assert logs.get_log(session, log_id=log.id or 0).entered_by == "สมศรี"


def test_an_edit_that_breaks_a_rule_leaves_the_log_unchanged(
    session: Session, plan_id: int
) -> None:
    ind = _indicator(session, plan_id, 1)
    log = logs.add_log(
        session, indicator_id=ind.id or 0, data=_meeting(), actor=RECORDER, today=TODAY
    )
    with pytest.raises(BadInput, match="มากกว่าผู้ได้รับเชิญ"):
        logs.update_log(
            session,
            log_id=log.id or 0,
            data=ActivityLogUpdate(numerator=30),
            actor=RECORDER,
            today=TODAY,
        )
    session.expire_all()
    assert logs.get_log(session, log_id=log.id or 0).numerator == 14


def test_deleting_a_log_keeps_its_last_values_in_the_audit(session: Session, plan_id: int) -> None:
    ind = _indicator(session, plan_id, 1)
    log = logs.add_log(
        session, indicator_id=ind.id or 0, data=_meeting(), actor=RECORDER, today=TODAY
    )
    logs.delete_log(session, log_id=log.id or 0, actor=Actor("สมชาย"))
    assert logs.list_logs(session, indicator_id=ind.id or 0) == []
    entry = audit.list_audit(session, entity="log", entity_id=log.id)[0]
    assert entry.action == "delete" and entry.before is not None and "สมศรี" in entry.before


# --- the database as the last line of defence ----------------------------------


def _raw_log(indicator_id: int, numerator: int, denominator: int | None) -> ActivityLog:
    return ActivityLog(
        indicator_id=indicator_id,
        date=dt.date(2021, 3, 1),
        description="x",
        numerator=numerator,
        denominator=denominator,
        entered_by="x",
    )


@pytest.mark.parametrize(("numerator", "denominator"), [(20, 18), (-1, 18), (0, -1), (3, None)])
def test_the_database_itself_refuses_impossible_raw_numbers(
    engine: Engine, plan_id: int, numerator: int, denominator: int | None
) -> None:
    with Session(engine) as s:
        ind = _indicator(s, plan_id, 1)
        logs.add_log(s, indicator_id=ind.id or 0, data=_meeting(), actor=RECORDER, today=TODAY)
        s.add(_raw_log(ind.id or 0, numerator, denominator))
        with pytest.raises(IntegrityError):
            s.commit()
        s.rollback()
        assert [
            (x.numerator, x.denominator) for x in logs.list_logs(s, indicator_id=ind.id or 0)
        ] == [(14, 18)]


def test_the_database_refuses_a_percentage_target_of_150(engine: Engine, plan_id: int) -> None:
    with Session(engine) as s:
        ind = _indicator(s, plan_id, 1)
        s.add(
            Indicator(
                activity_id=ind.activity_id,
                name="x",
                type=IndicatorType.accuracy,
                comparison=Comparison.gt,
                target=150,
                unit=TargetUnit.percent,
            )
        )
        with pytest.raises(IntegrityError):
            s.commit()


def test_the_database_refuses_a_count_type_with_a_percent_unit(
    engine: Engine, plan_id: int
) -> None:
    with Session(engine) as s:
        ind = _indicator(s, plan_id, 1)
        s.add(
            Indicator(
                activity_id=ind.activity_id,
                name="x",
                type=IndicatorType.tally,
                comparison=Comparison.gt,
                target=5,
                unit=TargetUnit.percent,
            )
        )
        with pytest.raises(IntegrityError):
            s.commit()


def test_the_database_refuses_an_end_month_before_the_start(engine: Engine, plan_id: int) -> None:
    with Session(engine) as s:
        step = service.get_step_by_number(s, plan_id=plan_id, number=2)
        s.add(
            Activity(
                step_id=step.id or 0,
                description="x",
                period_start=dt.date(2021, 5, 1),
                period_end=dt.date(2021, 4, 1),
            )
        )
        with pytest.raises(IntegrityError):
            s.commit()


def test_the_database_refuses_a_period_not_on_the_first_of_a_month(
    engine: Engine, plan_id: int
) -> None:
    with Session(engine) as s:
        step = service.get_step_by_number(s, plan_id=plan_id, number=2)
        s.add(
            Activity(
                step_id=step.id or 0,
                description="x",
                period_start=dt.date(2021, 4, 15),
                period_end=dt.date(2021, 5, 1),
            )
        )
        with pytest.raises(IntegrityError):
            s.commit()


def test_the_database_refuses_a_step_with_the_wrong_name(engine: Engine, plan_id: int) -> None:
    with Session(engine) as s:
        s.add(Step(plan_id=plan_id, number=8, name="การเรียนรู้"))
        with pytest.raises(IntegrityError):
            s.commit()


def test_the_audit_trail_cannot_be_rewritten_or_deleted(
    settings: Settings, engine: Engine, plan_id: int
) -> None:
    con = sqlite3.connect(settings.db_path)
    try:
        n = con.execute("SELECT count(*) FROM auditentry").fetchone()[0]
        assert n > 0
        with pytest.raises(sqlite3.DatabaseError, match="เพิ่มได้อย่างเดียว"):
            con.execute("UPDATE auditentry SET actor = 'someone else'")
        with pytest.raises(sqlite3.DatabaseError, match="เพิ่มได้อย่างเดียว"):
            con.execute("DELETE FROM auditentry")
        con.rollback()
        assert con.execute("SELECT count(*) FROM auditentry").fetchone()[0] == n
    finally:
        con.close()


def test_a_database_refusal_the_service_missed_still_comes_back_in_thai(
    session: Session, plan_id: int
) -> None:
    ind = _indicator(session, plan_id, 1)
    with pytest.raises(BadInput, match="ฐานข้อมูลปฏิเสธ"), audit.atomic(session):
        session.add(_raw_log(ind.id or 0, 20, 18))
        session.flush()
    assert logs.list_logs(session, indicator_id=ind.id or 0) == []


# --- property: no sequence of valid operations breaks the rules ----------------

ops = st.lists(
    st.one_of(
        st.tuples(st.just("add"), st.integers(0, 200), st.integers(0, 200)),
        st.tuples(st.just("edit"), st.integers(0, 200), st.integers(0, 200)),
        st.tuples(st.just("delete"), st.integers(0, 200), st.just(0)),
    ),
    max_size=12,
)


@hsettings(max_examples=25, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(ops=ops, target=st.integers(0, 100), comparison=st.sampled_from(list(Comparison)))
def test_no_sequence_of_valid_operations_gives_a_rate_outside_0_100_or_a_wrong_verdict(
    ops: list[tuple[str, int, int]], target: int, comparison: Comparison
) -> None:
    with tempfile.TemporaryDirectory() as tmp:
        engine = prepare_database(Settings(data_dir=Path(tmp)))
        with Session(engine) as s:
            plan_id = seed.load_example(s, actor=Actor("h")).plan_id
            ind = _indicator(s, plan_id, 1)
            ind_id = ind.id or 0
            indicator_service.update_indicator(
                s,
                indicator_id=ind_id,
                data=IndicatorUpdate(target=target, comparison=comparison),
                actor=Actor("h"),
            )
            model: dict[int, tuple[int, int]] = {}
            for op, a, b in ops:
                num, den = min(a, b), max(a, b)
                if op == "add":
                    log = logs.add_log(
                        s,
                        indicator_id=ind_id,
                        data=_meeting(attended=num, invited=den),
                        actor=RECORDER,
                        today=TODAY,
                    )
                    model[log.id or 0] = (num, den)
                elif model and op == "edit":
                    log_id = sorted(model)[a % len(model)]
                    logs.update_log(
                        s,
                        log_id=log_id,
                        data={"attended": num, "invited": den, "entered_by": "h"},
                        actor=RECORDER,
                        today=TODAY,
                    )
                    model[log_id] = (num, den)
                elif model and op == "delete":
                    log_id = sorted(model)[a % len(model)]
                    logs.delete_log(s, log_id=log_id, actor=Actor("h"))
                    del model[log_id]
            iv = overview.find_indicator_view(
                overview.plan_view(s, plan_id=plan_id, today=TODAY), indicator_id=ind_id
            )
        engine.dispose()
    total_num = sum(n for n, _ in model.values())
    total_den = sum(d for _, d in model.values())
    if total_den == 0:
        assert iv.actual is None and iv.met is None
        return
    assert iv.actual_exact is not None and 0 <= iv.actual_exact <= 100
    assert iv.actual is not None and 0 <= iv.actual <= 100
    lhs, rhs = total_num * 100, target * total_den
    expected = {Comparison.gt: lhs > rhs, Comparison.ge: lhs >= rhs, Comparison.eq: lhs == rhs}
    assert iv.met is expected[comparison]
    assert (iv.numerator_total, iv.denominator_total) == (total_num, total_den)


def test_control_characters_pasted_from_word_are_dropped_from_text(
    session: Session, plan_id: int
) -> None:
    ind = _indicator(session, plan_id, 1)
    log = logs.add_log(
        session,
        indicator_id=ind.id or 0,
        actor=RECORDER,
        today=TODAY,
        data=_meeting(description="ประชุม\x0bระดมความคิด\x01เห็น"),
    )
    assert log.description == "ประชุมระดมความคิดเห็น"
