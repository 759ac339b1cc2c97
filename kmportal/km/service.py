"""KM plans, their steps, activities and indicators: every query and change.
Routes and commands call these and never touch the session themselves. Logs
live in :mod:`kmportal.km.logs`, the computed plan in :mod:`kmportal.km.overview`.

Each public function that changes data is one transaction (:func:`atomic`): it
validates first (raising :class:`~kmportal.errors.BadInput` with a Thai message,
and per-field messages in ``detail["fields"]`` for forms), writes its audit
entry in the same transaction, and commits; on any error nothing is stored.
``new_*`` functions do the same work inside a transaction the caller holds
(the seed loader builds a whole plan in one).
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Mapping
from typing import Any

from sqlmodel import Session, select

from kmportal.errors import NotFound
from kmportal.km import indicators as rules
from kmportal.km.audit import atomic, record, snapshot
from kmportal.km.indicators import Comparison, IndicatorType, TargetUnit
from kmportal.km.models import (
    STEP_NAMES,
    Activity,
    ActivityCreate,
    ActivityLog,
    ActivityUpdate,
    Indicator,
    IndicatorCreate,
    IndicatorUpdate,
    Plan,
    PlanCreate,
    PlanUpdate,
    Step,
    StepUpdate,
    utcnow,
)
from kmportal.km.validation import (
    MAX_NAME,
    MAX_TEXT,
    actor_field,
    fail,
    require_actor,
    text_field,
)
from kmportal.thai import dates as periods
from kmportal.thai.digits import fold_digits

# --- plans --------------------------------------------------------------------


def get_plan(session: Session, *, plan_id: int) -> Plan:
    plan = session.get(Plan, plan_id)
    if plan is None:
        raise NotFound(f"ไม่พบแผนการจัดการความรู้หมายเลข {plan_id}")
    return plan


def find_plan(session: Session, *, unit: str, fiscal_year: int) -> Plan | None:
    return session.exec(
        select(Plan).where(Plan.unit == unit.strip(), Plan.fiscal_year == fiscal_year)
    ).first()


def _check_plan(
    session: Session, *, unit: str, fiscal_year: int, exclude_id: int | None = None
) -> dict[str, str]:
    fields: dict[str, str] = {}
    if not periods.MIN_BE_YEAR <= fiscal_year <= periods.MAX_BE_YEAR:
        fields["fiscal_year"] = (
            f"ปีงบประมาณต้องเป็น พ.ศ. ({periods.MIN_BE_YEAR}–{periods.MAX_BE_YEAR}) เช่น 2564 ไม่ใช่ ค.ศ."
        )
    elif unit:
        other = find_plan(session, unit=unit, fiscal_year=fiscal_year)
        if other is not None and other.id != exclude_id:
            fields["fiscal_year"] = f"{unit} มีแผนปีงบประมาณ {fiscal_year} อยู่แล้ว"
    return fields


def new_plan(
    session: Session, *, data: PlanCreate, actor: str, fields: dict[str, str] | None = None
) -> Plan:
    fields = dict(fields or {})
    unit = text_field(fields, "unit", data.unit, "ส่วนราชการ", max_len=MAX_NAME)
    org = text_field(
        fields, "organisation", data.organisation, "หน่วยงาน", required=False, max_len=MAX_NAME
    )
    goal = text_field(fields, "km_goal", data.km_goal, "เป้าหมาย KM")
    deliverable = text_field(fields, "deliverable", data.deliverable, "หน่วยที่วัดผลได้", required=False)
    fields.update(_check_plan(session, unit=unit, fiscal_year=data.fiscal_year))
    fail(fields)
    plan = Plan(
        unit=unit,
        organisation=org,
        fiscal_year=data.fiscal_year,
        km_goal=goal,
        deliverable=deliverable,
    )
    session.add(plan)
    session.flush()
    assert plan.id is not None
    for number, name in enumerate(STEP_NAMES, start=1):
        session.add(Step(plan_id=plan.id, number=number, name=name))
    record(
        session,
        actor=actor,
        action="create",
        entity="plan",
        entity_id=plan.id,
        after=snapshot(plan),
    )
    session.flush()
    return plan


def create_plan(session: Session, *, data: PlanCreate, actor: str) -> Plan:
    """A plan with its seven fixed steps, empty of activities."""
    fields: dict[str, str] = {}
    actor = actor_field(fields, actor)
    with atomic(session):
        plan = new_plan(session, data=data, actor=actor, fields=fields)
    session.refresh(plan)
    return plan


def update_plan(session: Session, *, plan_id: int, data: PlanUpdate, actor: str) -> Plan:
    fields: dict[str, str] = {}
    actor = actor_field(fields, actor)
    with atomic(session):
        plan = get_plan(session, plan_id=plan_id)
        before = snapshot(plan)
        changes = data.model_dump(exclude_unset=True)
        unit = plan.unit
        if "unit" in changes:
            unit = text_field(fields, "unit", changes["unit"], "ส่วนราชการ", max_len=MAX_NAME)
        fy = plan.fiscal_year if changes.get("fiscal_year") is None else changes["fiscal_year"]
        fields.update(_check_plan(session, unit=unit, fiscal_year=fy, exclude_id=plan.id))
        if fy != plan.fiscal_year and not fields:
            fields.update(_check_activities_fit(session, plan_id=plan_id, fiscal_year=fy))
        if "km_goal" in changes:
            changes["km_goal"] = text_field(fields, "km_goal", changes["km_goal"], "เป้าหมาย KM")
        for name in ("organisation", "deliverable"):
            if name in changes:
                changes[name] = (changes[name] or "").strip()
        fail(fields)
        changes["unit"] = unit
        changes["fiscal_year"] = fy
        for k, v in changes.items():
            setattr(plan, k, v)
        plan.updated_at = utcnow()
        session.add(plan)
        session.flush()
        record(
            session,
            actor=actor,
            action="update",
            entity="plan",
            entity_id=plan.id,
            before=before,
            after=snapshot(plan),
        )
    session.refresh(plan)
    return plan


def _check_activities_fit(session: Session, *, plan_id: int, fiscal_year: int) -> dict[str, str]:
    first, last = periods.fiscal_year_bounds(fiscal_year)
    acts = session.exec(select(Activity).join(Step).where(Step.plan_id == plan_id)).all()
    if any(a.period_start < first or a.period_end > last for a in acts):
        return {
            "fiscal_year": f"มีกิจกรรมที่ระยะเวลาอยู่นอกปีงบประมาณ {fiscal_year} กรุณาแก้ไขระยะเวลากิจกรรมก่อน"
        }
    return {}


def delete_plan(session: Session, *, plan_id: int, actor: str) -> None:
    actor = require_actor(actor)
    with atomic(session):
        plan = get_plan(session, plan_id=plan_id)
        before = snapshot(plan)
        session.delete(plan)
        record(
            session, actor=actor, action="delete", entity="plan", entity_id=plan_id, before=before
        )


# --- steps --------------------------------------------------------------------


def get_step(session: Session, *, step_id: int) -> Step:
    step = session.get(Step, step_id)
    if step is None:
        raise NotFound(f"ไม่พบขั้นตอนหมายเลข {step_id}")
    return step


def get_step_by_number(session: Session, *, plan_id: int, number: int) -> Step:
    step = session.exec(select(Step).where(Step.plan_id == plan_id, Step.number == number)).first()
    if step is None:
        raise NotFound(f"ไม่พบขั้นที่ {number} ในแผนหมายเลข {plan_id}")
    return step


def update_step(session: Session, *, step_id: int, data: StepUpdate, actor: str) -> Step:
    actor = require_actor(actor)
    with atomic(session):
        step = get_step(session, step_id=step_id)
        before = snapshot(step)
        if data.note is not None:
            step.note = data.note.strip()[:MAX_TEXT]
        session.add(step)
        session.flush()
        record(
            session,
            actor=actor,
            action="update",
            entity="step",
            entity_id=step.id,
            before=before,
            after=snapshot(step),
        )
    session.refresh(step)
    return step


# --- activities ---------------------------------------------------------------


def _check_period(
    fields: dict[str, str], start: str | None, end: str | None, fiscal_year: int
) -> tuple[dt.date | None, dt.date | None]:
    s = e = None
    try:
        s = periods.parse_be_month(start or "")
    except ValueError as exc:
        fields["start"] = f"เดือนเริ่ม: {exc}"
    try:
        e = periods.parse_be_month(end or "")
    except ValueError as exc:
        fields["end"] = f"เดือนสิ้นสุด: {exc}"
    if s is not None and e is not None:
        if e < s:
            fields["end"] = (
                f"เดือนสิ้นสุด ({periods.format_month(e)}) ต้องไม่ก่อนเดือนเริ่ม ({periods.format_month(s)})"
            )
        else:
            first, last = periods.fiscal_year_bounds(fiscal_year)
            if s < first or e > last:
                fields["start"] = (
                    f"ระยะเวลาต้องอยู่ในปีงบประมาณ {fiscal_year} "
                    f"({periods.format_month(first)} – {periods.format_month(last)})"
                )
    return s, e


def new_activity(
    session: Session,
    *,
    step: Step,
    data: ActivityCreate,
    actor: str,
    fiscal_year: int,
    fields: dict[str, str] | None = None,
) -> Activity:
    fields = dict(fields or {})
    desc = text_field(fields, "description", data.description, "กิจกรรม")
    group = text_field(fields, "target_group", data.target_group, "กลุ่มเป้าหมาย", required=False)
    resp = text_field(fields, "responsible_unit", data.responsible_unit, "ผู้รับผิดชอบ", required=False)
    start, end = _check_period(fields, data.start, data.end, fiscal_year)
    fail(fields)
    assert start is not None and end is not None and step.id is not None
    n = len(session.exec(select(Activity.id).where(Activity.step_id == step.id)).all())
    act = Activity(
        step_id=step.id,
        description=desc,
        target_group=group,
        responsible_unit=resp,
        period_start=start,
        period_end=end,
        position=n,
    )
    session.add(act)
    session.flush()
    record(
        session,
        actor=actor,
        action="create",
        entity="activity",
        entity_id=act.id,
        after=snapshot(act),
    )
    return act


def add_activity(session: Session, *, step_id: int, data: ActivityCreate, actor: str) -> Activity:
    fields: dict[str, str] = {}
    actor = actor_field(fields, actor)
    with atomic(session):
        step = get_step(session, step_id=step_id)
        plan = get_plan(session, plan_id=step.plan_id)
        act = new_activity(
            session, step=step, data=data, actor=actor, fiscal_year=plan.fiscal_year, fields=fields
        )
    session.refresh(act)
    return act


def add_activity_with_indicator(
    session: Session,
    *,
    step_id: int,
    activity: ActivityCreate,
    indicator: IndicatorCreate | None,
    actor: str,
) -> Activity:
    """An activity and its first indicator together: both are stored or neither."""
    fields: dict[str, str] = {}
    actor = actor_field(fields, actor)
    with atomic(session):
        step = get_step(session, step_id=step_id)
        plan = get_plan(session, plan_id=step.plan_id)
        act = new_activity(
            session,
            step=step,
            data=activity,
            actor=actor,
            fiscal_year=plan.fiscal_year,
            fields=fields,
        )
        if indicator is not None:
            new_indicator(session, activity=act, data=indicator, actor=actor)
    session.refresh(act)
    return act


def get_activity(session: Session, *, activity_id: int) -> Activity:
    act = session.get(Activity, activity_id)
    if act is None:
        raise NotFound(f"ไม่พบกิจกรรมหมายเลข {activity_id}")
    return act


def update_activity(
    session: Session, *, activity_id: int, data: ActivityUpdate, actor: str
) -> Activity:
    actor = require_actor(actor)
    with atomic(session):
        act = get_activity(session, activity_id=activity_id)
        step = get_step(session, step_id=act.step_id)
        plan = get_plan(session, plan_id=step.plan_id)
        before = snapshot(act)
        changes = data.model_dump(exclude_unset=True)
        fields: dict[str, str] = {}
        if "description" in changes:
            act.description = text_field(fields, "description", changes["description"], "กิจกรรม")
        for name, label in (("target_group", "กลุ่มเป้าหมาย"), ("responsible_unit", "ผู้รับผิดชอบ")):
            if name in changes:
                setattr(act, name, text_field(fields, name, changes[name], label, required=False))
        start = changes.get("start") or periods.format_be_month_key(act.period_start)
        end = changes.get("end") or periods.format_be_month_key(act.period_end)
        s, e = _check_period(fields, start, end, plan.fiscal_year)
        fail(fields)
        assert s is not None and e is not None
        act.period_start, act.period_end = s, e
        session.add(act)
        session.flush()
        record(
            session,
            actor=actor,
            action="update",
            entity="activity",
            entity_id=act.id,
            before=before,
            after=snapshot(act),
        )
    session.refresh(act)
    return act


# --- indicators ---------------------------------------------------------------


def _check_indicator(
    fields: dict[str, str], *, name: str, kind: IndicatorType, unit: TargetUnit, target: float
) -> str:
    n = text_field(fields, "name", name, "ชื่อตัวชี้วัด", max_len=MAX_NAME * 2)
    msg = rules.check_target(kind, unit, target)
    if msg:
        fields["target"] = msg
    return n


def new_indicator(
    session: Session,
    *,
    activity: Activity,
    data: IndicatorCreate,
    actor: str,
    fields: dict[str, str] | None = None,
) -> Indicator:
    fields = dict(fields or {})
    name = _check_indicator(
        fields, name=data.name, kind=data.type, unit=data.unit, target=data.target
    )
    fail(fields)
    assert activity.id is not None
    n = len(session.exec(select(Indicator.id).where(Indicator.activity_id == activity.id)).all())
    ind = Indicator(
        activity_id=activity.id,
        name=name,
        type=data.type,
        comparison=data.comparison,
        target=float(data.target),
        unit=data.unit,
        position=n,
    )
    session.add(ind)
    session.flush()
    record(
        session,
        actor=actor,
        action="create",
        entity="indicator",
        entity_id=ind.id,
        after=snapshot(ind),
    )
    return ind


def parse_indicator_payload(payload: Mapping[str, Any]) -> IndicatorCreate:
    """Enum and number fields from JSON or a form, refused in Thai."""
    fields: dict[str, str] = {}
    kind: IndicatorType | None = None
    comparison: Comparison | None = None
    target: float | None = None
    try:
        kind = IndicatorType(str(payload.get("type", "")))
    except ValueError:
        fields["type"] = "ประเภทตัวชี้วัดต้องเป็น participation, accuracy, coverage, completion หรือ count"
    try:
        comparison = rules.parse_comparison(str(payload.get("comparison", "")))
    except ValueError as exc:
        fields["comparison"] = str(exc)
    raw_target = payload.get("target")
    try:
        target = float(fold_digits(str(raw_target)).replace("%", "").strip())
    except ValueError:
        fields["target"] = "ค่าเป้าหมายต้องเป็นตัวเลข"
    unit_raw = payload.get("unit")
    unit = (rules.unit_for(kind) if kind else TargetUnit.percent) if not unit_raw else None
    if unit_raw:
        try:
            unit = TargetUnit("percent" if str(unit_raw) == "%" else str(unit_raw))
        except ValueError:
            fields["unit"] = "หน่วยเป้าหมายต้องเป็น percent (%) หรือ count"
    fail(fields)
    assert kind is not None and comparison is not None and target is not None and unit is not None
    return IndicatorCreate(
        name=str(payload.get("name", "")),
        type=kind,
        comparison=comparison,
        target=target,
        unit=unit,
    )


def add_indicator(
    session: Session, *, activity_id: int, data: IndicatorCreate, actor: str
) -> Indicator:
    fields: dict[str, str] = {}
    actor = actor_field(fields, actor)
    with atomic(session):
        act = get_activity(session, activity_id=activity_id)
        ind = new_indicator(session, activity=act, data=data, actor=actor, fields=fields)
    session.refresh(ind)
    return ind


def get_indicator(session: Session, *, indicator_id: int) -> Indicator:
    ind = session.get(Indicator, indicator_id)
    if ind is None:
        raise NotFound(f"ไม่พบตัวชี้วัดหมายเลข {indicator_id}")
    return ind


def update_indicator(
    session: Session, *, indicator_id: int, data: IndicatorUpdate, actor: str
) -> Indicator:
    actor = require_actor(actor)
    with atomic(session):
        ind = get_indicator(session, indicator_id=indicator_id)
        before = snapshot(ind)
        changes = data.model_dump(exclude_unset=True, exclude_none=True)
        kind = IndicatorType(changes.get("type", ind.type))
        fields: dict[str, str] = {}
        if kind != ind.type and _has_logs(session, indicator_id=indicator_id):
            fields["type"] = "เปลี่ยนประเภทตัวชี้วัดที่มีบันทึกแล้วไม่ได้ เพราะตัวเลขดิบจะมีความหมายเปลี่ยนไป"
        unit = TargetUnit(changes.get("unit", rules.unit_for(kind)))
        target = float(changes.get("target", ind.target))
        name = _check_indicator(
            fields, name=changes.get("name", ind.name), kind=kind, unit=unit, target=target
        )
        fail(fields)
        ind.name, ind.type, ind.unit, ind.target = name, kind, unit, target
        if "comparison" in changes:
            ind.comparison = Comparison(changes["comparison"])
        session.add(ind)
        session.flush()
        record(
            session,
            actor=actor,
            action="update",
            entity="indicator",
            entity_id=ind.id,
            before=before,
            after=snapshot(ind),
        )
    session.refresh(ind)
    return ind


def _has_logs(session: Session, *, indicator_id: int) -> bool:
    stmt = select(ActivityLog.id).where(ActivityLog.indicator_id == indicator_id).limit(1)
    return session.exec(stmt).first() is not None
