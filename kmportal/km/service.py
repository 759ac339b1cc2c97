"""KM plans: every query and every change. Routes and commands call these and
never touch the session themselves.

Each public function that changes data is one transaction: it validates first
(raising :class:`~kmportal.errors.BadInput` with a Thai message, and per-field
messages in ``detail["fields"]`` for forms), writes its audit entry in the same
transaction, and commits; on any error it rolls back so nothing is stored.
"""

from __future__ import annotations

import datetime as dt
import json
import re
from collections.abc import Iterator, Mapping
from contextlib import contextmanager
from typing import Any

from sqlalchemy.exc import IntegrityError
from sqlmodel import Session, SQLModel, col, select

from kmportal.errors import BadInput, NotFound
from kmportal.km import indicators as rules
from kmportal.km import periods
from kmportal.km.indicators import Comparison, IndicatorType, TargetUnit
from kmportal.km.models import (
    STEP_NAMES,
    Activity,
    ActivityCreate,
    ActivityLog,
    ActivityLogCreate,
    ActivityLogPublic,
    ActivityLogUpdate,
    ActivityUpdate,
    AuditEntry,
    AuditEntryPublic,
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
from kmportal.km.views import (
    ActivityView,
    IndicatorView,
    PlanSummary,
    PlanView,
    SeriesPoint,
    StepView,
)

MAX_TEXT = 2000
MAX_NAME = 200

# --- transactions and audit --------------------------------------------------


@contextmanager
def atomic(session: Session) -> Iterator[None]:
    """One unit of work: commit on success, roll back everything on error.

    A CHECK or trigger firing here means the service let something through that
    the database refused; it is still reported in Thai, never as a 500.
    """
    try:
        yield
        session.commit()
    except IntegrityError as exc:
        session.rollback()
        raise BadInput(
            "ฐานข้อมูลปฏิเสธข้อมูลนี้เพราะขัดกับข้อกำหนด ไม่มีการบันทึกใด ๆ",
            detail={"constraint": str(exc.orig)},
        ) from exc
    except BaseException:
        session.rollback()
        raise


def _snapshot(obj: SQLModel | None) -> str | None:
    if obj is None:
        return None
    # Straight from the columns: rows loaded back from SQLite hold enum fields as
    # plain strings, which pydantic's serializer would warn about.
    columns = obj.__table__.columns.keys()  # type: ignore[attr-defined]
    values = {name: getattr(obj, name) for name in columns}
    return json.dumps(values, ensure_ascii=False, sort_keys=True, default=str)


def _audit(
    session: Session,
    *,
    actor: str,
    action: str,
    entity: str,
    entity_id: int | None,
    before: str | None = None,
    after: str | None = None,
) -> None:
    session.add(
        AuditEntry(
            actor=actor, action=action, entity=entity, entity_id=entity_id, before=before,
            after=after,
        )
    )


def list_audit(
    session: Session, *, entity: str | None = None, entity_id: int | None = None, limit: int = 200
) -> list[AuditEntryPublic]:
    stmt = select(AuditEntry).order_by(col(AuditEntry.id).desc()).limit(limit)
    if entity is not None:
        stmt = stmt.where(AuditEntry.entity == entity)
    if entity_id is not None:
        stmt = stmt.where(AuditEntry.entity_id == entity_id)
    return [AuditEntryPublic.model_validate(a, from_attributes=True) for a in session.exec(stmt)]


# --- input checks -------------------------------------------------------------


def _fail(fields: dict[str, str]) -> None:
    if fields:
        raise BadInput(" ".join(dict.fromkeys(fields.values())), detail={"fields": fields})


def _text(
    fields: dict[str, str], name: str, value: str | None, label: str, *, required: bool = True,
    max_len: int = MAX_TEXT,
) -> str:
    v = (value or "").strip()
    if required and not v:
        fields[name] = f"กรุณาระบุ{label}"
    elif len(v) > max_len:
        fields[name] = f"{label}ยาวเกิน {max_len} ตัวอักษร"
    return v


def _actor_field(fields: dict[str, str], actor: str) -> str:
    """The actor's name, or a message next to the name field (reported with the rest)."""
    return _text(fields, "entered_by", actor, "ชื่อผู้บันทึก", max_len=MAX_NAME)


def _actor(actor: str) -> str:
    a = (actor or "").strip()
    if not a:
        raise BadInput("กรุณาระบุชื่อผู้บันทึก", detail={"fields": {"entered_by": "กรุณาระบุชื่อผู้บันทึก"}})
    return a[:MAX_NAME]


_THAI_DIGITS = str.maketrans("๐๑๒๓๔๕๖๗๘๙", "0123456789")


def parse_int(value: object) -> int | None:
    """An int from JSON or a form field; Thai digits and thousands commas accepted.

    Raises ValueError for anything that is not a whole number; ``None``/"" → None.
    """
    if value is None:
        return None
    if isinstance(value, bool):
        raise ValueError(value)
    if isinstance(value, int):
        return value
    if isinstance(value, float):
        if value.is_integer():
            return int(value)
        raise ValueError(value)
    s = str(value).translate(_THAI_DIGITS).replace(",", "").strip()
    if not s:
        return None
    if not re.fullmatch(r"[+-]?\d+", s):
        raise ValueError(value)
    return int(s)


def parse_date(value: object) -> dt.date:
    """ISO ``YYYY-MM-DD``; a year above 2400 is read as พ.ศ. (no KM log is from CE 2400)."""
    if isinstance(value, dt.date):
        return value
    s = str(value or "").translate(_THAI_DIGITS).strip()
    m = re.fullmatch(r"(\d{4})-(\d{1,2})-(\d{1,2})", s)
    if m is None:
        raise ValueError(value)
    y, mo, d = (int(g) for g in m.groups())
    if y > 2400:
        y -= periods.BE_OFFSET
    return dt.date(y, mo, d)


_SAFE_URL = re.compile(r"^(https?://[^\s<>\"']+|/[^\s<>\"']*)$", re.IGNORECASE)


def _check_url(fields: dict[str, str], value: str | None) -> str:
    v = (value or "").strip()
    # Shown as a link: only web addresses and portal paths, never javascript: and friends.
    if v and not _SAFE_URL.match(v):
        fields["evidence_url"] = "ลิงก์หลักฐานต้องขึ้นต้นด้วย http://, https:// หรือ / (เอกสารในคลังความรู้)"
    return v[:MAX_TEXT]


# --- plans --------------------------------------------------------------------


def list_plans(session: Session) -> list[PlanSummary]:
    plans = session.exec(
        select(Plan).order_by(col(Plan.fiscal_year).desc(), col(Plan.unit))
    ).all()
    out = []
    for p in plans:
        assert p.id is not None
        view = plan_view(session, plan_id=p.id, today=dt.date.today())
        out.append(
            PlanSummary(
                id=p.id, unit=p.unit, organisation=p.organisation, fiscal_year=p.fiscal_year,
                km_goal=p.km_goal, n_indicators=view.n_indicators, n_met=view.n_met,
                n_logs=sum(s.n_logs for s in view.steps),
            )
        )
    return out


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
            f"ปีงบประมาณต้องเป็น พ.ศ. ({periods.MIN_BE_YEAR}–{periods.MAX_BE_YEAR}) "
            f"เช่น 2564 ไม่ใช่ ค.ศ."
        )
    elif unit:
        other = find_plan(session, unit=unit, fiscal_year=fiscal_year)
        if other is not None and other.id != exclude_id:
            fields["fiscal_year"] = f"{unit} มีแผนปีงบประมาณ {fiscal_year} อยู่แล้ว"
    return fields


