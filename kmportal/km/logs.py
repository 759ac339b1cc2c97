"""Activity logs: what happened, with the raw numbers an indicator is computed from."""

from __future__ import annotations

import datetime as dt
from collections.abc import Mapping
from typing import Any

from sqlmodel import Session, col, select

from kmportal.errors import NotFound
from kmportal.km import indicators as rules
from kmportal.km.audit import atomic, record, snapshot
from kmportal.km.indicators import IndicatorType
from kmportal.km.models import (
    ActivityLog,
    ActivityLogCreate,
    ActivityLogPublic,
    ActivityLogUpdate,
    utcnow,
)
from kmportal.km.service import get_indicator
from kmportal.km.validation import (
    MAX_NAME,
    check_url,
    fail,
    require_actor,
    text_field,
)
from kmportal.thai import dates as periods
from kmportal.thai.dates import parse_date
from kmportal.thai.digits import parse_int

# --- logs ---------------------------------------------------------------------


def logs_of(session: Session, *, indicator_id: int) -> list[ActivityLog]:
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
    return [log_public(x, kind) for x in logs_of(session, indicator_id=ind.id or 0)]


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
    fail(fields)
    return out


def _validate_log(
    fields: dict[str, str], *, kind: IndicatorType, values: dict[str, Any], today: dt.date
) -> None:
    f = rules.RAW_FIELDS[kind]
    fields.update(rules.check_raw(kind, values.get("numerator"), values.get("denominator")))
    if not fields.get(f.numerator) and f.denominator is None and values.get("denominator"):
        fields[f.numerator] = "ตัวชี้วัดแบบนับจำนวนไม่มีตัวหาร"
    values["description"] = text_field(
        fields, "description", values.get("description"), "สิ่งที่ดำเนินการ"
    )
    values["note"] = text_field(fields, "note", values.get("note"), "หมายเหตุ", required=False)
    values["entered_by"] = text_field(
        fields, "entered_by", values.get("entered_by"), "ชื่อผู้บันทึก", max_len=MAX_NAME
    )
    values["evidence_url"] = check_url(fields, values.get("evidence_url"))
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
    today = today or periods.today()
    with atomic(session):
        ind = get_indicator(session, indicator_id=indicator_id)
        kind = IndicatorType(ind.type)
        if isinstance(data, ActivityLogCreate):
            values = data.model_dump()
        else:
            values = parse_log_payload(kind, data)
        fields: dict[str, str] = {}
        _validate_log(fields, kind=kind, values=values, today=today)
        fail(fields)
        log = ActivityLog(indicator_id=indicator_id, **values)
        session.add(log)
        session.flush()
        record(
            session,
            actor=log.entered_by,
            action="create",
            entity="log",
            entity_id=log.id,
            after=snapshot(log),
        )
    session.refresh(log)
    return log


def update_log(
    session: Session,
    *,
    log_id: int,
    data: ActivityLogUpdate | Mapping[str, Any],
    today: dt.date | None = None,
) -> ActivityLog:
    today = today or periods.today()
    with atomic(session):
        log = get_log(session, log_id=log_id)
        ind = get_indicator(session, indicator_id=log.indicator_id)
        kind = IndicatorType(ind.type)
        before = snapshot(log)
        if isinstance(data, ActivityLogUpdate):
            changes = data.model_dump(exclude_unset=True)
        else:
            changes = parse_log_payload(kind, data, partial=True)
        editor = changes.pop("entered_by", None) or ""
        values = log.model_dump(
            include={
                "date",
                "description",
                "numerator",
                "denominator",
                "note",
                "evidence_url",
                "evidence_file",
                "entered_by",
            }
        )
        values.update(changes)
        fields: dict[str, str] = {}
        if not editor.strip():
            fields["entered_by"] = "กรุณาระบุชื่อผู้แก้ไข"
        _validate_log(fields, kind=kind, values=values, today=today)
        fail(fields)
        for k, v in values.items():
            setattr(log, k, v)
        log.updated_at = utcnow()
        session.add(log)
        session.flush()
        record(
            session,
            actor=editor.strip()[:MAX_NAME],
            action="update",
            entity="log",
            entity_id=log.id,
            before=before,
            after=snapshot(log),
        )
    session.refresh(log)
    return log


def delete_log(session: Session, *, log_id: int, actor: str) -> None:
    actor = require_actor(actor)
    with atomic(session):
        log = get_log(session, log_id=log_id)
        before = snapshot(log)
        session.delete(log)
        record(session, actor=actor, action="delete", entity="log", entity_id=log_id, before=before)
