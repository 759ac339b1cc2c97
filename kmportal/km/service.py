"""KM plans, their steps and activities: every query and change. Routes and
commands call these and never touch the session themselves. Indicators live in
:mod:`kmportal.km.indicator_service` (which builds on this module), logs in
:mod:`kmportal.km.logs`, the computed plan in :mod:`kmportal.km.overview`.

Each public function that changes data is one transaction (:func:`atomic`): it
validates first (raising :class:`~kmportal.errors.BadInput` with a catalogue
message, and per-field messages in ``fields`` for forms), writes its audit
entry — naming the :class:`~kmportal.km.audit.Actor`, the signed-in account —
in the same transaction, and commits; on any error nothing is stored.
``new_*`` functions do the same work inside a transaction the caller holds
(the seed loader builds a whole plan in one).
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable

from sqlmodel import Session, select

from kmportal.errors import NotFound
from kmportal.km.audit import Actor, atomic, record, snapshot
from kmportal.km.models import (
    STEP_NAMES,
    Activity,
    ActivityCreate,
    ActivityUpdate,
    Plan,
    PlanCreate,
    PlanUpdate,
    Step,
    utcnow,
)
from kmportal.km.validation import MAX_NAME, Fields, fail, label, text_field
from kmportal.messages import msg
from kmportal.thai import dates

# --- plans --------------------------------------------------------------------


def get_plan(session: Session, *, plan_id: int) -> Plan:
    plan = session.get(Plan, plan_id)
    if plan is None:
        raise NotFound(msg("km.error.plan_not_found", id=plan_id))
    return plan


def find_plan(session: Session, *, unit: str, fiscal_year: int) -> Plan | None:
    return session.exec(
        select(Plan).where(Plan.unit == unit.strip(), Plan.fiscal_year == fiscal_year)
    ).first()


def _check_plan(
    session: Session, *, unit: str, fiscal_year: int, exclude_id: int | None = None
) -> Fields:
    fields: Fields = {}
    if not dates.MIN_BE_YEAR <= fiscal_year <= dates.MAX_BE_YEAR:
        fields["fiscal_year"] = msg(
            "km.error.fiscal_year_be", min=dates.MIN_BE_YEAR, max=dates.MAX_BE_YEAR
        )
    elif unit:
        other = find_plan(session, unit=unit, fiscal_year=fiscal_year)
        if other is not None and other.id != exclude_id:
            fields["fiscal_year"] = msg("km.error.plan_exists", unit=unit, year=fiscal_year)
    return fields


def new_plan(session: Session, *, data: PlanCreate, actor: Actor) -> Plan:
    fields: Fields = {}
    unit = text_field(fields, "unit", data.unit, label("unit"), max_len=MAX_NAME)
    org = text_field(
        fields,
        "organisation",
        data.organisation,
        label("organisation"),
        required=False,
        max_len=MAX_NAME,
    )
    goal = text_field(fields, "km_goal", data.km_goal, label("km_goal"))
    deliverable = text_field(
        fields, "deliverable", data.deliverable, label("deliverable"), required=False
    )
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


def create_plan(session: Session, *, data: PlanCreate, actor: Actor) -> Plan:
    """A plan with its seven fixed steps, empty of activities."""
    with atomic(session):
        plan = new_plan(session, data=data, actor=actor)
    session.refresh(plan)
    return plan


def update_plan(session: Session, *, plan_id: int, data: PlanUpdate, actor: Actor) -> Plan:
    with atomic(session):
        plan = get_plan(session, plan_id=plan_id)
        before = snapshot(plan)
        changes = data.model_dump(exclude_unset=True, exclude={"on_behalf_of"})
        fields: Fields = {}
        unit = plan.unit
        if "unit" in changes:
            unit = text_field(fields, "unit", changes["unit"], label("unit"), max_len=MAX_NAME)
        fy = plan.fiscal_year if changes.get("fiscal_year") is None else changes["fiscal_year"]
        fields.update(_check_plan(session, unit=unit, fiscal_year=fy, exclude_id=plan.id))
        if fy != plan.fiscal_year and not fields:
            fields.update(_check_activities_fit(session, plan_id=plan_id, fiscal_year=fy))
        if "km_goal" in changes:
            changes["km_goal"] = text_field(fields, "km_goal", changes["km_goal"], label("km_goal"))
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


def _check_activities_fit(session: Session, *, plan_id: int, fiscal_year: int) -> Fields:
    first, last = dates.fiscal_year_bounds(fiscal_year)
    acts = session.exec(select(Activity).join(Step).where(Step.plan_id == plan_id)).all()
    if any(a.period_start < first or a.period_end > last for a in acts):
        return {"fiscal_year": msg("km.error.activities_outside_year", year=fiscal_year)}
    return {}


# --- steps --------------------------------------------------------------------


def get_step(session: Session, *, step_id: int) -> Step:
    step = session.get(Step, step_id)
    if step is None:
        raise NotFound(msg("km.error.step_not_found", id=step_id))
    return step


def get_step_by_number(session: Session, *, plan_id: int, number: int) -> Step:
    step = session.exec(select(Step).where(Step.plan_id == plan_id, Step.number == number)).first()
    if step is None:
        raise NotFound(msg("km.error.step_not_in_plan", number=number, plan_id=plan_id))
    return step


# --- activities ---------------------------------------------------------------


def _check_period(
    fields: Fields, start: str | None, end: str | None, fiscal_year: int
) -> tuple[dt.date | None, dt.date | None]:
    s = e = None
    try:
        s = dates.parse_be_month(start or "")
    except ValueError as exc:
        fields["start"] = msg("km.error.month", label=label("start"), reason=str(exc))
    try:
        e = dates.parse_be_month(end or "")
    except ValueError as exc:
        fields["end"] = msg("km.error.month", label=label("end"), reason=str(exc))
    if s is not None and e is not None:
        if e < s:
            fields["end"] = msg(
                "km.error.end_before_start",
                end=dates.format_month(e),
                start=dates.format_month(s),
            )
        else:
            first, last = dates.fiscal_year_bounds(fiscal_year)
            if s < first or e > last:
                fields["start"] = msg(
                    "km.error.period_outside_year",
                    year=fiscal_year,
                    first=dates.format_month(first),
                    last=dates.format_month(last),
                )
    return s, e


def new_activity(
    session: Session, *, step: Step, data: ActivityCreate, actor: Actor, fiscal_year: int
) -> Activity:
    fields: Fields = {}
    desc = text_field(fields, "description", data.description, label("activity"))
    group = text_field(
        fields, "target_group", data.target_group, label("target_group"), required=False
    )
    resp = text_field(
        fields,
        "responsible_unit",
        data.responsible_unit,
        label("responsible_unit"),
        required=False,
    )
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


def add_activity(
    session: Session,
    *,
    step_id: int,
    data: ActivityCreate,
    actor: Actor,
    and_then: Callable[[Activity], object] | None = None,
) -> Activity:
    """A new activity; ``and_then`` adds to it in the same transaction (its first
    indicator: both are stored or neither)."""
    with atomic(session):
        step = get_step(session, step_id=step_id)
        plan = get_plan(session, plan_id=step.plan_id)
        act = new_activity(session, step=step, data=data, actor=actor, fiscal_year=plan.fiscal_year)
        if and_then is not None:
            and_then(act)
    session.refresh(act)
    return act


def get_activity(session: Session, *, activity_id: int) -> Activity:
    act = session.get(Activity, activity_id)
    if act is None:
        raise NotFound(msg("km.error.activity_not_found", id=activity_id))
    return act


def update_activity(
    session: Session, *, activity_id: int, data: ActivityUpdate, actor: Actor
) -> Activity:
    with atomic(session):
        act = get_activity(session, activity_id=activity_id)
        step = get_step(session, step_id=act.step_id)
        plan = get_plan(session, plan_id=step.plan_id)
        before = snapshot(act)
        changes = data.model_dump(exclude_unset=True)
        fields: Fields = {}
        if "description" in changes:
            act.description = text_field(
                fields, "description", changes["description"], label("activity")
            )
        for name in ("target_group", "responsible_unit"):
            if name in changes:
                value = text_field(fields, name, changes[name], label(name), required=False)
                setattr(act, name, value)
        start = changes.get("start") or dates.format_be_month_key(act.period_start)
        end = changes.get("end") or dates.format_be_month_key(act.period_end)
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