def _new_plan(
    session: Session, *, data: PlanCreate, actor: str, fields: dict[str, str] | None = None
) -> Plan:
    fields = dict(fields or {})
    unit = _text(fields, "unit", data.unit, "ส่วนราชการ", max_len=MAX_NAME)
    org = _text(fields, "organisation", data.organisation, "หน่วยงาน", required=False,
                max_len=MAX_NAME)
    goal = _text(fields, "km_goal", data.km_goal, "เป้าหมาย KM")
    deliverable = _text(fields, "deliverable", data.deliverable, "หน่วยที่วัดผลได้", required=False)
    fields.update(_check_plan(session, unit=unit, fiscal_year=data.fiscal_year))
    _fail(fields)
    plan = Plan(unit=unit, organisation=org, fiscal_year=data.fiscal_year, km_goal=goal,
                deliverable=deliverable)
    session.add(plan)
    session.flush()
    assert plan.id is not None
    for number, name in enumerate(STEP_NAMES, start=1):
        session.add(Step(plan_id=plan.id, number=number, name=name))
    _audit(session, actor=actor, action="create", entity="plan", entity_id=plan.id,
           after=_snapshot(plan))
    session.flush()
    return plan


def create_plan(session: Session, *, data: PlanCreate, actor: str) -> Plan:
    """A plan with its seven fixed steps, empty of activities."""
    fields: dict[str, str] = {}
    actor = _actor_field(fields, actor)
    with atomic(session):
        plan = _new_plan(session, data=data, actor=actor, fields=fields)
    session.refresh(plan)
    return plan


