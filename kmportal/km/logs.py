"""Activity logs: what happened, with the raw numbers an indicator is computed
from. A log records who entered it — the :class:`~kmportal.km.audit.Actor`'s
account (``entered_by``, ``entered_by_id``) — and, only as typed text, whom it
was entered for (``on_behalf_of``)."""

from __future__ import annotations

import datetime as dt
from collections.abc import Mapping
from typing import Any

from sqlmodel import Session, col, select

from kmportal.errors import NotFound
from kmportal.km import indicators as rules
from kmportal.km.audit import Actor, atomic, record, snapshot
from kmportal.km.indicator_service import get_indicator
from kmportal.km.indicators import IndicatorType, raw_label
from kmportal.km.models import (
    ActivityLog,
    ActivityLogCreate,
    ActivityLogPublic,
    ActivityLogUpdate,
    utcnow,
)
from kmportal.km.validation import (
    MAX_NAME,
    Fields,
    check_url,
    fail,
    label,
    text_field,
)
from kmportal.messages import msg
from kmportal.thai import dates
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
        raise NotFound(msg("km.error.log_not_found", id=log_id))
    return log


def _mapping(data: ActivityLogCreate | ActivityLogUpdate | Mapping[str, Any]) -> Mapping[str, Any]:
    """A request body as the fields it sent (a model's unset fields are absent)."""
    if isinstance(data, ActivityLogCreate | ActivityLogUpdate):
        return data.model_dump(exclude_unset=True, exclude={"on_behalf_of"})
    return data


def parse_log_payload(
    kind: IndicatorType, payload: Mapping[str, Any], *, partial: bool = False
) -> dict[str, Any]:
    """Turn a JSON body or form (raw numbers under their type's names, e.g.
    ``invited``/``attended``) into ActivityLog fields, refused field by field.

    ``numerator``/``denominator`` are accepted too. With ``partial`` only the
    fields present are returned (for edits).
    """
    f = rules.RAW_FIELDS[kind]
    fields: Fields = {}
    out: dict[str, Any] = {}

    def number(names: tuple[str, ...]) -> tuple[bool, int | None]:
        for n in names:
            if n in payload:
                try:
                    return True, parse_int(payload[n])
                except ValueError:
                    fields[names[0]] = msg("km.error.not_integer", label=raw_label(names[0]))
                    return True, None
        return False, None

    has_num, num = number((f.numerator, "numerator"))
    if has_num or not partial:
        out["numerator"] = num
    if f.denominator is not None:
        has_den, den = number((f.denominator, "denominator"))
        if has_den or not partial:
            out["denominator"] = den
    elif not partial:
        out["denominator"] = None
    if "date" in payload or not partial:
        try:
            out["date"] = parse_date(payload.get("date"))
        except ValueError:
            fields["date"] = msg("km.error.date")
    for name in ("description", "note", "evidence_url", "evidence_file"):
        if name in payload or not partial:
            value = payload.get(name)
            out[name] = "" if value is None else str(value)
    fail(fields)
    return out


def _validate_log(
    fields: Fields, *, kind: IndicatorType, values: dict[str, Any], today: dt.date
) -> None:
    f = rules.RAW_FIELDS[kind]
    fields.update(rules.check_raw(kind, values.get("numerator"), values.get("denominator")))
    if not fields.get(f.numerator) and f.denominator is None and values.get("denominator"):
        fields[f.numerator] = msg("km.error.count_has_no_denominator")
    values["description"] = text_field(
        fields, "description", values.get("description"), label("log_description")
    )
    values["note"] = text_field(fields, "note", values.get("note"), label("note"), required=False)
    values["evidence_url"] = check_url(fields, values.get("evidence_url"))
    values["evidence_file"] = (values.get("evidence_file") or "").strip()[:MAX_NAME]
    d = values.get("date")
    if isinstance(d, dt.date) and d > today:
        fields["date"] = msg("km.error.future_date")


def add_log(
    session: Session,
    *,
    indicator_id: int,
    data: ActivityLogCreate | Mapping[str, Any],
    actor: Actor,
    today: dt.date | None = None,
) -> ActivityLog:
    """Record what happened. ``data`` is an ActivityLogCreate or a form's mapping
    with the raw numbers under their type's names."""
    today = today or dates.today()
    with atomic(session):
        ind = get_indicator(session, indicator_id=indicator_id)
        kind = IndicatorType(ind.type)
        values = parse_log_payload(kind, _mapping(data))
        fields: Fields = {}
        _validate_log(fields, kind=kind, values=values, today=today)
        fail(fields)
        log = ActivityLog(
            indicator_id=indicator_id,
            **values,
            entered_by=actor.name,
            entered_by_id=actor.user_id,
            on_behalf_of=actor.on_behalf_of,
        )
        session.add(log)
        session.flush()
        record(
            session,
            actor=actor,
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
    actor: Actor,
    today: dt.date | None = None,
) -> ActivityLog:
    """Change a log; who entered it stays as it was, the history names ``actor``."""
    today = today or dates.today()
    with atomic(session):
        log = get_log(session, log_id=log_id)
        ind = get_indicator(session, indicator_id=log.indicator_id)
        kind = IndicatorType(ind.type)
        before = snapshot(log)
        changes = parse_log_payload(kind, _mapping(data), partial=True)
        values = log.model_dump(
            include={
                "date",
                "description",
                "numerator",
                "denominator",
                "note",
                "evidence_url",
                "evidence_file",
            }
        )
        values.update(changes)
        fields: Fields = {}
        _validate_log(fields, kind=kind, values=values, today=today)
        fail(fields)
        for k, v in values.items():
            setattr(log, k, v)
        log.updated_at = utcnow()
        session.add(log)
        session.flush()
        record(
            session,
            actor=actor,
            action="update",
            entity="log",
            entity_id=log.id,
            before=before,
            after=snapshot(log),
        )
    session.refresh(log)
    return log


def delete_log(session: Session, *, log_id: int, actor: Actor) -> None:
    with atomic(session):
        log = get_log(session, log_id=log_id)
        before = snapshot(log)
        session.delete(log)
        record(session, actor=actor, action="delete", entity="log", entity_id=log_id, before=before)
