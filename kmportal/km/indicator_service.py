"""Indicators of an activity: every query and change (the rules that compute
them are pure functions in :mod:`kmportal.km.indicators`). The same contract as
:mod:`kmportal.km.service`: one transaction per change, checked first, audited
with the :class:`~kmportal.km.audit.Actor` in the same transaction."""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from sqlmodel import Session, select

from kmportal.errors import NotFound
from kmportal.km import indicators as rules
from kmportal.km.audit import Actor, atomic, record, snapshot
from kmportal.km.indicators import Comparison, IndicatorType, TargetUnit
from kmportal.km.models import (
    Activity,
    ActivityCreate,
    ActivityLog,
    Indicator,
    IndicatorCreate,
    IndicatorUpdate,
)
from kmportal.km.service import add_activity, get_activity
from kmportal.km.validation import MAX_NAME, Fields, fail, label, text_field
from kmportal.messages import msg
from kmportal.thai.digits import fold_digits


def get_indicator(session: Session, *, indicator_id: int) -> Indicator:
    ind = session.get(Indicator, indicator_id)
    if ind is None:
        raise NotFound(msg("km.error.indicator_not_found", id=indicator_id))
    return ind


def _check_indicator(
    fields: Fields, *, name: str, kind: IndicatorType, unit: TargetUnit, target: float
) -> str:
    n = text_field(fields, "name", name, label("indicator"), max_len=MAX_NAME * 2)
    problem = rules.check_target(kind, unit, target)
    if problem is not None:
        fields["target"] = problem
    return n


def parse_indicator_payload(payload: Mapping[str, Any]) -> IndicatorCreate:
    """Enum and number fields from JSON or a form, as people write them
    (``≥``, ``%``, ``"80%"``, Thai digits); refused field by field."""
    fields: Fields = {}
    kind: IndicatorType | None = None
    comparison: Comparison | None = None
    target: float | None = None
    try:
        kind = IndicatorType(str(payload.get("type", "")))
    except ValueError:
        fields["type"] = msg("km.error.indicator_type")
    try:
        comparison = rules.parse_comparison(str(payload.get("comparison", "")))
    except ValueError:
        fields["comparison"] = msg("km.error.comparison", text=payload.get("comparison", ""))
    raw_target = payload.get("target")
    try:
        target = float(fold_digits(str(raw_target)).replace("%", "").strip())
    except ValueError:
        fields["target"] = msg("km.error.target_number")
    unit_raw = payload.get("unit")
    unit = (rules.unit_for(kind) if kind else TargetUnit.percent) if not unit_raw else None
    if unit_raw:
        try:
            unit = TargetUnit("percent" if str(unit_raw) == "%" else str(unit_raw))
        except ValueError:
            fields["unit"] = msg("km.error.target_unit")
    fail(fields)
    assert kind is not None and comparison is not None and target is not None and unit is not None
    return IndicatorCreate(
        name=str(payload.get("name", "")),
        type=kind,
        comparison=comparison,
        target=target,
        unit=unit,
    )


def new_indicator(
    session: Session, *, activity: Activity, data: IndicatorCreate, actor: Actor
) -> Indicator:
    fields: Fields = {}
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


def add_indicator(
    session: Session, *, activity_id: int, data: IndicatorCreate, actor: Actor
) -> Indicator:
    with atomic(session):
        act = get_activity(session, activity_id=activity_id)
        ind = new_indicator(session, activity=act, data=data, actor=actor)
    session.refresh(ind)
    return ind


def add_activity_with_indicator(
    session: Session,
    *,
    step_id: int,
    activity: ActivityCreate,
    indicator: IndicatorCreate,
    actor: Actor,
) -> Activity:
    """An activity and its first indicator together: both are stored or neither."""
    return add_activity(
        session,
        step_id=step_id,
        data=activity,
        actor=actor,
        and_then=lambda act: new_indicator(session, activity=act, data=indicator, actor=actor),
    )


def update_indicator(
    session: Session, *, indicator_id: int, data: IndicatorUpdate, actor: Actor
) -> Indicator:
    with atomic(session):
        ind = get_indicator(session, indicator_id=indicator_id)
        before = snapshot(ind)
        changes = data.model_dump(exclude_unset=True, exclude_none=True, exclude={"on_behalf_of"})
        kind = IndicatorType(changes.get("type", ind.type))
        fields: Fields = {}
        if kind != ind.type and _has_logs(session, indicator_id=indicator_id):
            fields["type"] = msg("km.error.type_has_logs")
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