def update_plan(session: Session, *, plan_id: int, data: PlanUpdate, actor: str) -> Plan:
    fields: dict[str, str] = {}
    actor = _actor_field(fields, actor)
    with atomic(session):
        plan = get_plan(session, plan_id=plan_id)
        before = _snapshot(plan)
        changes = data.model_dump(exclude_unset=True)
        unit = plan.unit
        if "unit" in changes:
            unit = _text(fields, "unit", changes["unit"], "ส่วนราชการ", max_len=MAX_NAME)
        fy = plan.fiscal_year if changes.get("fiscal_year") is None else changes["fiscal_year"]
        fields.update(_check_plan(session, unit=unit, fiscal_year=fy, exclude_id=plan.id))
        if fy != plan.fiscal_year and not fields:
            fields.update(_check_activities_fit(session, plan_id=plan_id, fiscal_year=fy))
        if "km_goal" in changes:
            changes["km_goal"] = _text(fields, "km_goal", changes["km_goal"], "เป้าหมาย KM")
        for name in ("organisation", "deliverable"):
            if name in changes:
                changes[name] = (changes[name] or "").strip()
        _fail(fields)
        changes["unit"] = unit
        changes["fiscal_year"] = fy
        for k, v in changes.items():
            setattr(plan, k, v)
        plan.updated_at = utcnow()
        session.add(plan)
        session.flush()
        _audit(session, actor=actor, action="update", entity="plan", entity_id=plan.id,
               before=before, after=_snapshot(plan))
    session.refresh(plan)
    return plan


def _check_activities_fit(session: Session, *, plan_id: int, fiscal_year: int) -> dict[str, str]:
    first, last = periods.fiscal_year_bounds(fiscal_year)
    acts = session.exec(
        select(Activity).join(Step).where(Step.plan_id == plan_id)
    ).all()
    if any(a.period_start < first or a.period_end > last for a in acts):
        return {"fiscal_year": f"มีกิจกรรมที่ระยะเวลาอยู่นอกปีงบประมาณ {fiscal_year} "
                               "กรุณาแก้ไขระยะเวลากิจกรรมก่อน"}
    return {}


def delete_plan(session: Session, *, plan_id: int, actor: str) -> None:
    actor = _actor(actor)
    with atomic(session):
        plan = get_plan(session, plan_id=plan_id)
        before = _snapshot(plan)
        session.delete(plan)
        _audit(session, actor=actor, action="delete", entity="plan", entity_id=plan_id,
               before=before)


# --- steps --------------------------------------------------------------------


def get_step(session: Session, *, step_id: int) -> Step:
    step = session.get(Step, step_id)
    if step is None:
        raise NotFound(f"ไม่พบขั้นตอนหมายเลข {step_id}")
    return step


def get_step_by_number(session: Session, *, plan_id: int, number: int) -> Step:
    step = session.exec(
        select(Step).where(Step.plan_id == plan_id, Step.number == number)
    ).first()
    if step is None:
        raise NotFound(f"ไม่พบขั้นที่ {number} ในแผนหมายเลข {plan_id}")
    return step


