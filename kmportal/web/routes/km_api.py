"""The KM JSON API under ``/api/km`` (coordinators and admins): the same service
functions as the pages. Request bodies and answers are the KM model family
(:mod:`kmportal.km.models`, :mod:`kmportal.km.views`), so ``/api/openapi.json``
documents both; a refused body answers 422 with ``{"error", "fields"}``.

The actor of every change is the account of the session or the API token;
``on_behalf_of`` (formerly ``entered_by``) in a body is only a note of whom the
change was recorded for.
"""

from __future__ import annotations

from fastapi import APIRouter, Response
from sqlmodel import Session

from kmportal.km import audit, indicator_service, logs, overview, seed, service
from kmportal.km import indicators as rules
from kmportal.km.models import (
    ActivityCreate,
    ActivityLog,
    ActivityLogCreate,
    ActivityLogPublic,
    ActivityLogUpdate,
    ActivityUpdate,
    AuditEntryPublic,
    IndicatorIn,
    IndicatorUpdate,
    OnBehalfOf,
    PlanCreate,
    PlanUpdate,
)
from kmportal.km.views import (
    Created,
    ExampleLoaded,
    IndicatorView,
    LogDeleted,
    LogSaved,
    PlanSummary,
    PlanView,
)
from kmportal.web.deps import CoordinatorDep, DbDep
from kmportal.web.km_forms import actor_of, today

router = APIRouter(prefix="/api/km", tags=["km"])


def _plan(session: Session, plan_id: int) -> PlanView:
    return overview.plan_view(session, plan_id=plan_id, today=today())


def _indicator(session: Session, indicator_id: int) -> IndicatorView:
    view = _plan(session, overview.plan_id_of_indicator(session, indicator_id=indicator_id))
    return overview.find_indicator_view(view, indicator_id=indicator_id)


def _log_saved(session: Session, log: ActivityLog) -> LogSaved:
    ind = indicator_service.get_indicator(session, indicator_id=log.indicator_id)
    return LogSaved(
        log=logs.log_public(log, rules.IndicatorType(ind.type)),
        indicator=_indicator(session, log.indicator_id),
    )


@router.get("/plans", response_model=list[PlanSummary])
def list_plans(session: DbDep) -> list[PlanSummary]:
    return overview.list_plans(session)


@router.post("/plans", response_model=PlanView, status_code=201)
def create_plan(body: PlanCreate, session: DbDep, user: CoordinatorDep) -> PlanView:
    plan = service.create_plan(session, data=body, actor=actor_of(user, body.on_behalf_of))
    return _plan(session, plan.id or 0)


@router.post("/plans/load-example", response_model=ExampleLoaded, status_code=201)
def load_example(
    session: DbDep,
    user: CoordinatorDep,
    response: Response,
    body: OnBehalfOf | None = None,
) -> ExampleLoaded:
    """201 with the new plan, or 200 when the example plan was already there."""
    actor = actor_of(user, body.on_behalf_of if body else "")
    result = seed.load_example(session, actor=actor)
    response.status_code = 201 if result.created else 200
    return ExampleLoaded(plan_id=result.plan_id, created=result.created)


@router.get("/plans/{plan_id}", response_model=PlanView)
def get_plan(plan_id: int, session: DbDep) -> PlanView:
    return _plan(session, plan_id)


@router.patch("/plans/{plan_id}", response_model=PlanView)
def update_plan(plan_id: int, body: PlanUpdate, session: DbDep, user: CoordinatorDep) -> PlanView:
    actor = actor_of(user, body.on_behalf_of)
    service.update_plan(session, plan_id=plan_id, data=body, actor=actor)
    return _plan(session, plan_id)


@router.post("/plans/{plan_id}/steps/{number}/activities", response_model=Created, status_code=201)
def add_activity(
    plan_id: int, number: int, body: ActivityCreate, session: DbDep, user: CoordinatorDep
) -> Created:
    step = service.get_step_by_number(session, plan_id=plan_id, number=number)
    actor = actor_of(user, body.on_behalf_of)
    act = service.add_activity(session, step_id=step.id or 0, data=body, actor=actor)
    return Created(id=act.id or 0)


@router.patch("/activities/{activity_id}", response_model=Created)
def update_activity(
    activity_id: int, body: ActivityUpdate, session: DbDep, user: CoordinatorDep
) -> Created:
    actor = actor_of(user, body.on_behalf_of)
    service.update_activity(session, activity_id=activity_id, data=body, actor=actor)
    return Created(id=activity_id)


@router.post("/activities/{activity_id}/indicators", response_model=IndicatorView, status_code=201)
def add_indicator(
    activity_id: int, body: IndicatorIn, session: DbDep, user: CoordinatorDep
) -> IndicatorView:
    ind = indicator_service.add_indicator(
        session,
        activity_id=activity_id,
        data=indicator_service.parse_indicator_payload(body.model_dump()),
        actor=actor_of(user, body.on_behalf_of),
    )
    return _indicator(session, ind.id or 0)


@router.get("/indicators/{indicator_id}", response_model=IndicatorView)
def get_indicator(indicator_id: int, session: DbDep) -> IndicatorView:
    return _indicator(session, indicator_id)


@router.patch("/indicators/{indicator_id}", response_model=IndicatorView)
def update_indicator(
    indicator_id: int, body: IndicatorUpdate, session: DbDep, user: CoordinatorDep
) -> IndicatorView:
    actor = actor_of(user, body.on_behalf_of)
    indicator_service.update_indicator(session, indicator_id=indicator_id, data=body, actor=actor)
    return _indicator(session, indicator_id)


@router.get("/indicators/{indicator_id}/logs", response_model=list[ActivityLogPublic])
def list_logs(indicator_id: int, session: DbDep) -> list[ActivityLogPublic]:
    return logs.list_logs(session, indicator_id=indicator_id)


@router.post("/indicators/{indicator_id}/logs", response_model=LogSaved, status_code=201)
def add_log(
    indicator_id: int, body: ActivityLogCreate, session: DbDep, user: CoordinatorDep
) -> LogSaved:
    """Raw numbers under their type's names, e.g. ``{"invited": 18, "attended": 14}``."""
    actor = actor_of(user, body.on_behalf_of)
    return _log_saved(
        session,
        logs.add_log(session, indicator_id=indicator_id, data=body, actor=actor, today=today()),
    )


@router.patch("/logs/{log_id}", response_model=LogSaved)
def update_log(
    log_id: int, body: ActivityLogUpdate, session: DbDep, user: CoordinatorDep
) -> LogSaved:
    """Only the fields sent change; who entered the log stays, the history names the account."""
    changed = logs.update_log(
        session, log_id=log_id, data=body, actor=actor_of(user, body.on_behalf_of), today=today()
    )
    return _log_saved(session, changed)


@router.delete("/logs/{log_id}", response_model=LogDeleted)
def delete_log(log_id: int, session: DbDep, user: CoordinatorDep) -> LogDeleted:
    """Deleted by the account that asks; no name is taken from the query."""
    indicator_id = logs.get_log(session, log_id=log_id).indicator_id
    logs.delete_log(session, log_id=log_id, actor=actor_of(user))
    return LogDeleted(deleted=log_id, indicator=_indicator(session, indicator_id))


@router.get("/audit", response_model=list[AuditEntryPublic])
def list_audit(
    session: DbDep, entity: str | None = None, entity_id: int | None = None
) -> list[AuditEntryPublic]:
    return audit.list_audit(session, entity=entity, entity_id=entity_id)