def update_step(session: Session, *, step_id: int, data: StepUpdate, actor: str) -> Step:
    actor = _actor(actor)
    with atomic(session):
        step = get_step(session, step_id=step_id)
        before = _snapshot(step)
        if data.note is not None:
            step.note = data.note.strip()[:MAX_TEXT]
        session.add(step)
        session.flush()
        _audit(session, actor=actor, action="update", entity="step", entity_id=step.id,
               before=before, after=_snapshot(step))
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
                f"เดือนสิ้นสุด ({periods.format_month(e)}) ต้องไม่ก่อนเดือนเริ่ม "
                f"({periods.format_month(s)})"
            )
        else:
            first, last = periods.fiscal_year_bounds(fiscal_year)
            if s < first or e > last:
                fields["start"] = (
                    f"ระยะเวลาต้องอยู่ในปีงบประมาณ {fiscal_year} "
                    f"({periods.format_month(first)} – {periods.format_month(last)})"
                )
    return s, e


def _new_activity(
    session: Session, *, step: Step, data: ActivityCreate, actor: str, fiscal_year: int,
    fields: dict[str, str] | None = None,
) -> Activity:
    fields = dict(fields or {})
    desc = _text(fields, "description", data.description, "กิจกรรม")
    group = _text(fields, "target_group", data.target_group, "กลุ่มเป้าหมาย", required=False)
    resp = _text(fields, "responsible_unit", data.responsible_unit, "ผู้รับผิดชอบ", required=False)
    start, end = _check_period(fields, data.start, data.end, fiscal_year)
    _fail(fields)
    assert start is not None and end is not None and step.id is not None
    n = len(session.exec(select(Activity.id).where(Activity.step_id == step.id)).all())
    act = Activity(step_id=step.id, description=desc, target_group=group, responsible_unit=resp,
                   period_start=start, period_end=end, position=n)
    session.add(act)
    session.flush()
    _audit(session, actor=actor, action="create", entity="activity", entity_id=act.id,
           after=_snapshot(act))
    return act


def add_activity(session: Session, *, step_id: int, data: ActivityCreate, actor: str) -> Activity:
    fields: dict[str, str] = {}
    actor = _actor_field(fields, actor)
    with atomic(session):
        step = get_step(session, step_id=step_id)
        plan = get_plan(session, plan_id=step.plan_id)
        act = _new_activity(session, step=step, data=data, actor=actor,
                            fiscal_year=plan.fiscal_year, fields=fields)
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
    actor = _actor_field(fields, actor)
    with atomic(session):
        step = get_step(session, step_id=step_id)
        plan = get_plan(session, plan_id=step.plan_id)
        act = _new_activity(session, step=step, data=activity, actor=actor,
                            fiscal_year=plan.fiscal_year, fields=fields)
        if indicator is not None:
            _new_indicator(session, activity=act, data=indicator, actor=actor)
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
    actor = _actor(actor)
    with atomic(session):
        act = get_activity(session, activity_id=activity_id)
        step = get_step(session, step_id=act.step_id)
        plan = get_plan(session, plan_id=step.plan_id)
        before = _snapshot(act)
        changes = data.model_dump(exclude_unset=True)
        fields: dict[str, str] = {}
        if "description" in changes:
            act.description = _text(fields, "description", changes["description"], "กิจกรรม")
        for name, label in (("target_group", "กลุ่มเป้าหมาย"), ("responsible_unit", "ผู้รับผิดชอบ")):
            if name in changes:
                setattr(act, name, _text(fields, name, changes[name], label, required=False))
        start = changes.get("start") or periods.format_be_month_key(act.period_start)
        end = changes.get("end") or periods.format_be_month_key(act.period_end)
        s, e = _check_period(fields, start, end, plan.fiscal_year)
        _fail(fields)
        assert s is not None and e is not None
        act.period_start, act.period_end = s, e
        session.add(act)
        session.flush()
        _audit(session, actor=actor, action="update", entity="activity", entity_id=act.id,
               before=before, after=_snapshot(act))
    session.refresh(act)
    return act


# --- indicators ---------------------------------------------------------------


def _check_indicator(
    fields: dict[str, str], *, name: str, kind: IndicatorType, unit: TargetUnit, target: float
) -> str:
    n = _text(fields, "name", name, "ชื่อตัวชี้วัด", max_len=MAX_NAME * 2)
    msg = rules.check_target(kind, unit, target)
    if msg:
        fields["target"] = msg
    return n


def _new_indicator(
    session: Session, *, activity: Activity, data: IndicatorCreate, actor: str,
    fields: dict[str, str] | None = None,
) -> Indicator:
    fields = dict(fields or {})
    name = _check_indicator(fields, name=data.name, kind=data.type, unit=data.unit,
                            target=data.target)
    _fail(fields)
    assert activity.id is not None
    n = len(session.exec(select(Indicator.id).where(Indicator.activity_id == activity.id)).all())
    ind = Indicator(activity_id=activity.id, name=name, type=data.type,
                    comparison=data.comparison, target=float(data.target), unit=data.unit,
                    position=n)
    session.add(ind)
    session.flush()
    _audit(session, actor=actor, action="create", entity="indicator", entity_id=ind.id,
           after=_snapshot(ind))
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
        target = float(str(raw_target).translate(_THAI_DIGITS).replace("%", "").strip())
    except ValueError:
        fields["target"] = "ค่าเป้าหมายต้องเป็นตัวเลข"
    unit_raw = payload.get("unit")
    unit = (rules.unit_for(kind) if kind else TargetUnit.percent) if not unit_raw else None
    if unit_raw:
        try:
            unit = TargetUnit("percent" if str(unit_raw) == "%" else str(unit_raw))
        except ValueError:
            fields["unit"] = "หน่วยเป้าหมายต้องเป็น percent (%) หรือ count"
    _fail(fields)
    assert kind is not None and comparison is not None and target is not None and unit is not None
    return IndicatorCreate(name=str(payload.get("name", "")), type=kind, comparison=comparison,
                           target=target, unit=unit)


def add_indicator(
    session: Session, *, activity_id: int, data: IndicatorCreate, actor: str
) -> Indicator:
    fields: dict[str, str] = {}
    actor = _actor_field(fields, actor)
    with atomic(session):
        act = get_activity(session, activity_id=activity_id)
        ind = _new_indicator(session, activity=act, data=data, actor=actor, fields=fields)
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
    actor = _actor(actor)
    with atomic(session):
        ind = get_indicator(session, indicator_id=indicator_id)
        before = _snapshot(ind)
        changes = data.model_dump(exclude_unset=True, exclude_none=True)
        kind = IndicatorType(changes.get("type", ind.type))
        fields: dict[str, str] = {}
        if kind != ind.type and _logs_of(session, indicator_id=indicator_id):
            fields["type"] = "เปลี่ยนประเภทตัวชี้วัดที่มีบันทึกแล้วไม่ได้ เพราะตัวเลขดิบจะมีความหมายเปลี่ยนไป"
        unit = TargetUnit(changes.get("unit", rules.unit_for(kind)))
        target = float(changes.get("target", ind.target))
        name = _check_indicator(fields, name=changes.get("name", ind.name), kind=kind, unit=unit,
                                target=target)
        _fail(fields)
        ind.name, ind.type, ind.unit, ind.target = name, kind, unit, target
        if "comparison" in changes:
            ind.comparison = Comparison(changes["comparison"])
        session.add(ind)
        session.flush()
        _audit(session, actor=actor, action="update", entity="indicator", entity_id=ind.id,
               before=before, after=_snapshot(ind))
    session.refresh(ind)
    return ind


# --- logs ---------------------------------------------------------------------


def _logs_of(session: Session, *, indicator_id: int) -> list[ActivityLog]:
    return list(
        session.exec(
            select(ActivityLog)
            .where(ActivityLog.indicator_id == indicator_id)
            .order_by(col(ActivityLog.date), col(ActivityLog.id))
        )
    )


def log_public(log: ActivityLog, kind: IndicatorType) -> ActivityLogPublic:
    f = rules.RAW_FIELDS[kind]
    raw: dict[str, int | None] = {f.numerator: log.numerator}
    if f.denominator:
        raw[f.denominator] = log.denominator
    pub = ActivityLogPublic.model_validate(log, from_attributes=True)
    pub.raw = raw
    return pub


def list_logs(session: Session, *, indicator_id: int) -> list[ActivityLogPublic]:
    ind = get_indicator(session, indicator_id=indicator_id)
    kind = IndicatorType(ind.type)
    return [log_public(x, kind) for x in _logs_of(session, indicator_id=ind.id or 0)]


def get_log(session: Session, *, log_id: int) -> ActivityLog:
    log = session.get(ActivityLog, log_id)
    if log is None:
        raise NotFound(f"ไม่พบบันทึกกิจกรรมหมายเลข {log_id}")
    return log


def parse_log_payload(
    kind: IndicatorType, payload: Mapping[str, Any], *, partial: bool = False
) -> dict[str, Any]:
    """Turn a JSON body or form (raw numbers under their type's names, e.g.
    ``invited``/``attended``) into ActivityLog fields, with Thai messages.

    ``numerator``/``denominator`` are accepted too. With ``partial`` only the
    fields present are returned (for edits).
    """
    f = rules.RAW_FIELDS[kind]
    fields: dict[str, str] = {}
    out: dict[str, Any] = {}

    def number(names: tuple[str, ...], label: str) -> tuple[bool, int | None]:
        for n in names:
            if n in payload:
                try:
                    return True, parse_int(payload[n])
                except ValueError:
                    fields[names[0]] = f"{label}ต้องเป็นจำนวนเต็ม"
                    return True, None
        return False, None

    has_num, num = number((f.numerator, "numerator"), f.numerator_th)
    if has_num or not partial:
        out["numerator"] = num
    if f.denominator is not None:
        assert f.denominator_th is not None
        has_den, den = number((f.denominator, "denominator"), f.denominator_th)
        if has_den or not partial:
            out["denominator"] = den
    elif not partial:
        out["denominator"] = None
    if "date" in payload or not partial:
        try:
            out["date"] = parse_date(payload.get("date"))
        except ValueError:
            fields["date"] = "วันที่ไม่ถูกต้อง (ใช้ ปปปป-ดด-วว)"
    for name in ("description", "note", "evidence_url", "evidence_file", "entered_by"):
        if name in payload or not partial:
            value = payload.get(name)
            out[name] = "" if value is None else str(value)
    _fail(fields)
    return out


def _validate_log(
    fields: dict[str, str], *, kind: IndicatorType, values: dict[str, Any], today: dt.date
) -> None:
    f = rules.RAW_FIELDS[kind]
    fields.update(rules.check_raw(kind, values.get("numerator"), values.get("denominator")))
    if not fields.get(f.numerator) and f.denominator is None and values.get("denominator"):
        fields[f.numerator] = "ตัวชี้วัดแบบนับจำนวนไม่มีตัวหาร"
    values["description"] = _text(fields, "description", values.get("description"), "สิ่งที่ดำเนินการ")
    values["note"] = _text(fields, "note", values.get("note"), "หมายเหตุ", required=False)
    values["entered_by"] = _text(fields, "entered_by", values.get("entered_by"), "ชื่อผู้บันทึก",
                                 max_len=MAX_NAME)
    values["evidence_url"] = _check_url(fields, values.get("evidence_url"))
    values["evidence_file"] = (values.get("evidence_file") or "").strip()[:MAX_NAME]
    d = values.get("date")
    if isinstance(d, dt.date) and d > today:
        fields["date"] = "วันที่ดำเนินการต้องไม่เป็นวันในอนาคต"


def add_log(
    session: Session,
    *,
    indicator_id: int,
    data: ActivityLogCreate | Mapping[str, Any],
    today: dt.date | None = None,
) -> ActivityLog:
    """Record what happened. ``data`` is an ActivityLogCreate or a JSON/form mapping
    with the raw numbers under their type's names."""
    today = today or dt.date.today()
    with atomic(session):
        ind = get_indicator(session, indicator_id=indicator_id)
        kind = IndicatorType(ind.type)
        if isinstance(data, ActivityLogCreate):
            values = data.model_dump()
        else:
            values = parse_log_payload(kind, data)
        fields: dict[str, str] = {}
        _validate_log(fields, kind=kind, values=values, today=today)
        _fail(fields)
        log = ActivityLog(indicator_id=indicator_id, **values)
        session.add(log)
        session.flush()
        _audit(session, actor=log.entered_by, action="create", entity="log", entity_id=log.id,
               after=_snapshot(log))
    session.refresh(log)
    return log


def update_log(
    session: Session,
    *,
    log_id: int,
    data: ActivityLogUpdate | Mapping[str, Any],
    today: dt.date | None = None,
) -> ActivityLog:
    today = today or dt.date.today()
    with atomic(session):
        log = get_log(session, log_id=log_id)
        ind = get_indicator(session, indicator_id=log.indicator_id)
        kind = IndicatorType(ind.type)
        before = _snapshot(log)
        if isinstance(data, ActivityLogUpdate):
            changes = data.model_dump(exclude_unset=True)
        else:
            changes = parse_log_payload(kind, data, partial=True)
        editor = changes.pop("entered_by", None) or ""
        values = log.model_dump(
            include={"date", "description", "numerator", "denominator", "note", "evidence_url",
                     "evidence_file", "entered_by"}
        )
        values.update(changes)
        fields: dict[str, str] = {}
        if not editor.strip():
            fields["entered_by"] = "กรุณาระบุชื่อผู้แก้ไข"
        _validate_log(fields, kind=kind, values=values, today=today)
        _fail(fields)
        for k, v in values.items():
            setattr(log, k, v)
        log.updated_at = utcnow()
        session.add(log)
        session.flush()
        _audit(session, actor=editor.strip()[:MAX_NAME], action="update", entity="log",
               entity_id=log.id, before=before, after=_snapshot(log))
    session.refresh(log)
    return log


def delete_log(session: Session, *, log_id: int, actor: str) -> None:
    actor = _actor(actor)
    with atomic(session):
        log = get_log(session, log_id=log_id)
        before = _snapshot(log)
        session.delete(log)
        _audit(session, actor=actor, action="delete", entity="log", entity_id=log_id,
               before=before)


# --- the computed view --------------------------------------------------------


def indicator_view(ind: Indicator, logs: list[ActivityLog]) -> IndicatorView:
    kind = IndicatorType(ind.type)
    comparison = Comparison(ind.comparison)
    unit = TargetUnit(ind.unit)
    raw = [(x.numerator, x.denominator) for x in logs]
    value = rules.actual_value(kind, raw)
    met = rules.is_met(value, comparison, ind.target)
    status = rules.indicator_status(met)
    t = rules.totals(kind, raw)
    f = rules.RAW_FIELDS[kind]
    series: list[SeriesPoint] = []
    for i, x in enumerate(logs):
        running = rules.actual_value(kind, raw[: i + 1])
        single = rules.actual_value(kind, raw[i : i + 1])
        series.append(SeriesPoint(
            date=x.date,
            value=None if running is None else float(running),
            log_value=None if single is None else float(single),
        ))
    assert ind.id is not None
    return IndicatorView(
        id=ind.id, activity_id=ind.activity_id, name=ind.name, type=kind,
        type_th=rules.TYPE_TH[kind], comparison=comparison,
        comparison_symbol=rules.COMPARISON_SYMBOL[comparison], target=ind.target, unit=unit,
        target_display=rules.display_target(comparison, ind.target, unit),
        actual=None if value is None else float(rules.round_half_up(value)),
        actual_exact=None if value is None else float(value),
        actual_display=rules.display_actual(kind, value), met=met, status=status,
        status_th=rules.INDICATOR_STATUS_TH[status], numerator_total=t.numerator,
        denominator_total=t.denominator, numerator_name=f.numerator,
        denominator_name=f.denominator, numerator_th=f.numerator_th,
        denominator_th=f.denominator_th, n_logs=t.n_logs,
        progress=rules.progress_percent(kind, value, ind.target), series=series,
        logs=[log_public(x, kind) for x in logs],
    )


def _timeline(fiscal_year: int, start: dt.date | None, end: dt.date | None) -> tuple[int, int]:
    if start is None or end is None:
        return 0, 0
    a = max(0, min(12, periods.month_index(fiscal_year, start)))
    b = max(0, min(12, periods.month_index(fiscal_year, end) + 1))
    return a, max(0, b - a)


def plan_view(session: Session, *, plan_id: int, today: dt.date | None = None) -> PlanView:
    """The whole plan with every actual value, met flag and status computed."""
    today = today or dt.date.today()
    plan = get_plan(session, plan_id=plan_id)
    steps = session.exec(
        select(Step).where(Step.plan_id == plan_id).order_by(col(Step.number))
    ).all()
    step_views: list[StepView] = []
    for step in steps:
        acts = session.exec(
            select(Activity).where(Activity.step_id == step.id)
            .order_by(col(Activity.position), col(Activity.id))
        ).all()
        act_views: list[ActivityView] = []
        statuses: list[rules.IndicatorStatus] = []
        n_logs = 0
        for act in acts:
            inds = session.exec(
                select(Indicator).where(Indicator.activity_id == act.id)
                .order_by(col(Indicator.position), col(Indicator.id))
            ).all()
            ind_views = []
            for ind in inds:
                assert ind.id is not None
                iv = indicator_view(ind, _logs_of(session, indicator_id=ind.id))
                statuses.append(iv.status)
                n_logs += iv.n_logs
                ind_views.append(iv)
            assert act.id is not None
            act_views.append(ActivityView(
                id=act.id, step_id=act.step_id, description=act.description,
                target_group=act.target_group, responsible_unit=act.responsible_unit,
                period_start=act.period_start, period_end=act.period_end,
                start=periods.format_be_month_key(act.period_start),
                end=periods.format_be_month_key(act.period_end),
                period_th=periods.format_period(act.period_start, act.period_end),
                indicators=ind_views,
            ))
        p_start = min((a.period_start for a in acts), default=None)
        p_end = max((a.period_end for a in acts), default=None)
        status = rules.step_status(
            indicators=statuses, n_logs=n_logs,
            period_end=None if p_end is None else periods.month_end(p_end), today=today,
        )
        offset, span = _timeline(plan.fiscal_year, p_start, p_end)
        assert step.id is not None
        step_views.append(StepView(
            id=step.id, plan_id=plan_id, number=step.number, name=step.name, note=step.note,
            status=status, status_th=rules.STEP_STATUS_TH[status], period_start=p_start,
            period_end=p_end,
            period_th="" if p_start is None or p_end is None
            else periods.format_period(p_start, p_end),
            timeline_offset=offset, timeline_span=span, n_logs=n_logs, activities=act_views,
        ))
    all_status = [i.status for s in step_views for a in s.activities for i in a.indicators]
    idx = periods.month_index(plan.fiscal_year, today)
    today_offset = None
    if 0 <= idx < 12:
        today_offset = idx + (today.day - 1) / periods.month_end(today).day
    assert plan.id is not None
    return PlanView(
        id=plan.id, unit=plan.unit, organisation=plan.organisation,
        fiscal_year=plan.fiscal_year, km_goal=plan.km_goal, deliverable=plan.deliverable,
        today=today,
        fiscal_months_th=[periods.MONTHS_ABBR[m.month - 1]
                          for m in periods.fiscal_months(plan.fiscal_year)],
        today_offset=today_offset, n_indicators=len(all_status),
        n_met=sum(s is rules.IndicatorStatus.met for s in all_status),
        n_not_met=sum(s is rules.IndicatorStatus.not_met for s in all_status),
        n_no_data=sum(s is rules.IndicatorStatus.no_data for s in all_status),
        steps=step_views,
    )


def find_indicator_view(view: PlanView, *, indicator_id: int) -> IndicatorView:
    for s in view.steps:
        for a in s.activities:
            for i in a.indicators:
                if i.id == indicator_id:
                    return i
    raise NotFound(f"ไม่พบตัวชี้วัดหมายเลข {indicator_id} ในแผนนี้")


def plan_id_of_indicator(session: Session, *, indicator_id: int) -> int:
    ind = get_indicator(session, indicator_id=indicator_id)
    act = get_activity(session, activity_id=ind.activity_id)
    return get_step(session, step_id=act.step_id).plan_id
